"""Replace a file so that a crash, a power cut or a concurrent reader never sees half of it.

Every file we own (the account store, cooldowns, snapshots, the version cache) and Claude
Code's own login file are rewritten the same way: a temporary file in the same folder
(``os.replace`` is only atomic within one file system), written and fsynced, then renamed
over the target, then the folder fsynced so the rename itself survives a power cut. A reader
holding the old file keeps reading the old content whole; the new content is a new inode.

Temporary files are named ``.<name>.<random>.tmp`` so a writer that crashed leaves
something recognisable (:class:`core.store.storage.AccountStore` cleans those up under its lock).
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from pathlib import Path

__all__ = ["write_atomic"]

log = logging.getLogger(__name__)

_WINDOWS_REPLACE_ATTEMPTS = 8


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new content.

    The temporary file is created 0600 (``mkstemp`` does: these files hold secrets or
    private usage) and removed again on any failure, so a failed write leaves the folder
    as it was. ``durable=False`` skips the fsyncs for caches that may be lost on power
    failure (the rename alone still never shows a half-written file to a reader).
    Raises OSError; callers wrap it in their own error type.
    """
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        _replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    if durable:
        _fsync_folder(path.parent)


def _replace(source: str, target: Path) -> None:
    """``os.replace``, retried briefly on Windows where a reader or a virus scanner may hold
    the target open for a moment (POSIX renames over open files without complaint)."""
    for attempt in range(_WINDOWS_REPLACE_ATTEMPTS):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == _WINDOWS_REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(0.02 * (attempt + 1))


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows it.

    Windows cannot open a folder for fsync (NTFS journals the rename). A failure here is
    only logged: the new content is already in place, so reporting the write as failed
    ("the previous version is unchanged") would be untrue.
    """
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        log.debug("Could not fsync the folder %s: %s", folder, exc)

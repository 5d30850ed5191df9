"""Read small text inputs — a credentials file, piped stdin — without trusting their size.

A path given by a person may be anything: ``/dev/zero`` (endless), a FIFO nobody writes to
(a read that never returns), a 30 MB file (which would then be encrypted into the store on
every write). Credentials are a few hundred bytes, so anything past a small cap is a
mistake. Files are opened non-blocking and checked with ``fstat`` before a byte is read, so
a FIFO is refused at once instead of hanging; only regular files are read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TextIO

from core.errors import InvalidInputError

__all__ = ["MAX_CREDENTIALS_BYTES", "read_small_file", "read_small_stream"]

MAX_CREDENTIALS_BYTES = 64 * 1024

# Not on Windows, which has no FIFOs in the file system to block on.
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def read_small_file(path: Path, *, limit: int, what: str) -> str:
    """The UTF-8 text of the regular file ``path``, refused when larger than ``limit``
    bytes. Every refusal is an InvalidInputError that names ``what`` and the path."""
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK)
    except OSError as exc:
        raise InvalidInputError(f"Cannot read {what} {path}: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInputError(
                f"Cannot read {what} {path}: {_kind(info.st_mode)}, not a regular file"
            )
        if info.st_size > limit:
            raise _too_large(what, str(path), limit)
        data = file.read(limit + 1)  # the file may have grown since fstat
    if len(data) > limit:
        raise _too_large(what, str(path), limit)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # ``from None``: the decode error holds the bytes, i.e. possibly a secret.
        raise InvalidInputError(f"Cannot read {what} {path}: it is not UTF-8 text") from None


def read_small_stream(stream: TextIO, *, limit: int, what: str) -> str:
    """At most ``limit`` characters of ``stream`` (stdin); more is refused, not truncated:
    half a credentials document would fail later with a more confusing message."""
    try:
        text = stream.read(limit + 1)
    except UnicodeDecodeError:
        raise InvalidInputError(f"Cannot read {what} from standard input: not UTF-8 text") from None
    if len(text) > limit:
        raise _too_large(what, "on standard input", limit)
    return text


def _too_large(what: str, where: str, limit: int) -> InvalidInputError:
    return InvalidInputError(
        f"The {what} {where} is too large: at most {limit // 1024} KiB is read "
        f"(credentials are a few hundred bytes)"
    )


def _kind(mode: int) -> str:
    kinds = {
        stat.S_ISDIR: "a folder",
        stat.S_ISFIFO: "a pipe (FIFO)",
        stat.S_ISCHR: "a device",
        stat.S_ISBLK: "a device",
        stat.S_ISSOCK: "a socket",
    }
    return next((name for test, name in kinds.items() if test(mode)), "a special file")

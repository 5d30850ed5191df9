"""``.credentials.json``: Claude Code's login on Linux and Windows (and macOS's fallback).

Write-back is atomic (temporary file in the same folder, fsync, ``os.replace``) so Claude
Code never sees half a file, mode 0600 like Claude Code's own, and follows a symlink to
its target: Claude Code's ``writeFile`` follows links, and replacing the link itself
would silently detach the setups that rely on them.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from core.base.atomic import write_atomic
from core.credentials.login_file import NotUtf8Error, read_credentials_text
from core.errors import CredentialsError

__all__ = ["FileCredentialSource"]


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


class FileCredentialSource:
    """One credentials file, read and written as raw UTF-8 text."""

    def __init__(self, path: Path, *, description: str | None = None) -> None:
        self.path = path
        self.description = description or str(path)

    def __repr__(self) -> str:
        return f"FileCredentialSource({str(self.path)!r})"

    async def read(self) -> str | None:
        return await asyncio.to_thread(self._read)

    async def write(self, text: str) -> None:
        await asyncio.to_thread(self._write, text)

    def _read(self) -> str | None:
        try:
            return read_credentials_text(self.path)
        except OSError as exc:
            raise CredentialsError(
                f"Cannot read Claude Code's login at {self.description}: {_reason(exc)}"
            ) from None
        except NotUtf8Error:
            raise CredentialsError(
                f"Claude Code's login at {self.description} is not UTF-8 text"
            ) from None

    def _write(self, text: str) -> None:
        target = Path(os.path.realpath(self.path)) if self.path.is_symlink() else self.path
        try:
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomic(target, text.encode("utf-8"))  # 0600, as Claude Code's own
        except OSError as exc:
            raise CredentialsError(
                f"Cannot write Claude Code's login to {self.description}: {_reason(exc)}; "
                "the previous file is unchanged"
            ) from None

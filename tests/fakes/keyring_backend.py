"""Keyring backends for tests, selectable with ``PYTHON_KEYRING_BACKEND`` as keyring documents.

``FileKeyring`` keeps secrets in a JSON file named by ``CLAUDE_USAGE_TEST_KEYRING`` so that
subprocesses of one test (CLI runs, the tray) share it; ``LockedKeyring`` refuses every call,
as a locked or absent keyring does.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ["CLAUDE_USAGE_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\0{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path().write_text(json.dumps(data))


class LockedKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("keyring is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("keyring is locked")

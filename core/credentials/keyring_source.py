"""An item in the OS keyring through the ``keyring`` package (Windows Credential Manager).

Claude Code keeps a file on Windows; this is the fallback for setups that put the login
in the Credential Manager. ``keyring`` is imported only when used, and the backend is
looked up at call time so ``PYTHON_KEYRING_BACKEND`` and tests' backends apply.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from core.credentials._blocking import run_blocking
from core.errors import CredentialsError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

__all__ = ["KeyringCredentialSource"]

log = logging.getLogger(__name__)


class KeyringCredentialSource:
    """The keyring password stored under ``service`` for ``username``."""

    def __init__(
        self,
        service: str,
        username: str,
        *,
        backend: KeyringBackend | None = None,
        timeout: float = 10.0,
    ) -> None:
        self.service = service
        self.username = username
        self.timeout = timeout
        self._backend = backend
        self.description = f"Windows Credential Manager item {service!r}"

    def __repr__(self) -> str:
        return f"KeyringCredentialSource(service={self.service!r}, username={self.username!r})"

    async def read(self) -> str | None:
        return await run_blocking(
            self._read_sync, timeout=self.timeout, what=f"reading {self.description}"
        )

    async def write(self, text: str) -> None:
        await run_blocking(
            lambda: self._write_sync(text), timeout=self.timeout, what=f"writing {self.description}"
        )

    def _keyring(self) -> KeyringBackend:
        import keyring

        return self._backend or keyring.get_keyring()

    def _read_sync(self) -> str | None:
        from keyring.errors import KeyringLocked, NoKeyringError

        try:
            text = self._keyring().get_password(self.service, self.username)
        except NoKeyringError:
            return None  # no keyring at all: the login cannot be in it
        except KeyringLocked:
            raise CredentialsError(f"{self.description} is locked; unlock it and retry") from None
        except Exception as exc:
            raise self._failure("read", exc) from None
        return text if text and text.strip() else None

    def _write_sync(self, text: str) -> None:
        try:
            self._keyring().set_password(self.service, self.username, text)
        except Exception as exc:
            raise self._failure("write", exc) from None

    def _failure(self, verb: str, exc: Exception) -> CredentialsError:
        # Only the type: backend messages are not ours to vouch for.
        log.debug("keyring %s failed: %s", verb, type(exc).__name__)
        return CredentialsError(f"Cannot {verb} {self.description}: {type(exc).__name__}")

"""Where the account store's key lives.

The store is encrypted with a random 256-bit key kept in the OS keyring (the ``keyring``
package picks the backend; ``PYTHON_KEYRING_BACKEND`` overrides it). A keyring key means a
copied store file is useless without the user's login keyring.

When there is no usable keyring (a headless box, the ``fail``/``null`` backend, a keyring that
refuses writes) a *new* store falls back to a key derived from the machine id, with the same
PBKDF2 scheme as the TypeScript ``claude-usage-core`` library, and says so through
:class:`Protection`. That key only stops the file from being read on another machine.

A store written under the keyring never falls back: if the keyring is later locked or its
entry is gone, :class:`~core.errors.KeyUnavailableError` is raised and nothing is rewritten,
because a fresh key would orphan every account in the file.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import logging
import re
import secrets
import socket
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

import keyring
from keyring.backend import KeyringBackend

from core.base.paths import APP_NAME
from core.errors import KeyUnavailableError


def _skip_apple_frameworks_elsewhere() -> None:
    """Choosing a backend, ``keyring`` imports every one it knows to rank them. Its macOS
    backend loads Apple's frameworks with ``ctypes.util.find_library`` at import, which on
    Linux runs ``ldconfig`` (and ``gcc``, if installed) three times — 40–120 ms of a
    one-shot command — only for the import to fail, as nothing is found, and the backend to
    rank itself out ("macOS required"). Off macOS its API module is marked absent up front
    (``None`` in ``sys.modules`` makes importing it fail at once): the same outcome, keyring
    catching the failure as before, without the processes."""
    if sys.platform != "darwin":
        sys.modules.setdefault("keyring.backends.macOS.api", None)  # type: ignore[arg-type]


_skip_apple_frameworks_elsewhere()  # before anything here asks keyring for its backend

__all__ = [
    "KEY_ID_SIZE",
    "KEY_SIZE",
    "KeyProvider",
    "Protection",
    "StoreKey",
    "SystemKeyProvider",
    "derive_machine_key",
    "keyring_usable",
    "machine_id",
]

log = logging.getLogger(__name__)

KEY_SIZE = 32
KEY_ID_SIZE = 16
KEYRING_SERVICE = APP_NAME
_NO_KEY_ID = bytes(KEY_ID_SIZE)

# The TypeScript library's key derivation (anthropic-api.md §6): kept bit-for-bit so its
# store can be imported and so the machine fallback is no weaker than what users had.
_PBKDF2_SUFFIX = "claude-usage-core"
_PBKDF2_ITERATIONS = 100_000

LINUX_MACHINE_ID_PATHS = (Path("/var/lib/dbus/machine-id"), Path("/etc/machine-id"))
_IOREG_TIMEOUT = 10.0


class Protection(StrEnum):
    """What protects a store's key; shown to people so a weak fallback is never hidden."""

    KEYRING = "keyring"  # a random key in the OS keyring
    MACHINE = "machine"  # derived from the machine id: stops copying only


@dataclass(frozen=True, slots=True)
class StoreKey:
    """A store key and how to find it again. ``secret`` never appears in a repr."""

    protection: Protection
    key_id: bytes
    secret: bytes = field(repr=False)


class KeyProvider(Protocol):
    """Hands out store keys; :class:`SystemKeyProvider` is the real one."""

    def existing_key(self, protection: Protection, key_id: bytes) -> StoreKey:
        """The key of a store already written; KeyUnavailableError if it cannot be had."""
        ...

    def new_key(self) -> StoreKey:
        """A key for a store being written for the first time."""
        ...

    def preferred_protection(self) -> Protection:
        """What :meth:`new_key` would most likely use (for display before the first write)."""
        ...


def keyring_usable(backend: KeyringBackend | None = None) -> bool:
    """False for keyring's ``fail``/``null`` backends and an empty chain: they store nothing."""
    from keyring.backends import chainer, fail, null

    chosen = backend if backend is not None else keyring.get_keyring()
    if isinstance(chosen, fail.Keyring | null.Keyring):
        return False
    if isinstance(chosen, chainer.ChainerBackend):
        return any(keyring_usable(b) for b in chosen.backends)
    return True


class SystemKeyProvider:
    """Keys from the OS keyring, or from the machine id when no keyring can hold one.

    Each store gets its own keyring entry, named by a random key id recorded in the store's
    header, so two stores never share (or overwrite) each other's key.
    """

    def __init__(
        self,
        *,
        service: str = KEYRING_SERVICE,
        machine_id: str | None = None,
        backend: KeyringBackend | None = None,
    ) -> None:
        self._service = service
        self._machine_id = machine_id
        self._backend = backend  # None: the keyring the ``keyring`` package chose
        self._cache: dict[bytes, StoreKey] = {}

    def __repr__(self) -> str:
        return f"SystemKeyProvider(service={self._service!r})"

    def existing_key(self, protection: Protection, key_id: bytes) -> StoreKey:
        if protection is Protection.MACHINE:
            return self._machine_key()
        cached = self._cache.get(key_id)
        if cached is None:
            cached = StoreKey(Protection.KEYRING, key_id, self._read_keyring_key(key_id))
            self._cache[key_id] = cached
        return cached

    @property
    def _ring(self) -> KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def new_key(self) -> StoreKey:
        if keyring_usable(self._ring):
            key_id = secrets.token_bytes(KEY_ID_SIZE)
            secret = self._create_keyring_key(key_id)
            if secret is not None:
                stored = StoreKey(Protection.KEYRING, key_id, secret)
                self._cache[key_id] = stored
                return stored
        else:
            log.warning("No usable keyring; the account store will use a machine-derived key")
        return self._machine_key()

    def preferred_protection(self) -> Protection:
        return Protection.KEYRING if keyring_usable(self._ring) else Protection.MACHINE

    def _username(self, key_id: bytes) -> str:
        return f"store-key-{key_id.hex()}"

    def _read_keyring_key(self, key_id: bytes) -> bytes:
        where = f"service {self._service!r}, entry {self._username(key_id)!r}"
        try:
            encoded = self._ring.get_password(self._service, self._username(key_id))
        except Exception as exc:  # backends raise their own errors (D-Bus, Keychain…)
            # Only the type: a backend's message is not ours to vouch for, and redact_text
            # knows Anthropic tokens, not a base64 store key.
            raise KeyUnavailableError(
                f"The account store's key is in the system keyring, which cannot be read "
                f"({type(exc).__name__}). Unlock the keyring and try again; the store was "
                f"not changed."
            ) from None
        if encoded is None:
            raise KeyUnavailableError(
                f"The account store's key is missing from the system keyring ({where}). "
                f"Without it the store cannot be opened; it was not changed."
            )
        return _decode_key(encoded, where)

    def _create_keyring_key(self, key_id: bytes) -> bytes | None:
        """Store a fresh key and read it back; None when the keyring will not keep it."""
        secret = secrets.token_bytes(KEY_SIZE)
        username = self._username(key_id)
        try:
            self._ring.set_password(self._service, username, base64.b64encode(secret).decode())
            echoed = self._ring.get_password(self._service, username)
        except Exception as exc:  # any refusal means: no keyring for this store
            log.warning(
                "The keyring refused the store key (%s); using a machine-derived key",
                type(exc).__name__,
            )
            return None
        if echoed is None or not secrets.compare_digest(echoed.encode(), base64.b64encode(secret)):
            log.warning("The keyring did not keep the store key; using a machine-derived key")
            return None
        return secret

    def _machine_key(self) -> StoreKey:
        # Looked up once per provider: on macOS it runs ``ioreg``, and every decrypt of a
        # store another process rewrote needs the key again.
        if self._machine_id is None:
            self._machine_id = machine_id()
        return StoreKey(Protection.MACHINE, _NO_KEY_ID, derive_machine_key(self._machine_id))


def _decode_key(encoded: str, where: str) -> bytes:
    try:
        secret = base64.b64decode(encoded, validate=True)
    except ValueError:
        secret = b""
    if len(secret) != KEY_SIZE:
        raise KeyUnavailableError(
            f"The account store's key in the system keyring is damaged ({where})."
        )
    return secret


@functools.lru_cache(maxsize=8)
def derive_machine_key(machine_ident: str) -> bytes:
    """PBKDF2-HMAC-SHA256 as claude-usage-core does it; cached because it is slow by design."""
    if not machine_ident:
        raise KeyUnavailableError("No machine id is available to derive the store key from.")
    salt = hashlib.sha256(machine_ident.encode()).digest()
    password = (machine_ident + _PBKDF2_SUFFIX).encode()
    return hashlib.pbkdf2_hmac("sha256", password, salt, _PBKDF2_ITERATIONS, KEY_SIZE)


def machine_id(platform: str | None = None) -> str:
    """The raw machine id, normalised as node-machine-id does (no whitespace, lowercase)."""
    system = platform or sys.platform
    if system == "darwin":
        raw, where = _macos_machine_id(), "IOPlatformUUID from ioreg"
    elif system == "win32":
        raw, where = _windows_machine_id(), "MachineGuid from the registry"
    else:
        raw, where = linux_machine_id(), "/etc/machine-id, /var/lib/dbus/machine-id or hostname"
    ident = _normalise(raw or "")
    if not ident:
        raise KeyUnavailableError(
            f"This machine's id ({where}) cannot be read, so no key can be derived "
            f"for the account store."
        )
    return ident


def _normalise(raw: str) -> str:
    return re.sub(r"\s+", "", raw).lower()


def linux_machine_id(
    paths: Sequence[Path] | None = None,
    hostname: Callable[[], str] | None = None,
) -> str | None:
    """First line of the D-Bus/systemd machine id, else the hostname (as node-machine-id)."""
    for path in LINUX_MACHINE_ID_PATHS if paths is None else paths:
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
        if lines and lines[0].strip():
            return lines[0]
    try:
        return (hostname or socket.gethostname)() or None
    except OSError:
        return None


def _macos_machine_id() -> str | None:
    try:
        result = subprocess.run(
            ["ioreg", "-rd1", "-c", "IOPlatformExpertDevice"],
            capture_output=True,
            text=True,
            timeout=_IOREG_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return parse_ioreg_uuid(result.stdout)


def parse_ioreg_uuid(output: str) -> str | None:
    """The ``IOPlatformUUID`` value from ``ioreg -rd1 -c IOPlatformExpertDevice`` output."""
    for line in output.splitlines():
        if "IOPlatformUUID" in line and "=" in line:
            return line.split("=", 1)[1].replace('"', "").strip() or None
    return None


def _windows_machine_id() -> str | None:
    if sys.platform != "win32":
        return None
    import winreg

    access = winreg.KEY_READ | winreg.KEY_WOW64_64KEY
    try:
        with winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography", 0, access
        ) as key:
            value, _kind = winreg.QueryValueEx(key, "MachineGuid")
    except OSError:
        return None
    return str(value)

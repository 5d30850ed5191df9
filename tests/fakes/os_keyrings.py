"""keyring's own macOS and Windows backends, selected as on those systems, over fake OS APIs.

On macOS keyring picks ``keyring.backends.macOS.Keyring``, which calls the Security
framework through its ``api`` module; on Windows ``WinVaultKeyring``, which calls
``win32cred``. Here those two modules are replaced by small in-memory fakes with the same
functions and errors (``errSecItemNotFound``, a denied Keychain, ``ERROR_NOT_FOUND`` 1168),
``platform.system()`` says the OS's name, and keyring's own selection chooses the backend —
so the backend code that runs is keyring's real code for that OS. keyring's Linux-only
backends (Secret Service, KWallet, libsecret) are not viable on those systems and are left
out of the choice.
"""

from __future__ import annotations

import platform
from typing import Any

import keyring
import keyring.backend
import keyring.core
import pytest
from keyring.backends import Windows, macOS

LINUX_ONLY_BACKENDS = ("keyring.backends.SecretService", "keyring.backends.kwallet")
LINUX_ONLY_BACKENDS += ("keyring.backends.libsecret", "keyring.backends.chainer")


class FakeSecurityApi:
    """``keyring.backends.macOS.api``: generic passwords of the login Keychain, in memory."""

    class Error(Exception):
        pass

    class NotFound(Error):
        pass

    class KeychainDenied(Error):
        pass

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}
        self.denied = False

    def _check(self) -> None:
        if self.denied:
            raise self.KeychainDenied(-128, "User canceled the operation.")

    def find_generic_password(self, kc_name: Any, service: str, username: str) -> str:
        self._check()
        try:
            return self.items[(service, username)]
        except KeyError:
            raise self.NotFound(-25300, "The specified item could not be found.") from None

    def set_generic_password(
        self, kc_name: Any, service: str, username: str, password: str
    ) -> None:
        self._check()
        self.items[(service, username)] = password

    def delete_generic_password(self, kc_name: Any, service: str, username: str) -> None:
        self._check()
        if self.items.pop((service, username), None) is None:
            raise self.NotFound(-25300, "The specified item could not be found.")


class FakePywintypes:
    class error(Exception):
        def __init__(self, winerror: int, funcname: str, strerror: str) -> None:
            super().__init__(winerror, funcname, strerror)
            self.winerror, self.funcname, self.strerror = winerror, funcname, strerror


class FakeWin32Cred:
    """``win32cred``: generic credentials by target name; blobs stored as UTF-16 like Windows."""

    CRED_TYPE_GENERIC = 1
    CRED_PERSIST_ENTERPRISE = 3

    def __init__(self) -> None:
        self.credentials: dict[str, dict[str, Any]] = {}
        self.locked = False

    def _check(self, funcname: str) -> None:
        if self.locked:
            raise FakePywintypes.error(5, funcname, "Access is denied.")

    def CredRead(self, Type: int, TargetName: str) -> dict[str, Any]:
        self._check("CredRead")
        if TargetName not in self.credentials:
            raise FakePywintypes.error(1168, "CredRead", "Element not found.")
        return dict(self.credentials[TargetName])

    def CredWrite(self, credential: dict[str, Any], flags: int) -> None:
        self._check("CredWrite")
        stored = dict(credential)
        stored["CredentialBlob"] = str(credential["CredentialBlob"]).encode("utf-16-le")
        self.credentials[credential["TargetName"]] = stored

    def CredDelete(self, Type: int, TargetName: str) -> None:
        self._check("CredDelete")
        if self.credentials.pop(TargetName, None) is None:
            raise FakePywintypes.error(1168, "CredDelete", "Element not found.")


class _NoMissingDeps:
    """Stands in for keyring's ``ExceptionTrap`` when pywin32-ctypes imported fine."""

    def __bool__(self) -> bool:
        return False


def select_as_on(monkeypatch: pytest.MonkeyPatch, system: str) -> Any:
    """Make ``system`` ("Darwin" or "Windows") keyring's world and let keyring choose.

    Returns the fake OS API (``FakeSecurityApi`` or ``FakeWin32Cred``). Everything is undone
    with ``monkeypatch``, including keyring's cached list of viable backends (computed for
    the real OS first, so that undoing puts that list back) and the chosen keyring.
    """
    keyring.backend.get_all_keyring()
    monkeypatch.delattr(keyring.backend.get_all_keyring, "saved_result")
    monkeypatch.setattr(keyring.backend, "_limit", getattr(keyring.backend, "_limit", None))
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.get_keyring())
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(platform, "system", lambda: system)
    fake: Any
    if system == "Darwin":
        fake = FakeSecurityApi()
        monkeypatch.setattr(macOS, "api", fake, raising=False)
    elif system == "Windows":
        fake = FakeWin32Cred()
        monkeypatch.setattr(Windows, "missing_deps", _NoMissingDeps())
        monkeypatch.setattr(Windows, "win32cred", fake, raising=False)
        monkeypatch.setattr(Windows, "pywintypes", FakePywintypes, raising=False)
    else:
        raise ValueError(system)
    keyring.core.init_backend(lambda ring: type(ring).__module__ not in LINUX_ONLY_BACKENDS)
    return fake

"""An in-memory stand-in for Windows' ``winreg`` module, for the Windows code paths on any OS.

Only what the app calls exists, with the same names and the same failure modes as the real
module: opening a key that is not there, reading or deleting a value that is not there raise
``FileNotFoundError`` (``winreg`` raises that ``OSError`` subclass for ERROR_FILE_NOT_FOUND),
and writing through a key opened without ``KEY_SET_VALUE`` raises ``PermissionError``.
Install it with ``monkeypatch.setitem(sys.modules, "winreg", FakeWinreg())``.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

HKEY_CURRENT_USER = 0x80000001
HKEY_LOCAL_MACHINE = 0x80000002
KEY_READ = 0x20019
KEY_WRITE = 0x20006
KEY_SET_VALUE = 0x0002
KEY_WOW64_64KEY = 0x0100
REG_SZ = 1
_WRITE_ACCESS = KEY_SET_VALUE


class FakeKey:
    """An open key handle; a context manager like ``winreg.HKEYType``."""

    def __init__(self, values: dict[str, tuple[Any, int]], access: int) -> None:
        self.values = values
        self.access = access

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        return None


class FakeWinreg:
    """The module: a registry of ``(hive, lower-cased path) → {value name: (data, type)}``."""

    HKEY_CURRENT_USER = HKEY_CURRENT_USER
    HKEY_LOCAL_MACHINE = HKEY_LOCAL_MACHINE
    KEY_READ = KEY_READ
    KEY_WRITE = KEY_WRITE
    KEY_SET_VALUE = KEY_SET_VALUE
    KEY_WOW64_64KEY = KEY_WOW64_64KEY
    REG_SZ = REG_SZ

    def __init__(self) -> None:
        self.keys: dict[tuple[int, str], dict[str, tuple[Any, int]]] = {}
        self.calls: list[tuple[str, ...]] = []

    # -- helpers for tests ------------------------------------------------------------------
    def put(self, hive: int, path: str, name: str, data: Any, kind: int = REG_SZ) -> None:
        self.keys.setdefault((hive, path.lower()), {})[name] = (data, kind)

    def value(self, hive: int, path: str, name: str) -> Any:
        entry = self.keys.get((hive, path.lower()), {}).get(name)
        return None if entry is None else entry[0]

    # -- the winreg API the app uses --------------------------------------------------------
    def OpenKey(self, hive: int, path: str, reserved: int = 0, access: int = KEY_READ) -> FakeKey:
        self.calls.append(("OpenKey", path))
        values = self.keys.get((hive, path.lower()))
        if values is None:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return FakeKey(values, access)

    def CreateKey(self, hive: int, path: str) -> FakeKey:
        self.calls.append(("CreateKey", path))
        return FakeKey(self.keys.setdefault((hive, path.lower()), {}), KEY_WRITE | KEY_READ)

    def QueryValueEx(self, key: FakeKey, name: str) -> tuple[Any, int]:
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return key.values[name]

    def SetValueEx(self, key: FakeKey, name: str, reserved: int, kind: int, data: Any) -> None:
        if not key.access & _WRITE_ACCESS:
            raise PermissionError(5, "Access is denied")
        key.values[name] = (data, kind)

    def DeleteValue(self, key: FakeKey, name: str) -> None:
        if not key.access & _WRITE_ACCESS:
            raise PermissionError(5, "Access is denied")
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del key.values[name]

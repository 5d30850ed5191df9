"""Launch at login, per platform, each written where its desktop looks for it."""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

import pytest

from tray.autostart import (
    APP_ID,
    LinuxAutostart,
    MacAutostart,
    NullAutostart,
    WindowsAutostart,
    autostart_for,
    launch_command,
)

COMMAND = ["/opt/claude usage/bin/python", "-m", "tray"]


def test_linux_writes_an_xdg_autostart_entry(tmp_path: Path) -> None:
    autostart = LinuxAutostart(tmp_path, command=COMMAND)
    assert not autostart.is_enabled()
    autostart.set_enabled(True)
    entry = (tmp_path / "autostart" / f"{APP_ID}.desktop").read_text()
    assert autostart.is_enabled()
    assert "[Desktop Entry]" in entry
    assert "Type=Application" in entry
    assert "Exec='/opt/claude usage/bin/python' -m tray" in entry
    autostart.set_enabled(False)
    assert not autostart.is_enabled()
    autostart.set_enabled(False)  # idempotent


def test_linux_honours_xdg_config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert LinuxAutostart().path == tmp_path / "cfg" / "autostart" / f"{APP_ID}.desktop"


def test_macos_writes_a_launch_agent(tmp_path: Path) -> None:
    autostart = MacAutostart(tmp_path, command=COMMAND)
    autostart.set_enabled(True)
    plist = plistlib.loads(autostart.path.read_bytes())
    assert plist["ProgramArguments"] == COMMAND
    assert plist["RunAtLoad"] is True
    assert plist["KeepAlive"] is False
    assert autostart.is_enabled()
    autostart.set_enabled(False)
    assert not autostart.path.exists()


class FakeRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_windows_writes_a_quoted_run_value() -> None:
    key = FakeRunKey()
    autostart = WindowsAutostart(
        key, command=[r"C:\Program Files\Claude Usage\claude-usage-tray.exe"]
    )
    autostart.set_enabled(True)
    assert key.values[APP_ID] == r'"C:\Program Files\Claude Usage\claude-usage-tray.exe"'
    assert autostart.is_enabled()
    autostart.set_enabled(False)
    assert key.values == {}


def test_factory_picks_per_platform() -> None:
    assert isinstance(autostart_for("linux"), LinuxAutostart)
    assert isinstance(autostart_for("darwin"), MacAutostart)
    assert isinstance(autostart_for("win32"), WindowsAutostart)  # winreg is imported lazily
    assert isinstance(autostart_for("sunos5"), NullAutostart)


def test_null_autostart_is_always_off() -> None:
    null = NullAutostart()
    null.set_enabled(True)
    assert null.is_enabled() is False


def test_launch_command_runs_this_package(monkeypatch: pytest.MonkeyPatch) -> None:
    assert launch_command() == [sys.executable, "-m", "tray"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert launch_command() == [sys.executable]

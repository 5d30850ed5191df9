"""Launch at login, per platform, each written where its desktop looks for it."""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

import pytest

from tests.fakes.winreg import FakeWinreg
from tray.autostart import (
    APP_ID,
    MAC_LABEL,
    RUN_KEY,
    LinuxAutostart,
    MacAutostart,
    NullAutostart,
    WindowsAutostart,
    WinregRunKey,
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


# -- Windows through a fake ``winreg`` (the real module exists on Windows only) ---------------


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> FakeWinreg:
    fake = FakeWinreg()
    monkeypatch.setitem(sys.modules, "winreg", fake)
    return fake


def test_windows_run_value_through_winreg(registry: FakeWinreg) -> None:
    """The factory's Windows autostart writes HKCU\\…\\Run, creating the key when missing."""
    exe = r"C:\Users\alice\AppData\Local\Programs\Claude Usage Tray\claude-usage-tray.exe"
    autostart = autostart_for("win32")
    assert isinstance(autostart, WindowsAutostart)
    autostart = WindowsAutostart(command=[exe])
    assert not autostart.is_enabled()  # no Run key at all yet
    autostart.set_enabled(True)
    assert registry.value(FakeWinreg.HKEY_CURRENT_USER, RUN_KEY, APP_ID) == f'"{exe}"'
    assert registry.keys[(FakeWinreg.HKEY_CURRENT_USER, RUN_KEY.lower())][APP_ID][1] == 1  # REG_SZ
    assert autostart.is_enabled()
    autostart.set_enabled(False)
    assert registry.value(FakeWinreg.HKEY_CURRENT_USER, RUN_KEY, APP_ID) is None
    assert not autostart.is_enabled()
    autostart.set_enabled(False)  # already gone: no error


def test_windows_leaves_other_run_values_alone(registry: FakeWinreg) -> None:
    registry.put(FakeWinreg.HKEY_CURRENT_USER, RUN_KEY, "OneDrive", r'"C:\OneDrive.exe"')
    autostart = WindowsAutostart(command=[r"C:\app.exe"])
    autostart.set_enabled(True)
    autostart.set_enabled(False)
    assert registry.keys[(FakeWinreg.HKEY_CURRENT_USER, RUN_KEY.lower())] == {
        "OneDrive": (r'"C:\OneDrive.exe"', FakeWinreg.REG_SZ)
    }


def test_disabling_without_a_run_key_is_not_an_error(registry: FakeWinreg) -> None:
    WinregRunKey().delete(APP_ID)
    assert registry.keys == {}


def test_windows_starts_pythonw_so_no_console_flashes_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = tmp_path / "venv" / "Scripts"
    scripts.mkdir(parents=True)
    (scripts / "python.exe").touch()
    (scripts / "pythonw.exe").touch()
    monkeypatch.setattr(sys, "executable", str(scripts / "python.exe"))
    monkeypatch.setattr(sys, "platform", "win32")
    assert launch_command() == [str(scripts / "pythonw.exe"), "-m", "tray"]
    (scripts / "pythonw.exe").unlink()  # an embedded Python without it: python.exe will do
    assert launch_command() == [str(scripts / "python.exe"), "-m", "tray"]


def test_launch_agent_is_what_launchd_needs(tmp_path: Path) -> None:
    """The LaunchAgent plist: the label launchd keys it by (the bundle id) and the keys it
    reads to start the app once at login, without restarting it when the user quits."""
    autostart = MacAutostart(tmp_path, command=["/Applications/Claude Usage Tray.app/x"])
    autostart.set_enabled(True)
    assert autostart.path.name == f"{MAC_LABEL}.plist"
    plist = plistlib.loads(autostart.path.read_bytes())
    assert plist == {
        "Label": MAC_LABEL,
        "ProgramArguments": ["/Applications/Claude Usage Tray.app/x"],
        "RunAtLoad": True,
        "KeepAlive": False,
        "ProcessType": "Interactive",
    }
    from tests.conftest import REPO_ROOT

    with (REPO_ROOT / "resources" / "Info.plist").open("rb") as handle:
        assert plistlib.load(handle)["CFBundleIdentifier"] == MAC_LABEL

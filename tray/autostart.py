"""Launch at login, per platform, behind one interface with a factory and a null fallback.

* Linux and other freedesktop systems: an XDG autostart ``.desktop`` file in
  ``$XDG_CONFIG_HOME/autostart``.
* macOS: a LaunchAgent plist in ``~/Library/LaunchAgents``.
* Windows: a value under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``
  (``winreg`` is imported lazily so the module loads everywhere).
"""

from __future__ import annotations

import importlib
import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any, Protocol

from core import write_atomic

__all__ = [
    "APP_ID",
    "Autostart",
    "LinuxAutostart",
    "MacAutostart",
    "NullAutostart",
    "RunKey",
    "WindowsAutostart",
    "WinregRunKey",
    "autostart_for",
    "launch_command",
]

APP_ID = "claude-usage-tray"
MAC_LABEL = "io.github.claude-usage-tray"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


class Autostart(Protocol):
    def is_enabled(self) -> bool: ...

    def set_enabled(self, enabled: bool) -> None: ...


def launch_command() -> list[str]:
    """How to start this app again: the bundle's executable, or this Python with ``-m tray``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    python = Path(sys.executable)
    windowless = python.with_name("pythonw.exe")
    if sys.platform == "win32" and windowless.exists():
        python = windowless  # no console window flashing up at login
    return [str(python), "-m", "tray"]


class NullAutostart:
    """Where launching at login is not supported: always off; :attr:`reason` says why (the
    settings show it beside the greyed-out choice)."""

    def __init__(self, reason: str = "") -> None:
        self.reason = (
            reason or "this system has no way to start apps at login that Claude Usage knows"
        )

    def is_enabled(self) -> bool:
        return False

    def set_enabled(self, enabled: bool) -> None:
        return None


class _FileAutostart:
    """Launch at login by one file the desktop reads at login: present means enabled."""

    def __init__(self, path: Path, command: list[str] | None) -> None:
        self.path = path
        self._command = command or launch_command()

    def is_enabled(self) -> bool:
        return self.path.exists()

    def set_enabled(self, enabled: bool) -> None:
        if not enabled:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Replaced whole: a crash mid-write must not leave a truncated entry that the
        # desktop would choke on at every login (0600 is fine: only this user reads it).
        write_atomic(self.path, self._content())

    def _content(self) -> bytes:
        raise NotImplementedError


class LinuxAutostart(_FileAutostart):
    """An XDG autostart entry (honoured by GNOME, KDE, Xfce, LXQt, …)."""

    def __init__(self, config_home: Path | None = None, command: list[str] | None = None) -> None:
        base = config_home or Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        super().__init__(base / "autostart" / f"{APP_ID}.desktop", command)

    def _content(self) -> bytes:
        lines = [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Claude Usage Tray",
            "Comment=Claude subscription usage in the system tray",
            f"Exec={shlex.join(self._command)}",
            f"Icon={APP_ID}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
        return "\n".join(lines).encode("utf-8")


class MacAutostart(_FileAutostart):
    """A per-user LaunchAgent that runs the app once at login."""

    def __init__(self, agents_dir: Path | None = None, command: list[str] | None = None) -> None:
        base = agents_dir or Path.home() / "Library" / "LaunchAgents"
        super().__init__(base / f"{MAC_LABEL}.plist", command)

    def _content(self) -> bytes:
        plist = {
            "Label": MAC_LABEL,
            "ProgramArguments": self._command,
            "RunAtLoad": True,
            "KeepAlive": False,
            "ProcessType": "Interactive",
        }
        import plistlib  # macOS only (the Linux bundle leaves it out)

        return plistlib.dumps(plist)


class RunKey(Protocol):
    """The few registry operations Windows autostart needs (fake-able in tests)."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


def _winreg() -> Any:
    """``winreg`` exists on Windows only: import it when first needed."""
    return importlib.import_module("winreg")


class WinregRunKey:
    """``HKCU\\…\\Run`` through ``winreg`` (Windows only; imported when first used)."""

    def get(self, name: str) -> str | None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        winreg = _winreg()
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            return


class WindowsAutostart:
    """A value in the user's ``Run`` key holding the quoted command line."""

    def __init__(self, run_key: RunKey | None = None, command: list[str] | None = None) -> None:
        self._key = run_key or WinregRunKey()
        self._command = command or launch_command()

    def is_enabled(self) -> bool:
        return self._key.get(APP_ID) is not None

    def set_enabled(self, enabled: bool) -> None:
        if enabled:
            self._key.set(APP_ID, subprocess.list2cmdline(self._command))
        else:
            self._key.delete(APP_ID)


def autostart_for(platform: str | None = None) -> Autostart:
    """The implementation for ``platform`` (``sys.platform`` by default)."""
    name = platform or sys.platform
    if name == "darwin":
        return MacAutostart()
    if name == "win32":
        return WindowsAutostart()
    if name.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return LinuxAutostart()
    return NullAutostart()

"""Folders and file replacement as on macOS and Windows, in a temporary tree on any OS.

platformdirs is asked with its macOS and Windows classes (selected as on those systems;
Windows folders come from ``%LOCALAPPDATA%`` as platformdirs reads them without the Win32
API), and ``os.name`` says ``nt`` where the code branches on it.
"""

from __future__ import annotations

import getpass
import os
import stat
import sys
from pathlib import Path

import platformdirs
import platformdirs.macos
import platformdirs.windows
import pytest

from core.base import atomic, paths
from core.base.atomic import write_atomic
from core.config import AppConfig
from core.credentials.location import claude_user_name, resolve_platform
from tests.app_paths import app_paths, claude_env


class WindowsOs:
    """``os`` as a module on Windows sees it, for one module's namespace only: patching the
    real ``os.name`` would make every ``Path()`` in the process a ``WindowsPath``."""

    name = "nt"

    def __init__(self, **overrides: object) -> None:
        vars(self).update(overrides)

    def __getattr__(self, attr: str) -> object:
        return getattr(os, attr)


@pytest.mark.parametrize(
    ("platform", "expected"),
    [("darwin", "macos"), ("win32", "windows"), ("cygwin", "windows"), ("linux", "linux")],
)
def test_auto_resolves_to_the_running_os(
    monkeypatch: pytest.MonkeyPatch, platform: str, expected: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert resolve_platform("auto") == expected


def test_without_user_or_login_name_claude_codes_fallback_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Windows sets USERNAME, not USER; in a container getpass may find no name at all."""

    def no_login() -> str:
        raise OSError("no login name")

    monkeypatch.delenv("USER", raising=False)
    monkeypatch.setattr(getpass, "getuser", no_login)
    assert claude_user_name(claude_env()) == "claude-code-user"


@pytest.fixture
def windows_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``C:\\Users\\alice`` as a temporary tree, platformdirs answering as on Windows."""
    profile = tmp_path / "Users" / "alice"
    monkeypatch.setenv("USERPROFILE", str(profile))
    monkeypatch.setenv("LOCALAPPDATA", str(profile / "AppData" / "Local"))
    monkeypatch.setenv("APPDATA", str(profile / "AppData" / "Roaming"))
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(
        platformdirs.windows, "get_win_folder", platformdirs.windows.get_win_folder_from_env_vars
    )
    monkeypatch.delenv("CLAUDE_USAGE_HOME")
    return profile


def test_windows_data_folder_is_local_appdata(windows_profile: Path) -> None:
    expected = windows_profile / "AppData" / "Local" / "claude-usage-tray"
    assert app_paths().home == expected
    assert paths.ensure_private_dir(app_paths().home).is_dir()


def test_macos_data_folder_is_application_support(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.macos.MacOS)
    monkeypatch.delenv("CLAUDE_USAGE_HOME")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)  # platformdirs honours it on macOS too
    home = Path(os.environ["HOME"])
    assert app_paths().home == home / "Library" / "Application Support" / "claude-usage-tray"


def test_claude_code_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = Path(os.environ["HOME"])
    monkeypatch.setenv("CLAUDE_CONFIG_DIR", "~/profiles/work")
    assert AppConfig.from_environment().claude_code.config_dir == home / "profiles" / "work"
    monkeypatch.delenv("CLAUDE_CONFIG_DIR")
    assert AppConfig.from_environment().claude_code.config_dir == home / ".claude"
    assert paths.legacy_store_path() == home / ".claude-usage" / "accounts.enc"


@pytest.mark.skipif(os.name != "posix", reason="compares POSIX modes")
def test_on_windows_folders_are_not_chmodded(
    windows_profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NTFS has ACLs, not modes: the POSIX tightening is skipped (it would be a no-op)."""
    folder = app_paths().home
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    monkeypatch.setattr(paths, "os", WindowsOs())
    paths.ensure_private_dir(folder, owned_root=folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755


def test_on_windows_a_briefly_locked_target_is_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader or virus scanner holding the file makes ``os.replace`` fail for a moment."""
    (tmp_path / "store").mkdir()
    target = tmp_path / "store" / "accounts.enc"
    target.write_bytes(b"old")
    real_replace = os.replace
    refusals = iter([PermissionError(13, "in use"), PermissionError(13, "in use")])

    def busy_then_free(source: str, dest: Path) -> None:
        error = next(refusals, None)
        if error is not None:
            raise error
        real_replace(source, dest)

    monkeypatch.setattr(atomic, "os", WindowsOs(replace=busy_then_free))
    monkeypatch.setattr(atomic.time, "sleep", lambda seconds: None)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in target.parent.iterdir()] == ["accounts.enc"]


def test_on_windows_a_target_locked_for_good_fails_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "store").mkdir()
    target = tmp_path / "store" / "accounts.enc"
    target.write_bytes(b"old")
    attempts: list[str] = []

    def always_busy(source: str, dest: Path) -> None:
        attempts.append(source)
        raise PermissionError(13, "in use")

    monkeypatch.setattr(atomic, "os", WindowsOs(replace=always_busy))
    monkeypatch.setattr(atomic.time, "sleep", lambda seconds: None)
    with pytest.raises(PermissionError):
        write_atomic(target, b"new", durable=False)
    assert len(attempts) == atomic._WINDOWS_REPLACE_ATTEMPTS
    assert target.read_bytes() == b"old"
    assert [p.name for p in target.parent.iterdir()] == ["accounts.enc"]


@pytest.mark.skipif(os.name != "posix", reason="Windows retries by design")
def test_on_posix_a_permission_error_is_not_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[str] = []

    def refused(source: str, dest: Path) -> None:
        attempts.append(source)
        raise PermissionError(13, "read-only folder")

    monkeypatch.setattr(atomic.os, "replace", refused)
    with pytest.raises(PermissionError):
        write_atomic(tmp_path / "f", b"x")
    assert len(attempts) == 1


def test_a_folder_that_cannot_be_fsynced_is_not_a_failed_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new content is in place; reporting failure would be untrue."""
    real_open = os.open

    def no_folder_open(path: str | Path, flags: int, *args: int) -> int:
        if Path(path) == tmp_path:
            raise OSError(22, "Invalid argument")
        return real_open(path, flags, *args)

    monkeypatch.setattr(atomic.os, "open", no_folder_open)
    write_atomic(tmp_path / "f", b"content")
    assert (tmp_path / "f").read_bytes() == b"content"

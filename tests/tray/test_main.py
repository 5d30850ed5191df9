"""The command line of the tray: ``--version`` works without a display; logging is redacted."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from tests.app_paths import app_paths
from tests.tray.helpers import callbacks_run
from tray import __version__
from tray.__main__ import parse_args, setup_logging

TIMEOUT = 10


def test_version_without_a_display() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tray", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        env={k: v for k, v in __import__("os").environ.items() if k != "DISPLAY"},
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"claude-usage-tray {__version__}"


def test_demo_flag() -> None:
    assert parse_args(["--demo"]).demo is True
    assert parse_args([]).demo is False


def test_log_file_in_the_data_folder_with_tokens_redacted(isolated_environment: Path) -> None:
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        path = setup_logging(app_paths())
        assert path == isolated_environment / "usage-home" / "logs" / "tray.log"
        logging.getLogger("tray.test").warning("token sk-ant-oat01-SECRETSECRETSECRET-abcd leaked?")
        for handler in root.handlers:
            handler.flush()
        text = path.read_text()
        assert "SECRETSECRET" not in text
        assert "sk-ant-oat01-…abcd" in text
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()


def test_resources_are_found_from_source_and_inside_a_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tray.resources import APP_ICON, resource_path

    assert resource_path(APP_ICON).is_file()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path(APP_ICON) == tmp_path / "tray" / "resources" / APP_ICON


def test_demo_quits_cleanly_on_sigterm_and_removes_its_folder(qtbot: QtBot, tmp_path: Path) -> None:
    """A real ``python -m tray --demo`` (offscreen): SIGTERM ends it like Quit does."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tray", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: _ready_log(tmp_path, child) is not None, timeout=60_000)
        log_file = _ready_log(tmp_path, child)
        assert log_file is not None
        folder = log_file.parents[2]
        child.send_signal(signal.SIGTERM)
        _, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, err
    assert not folder.exists()


def _ready_log(base: Path, child: subprocess.Popen[str]) -> Path | None:
    """The demo's log, once it says the app is ready (signal handlers installed)."""
    assert child.poll() is None, child.communicate()[1]
    for log_file in base.glob("claude-usage-demo-*/data/logs/tray.log"):
        if "ready" in log_file.read_text():
            return log_file
    return None


def test_no_display_gets_a_plain_message_not_a_qt_abort(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "tray"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "no graphical session" in result.stderr
    assert "platform plugin" not in result.stderr


@pytest.mark.parametrize(
    ("environ", "platform", "missing"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({}, "darwin", False),
        ({}, "win32", False),
    ],
)
def test_missing_display_rule(environ: dict[str, str], platform: str, missing: bool) -> None:
    from tray.__main__ import missing_display

    assert missing_display(environ, platform) is missing


def test_no_icon_is_shown_early_where_no_tray_runs(qtbot: QtBot) -> None:
    """Offscreen there is no tray: nothing is shown early, and the app waits for a tray as
    it always did (tests/e2e/test_tray_idle.py sees the early icon in a real panel)."""
    from tray.__main__ import show_icon_early

    assert show_icon_early() is None


class _PopupStandIn(QObject):
    visibility_changed = Signal(bool)


async def test_start_up_memory_is_released_once_the_first_usage_is_shown_and_on_each_hide(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """linecache emptied (and, with ``--debug``, the modules logged): not before the first
    snapshot (the imports may not be done), then after it, and each time the popup is
    hidden. (The C heap's trim is the app's: tests/tray/test_app.py.)"""
    import linecache
    from types import SimpleNamespace

    from core import OAuthUsage
    from tray.__main__ import release_start_up_memory
    from tray.viewmodel import UsageViewModel

    clears: asyncio.Queue[bool] = asyncio.Queue()
    clear = linecache.clearcache

    def counted_clear() -> None:
        clear()
        clears.put_nowait(True)

    monkeypatch.setattr(linecache, "clearcache", counted_clear)
    model, popup = UsageViewModel(), _PopupStandIn()
    release_start_up_memory(SimpleNamespace(model=model, popup=popup))  # type: ignore[arg-type]
    linecache.getline(__file__, 1)
    model.set_usages([], datetime.now(UTC))
    popup.visibility_changed.emit(True)
    await callbacks_run()  # a release wrongly scheduled by now would have run
    assert __file__ in linecache.cache  # nothing shown yet: the imports may not be done
    assert clears.empty()

    model.set_usages([OAuthUsage(account_name="Work")], datetime.now(UTC))
    await asyncio.wait_for(clears.get(), TIMEOUT)
    assert __file__ not in linecache.cache
    model.set_usages([OAuthUsage(account_name="Work")], datetime.now(UTC))
    popup.visibility_changed.emit(False)
    await asyncio.wait_for(clears.get(), TIMEOUT)
    await callbacks_run()
    assert clears.empty()  # once for the first usage, once for the hide: not per snapshot

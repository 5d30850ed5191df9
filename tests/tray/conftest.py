"""Tray tests run offscreen (no display needed) with pytest-qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from tests.conftest import require_or_skip
from tests.e2e.conftest import _start_xvfb
from tests.e2e.processes import stop
from tray.settings import SettingsStore


@pytest.fixture
def x_server() -> Iterator[str]:
    """A real X server of the test's own (Xvfb), for what only an X server can answer."""
    require_or_skip(shutil.which("Xvfb") is not None, "Xvfb is not installed")
    server, display = _start_xvfb()
    try:
        yield display
    finally:
        stop(server)


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def settings_store(qsettings: QSettings) -> SettingsStore:
    return SettingsStore(qsettings)


@pytest.fixture(autouse=True)
def utc_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clock times in captions are local: pin the zone so expected strings are stable."""
    import time

    monkeypatch.setenv("TZ", "UTC")
    if hasattr(time, "tzset"):
        time.tzset()


_LOOPS: list[object] = []  # every test's qasync loop, kept to the end of the session


@pytest.fixture(autouse=True)
def c_locale() -> object:
    """Figures in the house style (``42 %``, ``18:00``) whatever the developer's own locale:
    ``QLocale()`` is what tray.formats follows. Tests of other locales set their own."""
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(QLocale.c())


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, object]:
    """Async tray tests run on qasync's loop, as the app does (Qt events and asyncio in one).

    Each loop is kept alive after its test: qasync leaves a cancelled ``call_later`` (e.g.
    ``asyncio.wait_for``'s timeout) registered as a Qt timer until it is due, and a closed
    loop's timer object, once collected, made that late timer event crash a test seconds
    later (seen once the suite ran longer than the tests' 10 s timeouts). Kept, the stopped
    loop kills such a timer when it fires.
    """

    def qasync_loop() -> object:
        import qasync
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        loop = qasync.QEventLoop(app)
        _LOOPS.append(loop)
        return loop

    return {"qasync": qasync_loop}

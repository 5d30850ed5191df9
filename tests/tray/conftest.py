"""Tray tests run offscreen (no display needed) with pytest-qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from tray.settings import SettingsStore


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


@pytest.fixture(autouse=True)
def c_locale() -> object:
    """Figures in the house style (``42 %``, ``18:00``) whatever the developer's own locale:
    ``QLocale()`` is what tray.formats follows. Tests of other locales set their own."""
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(QLocale.c())


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, object]:
    """Async tray tests run on qasync's loop, as the app does (Qt events and asyncio in one)."""

    def qasync_loop() -> object:
        import qasync
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        return qasync.QEventLoop(app)

    return {"qasync": qasync_loop}

"""The tray's local usage feed: off by default; turned on in the settings it serves the
snapshots the tray shows (the CLI's JSON document), turned off it stops listening."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.app_paths import app_paths
from tests.core.test_feed import exchange, request
from tests.tray.helpers import FakeBackend, oauth
from tray.app import TrayApp
from tray.dialogs import SettingsDialog
from tray.notifications import RecordingNotifier
from tray.notify_memory import NotifyMemoryFile
from tray.settings import SettingsStore, TraySettings

TIMEOUT = 10


@contextlib.asynccontextmanager
async def running(settings_store: SettingsStore, token_path: Path) -> AsyncIterator[TrayApp]:
    app = TrayApp(
        FakeBackend([oauth("Work", 88)]),
        settings_store,
        notifier=RecordingNotifier(),
        tray_timeout=0,
        notify_memory=NotifyMemoryFile(app_paths()),
        feed_token_path=token_path,
    )
    await app.start()
    try:
        await app.refresh()
        yield app
    finally:
        await app.stop()


@pytest.fixture
def token_path() -> Path:
    return app_paths().feed_token


def test_the_feed_is_off_by_default(qsettings: QSettings) -> None:
    assert TraySettings().local_feed is False
    assert SettingsStore(qsettings).load().local_feed is False


async def test_nothing_listens_until_it_is_turned_on(
    settings_store: SettingsStore, token_path: Path
) -> None:
    async with running(settings_store, token_path) as app:
        assert app.feed.port is None
        assert not token_path.exists()  # not even a token made


async def test_turned_on_it_serves_what_the_tray_shows_and_off_it_stops(
    settings_store: SettingsStore, token_path: Path
) -> None:
    async with running(settings_store, token_path) as app:
        app.apply_settings(dataclasses.replace(app.settings, local_feed=True, local_feed_port=0))
        await asyncio.wait_for(app.settle(), TIMEOUT)
        port = app.feed.port
        assert port is not None
        token = token_path.read_text().strip()

        status, _, body = await exchange(port, request(port, token=token))
        assert status == 200
        document = json.loads(body)
        assert document["schema_version"] == 1
        assert [(a["name"], a["session"]["percent"]) for a in document["accounts"]] == [
            ("Work", 88.0)
        ]
        refused, _, _ = await exchange(port, request(port, token="x" * 43))
        assert refused == 401

        app.apply_settings(dataclasses.replace(app.settings, local_feed=False))
        await asyncio.wait_for(app.settle(), TIMEOUT)
        assert app.feed.port is None
        with pytest.raises(ConnectionRefusedError):
            await asyncio.open_connection("127.0.0.1", port)
    assert settings_store.load().local_feed is False


async def test_a_port_in_use_is_reported_not_raised(
    settings_store: SettingsStore, token_path: Path
) -> None:
    taken = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = taken.sockets[0].getsockname()[1]
    try:
        async with running(settings_store, token_path) as app:
            app.apply_settings(
                dataclasses.replace(app.settings, local_feed=True, local_feed_port=port)
            )
            await asyncio.wait_for(app.settle(), TIMEOUT)
            assert app.feed.port is None
            assert app.model.banner is not None
            assert f"port {port}" in app.model.banner
    finally:
        taken.close()
        await taken.wait_closed()


def test_the_settings_dialog_turns_it_on_with_a_port(qtbot: object, token_path: Path) -> None:
    dialog = SettingsDialog(TraySettings(), feed_token_path=token_path)
    assert not dialog.feed_check.isChecked()
    assert not dialog.feed_port_spin.isEnabled()
    assert str(token_path) in dialog.feed_help.text()
    dialog.feed_check.setChecked(True)
    dialog.feed_port_spin.setValue(9123)
    edited = dialog.settings()
    assert (edited.local_feed, edited.local_feed_port) == (True, 9123)
    dialog.deleteLater()


@pytest.mark.parametrize(("raw", "port"), [("9000", 9000), ("80", 8765), ("x", 8765)])
def test_a_stored_port_out_of_range_falls_back_to_the_default(
    qsettings: QSettings, raw: str, port: int
) -> None:
    qsettings.setValue("preferences/local_feed_port", raw)
    assert SettingsStore(qsettings).load().local_feed_port == port

"""The wired app over an in-memory backend, on qasync's loop: refresh → icon, tooltip,
notifications; the add / rename / remove / settings flows end to end through the dialogs."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from core.errors import AuthenticationError, StorageError
from core.models import AccountStatus, UsageWindow
from tests.app_paths import app_paths
from tests.tray.helpers import FakeBackend, callbacks_run, oauth
from tray.app import NO_TRAY_TITLE, TrayApp, no_tray_text, tray_expected
from tray.dialogs import AddAccountDialog, AddMethod, RenameDialog, SettingsDialog
from tray.modal import size_to_content
from tray.notifications import RecordingNotifier
from tray.notify_memory import NotifyMemoryFile
from tray.notify_rules import NoticeKind
from tray.resources import APP_ICON, resource_path
from tray.settings import SettingsStore, WriteBackPolicy
from tray.viewmodel import Level

GOOD_JSON = json.dumps({"claudeAiOauth": {"accessToken": "sk-ant-oat01-abc"}})
TIMEOUT = 10


class FakeAutostart:
    def __init__(self) -> None:
        self.enabled = False

    def is_enabled(self) -> bool:
        return self.enabled

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled


def next_emission(signal: SignalInstance) -> asyncio.Future[Any]:
    """A future resolved with the first argument of the signal's next emission."""
    future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

    def once(*args: Any) -> None:
        if not future.done():
            future.set_result(args[0] if args else None)

    signal.connect(once)
    return future


@pytest.fixture
def backend() -> FakeBackend:
    return FakeBackend([oauth("Work", 88)])


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def autostart() -> FakeAutostart:
    return FakeAutostart()


def memory() -> NotifyMemoryFile:
    return NotifyMemoryFile(app_paths())  # in the test's data folder


@contextlib.asynccontextmanager
async def running(
    backend: FakeBackend,
    settings_store: SettingsStore,
    notifier: RecordingNotifier | None = None,
    autostart: FakeAutostart | None = None,
    tray_icon: QSystemTrayIcon | None = None,
) -> AsyncIterator[TrayApp]:
    """A started app, stopped before the test ends (pytest-qt processes Qt events after the
    test body, which must not find asyncio work of ours still pending)."""
    tray_app = TrayApp(
        backend,
        settings_store,
        notifier=notifier or RecordingNotifier(),
        autostart=autostart or FakeAutostart(),
        tray_timeout=0,
        notify_memory=memory(),
        tray_icon=tray_icon,
    )
    await tray_app.start()
    try:
        await tray_app.refresh()
        yield tray_app
    finally:
        await tray_app.stop()


@pytest.fixture
def start(
    backend: FakeBackend,
    settings_store: SettingsStore,
    notifier: RecordingNotifier,
    autostart: FakeAutostart,
) -> Any:
    return lambda: running(backend, settings_store, notifier, autostart)


async def test_refresh_updates_icon_tooltip_and_notifies(
    start: Any, notifier: RecordingNotifier
) -> None:
    async with start() as app:
        assert app.model.icon().level is Level.WARNING
        assert "Work: session 88 %, week 64 %" in app.tray.toolTip()
        assert not app.tray.icon().isNull()
        assert [n.kind for n in notifier.notices] == [NoticeKind.THRESHOLD]  # once, not per refresh


async def test_attention_notice_when_login_expires(
    start: Any, backend: FakeBackend, notifier: RecordingNotifier
) -> None:
    async with start() as app:
        backend.usages = [oauth("Work", 88, status=AccountStatus.LOGIN_EXPIRED, stale=True)]
        await app.refresh()
        assert notifier.notices[-1].kind is NoticeKind.ATTENTION


async def test_context_menu_is_rebuilt_and_always_offers_the_popup(start: Any) -> None:
    async with start() as app:
        app.menu.aboutToShow.emit()
        texts = [action.text() for action in app.menu.actions() if action.text()]
        assert texts[0] == "Show usage"
        assert "Work — session 88 %, week 64 %" in texts
        assert texts[-3:] == ["Add account…", "Settings…", "Quit"]
        show = app.menu.actions()[0]
        show.trigger()
        assert app.popup.isVisible()


async def test_menu_lines_say_the_state_and_open_the_popup_at_that_account(
    start: Any, backend: FakeBackend
) -> None:
    async with start() as app:
        backend.usages = [oauth("Calm", 10), oauth("Work", 40, status=AccountStatus.NEEDS_SIGN_IN)]
        await app.refresh()
        app.menu.aboutToShow.emit()
        lines = [action for action in app.menu.actions() if "—" in action.text()]
        assert [line.text() for line in lines] == [
            "Work — needs sign-in",  # attention first, its state in words
            "Calm — session 10 %, week 64 %",
        ]
        assert all(line.isEnabled() for line in lines)
        lines[0].trigger()
        assert app.popup.isVisible()
        work = app.popup.card("Work")
        assert work is not None
        assert app.popup.focusWidget() is work
        assert work.expanded


async def test_quit_ends_run_and_closes_the_backend(
    backend: FakeBackend, settings_store: SettingsStore
) -> None:
    tray_app = TrayApp(
        backend,
        settings_store,
        notifier=RecordingNotifier(),
        tray_timeout=0,
        notify_memory=memory(),
    )
    running = asyncio.ensure_future(tray_app.run())
    started = next_emission(tray_app.popup.visibility_changed)
    tray_app.show_popup()
    await asyncio.wait_for(started, TIMEOUT)
    tray_app.popup.quit_button.click()
    await asyncio.wait_for(running, TIMEOUT)
    assert backend.calls[-1] == ("close", ())


async def test_first_run_shows_the_ways_to_add_an_account(settings_store: SettingsStore) -> None:
    empty = FakeBackend([])
    empty.claude_code = True
    tray_app = TrayApp(
        empty, settings_store, notifier=RecordingNotifier(), tray_timeout=0, notify_memory=memory()
    )
    await tray_app.start()
    try:
        assert tray_app.popup.isVisible()
        assert tray_app.popup.empty.isVisible()
        assert tray_app.popup.empty.link_button.isVisible()
        assert "no accounts yet" in tray_app.tray.toolTip()
    finally:
        await tray_app.stop()


async def test_add_account_by_pasting_credentials(start: Any, backend: FakeBackend) -> None:
    async with start() as app:
        opened = next_emission(app.dialog_opened)
        task = app.add_account(AddMethod.PASTE)
        dialog = await asyncio.wait_for(opened, TIMEOUT)
        assert isinstance(dialog, AddAccountDialog)
        dialog.name_edit.setText("Home")
        dialog.json_edit.setPlainText(GOOD_JSON)
        dialog.ok_button.click()  # "Check": nothing is saved before the check says what it is
        await asyncio.wait_for(app.settle(), TIMEOUT)
        assert ("check_credentials", (GOOD_JSON,)) in backend.calls
        assert not any(call[0] == "add_credentials" for call in backend.calls)
        notice = dialog.paste_notice.text()
        assert "Signed in as other@example.com" in notice
        assert "signed out the first time this app refreshes it" in notice
        assert dialog.ok_button.text() == "Add anyway"
        dialog.ok_button.click()
        await asyncio.wait_for(task, TIMEOUT)
        assert ("add_credentials", ("Home", GOOD_JSON)) in backend.calls
        assert [u.account_name for u in app.model.usages] == ["Work", "Home"]
        assert app.popup.isVisible()
        home = app.popup.card("Home")
        assert home is not None
        assert home.property("fresh") is True  # the new account, highlighted
        assert app.popup.focusWidget() is home


async def test_a_paste_of_claude_codes_own_login_offers_to_link_it_instead(
    start: Any, backend: FakeBackend
) -> None:
    backend.claude_code = True
    backend.paste_check = dataclasses.replace(
        backend.paste_check, email="me@example.com", claude_code_login=True
    )
    async with start() as app:
        opened = next_emission(app.dialog_opened)
        task = app.add_account(AddMethod.PASTE)
        dialog = await asyncio.wait_for(opened, TIMEOUT)
        assert isinstance(dialog, AddAccountDialog)
        dialog.name_edit.setText("Mine")
        dialog.json_edit.setPlainText(GOOD_JSON)
        dialog.ok_button.click()
        await asyncio.wait_for(app.settle(), TIMEOUT)
        assert "Claude Code's own login on this computer" in dialog.paste_notice.text()
        assert dialog.link_instead_button.isVisible()
        assert dialog.link_instead_button.isDefault()
        assert dialog.ok_button.text() == "Save a copy anyway"
        dialog.json_edit.setPlainText(GOOD_JSON + " ")  # other text: the check is void
        assert not dialog.paste_notice.isVisible()
        assert dialog.ok_button.text() == "Check"
        dialog.ok_button.click()
        await asyncio.wait_for(app.settle(), TIMEOUT)
        dialog.link_instead_button.click()
        await asyncio.wait_for(task, TIMEOUT)
        assert ("link_claude_code", ("Mine",)) in backend.calls
        assert not any(call[0] == "add_credentials" for call in backend.calls)


async def test_a_paste_the_server_refuses_is_not_saved(start: Any, backend: FakeBackend) -> None:
    async with start() as app:
        opened = next_emission(app.dialog_opened)
        task = app.add_account(AddMethod.PASTE)
        dialog = await asyncio.wait_for(opened, TIMEOUT)
        dialog.name_edit.setText("Bad")
        dialog.json_edit.setPlainText(GOOD_JSON)
        backend.fail_with = AuthenticationError("Anthropic refused this token (401)")
        dialog.ok_button.click()
        await asyncio.wait_for(app.settle(), TIMEOUT)
        assert dialog.error.text() == "Anthropic refused this token (401)"
        assert dialog.isVisible()
        dialog.reject()
        await asyncio.wait_for(task, TIMEOUT)
        assert not any(call[0] == "add_credentials" for call in backend.calls)


async def test_sign_in_again_is_for_that_account_only(start: Any, backend: FakeBackend) -> None:
    async with start() as app:
        opened = next_emission(app.dialog_opened)
        task = app.add_account(AddMethod.SIGN_IN, name="Work")
        dialog = await asyncio.wait_for(opened, TIMEOUT)
        assert isinstance(dialog, AddAccountDialog)
        assert dialog.windowTitle() == "Sign in again to Work (dev@example.com)"
        assert not dialog.name_edit.isVisible()
        assert not dialog.method_buttons[AddMethod.PASTE].isVisible()
        assert not dialog.code_edit.isVisible()  # the code field waits until sign-in started
        dialog.ok_button.click()
        await asyncio.wait_for(backend.waiting_for_code.wait(), TIMEOUT)
        assert dialog.code_edit.isVisible()
        assert dialog.copy_link_button.isVisible()
        assert dialog.open_again_button.isVisible()
        assert ("sign_in", ("Work",)) in backend.calls
        dialog.reject()
        await asyncio.wait_for(task, TIMEOUT)


async def test_add_account_error_keeps_the_dialog_open(start: Any, backend: FakeBackend) -> None:
    async with start() as app:
        backend.fail_with = AuthenticationError("Anthropic refused this key")
        opened = next_emission(app.dialog_opened)
        task = app.add_account(AddMethod.ADMIN)
        dialog = await asyncio.wait_for(opened, TIMEOUT)
        assert isinstance(dialog, AddAccountDialog)
        dialog.name_edit.setText("Org")
        dialog.key_edit.setText("sk-ant-admin01-abcdefghijklmnop")
        dialog.ok_button.click()
        await asyncio.wait_for(app.settle(), TIMEOUT)
        assert dialog.error.text() == "Anthropic refused this key"
        assert dialog.isVisible()
        dialog.reject()
        await asyncio.wait_for(task, TIMEOUT)


async def test_sign_in_with_a_pasted_code(start: Any, backend: FakeBackend) -> None:
    async with start() as app:
        opened = next_emission(app.dialog_opened)
        task = app.add_account(AddMethod.SIGN_IN)
        dialog = await asyncio.wait_for(opened, TIMEOUT)
        assert isinstance(dialog, AddAccountDialog)
        dialog.name_edit.setText("Browser")
        dialog.ok_button.click()
        await asyncio.wait_for(backend.waiting_for_code.wait(), TIMEOUT)
        assert dialog.url_field.text().startswith("https://claude.example/")
        dialog.code_edit.setText("the-code#the-state")
        dialog.code_button.click()
        await asyncio.wait_for(task, TIMEOUT)
        assert ("code", ("the-code#the-state",)) in backend.calls
        assert "Browser" in [u.account_name for u in app.model.usages]


async def test_cancelling_sign_in_stops_waiting(start: Any, backend: FakeBackend) -> None:
    async with start() as app:
        opened = next_emission(app.dialog_opened)
        task = app.add_account(AddMethod.SIGN_IN)
        dialog = await asyncio.wait_for(opened, TIMEOUT)
        dialog.name_edit.setText("Browser")
        dialog.ok_button.click()
        await asyncio.wait_for(backend.waiting_for_code.wait(), TIMEOUT)
        dialog.reject()
        await asyncio.wait_for(task, TIMEOUT)
        await asyncio.wait_for(app.settle(), TIMEOUT)
        assert not any(call[0] == "code" for call in backend.calls)
        assert [u.account_name for u in app.model.usages] == ["Work"]


async def test_rename_flow(start: Any, backend: FakeBackend) -> None:
    async with start() as app:
        opened = next_emission(app.dialog_opened)
        task = app.rename_account("Work")
        dialog = await asyncio.wait_for(opened, TIMEOUT)
        assert isinstance(dialog, RenameDialog)
        dialog.name_edit.setText("Job")
        dialog.ok_button.click()
        await asyncio.wait_for(task, TIMEOUT)
        assert ("rename_account", ("Work", "Job")) in backend.calls
        assert [u.account_name for u in app.model.usages] == ["Job"]


async def test_remove_flow_asks_first(start: Any, backend: FakeBackend) -> None:
    async with start() as app:
        opened = next_emission(app.dialog_opened)
        task = app.remove_account("Work")
        box = await asyncio.wait_for(opened, TIMEOUT)
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Cancel).click()
        await asyncio.wait_for(task, TIMEOUT)
        assert not any(call[0] == "remove_account" for call in backend.calls)
        assert not app.popup.isVisible()  # it was not open: nothing to come back to

        app.show_popup()
        opened = next_emission(app.dialog_opened)
        task = app.remove_account("Work")
        box = await asyncio.wait_for(opened, TIMEOUT)
        assert not app.popup.isVisible()
        box.button(QMessageBox.StandardButton.Cancel).click()
        await asyncio.wait_for(task, TIMEOUT)
        assert app.popup.isVisible()  # cancelled from the popup: the popup comes back

        opened = next_emission(app.dialog_opened)
        task = app.remove_account("Work")
        box = await asyncio.wait_for(opened, TIMEOUT)
        next(b for b in box.buttons() if b.objectName() == "removeButton").click()
        await asyncio.wait_for(task, TIMEOUT)
        assert ("remove_account", ("Work",)) in backend.calls
        assert app.model.usages == ()


async def test_settings_are_applied_and_saved(
    start: Any,
    backend: FakeBackend,
    settings_store: SettingsStore,
    autostart: FakeAutostart,
) -> None:
    async with start() as app:
        opened = next_emission(app.dialog_opened)
        task = app.open_settings()
        dialog = await asyncio.wait_for(opened, TIMEOUT)
        assert isinstance(dialog, SettingsDialog)
        dialog.refresh_spin.setValue(10)
        dialog.autostart_check.setChecked(True)
        dialog.write_back_radio.setChecked(True)
        dialog.show_checks["show_weekly"].setChecked(False)
        dialog.ok_button.click()
        await asyncio.wait_for(task, TIMEOUT)
        saved = settings_store.load()
        assert saved.refresh_minutes == 10
        assert saved.write_back is WriteBackPolicy.WRITE_BACK
        assert autostart.enabled is True
        assert backend.write_back is True
        assert app.scheduler.current_interval == 600
        assert app.model.updated_at is not None
        assert [bar.key for bar in app.model.cards(app.model.updated_at)[0].bars] == ["session"]


async def test_second_start_request_brings_up_the_popup(start: Any) -> None:
    async with start() as app:
        app.popup.hide()
        app.show_popup()
        assert app.popup.isVisible()


async def test_restart_does_not_repeat_a_notice_of_the_same_period(
    settings_store: SettingsStore,
) -> None:
    session = UsageWindow(percent=88, resets_at=datetime.now(UTC) + timedelta(hours=2))
    backend = FakeBackend([oauth("Work", session)])  # a period still running by the clock
    first, second = RecordingNotifier(), RecordingNotifier()
    async with running(backend, settings_store, first):
        pass
    async with running(backend, settings_store, second):
        pass
    assert [n.kind for n in first.notices] == [NoticeKind.THRESHOLD]
    assert second.notices == []


async def test_start_logs_when_the_icon_is_shown(
    start: Any, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="tray.app"):
        async with start() as app:
            assert app.tray.isVisible()
    assert "tray icon shown" in caplog.messages


async def test_an_icon_shown_at_start_up_is_taken_over(
    backend: FakeBackend, settings_store: SettingsStore
) -> None:
    """``tray.__main__`` shows the app's icon before the app is built; the app adopts that
    icon (one icon, never two) and paints the usage on it."""
    early = QSystemTrayIcon(QIcon(str(resource_path(APP_ICON))))
    shown = early.icon().cacheKey()
    async with running(backend, settings_store, tray_icon=early) as app:
        assert app.tray is early
        assert early.parent() is app
        assert early.icon().cacheKey() != shown  # the usage now, not the app's icon
        assert early.toolTip().startswith("Claude Usage")


# -- the 7-day chart ------------------------------------------------------------------------


def week(points: list[float]) -> dict[str, list[tuple[datetime, float]]]:
    hour = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) - timedelta(hours=5)
    return {
        "five_hour": [(hour + timedelta(hours=i), p) for i, p in enumerate(points)],
        "seven_day": [(hour + timedelta(hours=i), p / 2) for i, p in enumerate(points)],
    }


async def test_history_is_loaded_after_each_refresh_for_the_chart(
    start: Any, backend: FakeBackend
) -> None:
    backend.histories["Work"] = week([20, 50, 88])
    async with start() as app:
        await asyncio.wait_for(app.settle(), TIMEOUT)

        def counts() -> tuple[int, int]:
            refreshes = sum(1 for call in backend.calls if call[0] == "refresh")
            return refreshes, backend.calls.count(("usage_history", ("Work",)))

        refreshes, loads = counts()
        assert loads == refreshes  # one read per refresh (the scheduler's first one included)
        assert app.model.histories == {"Work": week([20, 50, 88])}
        app.show_popup()
        (card,) = app.popup.cards
        assert card.chart_row is not None
        assert card.chart_row.sparkline.chart.summary.startswith("Last 7 days · session peak 88 %")
        app.popup.update_from_model()  # repainting or ticking reads the cached copy
        assert counts() == (refreshes, loads)
        await app.refresh()
        await asyncio.wait_for(app.settle(), TIMEOUT)
        assert counts() == (refreshes + 1, loads + 1)


async def test_the_c_heaps_free_memory_is_released_after_each_refresh(
    start: Any, backend: FakeBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    released: list[int] = []
    monkeypatch.setattr("tray.app.release_free_memory", lambda: released.append(1) or True)
    async with start() as app:
        await asyncio.wait_for(app.settle(), TIMEOUT)
        refreshes = sum(1 for call in backend.calls if call[0] == "refresh")
        assert len(released) == refreshes  # once each refresh and its chart are shown
        await app.refresh()
        await asyncio.wait_for(app.settle(), TIMEOUT)
        assert len(released) == refreshes + 1


async def test_the_c_heaps_free_memory_is_released_each_time_the_popup_is_hidden(
    start: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hiding frees the popup's painting buffers: they go back once the hide is done (not
    on showing it)."""
    trims: asyncio.Queue[bool] = asyncio.Queue()
    async with start() as app:
        await asyncio.wait_for(app.settle(), TIMEOUT)
        monkeypatch.setattr("tray.app.release_free_memory", lambda: trims.put_nowait(True))
        for _ in range(2):
            app.show_popup()
            await callbacks_run()  # a trim wrongly scheduled by the show would have run
            assert trims.empty()
            app.popup.dismiss()
            await asyncio.wait_for(trims.get(), TIMEOUT)
            await callbacks_run()
            assert trims.empty()  # once per hide


async def test_chart_setting_hides_it_and_skips_reading_history(
    start: Any, backend: FakeBackend, settings_store: SettingsStore
) -> None:
    backend.histories["Work"] = week([20, 50, 88])
    async with start() as app:
        await asyncio.wait_for(app.settle(), TIMEOUT)
        opened = next_emission(app.dialog_opened)
        task = app.open_settings()
        dialog = await asyncio.wait_for(opened, TIMEOUT)
        assert isinstance(dialog, SettingsDialog)
        assert dialog.show_checks["show_chart"].isChecked()  # on by default
        dialog.show_checks["show_chart"].setChecked(False)
        dialog.ok_button.click()
        await asyncio.wait_for(task, TIMEOUT)
        assert settings_store.load().show_chart is False
        assert app.model.cards(datetime.now(UTC))[0].chart is None
        backend.calls.clear()
        await app.refresh()
        await asyncio.wait_for(app.settle(), TIMEOUT)
        assert not any(call[0] == "usage_history" for call in backend.calls)

        app.apply_settings(dataclasses.replace(app.settings, show_chart=True))
        await asyncio.wait_for(app.settle(), TIMEOUT)  # turned on: read at once
        assert ("usage_history", ("Work",)) in backend.calls
        assert app.model.cards(datetime.now(UTC))[0].chart is not None


# -- import from claude-usage-core ----------------------------------------------------------


async def first_run(backend: FakeBackend, settings_store: SettingsStore) -> TrayApp:
    tray_app = TrayApp(
        backend,
        settings_store,
        notifier=RecordingNotifier(),
        tray_timeout=0,
        notify_memory=memory(),
    )
    await tray_app.start()
    return tray_app


async def test_first_run_offers_the_typescript_store_and_imports_in_one_click(
    settings_store: SettingsStore,
) -> None:
    backend = FakeBackend([])
    backend.legacy = ["Work", "Org"]
    app = await first_run(backend, settings_store)
    try:
        empty = app.popup.empty
        assert empty.import_button.isVisible()
        assert empty.import_button.text() == "Import 2 accounts from claude-usage-core"
        assert empty.import_button.isDefault()
        empty.import_button.click()
        await asyncio.wait_for(app.settle(), TIMEOUT)
        assert ("import_legacy", ()) in backend.calls
        assert [u.account_name for u in app.model.usages] == ["Work", "Org"]
        assert app.model.banner == "Imported 2 accounts from claude-usage-core: Work, Org."
        assert app.popup.banner.isVisible()
        assert [card.model.name for card in app.popup.cards] == ["Work", "Org"]
        assert not empty.isVisible()
    finally:
        await app.stop()


async def test_a_failed_import_says_why_and_keeps_the_offer(
    settings_store: SettingsStore,
) -> None:
    backend = FakeBackend([])
    backend.legacy = ["Work"]
    backend.fail_with = StorageError("The claude-usage-core store is damaged.")
    app = await first_run(backend, settings_store)
    try:
        app.popup.empty.import_button.click()
        await asyncio.wait_for(app.settle(), TIMEOUT)
        assert app.model.banner == "Could not import: The claude-usage-core store is damaged."
        assert app.popup.empty.import_button.isVisible()
    finally:
        await app.stop()


async def test_dismissed_offer_is_remembered_until_something_new_appears(
    settings_store: SettingsStore,
) -> None:
    backend = FakeBackend([])
    backend.legacy = ["Work", "Org"]
    app = await first_run(backend, settings_store)
    try:
        app.popup.empty.dismiss_import_button.click()
        assert not app.popup.empty.import_button.isVisible()
        assert app.popup.empty.sign_in_button.isDefault()
    finally:
        await app.stop()
    assert settings_store.load().legacy_import_dismissed == ("Org", "Work")
    assert ("import_legacy", ()) not in backend.calls

    again = await first_run(backend, settings_store)  # a restart: still dismissed
    try:
        assert not again.popup.empty.import_button.isVisible()
    finally:
        await again.stop()

    backend.legacy.append("Personal")  # the old library saved another account since
    third = await first_run(backend, settings_store)
    try:
        assert third.popup.empty.import_button.text() == "Import 3 accounts from claude-usage-core"
    finally:
        await third.stop()


async def test_add_account_dialog_offers_the_import(start: Any, backend: FakeBackend) -> None:
    backend.legacy = ["Work", "Home", "Org"]  # Work is saved already: two to import
    async with start() as app:
        opened = next_emission(app.dialog_opened)
        task = app.add_account()
        dialog = await asyncio.wait_for(opened, TIMEOUT)
        assert isinstance(dialog, AddAccountDialog)
        assert dialog.legacy_box.isVisible()
        assert dialog.import_button.text() == "Import 2 accounts from claude-usage-core"
        dialog.import_button.click()
        await asyncio.wait_for(task, TIMEOUT)
        assert [u.account_name for u in app.model.usages] == ["Work", "Home", "Org"]
        assert app.model.banner == "Imported 2 accounts from claude-usage-core: Home, Org."
        assert app.popup.isVisible()

        opened = next_emission(app.dialog_opened)
        task = app.add_account()
        dialog = await asyncio.wait_for(opened, TIMEOUT)
        assert not dialog.legacy_box.isVisible()  # nothing new: no offer
        dialog.reject()
        await asyncio.wait_for(task, TIMEOUT)


async def test_add_account_dialog_import_error_and_dismissal(
    start: Any, backend: FakeBackend, settings_store: SettingsStore
) -> None:
    backend.legacy = ["Home"]
    async with start() as app:
        opened = next_emission(app.dialog_opened)
        task = app.add_account()
        dialog = await asyncio.wait_for(opened, TIMEOUT)
        assert isinstance(dialog, AddAccountDialog)
        backend.fail_with = StorageError("written on another machine")
        dialog.import_button.click()
        await asyncio.wait_for(app.settle(), TIMEOUT)
        assert dialog.import_error.text() == "Could not import: written on another machine"
        assert dialog.isVisible()
        assert dialog.import_button.isEnabled()
        dialog.dismiss_import_button.click()
        assert not dialog.legacy_box.isVisible()
        dialog.reject()
        await asyncio.wait_for(task, TIMEOUT)
        assert settings_store.load().legacy_import_dismissed == ("Home",)


def test_no_tray_text_says_what_gnome_needs() -> None:
    gnome = no_tray_text("ubuntu:GNOME")
    assert "gnome-shell-extension-appindicator" in gnome
    assert "run Claude Usage again" in gnome
    other = no_tray_text("sway")
    assert "AppIndicator" not in other
    assert "StatusNotifierItem" in other


def test_a_missing_tray_is_worth_saying_only_on_a_desktop() -> None:
    assert tray_expected("wayland")
    assert tray_expected("xcb")
    assert not tray_expected("offscreen")


async def test_missing_tray_is_said_once_as_a_notice(
    backend: FakeBackend,
    settings_store: SettingsStore,
    notifier: RecordingNotifier,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "GNOME")
    async with running(backend, settings_store, notifier) as app:
        app.say_no_tray()
        (notice,) = [n for n in notifier.notices if n.title == NO_TRAY_TITLE]
        assert "AppIndicator" in notice.body


async def test_icon_click_toggles_the_popup_again_and_again(start: Any) -> None:
    """Open, close, open… however fast: a close the app chose arms no reopen guard."""
    async with start() as app:
        for _ in range(3):
            app.toggle_popup()
            assert app.popup.isVisible()
            app.toggle_popup()
            assert not app.popup.isVisible()


async def test_click_that_closed_the_popup_does_not_reopen_it(start: Any) -> None:
    """A Qt.Popup closes on the press that lands on the icon (or the popup loses focus to the
    panel), then the icon reports that same click: it must leave the popup closed."""
    async with start() as app:
        app.toggle_popup()
        app.popup.hide()  # as a click elsewhere closes it
        app.toggle_popup()
        assert not app.popup.isVisible()


async def test_escape_then_icon_click_reopens_at_once(qtbot: QtBot, start: Any) -> None:
    async with start() as app:
        app.toggle_popup()
        qtbot.keyClick(app.popup, Qt.Key.Key_Escape)  # type: ignore[no-untyped-call]
        assert not app.popup.isVisible()
        app.toggle_popup()
        assert app.popup.isVisible()


def test_dialogs_on_wayland_are_sized_by_their_content(qtbot: QtBot) -> None:
    """Minimum = maximum = what the content needs: sway floats such a window (a dialog)
    instead of tiling it over the screen."""
    dialog = RenameDialog("Work", ["Work"])
    qtbot.addWidget(dialog)
    size_to_content(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.minimumSize() == dialog.maximumSize() == dialog.size()


async def test_moving_an_account_keeps_the_users_order(
    start: Any, backend: FakeBackend, settings_store: SettingsStore, qtbot: QtBot
) -> None:
    async with start() as app:
        backend.usages = [oauth("Busy", 90), oauth("Calm", 10)]
        await app.refresh()
        app.show_popup()
        calm = app.popup.card("Calm")
        assert calm is not None
        assert [card.model.name for card in app.popup.cards] == ["Busy", "Calm"]
        qtbot.keyClick(calm, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # type: ignore[no-untyped-call]
        assert [card.model.name for card in app.popup.cards] == ["Calm", "Busy"]
        saved = settings_store.load()
        assert saved.keep_order is True
        assert saved.account_order == ("Calm", "Busy")
        backend.usages = [oauth("Busy", 99), oauth("Calm", 5)]
        await app.refresh()
        app.popup.hide()
        app.show_popup()
        assert [card.model.name for card in app.popup.cards] == ["Calm", "Busy"]  # kept


async def test_icon_style_and_appearance_apply_at_once(start: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from tray.settings import Appearance, IconStyle
    from tray.theme import DARK, current_theme

    async with start() as app:
        before = app.tray.icon().pixmap(32, 32).toImage()
        app.apply_settings(
            dataclasses.replace(app.settings, icon_style=IconStyle.BARS, appearance=Appearance.DARK)
        )
        try:
            after = app.tray.icon().pixmap(32, 32).toImage()
            assert after != before
            assert current_theme(QApplication.palette()) is DARK
            assert DARK.window in app.popup.styleSheet()
        finally:
            app.apply_settings(dataclasses.replace(app.settings, appearance=Appearance.SYSTEM))
        assert current_theme(QApplication.palette()) is not DARK

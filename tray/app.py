"""``TrayApp``: wires the icon, popup, dialogs, notifications and settings to a backend.

Everything asynchronous runs on the one qasync loop: the core scheduler's polls and the UI's
``@asyncSlot`` handlers call the :class:`~tray.backend.UsageBackend`, hand the snapshots to the
view-model, and the views follow. Modal dialogs are opened with ``open()`` and awaited, so no
nested event loop ever runs inside a coroutine.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ParamSpec, cast

from PySide6.QtCore import QObject, QPoint, QRect, Signal
from PySide6.QtGui import QAction, QCursor, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QSystemTrayIcon
from qasync import asyncSlot

from core import AccountUsage, ClaudeUsageError, Scheduler, redact_text

from .account_flows import AccountFlows
from .add_method import AddMethod
from .autostart import Autostart, NullAutostart
from .backend import UsageBackend
from .icon import render_icon, replace_tray_icon
from .local_feed import FeedSwitch
from .local_panel import LocalPanel
from .local_usage import LocalUsageFeed
from .memory import release_free_memory
from .modal import run_dialog
from .notifications import DESKTOP_ENTRY, Notifier, native_notifier
from .notify_memory import NotifyMemoryFile
from .notify_rules import Notice, NoticeKind, NotificationRules
from .popup import Popup
from .resources import APP_ICON, resource_path
from .settings import SettingsStore, TraySettings, WriteBackPolicy
from .shortcut import GlobalShortcut, ShortcutError, make_shortcut
from .theme import apply_appearance
from .viewmodel import APP_TITLE, IconState, UsageViewModel

__all__ = ["TrayApp", "run_dialog"]

log = logging.getLogger(__name__)

REOPEN_GUARD_SECONDS = 0.35  # a click on the icon first closes the popup: don't reopen it
TRAY_WAIT_SECONDS = 30.0


def _now() -> datetime:
    return datetime.now(UTC)


NO_TRAY_TITLE = "Claude Usage: no system tray"


def no_tray_text(desktop: str) -> str:
    """What to install when no tray (StatusNotifierItem host or XEmbed tray) is running."""
    if "GNOME" in desktop.upper().split(":"):
        need = (
            "GNOME shows tray icons only with the AppIndicator extension: install "
            "gnome-shell-extension-appindicator (or “AppIndicator and KStatusNotifierItem "
            "Support” from extensions.gnome.org), enable it, and log in again."
        )
    else:
        need = "Your desktop has no system tray: add a tray (StatusNotifierItem) to your panel."
    return f"{need}\nUntil then, run Claude Usage again to open its window."


def tray_expected(platform_name: str | None = None) -> bool:
    """A desktop session, where a missing tray is worth saying (not the headless platforms
    Qt offers for tests and servers, which never have one)."""
    name = QApplication.platformName() if platform_name is None else platform_name
    return name not in ("offscreen", "minimal", "minimalegl")


def _app_name(title: str) -> str:
    """The name notification servers show: the application's, as Qt knows it."""
    app = QApplication.instance()
    return app.applicationName() if app is not None and app.applicationName() else title


def notification_icon() -> str:
    """The themed icon name when the icon is installed (a package), else the bundled file."""
    return DESKTOP_ENTRY if QIcon.hasThemeIcon(DESKTOP_ENTRY) else str(resource_path(APP_ICON))


P = ParamSpec("P")


def ui_slot(
    function: Callable[P, Coroutine[Any, Any, None]],
) -> Callable[P, asyncio.Task[None]]:
    """qasync's ``@asyncSlot()`` with its type kept: a UI handler that runs as a task."""
    return cast(Callable[P, asyncio.Task[None]], asyncSlot()(function))


class TrayApp(QObject):
    """The running tray application."""

    dialog_opened = Signal(QDialog)  # for tests and accessibility tools: a dialog is up

    def __init__(
        self,
        backend: UsageBackend,
        settings_store: SettingsStore,
        *,
        autostart: Autostart | None = None,
        notifier: Notifier | None = None,
        title: str = APP_TITLE,
        scheduler_options: dict[str, Any] | None = None,
        tray_timeout: float = TRAY_WAIT_SECONDS,
        notify_memory: NotifyMemoryFile,
        feed_token_path: Path | None = None,
        tray_icon: QSystemTrayIcon | None = None,
    ) -> None:
        """``tray_icon``: one already shown by the start-up (``tray.__main__``), taken over."""
        super().__init__()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)  # closing a dialog must not end the tray
        self.backend = backend
        self.settings_store = settings_store
        self.autostart = autostart or NullAutostart()
        self.settings = self._load_settings()
        apply_appearance(self.settings.appearance)
        self.model = UsageViewModel(options=self.settings.view_options(), title=title)
        self.model.keep_order = self.settings.popup_order()
        self.rules = NotificationRules(self.settings.rules_config())
        self.notify_memory = notify_memory  # in the data folder the tray's main chose
        self.rules.restore(self.notify_memory.load(), _now())  # no repeats after a restart
        self.app_icon = QIcon(str(resource_path(APP_ICON)))
        # its tooltip (titled) follows the model
        self.tray = tray_icon if tray_icon is not None else QSystemTrayIcon()
        self.tray.setParent(self)
        self.notifier: Notifier = notifier or native_notifier(
            self.tray, _app_name(title), self.app_icon, notification_icon()
        )
        self.popup = Popup(self.model, self.app_icon)
        self.popup.visibility_changed.connect(self._popup_visibility)
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self._rebuild_menu)
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._activated)
        self.scheduler = Scheduler(
            self._fetch_all,
            self._on_snapshot,
            interval=self.settings.refresh_minutes * 60.0,
            **(scheduler_options or {}),
        )
        self.flows = AccountFlows(self)  # add, rename, remove, import
        # The local usage feed serves the snapshots shown; None: no data folder for it.
        self.feed = FeedSwitch(lambda: self.model.usages, feed_token_path)
        self.local_panel = LocalPanel()  # Claude Code's transcripts, in the popup's slot
        self.popup.sections.addWidget(self.local_panel)
        self.local_panel.resized.connect(self.popup.update_from_model)
        self.local_usage = LocalUsageFeed(backend.local_usage)
        self.local_usage.updated.connect(self.local_panel.set_figures)
        self._history_generation = 0
        self.tray_timeout = tray_timeout
        self._tasks: set[asyncio.Task[Any]] = set()
        self._quit = asyncio.Event()
        self._icon_state: IconState | None = None
        self.shortcut: GlobalShortcut | None = None  # made when one is set (see tray.shortcut)
        self._connect_popup()
        self.model.subscribe(self._model_changed)
        self._model_changed()

    # ------------------------------------------------------------ lifecycle

    def _load_settings(self) -> TraySettings:
        settings = self.settings_store.load()
        return dataclasses.replace(settings, launch_at_login=self.autostart.is_enabled())

    async def run(self) -> None:
        """Start, poll until Quit, then close the backend."""
        try:
            await self.start()
            await self._quit.wait()
        finally:
            await self.stop()

    async def start(self) -> None:
        found = await self.wait_for_tray(self.tray_timeout)
        if not found and not self._quit.is_set() and tray_expected():
            self.say_no_tray()
        self.tray.show()
        if self.tray.isVisible():
            log.info("tray icon shown")
        await self.backend.start()
        self.backend.set_write_back(self.settings.write_back is WriteBackPolicy.WRITE_BACK)
        await self.apply_feed()
        self.apply_shortcut()
        self.scheduler.start()
        if not await self.flows.names():
            self.model.set_has_accounts(False)
            found = await self.backend.claude_code_login_available()
            self.popup.empty.set_claude_code_found(found)
            self.flows.set_legacy_offer(await self.flows.find_legacy_offer())
            self.show_popup()

    async def stop(self) -> None:
        await self.scheduler.stop()
        await self.feed.stop()
        if self.shortcut is not None:
            self.shortcut.close()
        for task in list(self._tasks):
            task.cancel()
        self.popup.hide()
        self.tray.hide()
        await self.backend.close()
        self._dispose()

    def _dispose(self) -> None:
        """Delete the Qt objects while the loop still runs, not whenever Python's collector
        (possibly at interpreter exit) gets to them."""
        self.model.unsubscribe_all()
        self.menu.aboutToShow.disconnect()
        for widget in (self.popup, self.menu):
            widget.deleteLater()
        self.tray.deleteLater()

    def request_quit(self) -> None:
        self._quit.set()

    async def wait_for_tray(self, timeout: float = TRAY_WAIT_SECONDS) -> bool:
        """Panels start after login items: give the tray some time to appear."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not QSystemTrayIcon.isSystemTrayAvailable():
            if self._quit.is_set():
                return False
            if loop.time() >= deadline:
                log.warning("no system tray after %.0f s; showing the icon anyway", timeout)
                return False
            await asyncio.sleep(0.5)
        return True

    def say_no_tray(self) -> None:
        """Once per start, plainly: what the desktop lacks, and how to reach the app anyway."""
        text = no_tray_text(os.environ.get("XDG_CURRENT_DESKTOP", ""))
        log.warning("%s", text.replace("\n", " "))
        self.notifier.notify(Notice(NoticeKind.ATTENTION, "", None, NO_TRAY_TITLE, text))

    def spawn(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run a coroutine in the background, keeping it referenced and its errors logged."""
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    async def settle(self) -> None:
        """Wait until the background work started so far (and what it started) is done."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("background task failed", exc_info=task.exception())

    # ------------------------------------------------------------ refreshing

    async def _fetch_all(self, user_initiated: bool) -> list[AccountUsage]:
        """The scheduler's fetch: shows progress, and a banner if the whole fetch failed."""
        self.model.set_refreshing(True)
        try:
            return await self.backend.refresh(user_initiated=user_initiated)
        except ClaudeUsageError as exc:
            log.warning("refresh failed: %s", exc)
            self.model.set_banner(redact_text(str(exc)))
            raise
        finally:
            self.model.set_refreshing(False)

    def _on_snapshot(self, usages: list[AccountUsage]) -> None:
        now = _now()
        next_poll = now + timedelta(seconds=self.scheduler.current_interval)
        self.model.set_usages(usages, now, next_poll=next_poll)
        for notice in self.rules.evaluate(usages, now):
            self.notifier.notify(notice)
        self.notify_memory.save(self.rules.memory())
        self.spawn(self.load_histories())
        self.spawn(self.local_usage.refresh())

    async def load_histories(self) -> None:
        """Read the 7-day chart's series of every subscription account, once per refresh
        (painting only reads the view-model's copy)."""
        self._history_generation += 1
        generation = self._history_generation
        histories = {}
        for name in self.model.chart_accounts():
            try:
                histories[name] = await self.backend.usage_history(name)
            except ClaudeUsageError as exc:  # e.g. removed meanwhile: no chart, no fuss
                log.info("no usage history for %r: %s", name, exc)
        if generation == self._history_generation:  # a later load has newer data
            self.model.set_histories(histories)
            # The refresh is shown: what it freed in the C heap goes back to the system.
            release_free_memory()

    async def refresh(self, *, user_initiated: bool = False) -> None:
        """Fetch all accounts once, now (after adding/renaming; the scheduler does the rest)."""
        try:
            usages = await self._fetch_all(user_initiated)
        except ClaudeUsageError:
            return
        self._on_snapshot(usages)

    def refresh_now(self) -> None:
        """The Refresh button: a user-initiated poll through the scheduler."""
        self.scheduler.refresh_now()

    # ------------------------------------------------------------ icon, tooltip, menu

    def _model_changed(self) -> None:
        state = self.model.icon()
        if state != self._icon_state:  # painting a dozen renderings only when needed
            self._icon_state = state
            replace_tray_icon(self.tray, render_icon(state, style=self.settings.icon_style))
        self.tray.setToolTip(self.model.tooltip(_now()))

    def _rebuild_menu(self) -> None:
        """Show usage first; then one line per account, attention first, each opening the
        popup at that account ("Work — needs sign-in"); then the actions."""
        menu = self.menu
        menu.clear()
        show = menu.addAction(self.tr("Show usage"))
        show.triggered.connect(lambda: self.show_popup())
        menu.setDefaultAction(show)
        menu.addSeparator()
        for line in self.model.menu_lines(_now()):
            entry = QAction(line.text, menu)
            entry.setToolTip(self.tr("Open the popup at this account"))
            entry.triggered.connect(lambda _=False, name=line.name: self.show_popup(account=name))
            menu.addAction(entry)
        if self.model.usages:
            menu.addSeparator()
        refresh = menu.addAction(self.tr("Refresh now"))
        refresh.setEnabled(not self.model.refreshing)
        refresh.triggered.connect(self.refresh_now)
        menu.addAction(self.tr("Add account…")).triggered.connect(lambda: self.add_account())
        menu.addAction(self.tr("Settings…")).triggered.connect(lambda: self.open_settings())
        menu.addSeparator()
        menu.addAction(self.tr("Quit")).triggered.connect(self.request_quit)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.toggle_popup()

    # ------------------------------------------------------------ popup

    def _connect_popup(self) -> None:
        popup = self.popup
        popup.refresh_requested.connect(self.refresh_now)
        popup.add_requested.connect(lambda: self.add_account())
        popup.settings_requested.connect(lambda: self.open_settings())
        popup.quit_requested.connect(self.request_quit)
        popup.rename_requested.connect(lambda name: self.rename_account(name))
        popup.remove_requested.connect(lambda name: self.remove_account(name))
        popup.sign_in_again_requested.connect(
            lambda name: self.add_account(AddMethod.SIGN_IN, name=name)
        )
        popup.link_requested.connect(lambda: self.add_account(AddMethod.LINK))
        popup.sign_in_requested.connect(lambda: self.add_account(AddMethod.SIGN_IN))
        popup.admin_requested.connect(lambda: self.add_account(AddMethod.ADMIN))
        popup.paste_requested.connect(lambda: self.add_account(AddMethod.PASTE))
        popup.import_requested.connect(lambda: self.import_legacy())
        popup.import_dismissed.connect(self.dismiss_legacy)
        popup.order_changed.connect(self.keep_order)

    def _popup_visibility(self, visible: bool) -> None:
        self.scheduler.set_watching(visible)
        if not visible:
            # Hiding frees the popup's painting buffers, which nothing reuses until it is
            # shown again: once the hide's work is done, the C heap's free pages go back.
            asyncio.get_running_loop().call_soon(release_free_memory)

    def toggle_popup(self) -> None:
        """A click on the icon: open the popup, or close it when it is open.

        A ``Qt.Popup`` (X11, Windows, macOS) closes itself on the mouse press that lands on
        the icon, before the icon reports the click; on Wayland some panels take the focus
        first, which closes the popup too. A click right after such a close is that same
        click, and must not reopen it.
        """
        if self.popup.isVisible():
            self.popup.dismiss()
            return
        hidden = self.popup.last_hidden_at
        if hidden is not None and (_now() - hidden).total_seconds() < REOPEN_GUARD_SECONDS:
            return
        self.show_popup()

    def show_popup(self, activation_token: str = "", *, account: str | None = None) -> None:
        """Show the popup next to the icon (also used when a second start asks for it, with
        the Wayland activation token its launcher gave it: Qt's Wayland plugin presents it
        with the window's activation request, so the compositor lets the popup take focus).
        ``account``: open at that account's row, its details shown (from the tray menu)."""
        if activation_token and not self.popup.grabbing:  # Wayland only: X11 ignores it
            os.environ["XDG_ACTIVATION_TOKEN"] = activation_token
        anchor: QRect = self.tray.geometry()
        cursor: QPoint | None = QCursor.pos() if anchor.isEmpty() else None
        self.popup.show_at(anchor, cursor, account=account)

    def keep_order(self, names: list[str]) -> None:
        """The user moved an account (drag, Alt+↑/↓): keep their order from now on."""
        self.apply_settings(
            dataclasses.replace(self.settings, keep_order=True, account_order=tuple(names))
        )

    # ------------------------------------------------------------ accounts (tray.account_flows)

    @ui_slot
    async def add_account(
        self, method: AddMethod | None = None, *, name: str | None = None
    ) -> None:
        await self.flows.add_account(method, name=name)

    @ui_slot
    async def rename_account(self, name: str) -> None:
        await self.flows.rename_account(name)

    @ui_slot
    async def remove_account(self, name: str) -> None:
        await self.flows.remove_account(name)

    @ui_slot
    async def import_legacy(self) -> None:
        """The first-run popup's one click: import, then show the accounts and the result."""
        await self.flows.import_legacy()

    def dismiss_legacy(self) -> None:
        self.flows.dismiss_legacy()

    def dialog_shown(self, dialog: QDialog) -> None:
        self.dialog_opened.emit(dialog)

    # ------------------------------------------------------------ settings

    @ui_slot
    async def open_settings(self) -> None:
        from .dialogs.settings_dialog import SettingsDialog  # loaded when first opened

        was_open = self.popup.isVisible()
        self.popup.hide()
        supported = not isinstance(self.autostart, NullAutostart)
        dialog = SettingsDialog(
            self.settings,
            autostart_supported=supported,
            autostart_reason=getattr(self.autostart, "reason", ""),
            feed_token_path=self.feed.token_path,
        )
        dialog.setWindowIcon(self.app_icon)
        accepted = await run_dialog(dialog, self.dialog_shown) == QDialog.DialogCode.Accepted
        edited = dialog.settings()
        dialog.deleteLater()
        if accepted:
            self.apply_settings(edited)
        if was_open:
            self.show_popup()  # back where the user came from

    def apply_settings(self, settings: TraySettings) -> None:
        """Save and put into effect: poll interval, view options, rules, autostart,
        write-back, the local feed."""
        previous, self.settings = self.settings, settings
        self.settings_store.save(settings)
        if settings.launch_at_login != previous.launch_at_login:
            try:
                self.autostart.set_enabled(settings.launch_at_login)
            except OSError as exc:
                self.model.set_banner(f"Could not change launch at login: {exc}")
        self.backend.set_write_back(settings.write_back is WriteBackPolicy.WRITE_BACK)
        self.rules.config = settings.rules_config()
        self.scheduler.set_interval(settings.refresh_minutes * 60.0)
        if settings.appearance != previous.appearance:
            apply_appearance(settings.appearance)
            self.popup.retheme()
        if settings.icon_style != previous.icon_style:
            self._icon_state = None  # repaint in the new style
        self.model.keep_order = settings.popup_order()
        self.model.set_options(settings.view_options())
        if settings.show_chart and not previous.show_chart:
            self.spawn(self.load_histories())
        if settings.global_shortcut != previous.global_shortcut:
            self.apply_shortcut()
        if (settings.local_feed, settings.local_feed_port) != (
            previous.local_feed,
            previous.local_feed_port,
        ):
            self.spawn(self.apply_feed())

    def apply_shortcut(self) -> None:
        """Take the global shortcut of the settings (or release it); a problem goes to the
        banner (another app holds the keys; this desktop allows none)."""
        sequence = self.settings.global_shortcut
        if self.shortcut is None:
            if not sequence:
                return
            self.shortcut = make_shortcut()
            self.shortcut.activated.connect(self.toggle_popup)
        try:
            self.shortcut.set_sequence(sequence)
        except ShortcutError as exc:
            text = self.tr("The shortcut {keys} does not work here: {problem}")
            self.model.set_banner(text.format(keys=sequence, problem=str(exc)))

    async def apply_feed(self) -> None:
        """Start, move or stop the local usage feed as the settings say."""
        problem = await self.feed.apply(self.settings.local_feed, self.settings.local_feed_port)
        if problem is not None:
            self.model.set_banner(problem)

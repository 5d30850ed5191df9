"""Showing notices: the :class:`Notifier` interface, the native ones, and a recording fake.

The rules deciding *when* to notify live in ``notify_rules`` (pure Python); this module only
delivers. ``QSystemTrayIcon.showMessage`` maps to the platform's own notifications (Notification
Center, Windows toasts, a balloon by an XEmbed tray icon). On Linux the freedesktop notification
daemon is called directly (:class:`FreedesktopNotifier`): Qt's StatusNotifierItem path sends a
generic ``dialog-information`` icon (or, given the app's icon, none at all), no desktop entry, and
turns the tray icon into its "needs attention" state for as long as the message shows.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from .notify_rules import Notice

__all__ = [
    "DESKTOP_ENTRY",
    "FreedesktopNotifier",
    "Notifier",
    "RecordingNotifier",
    "TrayNotifier",
    "native_notifier",
    "notify_arguments",
]

log = logging.getLogger(__name__)

DISPLAY_MS = 10_000
DESKTOP_ENTRY = "claude-usage-tray"  # resources/claude-usage-tray.desktop, without ".desktop"
URGENCY_NORMAL, URGENCY_CRITICAL = 1, 2
NOTIFY_SIGNATURE = "susssasa{sv}i"
CALL_TIMEOUT = 5.0


class Notifier(Protocol):
    def notify(self, notice: Notice) -> None: ...


class TrayNotifier:
    """Native notifications through the tray icon (macOS, Windows, X11 without a daemon)."""

    def __init__(self, tray: QSystemTrayIcon, icon: QIcon | None = None) -> None:
        self._tray = tray
        self._icon = icon

    def notify(self, notice: Notice) -> None:
        if not QSystemTrayIcon.supportsMessages():
            return
        if notice.critical:
            warning = QSystemTrayIcon.MessageIcon.Warning
            self._tray.showMessage(notice.title, notice.body, warning, DISPLAY_MS)
        elif self._icon is not None and not self._icon.isNull():
            self._tray.showMessage(notice.title, notice.body, self._icon, DISPLAY_MS)
        else:
            information = QSystemTrayIcon.MessageIcon.Information
            self._tray.showMessage(notice.title, notice.body, information, DISPLAY_MS)


def notify_arguments(notice: Notice, app_name: str, app_icon: str) -> tuple[Any, ...]:
    """The arguments of ``org.freedesktop.Notifications.Notify`` for ``notice``: the app's name
    and icon, and the ``desktop-entry`` hint by which servers find the app's own settings."""
    hints = {
        "desktop-entry": ("s", DESKTOP_ENTRY),
        "urgency": ("y", URGENCY_CRITICAL if notice.critical else URGENCY_NORMAL),
    }
    return (app_name, 0, app_icon, notice.title, notice.body, [], hints, DISPLAY_MS)


class FreedesktopNotifier:
    """``org.freedesktop.Notifications.Notify`` on the session bus, with the app's icon.

    The call runs on a worker thread (D-Bus is a socket round trip the UI need not wait for);
    when no notification daemon answers, ``fallback`` shows the notice instead.
    """

    def __init__(
        self,
        app_name: str,
        app_icon: str,
        fallback: Notifier,
        call: Callable[[tuple[Any, ...]], None] | None = None,
    ) -> None:
        self.app_name = app_name
        self.app_icon = app_icon
        self.fallback = fallback
        self._call = call or _call_notify
        self._pending: set[asyncio.Future[None]] = set()

    def notify(self, notice: Notice) -> None:
        arguments = notify_arguments(notice, self.app_name, self.app_icon)
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(None, self._call, arguments)
        self._pending.add(future)
        future.add_done_callback(lambda done: self._delivered(done, notice))

    def _delivered(self, future: asyncio.Future[None], notice: Notice) -> None:
        self._pending.discard(future)
        if future.cancelled():
            return
        error = future.exception()
        if error is not None:
            log.info("no notification daemon (%s); showing the notice through the tray", error)
            self.fallback.notify(notice)

    async def settle(self) -> None:
        """Wait for the calls under way (tests; and the app before quitting)."""
        if self._pending:
            await asyncio.gather(*list(self._pending), return_exceptions=True)


def _call_notify(arguments: tuple[Any, ...]) -> None:
    """One blocking ``Notify`` call; raises when the bus or the daemon is missing."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection
    from jeepney.wrappers import unwrap_msg

    address = DBusAddress(
        "/org/freedesktop/Notifications",
        bus_name="org.freedesktop.Notifications",
        interface="org.freedesktop.Notifications",
    )
    message = new_method_call(address, "Notify", NOTIFY_SIGNATURE, arguments)
    with open_dbus_connection(bus="SESSION") as connection:
        unwrap_msg(connection.send_and_get_reply(message, timeout=CALL_TIMEOUT))


def native_notifier(
    tray: QSystemTrayIcon, app_name: str, icon: QIcon, icon_path: str, platform: str = sys.platform
) -> Notifier:
    """The freedesktop daemon on Linux/BSD (falling back to the tray), the tray elsewhere."""
    through_tray = TrayNotifier(tray, icon)
    if platform in ("darwin", "win32", "cygwin"):
        return through_tray
    return FreedesktopNotifier(app_name, icon_path, fallback=through_tray)


@dataclass
class RecordingNotifier:
    """Keeps every notice, for tests and for the demo's log."""

    notices: list[Notice] = field(default_factory=list)

    def notify(self, notice: Notice) -> None:
        self.notices.append(notice)

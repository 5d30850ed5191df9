"""Notices reach the freedesktop notification daemon with the app's name and icon."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from tests.conftest import require_or_skip
from tests.fakes.notification_daemon import FakeNotificationDaemon
from tray.notifications import (
    DESKTOP_ENTRY,
    FreedesktopNotifier,
    RecordingNotifier,
    TrayNotifier,
    _call_notify,
    native_notifier,
    notify_arguments,
)
from tray.notify_rules import Notice, NoticeKind
from tray.resources import APP_ICON, resource_path

NEAR = Notice(NoticeKind.THRESHOLD, "Work", "five_hour", "Work: session at 88 %", "Used 88 %")
CRITICAL = Notice(NoticeKind.THRESHOLD, "Work", "five_hour", "Work: 97 %", "Nearly out", True)


def test_notify_arguments_carry_the_app_name_icon_and_desktop_entry() -> None:
    name, replaces, icon, title, body, actions, hints, timeout = notify_arguments(
        NEAR, "Claude Usage", "/opt/app/claude-usage-tray.svg"
    )
    assert (name, replaces, icon) == ("Claude Usage", 0, "/opt/app/claude-usage-tray.svg")
    assert (title, body, actions) == (NEAR.title, NEAR.body, [])
    assert hints == {"desktop-entry": ("s", "claude-usage-tray"), "urgency": ("y", 1)}
    assert timeout == 10_000
    assert notify_arguments(CRITICAL, "Claude Usage", "x")[6]["urgency"] == ("y", 2)


@pytest.fixture
def session_bus() -> None:
    require_or_skip(
        bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS")),
        "no session bus; run through tools/with-test-session (make test)",
    )


@pytest.mark.usefixtures("session_bus")
async def test_notice_reaches_the_daemon_over_the_session_bus() -> None:
    fallback = RecordingNotifier()
    notifier = FreedesktopNotifier("Claude Usage", "/icons/app.svg", fallback)
    with FakeNotificationDaemon() as daemon:
        notifier.notify(NEAR)
        await notifier.settle()
        (call,) = daemon.wait(1)
    name, replaces, icon, title, body, actions, hints, timeout = call
    assert (name, replaces, icon, title, body) == (
        "Claude Usage",
        0,
        "/icons/app.svg",
        NEAR.title,
        NEAR.body,
    )
    assert hints["desktop-entry"] == ("s", DESKTOP_ENTRY)
    assert hints["urgency"] == ("y", 1)
    assert (actions, timeout) == ([], 10_000)
    assert fallback.notices == []


async def test_without_a_bus_the_fallback_shows_the_notice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    fallback = RecordingNotifier()
    notifier = FreedesktopNotifier("Claude Usage", "icon", fallback)
    notifier.notify(NEAR)
    await notifier.settle()
    assert fallback.notices == [NEAR]


def test_native_notifier_per_platform(qapp: object) -> None:
    tray = QSystemTrayIcon()
    icon = QIcon()
    assert isinstance(native_notifier(tray, "A", icon, "i", platform="linux"), FreedesktopNotifier)
    assert isinstance(native_notifier(tray, "A", icon, "i", platform="darwin"), TrayNotifier)
    assert isinstance(native_notifier(tray, "A", icon, "i", platform="win32"), TrayNotifier)


@pytest.mark.usefixtures("session_bus")
def test_the_blocking_call_delivers_to_the_daemon() -> None:
    """The worker thread's call itself (run here, in the test's thread)."""
    arguments = notify_arguments(CRITICAL, "Claude Usage", "claude-usage-tray")
    with FakeNotificationDaemon() as daemon:
        _call_notify(arguments)
        (call,) = daemon.wait(1)
    assert call == arguments


async def test_a_call_cancelled_on_the_way_shows_no_fallback() -> None:
    """Quitting cancels the calls under way: no notice pops up through the tray then."""
    release = threading.Event()
    fallback = RecordingNotifier()

    def slow_call(_arguments: tuple[object, ...]) -> None:
        release.wait(10)
        raise ConnectionError("daemon gone")

    notifier = FreedesktopNotifier("Claude Usage", "icon", fallback, call=slow_call)
    notifier.notify(NEAR)
    for future in list(notifier._pending):
        future.cancel()
    release.set()
    await notifier.settle()
    assert fallback.notices == []


class RecordingTray(QSystemTrayIcon):
    """A tray icon that keeps what it was asked to show instead of showing it."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[object, ...]] = []

    def showMessage(self, *arguments: object) -> None:
        self.messages.append(arguments)


@pytest.fixture
def messages_supported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))


@pytest.mark.usefixtures("qapp", "messages_supported")
def test_tray_notices_use_the_app_icon_and_a_warning_when_critical() -> None:
    tray = RecordingTray()
    app_icon = QIcon(str(resource_path(APP_ICON)))
    TrayNotifier(tray, app_icon).notify(NEAR)
    TrayNotifier(tray, app_icon).notify(CRITICAL)
    TrayNotifier(tray).notify(NEAR)
    (title, body, icon, shown_ms), critical, plain = tray.messages
    assert (title, body, shown_ms) == (NEAR.title, NEAR.body, 10_000)
    assert isinstance(icon, QIcon)
    assert not icon.isNull()
    assert critical[2] == QSystemTrayIcon.MessageIcon.Warning
    assert plain[2] == QSystemTrayIcon.MessageIcon.Information


@pytest.mark.usefixtures("qapp")
def test_a_tray_that_cannot_show_messages_shows_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: False))
    tray = RecordingTray()
    TrayNotifier(tray).notify(CRITICAL)
    assert tray.messages == []

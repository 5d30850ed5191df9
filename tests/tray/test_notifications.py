"""Notices reach the freedesktop notification daemon with the app's name and icon."""

from __future__ import annotations

import os
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
    native_notifier,
    notify_arguments,
)
from tray.notify_rules import Notice, NoticeKind

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

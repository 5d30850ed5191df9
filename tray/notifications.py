"""Showing notices: the :class:`Notifier` interface, the native one, and a recording fake.

The rules deciding *when* to notify live in ``notify_rules`` (pure Python); this module only
delivers. ``QSystemTrayIcon.showMessage`` maps to the platform's own notifications
(Notification Center, the freedesktop notification daemon, Windows toasts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtWidgets import QSystemTrayIcon

from .notify_rules import Notice

__all__ = ["Notifier", "RecordingNotifier", "TrayNotifier"]

DISPLAY_MS = 10_000


class Notifier(Protocol):
    def notify(self, notice: Notice) -> None: ...


class TrayNotifier:
    """Native notifications through the tray icon."""

    def __init__(self, tray: QSystemTrayIcon) -> None:
        self._tray = tray

    def notify(self, notice: Notice) -> None:
        if not QSystemTrayIcon.supportsMessages():
            return
        icon = (
            QSystemTrayIcon.MessageIcon.Warning
            if notice.critical
            else QSystemTrayIcon.MessageIcon.Information
        )
        self._tray.showMessage(notice.title, notice.body, icon, DISPLAY_MS)


@dataclass
class RecordingNotifier:
    """Keeps every notice, for tests and for the demo's log."""

    notices: list[Notice] = field(default_factory=list)

    def notify(self, notice: Notice) -> None:
        self.notices.append(notice)

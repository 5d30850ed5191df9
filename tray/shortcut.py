"""A global shortcut that opens the popup from anywhere, where the desktop allows one.

Qt has no global hotkey API. What each platform offers:

- **X11**: an application may grab a key combination on the root window (``XGrabKey``);
  :class:`X11Shortcut` does that through python-xlib and reads the key presses from its own
  connection, watched by a ``QSocketNotifier`` on Qt's event loop. Another application that
  holds the same combination makes the grab fail: that is said, not hidden.
- **Wayland**: a client cannot listen for keys outside its windows. The XDG
  GlobalShortcuts portal exists on some desktops (KDE, recent GNOME) but not on wlroots
  compositors such as sway; everywhere, the desktop's own keyboard settings can run
  ``claude-usage-tray``, and a second start opens the running app's popup.
- **Windows, macOS**: not built in this version; the same advice applies.

:func:`shortcut_support` says which case applies, in words for the settings dialog.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence

from .desktop import x11_display_name

__all__ = [
    "GlobalShortcut",
    "NullShortcut",
    "ShortcutError",
    "X11Shortcut",
    "make_shortcut",
    "shortcut_support",
]

log = logging.getLogger(__name__)


class ShortcutError(Exception):
    """The combination could not be taken (unknown key, or another app holds it)."""


def shortcut_support(platform_name: str | None = None) -> str | None:
    """None where this app can take a global shortcut; else what to do instead."""
    name = QGuiApplication.platformName() if platform_name is None else platform_name
    if name.startswith("xcb"):
        return None
    if name.startswith("wayland"):
        return QCoreApplication.translate(
            "Shortcut",
            "Wayland does not let applications listen for keys. Bind a shortcut to the "
            "command claude-usage-tray in your desktop's keyboard settings instead: "
            "starting it again opens this popup.",
        )
    return QCoreApplication.translate(
        "Shortcut",
        "Not available on this system yet. Bind a shortcut to claude-usage-tray in the "
        "system's keyboard settings instead: starting it again opens this popup.",
    )


class GlobalShortcut(QObject):
    """One key combination, anywhere on the desktop; :attr:`activated` when pressed."""

    activated = Signal()

    def set_sequence(self, sequence: str) -> None:
        """Take ``sequence`` (``"Ctrl+Alt+U"``; ``""`` releases); ShortcutError if not."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the combination."""


class NullShortcut(GlobalShortcut):
    """Where no global shortcut can be had: setting one is an error that says why."""

    def set_sequence(self, sequence: str) -> None:
        if sequence:
            raise ShortcutError(shortcut_support() or "")


# ---------------------------------------------------------------- X11


def _x11_key(sequence: str) -> tuple[str, list[str]]:
    """``"Ctrl+Alt+U"`` → (``"u"``, ``["Ctrl", "Alt"]``): the key's X keysym name and the
    modifiers, from Qt's portable text of the sequence."""
    keys = QKeySequence(sequence)
    if keys.isEmpty() or keys.count() != 1:
        raise ShortcutError(QCoreApplication.translate("Shortcut", "Not one key combination"))
    parts = keys.toString(QKeySequence.SequenceFormat.PortableText).split("+")
    key, modifiers = parts[-1] or "+", parts[:-1]
    if not modifiers:
        raise ShortcutError(
            QCoreApplication.translate("Shortcut", "Use at least one of Ctrl, Alt, Shift, Meta")
        )
    return (key.lower() if len(key) == 1 else _KEY_NAMES.get(key, key)), modifiers


_KEY_NAMES = {"Space": "space", "Esc": "Escape", "Ins": "Insert", "Del": "Delete"}


class X11Shortcut(GlobalShortcut):
    """A passive key grab on the X root window (python-xlib), read on Qt's event loop."""

    def __init__(self, display_name: str) -> None:
        super().__init__()
        from Xlib import display as xdisplay

        self._display: Any = xdisplay.Display(display_name)
        self._root = self._display.screen().root
        self._grabbed: list[tuple[int, int]] = []
        self._notifier = QSocketNotifier(self._display.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def set_sequence(self, sequence: str) -> None:
        self._release()
        if not sequence:
            return
        from Xlib import XK, X, error

        name, modifiers = _x11_key(sequence)
        keysym = XK.string_to_keysym(name)
        keycode = self._display.keysym_to_keycode(keysym) if keysym else 0
        if not keycode:
            raise ShortcutError(
                QCoreApplication.translate("Shortcut", "Unknown key: {key}").format(key=name)
            )
        masks = {"Ctrl": X.ControlMask, "Shift": X.ShiftMask, "Alt": X.Mod1Mask, "Meta": X.Mod4Mask}
        mask = 0
        for modifier in modifiers:
            mask |= masks.get(modifier, 0)
        catch = error.CatchError(error.BadAccess)
        # The same combination with Num Lock and Caps Lock on: the grab must not depend on them.
        for extra in (0, X.Mod2Mask, X.LockMask, X.Mod2Mask | X.LockMask):
            self._root.grab_key(
                keycode, mask | extra, True, X.GrabModeAsync, X.GrabModeAsync, onerror=catch
            )
            self._grabbed.append((keycode, mask | extra))
        self._display.sync()
        if catch.get_error() is not None:
            self._release()
            raise ShortcutError(
                QCoreApplication.translate(
                    "Shortcut", "{sequence} is already taken by another application"
                ).format(sequence=sequence)
            )

    def _release(self) -> None:
        for keycode, mask in self._grabbed:
            self._root.ungrab_key(keycode, mask)
        self._grabbed.clear()
        self._display.sync()

    def _read(self) -> None:
        from Xlib import X

        while self._display.pending_events():
            event = self._display.next_event()
            if event.type == X.KeyPress:
                self.activated.emit()

    def close(self) -> None:
        self._notifier.setEnabled(False)
        self._release()
        self._display.close()


def make_shortcut() -> GlobalShortcut:
    """The platform's global shortcut, or a :class:`NullShortcut` that says why not."""
    display_name = x11_display_name()
    if display_name is not None and sys.platform.startswith("linux"):
        try:
            return X11Shortcut(display_name)
        except Exception as exc:  # no python-xlib, or the X server refused the connection
            log.warning("no global shortcut on X11: %s", exc)
    return NullShortcut()

"""What the desktop session can do, asked once: whether windows are composited (rounded,
translucent corners need it) — on X11 through python-xlib, imported only there."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QGuiApplication

__all__ = ["has_compositor", "x11_display_name"]

log = logging.getLogger(__name__)

_ALWAYS_COMPOSITED = ("wayland", "windows", "cocoa", "offscreen")


def x11_display_name() -> str | None:
    """The X display the application is on (None when not on X11)."""
    import os

    if not QGuiApplication.platformName().startswith("xcb"):
        return None
    return os.environ.get("DISPLAY")


@cache
def has_compositor() -> bool:
    """Whether translucent windows show what is behind them: always on Wayland, Windows and
    macOS; on X11 only while a compositing manager owns the ``_NET_WM_CM_S0`` selection (a
    bare X server, or a window manager without one, shows black where a window is clear)."""
    name = QGuiApplication.platformName()
    if name.startswith(_ALWAYS_COMPOSITED):
        return True
    display_name = x11_display_name()
    if display_name is None:
        return False
    try:
        from Xlib import display as xdisplay

        connection = xdisplay.Display(display_name)
    except Exception as exc:  # no python-xlib, or the display refuses a second client
        log.info("cannot ask the X server about a compositor: %s", exc)
        return False
    try:
        screen = connection.get_default_screen()
        atom = connection.intern_atom(f"_NET_WM_CM_S{screen}")
        return bool(connection.get_selection_owner(atom))
    finally:
        connection.close()

"""What the desktop session can do, asked once: whether windows are composited (rounded,
translucent corners need it) — on X11 through libX11, which Qt's X11 plugin has loaded
already. (python-xlib would answer too, but it loads 39 modules and holds about 4 MB for
the rest of the day for this one question; it stays for the global shortcut.)"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QGuiApplication

__all__ = ["has_compositor", "x11_compositor_running", "x11_display_name"]

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
    return x11_compositor_running(display_name)


def x11_compositor_running(display_name: str) -> bool:
    """Whether a compositing manager owns ``_NET_WM_CM_S<screen>`` on that X display: four
    libX11 calls on a connection of our own (False when the library or display is not
    there to ask)."""
    import ctypes

    try:
        libx11 = ctypes.CDLL("libX11.so.6")
    except OSError as exc:
        log.info("cannot ask the X server about a compositor: %s", exc)
        return False
    libx11.XOpenDisplay.restype = ctypes.c_void_p
    libx11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    libx11.XDefaultScreen.argtypes = [ctypes.c_void_p]
    libx11.XInternAtom.restype = ctypes.c_ulong
    libx11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    libx11.XGetSelectionOwner.restype = ctypes.c_ulong
    libx11.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    libx11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = libx11.XOpenDisplay(display_name.encode())
    if not connection:  # the display refuses a second client
        log.info("cannot ask the X server %s about a compositor", display_name)
        return False
    try:
        selection = f"_NET_WM_CM_S{libx11.XDefaultScreen(connection)}".encode()
        atom = libx11.XInternAtom(connection, selection, 0)
        return bool(libx11.XGetSelectionOwner(connection, atom))
    finally:
        libx11.XCloseDisplay(connection)

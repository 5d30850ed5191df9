"""The global shortcut: a real key grab on a real X server (Xvfb), pressed through XTEST
from another client, as a keyboard would; and plain words where no grab is possible."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tray.shortcut import NullShortcut, ShortcutError, X11Shortcut, shortcut_support


def press(display_name: str, *keys: str) -> None:
    """Press ``keys`` together and release them, through XTEST (another X client)."""
    from Xlib import XK, X, display
    from Xlib.ext import xtest

    connection = display.Display(display_name)
    codes = [connection.keysym_to_keycode(XK.string_to_keysym(key)) for key in keys]
    for code in codes:
        xtest.fake_input(connection, X.KeyPress, code)
    for code in reversed(codes):
        xtest.fake_input(connection, X.KeyRelease, code)
    connection.sync()
    connection.close()


def test_the_combination_is_heard_anywhere(qtbot: QtBot, x_server: str) -> None:
    shortcut = X11Shortcut(x_server)
    try:
        shortcut.set_sequence("Ctrl+Alt+U")
        with qtbot.waitSignal(shortcut.activated, timeout=5000):
            press(x_server, "Control_L", "Alt_L", "u")
    finally:
        shortcut.close()


def test_a_combination_another_application_holds_is_refused_plainly(x_server: str) -> None:
    first, second = X11Shortcut(x_server), X11Shortcut(x_server)
    try:
        first.set_sequence("Ctrl+Alt+U")
        with pytest.raises(ShortcutError, match="already taken by another application"):
            second.set_sequence("Ctrl+Alt+U")
        first.set_sequence("")  # released: now the other can have it
        second.set_sequence("Ctrl+Alt+U")
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize(
    ("sequence", "problem"), [("U", "at least one of"), ("Ctrl+Alt+U, X", "Not one")]
)
def test_bad_combinations_are_refused(x_server: str, sequence: str, problem: str) -> None:
    shortcut = X11Shortcut(x_server)
    try:
        with pytest.raises(ShortcutError, match=problem):
            shortcut.set_sequence(sequence)
    finally:
        shortcut.close()


def test_where_there_is_no_grab_the_settings_say_what_to_do() -> None:
    assert shortcut_support("xcb") is None
    wayland = shortcut_support("wayland")
    assert wayland is not None
    assert "claude-usage-tray" in wayland
    assert "keyboard settings" in wayland
    with pytest.raises(ShortcutError, match="claude-usage-tray"):
        NullShortcut().set_sequence("Ctrl+Alt+U")
    NullShortcut().set_sequence("")  # nothing asked: nothing to refuse

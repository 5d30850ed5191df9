"""Whether windows are composited, asked of a real X server (Xvfb): a compositing manager
owns the ``_NET_WM_CM_S0`` selection, here taken by another client as one would."""

from __future__ import annotations

import subprocess
import sys

from tray.desktop import x11_compositor_running

_HOLD_SELECTION = """
import sys
from Xlib import X, display
connection = display.Display(sys.argv[1])
window = connection.screen().root.create_window(0, 0, 1, 1, 0, X.CopyFromParent)
window.set_selection_owner(connection.intern_atom("_NET_WM_CM_S0"), X.CurrentTime)
connection.sync()
print("owned", flush=True)
sys.stdin.read()  # until the test closes our stdin: then the selection goes with us
"""


def test_a_bare_x_server_has_no_compositor(x_server: str) -> None:
    assert x11_compositor_running(x_server) is False


def test_a_compositing_manager_is_seen_while_it_runs(x_server: str) -> None:
    manager = subprocess.Popen(
        [sys.executable, "-c", _HOLD_SELECTION, x_server],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert manager.stdout is not None
        assert manager.stdout.readline().strip() == "owned"
        assert x11_compositor_running(x_server) is True
    finally:
        assert manager.stdin is not None
        manager.stdin.close()
        manager.wait(timeout=10)
    assert x11_compositor_running(x_server) is False


def test_a_display_that_is_not_there_has_no_compositor() -> None:
    assert x11_compositor_running(":4321") is False

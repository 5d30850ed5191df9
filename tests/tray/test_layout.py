"""No clipping at 1× and 2×, light and dark: the popup (rows, opened details, first run)
and every dialog are rendered in a fresh process per case — the scale and the appearance
apply from the start, as for a user — on a 1280 × 800 (logical) screen, and any label that
is elided or cut, any button narrower than its text, any widget outside its window fails."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import REPO_ROOT
from tests.tray.layout_check import problems


def screen_config(tmp_path: Path, scale: int) -> Path:
    """Qt's offscreen platform with one 1280 × 800 screen in logical pixels."""
    screen = {"name": "s", "x": 0, "y": 0, "width": 1280 * scale, "height": 800 * scale}
    path = tmp_path / "screens.json"
    path.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "logicalBaseDpi": 96}]}))
    return path


@pytest.mark.parametrize("appearance", ["light", "dark"])
@pytest.mark.parametrize("scale", [1, 2])
def test_nothing_is_clipped(tmp_path: Path, scale: int, appearance: str) -> None:
    env = {
        # Off the test session's D-Bus: a Qt app joining it made this process's
        # accessibility bridge act on the objects earlier tests had deleted (a crash).
        **{k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "AT_SPI"))},
        "DBUS_SESSION_BUS_ADDRESS": "disabled:",
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen_config(tmp_path, scale)}",
        "QT_SCALE_FACTOR": str(scale),
        "LAYOUT_APPEARANCE": appearance,
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.tray.layout_check"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    found = [line for line in result.stdout.splitlines() if line.strip()]
    assert found == [], "\n".join(found)
    assert result.returncode == 0, result.stderr


def test_the_check_sees_a_cut_label_and_a_squeezed_button(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    cut = QLabel("A sentence far too long for the room it was given")
    cut.setFixedWidth(60)
    button = QPushButton("A long button text")
    button.setFixedWidth(30)
    wrapped = QLabel("Wrapped words " * 20)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 14)
    for widget in (cut, button, wrapped):
        layout.addWidget(widget)
    window.show()
    found = problems(window, "sample")
    assert any("is elided" in line for line in found)
    assert any("narrower than its text" in line for line in found)
    assert any("is cut" in line for line in found)

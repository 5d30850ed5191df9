"""Guards against a broken Qt binding: PySide6 6.12.0 on CPython 3.11 returns ``None`` from
every void method without taking a reference, so ``None``'s count falls by one per call and
the process aborts ("deallocating None") after a few thousand calls — hours into a tray's
life. CPython 3.12+ makes ``None`` immortal, and PySide6 6.11 is correct; this test fails on
the broken combination so it is never shipped."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont


def test_void_qt_calls_keep_none_alive() -> None:
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(1000):
        font.setBold(True)
    lost = before - sys.getrefcount(None)
    assert lost < 100, (
        f"each void PySide6 call drops a reference to None ({lost} in 1000 calls): "
        "use PySide6 < 6.12 on Python 3.11, or Python >= 3.12"
    )

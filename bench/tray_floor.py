"""The floor of a PySide6 tray's memory: ``python -m bench.tray_floor``.

The least any PySide6 tray can hold: a ``QApplication``, a ``QSystemTrayIcon`` with an icon,
and one frameless window with a few labels, shown once (``SHOWN_MS``) and hidden again, as
the real popup is in ``bench.tray_idle``. No asyncio, no HTTP, no store: what is left is the
interpreter, Qt's libraries, the platform plugin, fonts and one painted window. The tray's
idle memory is reported beside this figure; the gap between the two is ours.
"""

from __future__ import annotations

import sys

SHOWN_MS = 2000  # as long as bench.tray_idle keeps the popup open


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QColor, QIcon, QPixmap
    from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("#d97757"))
    tray = QSystemTrayIcon(QIcon(pixmap))
    tray.show()
    window = QWidget()
    layout = QVBoxLayout(window)
    for text in ("Work — session 42 %", "Week 17 %", "Resets 14:05"):
        layout.addWidget(QLabel(text))
    window.show()
    QTimer.singleShot(SHOWN_MS, window.hide)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

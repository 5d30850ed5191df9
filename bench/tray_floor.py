"""The floor of a PySide6 tray's memory: ``python -m bench.tray_floor [--libraries]``.

The least any PySide6 tray can hold: a ``QApplication``, a ``QSystemTrayIcon`` with an icon,
and one window with a few labels, shown once (``SHOWN_MS``) and hidden again, as the real
popup is in ``bench.tray_idle``. No asyncio, no HTTP, no store: what is left is the
interpreter, Qt's libraries, the platform plugin, fonts and one painted window. The tray's
idle memory is reported beside this figure; the gap between the two is ours.

``--libraries`` also makes ready what polling needs whatever the app — httpx with a TLS
context and its request path (one request to a closed port on this machine), cryptography's
AES-GCM (the store), keyring with its backend chosen, sqlite3 (the history), qasync's loop:
the floor of a tray built on this stack, so the rest of the gap is the app's own. They are
imported before PySide6, whose import hook would otherwise read (and keep) their sources;
the app stops that hook (``tray.memory``).
"""

from __future__ import annotations

import contextlib
import sys

SHOWN_MS = 2000  # as long as bench.tray_idle keeps the popup open


CLOSED_PORT = "http://127.0.0.1:9/"  # the discard port: nothing listens on it here


async def _request_path() -> None:
    """One request that is refused: it loads what every request runs through (httpcore's
    pool, anyio's backend, h11), with nothing leaving the machine."""
    import httpx

    async with httpx.AsyncClient() as client:
        with contextlib.suppress(httpx.TransportError):  # refused, as expected
            await client.get(CLOSED_PORT)


def ready_libraries() -> list[object]:
    """The libraries the tray polls with, imported and set up as the tray sets them up."""
    import asyncio
    import sqlite3

    import httpx
    import keyring
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    keyring.get_keyring()  # loads its backends, as reading the store's key does
    asyncio.run(_request_path())
    return [
        httpx.create_ssl_context(),
        AESGCM(AESGCM.generate_key(128)),
        sqlite3.connect(":memory:"),
    ]


def main(argv: list[str]) -> int:
    kept = ready_libraries() if "--libraries" in argv else []
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
    if not kept:
        return app.exec()
    import qasync

    qasync.QEventLoop(app).run_forever()  # the tray's loop: Qt's, driven by asyncio
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""One tray per user: a second start hands over to the first and exits.

The first instance holds a lock file in the data folder and listens on a local socket
(``QLocalServer``: a Unix socket, or a named pipe on Windows) whose name is derived from the
user and the data folder. A later start fails to take the lock, connects, says ``show`` and
quits; the first instance then brings its popup forward. On Wayland the later start passes on
the ``XDG_ACTIVATION_TOKEN`` its launcher gave it (``show <token>``): with it the compositor lets
the popup take the focus (GNOME would otherwise only say the app "is ready").
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from core import APP_NAME

__all__ = ["SHOW_MESSAGE", "SingleInstance", "instance_key", "parse_show", "show_message"]

log = logging.getLogger(__name__)

SHOW_MESSAGE = b"show\n"
MAX_TOKEN = 4096


def show_message(activation_token: str = "") -> bytes:
    """``show``, with the launcher's activation token when it is a well-formed one."""
    token = activation_token if _valid_token(activation_token) else ""
    return f"show {token}\n".encode() if token else SHOW_MESSAGE


def parse_show(line: bytes) -> str | None:
    """The activation token of a ``show`` line ("" without one), or None for anything else."""
    command, _, token = line.strip().decode("ascii", "replace").partition(" ")
    if command != "show":
        return None
    return token if _valid_token(token) else ""


def _valid_token(token: str) -> bool:
    """Tokens are opaque, but printable ASCII without spaces (they travel in one line)."""
    return 0 < len(token) <= MAX_TOKEN and all(33 <= ord(c) < 127 for c in token)


def instance_key(folder: Path, user: str | None = None) -> str:
    """A socket name unique to this user and data folder (short enough for any platform)."""
    try:
        who = user or getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        who = "user"
    digest = hashlib.sha256(f"{who}\0{folder}".encode()).hexdigest()[:16]
    return f"{APP_NAME}-{digest}"


class SingleInstance(QObject):
    """Decides whether this process is the first tray, and relays later starts to it."""

    activated = Signal(str)  # the activation token the later start brought ("" if none)

    def __init__(self, key: str, lock_dir: Path) -> None:
        """``lock_dir`` holds the lock file; a new one is created owner-only."""
        super().__init__()
        self.key = key
        lock_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._lock = QLockFile(str(lock_dir / f"{self.key}.lock"))
        self._lock.setStaleLockTime(0)  # a crashed owner's lock is stale as soon as its pid is gone
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    def acquire(self) -> bool:
        """Become the first instance (True), or find that another one runs (False)."""
        if not self._lock.tryLock(0):
            return False
        QLocalServer.removeServer(self.key)  # a socket file left behind by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            log.warning("single-instance socket unavailable: %s", server.errorString())
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def notify_primary(self, timeout_ms: int = 3000, activation_token: str = "") -> bool:
        """Ask the running instance to show itself; True if it got the message."""
        deadline = QDeadlineTimer(timeout_ms)
        while not deadline.hasExpired():
            socket = QLocalSocket()
            socket.connectToServer(self.key)
            if socket.waitForConnected(min(500, max(1, deadline.remainingTime()))):
                socket.write(show_message(activation_token))
                sent = socket.waitForBytesWritten(max(1, deadline.remainingTime()))
                socket.disconnectFromServer()
                return sent
            socket.abort()
            _pause(100)  # the owner may hold the lock but not be listening yet
        return False

    def release(self) -> None:
        """Stop listening and unlock; safe to call twice. Also called before destruction, so
        no socket signal can reach this object while Qt tears its children down."""
        for socket in self._clients:
            socket.readyRead.disconnect()
            socket.disconnected.disconnect()
            socket.abort()
        self._clients.clear()
        if self._server is not None:
            self._server.newConnection.disconnect()
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._clients.append(socket)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        for line in bytes(socket.readAll().data()).splitlines():
            token = parse_show(line)
            if token is not None:
                self.activated.emit(token)

    def _drop(self, socket: QLocalSocket) -> None:
        if socket in self._clients:
            self._clients.remove(socket)
            socket.deleteLater()


def _pause(milliseconds: int) -> None:
    """Wait briefly before reconnecting, without spinning (only used before the app runs)."""
    from PySide6.QtCore import QThread

    QThread.msleep(milliseconds)

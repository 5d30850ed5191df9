"""The socket side of the fake server: a threading HTTP/1.1 server that can be cut off.

Every request runs in its own thread (a slow answer never blocks another request). The
server tracks open connections so :meth:`LoopbackServer.cut_connections` can end idle
keep-alive connections at once when the fake stops: a client's pooled connection must not
keep talking to a stopped fake.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .recording import CaseInsensitiveDict, RecordedRequest
from .responses import Response

_PARTIAL_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n"
_PARTIAL_BODY = b'{"five_hour": {"utilization": 3'
_LINGER_FORMAT = "HH" if sys.platform == "win32" else "ii"

Dispatch = Callable[[RecordedRequest, "RequestHandler"], None]


class LoopbackServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256  # the default 5 drops connections when 20+ clients arrive at once

    def __init__(self, address: tuple[str, int], dispatch: Dispatch) -> None:
        self.dispatch = dispatch
        self.stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, RequestHandler)

    def track(self, connection: socket.socket, *, open_: bool) -> None:
        with self._connections_lock:
            if open_:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def cut_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients hanging up (resets, timeouts, a stopping fake) are normal here."""
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handle_error(request, client_address)


class RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeAnthropic/1.0"
    timeout = 30  # idle keep-alive connections give up after this
    server: LoopbackServer

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes: without this, Nagle + delayed ACK
        # add ~40 ms to every keep-alive request.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection, open_=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.track(self.connection, open_=False)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: requests carry tokens, and tests read ``FakeAnthropic.requests`` instead."""

    def do_GET(self) -> None:
        try:
            request = self._read_request()
        except ValueError:
            self.close_connection = True
            self.send_error(400, "bad request")
            return
        self.server.dispatch(request, self)

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def _read_request(self) -> RecordedRequest:
        parts = urlsplit(self.path)
        body = self._read_body()
        decoded: Any = None
        if body:
            with contextlib.suppress(ValueError):
                decoded = json.loads(body)
        return RecordedRequest(
            method=self.command,
            path=parts.path,
            query=parse_qs(parts.query, keep_blank_values=True),
            headers=CaseInsensitiveDict(self.headers.items()),
            body=body,
            json=decoded,
            time=time.monotonic(),
        )

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            return self._read_chunked()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                self.rfile.readline()
                return b"".join(chunks)
            chunks.append(self.rfile.read(size))
            self.rfile.readline()

    def send(self, response: Response) -> None:
        self.send_response(response.status)
        for name, value in response.headers.items():
            if name.lower() != "content-length":
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        self.wfile.write(response.body)

    def drip(self, response: Response, chunk: int, interval: float) -> None:
        """Announce the whole body, then send it ``chunk`` bytes every ``interval`` seconds
        (a server that never lets a per-read timeout fire). Stops when the client hangs up
        or the server stops."""
        self.close_connection = True
        stopping = self.server.stopping
        with contextlib.suppress(OSError):
            self._head(response.status, response.headers, length=len(response.body))
            for start in range(0, len(response.body), chunk):
                if stopping.wait(interval):
                    return
                self.wfile.write(response.body[start : start + chunk])
                self.wfile.flush()

    def flood(self, size: int, *, chunked: bool) -> None:
        """A valid JSON body of ``size`` bytes, generated as it is sent (never held whole)."""
        self.close_connection = True
        head, tail = b'{"padding": "', b'"}'
        filler = b"x" * 65536
        with contextlib.suppress(OSError):
            headers = {"Content-Type": "application/json"}
            if chunked:
                headers["Transfer-Encoding"] = "chunked"
            self._head(200, headers, length=None if chunked else size)
            left = max(size - len(head) - len(tail), 0)
            self._flood_piece(head, chunked)
            while left and not self.server.stopping.is_set():
                piece = filler[: min(left, len(filler))]
                self._flood_piece(piece, chunked)
                left -= len(piece)
            self._flood_piece(tail, chunked)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")

    def _flood_piece(self, data: bytes, chunked: bool) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data) if chunked else data)

    def _head(self, status: int, headers: dict[str, str], *, length: int | None) -> None:
        self.send_response(status)
        for name, value in headers.items():
            if name.lower() != "content-length":
                self.send_header(name, value)
        if length is not None:
            self.send_header("Content-Length", str(length))
        # Said, not only done: a client that does not know it is closed reuses the
        # connection for its next request and gets no answer.
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.flush()

    def drop(self) -> None:
        """Close without answering (the server is stopping)."""
        self.close_connection = True

    def reset(self) -> None:
        """Send headers promising a body, part of it, then reset the connection (RST)."""
        with contextlib.suppress(OSError):
            self.wfile.write(_PARTIAL_HEAD + _PARTIAL_BODY)
            self.wfile.flush()
            linger = struct.pack(_LINGER_FORMAT, 1, 0)
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
        self.close_connection = True

"""httpcore's sockets on asyncio's own transports, without anyio in between.

Under asyncio httpcore's default backend is anyio's, which wraps every read and write in
a cancel scope (with its own loop timer), an exception-mapping context manager, a
``sleep(0)`` checkpoint and a pause/resume of the transport's reading: at 50 requests in
flight that is a measurable share of a refresh (``bench/refresh.py``, "httpx alone").
This backend talks to asyncio's transports through a small :class:`asyncio.Protocol`:

- a read returns buffered data at once, and otherwise waits on a plain future with a
  ``call_later`` timer only for as long as it really waits;
- a write hands the bytes to the transport and waits only when the transport pushes back
  (``pause_writing``), as anyio does (plain sockets buffer nothing past the kernel's);
- the protocol keeps reading while a connection sits idle in the pool (up to
  :data:`HIGH_WATER` bytes, then reading pauses until the reader takes them), so a server
  that closed an idle keep-alive connection is known from state; the socket is still
  polled as anyio's backend does when the state says nothing, so a close the loop has not
  dispatched yet is not missed either;
- TLS is ``loop.start_tls`` on the same connection.

Every failure maps to the same httpcore exception the anyio backend raises for it.
"""

from __future__ import annotations

import asyncio
import select
import socket
import ssl
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import httpcore

__all__ = ["HIGH_WATER", "LOW_WATER", "AsyncioBackend", "AsyncioStream"]

HIGH_WATER = 256 * 1024  # bytes read ahead before the protocol stops reading the socket
LOW_WATER = 64 * 1024  # … and starts again once the reader has taken it below this
HAPPY_EYEBALLS_DELAY = 0.25  # seconds before trying the next address (anyio's, RFC 8305)

# What httpcore passes to setsockopt (its own alias lives in a private module).
SocketOption = (
    tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
)


class _Connection(asyncio.Protocol):
    """What the loop tells about one connection: bytes that arrived, the end, the loss,
    and whether the transport can take more."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.chunks: deque[bytes] = deque()
        self.buffered = 0
        self.at_eof = False  # the server said it will send nothing more
        self.lost = False  # the connection is gone (error or not)
        self.error: Exception | None = None  # why it was lost, when it was an error
        self._reading_paused = False
        self._writing_paused = False
        self._read_waiter: asyncio.Future[bool] | None = None
        self._write_waiter: asyncio.Future[bool] | None = None

    # The loop's side.

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        # Like anyio: a write waits until the kernel has taken it, nothing buffered here.
        transport.set_write_buffer_limits(0)

    def data_received(self, data: bytes) -> None:
        self.chunks.append(bytes(data))  # a proactor loop may hand a bytearray
        self.buffered += len(data)
        if self.buffered > HIGH_WATER and not self._reading_paused and self.transport:
            self._reading_paused = True
            self.transport.pause_reading()
        _settle(self._read_waiter, True)

    def eof_received(self) -> bool:
        self.at_eof = True
        _settle(self._read_waiter, True)
        return False  # let the transport close itself: nothing is written after the end

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        self.error = exc
        _settle(self._read_waiter, True)
        _settle(self._write_waiter, True)

    def pause_writing(self) -> None:
        self._writing_paused = True

    def resume_writing(self) -> None:
        self._writing_paused = False
        _settle(self._write_waiter, True)

    # The stream's side.

    @property
    def finished(self) -> bool:
        """Nothing more will arrive: at the end of the stream or lost."""
        return self.at_eof or self.lost

    def take(self, max_bytes: int) -> bytes:
        """Up to ``max_bytes`` of what arrived (b"" when none is buffered)."""
        if not self.chunks:
            return b""
        chunk = self.chunks[0]
        if len(chunk) <= max_bytes:
            self.chunks.popleft()
        else:
            chunk, self.chunks[0] = chunk[:max_bytes], chunk[max_bytes:]
        self.buffered -= len(chunk)
        if self._reading_paused and self.buffered <= LOW_WATER and self.transport:
            self._reading_paused = False
            self.transport.resume_reading()
        return chunk

    def must_wait_to_write(self) -> bool:
        return self._writing_paused and not self.lost

    async def wait_readable(self, timeout: float | None) -> bool:
        """Wait for bytes, the end or the loss; False if ``timeout`` ran out first."""
        self._read_waiter = waiter = asyncio.get_running_loop().create_future()
        try:
            return await _wait(waiter, timeout)
        finally:
            self._read_waiter = None

    async def wait_writable(self, timeout: float | None) -> bool:
        """Wait for the transport to take writes again (or the loss); False on timeout."""
        self._write_waiter = waiter = asyncio.get_running_loop().create_future()
        try:
            return await _wait(waiter, timeout)
        finally:
            self._write_waiter = None


async def _wait(waiter: asyncio.Future[bool], timeout: float | None) -> bool:
    """``waiter``'s result, or False once ``timeout`` runs out: one timer, and only while
    really waiting (``asyncio.timeout`` would cancel and uncancel the whole task)."""
    if timeout is None:
        return await waiter
    timer = asyncio.get_running_loop().call_later(timeout, _settle, waiter, False)
    try:
        return await waiter
    finally:
        timer.cancel()


def _settle(waiter: asyncio.Future[bool] | None, value: bool) -> None:
    if waiter is not None and not waiter.done():
        waiter.set_result(value)


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One connection, plain or TLS, as httpcore's network stream."""

    def __init__(self, transport: asyncio.Transport, connection: _Connection) -> None:
        self._transport = transport
        self._connection = connection
        self._closed = False
        # Kept from the start: they do not change, and a closed TLS transport can no
        # longer tell them (asyncio's raises AttributeError once closed twice).
        self._extra = {
            "ssl_object": transport.get_extra_info("ssl_object"),
            "client_addr": _address(transport.get_extra_info("sockname")),
            "server_addr": _address(transport.get_extra_info("peername")),
            "socket": transport.get_extra_info("socket"),
        }

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        connection = self._connection
        while not connection.chunks and not connection.finished and not self._closed:
            if not await connection.wait_readable(timeout):
                raise httpcore.ReadTimeout("timed out reading from the server")
        if self._closed:
            raise httpcore.ReadError("the connection was closed")
        if not connection.chunks and connection.error is not None:
            raise httpcore.ReadError(str(connection.error)) from connection.error
        return connection.take(max_bytes)  # b"" at the end of the stream

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        connection = self._connection
        self._check_writable()
        try:
            self._transport.write(buffer)
        except RuntimeError as exc:  # written after the end: what anyio calls broken
            raise httpcore.WriteError(str(exc)) from exc
        while connection.must_wait_to_write():
            if not await connection.wait_writable(timeout):
                raise httpcore.WriteTimeout("timed out writing to the server")
        self._check_writable()

    async def aclose(self) -> None:
        """Close at once, as anyio does: the socket is closed when this returns (or on the
        loop's next turn when unsent bytes are dropped). Closing twice does nothing."""
        if self._closed:
            return
        self._closed = True
        self._transport.close()
        try:
            await asyncio.sleep(0)  # the loop closes the socket on its next turn
        finally:
            self._transport.abort()  # TLS: no waiting for the server's close_notify

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport = await loop.start_tls(
                    self._transport,
                    self._connection,
                    ssl_context,
                    server_hostname=server_hostname,
                )
        except BaseException as exc:
            await self.aclose()
            if isinstance(exc, TimeoutError):
                raise httpcore.ConnectTimeout("timed out in the TLS handshake") from exc
            if isinstance(exc, OSError):  # ssl.SSLError included
                raise httpcore.ConnectError(str(exc)) from exc
            raise
        assert isinstance(transport, asyncio.Transport)
        self._connection.transport = transport
        return AsyncioStream(transport, self._connection)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            return self._is_readable()
        return self._extra.get(info)

    def _is_readable(self) -> bool:
        """What httpcore asks of an idle connection: would a read return at once? Only a
        server's close (or stray bytes) makes an idle HTTP/1.1 connection readable, and
        either way the connection must not be reused."""
        connection = self._connection
        if connection.chunks or connection.finished or self._closed:
            return True
        return _has_bytes_waiting(self._extra["socket"])

    def _check_writable(self) -> None:
        connection = self._connection
        if self._closed:
            raise httpcore.WriteError("the connection was closed")
        if connection.lost or self._transport.is_closing():
            error = connection.error
            raise httpcore.WriteError(str(error or "the server closed the connection"))


def _address(address: Any) -> Any:
    """(host, port), as anyio gives it: an IPv6 address without its flow and scope ids."""
    return address[:2] if isinstance(address, tuple) else address


def _happy_eyeballs_delay(host: str) -> float | None:
    """Race the addresses of a name (IPv6 and IPv4, say), as anyio does; an address has
    nothing to race, and asyncio's race costs a task and its bookkeeping per connection
    (a fifth of a millisecond each: 10 ms of a 50-account refresh to 127.0.0.1)."""
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            socket.inet_pton(family, host)
        except OSError:
            continue
        return None
    return HAPPY_EYEBALLS_DELAY


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend on the running asyncio loop."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        return await _connect(
            lambda: loop.create_connection(
                _Connection,
                host,
                port,
                local_addr=None if local_address is None else (local_address, 0),
                happy_eyeballs_delay=_happy_eyeballs_delay(host),
            ),
            timeout,
            socket_options,
        )

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        return await _connect(
            lambda: loop.create_unix_connection(_Connection, path), timeout, socket_options
        )

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


async def _connect(
    open_connection: Callable[[], Awaitable[tuple[asyncio.BaseTransport, _Connection]]],
    timeout: float | None,
    socket_options: Iterable[SocketOption] | None,
) -> AsyncioStream:
    """Open a connection within ``timeout`` and apply the socket options, mapping failures
    as anyio's backend does. asyncio closes the socket itself when opening fails or is
    cancelled; a failing socket option closes the connection here."""
    try:
        async with asyncio.timeout(timeout):
            transport, connection = await open_connection()
    except TimeoutError as exc:  # before OSError: TimeoutError is one
        raise httpcore.ConnectTimeout(str(exc) or "timed out connecting") from exc
    except OSError as exc:
        raise httpcore.ConnectError(str(exc)) from exc
    assert isinstance(transport, asyncio.Transport)
    try:
        sock: socket.socket = transport.get_extra_info("socket")
        for option in socket_options or ():
            sock.setsockopt(*option)
    except OSError as exc:
        transport.abort()
        raise httpcore.ConnectError(str(exc)) from exc
    return AsyncioStream(transport, connection)


def _has_bytes_waiting(sock: socket.socket | None) -> bool:
    """Whether the kernel holds bytes (or the end) the loop has not read yet — httpcore's
    own check, which anyio's backend uses for every ``is_readable``. No socket left counts
    as readable: the next read would return the end."""
    if sock is None or sock.fileno() < 0:
        return True
    if not hasattr(select, "poll"):  # Windows
        readable, _, _ = select.select([sock], [], [], 0)
        return bool(readable)
    poller = select.poll()
    poller.register(sock, select.POLLIN)
    return bool(poller.poll(0))

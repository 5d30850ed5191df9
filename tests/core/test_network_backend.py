"""The HTTP client's sockets on asyncio's own transports (core.anthropic.network), over real
sockets on 127.0.0.1: the fake Anthropic server, and small local servers
(tests/fakes/local_servers.py) for what the fake does not do (never answer, close an idle
connection, reset it, speak TLS, take no bytes)."""

from __future__ import annotations

import asyncio
import os
import select
import socket
import ssl
import struct
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import httpcore
import httpx
import pytest

from core.anthropic import network
from core.anthropic.api import new_http_client
from core.anthropic.network import AsyncioBackend, AsyncioStream
from core.anthropic.pool import HTTPCORE_TO_HTTPX, httpx_error_for
from tests.fakes.local_servers import (
    OK,
    Certificate,
    Handler,
    LocalServer,
    answer_ok,
    make_certificate,
)
from tests.fakes.server import FakeAnthropic

WAIT = 10.0  # seconds a test waits for an event before failing (never reached when green)


pytestmark = pytest.mark.usefixtures("no_proxy")  # tests/conftest.py: our pools, not httpx's


@pytest.fixture
async def serve() -> AsyncIterator[Callable[..., Awaitable[LocalServer]]]:
    """Start local servers; every one is stopped after the test."""
    started: list[LocalServer] = []

    async def start(handler: Handler, ssl_context: ssl.SSLContext | None = None) -> LocalServer:
        started.append(await LocalServer.start(handler, ssl_context))
        return started[-1]

    yield start
    for local in started:
        await local.stop()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return make_certificate(tmp_path_factory.mktemp("tls"))


def stream_of(response: httpx.Response) -> httpcore.AsyncNetworkStream:
    """The connection a response came on (httpcore's public ``network_stream`` extension)."""
    stream = response.extensions["network_stream"]
    assert isinstance(stream, httpcore.AsyncNetworkStream)
    return stream


async def test_a_get_to_the_fake_server_goes_over_the_asyncio_backend(
    fake_server: FakeAnthropic,
) -> None:
    """A regression to httpx's own pool (anyio's backend) fails here."""
    async with new_http_client() as client:
        response = await client.get(f"{fake_server.base_url}/api/oauth/usage")
        assert response.status_code == 401  # no token: refused, a real answer all the same
        assert response.json()
        assert isinstance(stream_of(response), AsyncioStream)


async def test_a_refused_connection_is_a_connect_error() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with new_http_client() as client:
        with pytest.raises(httpx.ConnectError):
            await client.get(f"http://127.0.0.1:{port}/")


@pytest.mark.faults
async def test_a_server_that_never_answers_is_a_read_timeout(
    serve: Callable[..., Awaitable[LocalServer]],
) -> None:
    asked, release = asyncio.Event(), asyncio.Event()

    async def never_answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        asked.set()
        await release.wait()

    server = await serve(never_answer)
    async with new_http_client() as client:
        loop = asyncio.get_running_loop()
        started = loop.time()
        with pytest.raises(httpx.ReadTimeout):
            await client.get(server.url, timeout=httpx.Timeout(5.0, read=0.2))
        assert asked.is_set()
        assert loop.time() - started < 5.0  # the read timeout, not the others
    release.set()


@pytest.mark.faults
@pytest.mark.parametrize("tls", [False, True], ids=["http", "https"])
async def test_a_keep_alive_connection_the_server_closed_while_idle_is_not_reused(
    tls: bool,
    serve: Callable[..., Awaitable[LocalServer]],
    certificate: Certificate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """httpcore asks an idle connection ``is_readable`` before reusing it: a wrong answer
    would send the second request on a dead socket (RemoteProtocolError)."""
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert_file))
    closed = asyncio.Event()

    async def answer_once_then_close(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(OK)  # keep-alive: no "Connection: close"
        await writer.drain()
        writer.close()
        await writer.wait_closed()
        closed.set()

    server = await serve(answer_once_then_close, certificate.server_context() if tls else None)
    async with new_http_client() as client:
        first = await client.get(server.url)
        await asyncio.wait_for(closed.wait(), WAIT)
        second = await client.get(server.url)
    assert (first.content, second.content) == (b"ok", b"ok")
    assert server.connections == 2
    assert stream_of(second) is not stream_of(first)


async def test_an_open_keep_alive_connection_is_reused(
    serve: Callable[..., Awaitable[LocalServer]],
) -> None:
    """The other half of ``is_readable``: a live idle connection is not thrown away."""
    server = await serve(answer_ok)
    async with new_http_client() as client:
        first = await client.get(server.url)
        second = await client.get(server.url)
    assert (first.content, second.content) == (b"ok", b"ok")
    assert server.connections == 1


@pytest.mark.faults
async def test_cancelling_a_request_in_flight_closes_its_socket(
    serve: Callable[..., Awaitable[LocalServer]],
) -> None:
    asked, hung_up = asyncio.Event(), asyncio.Event()

    async def wait_for_the_end(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        asked.set()
        assert await reader.read() == b""  # the client's end of the connection
        hung_up.set()

    server = await serve(wait_for_the_end)
    async with new_http_client() as client:
        request = asyncio.create_task(client.get(server.url))
        await asyncio.wait_for(asked.wait(), WAIT)
        request.cancel()
        with pytest.raises(asyncio.CancelledError):
            await request
        await asyncio.wait_for(hung_up.wait(), WAIT)  # closed at once, not at client close
        assert not client._transport._pools["http"][0]._pool.connections  # type: ignore[attr-defined]


async def test_a_body_larger_than_the_read_size_arrives_whole(
    serve: Callable[..., Awaitable[LocalServer]],
) -> None:
    """Bigger than a read (64 KiB) and than what the protocol reads ahead (its high water),
    so reading pauses and resumes on the way."""
    body = os.urandom(4 * network.HIGH_WATER + 12345)

    async def send_big(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
        await writer.drain()

    server = await serve(send_big)
    async with new_http_client() as client:
        response = await client.get(server.url)
    assert response.content == body


@pytest.mark.faults
async def test_a_server_that_takes_no_bytes_is_a_write_timeout(
    serve: Callable[..., Awaitable[LocalServer]],
) -> None:
    """A body far larger than the kernel's buffers: the write waits on backpressure and
    gives up at the write timeout."""
    release = asyncio.Event()

    async def never_read(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await release.wait()

    server = await serve(never_read)
    async with new_http_client() as client:
        with pytest.raises(httpx.WriteTimeout):
            await client.post(
                server.url, content=b"x" * (64 * 1024 * 1024), timeout=httpx.Timeout(5.0, write=0.3)
            )
    release.set()


# TLS: a self-signed certificate for 127.0.0.1, trusted through SSL_CERT_FILE (which
# httpx.create_ssl_context honours: the client's TLS context is made exactly as before).


async def test_tls_to_a_trusted_server_works_over_the_asyncio_backend(
    serve: Callable[..., Awaitable[LocalServer]],
    certificate: Certificate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert_file))
    server = await serve(answer_ok, certificate.server_context())
    async with new_http_client() as client:
        response = await client.get(server.url)
        again = await client.get(server.url)
    assert (response.content, again.content) == (b"ok", b"ok")
    stream = stream_of(response)
    assert isinstance(stream, AsyncioStream)
    ssl_object = stream.get_extra_info("ssl_object")
    assert isinstance(ssl_object, ssl.SSLObject)
    assert ssl_object.version() in {"TLSv1.2", "TLSv1.3"}
    assert server.connections == 1  # the TLS connection was kept alive and reused


async def test_tls_to_an_untrusted_server_is_a_connect_error(
    serve: Callable[..., Awaitable[LocalServer]],
    certificate: Certificate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    server = await serve(answer_ok, certificate.server_context())
    async with new_http_client() as client:
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            await client.get(server.url)


@pytest.mark.faults
async def test_a_tls_handshake_that_never_ends_is_a_connect_timeout_and_closes_the_socket(
    serve: Callable[..., Awaitable[LocalServer]],
) -> None:
    hung_up = asyncio.Event()

    async def no_tls(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()  # the client's hello, then its end of the connection
        hung_up.set()

    server = await serve(no_tls)
    stream = await AsyncioBackend().connect_tcp("127.0.0.1", server.port, timeout=WAIT)
    with pytest.raises(httpcore.ConnectTimeout):
        await stream.start_tls(ssl.create_default_context(), "127.0.0.1", timeout=0.2)
    await asyncio.wait_for(hung_up.wait(), WAIT)


# The backend on its own: what httpcore asks of it besides reading and writing.


async def test_connect_applies_the_socket_options_and_the_local_address(
    serve: Callable[..., Awaitable[LocalServer]],
) -> None:
    server = await serve(answer_ok)
    stream = await AsyncioBackend().connect_tcp(
        "127.0.0.1",
        server.port,
        local_address="127.0.0.1",
        socket_options=[(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)],
    )
    try:
        sock = stream.get_extra_info("socket")
        assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 1
        assert stream.get_extra_info("server_addr") == ("127.0.0.1", server.port)
        assert stream.get_extra_info("client_addr")[0] == "127.0.0.1"
        assert stream.get_extra_info("ssl_object") is None
        assert stream.get_extra_info("something else") is None
    finally:
        await stream.aclose()


async def test_a_bad_socket_option_is_a_connect_error(
    serve: Callable[..., Awaitable[LocalServer]],
) -> None:
    server = await serve(answer_ok)
    with pytest.raises(httpcore.ConnectError):
        await AsyncioBackend().connect_tcp(
            "127.0.0.1", server.port, socket_options=[(socket.SOL_SOCKET, 0x7FFF, 1)]
        )


@pytest.mark.faults
async def test_a_connection_that_does_not_open_in_time_is_a_connect_timeout() -> None:
    never = asyncio.Event()

    async def hang() -> tuple[asyncio.BaseTransport, network._Connection]:
        await never.wait()
        raise AssertionError("unreachable")

    with pytest.raises(httpcore.ConnectTimeout):
        await network._connect(hang, 0.05, None)


async def test_is_readable_tells_a_server_close_and_read_returns_the_end(
    serve: Callable[..., Awaitable[LocalServer]],
) -> None:
    closed = asyncio.Event()

    async def close_at_once(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.close()
        await writer.wait_closed()
        closed.set()

    server = await serve(close_at_once)
    stream = await AsyncioBackend().connect_tcp("127.0.0.1", server.port)
    await asyncio.wait_for(closed.wait(), WAIT)
    assert stream.get_extra_info("is_readable")  # in the kernel or already in the protocol
    assert await stream.read(1024, timeout=WAIT) == b""
    assert stream.get_extra_info("is_readable")  # the protocol knows: the end
    with pytest.raises(httpcore.WriteError):
        await stream.write(b"GET / HTTP/1.1\r\n\r\n")
    await stream.aclose()
    with pytest.raises(httpcore.ReadError):
        await stream.read(1024)


async def test_an_open_idle_connection_is_not_readable(
    serve: Callable[..., Awaitable[LocalServer]],
) -> None:
    server = await serve(answer_ok)
    stream = await AsyncioBackend().connect_tcp("127.0.0.1", server.port)
    try:
        assert not stream.get_extra_info("is_readable")
        await stream.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        assert await stream.read(1024, timeout=WAIT) == OK
        assert not stream.get_extra_info("is_readable")
    finally:
        await stream.aclose()


async def test_a_read_returns_at_most_max_bytes_and_keeps_the_rest(
    serve: Callable[..., Awaitable[LocalServer]],
) -> None:
    server = await serve(answer_ok)
    stream = await AsyncioBackend().connect_tcp("127.0.0.1", server.port)
    try:
        await stream.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        parts = [await stream.read(10, timeout=WAIT)]
        while sum(map(len, parts)) < len(OK):
            parts.append(await stream.read(10, timeout=WAIT))
        assert all(len(part) <= 10 for part in parts)
        assert b"".join(parts) == OK
    finally:
        await stream.aclose()


@pytest.mark.skipif(sys.platform == "win32", reason="unix sockets")
async def test_connect_unix_socket(tmp_path: Path) -> None:
    path = str(tmp_path / "s")
    local = LocalServer(answer_ok)
    local.server = await asyncio.start_unix_server(local.serve, path)
    try:
        stream = await AsyncioBackend().connect_unix_socket(path, timeout=WAIT)
        await stream.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        assert await stream.read(1024, timeout=WAIT) == OK
        await stream.aclose()
    finally:
        await local.stop()
    with pytest.raises(httpcore.ConnectError):
        await AsyncioBackend().connect_unix_socket(str(tmp_path / "nobody"))


class _RecordingTransport(asyncio.Transport):
    """Only what the protocol's flow control calls."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        self.calls.append(f"limits {high}")

    def pause_reading(self) -> None:
        self.calls.append("pause")

    def resume_reading(self) -> None:
        self.calls.append("resume")


def test_reading_ahead_pauses_at_the_high_water_and_resumes_below_the_low() -> None:
    connection = network._Connection()
    transport = _RecordingTransport()
    connection.connection_made(transport)
    chunk = b"x" * 64 * 1024
    for _ in range(network.HIGH_WATER // len(chunk) + 1):
        connection.data_received(chunk)
    assert transport.calls == ["limits 0", "pause"]
    while connection.buffered > network.LOW_WATER:
        assert transport.calls[-1] == "pause"
        connection.take(len(chunk))
    assert transport.calls == ["limits 0", "pause", "resume"]


def test_every_httpcore_exception_maps_to_the_httpx_exception_httpx_maps_it_to() -> None:
    from httpx._transports.default import _load_httpcore_exceptions, map_httpcore_exceptions

    assert _load_httpcore_exceptions() == HTTPCORE_TO_HTTPX
    for core_type in HTTPCORE_TO_HTTPX:
        with pytest.raises(httpx.HTTPError) as theirs, map_httpcore_exceptions():
            raise core_type("x")
        assert httpx_error_for(core_type("x")) is type(theirs.value)
    assert httpx_error_for(ValueError("x")) is None


@pytest.mark.parametrize("with_poll", [True, False], ids=["poll", "select (Windows)"])
def test_the_kernel_check_sees_bytes_the_loop_has_not_read(
    with_poll: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not with_poll:
        monkeypatch.delattr(select, "poll", raising=False)
    ours, theirs = socket.socketpair()
    with ours, theirs:
        assert not network._has_bytes_waiting(ours)
        theirs.send(b"x")
        assert network._has_bytes_waiting(ours)
    assert network._has_bytes_waiting(ours)  # closed: the next read would be the end
    assert network._has_bytes_waiting(None)


async def test_a_name_connects_to_whichever_of_its_addresses_answers(
    serve: Callable[..., Awaitable[LocalServer]],
) -> None:
    """A name goes through asyncio's happy-eyeballs race, as anyio races one: "localhost"
    may also be ::1, where nobody listens here."""
    server = await serve(answer_ok)
    stream = await AsyncioBackend().connect_tcp("localhost", server.port, timeout=WAIT)
    try:
        await stream.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        assert await stream.read(1024, timeout=WAIT) == OK
    finally:
        await stream.aclose()


@pytest.mark.faults
async def test_a_connection_reset_is_a_read_error(
    serve: Callable[..., Awaitable[LocalServer]],
) -> None:
    async def reset(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        await reader.readuntil(b"\r\n\r\n")
        writer.transport.abort()  # with a zero linger: a RST, not a FIN

    server = await serve(reset)
    stream = await AsyncioBackend().connect_tcp("127.0.0.1", server.port)
    try:
        await stream.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        with pytest.raises(httpcore.ReadError):
            await stream.read(1024, timeout=WAIT)
    finally:
        await stream.aclose()


async def test_a_write_larger_than_the_kernel_takes_waits_for_the_server_and_arrives_whole(
    serve: Callable[..., Awaitable[LocalServer]],
) -> None:
    """Backpressure: the write pauses when the socket buffers are full and goes on as the
    server reads."""
    body = os.urandom(32 * 1024 * 1024)
    received = asyncio.get_running_loop().create_future()

    async def read_all(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        received.set_result(await reader.readexactly(len(body)))

    server = await serve(read_all)
    stream = await AsyncioBackend().connect_tcp("127.0.0.1", server.port)
    try:
        await stream.write(body, timeout=WAIT)
        assert await asyncio.wait_for(received, WAIT) == body
    finally:
        await stream.aclose()

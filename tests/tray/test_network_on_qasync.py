"""The HTTP client's asyncio network backend (core.anthropic.network) on the tray's own
loop, qasync's, where it runs in the app: TLS through ``loop.start_tls``, a kept-alive
connection reused, and one the server closed while idle not reused. Real sockets on
127.0.0.1 (tests/fakes/local_servers.py)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import qasync

from core.anthropic.api import new_http_client
from core.anthropic.network import AsyncioStream
from tests.fakes.local_servers import OK, LocalServer, make_certificate

WAIT = 10.0  # seconds a test waits for an event before failing (never reached when green)


pytestmark = pytest.mark.usefixtures("no_proxy")  # tests/conftest.py: our pools, not httpx's


async def test_tls_keep_alive_and_an_idle_close_on_the_qasync_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert isinstance(asyncio.get_running_loop(), qasync.QEventLoop)
    certificate = make_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.cert_file))
    closed = asyncio.Event()

    async def answer_twice_then_close(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        for _ in range(2):
            await reader.readuntil(b"\r\n\r\n")
            writer.write(OK)
            await writer.drain()
        writer.close()
        await writer.wait_closed()
        closed.set()

    server = await LocalServer.start(answer_twice_then_close, certificate.server_context())
    try:
        async with new_http_client() as client:
            first = await client.get(server.url)
            second = await client.get(server.url)  # the same connection, kept alive
            await asyncio.wait_for(closed.wait(), WAIT)
            third = await client.get(server.url)  # a new one: the old was closed idle
    finally:
        await server.stop()
    assert [r.content for r in (first, second, third)] == [b"ok"] * 3
    assert isinstance(first.extensions["network_stream"], AsyncioStream)
    assert first.extensions["network_stream"].get_extra_info("ssl_object") is not None
    assert server.connections == 2

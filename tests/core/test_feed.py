"""core.feed: the local read-only usage feed, over real loopback sockets.

Only its owner may read it: a token from a 0600 file, ``Host`` checked (DNS rebinding),
loopback only, GET only, no CORS, small limits. What it serves is the CLI's document.
"""

from __future__ import annotations

import asyncio
import json
import os
import stat
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from core import AppConfig, UsageClient, usage_json
from core.errors import InvalidInputError
from core.feed import FEED_PATH, MAX_HEAD_BYTES, LocalFeed, feed_token
from tests.core.test_cli import cli, save_copy, usage_payload
from tests.fakes.server import FakeAnthropic

TOKEN = "t" * 43
DOCUMENT = '{"schema_version": 1, "accounts": []}'


class FrozenClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def feed() -> AsyncIterator[LocalFeed]:
    server = LocalFeed(lambda: DOCUMENT, token=TOKEN, port=0, deadline=0.5)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


async def exchange(port: int, raw: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send ``raw`` to the feed and read its whole answer (it closes after one)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(raw)
        await writer.drain()
        answer = await reader.read()
    finally:
        writer.close()
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("ascii").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split(" ")[1]), headers, body


def request(
    port: int,
    *,
    method: str = "GET",
    path: str = FEED_PATH,
    host: str | None = None,
    token: str | None = TOKEN,
    extra: str = "",
) -> bytes:
    host_line = f"Host: {host if host is not None else f'127.0.0.1:{port}'}\r\n"
    auth_line = f"Authorization: Bearer {token}\r\n" if token is not None else ""
    return f"{method} {path} HTTP/1.1\r\n{host_line}{auth_line}{extra}\r\n".encode()


async def get(feed: LocalFeed, **kwargs: Any) -> tuple[int, dict[str, str], bytes]:
    return await exchange(feed.port, request(feed.port, **kwargs))


# -- the owner reads it ------------------------------------------------------------------


async def test_the_owner_gets_the_document(feed: LocalFeed) -> None:
    status, headers, body = await get(feed)
    assert status == 200
    assert body.decode() == DOCUMENT
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    assert headers["Cache-Control"] == "no-store"
    assert not [name for name in headers if name.lower().startswith("access-control")]


async def test_localhost_by_name_is_the_same_host(feed: LocalFeed) -> None:
    status, _, _ = await get(feed, host=f"localhost:{feed.port}")
    assert status == 200


# -- the token -----------------------------------------------------------------------------


@pytest.mark.faults
@pytest.mark.parametrize(
    "auth",
    [
        "",  # none
        f"Authorization: Bearer {'u' * 43}\r\n",  # someone else's guess
        f"Authorization: Bearer {TOKEN[:-1]}\r\n",  # a prefix
        f"Authorization: Basic {TOKEN}\r\n",  # another scheme
        "Authorization: Bearer\r\n",
    ],
)
async def test_no_document_without_the_token(feed: LocalFeed, auth: str) -> None:
    status, headers, body = await get(feed, token=None, extra=auth)
    assert status == 401
    assert headers["WWW-Authenticate"] == "Bearer"
    assert body == b""


def test_the_token_file_is_made_private_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "data" / "feed-token"
    token = feed_token(path)
    assert len(token) == 43
    assert path.read_text().strip() == token
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert feed_token(path) == token  # the same token next time


@pytest.mark.faults
@pytest.mark.parametrize("content", ["", "short", "x" * 44, "ä" * 43])
def test_a_damaged_token_file_gets_a_new_token(tmp_path: Path, content: str) -> None:
    path = tmp_path / "feed-token"
    path.write_text(content, encoding="utf-8")
    token = feed_token(path)
    assert token != content.strip()
    assert len(token) == 43
    assert path.read_text().strip() == token


@pytest.mark.faults
@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_token_others_could_read_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "feed-token"
    leaked = feed_token(path)
    path.chmod(0o644)
    token = feed_token(path)
    assert token != leaked
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# -- Host, method, path --------------------------------------------------------------------


@pytest.mark.faults
@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:{port}", "127.0.0.1", "localhost:1"]
)
async def test_another_host_name_is_refused(feed: LocalFeed, host: str) -> None:
    status, _, body = await get(feed, host=host.format(port=feed.port))
    assert status == 421  # a rebound name: the page's own, not ours
    assert body == b""


@pytest.mark.faults
async def test_a_request_without_host_is_refused(feed: LocalFeed) -> None:
    raw = f"GET {FEED_PATH} HTTP/1.1\r\nAuthorization: Bearer {TOKEN}\r\n\r\n".encode()
    status, _, _ = await exchange(feed.port, raw)
    assert status == 421


@pytest.mark.faults
@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "OPTIONS", "HEAD", "PATCH"])
async def test_only_get_is_answered(feed: LocalFeed, method: str) -> None:
    status, headers, body = await get(feed, method=method)
    assert status == 405
    assert headers["Allow"] == "GET"
    assert not [name for name in headers if name.lower().startswith("access-control")]
    assert body == b""


@pytest.mark.faults
@pytest.mark.parametrize("path", ["/", "/v1/usage/", "/v1/usage?x=1", "/v1/../v1/usage"])
async def test_other_paths_are_not_found(feed: LocalFeed, path: str) -> None:
    status, _, _ = await get(feed, path=path)
    assert status == 404


# -- loopback only -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "host",
    ["0.0.0.0", "::", "", "localhost", "192.168.1.10", "::1"],  # noqa: S104 (refused)
)
def test_no_other_address_can_be_listened_on(host: str) -> None:
    with pytest.raises(InvalidInputError, match=r"127\.0\.0\.1 only"):
        LocalFeed(lambda: DOCUMENT, token=TOKEN, host=host)


async def test_it_listens_on_loopback(feed: LocalFeed) -> None:
    assert feed._server is not None
    assert {s.getsockname()[0] for s in feed._server.sockets} == {"127.0.0.1"}


def test_a_feed_needs_a_token_and_a_port() -> None:
    with pytest.raises(InvalidInputError):
        LocalFeed(lambda: DOCUMENT, token="")
    with pytest.raises(InvalidInputError):
        LocalFeed(lambda: DOCUMENT, token=TOKEN, port=70000)


# -- limits --------------------------------------------------------------------------------


@pytest.mark.faults
async def test_oversized_headers_are_refused(feed: LocalFeed) -> None:
    status, _, _ = await get(feed, extra=f"X-Padding: {'a' * MAX_HEAD_BYTES}\r\n")
    assert status == 431


@pytest.mark.faults
@pytest.mark.parametrize(
    "raw",
    [
        b"GET /v1/usage\r\n\r\n",  # no version
        b"GET  /v1/usage HTTP/1.1\r\n\r\n",  # two spaces
        b"GET /v1/usage HTTP/2\r\n\r\n",
        b"GET /v1/usage HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n",  # no colon
        b"GET /v1/usage HTTP/1.1\r\nBad Name: x\r\n\r\n",
        b"GET /v1/usage HTTP/1.1\r\n folded: x\r\n\r\n",
        b"GET /v1/usage HTTP/1.1\r\nX: \xff\r\n\r\n",  # not ASCII
        b"GET /v1/usage HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello",  # a body
        b"GET /v1/usage HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
    ],
)
async def test_malformed_requests_are_refused(feed: LocalFeed, raw: bytes) -> None:
    status, _, _ = await exchange(feed.port, raw)
    assert status == 400


@pytest.mark.faults
async def test_a_repeated_host_header_is_refused(feed: LocalFeed) -> None:
    extra = "Host: evil.example\r\n"
    status, _, _ = await get(feed, extra=extra)
    assert status == 400


@pytest.mark.faults
async def test_a_dawdling_client_is_dropped(feed: LocalFeed) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", feed.port)
    writer.write(b"GET /v1/usage HTTP/1.1\r\n")  # and never the rest
    await writer.drain()
    async with asyncio.timeout(5):
        assert await reader.read() == b""  # closed after the 0.5 s deadline, no answer
    writer.close()


@pytest.mark.faults
async def test_requests_beyond_the_rate_get_429() -> None:
    clock = FrozenClock()
    feed = LocalFeed(lambda: DOCUMENT, token=TOKEN, port=0, rate=10, burst=10, clock=clock)
    await feed.start()
    try:
        statuses = [(await get(feed))[0] for _ in range(11)]
        assert statuses == [200] * 10 + [429]
        status, headers, _ = await get(feed)
        assert (status, headers["Retry-After"]) == (429, "1")
        clock.now += 0.1  # a tenth of a second later: one more
        assert [(await get(feed))[0] for _ in range(2)] == [200, 429]
    finally:
        await feed.stop()


async def test_a_stopped_feed_refuses_connections() -> None:
    feed = LocalFeed(lambda: DOCUMENT, token=TOKEN, port=0)
    await feed.start()
    port = feed.port
    await feed.stop()
    with pytest.raises(ConnectionRefusedError):
        await asyncio.open_connection("127.0.0.1", port)


# -- the same document as the CLI --------------------------------------------------------


async def test_the_feed_serves_the_clis_document_for_the_same_snapshots(
    fake_server: FakeAnthropic,
) -> None:
    save_copy(fake_server, "Work", fake_server.add_account(usage=usage_payload()))
    printed = cli(fake_server, "usage", "--json")
    assert printed.returncode == 0, printed.stderr
    asked = fake_server.count("/api/oauth/usage")

    async with UsageClient(config=AppConfig.from_environment()) as client:
        usages = await client.get_all_accounts_usage()  # within the interval: the snapshot
        now = datetime.now(UTC)
        feed = LocalFeed(lambda: usage_json(usages, now), token=TOKEN, port=0)
        await feed.start()
        try:
            status, _, body = await get(feed)
        finally:
            await feed.stop()

    assert status == 200
    served, expected = json.loads(body), json.loads(printed.stdout)
    assert served.pop("generated_at") is not None
    assert expected.pop("generated_at") is not None
    assert served == expected
    assert served["accounts"][0]["session"]["percent"] == 37.0
    assert fake_server.count("/api/oauth/usage") == asked  # serving polled nothing

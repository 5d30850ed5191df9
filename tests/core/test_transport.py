"""The shared HTTP client's pool (core.anthropic.transport): many pools that requests take
turns on, made per scheme on first use, over real sockets to the fake server."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from core.anthropic.api import new_http_client
from core.anthropic.transport import ShardedTransport
from tests.fakes.server import FakeAnthropic

LIMITS = httpx.Limits(max_connections=64, max_keepalive_connections=16)


async def test_concurrent_requests_spread_over_the_pools_and_all_close(
    fake_server: FakeAnthropic,
) -> None:
    transport = ShardedTransport(4, limits=LIMITS, per_pool=2)
    async with httpx.AsyncClient(transport=transport) as client:
        url = f"{fake_server.base_url}/api/oauth/usage"
        answers = await asyncio.gather(*(client.get(url) for _ in range(8)))
        pools = transport._pools["http"]
        assert [answer.status_code for answer in answers] == [401] * 8  # no token: refused
        assert len(pools) == 4
        assert "https" not in transport._pools  # no TLS context made for plain http
        assert all(len(pool._pool.connections) == 2 for pool in pools)
    assert all(len(pool._pool.connections) == 0 for pool in pools)


async def test_a_few_requests_make_one_pool_and_later_turns_reuse_the_pools(
    fake_server: FakeAnthropic,
) -> None:
    """A one-shot run for five accounts builds one pool, not one per shard; once every
    pool exists, the turns go round them again."""
    transport = ShardedTransport(3, limits=LIMITS, per_pool=5)
    async with httpx.AsyncClient(transport=transport) as client:
        url = f"{fake_server.base_url}/api/oauth/usage"
        await asyncio.gather(*(client.get(url) for _ in range(5)))
        assert len(transport._pools["http"]) == 1
        await asyncio.gather(*(client.get(url) for _ in range(15)))
        first = transport._pools["http"][:]
        assert len(first) == 3
        await asyncio.gather(*(client.get(url) for _ in range(5)))
        assert transport._pools["http"] == first  # round again: no fourth pool


def test_each_pool_gets_its_share_of_the_limits() -> None:
    transport = ShardedTransport(4, limits=LIMITS)
    assert transport._limits.max_connections == 16
    assert transport._limits.max_keepalive_connections == 4


async def test_with_a_proxy_configured_the_client_keeps_httpx_own_pool(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """httpx applies proxy settings to its own pool only: a proxy user keeps it."""
    for name in ("http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    async with new_http_client() as with_proxy:
        assert not isinstance(with_proxy._transport, ShardedTransport)
    monkeypatch.delenv("HTTPS_PROXY")
    async with new_http_client() as without:
        assert isinstance(without._transport, ShardedTransport)

"""A connection pool that stays cheap when every account of a refresh asks at once.

httpcore's pool re-examines every connection it holds each time a request starts or
ends, so n requests in flight cost n² checks (each a ``poll`` of the socket): at 200
accounts that alone took longer than the round trip (``bench/refresh.py``; the profile is
in the report of issue 17). :class:`ShardedTransport` is still one transport — one place
that owns every connection, closed together — made of several small pools that
requests take turns on, so the checks are n²/shards.

The pools are made on first use, per scheme: loading the CA bundle into a TLS context
costs 50–150 ms, which a one-shot CLI run only pays when it really speaks https (and pays
once, shared by every pool). Plain http is only ever allowed to a loopback address
(:mod:`core.anthropic.endpoints`), and its pools never see an https request.

Each pool is httpx's direct-connection transport on asyncio's own sockets
(:class:`core.anthropic.pool.AsyncioPool`, :mod:`core.anthropic.network`) rather than on
anyio's, whose wrapping of every read and write was a fifth to a quarter of the client's
CPU time in 50 concurrent GETs (the A/B in the report of issue 17).

Requests fill one pool with :data:`PER_POOL` of them before the next pool takes its
turn, and each pool is made when its first request comes: a one-shot run for five
accounts makes one pool, not sixteen (each costs 1–3 ms to build), while a refresh of
200 accounts still spreads over all of them.
"""

from __future__ import annotations

import ssl
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from core.anthropic.pool import AsyncioPool

__all__ = ["PER_POOL", "SHARDS", "ShardedTransport"]

SHARDS = 16
PER_POOL = 8  # requests in a row that one pool takes before the next pool's turn


class ShardedTransport(httpx.AsyncBaseTransport):
    """Up to ``shards`` :class:`AsyncioPool` pools per scheme, taking turns
    ``per_pool`` requests at a time, each made on its first turn."""

    def __init__(
        self, shards: int = SHARDS, *, limits: httpx.Limits, per_pool: int = PER_POOL
    ) -> None:
        self._shards = shards
        self._per_pool = per_pool
        self._limits = httpx.Limits(
            max_connections=_share(limits.max_connections, shards),
            max_keepalive_connections=_share(limits.max_keepalive_connections, shards),
            keepalive_expiry=limits.keepalive_expiry,
        )
        self._pools: dict[str, list[AsyncioPool]] = {}
        self._started: dict[str, int] = {}  # requests per scheme, for the turns
        self._tls: dict[str, ssl.SSLContext] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._pool_for(request.url.scheme).handle_async_request(request)

    async def aclose(self) -> None:
        for pools in self._pools.values():
            for pool in pools:
                await pool.aclose()

    def _pool_for(self, scheme: str) -> AsyncioPool:
        started = self._started.get(scheme, 0)
        self._started[scheme] = started + 1
        pools = self._pools.setdefault(scheme, [])
        turn = (started // self._per_pool) % self._shards
        if turn == len(pools):
            pools.append(self._new_pool(scheme))
        return pools[turn]

    def _new_pool(self, scheme: str) -> AsyncioPool:
        # httpcore (and anyio with it) is imported with the first pool, as httpx does:
        # importing core.anthropic.api costs 20 ms less on paths that never send.
        from core.anthropic.pool import AsyncioPool

        # One TLS context for every pool of a scheme (each would otherwise build its own);
        # the plain-http pools never use theirs, so it loads no CA bundle.
        if scheme not in self._tls:
            self._tls[scheme] = httpx.create_ssl_context(verify=scheme == "https")
        return AsyncioPool(verify=self._tls[scheme], limits=self._limits)


def _share(total: int | None, shards: int) -> int | None:
    return None if total is None else max(1, -(-total // shards))

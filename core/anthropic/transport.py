"""A connection pool that stays cheap when every account of a refresh asks at once.

httpcore's pool re-examines every connection it holds each time a request starts or
ends, so n requests in flight cost n² checks (each a ``poll`` of the socket): at 200
accounts that alone took longer than the round trip (``bench/refresh.py``; the profile is
in the report of issue 17). :class:`ShardedTransport` is still one transport — one place
that owns every connection, closed together — made of several small httpx pools that
requests take turns on, so the checks are n²/shards.

The pools are made on first use, per scheme: loading the CA bundle into a TLS context
costs 50–150 ms, which a one-shot CLI run only pays when it really speaks https (and pays
once, shared by every pool). Plain http is only ever allowed to a loopback address
(:mod:`core.anthropic.endpoints`), and its pools never see an https request.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import httpx

__all__ = ["SHARDS", "ShardedTransport"]

SHARDS = 16


class ShardedTransport(httpx.AsyncBaseTransport):
    """Round-robin over ``shards`` :class:`httpx.AsyncHTTPTransport` pools per scheme."""

    def __init__(self, shards: int = SHARDS, *, limits: httpx.Limits) -> None:
        self._shards = shards
        self._limits = httpx.Limits(
            max_connections=_share(limits.max_connections, shards),
            max_keepalive_connections=_share(limits.max_keepalive_connections, shards),
            keepalive_expiry=limits.keepalive_expiry,
        )
        self._pools: dict[str, list[httpx.AsyncHTTPTransport]] = {}
        self._turns: dict[str, Iterator[httpx.AsyncHTTPTransport]] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        scheme = request.url.scheme
        if scheme not in self._turns:
            self._pools[scheme] = self._new_pools(scheme)
            self._turns[scheme] = itertools.cycle(self._pools[scheme])
        return await next(self._turns[scheme]).handle_async_request(request)

    async def aclose(self) -> None:
        for pools in self._pools.values():
            for pool in pools:
                await pool.aclose()

    def _new_pools(self, scheme: str) -> list[httpx.AsyncHTTPTransport]:
        # One TLS context for every pool of a scheme (each would otherwise build its own);
        # the plain-http pools never use theirs, so it loads no CA bundle.
        verify = httpx.create_ssl_context(verify=scheme == "https")
        return [
            httpx.AsyncHTTPTransport(verify=verify, limits=self._limits)
            for _ in range(self._shards)
        ]


def _share(total: int | None, shards: int) -> int | None:
    return None if total is None else max(1, -(-total // shards))

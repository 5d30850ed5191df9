"""One httpcore connection pool on :class:`core.anthropic.network.AsyncioBackend`, as an
httpx transport.

httpx's own :class:`httpx.AsyncHTTPTransport` cannot be given a network backend, so this
is that transport's direct-connection path with the backend passed in: the same request
and response mapping (body streamed both ways, ``extensions`` passed through) and the same
httpcore → httpx exception mapping, most specific class first, as
``httpx/_transports/default.py`` does (``tests/core/test_network_backend.py`` checks the
table against httpx's own). Proxies never come here: a proxy user keeps httpx's pool.
"""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import AsyncIterable, AsyncIterator, Iterator

import httpcore
import httpx

from core.anthropic.network import AsyncioBackend

__all__ = ["HTTPCORE_TO_HTTPX", "AsyncioPool"]

# Every httpcore exception httpx maps, to the httpx exception it maps it to.
HTTPCORE_TO_HTTPX: dict[type[Exception], type[httpx.HTTPError]] = {
    httpcore.TimeoutException: httpx.TimeoutException,
    httpcore.ConnectTimeout: httpx.ConnectTimeout,
    httpcore.ReadTimeout: httpx.ReadTimeout,
    httpcore.WriteTimeout: httpx.WriteTimeout,
    httpcore.PoolTimeout: httpx.PoolTimeout,
    httpcore.NetworkError: httpx.NetworkError,
    httpcore.ConnectError: httpx.ConnectError,
    httpcore.ReadError: httpx.ReadError,
    httpcore.WriteError: httpx.WriteError,
    httpcore.ProxyError: httpx.ProxyError,
    httpcore.UnsupportedProtocol: httpx.UnsupportedProtocol,
    httpcore.ProtocolError: httpx.ProtocolError,
    httpcore.LocalProtocolError: httpx.LocalProtocolError,
    httpcore.RemoteProtocolError: httpx.RemoteProtocolError,
}


class AsyncioPool(httpx.AsyncBaseTransport):
    """httpx's direct-connection transport, its sockets on the asyncio backend."""

    def __init__(self, *, verify: ssl.SSLContext, limits: httpx.Limits) -> None:
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=verify,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=AsyncioBackend(),
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _as_httpx_errors():
            response = await self._pool.handle_async_request(core_request)
        assert isinstance(response.stream, AsyncIterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(response.stream),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self._pool.aclose()


class _ResponseStream(httpx.AsyncByteStream):
    """The body as httpcore streams it, its failures as httpx's."""

    def __init__(self, stream: AsyncIterable[bytes]) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _as_httpx_errors():
            async for part in self._stream:
                yield part

    async def aclose(self) -> None:
        close = getattr(self._stream, "aclose", None)
        if close is not None:
            await close()


@contextlib.contextmanager
def _as_httpx_errors() -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        mapped = httpx_error_for(exc)
        if mapped is None:
            raise
        raise mapped(str(exc)) from exc


def httpx_error_for(exc: Exception) -> type[httpx.HTTPError] | None:
    """The most specific httpx exception ``exc`` maps to (a ReadTimeout to ReadTimeout,
    not to TimeoutException), or None for an exception httpx lets through."""
    mapped: type[httpx.HTTPError] | None = None
    for core_type, httpx_type in HTTPCORE_TO_HTTPX.items():
        if isinstance(exc, core_type) and (mapped is None or issubclass(httpx_type, mapped)):
            mapped = httpx_type
    return mapped

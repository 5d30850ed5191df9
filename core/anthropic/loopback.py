"""A one-shot HTTP listener on 127.0.0.1 that catches the OAuth redirect from the browser.

It knows HTTP, not OAuth: it hands the callback's query string to a validator (from
:mod:`core.anthropic.oauth`) that returns the authorization code or raises :class:`OAuthFlowError`.
Everything it reads is bounded (request line, headers, time), it answers each request with
a small self-contained HTML page, and :meth:`CallbackListener.close` leaves no port or
connection behind, whatever way the flow ended.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
from collections.abc import Callable
from http import HTTPStatus
from types import TracebackType
from urllib.parse import urlsplit

from core.errors import OAuthFlowError

__all__ = ["CALLBACK_PATH", "CallbackListener", "Validator"]

log = logging.getLogger(__name__)

CALLBACK_PATH = "/callback"
MAX_LINE = 8 * 1024  # request line and each header line; longer is refused, never buffered
MAX_HEADER_BYTES = 32 * 1024
MAX_HEADER_LINES = 100
READ_TIMEOUT = 10.0  # a browser sends its request at once; a silent peer must not hold a slot
LINGER_BYTES = 1024 * 1024  # after an early refusal, discard this much so the peer sees it
LINGER_TIMEOUT = 2.0
CLOSE_GRACE = 2.0  # time a browser gets to receive its result page when the flow ends

Validator = Callable[[str], str]
"""Takes the callback's raw query string; returns the code or raises OAuthFlowError."""

_SUCCESS = ("Signed in — you can close this tab", "Claude Usage has your sign-in.")


class _Refusal(Exception):
    """An HTTP error answer; ``linger`` when unread request bytes may still be arriving."""

    def __init__(self, status: HTTPStatus, message: str, *, linger: bool = False) -> None:
        super().__init__(message)
        self.status, self.message, self.linger = status, message, linger


class CallbackListener:
    """Serves exactly one valid ``GET /callback``; use ``async with`` so it always closes."""

    def __init__(self, validate: Validator | None = None, *, path: str = CALLBACK_PATH) -> None:
        self.validate = validate
        self.path = path
        self.port = 0
        self._server: asyncio.Server | None = None
        self._handlers: set[asyncio.Task[None]] = set()
        self._code: asyncio.Future[str] | None = None
        self._outcome: asyncio.Future[str | None] | None = None

    @property
    def redirect_uri(self) -> str:
        """Named ``localhost`` (the provider rejects ``127.0.0.1``), though bound to 127.0.0.1."""
        return f"http://localhost:{self.port}{self.path}"

    @property
    def code(self) -> asyncio.Future[str]:
        """Resolves with the first valid callback's code, or fails with its OAuthFlowError."""
        if self._code is None:
            raise RuntimeError("listener not started")
        return self._code

    async def __aenter__(self) -> CallbackListener:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def start(self) -> int:
        """Bind a free port on the loopback interface only; return it."""
        loop = asyncio.get_running_loop()
        self._code, self._outcome = loop.create_future(), loop.create_future()
        self._server = await asyncio.start_server(
            self._on_connection, host="127.0.0.1", port=0, limit=MAX_LINE
        )
        self.port = self._server.sockets[0].getsockname()[1]
        log.debug("OAuth callback listener on 127.0.0.1:%d", self.port)
        return self.port

    def finish(self, error: str | None = None) -> None:
        """Tell the browser still waiting on the callback how the sign-in ended."""
        if self._outcome is not None and not self._outcome.done():
            self._outcome.set_result(error)

    async def close(self) -> None:
        """Stop listening at once, let a waiting browser get its page, drop everyone else."""
        if self._server is None:
            return
        server, self._server = self._server, None
        server.close()  # the port is refused from here on
        self.finish("Sign-in was cancelled or did not complete.")
        if self._code is not None and not self._code.done():
            self._code.cancel()
        await self._stop_handlers()
        await server.wait_closed()
        log.debug("OAuth callback listener on port %d closed", self.port)

    async def _stop_handlers(self) -> None:
        handlers = set(self._handlers)
        if handlers:
            _, late = await asyncio.wait(handlers, timeout=CLOSE_GRACE)
            for task in late:
                task.cancel()
            await asyncio.gather(*handlers, return_exceptions=True)

    # ------------------------------------------------------------------ one connection
    async def _on_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._handlers.add(task)
        try:
            await self._converse(reader, writer)
        except (ConnectionError, TimeoutError):
            pass  # the peer went away or stalled: nothing to answer
        finally:
            if task is not None:
                self._handlers.discard(task)
            writer.close()
            with contextlib.suppress(ConnectionError, OSError):
                await writer.wait_closed()

    async def _converse(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            async with asyncio.timeout(READ_TIMEOUT):
                target = await _read_request(reader)
            if target is None:
                return  # connected and closed without a word (a port probe)
            status, title, body = await self._answer(target)
        except _Refusal as refusal:
            await _send(writer, refusal.status, "Sign-in failed", refusal.message)
            if refusal.linger:
                await _linger(reader, writer)
            return
        await _send(writer, status, title, body)

    async def _answer(self, target: str) -> tuple[HTTPStatus, str, str]:
        """The page for one well-formed GET; a valid callback waits for the flow's outcome."""
        parts = urlsplit(target)
        if parts.path != self.path:
            raise _Refusal(HTTPStatus.NOT_FOUND, "There is nothing here.")
        if self.code.done():
            raise _Refusal(HTTPStatus.GONE, "This sign-in has already finished.")
        if self.validate is None:
            raise _Refusal(HTTPStatus.SERVICE_UNAVAILABLE, "The sign-in is not ready yet.")
        try:
            code = self.validate(parts.query)
        except OAuthFlowError as exc:
            self.code.set_exception(exc)
            raise _Refusal(HTTPStatus.BAD_REQUEST, str(exc)) from None
        self.code.set_result(code)
        error = await self._wait_outcome()
        if error is None:
            return HTTPStatus.OK, *_SUCCESS
        return HTTPStatus.BAD_GATEWAY, "Sign-in failed", error

    async def _wait_outcome(self) -> str | None:
        assert self._outcome is not None
        return await asyncio.shield(self._outcome)


async def _read_request(reader: asyncio.StreamReader) -> str | None:
    """The target of a bounded ``GET`` (None if the peer sent nothing); headers are skipped."""
    line = await _read_line(reader, HTTPStatus.REQUEST_URI_TOO_LONG, "The address is too long.")
    if not line:
        return None
    parts = line.split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/"):
        raise _Refusal(HTTPStatus.BAD_REQUEST, "Malformed request.", linger=True)
    await _skip_headers(reader)
    if parts[0] != "GET":
        raise _Refusal(HTTPStatus.METHOD_NOT_ALLOWED, "Only GET is served here.", linger=True)
    return parts[1]


async def _skip_headers(reader: asyncio.StreamReader) -> None:
    too_big = HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE
    total = 0
    for _ in range(MAX_HEADER_LINES):
        line = await _read_line(reader, too_big, "The request headers are too large.")
        total += len(line)
        if total > MAX_HEADER_BYTES:
            raise _Refusal(too_big, "The request headers are too large.", linger=True)
        if not line:
            return
    raise _Refusal(too_big, "The request has too many headers.", linger=True)


async def _read_line(reader: asyncio.StreamReader, status: HTTPStatus, message: str) -> str:
    """One CRLF line, at most ``MAX_LINE`` bytes (StreamReader's limit raises beyond it)."""
    try:
        raw = await reader.readuntil(b"\n")
    except asyncio.LimitOverrunError:
        raise _Refusal(status, message, linger=True) from None
    except asyncio.IncompleteReadError as exc:
        if exc.partial:
            raise _Refusal(HTTPStatus.BAD_REQUEST, "Incomplete request.") from None
        return ""
    return raw.decode("latin-1").rstrip("\r\n")


async def _send(writer: asyncio.StreamWriter, status: HTTPStatus, title: str, text: str) -> None:
    body = _page(title, text).encode("utf-8")
    head = (
        f"HTTP/1.1 {status.value} {status.phrase}\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Cache-Control: no-store\r\n"
        "Referrer-Policy: no-referrer\r\n"
        "X-Content-Type-Options: nosniff\r\n"
        "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
        "Connection: close\r\n\r\n"
    )
    writer.write(head.encode("latin-1") + body)
    await writer.drain()


async def _linger(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Half-close, then discard what the peer is still sending (bounded).

    Closing a socket with unread input makes the kernel send a reset, and the peer may then
    lose our answer; reading the rest first lets a refusal such as 414 actually arrive.
    """
    if writer.can_write_eof():
        writer.write_eof()
    received = 0
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(LINGER_TIMEOUT):
            while received < LINGER_BYTES:
                chunk = await reader.read(64 * 1024)
                if not chunk:
                    return
                received += len(chunk)


def _page(title: str, text: str) -> str:
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f"<title>{html.escape(title)}</title>"
        "<style>body{font-family:system-ui,sans-serif;margin:4em auto;max-width:32em;"
        "text-align:center;color:#222}</style></head>"
        f"<body><h1>{html.escape(title)}</h1><p>{html.escape(text)}</p></body></html>"
    )

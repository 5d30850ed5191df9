"""A local, read-only usage feed: ``GET http://127.0.0.1:<port>/v1/usage`` (opt-in).

Status bars and scripts on the same machine can read what the tray already polled — the
``claude-usage usage --json`` document, same schema — without starting a poll of their own.
The document holds emails and usage, so the feed answers only its owner:

- it listens on **127.0.0.1 only**; :class:`LocalFeed` refuses any other address (no
  setting, no argument can expose it to the network);
- every request must carry ``Authorization: Bearer <token>``, the token kept in a 0600 file
  in the app's data folder (:func:`feed_token`), compared in constant time: other local
  users cannot read the file, web pages cannot know it;
- ``Host`` must be ``127.0.0.1:<port>`` or ``localhost:<port>``: a page whose own name was
  rebound to 127.0.0.1 (DNS rebinding) sends its own name and is refused;
- no CORS headers at all, so a browser never hands the answer to a page; GET only (``HEAD``,
  ``OPTIONS`` and the rest get 405);
- small fixed limits: 8 KiB of request line and headers, no body, a few seconds per
  connection, one request per connection, and a token bucket (10 requests a second) over
  all clients that answers 429 when empty.

The checks run in that order — rate, size, method, Host, path, token — so a refused caller
learns nothing it could not guess. The feed serves whatever ``document()`` returns (the
tray's current snapshots): it never polls Anthropic itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import os
import re
import secrets
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path

from core.base.atomic import write_atomic
from core.base.paths import FEED_TOKEN_FILENAME, ensure_private_dir
from core.errors import InvalidInputError

__all__ = [
    "DEFAULT_FEED_PORT",
    "FEED_PATH",
    "FEED_TOKEN_FILENAME",
    "LOOPBACK",
    "LocalFeed",
    "feed_token",
]

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
DEFAULT_FEED_PORT = 8765
FEED_PATH = "/v1/usage"
MAX_HEAD_BYTES = 8 * 1024  # request line and headers
CONNECTION_DEADLINE = 5.0  # seconds to send the request
RATE_PER_SECOND = 10.0
BURST = 10
_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{43}")  # secrets.token_urlsafe(32)
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def feed_token(path: Path, *, private_root: Path | None = None) -> str:
    """The feed's bearer token, from ``path`` (``AppPaths.feed_token``); created 0600 if
    missing.

    A file that is damaged, or that other users could read (so the token may have leaked),
    gets a new token: clients read the file again.
    """
    try:
        mode = path.stat().st_mode
        token = path.read_text(encoding="ascii").strip()
    except (FileNotFoundError, UnicodeDecodeError):
        pass
    else:
        private = os.name != "posix" or not stat.S_IMODE(mode) & 0o077
        if stat.S_ISREG(mode) and private and _TOKEN_SHAPE.fullmatch(token):
            return token
        log.warning("Replacing the feed token in %s (damaged or readable by others)", path)
    ensure_private_dir(path.parent, owned_root=private_root)
    token = secrets.token_urlsafe(32)
    write_atomic(path, token.encode("ascii") + b"\n")  # created 0600
    return token


@dataclass(frozen=True, slots=True)
class _Request:
    method: str
    target: str
    headers: dict[str, str] = field(repr=False)  # lower-case names; carries the bearer token


class _Refused(Exception):
    """Answer with this status and close."""

    def __init__(self, status: HTTPStatus, headers: dict[str, str] | None = None) -> None:
        super().__init__(status.phrase)
        self.status = status
        self.headers = headers or {}


class _TokenBucket:
    """``rate`` requests a second on average, ``burst`` at once."""

    def __init__(self, rate: float, burst: int, clock: Callable[[], float]) -> None:
        self._rate, self._burst, self._clock = rate, float(burst), clock
        self._tokens, self._at = float(burst), clock()

    def take(self) -> bool:
        now = self._clock()
        self._tokens = min(self._burst, self._tokens + (now - self._at) * self._rate)
        self._at = now
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True


class LocalFeed:
    """The feed's server: :meth:`start`, then :meth:`stop`. See the module docstring."""

    def __init__(
        self,
        document: Callable[[], str],
        *,
        token: str,
        port: int = DEFAULT_FEED_PORT,
        host: str = LOOPBACK,
        rate: float = RATE_PER_SECOND,
        burst: int = BURST,
        deadline: float = CONNECTION_DEADLINE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if host != LOOPBACK:
            raise InvalidInputError(f"The usage feed listens on {LOOPBACK} only, not {host!r}")
        if not 0 <= port <= 65535:
            raise InvalidInputError(f"Not a port number: {port}")
        if not token:
            raise InvalidInputError("The usage feed needs a token")
        self._document = document
        self._token = token.encode("utf-8")
        self._port = port
        self._bucket = _TokenBucket(rate, burst, clock)
        self._deadline = deadline
        self._server: asyncio.Server | None = None

    @property
    def port(self) -> int:
        """The port listened on (the one the system chose when asked for port 0)."""
        if self._server is not None and self._server.sockets:
            return int(self._server.sockets[0].getsockname()[1])
        return self._port

    @property
    def running(self) -> bool:
        return self._server is not None

    async def start(self) -> None:
        """Listen; raises OSError when the port is taken."""
        if self._server is None:
            self._server = await asyncio.start_server(
                self._serve, LOOPBACK, self._port, limit=MAX_HEAD_BYTES
            )

    async def stop(self) -> None:
        """Stop listening; a request being answered still ends within its deadline."""
        server, self._server = self._server, None
        if server is not None:
            server.close()
            await server.wait_closed()

    # -- one connection, one request ---------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            status, headers, body = await self._answer(reader)
            writer.write(_response(status, headers, body))
            await writer.drain()
            await self._linger(reader, writer)
        except (ConnectionError, TimeoutError, asyncio.IncompleteReadError):
            pass  # the client went away or dawdled: nothing to answer
        except Exception:
            log.exception("Usage feed: unexpected error")
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    async def _linger(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Read what the client sent but was not read (a refused request's rest) before
        closing: closing over unread input resets the connection, and the client would
        lose the answer. Bounded in size and time, like the request."""
        if writer.can_write_eof():
            writer.write_eof()
        async with asyncio.timeout(self._deadline):
            for _ in range(4):
                if not await reader.read(MAX_HEAD_BYTES):
                    break

    async def _answer(
        self, reader: asyncio.StreamReader
    ) -> tuple[HTTPStatus, dict[str, str], bytes]:
        try:
            if not self._bucket.take():
                raise _Refused(HTTPStatus.TOO_MANY_REQUESTS, {"Retry-After": "1"})
            async with asyncio.timeout(self._deadline):
                request = await _read_request(reader)
            self._check(request)
        except _Refused as refused:
            return refused.status, refused.headers, b""
        body = self._document().encode("utf-8")
        return HTTPStatus.OK, {"Content-Type": "application/json; charset=utf-8"}, body

    def _check(self, request: _Request) -> None:
        if request.method != "GET":
            raise _Refused(HTTPStatus.METHOD_NOT_ALLOWED, {"Allow": "GET"})
        if request.headers.get("host") not in {f"{LOOPBACK}:{self.port}", f"localhost:{self.port}"}:
            raise _Refused(HTTPStatus.MISDIRECTED_REQUEST)
        if request.target != FEED_PATH:
            raise _Refused(HTTPStatus.NOT_FOUND)
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            given.strip().encode("utf-8"), self._token
        ):
            raise _Refused(HTTPStatus.UNAUTHORIZED, {"WWW-Authenticate": "Bearer"})


async def _read_request(reader: asyncio.StreamReader) -> _Request:
    """Request line and headers, strictly: anything odd is a 400, too long a 431."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.LimitOverrunError as exc:
        raise _Refused(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE) from exc
    try:
        lines = head[:-4].decode("ascii").split("\r\n")
    except UnicodeDecodeError as exc:
        raise _Refused(HTTPStatus.BAD_REQUEST) from exc
    parts = lines[0].split(" ")
    if len(parts) != 3 or parts[2] not in {"HTTP/1.1", "HTTP/1.0"}:
        raise _Refused(HTTPStatus.BAD_REQUEST)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if not colon or not _HEADER_NAME.fullmatch(name) or name.lower() in headers:
            raise _Refused(HTTPStatus.BAD_REQUEST)  # also folded and repeated headers
        headers[name.lower()] = value.strip(" \t")
    if headers.get("content-length", "0") != "0" or "transfer-encoding" in headers:
        raise _Refused(HTTPStatus.BAD_REQUEST)  # the feed takes no body
    return _Request(parts[0], parts[1], headers)


def _response(status: HTTPStatus, headers: dict[str, str], body: bytes) -> bytes:
    """One response, then the connection closes; deliberately no CORS header."""
    fields = {
        **headers,
        "Content-Length": str(len(body)),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "Connection": "close",
    }
    head = f"HTTP/1.1 {status.value} {status.phrase}\r\n"
    head += "".join(f"{name}: {value}\r\n" for name, value in fields.items())
    return head.encode("ascii") + b"\r\n" + body

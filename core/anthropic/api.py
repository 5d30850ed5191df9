"""HTTP calls to Anthropic: one shared ``httpx.AsyncClient``, every failure mapped to our errors.

Nothing here parses usage or decides policy (refresh, cooldowns): it sends one request and
returns the decoded JSON, or raises a :mod:`core.errors` exception whose message a person can
act on. Request logs name the method, path and status, never a header value. (Token requests
pass through an injected :class:`core.usage.ratelimit.SignInServerGate` when one is given.)

Two guards against hostile or broken servers hold for every request:

- **a total deadline** (:data:`DEFAULT_DEADLINE`) around the whole exchange, body included:
  httpx's timeouts are per read, so a server sending one byte every few seconds would
  otherwise keep a request alive for as long as it likes;
- **a body size cap** (:data:`MAX_BODY_BYTES`): the body is streamed and reading stops at
  the cap, so a 200 MB answer costs at most the cap in memory, never the whole body.

A Cloudflare challenge or block page (``cf-mitigated`` header, or an HTML challenge page)
is :class:`BlockedError` whatever its status: it says nothing about the credentials. So is
what a proxy or gateway says instead of the API — an HTML 5xx page (the API's own errors
are JSON), a 407, a proxy that refused the connection — with ``blocker="proxy"``.
"""

from __future__ import annotations

import asyncio
import email.utils
import json as jsonlib
import logging
import urllib.request
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import httpx

from core.anthropic.endpoints import Endpoints
from core.anthropic.transport import ShardedTransport
from core.base.redact import redact_text
from core.errors import (
    ApiError,
    AuthenticationError,
    BlockedError,
    NeedsSignInError,
    NetworkError,
    RateLimitedError,
    ResponseFormatError,
    ScopeError,
)
from core.version import package_version

__all__ = [
    "ADMIN_API_VERSION",
    "CLIENT_ID",
    "DEFAULT_DEADLINE",
    "DEFAULT_TIMEOUT",
    "MAX_BODY_BYTES",
    "AnthropicApi",
    "Reply",
    "TokenGate",
    "error_message",
    "new_http_client",
    "parse_retry_after",
]

log = logging.getLogger(__name__)

CLIENT_ID = "9d1c250a-e61b-44d9-88ed-5944d1962f5e"
ADMIN_API_VERSION = "2023-06-01"
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=10.0)
DEFAULT_DEADLINE = 30.0  # seconds for a whole request, body included
MAX_BODY_BYTES = 8 * 1024 * 1024  # a month of admin report pages is far below this
# Words only Cloudflare's challenge/block pages carry (its "Just a moment…" interstitial,
# its managed challenge script, its "Attention Required" and error-1020 pages).
_CLOUDFLARE_PAGE_MARKERS = (
    b"cf-chl",
    b"challenge-platform",
    b"cf_chl_opt",
    b"just a moment...",
    b"attention required! | cloudflare",
    b"cf-error-details",
)
SCOPE_HINT = (
    "This login can't read usage: its token lacks the user:profile scope "
    "(tokens from `claude setup-token` carry only user:inference). Sign in with Claude instead."
)


# Every account of a refresh asks at once: httpx's default pool (100 connections) would make
# the 101st wait for a whole round trip. Idle connections beyond the keep-alive count close.
POOL_LIMITS = httpx.Limits(max_connections=512, max_keepalive_connections=64)


def new_http_client() -> httpx.AsyncClient:
    """The one client the library shares: explicit timeouts, no redirects followed silently,
    a pool wide enough for every account of a refresh at once."""
    if urllib.request.getproxies():  # httpx applies the proxy settings to its own pool only
        return httpx.AsyncClient(
            timeout=DEFAULT_TIMEOUT, follow_redirects=False, limits=POOL_LIMITS
        )
    return httpx.AsyncClient(
        timeout=DEFAULT_TIMEOUT,
        follow_redirects=False,
        transport=ShardedTransport(limits=POOL_LIMITS),
    )


def parse_retry_after(value: str | None, now: datetime | None = None) -> datetime | None:
    """``Retry-After`` as an instant (delta-seconds or HTTP date); None if absent or unparsable."""
    if value is None or not value.strip():
        return None
    now = now or datetime.now(UTC)
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        return when if when.tzinfo else when.replace(tzinfo=UTC)
    if seconds != seconds or seconds < 0:  # NaN or negative
        return None
    return now + timedelta(seconds=min(seconds, 7 * 24 * 3600))


@dataclass(frozen=True, slots=True)
class Reply:
    """A finished answer: status, headers and the body as read (never more than the cap)."""

    status_code: int
    reason_phrase: str
    headers: httpx.Headers
    content: bytes = field(repr=False)  # a token endpoint's body holds the new tokens

    def json(self) -> Any:
        """The body decoded as JSON; ``ValueError`` if it is not JSON or nests too deeply
        (``[[[[…`` would otherwise escape as a RecursionError)."""
        try:
            return jsonlib.loads(self.content)
        except RecursionError as exc:
            raise ValueError("JSON nested too deeply") from exc


class TokenGate(Protocol):
    """What :class:`AnthropicApi` needs of :class:`core.usage.ratelimit.SignInServerGate`."""

    async def call(self, token_url: str, request: Callable[[], Awaitable[Any]]) -> Any: ...


def error_message(response: Reply) -> str:
    """The body's ``error.message`` (or OAuth ``error_description``), else the status line."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, Mapping):
        error = body.get("error")
        if isinstance(error, Mapping) and isinstance(error.get("message"), str):
            return redact_text(str(error["message"]))[:300]
        if isinstance(body.get("error_description"), str):
            return redact_text(str(body["error_description"]))[:300]
        if isinstance(error, str):
            return redact_text(error)[:300]
    return f"HTTP {response.status_code} {response.reason_phrase}".strip()


def _error_type(response: Reply) -> str | None:
    try:
        body = response.json()
    except ValueError:
        return None
    if not isinstance(body, Mapping):
        return None
    error = body.get("error")
    if isinstance(error, Mapping):
        kind = error.get("type")
        return kind if isinstance(kind, str) else None
    return error if isinstance(error, str) else None


class AnthropicApi:
    """The endpoints of anthropic-api.md, each one awaited request."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        endpoints: Endpoints,
        *,
        beta_version: str = "oauth-2025-04-20",
        user_agent: str = "claude-code/2.1.0",
        deadline: float = DEFAULT_DEADLINE,
        max_body_bytes: int = MAX_BODY_BYTES,
        token_gate: TokenGate | None = None,
    ) -> None:
        self.http = http
        self.endpoints = endpoints
        self.beta_version = beta_version
        self.user_agent = user_agent
        self.deadline = deadline
        self.max_body_bytes = max_body_bytes
        self.token_gate = token_gate

    def _oauth_headers(self, access_token: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {access_token}",
            "anthropic-beta": self.beta_version,
            "User-Agent": self.user_agent,
            "Accept": "application/json",
        }

    async def get_usage(self, access_token: str) -> Any:
        """``GET /api/oauth/usage`` → decoded JSON."""
        url = self.endpoints.api("/api/oauth/usage")
        return await self._send("GET", url, headers=self._oauth_headers(access_token))

    async def get_profile(self, access_token: str) -> Any:
        """``GET /api/oauth/profile`` → decoded JSON."""
        url = self.endpoints.api("/api/oauth/profile")
        return await self._send("GET", url, headers=self._oauth_headers(access_token))

    async def refresh(self, refresh_token: str) -> Any:
        """Trade a (single-use) refresh token for a new pair. Dead grant → NeedsSignInError."""
        body = {
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": CLIENT_ID,
        }
        return await self._token_request(body)

    async def exchange_code(
        self, *, code: str, code_verifier: str, state: str, redirect_uri: str
    ) -> Any:
        """Trade an authorization code (PKCE) for tokens."""
        body = {
            "grant_type": "authorization_code",
            "client_id": CLIENT_ID,
            "code": code,
            "redirect_uri": redirect_uri,
            "code_verifier": code_verifier,
            "state": state,
        }
        return await self._token_request(body)

    async def _token_request(self, body: dict[str, str]) -> Any:
        headers = {"User-Agent": self.user_agent, "Accept": "application/json"}
        url = self.endpoints.token_url

        async def send() -> Any:
            return await self._send("POST", url, headers=headers, json=body)

        if self.token_gate is None:
            return await send()
        return await self.token_gate.call(url, send)

    async def admin_get(
        self,
        path: str,
        params: Sequence[tuple[str, str]],
        admin_key: str,
        *,
        beta: str | None = None,
    ) -> Any:
        """One Admin API GET (``x-api-key``); repeated params such as ``group_by[]`` kept;
        ``beta`` is sent as ``anthropic-beta`` (e.g. for spend-limit reads)."""
        headers = {
            "x-api-key": admin_key,
            "anthropic-version": ADMIN_API_VERSION,
            "User-Agent": f"claude-usage-tray/{package_version()}",
            "Accept": "application/json",
        }
        if beta:
            headers["anthropic-beta"] = beta
        url = self.endpoints.api(path)
        return await self._send("GET", url, headers=headers, params=list(params), admin=True)

    async def _send(
        self,
        method: str,
        url: str,
        *,
        headers: dict[str, str],
        json: Any = None,
        params: list[tuple[str, str]] | None = None,
        admin: bool = False,
    ) -> Any:
        response = await self._transport(method, url, headers=headers, json=json, params=params)
        log.debug("%s %s → %s", method, httpx.URL(url).path, response.status_code)
        blocker = _blocker(response)
        if blocker is not None:
            retry_at = parse_retry_after(response.headers.get("retry-after"))
            raise BlockedError(retry_at=retry_at, blocker=blocker)
        if response.status_code >= 400:
            raise self._status_error(
                response, token_endpoint=url == self.endpoints.token_url, admin=admin
            )
        return _decode(response)

    async def _transport(
        self,
        method: str,
        url: str,
        *,
        headers: dict[str, str],
        json: Any,
        params: list[tuple[str, str]] | None,
    ) -> Reply:
        """The exchange under the total deadline, every transport failure a NetworkError."""
        host = httpx.URL(url).host
        query = httpx.QueryParams(tuple(params)) if params else None
        request = self.http.build_request(method, url, headers=headers, json=json, params=query)
        try:
            async with asyncio.timeout(self.deadline):
                return await self._exchange(request)
        except TimeoutError as exc:
            raise NetworkError(
                f"{host} did not finish answering within {self.deadline:g} s; gave up"
            ) from exc
        except httpx.TimeoutException as exc:
            raise NetworkError(f"{host} did not answer in time") from exc
        except httpx.ProxyError as exc:  # the proxy refused the tunnel: a block, not offline
            raise BlockedError(blocker="proxy") from exc
        except httpx.TransportError as exc:
            raise NetworkError(f"Cannot reach {host}: {type(exc).__name__}") from exc
        except httpx.HTTPError as exc:  # e.g. a body that breaks off mid-stream
            raise NetworkError(f"Request to {host} failed: {type(exc).__name__}") from exc

    async def _exchange(self, request: httpx.Request) -> Reply:
        """Send, then read the body in chunks, stopping at the cap (the rest is never read)."""
        response = await self.http.send(request, stream=True)
        try:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_body_bytes:
                raise _too_large(int(declared), self.max_body_bytes)
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > self.max_body_bytes:
                    raise _too_large(None, self.max_body_bytes)
        finally:
            await response.aclose()
        return Reply(response.status_code, response.reason_phrase, response.headers, bytes(body))

    def _status_error(self, response: Reply, *, token_endpoint: bool, admin: bool) -> Exception:
        status, message = response.status_code, error_message(response)
        if status == 429:
            retry_at = parse_retry_after(response.headers.get("retry-after"))
            return RateLimitedError(f"Rate limited by Anthropic: {message}", retry_at=retry_at)
        if token_endpoint and _error_type(response) == "invalid_grant":
            return NeedsSignInError("The sign-in has expired or was revoked: sign in again")
        if status == 401:
            what = "Admin API key was refused" if admin else "Access token was refused"
            return AuthenticationError(f"{what} (401): {message}", status=401)
        if status == 403 and not admin and _error_type(response) == "permission_error":
            return ScopeError(SCOPE_HINT)
        if status == 403:
            return AuthenticationError(f"Permission denied (403): {message}", status=403)
        return ApiError(f"Anthropic returned an error ({status}): {message}", status=status)


def _too_large(declared: int | None, cap: int) -> ResponseFormatError:
    limit = f"{cap / (1024 * 1024):g} MiB"
    if declared is None:
        return ResponseFormatError(f"Response too large (over the {limit} limit); stopped reading")
    return ResponseFormatError(f"Response too large ({declared} bytes announced; limit {limit})")


def _blocker(response: Reply) -> str | None:
    """Who answered instead of the API: "cloudflare", "proxy", or None (the API itself)."""
    if _is_cloudflare_block(response):
        return "cloudflare"
    if response.status_code == 407 or _is_html_gateway_error(response):
        return "cloudflare" if _via_cloudflare(response) else "proxy"
    return None


def _is_html_gateway_error(response: Reply) -> bool:
    """A 5xx whose body is an HTML page: a gateway's error page — the API answers JSON."""
    if response.status_code < 500:
        return False
    content_type = response.headers.get("content-type", "").lower()
    if "html" in content_type:
        return True
    start = response.content[:512].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html"))


def _via_cloudflare(response: Reply) -> bool:
    return "cloudflare" in response.headers.get("server", "").lower() or bool(
        response.headers.get("cf-ray")
    )


def _is_cloudflare_block(response: Reply) -> bool:
    """Cloudflare answered instead of the API: a ``cf-mitigated`` header (its challenge
    marker), or an HTML page that is one of its challenge or block pages."""
    if response.headers.get("cf-mitigated", "").strip():
        return True
    if response.status_code not in (403, 429, 503):
        return False
    if "html" not in response.headers.get("content-type", "").lower():
        return False
    page = response.content[:65536].lower()
    return any(marker in page for marker in _CLOUDFLARE_PAGE_MARKERS)


def _decode(response: Reply) -> Any:
    try:
        return response.json()
    except ValueError as exc:
        raise ResponseFormatError(
            f"Anthropic sent a response that is not JSON (HTTP {response.status_code}, "
            f"{len(response.content)} bytes)"
        ) from exc

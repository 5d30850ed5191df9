"""A fake Anthropic server on a real loopback socket, speaking the shapes of ``tests/data``.

It serves every endpoint of ``/work/shared/anthropic-api.md``: OAuth usage and profile,
the OAuth authorize page and token endpoint (rotating single-use refresh tokens, PKCE),
and the Admin API reports. Tests inject faults (error statuses, 429 with ``Retry-After``,
malformed JSON, connection resets, slow answers) and read back every request.

In-process use (or the ``fake_server`` fixture of ``tests/conftest.py``)::

    with FakeAnthropic() as fake:
        account = fake.add_account(email="ana@example.com")
        fake.fail("/api/oauth/usage", 429, headers={"Retry-After": "30"})
        ...  # point code at fake.env() / fake.base_url
        fake.wait_for("/api/oauth/usage", count=2)  # no sleeps: wakes on arrival

Standalone (CLI subprocess tests, the e2e tray test, benchmarks)::

    python -m tests.fakes.server --port 0 --seed-accounts 3 --latency 0.2

prints one JSON line (base URL, accounts with Claude Code credentials, admin key) and
serves until killed; :mod:`tests.fakes.control` lists its ``/_fake/`` control endpoints.
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import json
import secrets
import signal
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

from . import control, organisation
from .accounts import (
    CLIENT_ID,
    DEFAULT_ADMIN_KEY,
    DEFAULT_PLAN,
    DEFAULT_SCOPES,
    AccessGrant,
    FakeAccount,
    PendingCode,
    RefreshGrant,
    new_access_token,
    new_refresh_token,
    sample,
)
from .admin_data import AdminData, AdminRequestError
from .faults import Fault, FaultKind, FaultQueue
from .holds import Hold, HoldList
from .http_handler import LoopbackServer, RequestHandler
from .oauth_flow import (
    CODE_LIFETIME,
    REAL_MANUAL_REDIRECT_URL,
    authorize_problem,
    code_problem,
    loopback_redirect_ok,
    manual_code_from_page,
    manual_page,
    pkce_challenge,
    redirect,
    token_payload,
)
from .recording import RecordedRequest
from .responses import (
    Body,
    Response,
    api_error,
    default_error_body,
    encode_body,
    html_response,
    json_response,
    oauth_error,
)

__all__ = [
    "CLIENT_ID",
    "DEFAULT_ADMIN_KEY",
    "REAL_MANUAL_REDIRECT_URL",
    "FakeAccount",
    "FakeAnthropic",
    "RecordedRequest",
    "Response",
    "main",
    "manual_code_from_page",
    "pkce_challenge",
]

Route = Callable[[RecordedRequest], Response]
SPEND_LIMITS_BETA = "spend-limit-reads-2026-09-26"
SPEND_LIMITS_PAGE = 100  # members per page of spend_limits/effective

# The shape of Cloudflare's managed-challenge interstitial (trimmed).
CLOUDFLARE_CHALLENGE_PAGE = (
    '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>'
    '<meta http-equiv="refresh" content="390"></head><body><div class="main-wrapper">'
    "<noscript>Enable JavaScript and cookies to continue</noscript></div>"
    "<script>(function(){window._cf_chl_opt={cvId: '3',cType: 'managed'};"
    "var a=document.createElement('script');"
    "a.src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1';"
    "document.getElementsByTagName('head')[0].appendChild(a);}());</script></body></html>"
)


class FakeAnthropic:
    """The fake server. Start it (or use ``with``), add accounts, point code at :meth:`env`.

    Options (plain attributes, set any time):

    - ``latency``: seconds added to every request (does not block other requests);
    - ``omit_refresh_token_in_response``: refresh answers carry no ``refresh_token`` and the
      old one stays valid (as the real endpoint may do);
    - ``authorize_error``: e.g. ``"access_denied"`` — ``/oauth/authorize`` redirects back
      with this error instead of a code;
    - ``sign_in_account``: the account a browser sign-in yields (``None``: a new account);
    - ``require_claude_code_user_agent``: answer 429 ``retry-after: 0`` to OAuth requests
      whose ``User-Agent`` is not ``claude-code/…`` (the real API's tiny bucket);
    - ``allow_ip_redirect``: accept ``http://127.0.0.1:<port>/callback`` (the real server is
      reported to reject it; only ``localhost`` passes by default);
    - ``clock``: epoch-seconds function used for token/code expiry;
    - ``token_response_quirks``: fields merged into every refresh answer *after* the grant
      was rotated, e.g. ``{"expires_in": "28800", "scope": ["user:profile"]}`` or
      ``{"access_token": None}`` (a server that rotated, then sent something odd).

    :meth:`hold` keeps answers back until the test releases them (forcing race timing).
    """

    def __init__(self, *, port: int = 0, latency: float = 0.0) -> None:
        self._lock = threading.RLock()
        self._port = port
        self._server: LoopbackServer | None = None
        self._thread: threading.Thread | None = None
        self._faults = FaultQueue()
        self._holds = HoldList()
        self._requests: list[RecordedRequest] = []
        self._arrived = threading.Condition(self._lock)
        self._in_flight: dict[str, int] = {}
        self._peak_in_flight: dict[str, int] = {}
        self._accounts: list[FakeAccount] = []
        self._access: dict[str, AccessGrant] = {}
        self._refresh: dict[str, RefreshGrant] = {}
        self._codes: dict[str, PendingCode] = {}
        self._admin_keys: set[str] = set()
        self._sign_ins = 0
        self.admin = AdminData()
        self.latency = latency
        self.omit_refresh_token_in_response = False
        self.authorize_error: str | None = None
        self.sign_in_account: FakeAccount | None = None
        self.require_claude_code_user_agent = False
        self.allow_ip_redirect = False
        self.clock: Callable[[], float] = time.time
        self.token_response_quirks: dict[str, Any] = {}
        self._routes: dict[tuple[str, str], Route] = {
            ("GET", "/api/oauth/usage"): self._usage,
            ("GET", "/api/oauth/profile"): self._profile,
            ("POST", "/v1/oauth/token"): self._token,
            ("GET", "/oauth/authorize"): self._authorize,
            ("GET", "/oauth/code/callback"): self._manual_callback,
            ("GET", "/v1/organizations/usage_report/messages"): self._admin_messages,
            ("GET", "/v1/organizations/cost_report"): self._admin_cost,
            ("GET", "/v1/organizations/usage_report/claude_code"): self._admin_claude_code,
            ("GET", "/v1/organizations/api_keys"): self._admin_api_keys,
            ("GET", "/v1/organizations/spend_limits/effective"): self._admin_spend_limits,
        }

    # ----------------------------------------------------------------- lifecycle

    def start(self) -> FakeAnthropic:
        """Listen on 127.0.0.1 (a free port, or the same port again after :meth:`stop`)."""
        if self._server is not None:
            return self
        server = LoopbackServer(("127.0.0.1", self._port), self._serve)
        self._port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; wakes slow responses and cuts open connections. Idempotent."""
        server, thread = self._server, self._thread
        if server is None:
            return
        self._server = self._thread = None
        server.stopping.set()
        self._holds.release_all()
        server.shutdown()
        server.cut_connections()
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> FakeAnthropic:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        if not self._port:
            raise RuntimeError("FakeAnthropic is not started")
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def token_url(self) -> str:
        return f"{self.base_url}/v1/oauth/token"

    @property
    def authorize_url(self) -> str:
        return f"{self.base_url}/oauth/authorize"

    @property
    def manual_redirect_url(self) -> str:
        """The fake's own "show CODE#STATE" page (the real one is on platform.claude.com)."""
        return f"{self.base_url}/oauth/code/callback"

    def env(self) -> dict[str, str]:
        """Environment that points ``Endpoints.from_env`` at this server."""
        return {
            "CLAUDE_USAGE_API_BASE": self.base_url,
            "CLAUDE_USAGE_TOKEN_URL": self.token_url,
            "CLAUDE_USAGE_AUTHORIZE_URL": self.authorize_url,
            "CLAUDE_USAGE_MANUAL_REDIRECT_URL": self.manual_redirect_url,
        }

    # ----------------------------------------------------------------- accounts

    def add_account(
        self,
        *,
        email: str = "dev@example.com",
        usage: dict[str, Any] | None = None,
        plan: str = DEFAULT_PLAN,
        access_token: str | None = None,
        refresh_token: str | None = None,
        expires_in: int = 28800,
        scopes: tuple[str, ...] | list[str] = DEFAULT_SCOPES,
    ) -> FakeAccount:
        """A new account with one live grant (tokens generated unless given)."""
        account = FakeAccount(
            email=email,
            plan=plan,
            usage=sample("usage_full.json") if usage is None else usage,
            access_token=access_token or new_access_token(),
            refresh_token=refresh_token or new_refresh_token(),
            expires_in=expires_in,
            scopes=tuple(scopes),
        )
        with self._lock:
            self._accounts.append(account)
            self._register(account, account.scopes, expires_in)
        return account

    @property
    def accounts(self) -> list[FakeAccount]:
        with self._lock:
            return list(self._accounts)

    def set_usage(self, account: FakeAccount, usage: dict[str, Any]) -> None:
        with self._lock:
            account.usage = usage

    def expire_access_token(self, account: FakeAccount) -> None:
        """The account's current access token now answers 401 (its refresh token still works)."""
        with self._lock:
            self._access.pop(account.access_token, None)

    def revoke_refresh_token(self, account: FakeAccount) -> None:
        """The account's current refresh token now answers 400 invalid_grant."""
        with self._lock:
            self._refresh.pop(account.refresh_token, None)

    def refresh_elsewhere(self, account: FakeAccount) -> tuple[str, str]:
        """Another client (Claude Code) refreshes: the old refresh token dies; new pair returned."""
        with self._lock:
            grant = self._refresh.pop(account.refresh_token, None)
            scopes = grant.scopes if grant else account.scopes
            return self._issue(account, scopes, account.expires_in)

    def is_live_access_token(self, token: str) -> bool:
        with self._lock:
            grant = self._access.get(token)
            return grant is not None and grant.expires_at > self.clock()

    def is_live_refresh_token(self, token: str) -> bool:
        with self._lock:
            return token in self._refresh

    def _register(self, account: FakeAccount, scopes: tuple[str, ...], expires_in: int) -> None:
        expires_at = self.clock() + expires_in
        self._access[account.access_token] = AccessGrant(account, scopes, expires_at)
        self._refresh[account.refresh_token] = RefreshGrant(account, scopes, expires_in)

    def _issue(
        self, account: FakeAccount, scopes: tuple[str, ...], expires_in: int, *, rotate: bool = True
    ) -> tuple[str, str]:
        """A new access token (and refresh token when ``rotate``); caller holds the lock."""
        account.access_token = new_access_token()
        if rotate:
            account.refresh_token = new_refresh_token()
        account.expires_in = expires_in
        self._register(account, scopes, expires_in)
        return account.access_token, account.refresh_token

    # ----------------------------------------------------------------- admin

    def add_admin_key(self, key: str = DEFAULT_ADMIN_KEY) -> str:
        with self._lock:
            self._admin_keys.add(key)
        return key

    def revoke_admin_key(self, key: str) -> None:
        with self._lock:
            self._admin_keys.discard(key)

    def set_claude_code_day(self, day: str, records: list[dict[str, Any]]) -> None:
        """Records ``usage_report/claude_code?starting_at=<day>`` answers (default: none)."""
        self.admin.set_claude_code_day(day, records)

    def set_spend_limits(self, payload: dict[str, Any] | None) -> None:
        """What ``spend_limits/effective`` answers; None: 404, not available for this org."""
        self.admin.set_spend_limits(payload)

    def seed_organisation(self, users: int, days: list[str]) -> None:
        """An organisation of ``users`` people: Claude Code records on each of ``days``
        and their spend limits (see :mod:`tests.fakes.organisation`)."""
        for day in days:
            self.set_claude_code_day(day, organisation.claude_code_records(users, day))
        self.set_spend_limits(organisation.spend_limits_effective(users, len(days)))

    def gateway_error(
        self, path: str, status: int = 502, *, server: str = "nginx", times: int | None = 1
    ) -> None:
        """A proxy's or gateway's HTML error page instead of the API's answer."""
        page = (
            f"<html><head><title>{status} Bad Gateway</title></head><body>"
            f"<center><h1>{status} Bad Gateway</h1></center><hr><center>{server}</center>"
            "</body></html>"
        )
        headers = {"Server": server, "Content-Type": "text/html"}
        self.fail(path, status, body=page, headers=headers, times=times)

    def set_admin_pages(self, report: str, pages: list[dict[str, Any]]) -> None:
        """Pages of ``messages``, ``cost_report`` or ``api_keys`` (``next_page`` is rewritten)."""
        self.admin.set_pages(report, pages)

    # ----------------------------------------------------------------- faults

    def fail(
        self,
        path: str,
        status: int,
        *,
        body: Body = None,
        headers: dict[str, str] | None = None,
        times: int | None = 1,
    ) -> None:
        """Answer requests under ``path`` with ``status`` (``times=None``: always)."""
        encoded = encode_body(body)
        fault = Fault(
            FaultKind.STATUS,
            path,
            status=status,
            body=default_error_body(status) if encoded is None else encoded,
            headers={"Content-Type": _content_type(encoded), **(headers or {})},
            times=times,
        )
        self._faults.add(fault)

    def rate_limit(
        self, path: str, *, retry_after: str | int | None = None, times: int | None = 1
    ) -> None:
        """429 with the real body; ``retry_after`` seconds, an HTTP-date string, or absent."""
        headers = {} if retry_after is None else {"Retry-After": str(retry_after)}
        self.fail(path, 429, headers=headers, times=times)

    def malformed(self, path: str, *, body: bytes = b"{not json", times: int | None = 1) -> None:
        """Answer 200 ``application/json`` with a body that does not parse."""
        headers = {"Content-Type": "application/json"}
        self._faults.add(Fault(FaultKind.MALFORMED, path, body=body, headers=headers, times=times))

    def reset_connection(self, path: str, times: int | None = 1) -> None:
        """Send headers and part of the body, then reset the connection."""
        self._faults.add(Fault(FaultKind.RESET, path, times=times))

    def hang(self, path: str, seconds: float, *, times: int | None = 1) -> None:
        """Delay the answer by ``seconds`` (cut short, without an answer, when the fake stops)."""
        self._faults.add(Fault(FaultKind.HANG, path, seconds=seconds, times=times))

    def hold(self, path: str, *, count: int = 1) -> Hold:
        """Handle the next ``count`` requests under ``path`` on arrival but keep their answers
        back until ``release()`` on the returned :class:`~tests.fakes.holds.Hold`."""
        return self._holds.add(Hold(path, count))

    # Hostile and blocked answers (issue 14, "Blocks and slow servers").

    def cloudflare_challenge(
        self,
        path: str,
        *,
        status: int = 403,
        mitigated_header: bool = True,
        times: int | None = 1,
    ) -> None:
        """Cloudflare's "Just a moment…" challenge page instead of the API's answer: HTML,
        ``cf-ray``, ``server: cloudflare`` and (unless ``mitigated_header=False``, the
        HTML-only variant) ``cf-mitigated: challenge``."""
        headers = {"Server": "cloudflare", "CF-RAY": "8f1c2d3e4a5b6c7d-AMS"}
        if mitigated_header:
            headers["cf-mitigated"] = "challenge"
        self.fail(path, status, body=CLOUDFLARE_CHALLENGE_PAGE, headers=headers, times=times)

    def drip(self, path: str, interval: float, *, chunk: int = 1, times: int | None = 1) -> None:
        """Answer normally but send the body ``chunk`` bytes every ``interval`` seconds."""
        self._faults.add(
            Fault(FaultKind.DRIP, path, seconds=interval, chunk=max(chunk, 1), times=times)
        )

    def huge_body(
        self, path: str, size: int, *, chunked: bool = True, times: int | None = 1
    ) -> None:
        """Answer 200 with a ``size``-byte JSON body, streamed as it is generated
        (``chunked=False``: announced with ``Content-Length``)."""
        self._faults.add(Fault(FaultKind.FLOOD, path, size=size, chunked=chunked, times=times))

    def clear_faults(self) -> None:
        self._faults.clear()

    def pending_faults(self) -> list[Fault]:
        return self._faults.pending()

    # ----------------------------------------------------------------- request log

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request so far, in arrival order."""
        with self._lock:
            return list(self._requests)

    def requests_to(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path == path]

    def count(self, path: str) -> int:
        """How many requests had exactly this path (query string excluded)."""
        return len(self.requests_to(path))

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()
            self._peak_in_flight.clear()

    def peak_concurrency(self, path: str) -> int:
        """The most requests to ``path`` that were being answered at the same time."""
        with self._lock:
            return self._peak_in_flight.get(path, 0)

    def wait_for(self, path: str, count: int = 1, timeout: float = 10.0) -> list[RecordedRequest]:
        """Block until ``count`` requests to exactly ``path`` have arrived; return them.

        Wakes on each arrival (no polling sleeps); raises ``TimeoutError`` after ``timeout``.
        """
        with self._arrived:
            arrived = self._arrived.wait_for(
                lambda: len([r for r in self._requests if r.path == path]) >= count, timeout
            )
            seen = [r for r in self._requests if r.path == path]
        if not arrived:
            raise TimeoutError(f"{len(seen)} of {count} requests to {path} within {timeout}s")
        return seen

    # ----------------------------------------------------------------- serving

    def _serve(self, request: RecordedRequest, handler: RequestHandler) -> None:
        if request.path.startswith(control.PREFIX):
            handler.send(control.handle(self, request))
            return
        fault = self._faults.take(request.path)
        hold = self._holds.catch(request.path)
        with self._lock:
            self._requests.append(_with_fault(request, fault))
            self._arrived.notify_all()
        self._flight(request.path, +1)
        try:
            self._respond(request, fault, handler, hold)
        finally:
            self._flight(request.path, -1)

    def _flight(self, path: str, change: int) -> None:
        with self._lock:
            now = self._in_flight.get(path, 0) + change
            self._in_flight[path] = now
            self._peak_in_flight[path] = max(now, self._peak_in_flight.get(path, 0))

    def _respond(
        self,
        request: RecordedRequest,
        fault: Fault | None,
        handler: RequestHandler,
        hold: Hold | None = None,
    ) -> None:
        stopping = handler.server.stopping
        if self.latency > 0 and stopping.wait(self.latency):
            handler.drop()
            return
        if fault is not None and fault.kind is FaultKind.HANG and stopping.wait(fault.seconds):
            handler.drop()
            return
        if fault is not None and fault.kind is FaultKind.RESET:
            handler.reset()
            return
        if fault is not None and fault.kind is FaultKind.FLOOD:
            handler.flood(fault.size, chunked=fault.chunked)
            return
        drip = fault is not None and fault.kind is FaultKind.DRIP
        # Handled now (a grant rotates on arrival), sent when the hold lets it go.
        answer = self._answer(request, None if drip else fault)
        if hold is not None and not hold.wait(stopping):
            handler.drop()
            return
        if fault is not None and drip:
            handler.drip(answer, fault.chunk, fault.seconds)
            return
        handler.send(answer)

    def _answer(self, request: RecordedRequest, fault: Fault | None) -> Response:
        if fault is not None and fault.kind in (FaultKind.STATUS, FaultKind.MALFORMED):
            return Response(fault.status, fault.body, dict(fault.headers or {}))
        try:
            return self._route(request)
        except Exception as error:  # a bug in the fake must show, not hang
            return api_error(500, "api_error", f"fake server bug: {type(error).__name__}: {error}")

    def _route(self, request: RecordedRequest) -> Response:
        route = self._routes.get((request.method, request.path))
        if route is not None:
            return route(request)
        if any(path == request.path for _, path in self._routes):
            return api_error(405, "invalid_request_error", f"{request.method} not allowed")
        return api_error(404, "not_found_error", f"Not found: {request.path}")

    # ----------------------------------------------------------------- OAuth API

    def _bearer(self, request: RecordedRequest) -> AccessGrant | Response:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        with self._lock:
            grant = self._access.get(token.strip()) if scheme.lower() == "bearer" else None
            live = grant is not None and grant.expires_at > self.clock()
        if grant is None or not live:
            return api_error(401, "authentication_error", "Invalid bearer token")
        if "user:profile" not in grant.scopes:
            return json_response(403, sample("usage_forbidden_scope_403.json"))
        agent = request.headers.get("user-agent", "")
        if self.require_claude_code_user_agent and not agent.startswith("claude-code/"):
            body = sample("usage_rate_limited_429.json")
            return json_response(429, body, {"retry-after": "0"})
        return grant

    def _usage(self, request: RecordedRequest) -> Response:
        grant = self._bearer(request)
        if isinstance(grant, Response):
            return grant
        with self._lock:
            body = json.dumps(grant.account.usage).encode("utf-8")
        return Response(200, body, {"Content-Type": "application/json"})

    def _profile(self, request: RecordedRequest) -> Response:
        grant = self._bearer(request)
        if isinstance(grant, Response):
            return grant
        with self._lock:
            return json_response(200, grant.account.profile())

    # ----------------------------------------------------------------- token endpoint

    def _token(self, request: RecordedRequest) -> Response:
        content_type = request.headers.get("content-type", "")
        body = request.json
        if "json" not in content_type or not isinstance(body, dict):
            return oauth_error(400, "invalid_request", "body must be a JSON object")
        grant_type = body.get("grant_type")
        if grant_type == "refresh_token":
            return self._refresh_grant(body)
        if grant_type == "authorization_code":
            return self._code_grant(body)
        return oauth_error(400, "unsupported_grant_type", f"unsupported grant_type {grant_type!r}")

    def _refresh_grant(self, body: dict[str, Any]) -> Response:
        if body.get("client_id") != CLIENT_ID:
            return oauth_error(400, "invalid_client", "unknown client_id")
        token = body.get("refresh_token")
        if not isinstance(token, str) or not token:
            return oauth_error(400, "invalid_request", "refresh_token is required")
        with self._lock:
            grant = self._refresh.get(token)
            if grant is None:
                return json_response(400, sample("token_invalid_grant_400.json"))
            keep = self.omit_refresh_token_in_response
            if not keep:
                del self._refresh[token]
            self._issue(grant.account, grant.scopes, grant.expires_in, rotate=not keep)
            payload = token_payload(grant.account, grant.scopes, include_refresh=not keep)
            payload |= self.token_response_quirks
        return json_response(200, payload)

    def _code_grant(self, body: dict[str, Any]) -> Response:
        required = ("client_id", "code", "redirect_uri", "code_verifier", "state")
        missing = [name for name in required if not isinstance(body.get(name), str)]
        if missing:
            return oauth_error(400, "invalid_request", f"missing {', '.join(missing)}")
        if body["client_id"] != CLIENT_ID:
            return oauth_error(400, "invalid_client", "unknown client_id")
        with self._lock:
            pending = self._codes.pop(body["code"], None)  # single use, even when it fails
        problem = code_problem(pending, body, self.clock())
        if problem is not None or pending is None:
            return oauth_error(400, "invalid_grant", problem or "invalid code")
        with self._lock:
            account = pending.account or self._new_sign_in_account()
            self._issue(account, pending.scopes, account.expires_in)
            payload = token_payload(account, pending.scopes, include_refresh=True)
        return json_response(200, payload)

    def _new_sign_in_account(self) -> FakeAccount:
        self._sign_ins += 1
        account = FakeAccount(email=f"signin{self._sign_ins}@example.com")
        self._accounts.append(account)
        return account

    # ----------------------------------------------------------------- authorize page

    def _authorize(self, request: RecordedRequest) -> Response:
        param = request.param
        if param("client_id") != CLIENT_ID:
            return html_response(400, "Invalid client_id")
        redirect_uri = param("redirect_uri") or ""
        if not self._redirect_allowed(redirect_uri):
            return html_response(400, f"Invalid redirect_uri {html.escape(redirect_uri)}")
        state = param("state") or ""
        error = authorize_problem(request) or self.authorize_error
        if error is not None:
            return redirect(redirect_uri, {"error": error, "state": state})
        code = secrets.token_urlsafe(32)
        scopes = tuple((param("scope") or "").split())
        with self._lock:
            self._codes[code] = PendingCode(
                client_id=CLIENT_ID,
                redirect_uri=redirect_uri,
                code_challenge=param("code_challenge") or "",
                state=state,
                scopes=scopes,
                account=self.sign_in_account,
                expires_at=self.clock() + CODE_LIFETIME,
            )
        if redirect_uri == REAL_MANUAL_REDIRECT_URL:
            return manual_page(code, state)
        return redirect(redirect_uri, {"code": code, "state": state})

    def _redirect_allowed(self, uri: str) -> bool:
        if uri in (REAL_MANUAL_REDIRECT_URL, self.manual_redirect_url):
            return True
        return loopback_redirect_ok(uri, allow_ip=self.allow_ip_redirect)

    def _manual_callback(self, request: RecordedRequest) -> Response:
        error = request.param("error")
        if error is not None:
            return html_response(400, f"Authorization failed: {html.escape(error)}")
        return manual_page(request.param("code") or "", request.param("state") or "")

    # ----------------------------------------------------------------- admin API

    def _admin_auth(self, request: RecordedRequest) -> Response | None:
        key = request.headers.get("x-api-key")
        with self._lock:
            known = key in self._admin_keys
        if not known:
            return api_error(401, "authentication_error", "invalid x-api-key")
        if not request.headers.get("anthropic-version"):
            message = "anthropic-version: header is required"
            return api_error(400, "invalid_request_error", message)
        return None

    def _admin_report(self, request: RecordedRequest, report: str, *, dated: bool) -> Response:
        refused = self._admin_auth(request)
        if refused is not None:
            return refused
        if dated and not request.param("starting_at"):
            return api_error(400, "invalid_request_error", "starting_at is required")
        try:
            return json_response(200, self.admin.page(report, request.param("page")))
        except AdminRequestError as error:
            return api_error(400, "invalid_request_error", str(error))

    def _admin_messages(self, request: RecordedRequest) -> Response:
        return self._admin_report(request, "messages", dated=True)

    def _admin_cost(self, request: RecordedRequest) -> Response:
        return self._admin_report(request, "cost_report", dated=True)

    def _admin_api_keys(self, request: RecordedRequest) -> Response:
        refused = self._admin_auth(request)
        if refused is not None:
            return refused
        limit_text = request.param("limit") or "20"
        if not limit_text.isdigit() or not 1 <= int(limit_text) <= 1000:
            return api_error(400, "invalid_request_error", "limit must be 1..1000")
        return json_response(200, self.admin.api_keys(request.param("after_id"), int(limit_text)))

    def _admin_claude_code(self, request: RecordedRequest) -> Response:
        refused = self._admin_auth(request)
        if refused is not None:
            return refused
        limit_text = request.param("limit") or "20"
        if not limit_text.isdigit() or not 1 <= int(limit_text) <= 1000:
            return api_error(400, "invalid_request_error", "limit must be 1..1000")
        try:
            payload = self.admin.claude_code(
                request.param("starting_at"), int(limit_text), request.param("page")
            )
        except AdminRequestError as error:
            return api_error(400, "invalid_request_error", str(error))
        return json_response(200, payload)

    def _admin_spend_limits(self, request: RecordedRequest) -> Response:
        refused = self._admin_auth(request)
        if refused is not None:
            return refused
        if request.headers.get("anthropic-beta") != SPEND_LIMITS_BETA:
            return api_error(400, "invalid_request_error", f"requires {SPEND_LIMITS_BETA}")
        try:
            payload = self.admin.spend_limits(request.param("page"), SPEND_LIMITS_PAGE)
        except AdminRequestError as error:
            return api_error(400, "invalid_request_error", str(error))
        if payload is None:
            return api_error(404, "not_found_error", "Not found: spend limits")
        return json_response(200, payload)


def _content_type(body: bytes | None) -> str:
    """HTML for a body that looks like a page (a proxy's error page), else JSON."""
    return (
        "text/html" if body is not None and body.lstrip().startswith(b"<") else "application/json"
    )


def _with_fault(request: RecordedRequest, fault: Fault | None) -> RecordedRequest:
    if fault is None:
        return request
    label = f"{fault.kind}:{fault.status}" if fault.kind is FaultKind.STATUS else str(fault.kind)
    return dataclasses.replace(request, fault=label)


# --------------------------------------------------------------------- standalone entry


def _seed_usage(index: int) -> dict[str, Any]:
    usage: dict[str, Any] = sample("usage_full.json")
    usage["five_hour"]["utilization"] = float((index * 23) % 100)
    usage["seven_day"]["utilization"] = float((index * 37) % 100)
    return usage


def _seed(fake: FakeAnthropic, count: int) -> list[dict[str, str]]:
    seeded = []
    for index in range(1, count + 1):
        email = f"user{index}@example.com"
        account = fake.add_account(email=email, usage=_seed_usage(index))
        seeded.append(
            {
                "name": f"account{index}",
                "email": email,
                "uuid": account.uuid,
                "credentials_json": account.credentials_json(),
            }
        )
    return seeded


def _month_days() -> list[str]:
    """This month's days up to today (UTC), as the Claude Code report names them."""
    today = time.gmtime()
    return [f"{today.tm_year:04d}-{today.tm_mon:02d}-{d:02d}" for d in range(1, today.tm_mday + 1)]


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Fake Anthropic server on 127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--seed-accounts", type=int, default=1, metavar="N")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds per request")
    parser.add_argument(
        "--org-users", type=int, default=0, metavar="N", help="seed an organisation of N people"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Serve until SIGTERM/SIGINT, after printing one JSON line describing the server."""
    args = _parse_args(argv)
    done = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: done.set())
    with FakeAnthropic(port=args.port, latency=args.latency) as fake:
        accounts = _seed(fake, args.seed_accounts)
        if args.org_users:
            fake.seed_organisation(args.org_users, _month_days())
        info = {
            "base_url": fake.base_url,
            "token_url": fake.token_url,
            "authorize_url": fake.authorize_url,
            "env": fake.env(),
            "accounts": accounts,
            "admin_key": fake.add_admin_key(),
        }
        print(json.dumps(info), flush=True)
        while not done.wait(0.5):
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

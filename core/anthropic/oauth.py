"""Sign in with Claude in the browser (OAuth 2.0 authorization code + PKCE), as Claude Code does.

The flow (anthropic-api.md §3): a random PKCE verifier and a separate single-use ``state``;
the browser opens ``authorize_url`` and is redirected to a one-shot listener on
``http://localhost:<port>/callback`` (:mod:`core.anthropic.loopback`); the code is traded for tokens
through :meth:`AnthropicApi.exchange_code`; the result is a credentials JSON string in Claude
Code's own format, ready to be saved as an app-owned account.

When the browser cannot reach the loopback port (a browser on another machine, a locked-down
system), the same attempt offers a manual URL whose page shows ``CODE#STATE`` for the user to
paste back. Both URLs share one verifier and state, so whichever answers first wins and the
other is refused.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import json
import logging
import secrets
import threading
import time
import webbrowser
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlencode

import httpx

from core.anthropic.api import CLIENT_ID, AnthropicApi, new_http_client
from core.anthropic.endpoints import Endpoints
from core.anthropic.loopback import CallbackListener
from core.base.redact import redact_text
from core.errors import ClaudeUsageError, OAuthFlowError

__all__ = [
    "SCOPES",
    "PendingAuthorization",
    "authorize",
    "credentials_from_token_response",
    "exchange_manual_code",
    "manual_authorize_url",
    "new_verifier",
    "pkce_challenge",
]

log = logging.getLogger(__name__)

# Usage needs user:profile; user:inference is what Claude Code's tokens always carry.
# org:create_api_key (also requested by Claude Code) is left out: this app never needs it.
SCOPES: tuple[str, ...] = ("user:profile", "user:inference")
DEFAULT_EXPIRES_IN = 3600  # if the token answer omits expires_in: refresh early, not late
MAX_CODE_LENGTH = 2048
MAX_PROVIDER_TEXT = 200


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def new_verifier(entropy: bytes | None = None) -> str:
    """A PKCE code verifier: 32 random bytes (or ``entropy``), unpadded base64url (43 chars)."""
    return _b64url(secrets.token_bytes(32) if entropy is None else entropy)


def pkce_challenge(verifier: str) -> str:
    """The S256 challenge (RFC 7636 §4.2): unpadded base64url of sha256(verifier)."""
    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


@dataclass(eq=False)
class PendingAuthorization:
    """One sign-in attempt: its secrets, where its code goes, and the URLs to open.

    ``redirect_uri`` is the loopback listener's (or, for a manual-only flow, the manual
    page's). The ``state`` is single use: the first callback or pasted code that presents it
    claims it, and every later one is refused.
    """

    endpoints: Endpoints
    redirect_uri: str
    scopes: tuple[str, ...] = SCOPES
    verifier: str = field(default_factory=new_verifier, repr=False)
    state: str = field(default_factory=lambda: _b64url(secrets.token_bytes(32)), repr=False)
    _claimed: bool = field(default=False, init=False, repr=False)

    @property
    def url(self) -> str:
        """The authorize URL to open in the browser (redirects to ``redirect_uri``)."""
        return self.url_for(self.redirect_uri)

    @property
    def manual_url(self) -> str:
        """The same attempt, but ending on a page that shows ``CODE#STATE`` to paste back."""
        return self.url_for(self.endpoints.manual_redirect_url)

    @property
    def is_manual(self) -> bool:
        return self.redirect_uri == self.endpoints.manual_redirect_url

    def url_for(self, redirect_uri: str) -> str:
        """Claude Code's authorize URL, parameters in its order."""
        params = {
            "code": "true",
            "client_id": CLIENT_ID,
            "response_type": "code",
            "redirect_uri": redirect_uri,
            "scope": " ".join(self.scopes),
            "code_challenge": pkce_challenge(self.verifier),
            "code_challenge_method": "S256",
            "state": self.state,
        }
        return f"{self.endpoints.authorize_url}?{urlencode(params)}"

    def claim(self, state: str | None) -> None:
        """Accept ``state`` once; a mismatch or a second use raises OAuthFlowError."""
        if not state or not hmac.compare_digest(state.encode(), self.state.encode()):
            raise OAuthFlowError(
                "The sign-in answer does not belong to this sign-in attempt (state mismatch); "
                "start the sign-in again"
            )
        if self._claimed:
            raise OAuthFlowError("This sign-in attempt was already used; start it again")
        self._claimed = True

    def code_from_callback(self, query: str) -> str:
        """The code in a loopback callback's query, after the provider's error and state."""
        params = _single_params(query)
        if "error" in params:
            raise OAuthFlowError(_provider_error(params))
        self.claim(params.get("state"))
        return _check_code(params.get("code"))

    def code_from_paste(self, pasted: str) -> str:
        """The code in the ``CODE#STATE`` text that the manual page shows."""
        text = pasted.strip()
        code, sep, state = text.partition("#")
        if not sep or not code or not state:
            raise OAuthFlowError(
                "That is not a sign-in code: paste the whole text shown on the page, "
                "in the form CODE#STATE"
            )
        self.claim(state)
        return _check_code(code)


def _single_params(query: str) -> dict[str, str]:
    """Query parameters, each at most once (the provider never repeats one)."""
    try:
        parsed = parse_qs(query, keep_blank_values=True, max_num_fields=32)
    except ValueError:
        raise OAuthFlowError("The sign-in callback was malformed") from None
    if any(len(values) != 1 for values in parsed.values()):
        raise OAuthFlowError("The sign-in callback repeated a parameter")
    return {name: values[0] for name, values in parsed.items()}


def _check_code(code: str | None) -> str:
    if not code:
        raise OAuthFlowError("The sign-in answer carried no authorization code")
    if len(code) > MAX_CODE_LENGTH or any(c.isspace() or not c.isprintable() for c in code):
        raise OAuthFlowError("The authorization code is malformed")
    return code


def _provider_error(params: Mapping[str, str]) -> str:
    """The provider's ``error``/``error_description``, made safe to show and log."""
    parts = [_clean(params.get("error", "")), _clean(params.get("error_description", ""))]
    detail = ": ".join(part for part in parts if part) or "unknown error"
    if params.get("error") == "access_denied":
        return f"Sign-in was declined in the browser ({detail})"
    return f"The sign-in page reported an error ({detail})"


def _clean(text: str) -> str:
    printable = "".join(c for c in text if c.isprintable())
    return redact_text(printable.strip())[:MAX_PROVIDER_TEXT]


# ---------------------------------------------------------------------- token answer
def credentials_from_token_response(
    body: Any, scopes: tuple[str, ...] = SCOPES, *, now: float | None = None
) -> str:
    """Claude Code's credentials JSON from a token endpoint answer (expiresAt in epoch ms)."""
    if not isinstance(body, Mapping):
        raise OAuthFlowError("The token endpoint's answer is not a JSON object")
    access, refresh = body.get("access_token"), body.get("refresh_token")
    if not isinstance(access, str) or not access or not isinstance(refresh, str) or not refresh:
        raise OAuthFlowError("The token endpoint's answer lacks the access or refresh token")
    granted = body.get("scope")
    oauth = {
        "accessToken": access,
        "refreshToken": refresh,
        "expiresAt": _expires_at_ms(body.get("expires_in"), now),
        "scopes": granted.split() if isinstance(granted, str) and granted else list(scopes),
    }
    return json.dumps({"claudeAiOauth": oauth})


def _expires_at_ms(expires_in: Any, now: float | None) -> int:
    valid = isinstance(expires_in, int | float) and not isinstance(expires_in, bool)
    seconds = float(expires_in) if valid and 0 < expires_in < 10**8 else DEFAULT_EXPIRES_IN
    return int(((time.time() if now is None else now) + seconds) * 1000)


@contextlib.asynccontextmanager
async def _http(client: httpx.AsyncClient | None) -> AsyncIterator[httpx.AsyncClient]:
    """The caller's client, or a temporary one closed afterwards."""
    if client is not None:
        yield client
        return
    async with new_http_client() as own:
        yield own


async def _exchange(
    flow: PendingAuthorization, code: str, redirect_uri: str, http: httpx.AsyncClient | None
) -> str:
    """Trade the code for tokens; every failure becomes an OAuthFlowError that says why."""
    try:
        async with _http(http) as client:
            body = await AnthropicApi(client, flow.endpoints).exchange_code(
                code=code, code_verifier=flow.verifier, state=flow.state, redirect_uri=redirect_uri
            )
    except ClaudeUsageError as exc:
        raise OAuthFlowError(f"Could not finish signing in: {exc}") from exc
    return credentials_from_token_response(body, flow.scopes)


# ---------------------------------------------------------------------- manual flow
def manual_authorize_url(
    endpoints: Endpoints | None = None, *, scopes: tuple[str, ...] = SCOPES
) -> PendingAuthorization:
    """A manual-only attempt: show ``.url``, then pass the pasted text to exchange_manual_code."""
    chosen = endpoints or Endpoints.from_env()
    return PendingAuthorization(chosen, chosen.manual_redirect_url, scopes)


async def exchange_manual_code(
    pasted: str, flow: PendingAuthorization, *, http_client: httpx.AsyncClient | None = None
) -> str:
    """Check the pasted ``CODE#STATE`` against ``flow`` and trade it for credentials JSON."""
    code = flow.code_from_paste(pasted)
    return await _exchange(flow, code, flow.endpoints.manual_redirect_url, http_client)


# ---------------------------------------------------------------------- browser flow
async def authorize(
    timeout: float = 120,
    open_browser: Callable[[str], object] | None = None,
    *,
    endpoints: Endpoints | None = None,
    http_client: httpx.AsyncClient | None = None,
    on_url: Callable[[str], None] | None = None,
    manual_code: Awaitable[str] | None = None,
) -> str:
    """Run the whole browser sign-in; return Claude Code-format credentials JSON.

    ``open_browser(url)`` is called in the event loop's thread (the tray passes Qt's
    ``QDesktopServices.openUrl``); by default Python's :mod:`webbrowser` is used, off the loop.
    ``on_url`` receives the URL a person can copy: the manual one when ``manual_code`` is
    given (it works from any browser), else the loopback one. ``manual_code`` resolves to
    pasted ``CODE#STATE`` text; it races the loopback callback and is cancelled if it loses.
    Raises OAuthFlowError on timeout, refusal, a forged or malformed answer, or a failed
    token exchange. The listener is closed on every path, cancellation included.
    """
    chosen = endpoints or Endpoints.from_env()
    async with CallbackListener() as listener:
        flow = PendingAuthorization(chosen, listener.redirect_uri)
        listener.validate = flow.code_from_callback
        _present(flow, open_browser, on_url, manual=manual_code is not None)
        code, redirect_uri = await _first_code(flow, listener, manual_code, timeout)
        try:
            credentials = await _exchange(flow, code, redirect_uri, http_client)
        except OAuthFlowError as exc:
            listener.finish(str(exc))
            raise
        listener.finish(None)
        log.info("Signed in with Claude in the browser")
        return credentials


def _present(
    flow: PendingAuthorization,
    open_browser: Callable[[str], object] | None,
    on_url: Callable[[str], None] | None,
    *,
    manual: bool,
) -> None:
    """Hand out the copyable URL, then open the browser; a browser failure is not fatal.

    The URL carries the attempt's ``state``: it goes into the log only when no caller
    shows it (the log is then the one place a person can find it).
    """
    shown = flow.manual_url if manual else flow.url
    if on_url is not None:
        on_url(shown)
    else:
        log.info("Sign-in: if no browser opens, visit %s", shown)
    if open_browser is None:
        # A terminal browser (lynx, a $BROWSER without `&`) runs until it exits: never wait on it.
        threading.Thread(target=_open, args=(webbrowser.open, flow.url), daemon=True).start()
    else:
        _open(open_browser, flow.url)


def _open(opener: Callable[[str], object], url: str) -> None:
    """``opener(url)``; a failure is only logged: the URL has been shown, this is a convenience."""
    try:
        opened = opener(url)
    except Exception as exc:  # any browser failure: the URL is still there to copy
        log.warning("Could not open a browser (%s); open the sign-in URL yourself", exc)
        return
    if opened is False:
        log.warning("No browser could be opened; open the sign-in URL yourself")


async def _first_code(
    flow: PendingAuthorization,
    listener: CallbackListener,
    manual_code: Awaitable[str] | None,
    timeout: float,
) -> tuple[str, str]:
    """``(code, redirect_uri)`` from the loopback callback or the pasted code, first wins."""
    manual = None if manual_code is None else asyncio.ensure_future(_pasted(flow, manual_code))
    waiters: list[asyncio.Future[str]] = [listener.code, *([manual] if manual else [])]
    try:
        done, _ = await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        if manual is not None:
            _discard(manual)
    if not done:
        raise OAuthFlowError(f"Sign-in timed out after {timeout:g} s; start it again")
    loopback_ok = listener.code in done and listener.code.exception() is None
    if manual is None or manual not in done or loopback_ok:
        return listener.code.result(), flow.redirect_uri
    return manual.result(), flow.endpoints.manual_redirect_url


def _discard(task: asyncio.Future[str]) -> None:
    """Cancel a loser, or mark its failure as seen (the winner's outcome is what counts)."""
    if not task.done():
        task.cancel()
    elif not task.cancelled():
        task.exception()


async def _pasted(flow: PendingAuthorization, manual_code: Awaitable[str]) -> str:
    return flow.code_from_paste(await manual_code)

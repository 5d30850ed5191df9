"""Pure pieces of the fake OAuth flow: PKCE, request validation, redirects, the code page."""

from __future__ import annotations

import base64
import hashlib
import html
from typing import Any
from urllib.parse import urlencode, urlsplit

from .accounts import FakeAccount, PendingCode
from .recording import RecordedRequest
from .responses import Response, html_response

REAL_MANUAL_REDIRECT_URL = "https://platform.claude.com/oauth/code/callback"
CODE_LIFETIME = 600.0
_CODE_TAG = '<pre id="code">'


def pkce_challenge(verifier: str) -> str:
    """S256 code challenge: unpadded base64url of sha256(verifier)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def loopback_redirect_ok(uri: str, *, allow_ip: bool) -> bool:
    """``http://localhost:<port>/callback`` (``127.0.0.1`` too when ``allow_ip``)."""
    parts = urlsplit(uri)
    hosts = {"localhost", "127.0.0.1"} if allow_ip else {"localhost"}
    try:
        port = parts.port
    except ValueError:
        return False
    return (
        parts.scheme == "http"
        and parts.hostname in hosts
        and port is not None
        and parts.path == "/callback"
    )


def authorize_problem(request: RecordedRequest) -> str | None:
    """The OAuth error to redirect back with, or ``None`` when the request is valid."""
    param = request.param
    if param("response_type") != "code":
        return "unsupported_response_type"
    if not param("state") or not param("code_challenge"):
        return "invalid_request"
    if param("code_challenge_method") != "S256":
        return "invalid_request"
    if "user:profile" not in (param("scope") or "").split():
        return "invalid_scope"
    return None


def code_problem(pending: PendingCode | None, body: dict[str, Any], now: float) -> str | None:
    """Why a code exchange fails (``invalid_grant`` description), or ``None``."""
    if pending is None or pending.expires_at <= now:
        return "Invalid or expired authorization code"
    if body["redirect_uri"] != pending.redirect_uri:
        return "redirect_uri does not match the authorization request"
    if body["state"] != pending.state:
        return "state does not match the authorization request"
    if pkce_challenge(body["code_verifier"]) != pending.code_challenge:
        return "Invalid code verifier"
    return None


def token_payload(
    account: FakeAccount, scopes: tuple[str, ...], *, include_refresh: bool
) -> dict[str, Any]:
    """The token endpoint's success body for the account's current grant."""
    payload: dict[str, Any] = {
        "token_type": "Bearer",
        "access_token": account.access_token,
        "refresh_token": account.refresh_token,
        "expires_in": account.expires_in,
        "scope": " ".join(scopes),
    }
    if not include_refresh:
        del payload["refresh_token"]
    return payload


def redirect(uri: str, params: dict[str, str]) -> Response:
    separator = "&" if urlsplit(uri).query else "?"
    return Response(302, b"", {"Location": f"{uri}{separator}{urlencode(params)}"})


def manual_page(code: str, state: str) -> Response:
    """What the manual callback shows: ``CODE#STATE`` for the user to paste back."""
    text = html.escape(f"{code}#{state}")
    return html_response(200, f"<p>Paste this code into the app:</p>{_CODE_TAG}{text}</pre>")


def manual_code_from_page(page: str) -> str:
    """The ``CODE#STATE`` text shown by :func:`manual_page` (for scripted "users")."""
    start = page.index(_CODE_TAG) + len(_CODE_TAG)
    return html.unescape(page[start : page.index("</pre>", start)])

"""Unit tests of the PKCE sign-in pieces: PKCE, the authorize URL, state, pasted codes,
the token answer, and the loopback listener's HTTP handling over real loopback sockets."""

from __future__ import annotations

import asyncio
import json
import re
import time
from urllib.parse import parse_qs, urlsplit

import pytest

from core.anthropic.api import CLIENT_ID
from core.anthropic.endpoints import Endpoints
from core.anthropic.loopback import MAX_LINE, CallbackListener
from core.anthropic.oauth import (
    SCOPES,
    PendingAuthorization,
    credentials_from_token_response,
    manual_authorize_url,
    new_verifier,
    pkce_challenge,
)
from core.errors import OAuthFlowError

ENDPOINTS = Endpoints(
    authorize_url="https://claude.example/oauth/authorize",
    manual_redirect_url="https://platform.example/oauth/code/callback",
)
REDIRECT = "http://localhost:4567/callback"


def flow() -> PendingAuthorization:
    return PendingAuthorization(ENDPOINTS, REDIRECT)


# ---------------------------------------------------------------------------- PKCE
# RFC 7636 appendix B: these 32 octets, their verifier and its S256 challenge.
RFC_OCTETS = bytes(
    [116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186,
     22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121]
)  # fmt: skip
RFC_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
RFC_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_verifier_encoding_matches_rfc7636_appendix_b() -> None:
    assert new_verifier(RFC_OCTETS) == RFC_VERIFIER


def test_pkce_challenge_matches_rfc7636_appendix_b() -> None:
    assert pkce_challenge(RFC_VERIFIER) == RFC_CHALLENGE


def test_verifier_is_43_unpadded_base64url_chars_and_random() -> None:
    verifiers = {new_verifier() for _ in range(20)}
    assert len(verifiers) == 20
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{43}", v) for v in verifiers)


def test_each_attempt_has_its_own_verifier_and_state() -> None:
    first, second = flow(), flow()
    assert first.verifier != second.verifier
    assert first.state != second.state
    assert first.state != first.verifier
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", first.state)


def test_secrets_are_not_in_repr() -> None:
    attempt = flow()
    assert attempt.verifier not in repr(attempt)
    assert attempt.state not in repr(attempt)


# ---------------------------------------------------------------------------- URL
def test_authorize_url_has_claude_codes_parameters_in_order() -> None:
    attempt = flow()
    parts = urlsplit(attempt.url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == ENDPOINTS.authorize_url
    names = [pair.split("=")[0] for pair in parts.query.split("&")]
    assert names == [
        "code",
        "client_id",
        "response_type",
        "redirect_uri",
        "scope",
        "code_challenge",
        "code_challenge_method",
        "state",
    ]
    params = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert params["code"] == "true"
    assert params["client_id"] == CLIENT_ID
    assert params["response_type"] == "code"
    assert params["redirect_uri"] == REDIRECT
    assert {"user:profile", "user:inference"} <= set(params["scope"].split())
    assert params["code_challenge"] == pkce_challenge(attempt.verifier)
    assert params["code_challenge_method"] == "S256"
    assert params["state"] == attempt.state
    assert attempt.verifier not in attempt.url


def test_manual_url_shares_the_attempt_but_redirects_to_the_code_page() -> None:
    attempt = flow()
    params = {k: v[0] for k, v in parse_qs(urlsplit(attempt.manual_url).query).items()}
    assert params["redirect_uri"] == ENDPOINTS.manual_redirect_url
    assert params["state"] == attempt.state
    assert params["code_challenge"] == pkce_challenge(attempt.verifier)


def test_manual_authorize_url_is_a_manual_only_attempt() -> None:
    attempt = manual_authorize_url(ENDPOINTS)
    assert attempt.is_manual
    assert attempt.url == attempt.manual_url
    assert attempt.redirect_uri == ENDPOINTS.manual_redirect_url


def test_manual_authorize_url_defaults_to_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CLAUDE_USAGE_AUTHORIZE_URL", "http://127.0.0.1:9/oauth/authorize")
    assert manual_authorize_url().url.startswith("http://127.0.0.1:9/oauth/authorize?")


# ---------------------------------------------------------------------------- state
def test_state_is_single_use() -> None:
    attempt = flow()
    attempt.claim(attempt.state)
    with pytest.raises(OAuthFlowError, match="already used"):
        attempt.claim(attempt.state)


@pytest.mark.parametrize("state", [None, "", "wrong", "x" * 43])
def test_wrong_state_is_refused(state: str | None) -> None:
    with pytest.raises(OAuthFlowError, match="state mismatch"):
        flow().claim(state)


def test_a_wrong_state_does_not_use_up_the_attempt() -> None:
    attempt = flow()
    with pytest.raises(OAuthFlowError):
        attempt.claim("forged")
    attempt.claim(attempt.state)


# ---------------------------------------------------------------------------- callback query
def test_callback_query_yields_the_code() -> None:
    attempt = flow()
    assert attempt.code_from_callback(f"code=abc-123&state={attempt.state}") == "abc-123"


def test_callback_error_carries_the_providers_words() -> None:
    attempt = flow()
    query = f"error=access_denied&error_description=User+said+no&state={attempt.state}"
    with pytest.raises(OAuthFlowError, match=r"declined.*access_denied: User said no"):
        attempt.code_from_callback(query)


def test_callback_error_text_is_bounded_and_printable() -> None:
    query = "error=server_error&error_description=" + "%0Abad%07" + "x" * 5000
    with pytest.raises(OAuthFlowError) as caught:
        flow().code_from_callback(query)
    message = str(caught.value)
    assert "\n" not in message
    assert "\x07" not in message
    assert len(message) < 600


@pytest.mark.parametrize(
    ("query", "match"),
    [
        ("state=S", "no authorization code"),
        ("code=&state=S", "no authorization code"),
        ("code=a%20b&state=S", "malformed"),
        ("code=a&code=b&state=S", "repeated"),
        ("code=a", "state mismatch"),
        ("&".join(f"p{i}=1" for i in range(40)), "malformed"),
    ],
)
def test_bad_callback_queries_are_refused(query: str, match: str) -> None:
    attempt = flow()
    with pytest.raises(OAuthFlowError, match=match):
        attempt.code_from_callback(query.replace("S", attempt.state))


# ---------------------------------------------------------------------------- pasted code
def test_pasted_code_yields_the_code() -> None:
    attempt = flow()
    assert attempt.code_from_paste(f"  the-code#{attempt.state}\n") == "the-code"


@pytest.mark.parametrize("pasted", ["", "just-a-code", "#STATE", "code#", "   "])
def test_pasted_text_without_code_and_state_is_refused(pasted: str) -> None:
    with pytest.raises(OAuthFlowError, match="CODE#STATE"):
        flow().code_from_paste(pasted)


def test_pasted_code_from_another_attempt_is_refused() -> None:
    other = flow()
    with pytest.raises(OAuthFlowError, match="state mismatch"):
        flow().code_from_paste(f"code#{other.state}")


def test_pasted_code_is_single_use() -> None:
    attempt = flow()
    attempt.code_from_paste(f"code#{attempt.state}")
    with pytest.raises(OAuthFlowError, match="already used"):
        attempt.code_from_paste(f"code#{attempt.state}")


# ---------------------------------------------------------------------------- token answer
TOKEN_ANSWER = {
    "access_token": "sk-ant-oat01-access",
    "refresh_token": "sk-ant-ort01-refresh",
    "expires_in": 28800,
    "scope": "user:inference user:profile",
}


def test_token_answer_becomes_claude_code_credentials() -> None:
    text = credentials_from_token_response(TOKEN_ANSWER, now=1_700_000_000.0)
    assert json.loads(text) == {
        "claudeAiOauth": {
            "accessToken": "sk-ant-oat01-access",
            "refreshToken": "sk-ant-ort01-refresh",
            "expiresAt": (1_700_000_000 + 28800) * 1000,
            "scopes": ["user:inference", "user:profile"],
        }
    }


def test_token_answer_without_scope_or_lifetime_gets_safe_defaults() -> None:
    answer = {"access_token": "a", "refresh_token": "r", "expires_in": "soon"}
    oauth = json.loads(credentials_from_token_response(answer, now=0.0))["claudeAiOauth"]
    assert oauth["scopes"] == list(SCOPES)
    assert oauth["expiresAt"] == 3600 * 1000


def test_expires_at_defaults_to_now() -> None:
    oauth = json.loads(credentials_from_token_response(TOKEN_ANSWER))["claudeAiOauth"]
    assert abs(oauth["expiresAt"] - (time.time() + 28800) * 1000) < 60_000


@pytest.mark.parametrize(
    "answer",
    [
        None,
        [],
        "text",
        {},
        {"access_token": "a"},
        {"access_token": "", "refresh_token": "r"},
        {"access_token": "a", "refresh_token": 5},
    ],
)
def test_garbage_token_answers_are_refused(answer: object) -> None:
    with pytest.raises(OAuthFlowError, match="token endpoint"):
        credentials_from_token_response(answer)


# ---------------------------------------------------------------------------- listener HTTP
async def exchange_raw(port: int, request: bytes) -> bytes:
    """Send raw bytes to the listener and read its whole answer."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(request)
        await writer.drain()
        return await reader.read()
    finally:
        writer.close()
        await writer.wait_closed()


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


async def assert_refused(port: int) -> None:
    with pytest.raises(ConnectionRefusedError):
        await asyncio.open_connection("127.0.0.1", port)


def get(target: str, extra: bytes = b"") -> bytes:
    return f"GET {target} HTTP/1.1\r\nHost: localhost\r\n".encode() + extra + b"\r\n"


async def test_listener_binds_loopback_only_and_closes() -> None:
    async with CallbackListener(lambda query: "code") as listener:
        assert listener.redirect_uri == f"http://localhost:{listener.port}/callback"
        host = listener._server.sockets[0].getsockname()[0]  # type: ignore[union-attr]
        assert host == "127.0.0.1"
    await assert_refused(listener.port)
    assert listener.code.cancelled()


async def test_listener_answers_404_elsewhere_and_keeps_waiting() -> None:
    async with CallbackListener(lambda query: "code") as listener:
        answer = await exchange_raw(listener.port, get("/favicon.ico"))
        assert status_of(answer) == 404
        assert not listener.code.done()
    await assert_refused(listener.port)


async def test_listener_refuses_other_methods() -> None:
    async with CallbackListener(lambda query: "code") as listener:
        body = b"Content-Length: 5\r\n\r\nhello"
        answer = await exchange_raw(listener.port, b"POST /callback HTTP/1.1\r\n" + body)
        assert status_of(answer) == 405
        assert not listener.code.done()


@pytest.mark.parametrize("request_bytes", [b"nonsense\r\n\r\n", b"GET /callback\r\n\r\n"])
async def test_listener_refuses_malformed_requests(request_bytes: bytes) -> None:
    async with CallbackListener(lambda query: "code") as listener:
        assert status_of(await exchange_raw(listener.port, request_bytes)) == 400
        assert not listener.code.done()


async def test_listener_refuses_a_huge_request_line_without_reading_it_all() -> None:
    async with CallbackListener(lambda query: "code") as listener:
        huge = get("/callback?code=" + "a" * (MAX_LINE * 8) + "&state=s")
        answer = await exchange_raw(listener.port, huge)
        assert status_of(answer) == 414
        assert not listener.code.done()
    await assert_refused(listener.port)


async def test_listener_refuses_huge_headers() -> None:
    async with CallbackListener(lambda query: "code") as listener:
        one_long = b"X-Big: " + b"b" * (MAX_LINE * 2) + b"\r\n"
        assert status_of(await exchange_raw(listener.port, get("/callback", one_long))) == 431
        many = b"".join(b"X-H%d: %s\r\n" % (i, b"v" * 1000) for i in range(60))
        assert status_of(await exchange_raw(listener.port, get("/callback", many))) == 431
        assert not listener.code.done()


async def test_listener_refuses_a_callback_before_it_is_ready() -> None:
    async with CallbackListener() as listener:
        answer = await exchange_raw(listener.port, get("/callback?code=c&state=s"))
        assert status_of(answer) == 503
        assert not listener.code.done()


async def test_listener_survives_a_silent_port_probe() -> None:
    async with CallbackListener(lambda query: "the-code") as listener:
        _, writer = await asyncio.open_connection("127.0.0.1", listener.port)
        writer.close()
        await writer.wait_closed()
        waiting = asyncio.create_task(exchange_raw(listener.port, get("/callback?x=1")))
        assert await listener.code == "the-code"
        listener.finish(None)
        answer = await waiting
    assert status_of(answer) == 200
    assert "Signed in — you can close this tab" in answer.decode()
    await assert_refused(listener.port)


async def test_listener_fails_the_flow_on_a_refused_callback() -> None:
    def refuse(query: str) -> str:
        raise OAuthFlowError("state mismatch <script>")

    async with CallbackListener(refuse) as listener:
        answer = await exchange_raw(listener.port, get("/callback?state=x"))
        assert status_of(answer) == 400
        assert "state mismatch &lt;script&gt;" in answer.decode()
        with pytest.raises(OAuthFlowError, match="state mismatch"):
            await listener.code
        replay = await exchange_raw(listener.port, get("/callback?state=x"))
        assert status_of(replay) == 410
    await assert_refused(listener.port)


async def test_listener_shows_an_error_page_when_the_exchange_fails() -> None:
    async with CallbackListener(lambda query: "code") as listener:
        waiting = asyncio.create_task(exchange_raw(listener.port, get("/callback?c")))
        await listener.code
        listener.finish("Could not finish signing in: boom")
        answer = await waiting
    assert status_of(answer) == 502
    assert "Could not finish signing in: boom" in answer.decode()


async def test_closing_answers_a_waiting_browser_then_refuses() -> None:
    listener = CallbackListener(lambda query: "code")
    await listener.start()
    waiting = asyncio.create_task(exchange_raw(listener.port, get("/callback?c")))
    await listener.code
    await listener.close()
    answer = await waiting
    assert status_of(answer) == 502
    assert "cancelled" in answer.decode()
    await assert_refused(listener.port)
    await listener.close()  # idempotent

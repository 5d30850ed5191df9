"""The fake Anthropic server itself: the behaviour other tests rely on."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.fakes.server import (
    CLIENT_ID,
    REAL_MANUAL_REDIRECT_URL,
    FakeAnthropic,
    manual_code_from_page,
    pkce_challenge,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
ADMIN_HEADERS = {"anthropic-version": "2023-06-01"}
REDIRECT = "http://localhost:54545/callback"
VERIFIER = "v" * 43


@pytest.fixture
def client(fake_server: FakeAnthropic) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fake_server.base_url, timeout=10) as http:
        yield http


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", "User-Agent": "claude-code/2.0.0"}


def refresh(client: httpx.Client, token: str) -> httpx.Response:
    body = {"grant_type": "refresh_token", "refresh_token": token, "client_id": CLIENT_ID}
    return client.post("/v1/oauth/token", json=body)


def authorize(client: httpx.Client, **overrides: str) -> httpx.Response:
    params = {
        "code": "true",
        "client_id": CLIENT_ID,
        "response_type": "code",
        "redirect_uri": REDIRECT,
        "scope": "user:profile user:inference",
        "code_challenge": pkce_challenge(VERIFIER),
        "code_challenge_method": "S256",
        "state": "state-123",
        **overrides,
    }
    return client.get("/oauth/authorize", params=params)


def exchange(client: httpx.Client, code: str, verifier: str = VERIFIER) -> httpx.Response:
    body = {
        "grant_type": "authorization_code",
        "client_id": CLIENT_ID,
        "code": code,
        "redirect_uri": REDIRECT,
        "code_verifier": verifier,
        "state": "state-123",
    }
    return client.post("/v1/oauth/token", json=body)


def callback_params(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 302
    location = response.headers["location"]
    assert location.startswith(REDIRECT + "?")
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


# ------------------------------------------------------------------ OAuth usage / profile


def test_usage_and_profile_answer_live_tokens(fake_server, client):
    account = fake_server.add_account(email="ana@example.com")
    usage = client.get("/api/oauth/usage", headers=bearer(account.access_token))
    profile = client.get("/api/oauth/profile", headers=bearer(account.access_token))
    assert usage.json()["five_hour"]["utilization"] == 37.0
    assert profile.json()["account"] == profile.json()["account"] | {
        "uuid": account.uuid,
        "email": "ana@example.com",
    }
    assert profile.json()["organization"]["rate_limit_tier"] == "default_claude_max_5x"


def test_unknown_and_expired_tokens_get_401(fake_server, client):
    account = fake_server.add_account()
    fake_server.expire_access_token(account)
    for token in (account.access_token, "sk-ant-oat01-unknown"):
        response = client.get("/api/oauth/usage", headers=bearer(token))
        assert response.status_code == 401
        assert response.json()["error"]["type"] == "authentication_error"


def test_token_without_profile_scope_gets_403(fake_server, client):
    account = fake_server.add_account(scopes=("user:inference",))
    response = client.get("/api/oauth/usage", headers=bearer(account.access_token))
    assert response.status_code == 403
    assert response.json()["error"]["type"] == "permission_error"


def test_set_usage_changes_the_next_answer(fake_server, client):
    account = fake_server.add_account()
    fake_server.set_usage(account, {"five_hour": None, "seven_day": None})
    response = client.get("/api/oauth/usage", headers=bearer(account.access_token))
    assert response.json() == {"five_hour": None, "seven_day": None}


def test_credentials_json_is_claude_codes_format(fake_server):
    account = fake_server.add_account()
    oauth = json.loads(account.credentials_json(expires_at_ms=123))["claudeAiOauth"]
    assert oauth["accessToken"] == account.access_token
    assert oauth["refreshToken"] == account.refresh_token
    assert oauth["expiresAt"] == 123
    assert oauth["subscriptionType"] == "max"


# ------------------------------------------------------------------ token endpoint


def test_refresh_tokens_rotate_and_are_single_use(fake_server, client):
    account = fake_server.add_account()
    old_refresh = account.refresh_token
    first = refresh(client, old_refresh)
    assert first.status_code == 200
    assert first.json()["refresh_token"] != old_refresh
    assert first.json()["refresh_token"] == account.refresh_token
    again = refresh(client, old_refresh)
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"
    usage = client.get("/api/oauth/usage", headers=bearer(first.json()["access_token"]))
    assert usage.status_code == 200


def test_refresh_without_rotation_keeps_the_old_refresh_token(fake_server, client):
    account = fake_server.add_account()
    fake_server.omit_refresh_token_in_response = True
    first = refresh(client, account.refresh_token)
    assert "refresh_token" not in first.json()
    assert refresh(client, account.refresh_token).status_code == 200


def test_refresh_elsewhere_kills_the_old_refresh_token(fake_server, client):
    account = fake_server.add_account()
    old_refresh = account.refresh_token
    _, new_refresh = fake_server.refresh_elsewhere(account)
    assert refresh(client, old_refresh).status_code == 400
    assert refresh(client, new_refresh).status_code == 200


def test_held_refresh_rotates_on_arrival_and_answers_on_release(fake_server, client):
    account = fake_server.add_account()
    old_refresh = account.refresh_token
    hold = fake_server.hold("/v1/oauth/token")
    answers: list[httpx.Response] = []
    waiting = threading.Thread(target=lambda: answers.append(refresh(client, old_refresh)))
    waiting.start()

    hold.wait_until_held()
    assert not fake_server.is_live_refresh_token(old_refresh)  # spent before any answer
    assert answers == []
    with httpx.Client(base_url=fake_server.base_url, timeout=10) as other:
        assert refresh(other, account.refresh_token).status_code == 200  # only one is held
    hold.release()
    waiting.join(timeout=10)

    (answer,) = answers
    assert answer.status_code == 200
    assert hold.held == 1


def test_stopping_the_fake_drops_held_answers(fake_server, client):
    account = fake_server.add_account()
    hold = fake_server.hold("/v1/oauth/token")
    errors: list[Exception] = []

    def ask() -> None:
        try:
            refresh(client, account.refresh_token)
        except httpx.HTTPError as error:
            errors.append(error)

    waiting = threading.Thread(target=ask)
    waiting.start()
    hold.wait_until_held()
    fake_server.stop()
    waiting.join(timeout=10)
    assert not waiting.is_alive()
    assert len(errors) == 1


def test_token_response_quirks_are_sent_after_rotating(fake_server, client):
    account = fake_server.add_account()
    fake_server.token_response_quirks = {"expires_in": "28800", "scope": ["user:profile"]}
    body = refresh(client, account.refresh_token).json()
    assert body["expires_in"] == "28800"
    assert body["scope"] == ["user:profile"]
    assert body["refresh_token"] == account.refresh_token
    assert fake_server.is_live_refresh_token(body["refresh_token"])


def test_token_endpoint_rejects_a_form_body(client):
    response = client.post("/v1/oauth/token", data={"grant_type": "refresh_token"})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"


# ------------------------------------------------------------------ authorize + PKCE


def test_sign_in_with_pkce_returns_tokens_once(fake_server, client):
    params = callback_params(authorize(client))
    assert params["state"] == "state-123"
    tokens = exchange(client, params["code"])
    assert tokens.status_code == 200
    assert "user:profile" in tokens.json()["scope"]
    usage = client.get("/api/oauth/usage", headers=bearer(tokens.json()["access_token"]))
    assert usage.status_code == 200
    reused = exchange(client, params["code"])
    assert reused.json()["error"] == "invalid_grant"


def test_wrong_code_verifier_is_refused(client):
    params = callback_params(authorize(client))
    response = exchange(client, params["code"], verifier="w" * 43)
    assert response.status_code == 400
    assert response.json() == {
        "error": "invalid_grant",
        "error_description": "Invalid code verifier",
    }


def test_sign_in_as_a_given_account(fake_server, client):
    account = fake_server.add_account(email="given@example.com")
    fake_server.sign_in_account = account
    tokens = exchange(client, callback_params(authorize(client))["code"]).json()
    assert tokens["access_token"] == account.access_token
    profile = client.get("/api/oauth/profile", headers=bearer(tokens["access_token"]))
    assert profile.json()["account"]["email"] == "given@example.com"


@pytest.mark.parametrize(
    ("override", "error"),
    [
        ({"scope": "user:inference"}, "invalid_scope"),
        ({"code_challenge_method": "plain"}, "invalid_request"),
        ({"response_type": "token"}, "unsupported_response_type"),
    ],
)
def test_bad_authorize_params_redirect_with_an_error(client, override, error):
    params = callback_params(authorize(client, **override))
    assert params == {"error": error, "state": "state-123"}


def test_denied_authorization_redirects_with_access_denied(fake_server, client):
    fake_server.authorize_error = "access_denied"
    assert callback_params(authorize(client))["error"] == "access_denied"


@pytest.mark.parametrize(
    "override",
    [{"client_id": "someone-else"}, {"redirect_uri": "http://127.0.0.1:54545/callback"}],
)
def test_bad_client_or_redirect_uri_is_an_error_page(client, override):
    response = authorize(client, **override)
    assert response.status_code == 400
    assert "location" not in response.headers


def test_manual_flow_shows_code_and_state(client):
    response = authorize(client, redirect_uri=REAL_MANUAL_REDIRECT_URL)
    code, _, state = manual_code_from_page(response.text).partition("#")
    assert state == "state-123"
    body = {
        "grant_type": "authorization_code",
        "client_id": CLIENT_ID,
        "code": code,
        "redirect_uri": REAL_MANUAL_REDIRECT_URL,
        "code_verifier": VERIFIER,
        "state": state,
    }
    assert client.post("/v1/oauth/token", json=body).status_code == 200


def test_fake_manual_callback_page_is_reached_by_redirects(fake_server, client):
    response = authorize(client, redirect_uri=fake_server.manual_redirect_url)
    page = client.get(response.headers["location"])
    assert manual_code_from_page(page.text).endswith("#state-123")


# ------------------------------------------------------------------ faults


def test_fault_queue_is_consumed_in_order(fake_server, client):
    account = fake_server.add_account()
    fake_server.fail("/api/oauth/usage", 503, times=2)
    fake_server.fail("/api/oauth", 429, headers={"Retry-After": "30"})
    statuses = [
        client.get("/api/oauth/usage", headers=bearer(account.access_token)).status_code
        for _ in range(4)
    ]
    assert statuses == [503, 503, 429, 200]
    assert [r.fault for r in fake_server.requests] == [
        "status:503",
        "status:503",
        "status:429",
        None,
    ]
    assert fake_server.pending_faults() == []


def test_rate_limit_carries_retry_after_and_the_real_body(fake_server, client):
    fake_server.rate_limit("/api/oauth/usage", retry_after="Wed, 25 Nov 2026 10:00:00 GMT")
    response = client.get("/api/oauth/usage")
    assert response.headers["retry-after"] == "Wed, 25 Nov 2026 10:00:00 GMT"
    assert response.json()["error"]["type"] == "rate_limit_error"


def test_forever_fault_never_runs_out(fake_server, client):
    fake_server.fail("/api", 502, body="<html>bad gateway</html>", times=None)
    assert {client.get("/api/oauth/usage").status_code for _ in range(3)} == {502}


def test_malformed_body_is_not_json(fake_server, client):
    account = fake_server.add_account()
    fake_server.malformed("/api/oauth/usage")
    response = client.get("/api/oauth/usage", headers=bearer(account.access_token))
    assert response.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        response.json()


def test_reset_connection_breaks_the_response(fake_server, client):
    fake_server.reset_connection("/api/oauth/usage")
    with pytest.raises(httpx.TransportError):
        client.get("/api/oauth/usage")
    assert client.get("/api/oauth/usage").status_code == 401


def test_hang_does_not_block_others_and_ends_when_the_server_stops(fake_server):
    fake_server.hang("/api/oauth/usage", seconds=60)
    outcome: list[BaseException] = []

    def slow_request() -> None:
        try:
            httpx.get(f"{fake_server.base_url}/api/oauth/usage", timeout=30)
        except httpx.HTTPError as error:
            outcome.append(error)

    worker = threading.Thread(target=slow_request)
    worker.start()
    profile = httpx.get(f"{fake_server.base_url}/api/oauth/profile", timeout=10)
    assert profile.status_code == 401
    fake_server.wait_for("/api/oauth/usage")  # the slow request is hanging, not yet to come
    started = time.monotonic()
    fake_server.stop()
    worker.join(timeout=10)
    assert not worker.is_alive()
    assert time.monotonic() - started < 5
    assert len(outcome) == 1


def test_cloudflare_challenge_looks_like_cloudflares(fake_server, client):
    account = fake_server.add_account()
    fake_server.cloudflare_challenge("/api/oauth/usage", status=503)
    fake_server.cloudflare_challenge("/api/oauth/usage", mitigated_header=False)
    first = client.get("/api/oauth/usage", headers=bearer(account.access_token))
    second = client.get("/api/oauth/usage", headers=bearer(account.access_token))
    assert (first.status_code, second.status_code) == (503, 403)
    assert first.headers["cf-mitigated"] == "challenge"
    assert "cf-mitigated" not in second.headers
    for answer in (first, second):
        assert "cloudflare" in answer.headers["server"]
        assert answer.headers["content-type"].startswith("text/html")
        assert "Just a moment..." in answer.text
    assert client.get("/api/oauth/usage", headers=bearer(account.access_token)).status_code == 200


def test_drip_sends_the_real_answer_slowly(fake_server, client):
    account = fake_server.add_account()
    fake_server.drip("/api/oauth/usage", 0.002, chunk=64)
    pieces: list[bytes] = []
    with client.stream("GET", "/api/oauth/usage", headers=bearer(account.access_token)) as answer:
        pieces.extend(answer.iter_raw())
    assert json.loads(b"".join(pieces)) == account.usage
    assert len(pieces) > 1  # it arrived in separate writes, not at once


@pytest.mark.parametrize("chunked", [True, False])
def test_huge_body_is_valid_json_of_the_exact_size(fake_server, client, chunked):
    fake_server.huge_body("/api/oauth/usage", 300_000, chunked=chunked)
    answer = client.get("/api/oauth/usage")
    assert len(answer.content) == 300_000
    assert set(answer.json()["padding"]) == {"x"}
    assert ("content-length" in answer.headers) is not chunked


def test_hostile_faults_through_the_control_endpoint(fake_server, client):
    account = fake_server.add_account()
    faults = [
        {"kind": "cloudflare", "path": "/api/oauth/usage"},
        {"kind": "flood", "path": "/api/oauth/usage", "size": 1000, "chunked": False},
        {"kind": "drip", "path": "/api/oauth/usage", "seconds": 0.001, "chunk": 512},
    ]
    for fault in faults:
        assert client.post("/_fake/fault", json=fault).status_code == 200
    answers = [client.get("/api/oauth/usage", headers=bearer(account.access_token)) for _ in faults]
    assert answers[0].headers["cf-mitigated"] == "challenge"
    assert len(answers[1].content) == 1000
    assert answers[2].json() == account.usage


# ------------------------------------------------------------------ request log


def test_requests_are_recorded_with_headers_query_and_json(fake_server, client):
    account = fake_server.add_account()
    headers = {**bearer(account.access_token), "anthropic-beta": "oauth-2025-04-20"}
    client.get("/api/oauth/usage", headers=headers, params={"a": ["1", "2"]})
    refresh(client, account.refresh_token)
    usage, token = fake_server.requests
    assert usage.headers["USER-AGENT"] == "claude-code/2.0.0"
    assert usage.user_agent == "claude-code/2.0.0"
    assert usage.anthropic_beta == "oauth-2025-04-20"
    assert usage.query == {"a": ["1", "2"]}
    assert token.method == "POST"
    assert token.json["grant_type"] == "refresh_token"
    assert token.time >= usage.time
    assert fake_server.count("/api/oauth/usage") == 1


# ------------------------------------------------------------------ admin API


def test_admin_key_is_checked(fake_server, client):
    fake_server.add_admin_key("sk-ant-admin01-good")
    bad = client.get(
        "/v1/organizations/api_keys", headers={"x-api-key": "sk-ant-admin01-bad", **ADMIN_HEADERS}
    )
    assert bad.status_code == 401
    assert bad.json()["error"] == {"type": "authentication_error", "message": "invalid x-api-key"}
    no_version = client.get(
        "/v1/organizations/api_keys", headers={"x-api-key": "sk-ant-admin01-good"}
    )
    assert no_version.status_code == 400


def test_admin_messages_are_paged(fake_server, client):
    headers = {"x-api-key": fake_server.add_admin_key(), **ADMIN_HEADERS}
    query = [("starting_at", "2026-11-01T00:00:00Z"), ("group_by[]", "api_key_id")]
    path = "/v1/organizations/usage_report/messages"
    first = client.get(path, params=query, headers=headers).json()
    second = client.get(path, params=[*query, ("page", first["next_page"])], headers=headers).json()
    assert (first["has_more"], second["has_more"], second["next_page"]) == (True, False, None)
    assert second["data"][0]["results"][0]["api_key_id"] == "apikey_01BBB"
    assert fake_server.requests[0].query["group_by[]"] == ["api_key_id"]


def test_admin_claude_code_is_per_day(fake_server, client):
    headers = {"x-api-key": fake_server.add_admin_key(), **ADMIN_HEADERS}
    record = {"date": "2026-11-02T00:00:00Z", "actor": {"type": "api_actor", "api_key_name": "x"}}
    fake_server.set_claude_code_day("2026-11-02", [record])
    path = "/v1/organizations/usage_report/claude_code"
    days = {
        day: client.get(path, params={"starting_at": day}, headers=headers).json()["data"]
        for day in ("2026-11-01", "2026-11-02", "2026-11-03")
    }
    assert len(days["2026-11-01"]) == 2
    assert days["2026-11-02"] == [record]
    assert days["2026-11-03"] == []
    bad = client.get(path, params={"starting_at": "2026-11-01T00:00:00Z"}, headers=headers)
    assert bad.status_code == 400


# ------------------------------------------------------------------ standalone entry


def test_standalone_entry_prints_json_and_serves():
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    command = [sys.executable, "-m", "tests.fakes.server", "--port", "0", "--seed-accounts", "2"]
    process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        info = json.loads(process.stdout.readline())
        assert [a["email"] for a in info["accounts"]] == ["user1@example.com", "user2@example.com"]
        oauth = json.loads(info["accounts"][1]["credentials_json"])["claudeAiOauth"]
        usage = httpx.get(
            f"{info['base_url']}/api/oauth/usage", headers=bearer(oauth["accessToken"]), timeout=10
        )
        assert usage.status_code == 200
        admin = httpx.get(
            f"{info['base_url']}/v1/organizations/api_keys",
            headers={"x-api-key": info["admin_key"], **ADMIN_HEADERS},
            timeout=10,
        )
        assert admin.json()["data"][0]["name"] == "backend-prod"
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0


# ------------------------------------------------------------------ lifecycle and helpers


def test_restart_keeps_the_port_and_cuts_pooled_connections(fake_server, client):
    base_url = fake_server.base_url
    assert client.get("/api/oauth/usage").status_code == 401
    fake_server.stop()
    with pytest.raises(httpx.TransportError):
        client.get("/api/oauth/usage")
    fake_server.start()
    assert fake_server.base_url == base_url
    assert client.get("/api/oauth/usage").status_code == 401


def test_wait_for_wakes_when_requests_arrive(fake_server):
    worker = threading.Thread(
        target=lambda: [httpx.get(f"{fake_server.base_url}/api/oauth/usage") for _ in range(2)]
    )
    worker.start()
    seen = fake_server.wait_for("/api/oauth/usage", count=2)
    worker.join()
    assert len(seen) == 2
    with pytest.raises(TimeoutError):
        fake_server.wait_for("/api/oauth/profile", timeout=0.05)


def test_peak_concurrency_counts_overlapping_requests(fake_server):
    fake_server.hang("/api/oauth/usage", seconds=60)

    def hanging_request() -> None:
        with contextlib.suppress(httpx.HTTPError):  # cut off when the fake stops
            httpx.get(f"{fake_server.base_url}/api/oauth/usage", timeout=30)

    worker = threading.Thread(target=hanging_request)
    worker.start()
    fake_server.wait_for("/api/oauth/usage")
    httpx.get(f"{fake_server.base_url}/api/oauth/usage")
    assert fake_server.peak_concurrency("/api/oauth/usage") == 2
    fake_server.stop()
    worker.join(timeout=10)


def test_zero_lifetime_token_is_already_expired(fake_server, client):
    account = fake_server.add_account(expires_in=0)
    assert client.get("/api/oauth/usage", headers=bearer(account.access_token)).status_code == 401
    assert refresh(client, account.refresh_token).status_code == 200


def test_control_endpoints_drive_a_fake_from_outside(fake_server, client):
    account = fake_server.add_account(email="ctl@example.com")
    usage = {"five_hour": {"utilization": 99.0, "resets_at": None}}
    client.post("/_fake/usage", json={"email": "ctl@example.com", "usage": usage})
    client.post("/_fake/fault", json={"kind": "status", "path": "/api/oauth/usage", "status": 500})
    assert client.get("/api/oauth/usage", headers=bearer(account.access_token)).status_code == 500
    assert client.get("/api/oauth/usage", headers=bearer(account.access_token)).json() == usage
    log = client.get("/_fake/requests").json()
    assert [entry["fault"] for entry in log] == ["status:500", None]
    bad = client.post("/_fake/fault", json={"kind": "nope", "path": "/"})
    assert bad.status_code == 400

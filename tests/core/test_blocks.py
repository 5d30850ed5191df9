"""Blocks and slow servers (issue 14), over real loopback sockets to the fake server.

- a Cloudflare challenge (``cf-mitigated: challenge``, or its HTML page) is BLOCKED: never a
  token refresh, never "login expired" or "key refused", last good values kept, a cooldown;
- every request has a total deadline, so a server dripping its body is cut off;
- a huge streamed body is read only up to the size cap (memory measured with tracemalloc);
- a 429 from the token endpoint is remembered by the next run, which leaves it alone.

Generated variants (hypothesis) run ``FAULT_EXAMPLES`` examples each (25 by default; ``make
faults`` runs 500). The matrix in ``test_faults.py`` runs the same fault kinds through the
whole ``UsageClient``.
"""

from __future__ import annotations

import json
import os
import re
import time
import tracemalloc
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from itertools import count
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from core import errors
from core.admin.fetcher import KEY_REFUSED, AdminFetcher
from core.anthropic.api import AnthropicApi
from core.anthropic.endpoints import Endpoints
from core.models import AccountRecord, AccountStatus, AdminUsage, CredentialSource
from core.usage.ratelimit import COOLDOWN_CEILING, COOLDOWN_FLOOR
from tests.core import fetch_support
from tests.core.fetch_support import FakeClock, World
from tests.core.test_cli import cli, save_copy, usage_payload
from tests.fakes.server import CLOUDFLARE_CHALLENGE_PAGE, FakeAnthropic

pytestmark = pytest.mark.faults

USAGE = "/api/oauth/usage"
TOKEN = "/v1/oauth/token"
MESSAGES = "/v1/organizations/usage_report/messages"
EXAMPLES = int(os.environ.get("FAULT_EXAMPLES", "25"))
GENERATED = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
BLOCKED_START = "Blocked by Cloudflare in front of the API (not a login problem)"
MIB = 1024 * 1024
SIGN_IN_MESSAGE = r"Rate limited by the sign-in server, retry after (\d\d):(\d\d) UTC"

_names = count()
world = fetch_support.world


def fresh_name() -> str:
    """Hypothesis reruns a test body in one fixture: every example gets its own account."""
    return f"acct-{next(_names)}"


def api_for(fake: FakeAnthropic, http: httpx.AsyncClient, **options: Any) -> AnthropicApi:
    endpoints = Endpoints(api_base=fake.base_url, token_url=fake.token_url)
    return AnthropicApi(http, endpoints, **options)


# -- Cloudflare: its own status, no refresh, a cooldown ---------------------------------------


async def test_block_on_an_app_owned_account_never_refreshes(world: World) -> None:
    """Before: 403 → "Permission denied", a refresh (burning the single-use refresh token)
    and a retry. After: BLOCKED with the last good values, no token request, a cooldown."""
    account = world.fake.add_account()
    record = await world.save_app("Ana", account)
    fetcher = world.fetcher()
    assert (await fetcher.fetch(record)).status is AccountStatus.OK
    tokens_before = await world.stored_tokens("Ana")
    world.fake.cloudflare_challenge(USAGE)
    before = datetime.now(UTC)

    blocked = await fetcher.fetch(record, user_initiated=True)

    assert blocked.status is AccountStatus.BLOCKED
    assert blocked.error is not None
    assert blocked.error.startswith(BLOCKED_START)
    assert blocked.stale is True
    assert blocked.session is not None  # last good values kept
    assert world.fake.count(TOKEN) == 0
    assert await world.stored_tokens("Ana") == tokens_before
    assert world.fake.is_live_refresh_token(account.refresh_token)
    assert blocked.retry_at is not None
    assert abs((blocked.retry_at - before).total_seconds() - COOLDOWN_FLOOR.total_seconds()) < 5


async def test_next_run_honours_the_block_cooldown_and_still_says_blocked(world: World) -> None:
    """A new process (new fetcher, same cooldown file) sends nothing while the cooldown
    holds, and says "blocked", not "rate limited"."""
    account = world.fake.add_account()
    record = await world.save_app("Ana", account)
    assert (await world.fetcher().fetch(record)).status is AccountStatus.OK
    world.fake.cloudflare_challenge(USAGE)
    first = await world.fetcher().fetch(record, user_initiated=True)
    assert first.status is AccountStatus.BLOCKED
    usage_requests = world.fake.count(USAGE)

    later = await world.fetcher().fetch(record)  # a scheduled poll of the next run

    assert world.fake.count(USAGE) == usage_requests
    assert later.status is AccountStatus.BLOCKED
    assert later.error is not None
    assert later.error.startswith(BLOCKED_START)
    assert later.retry_at == first.retry_at
    assert later.session is not None
    assert later.stale is True


async def test_block_on_a_linked_login_is_not_login_expired(world: World) -> None:
    """Before: "Claude Code login expired — run `claude`". After: BLOCKED; the login is
    neither refreshed nor touched."""
    account = world.fake.add_account()
    record = await world.save_linked("Linked", account)
    credentials_file = Path(str(record.config_dir)) / ".credentials.json"
    saved = credentials_file.read_text()
    world.fake.cloudflare_challenge(USAGE)

    usage = await world.fetcher().fetch(record, user_initiated=True)

    assert usage.status is AccountStatus.BLOCKED
    assert usage.error is not None
    assert "login" not in usage.error.split("(")[0].lower()
    assert world.fake.count(TOKEN) == 0
    assert credentials_file.read_text() == saved


header_names = st.sampled_from(["cf-mitigated", "CF-Mitigated", "Cf-Mitigated", "CF-MITIGATED"])
header_values = st.sampled_from(["challenge", "Challenge", " challenge", "CHALLENGE"])
bodies = st.sampled_from(
    [
        CLOUDFLARE_CHALLENGE_PAGE,
        "",
        # The body a real permission error carries: with the header it is still a block.
        json.dumps({"type": "error", "error": {"type": "permission_error", "message": "no"}}),
        '{"error": {"type": "authentication_error", "message": "Invalid bearer token"}}',
    ]
)
markers = st.sampled_from(
    [
        "<title>Just a moment...</title>",
        "window._cf_chl_opt={cType: 'managed'}",
        "/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1",
        '<div id="cf-error-details">Error 1020: Access denied</div>',
        "<title>Attention Required! | Cloudflare</title>",
    ]
)
filler = st.text(st.characters(codec="ascii", exclude_characters="<>"), max_size=200)


@st.composite
def cloudflare_answers(draw: st.DrawFn) -> tuple[int, dict[str, str], str]:
    """A challenge with Cloudflare's header (any status, any body) or, without it, one of
    its HTML challenge/block pages on the statuses it uses."""
    if draw(st.booleans()):
        status = draw(st.sampled_from([200, 401, 403, 429, 503]))
        headers = {draw(header_names): draw(header_values)}
        return status, headers, draw(bodies)
    status = draw(st.sampled_from([403, 429, 503]))
    page = f"<!DOCTYPE html><html><head>{draw(filler)}{draw(markers)}{draw(filler)}</html>"
    content_type = draw(st.sampled_from(["text/html", "text/html; charset=UTF-8", "TEXT/HTML"]))
    return status, {"Content-Type": content_type}, page


@GENERATED
@given(answer=cloudflare_answers())
async def test_every_cloudflare_variant_is_a_block_without_refresh(
    world: World, answer: tuple[int, dict[str, str], str]
) -> None:
    status, headers, body = answer
    name = fresh_name()
    account = world.fake.add_account()
    record = await world.save_app(name, account)
    fetcher = world.fetcher()
    assert (await fetcher.fetch(record)).status is AccountStatus.OK
    tokens_before = world.fake.count(TOKEN)
    world.fake.clear_faults()
    world.fake.fail(USAGE, status, body=body, headers=headers)

    usage = await fetcher.fetch(record, user_initiated=True)

    assert usage.status is AccountStatus.BLOCKED, usage.error
    assert usage.stale is True
    assert usage.session is not None
    assert world.fake.count(TOKEN) == tokens_before
    assert world.fake.is_live_refresh_token(account.refresh_token)


@pytest.mark.parametrize(
    ("status", "headers", "body", "expected"),
    [
        # What is NOT a block keeps its own meaning.
        (403, {}, {"error": {"type": "permission_error", "message": "scope"}}, "scope_missing"),
        (403, {"Content-Type": "text/html"}, "<html>Forbidden by nginx</html>", "auth_failed"),
        # The API's own 5xx answers are JSON: a server error, not a block (an HTML 5xx page
        # is a gateway's, a block since issue 15: tests/core/test_gateway_blocks.py).
        (500, {}, {"error": {"type": "api_error", "message": "Internal"}}, "error"),
        (529, {}, {"error": {"type": "overloaded_error", "message": "Busy"}}, "error"),
    ],
)
async def test_lookalikes_are_not_blocks(
    world: World, status: int, headers: dict[str, str], body: Any, expected: str
) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Ana", account)
    world.fake.fail(USAGE, status, body=body, headers=headers, times=None)

    usage = await world.fetcher().fetch(record, user_initiated=True)

    assert usage.status == expected, usage.error


# -- the Admin API ------------------------------------------------------------------------------


def admin_record(key: str) -> AccountRecord:
    return AccountRecord(
        name="Org",
        account_type="admin",
        source=CredentialSource.ADMIN_KEY,
        saved_at=datetime(2026, 11, 1, tzinfo=UTC),
        credentials=json.dumps({"adminApiKey": key}),
    )


@pytest.fixture
async def admin_api(fake_server: FakeAnthropic) -> AsyncIterator[AnthropicApi]:
    async with httpx.AsyncClient(timeout=5.0) as http:
        yield api_for(fake_server, http)


async def test_admin_block_says_blocked_not_key_refused(
    fake_server: FakeAnthropic, admin_api: AnthropicApi
) -> None:
    """Before: "The Admin API key was refused …" (AUTH_FAILED). After: BLOCKED, the last
    good figures kept, no request while the cooldown holds, and a user-initiated fetch
    asks again."""
    key = fake_server.add_admin_key()
    clock = FakeClock(datetime(2026, 11, 3, 12, 0, tzinfo=UTC))
    fetcher = AdminFetcher(admin_api, clock=clock)
    record = admin_record(key)  # one saved account: its id keys the last good values
    good = await fetcher.fetch(record)
    assert good.status is AccountStatus.OK
    fake_server.cloudflare_challenge(MESSAGES)

    blocked = await fetcher.fetch(record)

    assert blocked.status is AccountStatus.BLOCKED
    assert blocked.error is not None
    assert blocked.error.startswith(BLOCKED_START)
    assert KEY_REFUSED not in blocked.error
    assert blocked.stale is True
    assert blocked.input_tokens == good.input_tokens
    assert blocked.retry_at == clock.now + COOLDOWN_FLOOR

    sent = len(fake_server.requests)
    clock.advance(30)
    assert (await fetcher.fetch(record)).status is AccountStatus.BLOCKED
    assert len(fake_server.requests) == sent  # the cooldown holds: nothing sent

    again = await fetcher.fetch(record, user_initiated=True)
    assert again.status is AccountStatus.OK
    assert isinstance(again, AdminUsage)
    assert again.stale is False


async def test_admin_key_check_under_a_block_is_not_key_refused(
    fake_server: FakeAnthropic, admin_api: AnthropicApi
) -> None:
    key = fake_server.add_admin_key()
    fake_server.cloudflare_challenge("/v1/organizations/api_keys", status=503)
    with pytest.raises(errors.ClaudeUsageError) as raised:
        await AdminFetcher(admin_api).validate_key(key)
    assert not isinstance(raised.value, errors.AuthenticationError)
    assert str(raised.value).startswith(BLOCKED_START)


# -- a total deadline --------------------------------------------------------------------------


async def test_drip_fed_body_is_cut_at_the_deadline(fake_server: FakeAnthropic) -> None:
    """Before: a byte every 0.05 s never trips the 2 s read timeout, so the request lasted
    as long as the server liked. After: cut at the 0.3 s deadline with a clear message."""
    account = fake_server.add_account()
    fake_server.drip(USAGE, 0.05)
    async with httpx.AsyncClient(timeout=2.0) as http:
        api = api_for(fake_server, http, deadline=0.3)
        started = time.monotonic()
        with pytest.raises(errors.NetworkError, match=r"within 0\.3 s"):
            await api.get_usage(account.access_token)
        elapsed = time.monotonic() - started
    assert 0.3 <= elapsed < 1.5


@GENERATED
@given(
    deadline=st.floats(min_value=0.05, max_value=0.25),
    interval=st.floats(min_value=0.005, max_value=0.05),
    chunk=st.integers(min_value=1, max_value=32),
)
async def test_any_drip_is_cut_at_any_deadline(
    fake_server: FakeAnthropic, deadline: float, interval: float, chunk: int
) -> None:
    account = fake_server.add_account()
    body_length = len(json.dumps(account.usage))
    assume(body_length / chunk * interval > 3 * deadline)  # the drip outlasts the deadline
    fake_server.clear_faults()
    fake_server.drip(USAGE, interval, chunk=chunk)
    async with httpx.AsyncClient(timeout=2.0) as http:
        api = api_for(fake_server, http, deadline=deadline)
        started = time.monotonic()
        with pytest.raises(errors.NetworkError, match="did not finish answering"):
            await api.get_usage(account.access_token)
        elapsed = time.monotonic() - started
    assert deadline <= elapsed < deadline + 1.0


async def test_slow_answer_within_the_deadline_is_kept(fake_server: FakeAnthropic) -> None:
    """The deadline cuts only what outlasts it: a drip that ends in time is a normal answer."""
    account = fake_server.add_account()
    fake_server.drip(USAGE, 0.01, chunk=256)
    async with httpx.AsyncClient(timeout=2.0) as http:
        data = await api_for(fake_server, http, deadline=5.0).get_usage(account.access_token)
    assert data == account.usage


# -- the size cap --------------------------------------------------------------------------


@pytest.mark.parametrize("chunked", [True, False], ids=["chunked", "content-length"])
async def test_huge_body_is_not_read_past_the_cap(
    fake_server: FakeAnthropic, chunked: bool
) -> None:
    """Before: the whole 64 MiB body was read into memory, then refused. After: reading
    stops at the 8 MiB cap (or at once, when Content-Length announces too much)."""
    account = fake_server.add_account()
    fake_server.huge_body(USAGE, 64 * MIB, chunked=chunked)
    async with httpx.AsyncClient(timeout=10.0) as http:
        api = api_for(fake_server, http)
        tracemalloc.start()
        try:
            with pytest.raises(errors.ResponseFormatError, match="too large"):
                await api.get_usage(account.access_token)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 24 * MIB, f"peak {peak / MIB:.1f} MiB"


@GENERATED
@given(
    offset=st.integers(min_value=-4096, max_value=4096),
    chunked=st.booleans(),
)
async def test_body_at_the_cap_passes_and_one_byte_more_does_not(
    fake_server: FakeAnthropic, offset: int, chunked: bool
) -> None:
    cap = 64 * 1024
    account = fake_server.add_account()
    fake_server.clear_faults()
    fake_server.huge_body(USAGE, cap + offset, chunked=chunked)
    async with httpx.AsyncClient(timeout=5.0) as http:
        api = api_for(fake_server, http, max_body_bytes=cap)
        if offset <= 0:
            data = await api.get_usage(account.access_token)
            assert len(data["padding"]) == cap + offset - len('{"padding": ""}')
        else:
            with pytest.raises(errors.ResponseFormatError, match="too large"):
                await api.get_usage(account.access_token)


@pytest.mark.parametrize("status", [200, 500])
async def test_deeply_nested_body_is_a_format_error_not_a_crash(
    fake_server: FakeAnthropic, status: int
) -> None:
    """``[[[[…`` within the cap: json raises RecursionError, which must not escape."""
    account = fake_server.add_account()
    fake_server.fail(
        USAGE, status, body=b"[" * 200_000, headers={"Content-Type": "application/json"}
    )
    async with httpx.AsyncClient(timeout=5.0) as http:
        with pytest.raises(errors.ClaudeUsageError) as raised:
            await api_for(fake_server, http).get_usage(account.access_token)
    expected = errors.ResponseFormatError if status == 200 else errors.ApiError
    assert type(raised.value) is expected


# -- the sign-in server's Retry-After --------------------------------------------------------


def test_token_endpoint_429_is_honoured_by_the_next_run(fake_server: FakeAnthropic) -> None:
    """Two real ``claude-usage`` processes. Before: the second run asked the token endpoint
    again at once. After: it sends no token request and says when to come back."""
    account = fake_server.add_account(usage=usage_payload())
    save_copy(fake_server, "Work", account)
    fake_server.expire_access_token(account)  # the next usage request gets 401 → refresh
    fake_server.rate_limit(TOKEN, retry_after=600)

    first = json.loads(cli(fake_server, "usage", "--json", "--refresh").stdout)["accounts"][0]
    assert first["status"] == "rate_limited"
    assert fake_server.count(TOKEN) == 1
    retry_at = datetime.fromisoformat(first["retry_at"])
    assert abs((retry_at - datetime.now(UTC)).total_seconds() - 600) < 30

    second = json.loads(cli(fake_server, "usage", "--json", "--refresh").stdout)["accounts"][0]

    assert fake_server.count(TOKEN) == 1  # the sign-in server was left alone
    assert second["status"] == "rate_limited"
    said = re.fullmatch(SIGN_IN_MESSAGE, second["error"])
    assert said is not None, second["error"]
    minute = retry_at.replace(hour=int(said[1]), minute=int(said[2]), second=0, microsecond=0)
    if minute < retry_at - timedelta(hours=12):  # rounded up past midnight
        minute += timedelta(days=1)
    assert retry_at <= minute < retry_at + timedelta(minutes=1)  # rounded up, never early
    assert fake_server.is_live_refresh_token(account.refresh_token)


retry_after_seconds = st.integers(min_value=0, max_value=3 * 3600)


@GENERATED
@given(seconds=retry_after_seconds, as_date=st.booleans())
async def test_sign_in_cooldown_follows_retry_after_within_floor_and_ceiling(
    tmp_path: Path, seconds: int, as_date: bool
) -> None:
    """Whatever Retry-After says (seconds or an HTTP date), the next run's gate waits for it,
    within the floor and ceiling, without calling the token endpoint; then calls it again."""
    from email.utils import format_datetime

    from core.anthropic.api import parse_retry_after
    from core.usage.ratelimit import SignInServerGate

    clock = FakeClock(datetime(2026, 11, 3, 12, 0, tzinfo=UTC))
    path = tmp_path / f"cooldowns-{fresh_name()}.json"
    header = format_datetime(clock.now + timedelta(seconds=seconds), usegmt=True)
    retry_at = parse_retry_after(header if as_date else str(seconds), clock.now)
    calls: list[str] = []

    async def refused() -> None:
        calls.append("refused")
        raise errors.RateLimitedError("429", retry_at=retry_at)

    async def answered() -> str:
        calls.append("answered")
        return "tokens"

    with pytest.raises(errors.RateLimitedError):
        await SignInServerGate(path, clock=clock).call("https://sign-in/token", refused)
    wait = min(max(timedelta(seconds=seconds), COOLDOWN_FLOOR), COOLDOWN_CEILING)

    next_run = SignInServerGate(path, clock=clock)
    clock.advance(wait.total_seconds() - 1)
    with pytest.raises(errors.RateLimitedError, match="sign-in server, retry after") as held:
        await next_run.call("https://sign-in/token", answered)
    assert held.value.retry_at == clock.now + timedelta(seconds=1)
    clock.advance(1)
    assert await next_run.call("https://sign-in/token", answered) == "tokens"
    assert calls == ["refused", "answered"]

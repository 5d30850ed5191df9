"""AdminFetcher against the fake Anthropic server over real loopback sockets.

The fake serves ``tests/data/admin_*.json``: two pages of the messages report (one row with
a null API key id, one with a null model), one cost-report page, two API keys, and Claude
Code records on 2026-11-01. Expected numbers below are worked out from those files.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from core.admin.fetcher import (
    ADMIN_POLL_INTERVAL,
    KEY_REFUSED,
    AdminFetcher,
    admin_key_from_credentials,
    month_to_date,
    validate_admin_key_format,
)
from core.anthropic.api import AnthropicApi, new_http_client
from core.anthropic.endpoints import Endpoints
from core.errors import AuthenticationError, InvalidInputError
from core.models import AccountRecord, AccountStatus, AdminUsage, CredentialSource
from tests.fakes.server import FakeAnthropic

MESSAGES = "/v1/organizations/usage_report/messages"
COST = "/v1/organizations/cost_report"
CLAUDE_CODE = "/v1/organizations/usage_report/claude_code"
API_KEYS = "/v1/organizations/api_keys"
NOW = datetime(2026, 11, 3, 12, 0, tzinfo=UTC)

# From admin_messages_page1/2.json.
UNCACHED = 120_000 + 50_000 + 10_000 + 100
CACHE_READ = 300_000
CACHE_WRITE = 20_000 + 5_000
OUTPUT = 45_000 + 8_000 + 2_000 + 10
# sonnet-4-5 row 123¢ + 3 web searches 3¢, haiku-4-5 row 9¢, opus-4-1 row 30¢, null model 0¢.
ESTIMATED_CENTS = 165.0


def admin_record(key: str | None, name: str = "Org") -> AccountRecord:
    credentials = None if key is None else json.dumps({"adminApiKey": key})
    return AccountRecord(
        name=name,
        account_type="admin",
        source=CredentialSource.ADMIN_KEY,
        saved_at=NOW,
        credentials=credentials,
    )


@pytest.fixture
async def api(fake_server: FakeAnthropic) -> AsyncIterator[AnthropicApi]:
    async with new_http_client() as http:
        yield AnthropicApi(http, Endpoints(api_base=fake_server.base_url))


@pytest.fixture
def key(fake_server: FakeAnthropic) -> str:
    return fake_server.add_admin_key()


def fetcher_at(api: AnthropicApi, now: datetime = NOW, **options: Any) -> AdminFetcher:
    return AdminFetcher(api, clock=lambda: now, **options)


def user_record(day: str, email: str, tokens: dict[str, int], cents: int) -> dict[str, Any]:
    return {
        "date": f"{day}T00:00:00Z",
        "actor": {"type": "user_actor", "email_address": email},
        "model_breakdown": [
            {
                "model": "claude-sonnet-4-5-20250929",
                "tokens": tokens,
                "estimated_cost": {"currency": "USD", "amount": cents},
            }
        ],
    }


def actors(usage: AdminUsage, kind: str) -> dict[str, Any]:
    return {a.actor_name: a for a in usage.actors if a.actor_type == kind}


# ------------------------------------------------------------------ key format


def test_key_format_strips_whitespace() -> None:
    assert validate_admin_key_format("  sk-ant-admin01-abc\n") == "sk-ant-admin01-abc"


@pytest.mark.parametrize(
    ("key", "reason"),
    [
        ("", "No Admin API key"),
        ("   ", "No Admin API key"),
        ("sk-ant-oat01-secretsecret", "sign-in token"),
        ("sk-ant-api03-secretsecret", "regular API key"),
        ("hello-secretsecret", "start with sk-ant-admin"),
        ("sk-ant-admin01-secret secret", "characters"),
        ("sk-ant-admin01-secret\x00x", "characters"),
        ("sk-ant-admin01-" + "s" * 600, "characters"),
    ],
)
def test_bad_key_format_is_refused_without_echoing_it(key: str, reason: str) -> None:
    with pytest.raises(InvalidInputError, match=reason) as caught:
        validate_admin_key_format(key)
    assert "secret" not in str(caught.value)


@pytest.mark.parametrize(
    "credentials", [None, "", "not json", "[]", '{"adminApiKey": 5}', '{"other": "x"}']
)
def test_saved_credentials_without_a_key_are_refused(credentials: str | None) -> None:
    with pytest.raises(InvalidInputError, match="no saved Admin API key"):
        admin_key_from_credentials(credentials)


def test_default_period_is_the_utc_month_to_date() -> None:
    start, end = month_to_date(datetime(2026, 11, 15, 9, 30, tzinfo=UTC))
    assert start == datetime(2026, 11, 1, tzinfo=UTC)
    assert end == datetime(2026, 11, 15, 9, 30, tzinfo=UTC)


def test_admin_accounts_are_polled_every_half_hour() -> None:
    assert timedelta(seconds=ADMIN_POLL_INTERVAL) == timedelta(minutes=30)


# ------------------------------------------------------------------ validate_key


async def test_validate_key_makes_one_cheap_request(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    await fetcher_at(api).validate_key(f"  {key}  ")
    assert len(fake_server.requests) == 1
    request = fake_server.requests[0]
    assert request.path == API_KEYS
    assert request.query == {"limit": ["1"]}
    assert request.headers["x-api-key"] == key


async def test_validate_key_checks_the_format_before_any_request(
    fake_server: FakeAnthropic, api: AnthropicApi
) -> None:
    with pytest.raises(InvalidInputError):
        await fetcher_at(api).validate_key("sk-ant-api03-not-an-admin-key")
    assert fake_server.requests == []


async def test_validate_key_wrong_key_is_refused_plainly(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    wrong = "sk-ant-admin01-wrongwrongwrong"
    with pytest.raises(AuthenticationError) as caught:
        await fetcher_at(api).validate_key(wrong)
    assert str(caught.value) == KEY_REFUSED
    assert "wrongwrong" not in str(caught.value)
    assert fake_server.count(API_KEYS) == 1


# ------------------------------------------------------------------ fetch: the happy path


async def test_fetch_follows_every_page_with_the_documented_query(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    usage = await fetcher_at(api).fetch(admin_record(key))
    assert usage.status is AccountStatus.OK
    first, second = fake_server.requests_to(MESSAGES)
    assert first.query == {
        "starting_at": ["2026-11-01T00:00:00Z"],
        "ending_at": ["2026-11-03T12:00:00Z"],
        "bucket_width": ["1d"],
        "limit": ["31"],
        "group_by[]": ["api_key_id", "model"],
    }
    assert second.query == {**first.query, "page": ["page_2_token"]}
    assert fake_server.requests_to(COST)[0].query["bucket_width"] == ["1d"]
    assert all(r.headers["x-api-key"] == key for r in fake_server.requests)


async def test_fetch_totals_cover_both_pages(api: AnthropicApi, key: str) -> None:
    usage = await fetcher_at(api).fetch(admin_record(key))
    assert usage.input_tokens == UNCACHED + CACHE_READ + CACHE_WRITE
    assert usage.output_tokens == OUTPUT
    assert usage.cache_read_tokens == CACHE_READ
    assert usage.cache_creation_tokens == CACHE_WRITE
    assert usage.web_search_requests == 3
    assert usage.estimated_cost_cents == pytest.approx(ESTIMATED_CENTS)
    assert usage.actual_cost_cents == pytest.approx(126.45)  # "123.45" + "3.00"
    assert usage.currency == "USD"
    assert (usage.period_start, usage.period_end) == (datetime(2026, 11, 1, tzinfo=UTC), NOW)
    assert usage.fetched_at == NOW
    assert (usage.stale, usage.error, usage.notes) == (False, None, ())


async def test_model_sum_equals_api_key_actor_sum_equals_total(api: AnthropicApi, key: str) -> None:
    usage = await fetcher_at(api).fetch(admin_record(key))
    keys = [a for a in usage.actors if a.actor_type == "api_key"]
    for name in ("input_tokens", "output_tokens", "cache_creation_tokens", "cache_read_tokens"):
        total = getattr(usage, name)
        assert sum(getattr(m, name) for m in usage.model_breakdown) == total, name
        assert sum(getattr(a, name) for a in keys) == total, name
    assert sum(m.estimated_cost_cents for m in usage.model_breakdown) == pytest.approx(
        usage.estimated_cost_cents
    )
    assert sum(a.estimated_cost_cents for a in keys) == pytest.approx(usage.estimated_cost_cents)


async def test_null_model_is_visible_as_unpriced(api: AnthropicApi, key: str) -> None:
    usage = await fetcher_at(api).fetch(admin_record(key))
    models = {m.model: m for m in usage.model_breakdown}
    assert models["(no model)"].input_tokens == 100
    assert models["(no model)"].price_known is False
    assert models["claude-opus-4-1-20250805"].estimated_cost_cents == pytest.approx(30.0)
    assert models["claude-sonnet-4-5-20250929"].price_known is True
    assert usage.unpriced_models == ("(no model)",)


async def test_api_keys_are_named_and_null_key_is_console(api: AnthropicApi, key: str) -> None:
    usage = await fetcher_at(api).fetch(admin_record(key))
    keys = actors(usage, "api_key")
    assert set(keys) == {"backend-prod", "data-team", "console"}
    assert keys["backend-prod"].input_tokens == 120_000 + 300_000 + 25_000 + 100
    assert keys["console"].output_tokens == 8_000
    assert keys["data-team"].estimated_cost_cents == pytest.approx(30.0)


async def test_unknown_key_id_falls_back_to_the_id(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    listing = {"data": [{"id": "apikey_01AAA", "name": "backend-prod"}], "has_more": False}
    fake_server.set_admin_pages("api_keys", [listing])
    usage = await fetcher_at(api).fetch(admin_record(key))
    assert "apikey_01BBB" in actors(usage, "api_key")


async def test_key_names_are_resolved_across_after_id_pages(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("core.admin.fetcher.API_KEYS_PER_PAGE", "1")
    usage = await fetcher_at(api).fetch(admin_record(key))
    assert {"backend-prod", "data-team"} <= set(actors(usage, "api_key"))
    cursors = [r.param("after_id") for r in fake_server.requests_to("/v1/organizations/api_keys")]
    assert cursors == [None, "apikey_01AAA"]  # the second page says has_more: false


async def test_claude_code_users_are_listed_beside_keys(api: AnthropicApi, key: str) -> None:
    usage = await fetcher_at(api).fetch(admin_record(key))
    users = actors(usage, "user")
    assert set(users) == {"ana@example.com", "ci-bot (API key)"}
    assert users["ana@example.com"].input_tokens == 80_000 + 400_000 + 15_000
    assert users["ana@example.com"].cache_read_tokens == 400_000
    assert users["ana@example.com"].estimated_cost_cents == pytest.approx(187.0)  # report's own
    assert users["ci-bot (API key)"].output_tokens == 4_000


async def test_selected_period_is_sent_and_reported(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    period = (datetime(2026, 10, 5, tzinfo=UTC), datetime(2026, 10, 7, 6, tzinfo=UTC))
    usage = await fetcher_at(api).fetch(admin_record(key), period=period)
    query = fake_server.requests_to(MESSAGES)[0].query
    assert (query["starting_at"], query["ending_at"]) == (
        ["2026-10-05T00:00:00Z"],
        ["2026-10-07T06:00:00Z"],
    )
    assert (usage.period_start, usage.period_end) == period
    days = [r.param("starting_at") or "" for r in fake_server.requests_to(CLAUDE_CODE)]
    assert sorted(days) == ["2026-10-05", "2026-10-06", "2026-10-07"]


# ------------------------------------------------------------------ the per-user report


async def test_per_user_report_asks_once_per_day_and_sums_the_days(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    tokens = {"input": 10, "output": 20, "cache_read": 30, "cache_creation": 40}
    for day in ("2026-11-10", "2026-11-11", "2026-11-12"):
        fake_server.set_claude_code_day(day, [user_record(day, "bo@example.com", tokens, 7)])
    period = (datetime(2026, 11, 10, tzinfo=UTC), datetime(2026, 11, 13, tzinfo=UTC))
    usage = await fetcher_at(api, NOW + timedelta(days=20)).fetch(admin_record(key), period=period)
    days = sorted(r.param("starting_at") or "" for r in fake_server.requests_to(CLAUDE_CODE))
    assert days == ["2026-11-10", "2026-11-11", "2026-11-12"]  # midnight end: not the 13th
    bo = actors(usage, "user")["bo@example.com"]
    assert (bo.input_tokens, bo.output_tokens) == (3 * 80, 3 * 20)
    assert bo.estimated_cost_cents == pytest.approx(21.0)


async def test_per_user_report_pages_within_a_day(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    period = (datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 11, 2, tzinfo=UTC))
    fetcher = fetcher_at(api, claude_code_page_size=1)
    usage = await fetcher.fetch(admin_record(key), period=period)
    pages = [r.param("page") for r in fake_server.requests_to(CLAUDE_CODE)]
    assert pages == [None, "cc_2026-11-01_1"]
    assert set(actors(usage, "user")) == {"ana@example.com", "ci-bot (API key)"}


async def test_per_user_report_skips_days_not_yet_begun(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    await fetcher_at(api).fetch(admin_record(key))  # month to date on the 3rd
    assert fake_server.count(CLAUDE_CODE) == 3


async def test_per_user_days_are_fetched_a_few_at_a_time(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    fake_server.latency = 0.05
    period = (datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 10, 11, tzinfo=UTC))
    await fetcher_at(api).fetch(admin_record(key), period=period)
    assert fake_server.count(CLAUDE_CODE) == 10
    assert fake_server.peak_concurrency(CLAUDE_CODE) <= 4


# ------------------------------------------------------------------ errors never raise


async def test_error_message_comes_from_the_body(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    fake_server.fail(MESSAGES, 500, body={"error": {"message": "boom"}})
    usage = await fetcher_at(api).fetch(admin_record(key))
    assert usage.status is AccountStatus.ERROR
    assert "boom" in (usage.error or "")
    assert (usage.stale, usage.fetched_at, usage.input_tokens) == (False, None, 0)


async def test_error_without_a_body_names_the_status(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    fake_server.fail(MESSAGES, 502, body=b"")
    usage = await fetcher_at(api).fetch(admin_record(key))
    assert usage.status is AccountStatus.ERROR
    assert "502" in (usage.error or "")


async def test_failure_after_success_shows_last_values_as_stale(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    fetcher = fetcher_at(api)
    record = admin_record(key)
    good = await fetcher.fetch(record)
    fake_server.fail(MESSAGES, 500, body={"error": {"message": "boom"}})
    usage = await fetcher.fetch(record)
    assert usage.stale is True
    assert "boom" in (usage.error or "")
    assert (usage.input_tokens, usage.fetched_at) == (good.input_tokens, good.fetched_at)
    assert fetcher.last_good(record) == good


async def test_wrong_key_is_auth_failed(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    usage = await fetcher_at(api).fetch(admin_record("sk-ant-admin01-wrongwrongwrong"))
    assert usage.status is AccountStatus.AUTH_FAILED
    assert usage.error == KEY_REFUSED
    assert fake_server.count(MESSAGES) == 1
    assert fake_server.count(COST) == 0  # extras are not tried once the key is refused


async def test_rate_limit_keeps_retry_at(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    fake_server.rate_limit(MESSAGES, retry_after=60)
    usage = await fetcher_at(api).fetch(admin_record(key))
    assert usage.status is AccountStatus.RATE_LIMITED
    assert usage.retry_at is not None


async def test_unreachable_server_is_offline(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    fake_server.stop()
    usage = await fetcher_at(api).fetch(admin_record(key))
    assert usage.status is AccountStatus.OFFLINE


async def test_malformed_report_is_an_error(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    fake_server.malformed(MESSAGES)
    usage = await fetcher_at(api).fetch(admin_record(key))
    assert usage.status is AccountStatus.ERROR
    assert "not JSON" in (usage.error or "")


async def test_report_without_data_list_is_an_error(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    fake_server.set_admin_pages("messages", [{"rows": []}])
    usage = await fetcher_at(api).fetch(admin_record(key))
    assert usage.status is AccountStatus.ERROR
    assert "no data list" in (usage.error or "")


@pytest.mark.parametrize(
    "credentials", [None, json.dumps({"adminApiKey": "sk-ant-api03-secretsecret"})]
)
async def test_unusable_saved_key_fails_before_any_request(
    fake_server: FakeAnthropic, api: AnthropicApi, credentials: str | None
) -> None:
    record = AccountRecord(
        name="Org",
        account_type="admin",
        source=CredentialSource.ADMIN_KEY,
        saved_at=NOW,
        credentials=credentials,
    )
    usage = await fetcher_at(api).fetch(record)
    assert usage.status is AccountStatus.ERROR
    assert usage.error is not None
    assert "secret" not in usage.error
    assert fake_server.requests == []


@pytest.mark.parametrize(
    "period",
    [
        (datetime(2026, 11, 2), datetime(2026, 11, 3)),
        (datetime(2026, 11, 3, tzinfo=UTC), datetime(2026, 11, 2, tzinfo=UTC)),
    ],
)
async def test_bad_period_is_an_error_without_requests(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str, period: tuple[datetime, datetime]
) -> None:
    usage = await fetcher_at(api).fetch(admin_record(key), period=period)
    assert usage.status is AccountStatus.ERROR
    assert "period" in (usage.error or "")
    assert fake_server.requests == []


# ------------------------------------------------------------------ extras fail softly


async def test_cost_report_failure_leaves_usage_intact(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    fake_server.fail(COST, 500, body={"error": {"message": "cost db down"}})
    usage = await fetcher_at(api).fetch(admin_record(key))
    assert usage.status is AccountStatus.OK
    assert usage.error is None
    assert usage.actual_cost_cents is None
    assert usage.input_tokens == UNCACHED + CACHE_READ + CACHE_WRITE
    assert usage.estimated_cost_cents == pytest.approx(ESTIMATED_CENTS)
    assert len(usage.notes) == 1
    assert "Actual cost unavailable" in usage.notes[0]
    assert "cost db down" in usage.notes[0]


async def test_key_list_failure_falls_back_to_ids(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    fake_server.fail(API_KEYS, 503)
    usage = await fetcher_at(api).fetch(admin_record(key))
    assert usage.status is AccountStatus.OK
    assert {"apikey_01AAA", "apikey_01BBB", "console"} == set(actors(usage, "api_key"))
    assert any("API key names unavailable" in note for note in usage.notes)


async def test_claude_code_failure_leaves_keys_and_totals(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    fake_server.fail(CLAUDE_CODE, 500, times=None)
    usage = await fetcher_at(api).fetch(admin_record(key))
    assert usage.status is AccountStatus.OK
    assert actors(usage, "user") == {}
    assert len(actors(usage, "api_key")) == 3
    assert any("Claude Code users unavailable" in note for note in usage.notes)


async def test_mixed_currencies_are_not_summed(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    results = [{"amount": "1.00", "currency": "USD"}, {"amount": "1.00", "currency": "EUR"}]
    fake_server.set_admin_pages("cost_report", [{"data": [{"results": results}]}])
    usage = await fetcher_at(api).fetch(admin_record(key))
    assert usage.actual_cost_cents is None
    assert any("mixes currencies" in note for note in usage.notes)


async def test_cost_amounts_are_summed_exactly(
    fake_server: FakeAnthropic, api: AnthropicApi, key: str
) -> None:
    results = [{"amount": "0.1", "currency": "USD"}] * 3
    fake_server.set_admin_pages("cost_report", [{"data": [{"results": results}]}] * 2)
    usage = await fetcher_at(api).fetch(admin_record(key))
    assert usage.actual_cost_cents == 0.6  # Decimal sum, not 0.6000000000000001
    assert fake_server.count(COST) == 2


# ------------------------------------------------------------------ key list paging (after_id)


def key_list_transport(seen: list[httpx.Request]) -> httpx.MockTransport:
    """Messages name two keys; the key list pages by ``after_id`` like the real endpoint."""
    row = {"uncached_input_tokens": 1, "model": "claude-3-haiku-20240307"}
    keys = [{"id": "k1", "name": "first"}, {"id": "k2", "name": "second"}]
    bodies: dict[str, Callable[[httpx.Request], Any]] = {
        MESSAGES: lambda _: {
            "data": [{"results": [{**row, "api_key_id": "k1"}, {**row, "api_key_id": "k2"}]}]
        },
        COST: lambda _: {"data": []},
        CLAUDE_CODE: lambda _: {"data": []},
        "/v1/organizations/spend_limits/effective": lambda _: {"data": []},
        API_KEYS: lambda request: (
            {"data": keys[1:], "has_more": False, "last_id": "k2"}
            if request.url.params.get("after_id") == "k1"
            else {"data": keys[:1], "has_more": True, "last_id": "k1"}
        ),
    }

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=bodies[request.url.path](request))

    return httpx.MockTransport(handle)


async def test_key_list_is_paged_by_after_id() -> None:
    seen: list[httpx.Request] = []
    async with httpx.AsyncClient(transport=key_list_transport(seen)) as http:
        api = AnthropicApi(http, Endpoints(api_base="https://api.example.test"))
        usage = await fetcher_at(api).fetch(admin_record("sk-ant-admin01-mock"))
    assert set(actors(usage, "api_key")) == {"first", "second"}
    cursors = [r.url.params.get("after_id") for r in seen if r.url.path == API_KEYS]
    assert cursors == [None, "k1"]

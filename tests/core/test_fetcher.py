"""core.usage.fetcher over real sockets: statuses, stale values, 401 retry, profile, history."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.errors import NetworkError
from core.models import AccountRecord, AccountStatus, CredentialSource, Forecast, OAuthUsage
from core.usage.fetcher import UsageFetcher
from core.usage.snapshots import SnapshotCache, usage_to_dict
from core.usage.tokens import TokenManager
from tests.core import fetch_support
from tests.core.fetch_support import (
    EXPIRED,
    SAVED_AT,
    USER_AGENT,
    FakeClock,
    World,
)
from tests.fakes.accounts import sample

world = fetch_support.world
USAGE = "/api/oauth/usage"
PROFILE = "/api/oauth/profile"
TOKEN = "/v1/oauth/token"


@dataclass
class Primed:
    """An app-owned account "Work" already fetched once, successfully."""

    fetcher: UsageFetcher
    gate_clock: FakeClock
    good: OAuthUsage

    async def fetch(self, world: World, *, user_initiated: bool = False) -> OAuthUsage:
        record = await world.accounts.get("Work")
        return await self.fetcher.fetch(record, user_initiated=user_initiated)


async def primed(world: World) -> Primed:
    await world.save_app("Work", world.fake.add_account())
    gate_clock = FakeClock()
    fetcher = world.fetcher(gate_clock=gate_clock)
    good = await fetcher.fetch(await world.accounts.get("Work"))
    assert good.status is AccountStatus.OK
    assert not good.stale
    await fetcher.flush()  # its snapshot file, written just behind the answer, is on disk
    return Primed(fetcher, gate_clock, good)


# -- success ---------------------------------------------------------------------------------


async def test_fetch_parses_usage_and_sends_claude_code_headers(world: World) -> None:
    world.fake.require_claude_code_user_agent = True  # the real API's tiny bucket otherwise
    account = world.fake.add_account(email="ana@example.com")
    record = await world.save_app("Work", account)

    usage = await world.fetcher().fetch(record)

    assert usage.status is AccountStatus.OK
    assert usage.error is None
    assert not usage.stale
    assert usage.session is not None
    assert usage.session.percent == 37.0
    assert usage.weekly is not None
    assert usage.weekly.percent == 64.0
    assert usage.extra_usage is not None
    assert usage.extra_usage.monthly_limit == 400.0
    assert usage.fetched_at is not None
    request = world.fake.requests_to(USAGE)[0]
    assert request.user_agent == USER_AGENT
    assert request.anthropic_beta == "oauth-2025-04-20"
    assert request.headers["authorization"] == f"Bearer {account.access_token}"
    assert request.headers["accept"] == "application/json"


async def test_profile_fills_identity_and_is_saved(world: World) -> None:
    account = world.fake.add_account(email="ana@example.com", plan="default_claude_max_20x")
    record = await world.save_app("Work", account)
    usage = await world.fetcher().fetch(record)
    assert (usage.email, usage.plan, usage.account_id) == (
        "ana@example.com",
        "default_claude_max_20x",
        account.uuid,
    )
    saved = await world.accounts.get("Work")
    assert (saved.email, saved.plan, saved.account_id) == (
        "ana@example.com",
        "default_claude_max_20x",
        account.uuid,
    )


async def test_profile_is_looked_up_at_most_once_a_day(world: World) -> None:
    account = world.fake.add_account()
    await world.save_app("Work", account)
    gate_clock, clock = FakeClock(), FakeClock()
    fetcher = world.fetcher(gate_clock=gate_clock, clock=clock)
    for _ in range(3):
        await fetcher.fetch(await world.accounts.get("Work"))
        gate_clock.advance(61)
    assert world.fake.count(USAGE) == 3
    assert world.fake.count(PROFILE) == 1
    clock.advance(25 * 3600)
    await fetcher.fetch(await world.accounts.get("Work"))
    assert world.fake.count(PROFILE) == 2


async def test_known_profile_is_not_looked_up_again(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app(
        "Work", account, email="a@example.com", account_id="uuid-1", plan="pro"
    )
    usage = await world.fetcher().fetch(record)
    assert world.fake.count(PROFILE) == 0
    assert (usage.email, usage.account_id, usage.plan) == ("a@example.com", "uuid-1", "pro")


async def test_profile_failure_never_breaks_the_fetch(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account)
    world.fake.fail(PROFILE, 500)
    usage = await world.fetcher().fetch(record)
    assert usage.status is AccountStatus.OK
    assert usage.email is None
    assert usage.session is not None


# -- the token lifecycle through the fetcher -------------------------------------------------


async def test_401_refreshes_once_and_retries_once(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account)
    world.fake.expire_access_token(account)

    usage = await world.fetcher().fetch(record)

    assert usage.status is AccountStatus.OK
    assert world.fake.count(USAGE) == 2
    assert world.fake.count(TOKEN) == 1
    assert await world.stored_tokens("Work") == (account.access_token, account.refresh_token)
    retried = world.fake.requests_to(USAGE)[1]
    assert retried.headers["authorization"] == f"Bearer {account.access_token}"


async def test_401_and_refresh_fails(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account)
    world.fake.expire_access_token(account)
    world.fake.fail(TOKEN, 500)

    usage = await world.fetcher().fetch(record)

    assert usage.status is AccountStatus.ERROR
    assert usage.error is not None
    assert "500" in usage.error
    assert world.fake.count(USAGE) == 1
    assert world.fake.count(TOKEN) == 1


async def test_401_and_dead_grant_needs_sign_in(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account)
    world.fake.expire_access_token(account)
    world.fake.revoke_refresh_token(account)
    usage = await world.fetcher().fetch(record)
    assert usage.status is AccountStatus.NEEDS_SIGN_IN
    assert usage.error is not None
    assert "sign in again" in usage.error


async def test_401_again_after_the_refresh_is_auth_failed(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account)
    world.fake.fail(USAGE, 401, times=2)
    usage = await world.fetcher().fetch(record)
    assert usage.status is AccountStatus.AUTH_FAILED
    assert world.fake.count(USAGE) == 2
    assert world.fake.count(TOKEN) == 1


async def test_expired_token_is_refreshed_before_the_request(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account, lifetime=EXPIRED)
    usage = await world.fetcher().fetch(record)
    assert usage.status is AccountStatus.OK
    assert world.fake.count(TOKEN) == 1
    assert world.fake.count(USAGE) == 1
    assert world.fake.requests_to(TOKEN)[0].user_agent == USER_AGENT


async def test_scope_error_is_explained_and_not_retried(world: World) -> None:
    account = world.fake.add_account(scopes=("user:inference",))  # `claude setup-token`
    record = await world.save_app("Work", account)
    usage = await world.fetcher().fetch(record)
    assert usage.status is AccountStatus.SCOPE_MISSING
    assert usage.error is not None
    assert "user:profile" in usage.error
    assert "setup-token" in usage.error
    assert world.fake.count(TOKEN) == 0
    assert world.fake.count(USAGE) == 1


# -- linked accounts -------------------------------------------------------------------------


async def test_linked_account_never_calls_the_token_endpoint(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_linked("Linked", account)
    usage = await world.fetcher().fetch(record)
    assert usage.status is AccountStatus.OK
    world.fake.expire_access_token(account)
    usage = await world.fetcher().fetch(record, user_initiated=True)
    assert usage.status is AccountStatus.LOGIN_EXPIRED
    assert usage.stale
    assert usage.session is not None
    assert usage.error == "Claude Code login expired — run `claude` to refresh"
    assert world.fake.count(TOKEN) == 0


async def test_expired_linked_login_sends_nothing(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_linked("Linked", account, lifetime=EXPIRED)
    usage = await world.fetcher().fetch(record)
    assert usage.status is AccountStatus.LOGIN_EXPIRED
    assert world.fake.count(TOKEN) == 0
    assert world.fake.count(USAGE) == 0


async def test_linked_write_back_is_opt_in(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_linked("Linked", account, lifetime=EXPIRED)
    tokens = world.tokens(write_back=True)
    usage = await world.fetcher(tokens=tokens).fetch(record)
    assert usage.status is AccountStatus.OK
    written = json.loads((Path(record.config_dir or "") / ".credentials.json").read_text())
    assert written["claudeAiOauth"]["refreshToken"] == account.refresh_token
    assert world.fake.count(TOKEN) == 1


# -- failures keep the last good values ------------------------------------------------------


async def test_429_is_rate_limited_with_retry_at_and_stale_values(world: World) -> None:
    p = await primed(world)
    p.gate_clock.advance(61)
    world.fake.rate_limit(USAGE, retry_after=600)

    usage = await p.fetch(world)

    assert usage.status is AccountStatus.RATE_LIMITED
    assert usage.retry_at is not None
    assert usage.retry_at > datetime.now(UTC)
    assert usage.stale
    assert usage.session == p.good.session
    assert usage.fetched_at == p.good.fetched_at
    assert usage.error is not None
    assert "Rate limited" in usage.error
    assert world.fake.count(TOKEN) == 0  # never treated as expired credentials


async def test_cooldown_holds_and_a_user_refresh_bypasses_it_once(world: World) -> None:
    p = await primed(world)
    p.gate_clock.advance(61)
    world.fake.rate_limit(USAGE, retry_after=600, times=2)
    await p.fetch(world)
    assert world.fake.count(USAGE) == 2

    p.gate_clock.advance(120)
    polled = await p.fetch(world)
    assert polled.status is AccountStatus.RATE_LIMITED
    assert world.fake.count(USAGE) == 2

    bypass = await p.fetch(world, user_initiated=True)
    assert bypass.status is AccountStatus.RATE_LIMITED
    assert world.fake.count(USAGE) == 3
    again = await p.fetch(world, user_initiated=True)
    assert again.status is AccountStatus.RATE_LIMITED
    assert world.fake.count(USAGE) == 3


async def test_cooldown_and_last_values_survive_a_restart(world: World) -> None:
    p = await primed(world)
    p.gate_clock.advance(61)
    world.fake.rate_limit(USAGE, retry_after=900)
    await p.fetch(world)
    count = world.fake.count(USAGE)

    restarted = world.fetcher()  # new gate, tokens and snapshot cache on the same files
    usage = await restarted.fetch(await world.accounts.get("Work"))

    assert world.fake.count(USAGE) == count
    assert usage.status is AccountStatus.RATE_LIMITED
    assert usage.stale
    assert usage.session == p.good.session
    assert usage.windows == p.good.windows
    assert usage.extra_usage == p.good.extra_usage
    assert usage.limits == p.good.limits


@pytest.mark.parametrize(
    ("fault", "status", "message"),
    [
        ("500", AccountStatus.ERROR, "500"),
        ("malformed", AccountStatus.ERROR, "not JSON"),
        ("garbage", AccountStatus.ERROR, "not a JSON object"),
        ("bad-window", AccountStatus.ERROR, "five_hour.utilization"),
        ("reset", AccountStatus.OFFLINE, "127.0.0.1"),
        ("404", AccountStatus.ERROR, "404"),
    ],
)
async def test_errors_map_to_statuses_with_stale_values(
    world: World, fault: str, status: AccountStatus, message: str
) -> None:
    p = await primed(world)
    p.gate_clock.advance(61)
    if fault == "500":
        world.fake.fail(USAGE, 500)
    elif fault == "404":
        world.fake.fail(USAGE, 404)
    elif fault == "malformed":
        world.fake.malformed(USAGE)
    elif fault == "garbage":
        world.fake.fail(USAGE, 200, body=[1, 2, 3])
    elif fault == "bad-window":
        world.fake.fail(USAGE, 200, body={"five_hour": {"utilization": "high", "resets_at": None}})
    else:
        world.fake.reset_connection(USAGE)

    usage = await p.fetch(world)

    assert usage.status is status
    assert usage.error is not None
    assert message in usage.error
    assert usage.stale
    assert usage.session == p.good.session
    assert world.fake.count(TOKEN) == 0


async def test_server_gone_is_offline(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account)
    world.fake.stop()
    usage = await world.fetcher().fetch(record)
    assert usage.status is AccountStatus.OFFLINE
    assert not usage.stale
    assert not usage.has_data
    assert usage.account_name == "Work"


async def test_recovery_clears_stale(world: World) -> None:
    p = await primed(world)
    p.gate_clock.advance(61)
    world.fake.fail(USAGE, 502)
    assert (await p.fetch(world)).stale
    p.gate_clock.advance(61)
    usage = await p.fetch(world)
    assert usage.status is AccountStatus.OK
    assert not usage.stale
    assert usage.error is None


async def test_polls_within_a_minute_reuse_the_last_result(world: World) -> None:
    p = await primed(world)
    again = await p.fetch(world)
    assert again is p.good
    assert world.fake.count(USAGE) == 1


# -- never raises ----------------------------------------------------------------------------


async def test_admin_record_is_an_error_not_an_exception(world: World) -> None:
    record = AccountRecord(
        name="Org",
        account_type="admin",
        source=CredentialSource.ADMIN_KEY,
        saved_at=SAVED_AT,
        credentials='{"adminApiKey": "sk-ant-admin01-x"}',
    )
    usage = await world.fetcher().fetch(record)
    assert usage.status is AccountStatus.ERROR
    assert "not a subscription" in (usage.error or "")


async def test_deleted_account_is_an_error_not_an_exception(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account)
    await world.accounts.delete("Work")
    usage = await world.fetcher().fetch(record)
    assert usage.status is AccountStatus.ERROR
    assert "Work" in (usage.error or "")


class BrokenTokens(TokenManager):
    async def access_token(self, record: AccountRecord, *, rejected: str | None = None) -> str:
        raise RuntimeError("a bug, with sk-ant-oat01-SECRETSECRETSECRET inside")


async def test_unexpected_bug_is_an_error_snapshot_without_secrets(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account)
    tokens = BrokenTokens(world.api, world.accounts, source_for=world.source_for)
    usage = await world.fetcher(tokens=tokens).fetch(record)
    assert usage.status is AccountStatus.ERROR
    assert usage.error == "Unexpected error (RuntimeError)"


async def test_unexpected_bug_is_logged_with_its_traceback_but_no_token(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account)
    with caplog.at_level(logging.ERROR, logger="core.usage.fetcher"):
        await world.fetcher(
            tokens=BrokenTokens(world.api, world.accounts, source_for=world.source_for)
        ).fetch(record)
    assert "RuntimeError: a bug, with sk-ant-oat01-" in caplog.text  # the bug is findable
    assert "in access_token" in caplog.text  # with where it happened
    assert "SECRETSECRET" not in caplog.text


async def test_network_error_message_is_redacted(world: World) -> None:
    class LeakyTokens(TokenManager):
        async def access_token(self, record: AccountRecord, *, rejected: str | None = None) -> str:
            raise NetworkError("failed for sk-ant-oat01-SECRETSECRETSECRET99")

    account = world.fake.add_account()
    record = await world.save_app("Work", account)
    usage = await world.fetcher(
        tokens=LeakyTokens(world.api, world.accounts, source_for=world.source_for)
    ).fetch(record)
    assert usage.status is AccountStatus.OFFLINE
    assert usage.error is not None
    assert "SECRETSECRET" not in usage.error


# -- history ---------------------------------------------------------------------------------


class RecordingHistory:
    def __init__(self) -> None:
        self.recorded: list[OAuthUsage] = []

    def record(self, usage: OAuthUsage) -> None:
        self.recorded.append(usage)

    def record_many(self, usages: list[OAuthUsage]) -> None:
        for usage in usages:
            self.record(usage)

    def forecast(self, usage: OAuthUsage) -> Mapping[str, Forecast]:
        return {
            "five_hour": Forecast(
                window_key="five_hour",
                burn_rate_per_hour=4.0,
                runs_out_at=None,
                runs_out_before_reset=False,
                pace=0.9,
            )
        }


class BrokenHistory(RecordingHistory):
    def record(self, usage: OAuthUsage) -> None:
        raise OSError("database is locked")


async def test_history_records_good_snapshots_and_attaches_forecasts(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account)
    history = RecordingHistory()
    gate_clock = FakeClock()
    fetcher = world.fetcher(history=history, gate_clock=gate_clock)

    usage = await fetcher.fetch(record)
    assert usage.forecasts["five_hour"].burn_rate_per_hour == 4.0
    assert [u.session for u in history.recorded] == [usage.session]

    gate_clock.advance(61)
    world.fake.fail(USAGE, 500)
    failed = await fetcher.fetch(record)
    assert failed.stale
    assert len(history.recorded) == 1


async def test_history_failure_never_breaks_a_fetch(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account)
    usage = await world.fetcher(history=BrokenHistory()).fetch(record)
    assert usage.status is AccountStatus.OK
    assert usage.forecasts == {}


async def test_real_history_works_with_the_fetcher(world: World) -> None:
    from core.history.database import History

    account = world.fake.add_account()
    record = await world.save_app("Work", account)
    with History(world.tmp / "history.sqlite3") as history:
        usage = await world.fetcher(history=history).fetch(record)
        assert usage.status is AccountStatus.OK
        assert history.samples(account.uuid, "five_hour", datetime.now(UTC) - timedelta(hours=1))


# -- concurrency -----------------------------------------------------------------------------


async def test_twenty_accounts_three_fetches_each_refresh_once_and_lose_nothing(
    world: World,
) -> None:
    fakes = []
    for index in range(20):
        usage = sample("usage_full.json")
        usage["five_hour"]["utilization"] = float(index)
        fakes.append(world.fake.add_account(email=f"u{index}@example.com", usage=usage))
        await world.save_app(f"A{index}", fakes[-1], lifetime=EXPIRED)
    fetcher = world.fetcher()
    records = await world.accounts.records()

    results = await asyncio.gather(*(fetcher.fetch(r) for r in records for _ in range(3)))

    assert world.fake.count(TOKEN) == 20
    assert world.fake.count(USAGE) == 20  # one in flight per token; the others reuse it
    for index, account in enumerate(fakes):
        trio = results[3 * index : 3 * index + 3]
        assert all(u.status is AccountStatus.OK for u in trio)
        assert {u.session.percent for u in trio if u.session} == {float(index)}
        assert await world.stored_tokens(f"A{index}") == (
            account.access_token,
            account.refresh_token,
        )


async def test_one_failing_account_does_not_affect_the_others(world: World) -> None:
    good = world.fake.add_account(email="good@example.com")
    bad = world.fake.add_account(email="bad@example.com")
    await world.save_app("Good", good)
    await world.save_app("Bad", bad, lifetime=EXPIRED)
    world.fake.revoke_refresh_token(bad)
    fetcher = world.fetcher()
    results = await asyncio.gather(*(fetcher.fetch(r) for r in await world.accounts.records()))
    assert [u.status for u in results] == [AccountStatus.OK, AccountStatus.NEEDS_SIGN_IN]


# -- renames and deletes ---------------------------------------------------------------------


async def test_a_rename_anywhere_keeps_the_last_good_values(world: World) -> None:
    p = await primed(world)
    await world.accounts.rename("Work", "Job")  # as another process would: nobody tells us
    p.gate_clock.advance(61)
    world.fake.fail(USAGE, 500, times=None)
    record = await world.accounts.get("Job")

    usage = await p.fetcher.fetch(record)
    from_disk = await world.fetcher().fetch(record)  # a process with nothing in memory

    for shown in (usage, from_disk):
        assert shown.account_name == "Job"
        assert shown.stale
        assert shown.session == p.good.session
    restored = SnapshotCache(world.tmp / "snapshots").load(record.id)
    assert restored is not None
    assert restored.session == p.good.session


async def test_a_snapshot_saved_before_ids_is_read_once_and_moved_on_rename(world: World) -> None:
    p = await primed(world)
    record = await world.accounts.get("Work")
    snapshots = SnapshotCache(world.tmp / "snapshots")
    by_id = snapshots.load(record.id)
    assert by_id is not None
    snapshots.forget(record.id)
    legacy = snapshots._name_path("Work")  # where the previous version kept it
    legacy.write_text(json.dumps(usage_to_dict(by_id)), encoding="utf-8")
    assert snapshots.load(record.id, "Work") == by_id

    await p.fetcher.before_rename(record)
    await world.accounts.rename("Work", "Job")

    assert not legacy.exists()
    assert snapshots.load(record.id) == by_id


async def test_forget_drops_a_deleted_account(world: World) -> None:
    p = await primed(world)
    record = await world.accounts.get("Work")
    await p.fetcher.forget(record)
    assert p.fetcher.last_good(record.id) is None
    assert SnapshotCache(world.tmp / "snapshots").load(record.id, "Work") is None


async def test_forget_drops_the_tokens_held_for_a_deleted_linked_account(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_linked("Linked", account)
    fetcher = world.fetcher()
    await fetcher.fetch(record)
    assert fetcher.tokens.linked_credentials(record.id) is not None  # held after a fetch
    await fetcher.forget(record)
    assert fetcher.tokens.linked_credentials(record.id) is None

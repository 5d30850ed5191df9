"""Fault-injection matrix: every way the network or Anthropic can fail, against the fake server.

Each case follows the same script, over real loopback sockets:

1. save an app-owned account and fetch it once successfully (37 % session);
2. the fake changes the account's usage to 99 % and injects the fault;
3. a user-initiated fetch must report the right :class:`AccountStatus`, keep the last good
   values (``stale=True``, still 37 %), and send exactly the requests the policy allows;
4. a scheduled poll right after must send nothing at all (no request storm);
5. the store, re-opened from disk, still holds credentials that parse and still work;
6. once the fault is gone, a user-initiated fetch recovers (except where the grant is dead).

The client uses a 0.5 s timeout so that hangs cost half a second, not twenty, and a 0.8 s
total deadline so that a server dripping its body cannot outlast it. Generated variants of
the block / deadline / size-cap faults live in ``test_blocks.py``.
"""

from __future__ import annotations

import asyncio
import email.utils
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from core.anthropic.endpoints import Endpoints
from core.client import UsageClient
from core.models import AccountStatus, OAuthUsage
from core.store.storage import AccountStore
from core.usage.parsing import parse_claude_credentials
from tests.fakes.accounts import sample
from tests.fakes.server import FakeAccount, FakeAnthropic

pytestmark = pytest.mark.faults

USAGE = "/api/oauth/usage"
TOKEN = "/v1/oauth/token"
NAME = "Ana"
GOOD_PERCENT = 37.0
NEW_PERCENT = 99.0
CLIENT_TIMEOUT = 0.5
CLIENT_DEADLINE = 0.8  # whole request: longer than the per-read timeout, far below a drip
DRIP_INTERVAL = 0.1  # a byte every 0.1 s never trips the 0.5 s per-read timeout
HUGE_BODY = 64 * 1024 * 1024  # far past the 8 MiB cap
LONG_HANG = 5.0  # far beyond the client timeout; cut short when the fake stops


@dataclass
class Session:
    fake: FakeAnthropic
    client: UsageClient
    account: FakeAccount
    store_path: Path
    saved_credentials: str
    requests_before: dict[str, int] = field(default_factory=dict)

    def sent(self, path: str) -> int:
        """Requests to ``path`` since the fault was injected."""
        return self.fake.count(path) - self.requests_before.get(path, 0)

    def mark(self) -> None:
        self.requests_before = {path: self.fake.count(path) for path in (USAGE, TOKEN)}

    async def fetch(self, *, user_initiated: bool = True) -> OAuthUsage:
        usage = await self.client.get_account_usage(NAME, user_initiated=user_initiated)
        assert isinstance(usage, OAuthUsage)
        return usage


def usage_at(percent: float) -> dict[str, Any]:
    payload: dict[str, Any] = sample("usage_full.json")
    payload["five_hour"]["utilization"] = percent
    return payload


@pytest.fixture
async def session(fake_server: FakeAnthropic, tmp_path: Path) -> AsyncIterator[Session]:
    account = fake_server.add_account(email="ana@example.com", usage=usage_at(GOOD_PERCENT))
    store_path = tmp_path / "store" / "accounts.enc"
    async with httpx.AsyncClient(timeout=CLIENT_TIMEOUT) as http:
        client = UsageClient(
            store_path,
            endpoints=Endpoints.from_env(),
            http_client=http,
            history=False,
            jitter=0,
            request_deadline=CLIENT_DEADLINE,
        )
        credentials = account.credentials_json()
        await client.save_account(NAME, credentials)
        state = Session(fake_server, client, account, store_path, credentials)
        first = await state.fetch()
        assert first.status is AccountStatus.OK
        assert first.session is not None
        assert first.session.percent == GOOD_PERCENT
        fake_server.set_usage(account, usage_at(NEW_PERCENT))
        yield state
        await client.aclose()


# -- the faults ---------------------------------------------------------------------------


def http_date(seconds_from_now: float) -> str:
    return email.utils.format_datetime(
        datetime.now(UTC) + timedelta(seconds=seconds_from_now), usegmt=True
    )


def hang_usage(s: Session) -> None:
    s.fake.hang(USAGE, LONG_HANG)


def refuse_connections(s: Session) -> None:
    s.fake.stop()  # the same port, now with nothing listening


def reset_mid_body(s: Session) -> None:
    s.fake.reset_connection(USAGE)


def status(code: int) -> Callable[[Session], None]:
    return lambda s: s.fake.fail(USAGE, code)


def malformed_json(s: Session) -> None:
    s.fake.malformed(USAGE)


def missing_scope(s: Session) -> None:
    s.fake.fail(USAGE, 403, body=sample("usage_forbidden_scope_403.json"))


def rate_limited(retry_after: Callable[[], str | None]) -> Callable[[Session], None]:
    return lambda s: s.fake.rate_limit(USAGE, retry_after=retry_after())


def cloudflare(status: int = 403, *, header: bool = True) -> Callable[[Session], None]:
    return lambda s: s.fake.cloudflare_challenge(USAGE, status=status, mitigated_header=header)


def drip_feed(s: Session) -> None:
    s.fake.drip(USAGE, DRIP_INTERVAL)


def huge_body(*, chunked: bool) -> Callable[[Session], None]:
    return lambda s: s.fake.huge_body(USAGE, HUGE_BODY, chunked=chunked)


def unauthorized_forever(s: Session) -> None:
    s.fake.fail(USAGE, 401, times=None)


def dead_grant(s: Session) -> None:
    s.fake.expire_access_token(s.account)
    s.fake.revoke_refresh_token(s.account)


def slow_token_endpoint(s: Session) -> None:
    s.fake.expire_access_token(s.account)
    s.fake.hang(TOKEN, LONG_HANG)


def token_endpoint(inject: Callable[[FakeAnthropic], None]) -> Callable[[Session], None]:
    """The access token is refused (401), and then the refresh fails this way."""

    def both(s: Session) -> None:
        s.fake.expire_access_token(s.account)
        inject(s.fake)

    return both


@dataclass(frozen=True)
class Case:
    inject: Callable[[Session], None]
    status: AccountStatus
    usage_requests: int
    token_requests: int = 0
    retry_in: float | None = None  # expected seconds until retry_at (429s)
    recovers: bool = True


CASES: dict[str, Case] = {
    "timeout": Case(hang_usage, AccountStatus.OFFLINE, 1),
    "connection-refused": Case(refuse_connections, AccountStatus.OFFLINE, 0),
    "reset-mid-body": Case(reset_mid_body, AccountStatus.OFFLINE, 1),
    "500": Case(status(500), AccountStatus.ERROR, 1),
    "502": Case(status(502), AccountStatus.ERROR, 1),
    "503": Case(status(503), AccountStatus.ERROR, 1),
    "malformed-json": Case(malformed_json, AccountStatus.ERROR, 1),
    "403-scope": Case(missing_scope, AccountStatus.SCOPE_MISSING, 1),
    # Cloudflare in front of the API: never a refresh, a cooldown like a 429 without Retry-After.
    "cloudflare-403": Case(cloudflare(403), AccountStatus.BLOCKED, 1, retry_in=60),
    "cloudflare-503": Case(cloudflare(503), AccountStatus.BLOCKED, 1, retry_in=60),
    "cloudflare-html-only": Case(
        cloudflare(403, header=False), AccountStatus.BLOCKED, 1, retry_in=60
    ),
    "drip-feed": Case(drip_feed, AccountStatus.OFFLINE, 1),
    "huge-body-chunked": Case(huge_body(chunked=True), AccountStatus.ERROR, 1),
    "huge-body-declared": Case(huge_body(chunked=False), AccountStatus.ERROR, 1),
    "429-seconds": Case(rate_limited(lambda: "120"), AccountStatus.RATE_LIMITED, 1, retry_in=120),
    "429-http-date": Case(
        rate_limited(lambda: http_date(600)), AccountStatus.RATE_LIMITED, 1, retry_in=600
    ),
    "429-zero": Case(rate_limited(lambda: "0"), AccountStatus.RATE_LIMITED, 1, retry_in=60),
    "429-missing": Case(rate_limited(lambda: None), AccountStatus.RATE_LIMITED, 1, retry_in=60),
    # 401 on every usage request: one refresh, one retry, then give up.
    "401-loop": Case(unauthorized_forever, AccountStatus.AUTH_FAILED, 2, token_requests=1),
    "invalid-grant": Case(
        dead_grant, AccountStatus.NEEDS_SIGN_IN, 1, token_requests=1, recovers=False
    ),
    "slow-token-endpoint": Case(slow_token_endpoint, AccountStatus.OFFLINE, 1, token_requests=1),
    "token-endpoint-500": Case(
        token_endpoint(lambda f: f.fail(TOKEN, 500)), AccountStatus.ERROR, 1, token_requests=1
    ),
    "token-endpoint-malformed": Case(
        token_endpoint(lambda f: f.malformed(TOKEN)), AccountStatus.ERROR, 1, token_requests=1
    ),
    "token-endpoint-reset": Case(
        token_endpoint(lambda f: f.reset_connection(TOKEN)),
        AccountStatus.OFFLINE,
        1,
        token_requests=1,
    ),
    # The sign-in server's Retry-After holds even for a user-initiated fetch: no recovery
    # until it has passed (see test_blocks.py for the next run honouring it).
    "token-endpoint-429": Case(
        token_endpoint(lambda f: f.rate_limit(TOKEN, retry_after="120")),
        AccountStatus.RATE_LIMITED,
        1,
        token_requests=1,
        retry_in=120,
        recovers=False,
    ),
    "token-endpoint-cloudflare": Case(
        token_endpoint(lambda f: f.cloudflare_challenge(TOKEN)),
        AccountStatus.BLOCKED,
        1,
        token_requests=1,
        retry_in=60,
        recovers=False,
    ),
}


def clear_fault(s: Session) -> None:
    s.fake.clear_faults()
    if not s.fake.running:
        s.fake.start()


def stored_credentials(s: Session) -> str:
    record = AccountStore(s.store_path).read().find(NAME)
    assert record is not None, "the account vanished from the store"
    assert record.credentials is not None
    return record.credentials


def assert_credentials_kept(s: Session) -> None:
    """Still there, still parseable, and either untouched or a rotated pair that is live."""
    text = stored_credentials(s)
    creds = parse_claude_credentials(text)
    assert creds.refresh_token
    if text != s.saved_credentials:
        assert s.fake.is_live_refresh_token(creds.refresh_token)
        assert creds.access_token == s.account.access_token


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
async def test_fault_keeps_last_good_values_without_a_storm(session: Session, case: Case) -> None:
    session.mark()
    case.inject(session)
    before = datetime.now(UTC)

    failed = await session.fetch()

    assert failed.status is case.status, failed.error
    assert failed.stale is True
    assert failed.error
    assert failed.session is not None
    assert failed.session.percent == GOOD_PERCENT
    assert session.sent(USAGE) == case.usage_requests
    assert session.sent(TOKEN) == case.token_requests
    if case.retry_in is not None:
        assert failed.retry_at is not None
        assert abs((failed.retry_at - before).total_seconds() - case.retry_in) < 5
    else:
        assert failed.retry_at is None

    scheduled = await session.fetch(user_initiated=False)  # the next poll, moments later
    assert scheduled.status is case.status
    assert scheduled.session is not None
    assert scheduled.session.percent == GOOD_PERCENT
    assert session.sent(USAGE) == case.usage_requests
    assert session.sent(TOKEN) == case.token_requests

    assert_credentials_kept(session)


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
async def test_recovers_once_the_fault_is_gone(session: Session, case: Case) -> None:
    case.inject(session)
    await session.fetch()
    clear_fault(session)

    again = await session.fetch()

    if case.recovers:
        assert again.status is AccountStatus.OK, again.error
        assert again.stale is False
        assert again.session is not None
        assert again.session.percent == NEW_PERCENT
    else:
        assert again.status is case.status
        assert again.session is not None
        assert again.session.percent == GOOD_PERCENT
    assert_credentials_kept(session)


async def test_slow_refresh_is_shared_by_concurrent_polls(session: Session) -> None:
    """A refresh that takes a while (within the timeout) while the account is polled again
    and again: one token request, and every caller ends up with the new values."""
    session.mark()
    session.fake.expire_access_token(session.account)
    session.fake.hang(TOKEN, CLIENT_TIMEOUT / 2)

    results = await asyncio.gather(*(session.fetch() for _ in range(4)))

    assert [usage.status for usage in results] == [AccountStatus.OK] * 4
    assert [u.session.percent if u.session else None for u in results] == [NEW_PERCENT] * 4
    assert session.sent(TOKEN) == 1
    assert session.fake.peak_concurrency(TOKEN) == 1
    assert_credentials_kept(session)

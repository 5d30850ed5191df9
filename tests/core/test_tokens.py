"""core.usage.tokens over real sockets: refresh rules, rotation persisted, linked logins
untouched."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from core.errors import (
    ApiError,
    CredentialsError,
    LoginExpiredError,
    NeedsSignInError,
    NetworkError,
    StorageError,
)
from core.models import AccountRecord
from core.store.accounts import AccountManager
from core.usage.parsing import parse_claude_credentials
from tests.core import fetch_support
from tests.core.fetch_support import (
    EXPIRED,
    FRESH,
    NEAR_EXPIRY,
    FakeClock,
    World,
    expires_in_seconds,
)

world = fetch_support.world
TOKEN_PATH = "/v1/oauth/token"


# -- app-owned accounts ----------------------------------------------------------------------


async def test_valid_token_is_used_without_refreshing(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account)
    assert await world.tokens().access_token(record) == account.access_token
    assert world.fake.count(TOKEN_PATH) == 0


async def test_expired_token_is_refreshed_and_the_rotation_persisted(world: World) -> None:
    account = world.fake.add_account()
    old_refresh = account.refresh_token
    record = await world.save_app("Work", account, lifetime=EXPIRED)

    token = await world.tokens().access_token(record)

    assert token == account.access_token  # the fake's newest grant
    assert world.fake.count(TOKEN_PATH) == 1
    assert await world.stored_tokens("Work") == (account.access_token, account.refresh_token)
    assert account.refresh_token != old_refresh
    stored = await world.stored("Work")
    assert expires_in_seconds(stored) == pytest.approx(account.expires_in, abs=30)
    assert stored["mcpOAuth"] == {"server": {"token": "keep-me"}}  # other fields kept
    assert stored["claudeAiOauth"]["rateLimitTier"] == account.plan  # type: ignore[index]


async def test_near_expiry_is_refreshed_early(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account, lifetime=NEAR_EXPIRY)
    assert await world.tokens().access_token(record) == account.access_token
    assert world.fake.count(TOKEN_PATH) == 1


async def test_refresh_body_is_the_documented_one(world: World) -> None:
    account = world.fake.add_account()
    old_refresh = account.refresh_token
    record = await world.save_app("Work", account, lifetime=EXPIRED)
    await world.tokens().access_token(record)
    body = world.fake.requests_to(TOKEN_PATH)[0].json
    assert body == {
        "grant_type": "refresh_token",
        "refresh_token": old_refresh,
        "client_id": "9d1c250a-e61b-44d9-88ed-5944d1962f5e",
    }


async def test_refresh_without_refresh_token_in_response_keeps_the_old_one(world: World) -> None:
    world.fake.omit_refresh_token_in_response = True
    account = world.fake.add_account()
    old_access, old_refresh = account.access_token, account.refresh_token
    record = await world.save_app("Work", account, lifetime=EXPIRED)

    token = await world.tokens().access_token(record)

    assert token != old_access
    assert await world.stored_tokens("Work") == (token, old_refresh)


async def test_expired_and_refresh_fails_raises_the_refresh_error(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account, lifetime=EXPIRED)
    before = await world.stored("Work")
    world.fake.fail(TOKEN_PATH, 500)
    with pytest.raises(ApiError) as caught:
        await world.tokens().access_token(record)
    assert caught.value.status == 500
    assert await world.stored("Work") == before  # nothing lost


async def test_expired_and_token_endpoint_unreachable_is_a_network_error(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account, lifetime=EXPIRED)
    world.fake.reset_connection(TOKEN_PATH)
    with pytest.raises(NetworkError):
        await world.tokens().access_token(record)


@pytest.mark.parametrize("fault", ["500", "reset"])
async def test_near_expiry_and_refresh_fails_keeps_the_old_token(world: World, fault: str) -> None:
    account = world.fake.add_account()
    old_access = account.access_token
    record = await world.save_app("Work", account, lifetime=NEAR_EXPIRY)
    if fault == "500":
        world.fake.fail(TOKEN_PATH, 500)
    else:
        world.fake.reset_connection(TOKEN_PATH)
    assert await world.tokens().access_token(record) == old_access
    assert world.fake.count(TOKEN_PATH) == 1


async def test_dead_grant_needs_sign_in(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account, lifetime=EXPIRED)
    world.fake.revoke_refresh_token(account)
    with pytest.raises(NeedsSignInError, match="sign in again"):
        await world.tokens().access_token(record)


async def test_dead_grant_near_expiry_still_needs_sign_in(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account, lifetime=NEAR_EXPIRY)
    world.fake.revoke_refresh_token(account)
    with pytest.raises(NeedsSignInError):
        await world.tokens().access_token(record)


async def test_no_refresh_token(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account, lifetime=EXPIRED)
    data = await world.stored("Work")
    del data["claudeAiOauth"]["refreshToken"]  # type: ignore[attr-defined]
    await world.accounts.update_credentials("Work", json.dumps(data))
    with pytest.raises(NeedsSignInError, match="cannot be renewed"):
        await world.tokens().access_token(record)
    assert world.fake.count(TOKEN_PATH) == 0


async def test_no_access_token(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account)
    await world.accounts.update_credentials("Work", '{"claudeAiOauth": {"refreshToken": "r"}}')
    with pytest.raises(NeedsSignInError, match="accessToken"):
        await world.tokens().access_token(record)


async def test_rejected_token_forces_a_refresh(world: World) -> None:
    account = world.fake.add_account()
    old_access = account.access_token
    record = await world.save_app("Work", account, lifetime=FRESH)
    token = await world.tokens().access_token(record, rejected=old_access)
    assert token != old_access
    assert token == account.access_token
    assert world.fake.count(TOKEN_PATH) == 1


async def test_rejected_token_already_replaced_is_not_refreshed_again(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account, lifetime=FRESH)
    token = await world.tokens().access_token(record, rejected="sk-ant-oat01-an-older-one")
    assert token == account.access_token
    assert world.fake.count(TOKEN_PATH) == 0


async def test_rejected_and_refresh_fails_raises_even_if_not_expired(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account, lifetime=FRESH)
    world.fake.fail(TOKEN_PATH, 503)
    with pytest.raises(ApiError):
        await world.tokens().access_token(record, rejected=account.access_token)


async def test_unknown_expiry_is_used_until_refused(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account)
    data = await world.stored("Work")
    data["claudeAiOauth"]["expiresAt"] = None  # type: ignore[index]
    await world.accounts.update_credentials("Work", json.dumps(data))
    assert await world.tokens().access_token(record) == account.access_token
    assert world.fake.count(TOKEN_PATH) == 0


class RacingAccounts(AccountManager):
    """The store as a process that ignores the account lock (an older version) changes it
    under us: the reads before and inside the lock are both stale."""

    def __init__(self, inner: AccountManager, stale: AccountRecord, reads: int = 2) -> None:
        super().__init__(inner.store)
        self._stale = stale
        self._stale_reads = reads

    async def get_by_id(self, account_id: str) -> AccountRecord:
        if self._stale_reads:
            self._stale_reads -= 1
            return self._stale
        return await super().get_by_id(account_id)


async def test_dead_grant_because_another_process_refreshed_first(world: World) -> None:
    account = world.fake.add_account()
    stale = await world.save_app("Work", account, lifetime=EXPIRED)
    new_access, new_refresh = world.fake.refresh_elsewhere(account)  # the CLI refreshed...
    fresh = parse_claude_credentials(stale.credentials or "")
    rotated = json.loads(stale.credentials or "")
    rotated["claudeAiOauth"].update(accessToken=new_access, refreshToken=new_refresh)
    await world.accounts.update_credentials("Work", json.dumps(rotated))  # ...and saved it
    assert fresh.refresh_token != new_refresh

    tokens = world.tokens()
    tokens.accounts = RacingAccounts(world.accounts, stale)
    assert await tokens.access_token(stale) == new_access


class FlakyAccounts(AccountManager):
    """A store that refuses the next ``failures`` credential updates."""

    def __init__(self, inner: AccountManager, failures: int) -> None:
        super().__init__(inner.store)
        self.failures = failures

    async def modify(
        self, account_id: str, change: Callable[[AccountRecord], AccountRecord]
    ) -> AccountRecord:
        if self.failures:
            self.failures -= 1
            raise StorageError("disk full")
        return await super().modify(account_id, change)


async def test_rotation_that_cannot_be_saved_is_not_used_and_retried(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account, lifetime=EXPIRED)
    tokens = world.tokens()
    tokens.accounts = FlakyAccounts(world.accounts, failures=1)

    with pytest.raises(StorageError, match="could not be saved"):
        await tokens.access_token(record)
    assert world.fake.count(TOKEN_PATH) == 1

    token = await tokens.access_token(record)  # saved now; no second refresh needed
    assert token == account.access_token
    assert await world.stored_tokens("Work") == (account.access_token, account.refresh_token)
    assert world.fake.count(TOKEN_PATH) == 1


async def test_concurrent_callers_share_one_refresh(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account, lifetime=EXPIRED)
    tokens = world.tokens()
    results = await asyncio.gather(*(tokens.access_token(record) for _ in range(5)))
    assert set(results) == {account.access_token}
    assert world.fake.count(TOKEN_PATH) == 1


async def test_twenty_accounts_refreshing_at_once_lose_no_update(world: World) -> None:
    fakes = [world.fake.add_account(email=f"u{i}@example.com") for i in range(20)]
    records = [await world.save_app(f"A{i}", a, lifetime=EXPIRED) for i, a in enumerate(fakes)]
    tokens = world.tokens()

    calls = [tokens.access_token(record) for record in records for _ in range(3)]
    results = await asyncio.gather(*calls)

    assert world.fake.count(TOKEN_PATH) == 20  # exactly one refresh per account
    for index, account in enumerate(fakes):
        assert results[3 * index : 3 * index + 3] == [account.access_token] * 3
        stored = await world.stored_tokens(f"A{index}")
        assert stored == (account.access_token, account.refresh_token)
        assert world.fake.is_live_refresh_token(account.refresh_token)


# -- accounts linked to Claude Code ----------------------------------------------------------


async def test_linked_token_is_read_from_the_source_every_time(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_linked("Linked", account)
    tokens = world.tokens()
    assert await tokens.access_token(record) == account.access_token
    new_access, _ = world.fake.refresh_elsewhere(account)  # Claude Code refreshed
    world.write_linked(Path(record.config_dir or ""), account, lifetime=FRESH)
    assert await tokens.access_token(record) == new_access
    assert world.fake.count(TOKEN_PATH) == 0  # we never refreshed it ourselves


async def test_expired_linked_login_is_never_refreshed(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_linked("Linked", account, lifetime=EXPIRED)
    path = Path(record.config_dir or "") / ".credentials.json"
    before = path.read_text()
    with pytest.raises(LoginExpiredError, match="run `claude`"):
        await world.tokens().access_token(record)
    assert world.fake.count(TOKEN_PATH) == 0
    assert path.read_text() == before


async def test_near_expiry_linked_login_is_used_as_is(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_linked("Linked", account, lifetime=NEAR_EXPIRY)
    assert await world.tokens().access_token(record) == account.access_token
    assert world.fake.count(TOKEN_PATH) == 0


async def test_rejected_linked_token_is_login_expired(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_linked("Linked", account)
    with pytest.raises(LoginExpiredError):
        await world.tokens().access_token(record, rejected=account.access_token)
    assert world.fake.count(TOKEN_PATH) == 0


async def test_rejected_linked_token_already_replaced_by_claude_code(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_linked("Linked", account)
    old = account.access_token
    world.fake.refresh_elsewhere(account)
    world.write_linked(Path(record.config_dir or ""), account, lifetime=FRESH)
    assert await world.tokens().access_token(record, rejected=old) == account.access_token


async def test_missing_linked_login(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_linked("Linked", account)
    (Path(record.config_dir or "") / ".credentials.json").unlink()
    with pytest.raises(LoginExpiredError, match="No Claude Code login found"):
        await world.tokens().access_token(record)


async def test_unreadable_linked_login(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_linked("Linked", account)
    (Path(record.config_dir or "") / ".credentials.json").write_text("{garbage")
    with pytest.raises(CredentialsError, match="not JSON"):
        await world.tokens().access_token(record)


async def test_write_back_refreshes_and_rewrites_the_exact_source(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_linked("Linked", account, lifetime=EXPIRED)
    path = Path(record.config_dir or "") / ".credentials.json"

    token = await world.tokens(write_back=True).access_token(record)

    assert token == account.access_token
    written = json.loads(path.read_text())
    assert written["claudeAiOauth"]["accessToken"] == account.access_token
    assert written["claudeAiOauth"]["refreshToken"] == account.refresh_token
    assert written["mcpOAuth"] == {"server": {"token": "keep-me"}}
    assert expires_in_seconds(written) == pytest.approx(account.expires_in, abs=30)
    assert world.fake.count(TOKEN_PATH) == 1
    assert (await world.accounts.get("Linked")).credentials is None  # never copied to the store


async def test_write_back_with_dead_grant_is_login_expired(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_linked("Linked", account, lifetime=EXPIRED)
    world.fake.revoke_refresh_token(account)
    with pytest.raises(LoginExpiredError):
        await world.tokens(write_back=True).access_token(record)


async def test_clock_is_injectable(world: World) -> None:
    account = world.fake.add_account()
    record = await world.save_app("Work", account, lifetime=FRESH)
    clock = FakeClock()
    clock.advance(9 * 3600)  # nine hours later the stored token has expired
    assert await world.tokens(clock=clock).access_token(record) == account.access_token
    assert world.fake.count(TOKEN_PATH) == 1

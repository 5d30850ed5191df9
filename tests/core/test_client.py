"""``UsageClient`` as a whole, over real sockets to the fake server: what the façade adds."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from core import AccountNotFoundError, OAuthUsage, UsageClient
from core.base.paths import legacy_store_path
from core.errors import CredentialsError, InvalidInputError, StorageError
from core.models import AccountStatus, CredentialSource
from core.store.keys import machine_id
from tests.core.legacy_data import legacy_document, write_legacy
from tests.fakes.server import FakeAnthropic


@pytest.fixture
async def client(fake_server: FakeAnthropic) -> AsyncIterator[UsageClient]:
    async with UsageClient(jitter=0) as usage_client:
        yield usage_client


def write_claude_code_login(credentials_json: str) -> Path:
    folder = Path(os.environ["CLAUDE_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ".credentials.json"
    path.write_text(credentials_json)
    return path


async def test_linking_claude_codes_login_stores_no_copy(
    client: UsageClient, fake_server: FakeAnthropic
) -> None:
    account = fake_server.add_account(email="linked@example.com")
    write_claude_code_login(account.credentials_json())
    saved = await client.save_account("Work")
    assert saved.source is CredentialSource.CLAUDE_CODE
    assert saved.email == "linked@example.com"  # from the profile lookup at save time
    record = await client.accounts.get("Work")
    assert record.credentials is None
    assert record.config_dir == os.environ["CLAUDE_CONFIG_DIR"]
    usage = await client.get_account_usage("Work")
    assert isinstance(usage, OAuthUsage)
    assert usage.session is not None
    assert usage.session.percent == 37.0


async def test_linking_without_a_claude_code_login_says_what_to_do(client: UsageClient) -> None:
    with pytest.raises(CredentialsError, match="run `claude`"):
        await client.save_account("Work")
    assert await client.list_accounts() == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [("not json at all", "not JSON"), (json.dumps({"claudeAiOauth": {}}), "accessToken")],
)
async def test_bad_credentials_json_is_rejected_before_saving(
    client: UsageClient, text: str, reason: str
) -> None:
    with pytest.raises(InvalidInputError, match=reason):
        await client.save_account("Copy", text)
    assert await client.list_accounts() == []


async def test_oversized_credentials_are_refused_whoever_passes_them(
    client: UsageClient, fake_server: FakeAnthropic
) -> None:
    """The CLI caps its files and stdin; the library caps what the tray's paste hands it."""
    account = fake_server.add_account()
    padded = json.loads(account.credentials_json())
    padded["padding"] = "x" * 70_000
    with pytest.raises(InvalidInputError, match="too large"):
        await client.save_account("Big", json.dumps(padded))
    assert await client.list_accounts() == []


async def test_admin_key_format_is_checked_before_any_request(
    client: UsageClient, fake_server: FakeAnthropic
) -> None:
    with pytest.raises(InvalidInputError):
        await client.save_admin_account("Org", "sk-ant-api03-not-an-admin-key")
    assert fake_server.requests == []


async def test_usage_comes_back_in_storage_order_and_one_failure_stays_local(
    client: UsageClient, fake_server: FakeAnthropic
) -> None:
    names = ["Zeta", "Alpha", "Mid"]
    for name in names:
        await client.save_account(name, fake_server.add_account().credentials_json())
    broken = fake_server.add_account()
    await client.save_account("Broken", broken.credentials_json())
    fake_server.revoke_refresh_token(broken)
    fake_server.expire_access_token(broken)
    usages = await client.get_all_accounts_usage(user_initiated=True)
    assert [u.account_name for u in usages] == [*names, "Broken"]
    assert [u.status for u in usages[:3]] == [AccountStatus.OK] * 3
    assert usages[3].status is AccountStatus.NEEDS_SIGN_IN
    assert usages[3].error


async def test_unknown_account_raises(client: UsageClient) -> None:
    with pytest.raises(AccountNotFoundError):
        await client.get_account_usage("Nobody")


async def test_rename_keeps_last_good_values_for_the_new_name(
    client: UsageClient, fake_server: FakeAnthropic
) -> None:
    account = fake_server.add_account()
    await client.save_account("Old", account.credentials_json())
    first = await client.get_account_usage("Old", user_initiated=True)
    assert first.status is AccountStatus.OK
    await client.rename_account("Old", "New")
    fake_server.fail("/api/oauth/usage", 503, times=None)
    again = await client.get_account_usage("New", user_initiated=True)
    assert isinstance(again, OAuthUsage)
    assert again.stale
    assert again.account_name == "New"
    assert again.session == first.session  # type: ignore[union-attr]


async def test_delete_forgets_last_good_values(
    client: UsageClient, fake_server: FakeAnthropic
) -> None:
    account = fake_server.add_account()
    await client.save_account("Gone", account.credentials_json())
    await client.get_account_usage("Gone", user_initiated=True)
    await client.delete_account("Gone")
    await client.save_account("Gone", account.credentials_json())
    fake_server.fail("/api/oauth/usage", 503, times=None)
    fresh = await client.get_account_usage("Gone", user_initiated=True)
    assert isinstance(fresh, OAuthUsage)
    assert fresh.session is None  # nothing carried over from the deleted account
    assert fresh.status is AccountStatus.ERROR


async def test_system_token_reads_claude_codes_login(
    client: UsageClient, fake_server: FakeAnthropic
) -> None:
    assert await client.get_system_token() is None
    account = fake_server.add_account()
    write_claude_code_login(account.credentials_json())
    assert await client.get_system_token() == account.access_token


async def test_blank_names_are_refused(client: UsageClient, fake_server: FakeAnthropic) -> None:
    with pytest.raises(InvalidInputError):
        await client.save_account("   ", fake_server.add_account().credentials_json())


async def test_a_refresh_the_user_asked_for_is_not_staggered(fake_server: FakeAnthropic) -> None:
    """Background polls spread accounts out (per-IP 429s); a user waiting is not made to wait."""
    async with UsageClient(jitter=3600) as client:
        for name in ("A", "B", "C"):
            await client.save_account(name, fake_server.add_account().credentials_json())
        usages = await asyncio.wait_for(client.get_all_accounts_usage(user_initiated=True), 30)
    assert [u.status for u in usages] == [AccountStatus.OK] * 3


# -- import from claude-usage-core ----------------------------------------------------------


async def test_legacy_store_is_offered_then_imported_once(client: UsageClient) -> None:
    assert not await client.legacy_store_available()
    assert await client.importable_legacy_accounts() == []
    legacy = write_legacy(legacy_store_path(), legacy_document(), ident=machine_id())
    before = legacy.read_bytes()
    await client.save_account("Org", offline_copy())  # a name the legacy store has too
    assert await client.legacy_store_available()
    assert await client.importable_legacy_accounts() == ["Work", "Personal"]
    assert await client.import_legacy_store() == ["Work", "Personal"]
    assert [a.name for a in await client.list_accounts()] == ["Org", "Work", "Personal"]
    assert (await client.accounts.get("Org")).account_type == "oauth"  # kept, not overwritten
    assert await client.importable_legacy_accounts() == []
    assert await client.import_legacy_store() == []
    assert legacy.read_bytes() == before


async def test_import_from_a_missing_store_is_a_clear_error(
    client: UsageClient, tmp_path: Path
) -> None:
    with pytest.raises(StorageError, match="No claude-usage-core store found at"):
        await client.import_legacy_store(tmp_path / "absent.enc")


async def test_unreadable_legacy_store_cannot_be_offered(client: UsageClient) -> None:
    write_legacy(legacy_store_path(), legacy_document(), ident="another-machine")
    assert await client.legacy_store_available()
    with pytest.raises(StorageError, match="another machine"):
        await client.importable_legacy_accounts()


def offline_copy() -> str:
    """An app-owned copy whose token the fake server does not know (profile lookup is skipped)."""
    return json.dumps({"claudeAiOauth": {"accessToken": "sk-ant-oat01-offline-copy-0000"}})


# -- history for the chart ------------------------------------------------------------------


async def test_usage_history_follows_the_account_through_a_rename(
    client: UsageClient, fake_server: FakeAnthropic
) -> None:
    await client.save_account("Work", fake_server.add_account().credentials_json())
    assert await client.usage_history("Work") == {"five_hour": [], "seven_day": []}
    await client.get_account_usage("Work", user_initiated=True)
    await client.rename_account("Work", "Job")  # samples are filed under the account id
    series = await client.usage_history("Job")
    assert set(series) == {"five_hour", "seven_day"}
    ((hour, peak),) = series["five_hour"]
    assert peak == 37.0
    assert hour.tzinfo is not None
    assert len(series["seven_day"]) == 1
    with pytest.raises(AccountNotFoundError):
        await client.usage_history("Work")


async def test_usage_history_is_empty_when_history_is_off(fake_server: FakeAnthropic) -> None:
    async with UsageClient(jitter=0, history=False) as client:
        await client.save_account("Work", fake_server.add_account().credentials_json())
        await client.get_account_usage("Work", user_initiated=True)
        assert await client.usage_history("Work") == {"five_hour": [], "seven_day": []}


async def test_the_inner_credentials_object_pasted_alone_is_saved_in_claude_codes_shape(
    client: UsageClient, fake_server: FakeAnthropic
) -> None:
    account = fake_server.add_account()
    inner = json.loads(account.credentials_json())["claudeAiOauth"]
    await client.save_account("Inner", json.dumps(inner))
    usage = await client.get_account_usage("Inner", user_initiated=True)
    assert usage.status is AccountStatus.OK


async def test_requests_carry_claude_codes_user_agent_resolved_on_first_use(
    fake_server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.anthropic import user_agent
    from core.config import ENV_USER_AGENT_VERSION

    monkeypatch.setenv(ENV_USER_AGENT_VERSION, "9.8.7")
    user_agent.reset_cache()
    async with UsageClient(jitter=0) as client:
        await client.save_account("UA", fake_server.add_account().credentials_json())
        await client.get_account_usage("UA", user_initiated=True)
    user_agent.reset_cache()
    agents = {r.user_agent for r in fake_server.requests_to("/api/oauth/usage")}
    assert agents == {"claude-code/9.8.7"}

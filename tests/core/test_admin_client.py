"""Admin accounts through the UsageClient façade, next to an OAuth account (fake server)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from core.admin.fetcher import KEY_REFUSED
from core.client import UsageClient
from core.errors import AuthenticationError
from core.models import AccountStatus, AdminUsage, OAuthUsage
from tests.fakes.server import FakeAnthropic

MESSAGES = "/v1/organizations/usage_report/messages"
API_KEYS = "/v1/organizations/api_keys"


@pytest.fixture
async def client(fake_server: FakeAnthropic, tmp_path: Path) -> AsyncIterator[UsageClient]:
    # fake_server has put its URLs in the environment: Endpoints.from_env() reaches it.
    async with UsageClient(tmp_path / "accounts.enc", history=False, jitter=0) as usage_client:
        yield usage_client


async def test_mixed_oauth_and_admin_accounts(
    fake_server: FakeAnthropic, client: UsageClient
) -> None:
    account = fake_server.add_account(email="ana@example.com")
    await client.save_account("Personal", account.credentials_json())
    await client.save_admin_account("Org", fake_server.add_admin_key())
    personal, org = await client.get_all_accounts_usage()
    assert isinstance(personal, OAuthUsage)
    assert personal.status is AccountStatus.OK
    assert isinstance(org, AdminUsage)
    assert org.status is AccountStatus.OK
    assert org.account_name == "Org"
    assert org.output_tokens == 45_000 + 8_000 + 2_000 + 10
    assert {a.actor_name for a in org.actors if a.actor_type == "api_key"} == {
        "backend-prod",
        "data-team",
        "console",
    }


async def test_saving_validates_the_key_with_one_request(
    fake_server: FakeAnthropic, client: UsageClient
) -> None:
    await client.save_admin_account("Org", fake_server.add_admin_key())
    assert [r.path for r in fake_server.requests] == [API_KEYS]


async def test_a_refused_key_is_not_saved(fake_server: FakeAnthropic, client: UsageClient) -> None:
    fake_server.add_admin_key()
    with pytest.raises(AuthenticationError, match="Admin API key was refused") as caught:
        await client.save_admin_account("Org", "sk-ant-admin01-wrongwrongwrong")
    assert str(caught.value) == KEY_REFUSED
    assert await client.list_accounts() == []


async def test_admin_usage_is_reused_within_the_poll_interval(
    fake_server: FakeAnthropic, client: UsageClient
) -> None:
    await client.save_admin_account("Org", fake_server.add_admin_key())
    first = await client.get_account_usage("Org")
    again = await client.get_account_usage("Org")
    assert again == first
    assert fake_server.count(MESSAGES) == 2  # one fetch: two pages
    await client.get_account_usage("Org", user_initiated=True)
    assert fake_server.count(MESSAGES) == 4


async def test_a_new_key_under_an_old_name_never_shows_the_old_orgs_figures(
    fake_server: FakeAnthropic, client: UsageClient
) -> None:
    await client.save_admin_account("Org", fake_server.add_admin_key())
    first = await client.get_account_usage("Org", user_initiated=True)
    assert isinstance(first, AdminUsage)
    assert first.output_tokens > 0
    await client.delete_account("Org")
    await client.save_admin_account(
        "Org", fake_server.add_admin_key("sk-ant-admin01-other-org-key")
    )
    fake_server.fail(MESSAGES, 503, times=None)
    again = await client.get_account_usage("Org", user_initiated=True)
    assert isinstance(again, AdminUsage)
    assert again.status is AccountStatus.ERROR
    assert again.output_tokens == 0  # nothing carried over from the deleted account


async def test_rename_keeps_the_admin_accounts_last_values(
    fake_server: FakeAnthropic, client: UsageClient
) -> None:
    await client.save_admin_account("Org", fake_server.add_admin_key())
    first = await client.get_account_usage("Org", user_initiated=True)
    await client.rename_account("Org", "Company")
    cached = await client.get_account_usage("Company")  # within the admin poll interval
    assert isinstance(cached, AdminUsage)
    assert cached.account_name == "Company"
    assert cached.output_tokens == first.output_tokens  # type: ignore[union-attr]

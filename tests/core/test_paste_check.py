"""Pasted credentials are checked before saving, over real sockets to the fake server: one
profile request says whose they are (and refuses what the server refuses), and a paste of
Claude Code's own login — which a saved copy would sign out at its first refresh, refresh
tokens being single use — is recognised by its token or by its account."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from core import AuthenticationError, UsageClient
from core.errors import InvalidInputError
from tests.fakes.server import FakeAnthropic

PROFILE = "/api/oauth/profile"


@pytest.fixture
async def client(fake_server: FakeAnthropic) -> AsyncIterator[UsageClient]:
    async with UsageClient(jitter=0) as usage_client:
        yield usage_client


def claude_code_folder() -> Path:
    folder = Path(os.environ["CLAUDE_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def sign_in_claude_code(credentials_json: str, email: str, uuid: str) -> None:
    """Claude Code's login on this computer: its credentials file and its account file."""
    folder = claude_code_folder()
    (folder / ".credentials.json").write_text(credentials_json)
    account = {"oauthAccount": {"emailAddress": email, "accountUuid": uuid}}
    (folder / ".claude.json").write_text(json.dumps(account))


async def test_claude_codes_own_login_is_recognised_by_its_token(
    client: UsageClient, fake_server: FakeAnthropic
) -> None:
    account = fake_server.add_account(email="me@example.com")
    sign_in_claude_code(account.credentials_json(), "me@example.com", account.uuid)
    check = await client.check_credentials(account.credentials_json())
    assert check.claude_code_login
    assert check.claude_code_account
    assert check.is_claude_codes
    assert check.verified
    assert check.email == "me@example.com"
    assert fake_server.count(PROFILE) == 1  # one request, and no refresh
    assert await client.list_accounts() == []  # a check saves nothing


async def test_another_login_of_the_same_account_is_recognised(
    client: UsageClient, fake_server: FakeAnthropic
) -> None:
    mine = fake_server.add_account(email="me@example.com")
    sign_in_claude_code(mine.credentials_json(), "me@example.com", mine.uuid)
    # the same person signed in elsewhere: other tokens, the same account id
    other = fake_server.add_account(email="me@example.com")
    other.uuid = mine.uuid
    check = await client.check_credentials(other.credentials_json())
    assert not check.claude_code_login
    assert check.claude_code_account


async def test_someone_elses_login_is_not_claude_codes(
    client: UsageClient, fake_server: FakeAnthropic
) -> None:
    mine = fake_server.add_account(email="me@example.com")
    sign_in_claude_code(mine.credentials_json(), "me@example.com", mine.uuid)
    colleague = fake_server.add_account(email="colleague@example.com")
    check = await client.check_credentials(colleague.credentials_json())
    assert not check.is_claude_codes
    assert check.email == "colleague@example.com"


async def test_without_a_claude_code_login_nothing_matches(
    client: UsageClient, fake_server: FakeAnthropic
) -> None:
    account = fake_server.add_account(email="me@example.com")
    check = await client.check_credentials(account.credentials_json())
    assert not check.is_claude_codes
    assert check.verified


async def test_a_token_the_server_refuses_is_an_error_and_nothing_is_saved(
    client: UsageClient, fake_server: FakeAnthropic
) -> None:
    pasted = json.dumps({"claudeAiOauth": {"accessToken": "sk-ant-api03-x", "refreshToken": "r"}})
    with pytest.raises(AuthenticationError):
        await client.check_credentials(pasted)
    assert fake_server.count(PROFILE) == 1
    assert await client.list_accounts() == []


async def test_an_expired_paste_is_not_refreshed_to_check_it(
    client: UsageClient, fake_server: FakeAnthropic
) -> None:
    account = fake_server.add_account(email="me@example.com")
    sign_in_claude_code(account.credentials_json(), "me@example.com", account.uuid)
    expired = account.credentials_json(expires_at_ms=1_000)
    check = await client.check_credentials(expired)
    assert check.claude_code_login  # still recognised by its refresh token
    assert not check.verified
    assert fake_server.count(PROFILE) == 0
    assert fake_server.is_live_refresh_token(account.refresh_token)  # Claude Code stays signed in


async def test_malformed_json_is_refused_before_any_request(
    client: UsageClient, fake_server: FakeAnthropic
) -> None:
    with pytest.raises(InvalidInputError):
        await client.check_credentials("{not json")
    assert fake_server.count(PROFILE) == 0


async def test_a_linked_folder_saved_with_a_tilde_is_compared_too(
    fake_server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A linked account keeps its folder as written (``~/cc-work``): the account check reads
    that folder's account file as the token check does, ``~`` expanded."""
    work = fake_server.add_account(email="work@example.com")
    folder = Path.home() / "cc-work"
    folder.mkdir()
    (folder / ".credentials.json").write_text(work.credentials_json())
    account = {"oauthAccount": {"emailAddress": "work@example.com", "accountUuid": work.uuid}}
    (folder / ".claude.json").write_text(json.dumps(account))
    monkeypatch.setenv("CLAUDE_CONFIG_DIR", "~/cc-work")
    async with UsageClient(jitter=0) as linking:
        await linking.save_account("Work")
    monkeypatch.setenv("CLAUDE_CONFIG_DIR", str(claude_code_folder()))
    other = fake_server.add_account(email="work@example.com")
    other.uuid = work.uuid  # the same account, signed in elsewhere

    async with UsageClient(jitter=0) as client:
        check = await client.check_credentials(other.credentials_json())

    assert not check.claude_code_login
    assert check.claude_code_account

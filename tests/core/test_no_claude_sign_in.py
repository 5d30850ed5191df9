"""Issue 15, item 7: a Claude Code login item that holds only ``mcpOAuth``.

Claude Code ≥ 2.1 may keep only its MCP servers' logins in the item. Before: "Credentials
JSON has no claudeAiOauth object" / "Claude Code's login (…) is unreadable", read as a
broken file. After: "Claude Code's login item holds no Claude sign-in — run `claude` and
sign in", when linking, when fetching a linked account (LOGIN_EXPIRED, not an error), and
no system token.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from core import UsageClient
from core.errors import NO_CLAUDE_SIGN_IN_MESSAGE, InvalidInputError, NoClaudeSignInError
from core.models import AccountStatus
from core.usage.parsing import parse_claude_credentials
from tests.core import fetch_support
from tests.core.fetch_support import World
from tests.core.test_cli import cli, listed
from tests.fakes.server import FakeAnthropic

world = fetch_support.world
MCP_ONLY = json.dumps({"mcpOAuth": {"github|abc": {"accessToken": "gho_secret", "expiresAt": 1}}})


def test_parsing_says_no_claude_sign_in() -> None:
    with pytest.raises(NoClaudeSignInError) as caught:
        parse_claude_credentials(MCP_ONLY)
    assert str(caught.value) == NO_CLAUDE_SIGN_IN_MESSAGE
    assert "gho_secret" not in str(caught.value)
    assert isinstance(caught.value, InvalidInputError)  # callers catching input errors still do


def test_other_junk_keeps_its_own_message() -> None:
    with pytest.raises(InvalidInputError, match="no claudeAiOauth object") as caught:
        parse_claude_credentials('{"somethingElse": 1}')
    assert not isinstance(caught.value, NoClaudeSignInError)


async def test_a_linked_account_whose_item_lost_its_sign_in(world: World) -> None:
    account = world.fake.add_account()
    linked = await world.save_linked("Cc", account)
    assert (await world.fetcher().fetch(linked)).status is AccountStatus.OK
    (Path(linked.config_dir or "") / ".credentials.json").write_text(MCP_ONLY)

    usage = await world.fetcher().fetch(linked)

    assert usage.status is AccountStatus.LOGIN_EXPIRED
    assert usage.error == NO_CLAUDE_SIGN_IN_MESSAGE
    assert world.fake.count("/v1/oauth/token") == 0


def test_linking_an_item_without_a_claude_sign_in_says_so(fake_server: FakeAnthropic) -> None:
    config = Path(os.environ["CLAUDE_CONFIG_DIR"])
    config.mkdir(parents=True, exist_ok=True)
    (config / ".credentials.json").write_text(MCP_ONLY)
    result = cli(fake_server, "save", "Linked")
    assert result.returncode == 1
    assert "holds no Claude sign-in" in result.stderr
    assert "run `claude` and sign in" in result.stderr
    assert "not JSON" not in result.stderr
    assert listed(fake_server)["accounts"] == []


async def test_no_system_token_from_such_an_item(tmp_path: Path) -> None:
    config = Path(os.environ["CLAUDE_CONFIG_DIR"])
    config.mkdir(parents=True, exist_ok=True)
    (config / ".credentials.json").write_text(MCP_ONLY)
    async with UsageClient(tmp_path / "accounts.enc", platform="linux") as client:
        assert await client.get_system_token() is None

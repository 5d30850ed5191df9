"""``ClientBackend`` over the real ``UsageClient``, with the demo's in-process transport."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import httpx
import pytest

from core.base.paths import legacy_store_path
from core.errors import AccountNotFoundError, InvalidInputError
from core.store.keys import machine_id
from tests.core.legacy_data import legacy_document, write_legacy
from tray.backend import ClientBackend
from tray.demo import ACCOUNTS, DEMO_ENDPOINTS, DemoWorld, credentials_json, demo_transport


def backend() -> ClientBackend:
    http = httpx.AsyncClient(transport=demo_transport(DemoWorld()))
    return ClientBackend(
        endpoints=DEMO_ENDPOINTS,
        http_client=http,
        client_options={"jitter": 0.0},
        close_http_client=True,
    )


async def test_claude_code_login_is_found_and_linked() -> None:
    subject = backend()
    try:
        assert await subject.claude_code_login_available() is False
        folder = Path(os.environ["CLAUDE_CONFIG_DIR"])
        folder.mkdir(parents=True)
        (folder / ".credentials.json").write_text(credentials_json(ACCOUNTS[0]))
        assert await subject.claude_code_login_available() is True
        await subject.link_claude_code("Linked")
        (account,) = await subject.list_accounts()
        assert account.name == "Linked"
        assert account.source == "claude_code"
        (usage,) = await subject.refresh(user_initiated=True)
        assert usage.account_name == "Linked"
        assert usage.error is None
    finally:
        await subject.close()


async def test_rename_remove_and_bad_input() -> None:
    subject = backend()
    try:
        await subject.add_credentials("A", credentials_json(ACCOUNTS[1]))
        await subject.rename_account("A", "B")
        assert [a.name for a in await subject.list_accounts()] == ["B"]
        with pytest.raises(InvalidInputError):
            await subject.add_credentials("C", json.dumps({"nothing": True}))
        await subject.remove_account("B")
        assert await subject.list_accounts() == []
    finally:
        await subject.close()


async def test_changing_the_write_back_policy_keeps_the_running_client() -> None:
    """The policy is a setting of the client: its caches (last good values, cooldowns,
    profiles) survive the change."""
    subject = backend()
    try:
        first = subject.client
        await subject.add_credentials("A", credentials_json(ACCOUNTS[1]))
        assert len(await subject.refresh(user_initiated=True)) == 1
        subject.set_write_back(True)
        assert subject.client is first
        assert first.write_back is True
        subject.set_write_back(False)
        assert first.write_back is False
        assert len(await subject.refresh(user_initiated=True)) == 1
    finally:
        await subject.close()


async def test_claude_usage_core_store_is_offered_and_imported() -> None:
    subject = backend()
    try:
        assert await subject.legacy_import_candidates() == []  # no store: nothing to offer
        write_legacy(legacy_store_path(), legacy_document(), ident=machine_id())
        await subject.add_credentials("Work", credentials_json(ACCOUNTS[1]))
        assert await subject.legacy_import_candidates() == ["Org", "Personal"]
        assert await subject.import_legacy() == ["Org", "Personal"]
        assert await subject.legacy_import_candidates() == []
    finally:
        await subject.close()


async def test_unreadable_store_is_not_offered(caplog: pytest.LogCaptureFixture) -> None:
    subject = backend()
    try:
        write_legacy(legacy_store_path(), legacy_document(), ident="another-machine")
        with caplog.at_level(logging.INFO, logger="tray.backend"):
            assert await subject.legacy_import_candidates() == []
        assert "another machine" in caplog.text
    finally:
        await subject.close()


async def test_usage_history_of_an_account() -> None:
    subject = backend()
    try:
        await subject.add_credentials("Work", credentials_json(ACCOUNTS[1]))
        await subject.refresh(user_initiated=True)
        series = await subject.usage_history("Work")
        assert [len(series["five_hour"]), len(series["seven_day"])] == [1, 1]
        with pytest.raises(AccountNotFoundError):
            await subject.usage_history("Nobody")
    finally:
        await subject.close()

"""``ClientBackend`` over the real ``UsageClient``, with the demo's in-process transport."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest

from core.errors import InvalidInputError
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


async def test_changing_the_write_back_policy_rebuilds_the_client() -> None:
    subject = backend()
    try:
        first = subject.client
        subject.set_write_back(False)
        assert subject.client is first
        subject.set_write_back(True)
        assert subject.client is not first
        await subject.add_credentials("A", credentials_json(ACCOUNTS[1]))
        assert len(await subject.refresh(user_initiated=True)) == 1
    finally:
        await subject.close()

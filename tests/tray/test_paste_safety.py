"""The paste coexistence check end to end: the tray, the real ``core`` client and the fake
Anthropic server over real sockets. Pasting Claude Code's own login must never end up as an
app-owned copy unless the user insists — the app offers to link it read-only, and a linked
account never refreshes Claude Code's single-use refresh token."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
from collections.abc import AsyncIterator
from pathlib import Path

from PySide6.QtCore import QObject

from core import UsageClient
from core.models import CredentialSource
from tests.app_paths import app_paths
from tests.fakes.server import FakeAnthropic
from tray.app import TrayApp
from tray.backend import ClientBackend
from tray.dialogs import AddAccountDialog, AddMethod
from tray.notifications import RecordingNotifier
from tray.notify_memory import NotifyMemoryFile
from tray.settings import SettingsStore

TIMEOUT = 15


def sign_in_claude_code(credentials_json: str, email: str, uuid: str) -> None:
    folder = Path(os.environ["CLAUDE_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ".credentials.json").write_text(credentials_json)
    account = {"oauthAccount": {"emailAddress": email, "accountUuid": uuid}}
    (folder / ".claude.json").write_text(json.dumps(account))


@contextlib.asynccontextmanager
async def running(settings_store: SettingsStore) -> AsyncIterator[TrayApp]:
    """The app over the real client (an async context, not a fixture: its teardown must
    run on the test's qasync loop)."""
    backend = ClientBackend(client_options={"jitter": 0.0})
    app = TrayApp(
        backend,
        settings_store,
        notifier=RecordingNotifier(),
        tray_timeout=0,
        notify_memory=NotifyMemoryFile(app_paths()),
    )
    await app.start()
    try:
        yield app
    finally:
        await app.stop()


def next_dialog(app: TrayApp) -> asyncio.Future[AddAccountDialog]:
    future: asyncio.Future[AddAccountDialog] = asyncio.get_running_loop().create_future()

    def opened(dialog: QObject) -> None:
        if not future.done() and isinstance(dialog, AddAccountDialog):
            future.set_result(dialog)

    app.dialog_opened.connect(opened)
    return future


async def test_pasting_claude_codes_login_links_it_read_only_instead(
    fake_server: FakeAnthropic, settings_store: SettingsStore
) -> None:
    async with running(settings_store) as tray_app:
        mine = fake_server.add_account(email="me@example.com")
        sign_in_claude_code(mine.credentials_json(), "me@example.com", mine.uuid)
        opened = next_dialog(tray_app)
        task = tray_app.add_account(AddMethod.PASTE)
        dialog = await asyncio.wait_for(opened, TIMEOUT)
        dialog.name_edit.setText("Mine")
        dialog.json_edit.setPlainText(mine.credentials_json())
        dialog.ok_button.click()
        await asyncio.wait_for(tray_app.settle(), TIMEOUT)
        assert "Claude Code's own login on this computer" in dialog.paste_notice.text()
        assert fake_server.count("/api/oauth/profile") == 1  # checked with one request
        dialog.link_instead_button.click()
        await asyncio.wait_for(task, TIMEOUT)
        async with UsageClient() as client:
            (saved,) = await client.list_accounts()
        assert saved.name == "Mine"
        assert saved.source is CredentialSource.CLAUDE_CODE  # linked: no copy of the login
        assert fake_server.is_live_refresh_token(mine.refresh_token)  # Claude Code still signed in


async def test_an_api_key_pasted_as_an_access_token_is_refused(
    fake_server: FakeAnthropic, settings_store: SettingsStore
) -> None:
    async with running(settings_store) as tray_app:
        opened = next_dialog(tray_app)
        task = tray_app.add_account(AddMethod.PASTE)
        dialog = await asyncio.wait_for(opened, TIMEOUT)
        dialog.name_edit.setText("Wrong")
        pasted = {"claudeAiOauth": {"accessToken": "sk-ant-api03-x", "refreshToken": "r"}}
        dialog.json_edit.setPlainText(json.dumps(pasted))
        dialog.ok_button.click()
        await asyncio.wait_for(tray_app.settle(), TIMEOUT)
        assert dialog.error.isVisibleTo(dialog)
        assert dialog.error.text()
        dialog.reject()
        await asyncio.wait_for(task, TIMEOUT)
        async with UsageClient() as client:
            assert await client.list_accounts() == []

"""Issue 15, item 6 in the tray: a Claude Code login inside WSL is offered in the Add account
dialog as a linkable login, and linking it asks the backend for exactly that one."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from core.config import AppConfig
from core.credentials.wsl import WslLogin
from tests.core.test_credentials_wsl import fake_wsl, login_file
from tests.tray.helpers import FakeBackend, oauth
from tests.tray.test_app import TIMEOUT, FakeAutostart, next_emission, running
from tray.backend import ClientBackend
from tray.demo import ACCOUNTS, DEMO_ENDPOINTS, DemoWorld, credentials_json, demo_transport
from tray.dialogs import AddAccountDialog, AddMethod
from tray.notifications import RecordingNotifier
from tray.settings import SettingsStore

UBUNTU = WslLogin("Ubuntu", "ana", r"\\wsl.localhost\Ubuntu\home\ana\.claude")
DEBIAN = WslLogin("Debian", "root", r"\\wsl.localhost\Debian\root\.claude")


def test_wsl_logins_make_linking_possible_without_a_local_login(qtbot: QtBot) -> None:
    dialog = AddAccountDialog(claude_code_found=False, wsl_logins=[UBUNTU, DEBIAN])
    qtbot.addWidget(dialog)
    assert dialog.method_buttons[AddMethod.LINK].isEnabled()
    assert dialog.method is AddMethod.LINK
    chooser = dialog.wsl_chooser
    assert chooser is not None
    items = [chooser.combo.itemText(i) for i in range(chooser.combo.count())]
    assert items == ["Ubuntu (WSL) — ana", "Debian (WSL) — root"]
    dialog.name_edit.setText("Wsl")
    assert dialog.request().wsl == "Ubuntu/ana"
    chooser.combo.setCurrentIndex(1)
    assert dialog.request().wsl == "Debian/root"


def test_this_computers_login_comes_first(qtbot: QtBot) -> None:
    dialog = AddAccountDialog(claude_code_found=True, wsl_logins=[UBUNTU])
    qtbot.addWidget(dialog)
    chooser = dialog.wsl_chooser
    assert chooser is not None
    assert chooser.combo.itemText(0) == "Claude Code on this computer"
    dialog.name_edit.setText("Here")
    assert dialog.request().wsl is None


def test_no_wsl_no_chooser(qtbot: QtBot) -> None:
    dialog = AddAccountDialog(claude_code_found=True)
    qtbot.addWidget(dialog)
    assert dialog.wsl_chooser is None
    dialog.name_edit.setText("Here")
    assert dialog.request().wsl is None
    dialog.set_method(AddMethod.PASTE)
    assert dialog.request().wsl is None


async def test_linking_a_wsl_login_from_the_app(settings_store: SettingsStore) -> None:
    backend = FakeBackend([oauth("Work", 20)])
    backend.wsl = [UBUNTU]
    async with running(backend, settings_store, RecordingNotifier(), FakeAutostart()) as app:
        opened = next_emission(app.dialog_opened)
        task = app.add_account(AddMethod.LINK)
        dialog = await asyncio.wait_for(opened, TIMEOUT)
        assert isinstance(dialog, AddAccountDialog)
        dialog.name_edit.setText("Wsl")
        dialog.ok_button.click()
        await asyncio.wait_for(task, TIMEOUT)
    assert ("link_wsl", ("Wsl", "Ubuntu/ana")) in backend.calls
    assert not any(call[0] == "link_claude_code" for call in backend.calls)


async def test_the_client_backend_finds_and_links_a_wsl_login(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real ClientBackend on simulated Windows: the fake ``wsl.exe``, a tree like the
    shares, the demo's in-process server behind the linked login."""
    fake_wsl(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    share = tmp_path / "wsl.localhost"
    login_file(share, "Ubuntu", "home/ana", credentials_json(ACCOUNTS[0]))
    environ = dict(os.environ, CLAUDE_USAGE_WSL_ROOTS=str(share))
    config = AppConfig.from_environment(environ)
    http = httpx.AsyncClient(transport=demo_transport(DemoWorld()))
    subject = ClientBackend(
        config=config,
        endpoints=DEMO_ENDPOINTS,
        http_client=http,
        client_options={"jitter": 0.0, "platform": "windows"},
        close_http_client=True,
    )
    try:
        (found,) = await subject.wsl_logins()
        assert (found.distro, found.user) == ("Ubuntu", "ana")
        await subject.link_wsl("Wsl", "Ubuntu/ana")
        (usage,) = await subject.refresh(user_initiated=True)
        assert usage.account_name == "Wsl"
        assert usage.error is None
    finally:
        await subject.close()


def test_hostile_distribution_and_user_names_are_shown_escaped(qtbot: QtBot) -> None:
    odd = WslLogin("Ubu\u202entu", "an\x1ba", r"\\wsl.localhost\x\home\y\.claude")
    dialog = AddAccountDialog(claude_code_found=False, wsl_logins=[odd])
    qtbot.addWidget(dialog)
    assert dialog.wsl_chooser is not None
    shown = dialog.wsl_chooser.combo.itemText(0)
    assert "\u202e" not in shown
    assert "\x1b" not in shown
    dialog.name_edit.setText("Odd")
    assert dialog.request().wsl == "Ubu\u202entu/an\x1ba"  # the real name is what is linked

"""Windows: ``%USERPROFILE%\\.claude\\.credentials.json``, then the Credential Manager.

Runs on any OS: the platform is named explicitly, ``USERPROFILE`` points at a temporary
folder, and the Credential Manager is played by the test keyring backend.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from core.credentials import (
    ChainedCredentialSource,
    FileCredentialSource,
    credential_source,
    read_claude_account_info,
)
from core.credentials.keyring_source import KeyringCredentialSource
from core.errors import CredentialsError
from tests.app_paths import claude_env
from tests.fakes.keyring_backend import LockedKeyring
from tests.fakes.os_keyrings import select_as_on

SERVICE = "Claude Code-credentials"
TOKEN = "sk-ant-oat01-" + "A" * 40 + "SECRETTAIL"
CREDENTIALS = json.dumps({"claudeAiOauth": {"accessToken": TOKEN, "expiresAt": 1748658860401}})


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """%USERPROFILE% of a Windows user, Claude Code run with its default folder."""
    folder = tmp_path / "Users" / "alice"
    folder.mkdir(parents=True)
    monkeypatch.setenv("USERPROFILE", str(folder))
    monkeypatch.delenv("CLAUDE_CONFIG_DIR")
    monkeypatch.delenv("USER", raising=False)
    monkeypatch.setenv("USERNAME", "alice")
    monkeypatch.setenv("LOGNAME", "alice")
    return folder


def _chain() -> ChainedCredentialSource:
    source = credential_source("windows", None, claude_env())
    assert isinstance(source, ChainedCredentialSource)
    return source


def test_the_file_is_under_userprofile(profile: Path) -> None:
    file_source = _chain().sources[0]
    assert isinstance(file_source, FileCredentialSource)
    assert file_source.path == profile / ".claude" / ".credentials.json"
    assert file_source.description == "~/.claude/.credentials.json"


def test_claude_config_dir_wins_on_windows(
    profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAUDE_CONFIG_DIR", str(tmp_path / "cc"))
    file_source = _chain().sources[0]
    assert isinstance(file_source, FileCredentialSource)
    assert file_source.path == tmp_path / "cc" / ".credentials.json"


async def test_reads_the_file_first(profile: Path) -> None:
    path = profile / ".claude" / ".credentials.json"
    path.parent.mkdir()
    path.write_text(CREDENTIALS)
    keyring.set_password(SERVICE, "alice", '{"from": "keyring"}')
    assert await _chain().read() == CREDENTIALS


async def test_falls_back_to_the_credential_manager_and_writes_back_there(profile: Path) -> None:
    keyring.set_password(SERVICE, "alice", CREDENTIALS)
    source = _chain()
    assert await source.read() == CREDENTIALS
    assert source.description == "Windows Credential Manager item 'Claude Code-credentials'"
    await source.write("{}")
    assert keyring.get_password(SERVICE, "alice") == "{}"
    assert not (profile / ".claude" / ".credentials.json").exists()


async def test_nothing_anywhere_is_no_login(profile: Path) -> None:
    assert await _chain().read() is None


async def test_a_locked_credential_store_is_an_error(profile: Path) -> None:
    source = KeyringCredentialSource(SERVICE, "alice", backend=LockedKeyring())
    with pytest.raises(CredentialsError, match="is locked"):
        await source.read()
    with pytest.raises(CredentialsError, match="Cannot write"):
        await source.write(CREDENTIALS)


async def test_no_keyring_at_all_is_no_login(profile: Path) -> None:
    assert await KeyringCredentialSource(SERVICE, "alice", backend=fail.Keyring()).read() is None


class LeakyKeyring(KeyringBackend):
    """A backend whose errors quote the secret, as a careless one might."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError(f"cannot decode {TOKEN}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError(f"blob too large: {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("no")


async def test_backend_errors_never_carry_the_secret(profile: Path) -> None:
    source = KeyringCredentialSource(SERVICE, "alice", backend=LeakyKeyring())
    for action in (source.read(), source.write(CREDENTIALS)):
        with pytest.raises(CredentialsError, match="RuntimeError") as caught:
            await action
        assert "SECRETTAIL" not in str(caught.value)
        assert caught.value.__cause__ is None


def test_account_info_is_in_userprofile(profile: Path) -> None:
    account = {"emailAddress": "alice@example.com", "accountUuid": "u-1"}
    (profile / ".claude.json").write_text(json.dumps({"oauthAccount": account}))
    assert read_claude_account_info(None, platform="windows", env=claude_env()) == account


async def test_on_windows_the_factory_reads_winvault_as_keyring_picks_it(
    profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """keyring's own Windows backend (WinVaultKeyring) over a fake ``win32cred``."""
    vault = select_as_on(monkeypatch, "Windows")
    monkeypatch.setattr(sys, "platform", "win32")
    keyring.set_password(SERVICE, "alice", CREDENTIALS)
    assert vault.credentials[SERVICE]["CredentialBlob"] == CREDENTIALS.encode("utf-16-le")
    source = credential_source("auto", None, claude_env())
    assert await source.read() == CREDENTIALS
    await source.write("{}")
    assert vault.credentials[SERVICE]["CredentialBlob"] == "{}".encode("utf-16-le")
    vault.locked = True
    with pytest.raises(CredentialsError, match=r"Cannot read .*: error"):
        await source.read()

"""Where Claude Code keeps things: Keychain names, folders, ``.claude.json``, the factory."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from core.credentials import (
    ChainedCredentialSource,
    ClaudeCodeCredentialSource,
    FileCredentialSource,
    NullCredentialSource,
    credential_source,
    keychain_service_name,
    locate,
    read_claude_account_info,
)
from core.credentials.keychain import MacKeychainSource
from core.credentials.keyring_source import KeyringCredentialSource
from core.credentials.location import claude_user_name, resolve_platform
from core.credentials.secret_service import SecretServiceSource
from core.errors import CredentialsError, InvalidInputError
from tests.app_paths import claude_env


@pytest.fixture
def default_dir(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Claude Code run without CLAUDE_CONFIG_DIR (the autouse fixture sets one)."""
    monkeypatch.delenv("CLAUDE_CONFIG_DIR")
    return Path(os.environ["HOME"]) / ".claude"


# --------------------------------------------------------------------- Keychain names


def test_default_folder_uses_the_plain_keychain_name() -> None:
    assert keychain_service_name(None) == "Claude Code-credentials"


def test_custom_folder_appends_first_8_hex_of_sha256_of_the_raw_text() -> None:
    # printf '%s' /Users/me/.claude-work | sha256sum  ->  1e91dd84…
    assert keychain_service_name("/Users/me/.claude-work") == "Claude Code-credentials-1e91dd84"
    # Claude Code hashes the text as given: a trailing slash is another item.
    assert keychain_service_name("/Users/me/.claude-work/") == "Claude Code-credentials-d3ebdfac"


def test_keychain_name_hashes_the_nfc_form_as_claude_code_does() -> None:
    nfd = "/Users/jose\u0301/.claude"
    nfc = "/Users/jos\u00e9/.claude"
    assert keychain_service_name(nfd) == keychain_service_name(nfc)
    assert keychain_service_name(nfc) == "Claude Code-credentials-6ab0a63a"


# ------------------------------------------------------------------------- locations


def test_without_claude_config_dir_the_folder_is_home_dot_claude(default_dir: Path) -> None:
    location = locate("linux", None, claude_env())
    assert location.config_dir == default_dir
    assert location.custom_dir_text is None
    assert location.keychain_service == "Claude Code-credentials"
    assert location.credentials_file == default_dir / ".credentials.json"


def test_claude_config_dir_is_honoured_and_its_raw_text_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAUDE_CONFIG_DIR", f"{tmp_path}/work/")
    location = locate("macos", None, claude_env())
    assert location.config_dir == tmp_path / "work"
    assert location.custom_dir_text == f"{tmp_path}/work/"
    assert location.keychain_service == keychain_service_name(f"{tmp_path}/work/")


def test_explicit_folder_equal_to_the_env_folder_keeps_the_env_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The client passes its config's folder (a Path): the hash must still match Claude Code.
    monkeypatch.setenv("CLAUDE_CONFIG_DIR", f"{tmp_path}/work/")
    assert locate("macos", tmp_path / "work", claude_env()).custom_dir_text == f"{tmp_path}/work/"


def test_explicit_default_folder_is_not_custom(default_dir: Path) -> None:
    assert locate("macos", default_dir, claude_env()).keychain_service == "Claude Code-credentials"


def test_explicit_other_folder_is_custom(default_dir: Path, tmp_path: Path) -> None:
    location = locate("macos", tmp_path / "alt", claude_env())
    assert location.config_dir == tmp_path / "alt"
    assert location.keychain_service == keychain_service_name(str(tmp_path / "alt"))


def test_user_name_is_USER_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USER", "alice")
    assert claude_user_name(claude_env()) == "alice"
    monkeypatch.delenv("USER")
    assert claude_user_name(claude_env())  # the login name from the password database


def test_unknown_platform_is_a_clear_error() -> None:
    with pytest.raises(InvalidInputError, match="Unknown platform 'amiga'"):
        resolve_platform("amiga")
    with pytest.raises(InvalidInputError):
        credential_source("amiga", None, claude_env())


# --------------------------------------------------------------------------- factory


def test_factory_linux_is_file_then_secret_service(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAUDE_CONFIG_DIR", str(tmp_path / "cc"))
    source = credential_source("linux", None, claude_env())
    assert isinstance(source, ChainedCredentialSource)
    file_source, secret_service = source.sources
    assert isinstance(file_source, FileCredentialSource)
    assert file_source.path == tmp_path / "cc" / ".credentials.json"
    assert isinstance(secret_service, SecretServiceSource)
    assert secret_service.service == keychain_service_name(str(tmp_path / "cc"))


def test_factory_macos_is_keychain_then_file(
    default_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("USER", "alice")
    source = credential_source("macos", None, claude_env())
    assert isinstance(source, ChainedCredentialSource)
    keychain, file_source = source.sources
    assert isinstance(keychain, MacKeychainSource)
    assert (keychain.service, keychain.account) == ("Claude Code-credentials", "alice")
    assert isinstance(file_source, FileCredentialSource)
    assert file_source.path == default_dir / ".credentials.json"
    assert source.description == (
        "macOS Keychain item 'Claude Code-credentials' or ~/.claude/.credentials.json"
    )


def test_factory_windows_is_file_then_credential_manager() -> None:
    source = credential_source("windows", None, claude_env())
    assert isinstance(source, ChainedCredentialSource)
    assert [type(s) for s in source.sources] == [FileCredentialSource, KeyringCredentialSource]


def test_factory_auto_matches_this_machine() -> None:
    expected = {"darwin": MacKeychainSource, "win32": KeyringCredentialSource}.get(
        sys.platform, SecretServiceSource
    )
    source = credential_source("auto", None, claude_env())
    assert isinstance(source, ChainedCredentialSource)
    assert expected in {type(s) for s in source.sources}


def test_every_source_satisfies_the_interface() -> None:
    for platform in ("macos", "linux", "windows", "none"):
        assert isinstance(
            credential_source(platform, None, claude_env()), ClaudeCodeCredentialSource
        )


async def test_null_source_has_nothing_and_refuses_writes() -> None:
    source = credential_source("none", None, claude_env())
    assert isinstance(source, NullCredentialSource)
    assert await source.read() is None
    with pytest.raises(CredentialsError, match="nothing was written"):
        await source.write('{"claudeAiOauth": {}}')


# ------------------------------------------------------------------- .claude.json


ACCOUNT = {
    "accountUuid": "0b7c8f1e-1111-2222-3333-444455556666",
    "emailAddress": "dev@example.com",
    "organizationName": "Example Org",
}


def _write_json(path: Path, document: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document))


def test_account_info_from_home_claude_json_by_default(default_dir: Path) -> None:
    _write_json(default_dir.parent / ".claude.json", {"numStartups": 3, "oauthAccount": ACCOUNT})
    assert read_claude_account_info(None, env=claude_env()) == ACCOUNT


def test_account_info_from_the_custom_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    custom = tmp_path / "profile"
    monkeypatch.setenv("CLAUDE_CONFIG_DIR", str(custom))
    _write_json(Path(os.environ["HOME"]) / ".claude.json", {"oauthAccount": {"emailAddress": "x"}})
    _write_json(custom / ".claude.json", {"oauthAccount": ACCOUNT})
    assert read_claude_account_info(None, env=claude_env()) == ACCOUNT
    assert read_claude_account_info(custom, env=claude_env()) == ACCOUNT


def test_account_info_prefers_a_legacy_config_json(tmp_path: Path) -> None:
    folder = tmp_path / "cc"
    _write_json(folder / ".claude.json", {"oauthAccount": {"emailAddress": "new@example.com"}})
    _write_json(folder / ".config.json", {"oauthAccount": ACCOUNT})
    assert read_claude_account_info(folder, env=claude_env()) == ACCOUNT


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"\xff\xfe\x00garbage",
        b"[1, 2]",
        b'{"oauthAccount": "dev@example.com"}',
        b'{"oauthAccount": null}',
        b'{"theme": "dark"}',
    ],
)
def test_account_info_tolerates_bad_files(tmp_path: Path, content: bytes) -> None:
    folder = tmp_path / "cc"
    folder.mkdir()
    (folder / ".claude.json").write_bytes(content)
    assert read_claude_account_info(folder, env=claude_env()) is None


def test_account_info_missing_or_unreadable_is_none(tmp_path: Path) -> None:
    assert read_claude_account_info(tmp_path / "nowhere", env=claude_env()) is None
    (tmp_path / "cc" / ".claude.json").mkdir(parents=True)  # a folder where the file should be
    assert read_claude_account_info(tmp_path / "cc", env=claude_env()) is None


def test_the_package_imports_its_parts_on_first_use() -> None:
    """core.credentials is lazy (the status line reads .claude.json without asyncio): every
    exported name still resolves, and a wrong one is an AttributeError, not a KeyError."""
    import core.credentials

    for name in core.credentials.__all__:
        assert getattr(core.credentials, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = core.credentials.nope

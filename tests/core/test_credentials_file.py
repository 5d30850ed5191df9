"""``.credentials.json``: reading it as Claude Code leaves it, writing it back atomically."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from core.credentials import FileCredentialSource, credential_source
from core.errors import CredentialsError
from tests.app_paths import claude_env

TOKEN = "sk-ant-oat01-" + "A" * 40 + "SECRETTAIL"
CREDENTIALS = json.dumps(
    {
        "claudeAiOauth": {
            "accessToken": TOKEN,
            "refreshToken": "sk-ant-ort01-" + "B" * 40,
            "expiresAt": 1748658860401,
            "scopes": ["user:inference", "user:profile"],
        },
        "mcpOAuth": {"server": {"token": "other"}},
    }
)


@pytest.fixture
def config_dir() -> Path:
    """The autouse fixture's CLAUDE_CONFIG_DIR, created."""
    folder = Path(os.environ["CLAUDE_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def test_reads_the_file_in_claude_config_dir(config_dir: Path) -> None:
    (config_dir / ".credentials.json").write_text(CREDENTIALS)
    assert await credential_source("linux", None, claude_env()).read() == CREDENTIALS


async def test_missing_file_or_folder_is_no_login(tmp_path: Path) -> None:
    assert await FileCredentialSource(tmp_path / "none" / ".credentials.json").read() is None
    (tmp_path / "file").write_text("x")
    assert await FileCredentialSource(tmp_path / "file" / ".credentials.json").read() is None


async def test_empty_file_is_no_login(config_dir: Path) -> None:
    path = config_dir / ".credentials.json"
    path.write_text("  \n")
    assert await FileCredentialSource(path).read() is None


async def test_byte_order_mark_is_dropped(config_dir: Path) -> None:
    path = config_dir / ".credentials.json"
    path.write_bytes(b"\xef\xbb\xbf" + CREDENTIALS.encode())
    assert await FileCredentialSource(path).read() == CREDENTIALS


async def test_unreadable_file_is_an_error_naming_the_place(config_dir: Path) -> None:
    path = config_dir / ".credentials.json"
    path.mkdir()  # a folder where the file should be: reading fails even as root
    source = FileCredentialSource(path, description="~/.claude/.credentials.json")
    with pytest.raises(CredentialsError, match=r"Cannot read .*~/\.claude/\.credentials\.json"):
        await source.read()


async def test_non_utf8_file_is_an_error_that_does_not_carry_the_secret(config_dir: Path) -> None:
    path = config_dir / ".credentials.json"
    path.write_bytes(CREDENTIALS.encode() + b"\xff\xfe")
    with pytest.raises(CredentialsError, match="not UTF-8") as caught:
        await FileCredentialSource(path).read()
    assert "SECRETTAIL" not in str(caught.value)
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__  # the decode error (holding the bytes) is dropped


async def test_write_is_byte_exact_with_mode_0600(config_dir: Path) -> None:
    path = config_dir / ".credentials.json"
    path.write_text("{}")
    path.chmod(0o644)
    text = CREDENTIALS + "\n  "  # whatever the caller passes, unchanged
    await FileCredentialSource(path).write(text)
    assert path.read_bytes() == text.encode("utf-8")
    assert _mode(path) == 0o600
    assert sorted(p.name for p in config_dir.iterdir()) == [".credentials.json"]  # no temp left


async def test_write_creates_a_missing_file_and_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / ".credentials.json"
    await FileCredentialSource(path).write(CREDENTIALS)
    assert path.read_text() == CREDENTIALS
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700


async def test_write_replaces_the_file_not_rewrites_it(config_dir: Path) -> None:
    path = config_dir / ".credentials.json"
    path.write_text("old")
    before = path.stat().st_ino
    await FileCredentialSource(path).write(CREDENTIALS)
    # A reader holding the old file sees the old content whole; the new one is a new inode.
    assert path.stat().st_ino != before
    assert await FileCredentialSource(path).read() == CREDENTIALS


async def test_write_follows_a_symlink_to_its_target(tmp_path: Path, config_dir: Path) -> None:
    real = tmp_path / "accounts" / "work.json"
    real.parent.mkdir()
    real.write_text("old")
    link = config_dir / ".credentials.json"
    link.symlink_to(real)
    await FileCredentialSource(link).write(CREDENTIALS)
    assert link.is_symlink()
    assert real.read_text() == CREDENTIALS


async def test_failed_write_leaves_everything_as_it_was(config_dir: Path) -> None:
    path = config_dir / ".credentials.json"
    path.mkdir()  # os.replace cannot put a file over a folder
    (path / "keep").write_text("kept")
    with pytest.raises(CredentialsError, match="previous file is unchanged") as caught:
        await FileCredentialSource(path, description="the login file").write(CREDENTIALS)
    assert "SECRETTAIL" not in str(caught.value)
    assert (path / "keep").read_text() == "kept"
    assert sorted(p.name for p in config_dir.iterdir()) == [".credentials.json"]


async def test_write_through_the_factory_goes_where_the_login_was_read(config_dir: Path) -> None:
    path = config_dir / ".credentials.json"
    path.write_text(CREDENTIALS)
    source = credential_source("linux", None, claude_env())
    assert await source.read() == CREDENTIALS
    rotated = CREDENTIALS.replace("SECRETTAIL", "ROTATEDTAIL")
    await source.write(rotated)
    assert path.read_text() == rotated

"""The store's plaintext index (core.usage.account_index): what it keeps of each account,
and that it is trusted only for the exact store bytes it was made from."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core.models import AccountRecord, CredentialSource
from core.store.storage import StoreData
from core.usage.account_index import read_index, write_index
from core.usage.parsing import SIGN_IN_LIFETIME
from core.usage.poll_records import token_key
from core.usage.tokens import REFRESH_MARGIN
from tests.fakes.accounts import FakeAccount

EXPIRES = datetime(2026, 12, 6, 20, 0, tzinfo=UTC)
SIGNED_IN = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def app_owned(name: str, account: FakeAccount) -> AccountRecord:
    return AccountRecord(
        name=name,
        account_type="oauth",
        source=CredentialSource.APP,
        saved_at=SIGNED_IN,
        credentials=account.credentials_json(int(EXPIRES.timestamp() * 1000)),
        email=account.email,
        signed_in_at=SIGNED_IN,
    )


def linked(name: str, config_dir: str | None = None) -> AccountRecord:
    return AccountRecord(
        name=name,
        account_type="oauth",
        source=CredentialSource.CLAUDE_CODE,
        saved_at=SIGNED_IN,
        config_dir=config_dir,
    )


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    store = tmp_path / "accounts.enc"
    store.write_bytes(b"CUTSTORE ciphertext one")
    store.chmod(0o600)
    return tmp_path / "accounts.index.json", store


def test_it_keeps_what_a_cached_answer_needs(files: tuple[Path, Path]) -> None:
    index, store = files
    work = FakeAccount(email="work@example.com")
    data = StoreData((app_owned("Work", work), linked("Linked", "~/.claude-work")))
    write_index(index, store.read_bytes(), data)
    first, second = read_index(index, store) or ()
    assert (first.id, first.name, first.email) == (data.accounts[0].id, "Work", work.email)
    assert first.token_key == token_key(work.access_token)
    assert first.renew_at == EXPIRES - REFRESH_MARGIN
    assert (first.sign_in_expires_at, first.sign_in_estimated) == (
        SIGNED_IN + SIGN_IN_LIFETIME,
        True,
    )
    assert first.config_dir is None
    # Claude Code's token is read from its folder when an answer is made, never kept here.
    assert (second.name, second.token_key, second.sign_in_expires_at) == ("Linked", None, None)
    assert second.config_dir == "~/.claude-work"  # as saved: ~ is expanded by the reader
    assert work.refresh_token not in index.read_text()


def test_other_store_bytes_make_it_worthless(files: tuple[Path, Path]) -> None:
    index, store = files
    write_index(index, store.read_bytes(), StoreData((linked("Old"),)))
    assert read_index(index, store) is not None
    store.write_bytes(b"CUTSTORE ciphertext two")
    assert read_index(index, store) is None
    store.unlink()
    assert read_index(index, store) is None


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_a_store_readable_by_others_is_left_to_the_full_path(files: tuple[Path, Path]) -> None:
    """The full path makes it private again and says so; the index must not skip that."""
    index, store = files
    write_index(index, store.read_bytes(), StoreData((linked("Old"),)))
    store.chmod(0o644)
    assert read_index(index, store) is None


@pytest.mark.parametrize(
    "change",
    [
        lambda entry: entry.update(token_key=5),
        lambda entry: entry.update(renew_at="yesterday"),
        lambda entry: entry.update(renew_at="2026-12-06T20:00:00"),  # naive
        lambda entry: entry.update(name=""),
        lambda entry: entry.update(extra=True),
        lambda entry: entry.pop("email"),
        lambda entry: entry.update(sign_in_estimated="no"),
        lambda entry: entry.update(config_dir=["~/.claude"]),
        lambda entry: entry.pop("config_dir"),
    ],
)
def test_a_damaged_entry_makes_the_whole_index_unusable(
    files: tuple[Path, Path], change: Callable[[dict[str, object]], object]
) -> None:
    index, store = files
    write_index(index, store.read_bytes(), StoreData((linked("A"), linked("B"))))
    document = json.loads(index.read_text())
    change(document["accounts"][1])
    index.write_text(json.dumps(document))
    assert read_index(index, store) is None


def test_an_unchanged_index_is_not_rewritten(files: tuple[Path, Path]) -> None:
    index, store = files
    data = StoreData((linked("A"),))
    write_index(index, store.read_bytes(), data)
    before = index.stat()
    write_index(index, store.read_bytes(), data)
    assert index.stat().st_ino == before.st_ino  # every write is a new file: none happened


def test_a_folder_it_cannot_write_costs_nothing_but_speed(
    files: tuple[Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    index, store = files
    index.mkdir()  # a folder in its place: the write fails, the store read must not
    with caplog.at_level(logging.INFO, logger="core.usage.account_index"):
        write_index(index, store.read_bytes(), StoreData((linked("A"),)))
    assert "Could not save the account index" in caplog.text
    assert index.is_dir()
    assert read_index(index, store) is None


def test_an_index_of_the_previous_version_is_not_used(files: tuple[Path, Path]) -> None:
    """Version 1 had no ``config_dir``: which folder a linked account reads is unknown."""
    index, store = files
    write_index(index, store.read_bytes(), StoreData((linked("A", "/elsewhere"),)))
    document = json.loads(index.read_text())
    document["version"] = 1
    for entry in document["accounts"]:
        del entry["config_dir"]
    index.write_text(json.dumps(document))
    assert read_index(index, store) is None

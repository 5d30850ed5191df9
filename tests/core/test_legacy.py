"""Reading the TypeScript claude-usage-core store (iv ‖ tag ‖ ciphertext, base64)."""

from __future__ import annotations

import base64
import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core.base.paths import legacy_store_path
from core.errors import StorageError
from core.models import CredentialSource
from core.store.keys import derive_machine_key, machine_id
from core.store.legacy import decrypt_legacy, legacy_store_available, read_legacy_store
from tests.core.legacy_data import (
    ADMIN_CREDENTIALS,
    OAUTH_CREDENTIALS,
    VECTOR_FILE,
    VECTOR_MACHINE_ID,
    VECTOR_PLAINTEXT,
    legacy_document,
    seal_legacy,
    write_legacy,
)


def test_vector_file_decrypts() -> None:
    plaintext = decrypt_legacy(VECTOR_FILE, derive_machine_key(VECTOR_MACHINE_ID))
    assert plaintext == VECTOR_PLAINTEXT


def test_vector_file_reads_as_no_accounts(tmp_path: Path) -> None:
    path = tmp_path / "accounts.enc"
    path.write_text(VECTOR_FILE + "\n")
    assert read_legacy_store(path, VECTOR_MACHINE_ID) == []


def test_records_are_converted(tmp_path: Path) -> None:
    path = write_legacy(tmp_path / "accounts.enc", legacy_document())
    before = path.read_bytes()

    work, org, personal = read_legacy_store(path, VECTOR_MACHINE_ID)

    assert (work.name, work.account_type, work.source) == ("Work", "oauth", CredentialSource.APP)
    assert work.credentials == OAUTH_CREDENTIALS
    assert work.email == "work@example.com"
    assert work.saved_at == datetime(2025, 6, 1, 10, 20, 30, 456000, tzinfo=UTC)
    assert (org.account_type, org.source) == ("admin", CredentialSource.ADMIN_KEY)
    assert org.credentials == ADMIN_CREDENTIALS
    assert org.email is None
    assert personal.source is CredentialSource.APP
    assert personal.saved_at.tzinfo is UTC  # unreadable date: "now" rather than failing
    assert path.read_bytes() == before  # read only


def test_incomplete_entries_are_skipped_without_logging_secrets(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    document = {
        "accounts": [
            "junk",
            {"credentials": OAUTH_CREDENTIALS},
            {"name": "NoCreds"},
            {"name": "  ", "credentials": OAUTH_CREDENTIALS},
            {"name": "Good", "credentials": OAUTH_CREDENTIALS},
        ],
        "activeAccountName": None,
    }
    path = write_legacy(tmp_path / "accounts.enc", document)
    with caplog.at_level(logging.WARNING):
        records = read_legacy_store(path, VECTOR_MACHINE_ID)
    assert [record.name for record in records] == ["Good"]
    assert len(caplog.records) == 4
    assert "LEGACY" not in caplog.text


def test_default_location_and_machine_id() -> None:
    assert not legacy_store_available()
    write_legacy(legacy_store_path(), legacy_document(), ident=machine_id())
    assert legacy_store_available()
    assert [record.name for record in read_legacy_store()] == ["Work", "Org", "Personal"]


def test_store_from_another_machine_is_a_clear_error(tmp_path: Path) -> None:
    path = write_legacy(tmp_path / "accounts.enc", legacy_document(), ident="other-machine")
    with pytest.raises(StorageError, match="another machine") as error:
        read_legacy_store(path, VECTOR_MACHINE_ID)
    assert "LEGACY" not in str(error.value)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="No claude-usage-core store"):
        read_legacy_store(tmp_path / "absent.enc", VECTOR_MACHINE_ID)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"\xff\xfe binary", "Could not read"),
        (b"!!! not base64 !!!", "not base64"),
        (base64.b64encode(b"short"), "truncated"),
        (VECTOR_FILE[:-8].encode() + b"AAAAAAA=", "cannot be decrypted"),
    ],
)
def test_damaged_files_are_clear_errors(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "accounts.enc"
    path.write_bytes(content)
    with pytest.raises(StorageError, match=fragment):
        read_legacy_store(path, VECTOR_MACHINE_ID)


@pytest.mark.parametrize(
    ("document", "fragment"),
    [([1, 2], "unexpected layout"), ({"accounts": "x"}, "unexpected layout")],
)
def test_unexpected_contents_are_clear_errors(
    tmp_path: Path, document: object, fragment: str
) -> None:
    path = write_legacy(tmp_path / "accounts.enc", document)
    with pytest.raises(StorageError, match=fragment):
        read_legacy_store(path, VECTOR_MACHINE_ID)


def test_plaintext_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "accounts.enc"
    path.write_text(seal_legacy(b"{nope"))
    with pytest.raises(StorageError, match="does not hold JSON"):
        read_legacy_store(path, VECTOR_MACHINE_ID)

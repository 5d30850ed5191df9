"""AccountManager: the TypeScript library's account rules over the encrypted store."""

from __future__ import annotations

import asyncio
import json
import secrets
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core.base.redact import redact_text
from core.errors import AccountExistsError, AccountNotFoundError, InvalidInputError, StorageError
from core.models import Account, AccountRecord, CredentialSource
from core.store.accounts import AccountManager
from core.store.storage import AccountStore
from tests.app_paths import app_paths
from tests.core.legacy_data import (
    OAUTH_CREDENTIALS,
    VECTOR_MACHINE_ID,
    legacy_document,
    write_legacy,
)


def record(name: str, credentials: str | None = "creds", **extra: object) -> AccountRecord:
    fields: dict[str, object] = {
        "account_type": "oauth",
        "source": CredentialSource.APP,
        "saved_at": datetime(2026, 3, 1, tzinfo=UTC),
        "credentials": credentials,
    }
    fields.update(extra)
    return AccountRecord(name=name, **fields)  # type: ignore[arg-type]


@pytest.fixture
def manager() -> AccountManager:
    return AccountManager(AccountStore(app_paths().store))


async def names(manager: AccountManager) -> list[str]:
    return [r.name for r in await manager.records()]


async def filled(manager: AccountManager, *account_names: str) -> AccountManager:
    for name in account_names:
        await manager.save(record(name))
    return manager


async def test_empty_store_lists_nothing(manager: AccountManager) -> None:
    assert await manager.records() == []
    assert await manager.list_accounts() == []
    assert await manager.active_name() is None


async def test_save_appends_in_insertion_order(manager: AccountManager) -> None:
    await filled(manager, "B", "A", "C")
    assert await names(manager) == ["B", "A", "C"]


async def test_save_of_an_existing_name_replaces_it_in_place(manager: AccountManager) -> None:
    await filled(manager, "A", "B", "C")
    await manager.switch("B")
    await manager.save(record("B", credentials="new", email="b@example.com"))

    assert await names(manager) == ["A", "B", "C"]
    replaced = await manager.get("B")
    assert (replaced.credentials, replaced.email) == ("new", "b@example.com")
    assert await manager.active_name() == "B"


async def test_names_keep_case_but_not_surrounding_space(manager: AccountManager) -> None:
    await filled(manager, "Work", "work", "Work ")  # the third replaces the first
    assert await names(manager) == ["Work", "work"]


async def test_empty_name_is_refused(manager: AccountManager) -> None:
    with pytest.raises(InvalidInputError):
        await manager.save(record("  "))
    await filled(manager, "A")
    with pytest.raises(InvalidInputError):
        await manager.rename("A", "")
    assert await names(manager) == ["A"]


async def test_list_accounts_marks_the_active_one(manager: AccountManager) -> None:
    await filled(manager, "A")
    await manager.save(
        record("B", email="b@example.com", account_id="id-b", plan="pro", credentials=None)
    )
    await manager.switch("B")

    accounts = await manager.list_accounts()

    ids = [record.id for record in await manager.records()]
    assert accounts == [
        Account(
            name="A",
            account_type="oauth",
            is_active=False,
            saved_at=datetime(2026, 3, 1, tzinfo=UTC),
            id=ids[0],
        ),
        Account(
            name="B",
            account_type="oauth",
            is_active=True,
            saved_at=datetime(2026, 3, 1, tzinfo=UTC),
            email="b@example.com",
            account_id="id-b",
            plan="pro",
            id=ids[1],
        ),
    ]
    assert len(set(ids)) == 2
    assert all(ids)


async def test_get_unknown_raises(manager: AccountManager) -> None:
    with pytest.raises(AccountNotFoundError, match="'Nope'"):
        await manager.get("Nope")


async def test_switch(manager: AccountManager) -> None:
    await filled(manager, "A", "B")
    await manager.switch("A")
    await manager.switch("B")
    assert await manager.active_name() == "B"


async def test_switch_to_unknown_raises_and_keeps_the_active(manager: AccountManager) -> None:
    await filled(manager, "A")
    await manager.switch("A")
    with pytest.raises(AccountNotFoundError):
        await manager.switch("Nope")
    assert await manager.active_name() == "A"


async def test_rename_keeps_position_and_the_active_marker_follows(
    manager: AccountManager,
) -> None:
    await filled(manager, "A", "B", "C")
    await manager.switch("B")
    await manager.rename("B", "Bee")
    assert await names(manager) == ["A", "Bee", "C"]
    assert await manager.active_name() == "Bee"
    assert (await manager.get("Bee")).credentials == "creds"


async def test_rename_of_an_inactive_account_keeps_the_active(manager: AccountManager) -> None:
    await filled(manager, "A", "B")
    await manager.switch("A")
    await manager.rename("B", "Bee")
    assert await manager.active_name() == "A"


async def test_rename_unknown_raises(manager: AccountManager) -> None:
    await filled(manager, "A")
    with pytest.raises(AccountNotFoundError):
        await manager.rename("Nope", "X")
    assert await names(manager) == ["A"]


async def test_rename_onto_another_account_raises_and_changes_nothing(
    manager: AccountManager,
) -> None:
    await filled(manager, "A", "B")
    await manager.switch("A")
    with pytest.raises(AccountExistsError, match="'B'"):
        await manager.rename("A", "B")
    assert await names(manager) == ["A", "B"]
    assert await manager.active_name() == "A"


async def test_rename_to_itself_is_a_no_op(manager: AccountManager) -> None:
    await filled(manager, "A")
    await manager.rename("A", "A")
    assert await names(manager) == ["A"]


async def test_delete_clears_the_active_marker(manager: AccountManager) -> None:
    await filled(manager, "A", "B", "C")
    await manager.switch("B")
    await manager.delete("B")
    assert await names(manager) == ["A", "C"]
    assert await manager.active_name() is None
    assert not any(account.is_active for account in await manager.list_accounts())


async def test_delete_of_an_inactive_account_keeps_the_active(manager: AccountManager) -> None:
    await filled(manager, "A", "B")
    await manager.switch("A")
    await manager.delete("B")
    assert await manager.active_name() == "A"


async def test_delete_unknown_raises(manager: AccountManager) -> None:
    await filled(manager, "A")
    with pytest.raises(AccountNotFoundError):
        await manager.delete("Nope")
    assert await names(manager) == ["A"]


async def test_a_deleted_name_can_be_saved_again_at_the_end(manager: AccountManager) -> None:
    await filled(manager, "A", "B")
    await manager.delete("A")
    await manager.save(record("A"))
    assert await names(manager) == ["B", "A"]


async def test_update_credentials_touches_only_that_account(manager: AccountManager) -> None:
    await filled(manager, "A", "B")
    before = await manager.get("B")
    await manager.update_credentials("A", "rotated")
    assert (await manager.get("A")).credentials == "rotated"
    assert await manager.get("B") == before
    assert await names(manager) == ["A", "B"]


async def test_update_credentials_of_unknown_raises(manager: AccountManager) -> None:
    with pytest.raises(AccountNotFoundError):
        await manager.update_credentials("Nope", "x")


async def test_concurrent_rotations_of_different_accounts_all_land(
    manager: AccountManager,
) -> None:
    await filled(manager, *(f"acc-{index}" for index in range(8)))
    await asyncio.gather(
        *(manager.update_credentials(f"acc-{index}", f"new-{index}") for index in range(8))
    )
    assert [r.credentials for r in await manager.records()] == [f"new-{i}" for i in range(8)]


async def test_update_profile_changes_only_what_is_given(manager: AccountManager) -> None:
    await manager.save(record("A", email="old@example.com", plan="pro"))
    await manager.update_profile("A", account_id="acc-1")
    updated = await manager.get("A")
    assert (updated.email, updated.account_id, updated.plan) == ("old@example.com", "acc-1", "pro")
    await manager.update_profile("A", email="new@example.com", plan="max")
    updated = await manager.get("A")
    assert (updated.email, updated.account_id, updated.plan) == ("new@example.com", "acc-1", "max")
    assert updated.credentials == "creds"


async def test_update_profile_of_unknown_raises(manager: AccountManager) -> None:
    with pytest.raises(AccountNotFoundError):
        await manager.update_profile("Nope", email="x@example.com")


async def test_changes_are_visible_to_another_manager(manager: AccountManager) -> None:
    other = AccountManager(AccountStore(manager.store.path))
    await filled(manager, "A")
    await other.save(record("B"))
    await manager.switch("B")
    assert await names(other) == ["A", "B"]
    assert await other.active_name() == "B"


async def test_storage_errors_propagate(manager: AccountManager) -> None:
    manager.store.path.parent.mkdir(parents=True)
    manager.store.path.write_bytes(b"garbage")
    with pytest.raises(StorageError):
        await manager.list_accounts()
    with pytest.raises(StorageError):
        await manager.save(record("A"))
    assert manager.store.path.read_bytes() == b"garbage"


# -- legacy import ---------------------------------------------------------------------------


async def test_import_legacy_appends_new_names(manager: AccountManager, tmp_path: Path) -> None:
    path = write_legacy(tmp_path / "legacy" / "accounts.enc", legacy_document())
    before = path.read_bytes()
    await filled(manager, "Mine")

    imported = await manager.import_legacy(path, machine_id=VECTOR_MACHINE_ID)

    assert imported == ["Work", "Org", "Personal"]
    assert await names(manager) == ["Mine", "Work", "Org", "Personal"]
    work = await manager.get("Work")
    assert (work.source, work.credentials) == (CredentialSource.APP, OAUTH_CREDENTIALS)
    assert (await manager.get("Org")).source is CredentialSource.ADMIN_KEY
    assert path.read_bytes() == before


async def test_import_legacy_skips_names_already_present(
    manager: AccountManager, tmp_path: Path
) -> None:
    path = write_legacy(tmp_path / "accounts.enc", legacy_document())
    await manager.save(record("Org", credentials="keep me"))

    assert await manager.import_legacy(path, machine_id=VECTOR_MACHINE_ID) == ["Work", "Personal"]
    assert (await manager.get("Org")).credentials == "keep me"
    assert await manager.import_legacy(path, machine_id=VECTOR_MACHINE_ID) == []
    assert await names(manager) == ["Org", "Work", "Personal"]


async def test_import_legacy_takes_a_repeated_name_once(
    manager: AccountManager, tmp_path: Path
) -> None:
    document = legacy_document()
    accounts = document["accounts"]
    assert isinstance(accounts, list)
    document["accounts"] = [*accounts, {**accounts[0], "credentials": "second copy"}]
    path = write_legacy(tmp_path / "accounts.enc", document)

    assert await manager.import_legacy(path, machine_id=VECTOR_MACHINE_ID) == [
        "Work",
        "Org",
        "Personal",
    ]
    reopened = AccountManager(AccountStore(manager.store.path))  # no in-process cache
    assert await names(reopened) == ["Work", "Org", "Personal"]
    assert (await reopened.get("Work")).credentials == OAUTH_CREDENTIALS


async def test_import_legacy_failure_changes_nothing(
    manager: AccountManager, tmp_path: Path
) -> None:
    await filled(manager, "Mine")
    path = write_legacy(tmp_path / "accounts.enc", legacy_document(), ident="elsewhere")
    with pytest.raises(StorageError, match="another machine"):
        await manager.import_legacy(path, machine_id=VECTOR_MACHINE_ID)
    with pytest.raises(StorageError, match="No claude-usage-core store"):
        await manager.import_legacy(tmp_path / "absent.enc", machine_id=VECTOR_MACHINE_ID)
    assert await names(manager) == ["Mine"]


# -- the stable id -------------------------------------------------------------------------------


async def test_rename_and_re_save_keep_the_id_delete_and_save_get_a_new_one(
    manager: AccountManager,
) -> None:
    await filled(manager, "A")
    original = (await manager.get("A")).id

    await manager.rename("A", "B")
    assert (await manager.get("B")).id == original
    await manager.save(record("B", credentials="a new sign-in"))
    assert (await manager.get("B")).id == original
    assert (await manager.get_by_id(original)).credentials == "a new sign-in"

    removed = await manager.delete("B")
    assert removed.id == original
    await manager.save(record("B"))
    assert (await manager.get("B")).id != original
    with pytest.raises(AccountNotFoundError):
        await manager.get_by_id(original)


async def test_modify_finds_the_account_by_id_after_a_rename(manager: AccountManager) -> None:
    await filled(manager, "A", "Other")
    key = (await manager.get("A")).id
    await manager.rename("A", "A2")

    seen: list[str | None] = []

    def change(current: AccountRecord) -> AccountRecord:
        seen.append(current.credentials)
        return AccountRecord(
            name="ignored",
            account_type="oauth",
            source=CredentialSource.APP,
            saved_at=current.saved_at,
            credentials="rotated",
            id="ignored-too",
        )

    saved = await manager.modify(key, change)

    assert seen == ["creds"]
    assert (saved.name, saved.id, saved.credentials) == ("A2", key, "rotated")
    assert (await manager.get("A2")).credentials == "rotated"
    assert (await manager.get("Other")).credentials == "creds"


async def test_modify_that_changes_nothing_writes_nothing(manager: AccountManager) -> None:
    await filled(manager, "A")
    key = (await manager.get("A")).id
    before = manager.store.path.read_bytes()
    assert (await manager.modify(key, lambda current: current)).name == "A"
    assert manager.store.path.read_bytes() == before


async def test_modify_of_a_deleted_account_says_so(manager: AccountManager) -> None:
    await filled(manager, "A")
    key = (await manager.get("A")).id
    await manager.delete("A")
    with pytest.raises(AccountNotFoundError, match="deleted"):
        await manager.modify(key, lambda current: current)


async def test_reading_the_store_registers_its_secrets_for_redaction() -> None:
    """A process that only reads the store (a fresh CLI run) already redacts every token and
    key in it by value, whatever their shape — a record that would not parse included."""
    marker = secrets.token_hex(8)
    wrapped, inner, admin, odd = (f"{kind}Secret{marker}WXYZ" for kind in "ABCD")
    saved = [
        record("Wrapped", json.dumps({"claudeAiOauth": {"accessToken": wrapped}})),
        record("Inner", json.dumps({"accessToken": inner, "refreshToken": None})),
        record("Org", json.dumps({"adminApiKey": admin}), account_type="admin"),
        record("Odd", json.dumps({"claudeAiOauth": {"accessToken": odd, "scopes": 7}})),
        record("Junk", "{not json"),
    ]
    writer = AccountManager(AccountStore(app_paths().store))
    for each in saved:
        await writer.save(each)
    text = " ".join((wrapped, inner, admin, odd))
    assert redact_text(text) == text  # nothing known yet: this process never read them

    await AccountManager(AccountStore(app_paths().store)).records()

    shown = redact_text(text)
    assert marker not in shown
    assert shown.count("…WXYZ") == 4

"""The encrypted account store: format, tamper detection, keys, atomicity, locking."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import filelock
import keyring
import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from keyring.backends import fail

from core.errors import KeyUnavailableError, StorageError
from core.models import AccountRecord, CredentialSource
from core.store.keys import StoreKey, SystemKeyProvider, derive_machine_key, machine_id
from core.store.storage import (
    FORMAT_VERSION,
    HEADER_SIZE,
    MAGIC,
    AccountStore,
    Protection,
    StoreData,
)
from tests.app_paths import app_paths
from tests.conftest import REPO_ROOT
from tests.fakes.keyring_backend import FileKeyring, LockedKeyring

SECRET = "sk-ant-oat01-SECRETSECRETSECRET-abcd"
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def make_record(name: str, credentials: str | None = SECRET, **extra: object) -> AccountRecord:
    fields: dict[str, object] = {
        "account_type": "oauth",
        "source": CredentialSource.APP,
        "saved_at": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
        "credentials": credentials,
    }
    fields.update(extra)
    return AccountRecord(name=name, **fields)  # type: ignore[arg-type]


def put(*records: AccountRecord, active: str | None = None) -> Callable[[StoreData], StoreData]:
    return lambda _data: StoreData(records, active)


@pytest.fixture
def store() -> AccountStore:
    return AccountStore(app_paths().store)


@pytest.fixture
def saved(store: AccountStore) -> AccountStore:
    store.update(put(make_record("Work"), make_record("Home"), active="Work"))
    return store


def key_of(store: AccountStore) -> StoreKey:
    blob = store.path.read_bytes()
    protection = Protection.KEYRING if blob[len(MAGIC) + 1] == 1 else Protection.MACHINE
    return SystemKeyProvider().existing_key(protection, blob[len(MAGIC) + 2 : HEADER_SIZE])


def seal(store: AccountStore, plaintext: bytes) -> None:
    """Write a correctly encrypted file holding arbitrary plaintext (to test parsing)."""
    key = key_of(store)
    header = store.path.read_bytes()[:HEADER_SIZE]
    nonce = os.urandom(12)
    store.path.write_bytes(header + nonce + AESGCM(key.secret).encrypt(nonce, plaintext, header))


def flip(path: Path, offset: int) -> None:
    blob = bytearray(path.read_bytes())
    blob[offset] ^= 0x01
    path.write_bytes(bytes(blob))


def expect_untouched(store: AccountStore, error: type[StorageError] = StorageError) -> str:
    """Reading and updating both fail, the change is never applied, the file is unchanged."""
    before = store.path.read_bytes()
    with pytest.raises(error) as read_error:
        store.read()

    def change(data: StoreData) -> StoreData:
        raise AssertionError("change must not run on a store that cannot be read")

    with pytest.raises(error):
        store.update(change)
    assert store.path.read_bytes() == before
    assert SECRET not in str(read_error.value)
    return str(read_error.value)


# -- format and round trip -------------------------------------------------------------------


def test_default_path_is_inside_the_data_home() -> None:
    assert app_paths().store == app_paths().home / "accounts.enc"


def test_missing_store_reads_empty_without_creating_anything(store: AccountStore) -> None:
    assert store.read() == StoreData()
    assert not store.path.parent.exists()


def test_round_trip_keeps_every_field_and_order(store: AccountStore) -> None:
    records = (
        make_record("Zeta", email="z@example.com", account_id="acc-1", plan="max"),
        make_record(
            "Ünïcode ☃",
            credentials=None,
            source=CredentialSource.CLAUDE_CODE,
            config_dir="/home/u/.claude",
        ),
        make_record(
            "Org",
            credentials='{"adminApiKey": "sk-ant-admin01-x"}',
            account_type="admin",
            source=CredentialSource.ADMIN_KEY,
            saved_at=datetime(2026, 5, 1, 12, 0, tzinfo=timezone(timedelta(hours=2))),
        ),
    )
    written = store.update(put(*records, active="Org"))

    reread = AccountStore(store.path).read()
    assert reread == written == StoreData(records, "Org")
    assert [r.name for r in reread.accounts] == ["Zeta", "Ünïcode ☃", "Org"]
    assert reread.accounts[2].saved_at.tzinfo is UTC
    assert reread.accounts[2].saved_at == datetime(2026, 5, 1, 10, 0, tzinfo=UTC)


def test_file_is_encrypted_with_an_authenticated_header(saved: AccountStore) -> None:
    blob = saved.path.read_bytes()
    assert blob.startswith(MAGIC)
    assert blob[len(MAGIC)] == FORMAT_VERSION
    assert SECRET.encode() not in blob
    assert b"Work" not in blob
    assert saved.protection is Protection.KEYRING


def test_every_write_uses_a_fresh_nonce(store: AccountStore) -> None:
    nonces = set()
    for index in range(5):
        store.update(put(make_record(f"A{index}")))
        nonces.add(store.path.read_bytes()[HEADER_SIZE : HEADER_SIZE + 12])
    assert len(nonces) == 5


def test_an_unchanged_update_does_not_rewrite(saved: AccountStore) -> None:
    before = saved.path.read_bytes()
    assert saved.update(lambda data: data) == saved.read()
    assert saved.path.read_bytes() == before


def test_an_error_inside_the_change_writes_nothing(saved: AccountStore) -> None:
    before = saved.path.read_bytes()

    def change(data: StoreData) -> StoreData:
        raise ValueError("caller's own error")

    with pytest.raises(ValueError, match="caller's own error"):
        saved.update(change)
    assert saved.path.read_bytes() == before


def test_a_change_that_repeats_a_name_is_refused_and_writes_nothing(saved: AccountStore) -> None:
    before = saved.path.read_bytes()
    with pytest.raises(StorageError, match="name twice"):
        saved.update(put(make_record("Work"), make_record("Work")))
    assert saved.path.read_bytes() == before
    assert AccountStore(saved.path).read().names == ["Work", "Home"]


def test_reprs_hold_no_secret(saved: AccountStore) -> None:
    assert SECRET not in repr(saved.read())
    assert SECRET not in repr(saved)
    assert key_of(saved).secret.hex() not in repr(key_of(saved))


# -- damaged, tampered, foreign files ----------------------------------------------------------


def test_wrong_key_is_a_clear_error_and_nothing_is_overwritten(saved: AccountStore) -> None:
    key = key_of(saved)
    entry = f"store-key-{key.key_id.hex()}"
    keyring.set_password("claude-usage-tray", entry, "A" * 43 + "=")  # another 32-byte key
    message = expect_untouched(AccountStore(saved.path))  # a process that did not cache the key
    assert "cannot be decrypted" in message


@pytest.mark.parametrize("where", ["ciphertext", "tag", "nonce", "protection", "key id"])
def test_tampering_anywhere_is_detected(saved: AccountStore, where: str) -> None:
    size = saved.path.stat().st_size
    offset = {
        "ciphertext": HEADER_SIZE + 12 + 3,
        "tag": size - 1,
        "nonce": HEADER_SIZE + 1,
        "protection": len(MAGIC) + 1,
        "key id": HEADER_SIZE - 1,
    }[where]
    flip(saved.path, offset)
    expect_untouched(saved)


@pytest.mark.parametrize("length", [0, 5, len(MAGIC) + 1, HEADER_SIZE + 12, -1])
def test_truncated_file_is_a_clear_error(saved: AccountStore, length: int) -> None:
    blob = saved.path.read_bytes()
    saved.path.write_bytes(blob[:length])
    message = expect_untouched(saved)
    assert any(word in message for word in ("truncated", "damaged", "cannot be decrypted"))


def test_newer_format_version_is_refused_not_overwritten(saved: AccountStore) -> None:
    blob = bytearray(saved.path.read_bytes())
    blob[len(MAGIC)] = FORMAT_VERSION + 1
    saved.path.write_bytes(bytes(blob))
    assert "update the app" in expect_untouched(saved)


def test_unknown_protection_kind_is_refused(saved: AccountStore) -> None:
    blob = bytearray(saved.path.read_bytes())
    blob[len(MAGIC) + 1] = 9
    saved.path.write_bytes(bytes(blob))
    assert "unknown protection" in expect_untouched(saved)


def test_not_our_format_is_a_clear_error(store: AccountStore) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(b"hello, this is a text file\n")
    assert "not a Claude Usage Tray account store" in expect_untouched(store)


def test_a_legacy_store_gets_an_import_hint(store: AccountStore) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text("AAECAwQFBgcICQoLK/93ApBFA/R34pSrBY09lhXkXAPMVEQH3vaClFFccTP8kJnwtTf2")
    assert "claude-usage-core" in expect_untouched(store)


def test_store_path_that_is_a_folder(store: AccountStore) -> None:
    store.path.mkdir(parents=True)
    with pytest.raises(StorageError, match="is a folder"):
        store.read()


@pytest.mark.parametrize(
    ("plaintext", "fragment"),
    [
        (b"not json", "not JSON"),
        (b"[]", "unexpected layout"),
        (b'{"accounts": {}}', "unexpected layout"),
        (b'{"accounts": [7]}', "'entry'"),
        (b'{"accounts": [{"name": ""}]}', "'name'"),
        (b'{"accounts": [{"name": "A", "account_type": "x"}]}', "'account_type'"),
        (
            b'{"accounts": [{"name": "A", "account_type": "oauth", "source": "?"}]}',
            "'source'",
        ),
        (
            b'{"accounts": [{"name": "A", "account_type": "oauth", "source": "app",'
            b' "saved_at": "yesterday"}]}',
            "'saved_at'",
        ),
        (
            b'{"accounts": [{"name": "A", "account_type": "oauth", "source": "app",'
            b' "saved_at": "2026-01-01T00:00:00+00:00", "credentials": 5}]}',
            "'credentials'",
        ),
    ],
)
def test_invalid_contents_are_a_clear_error(
    saved: AccountStore, plaintext: bytes, fragment: str
) -> None:
    seal(saved, plaintext)
    assert fragment in expect_untouched(saved)


def test_duplicate_names_are_refused(saved: AccountStore) -> None:
    entry = {"name": "A", "account_type": "oauth", "source": "app", "saved_at": "2026-01-01"}
    seal(saved, json.dumps({"accounts": [entry, entry]}).encode())
    assert "twice" in expect_untouched(saved)


def test_tolerant_reading_of_naive_times_dangling_active_and_extra_fields(
    saved: AccountStore,
) -> None:
    entry = {
        "name": "A",
        "account_type": "oauth",
        "source": "app",
        "saved_at": "2026-01-01T08:00:00",
        "future_field": [1, 2],
    }
    seal(saved, json.dumps({"accounts": [entry], "active": "Gone", "extra": 1}).encode())
    data = saved.read()
    assert data.active is None
    assert data.accounts[0].saved_at == datetime(2026, 1, 1, 8, tzinfo=UTC)


def test_secret_values_never_reach_error_messages(saved: AccountStore) -> None:
    seal(saved, json.dumps({"accounts": [{"name": SECRET}], "active": None}).encode())
    message = expect_untouched(saved)
    assert "'account_type'" in message


def test_reset_keeps_the_damaged_file_aside_and_allows_a_fresh_start(saved: AccountStore) -> None:
    flip(saved.path, HEADER_SIZE + 20)
    damaged = saved.path.read_bytes()

    backup = saved.reset()

    assert backup is not None
    assert backup.read_bytes() == damaged
    assert "corrupt-" in backup.name
    assert saved.read() == StoreData()
    saved.update(put(make_record("Fresh")))
    assert saved.read().names == ["Fresh"]
    assert backup.read_bytes() == damaged
    assert saved.reset() is not None
    assert AccountStore(saved.path).reset() is None


def test_reset_twice_in_one_second_keeps_both_backups(saved: AccountStore) -> None:
    first = saved.reset()
    saved.update(put(make_record("Again")))
    second = saved.reset()
    assert first is not None
    assert second is not None
    assert first != second
    assert first.exists()
    assert second.exists()


# -- keys ----------------------------------------------------------------------------------


def test_keyring_store_never_gets_a_new_key_when_the_keyring_is_locked(
    saved: AccountStore,
) -> None:
    keyring.set_keyring(LockedKeyring())
    locked = AccountStore(saved.path)
    message = expect_untouched(locked, KeyUnavailableError)
    assert "Unlock the keyring" in message
    assert locked.protection is Protection.KEYRING


def test_keyring_store_never_falls_back_when_no_keyring_is_left(saved: AccountStore) -> None:
    keyring.set_keyring(fail.Keyring())
    expect_untouched(AccountStore(saved.path), KeyUnavailableError)


def test_keyring_store_whose_entry_was_deleted(saved: AccountStore) -> None:
    keyring.delete_password("claude-usage-tray", f"store-key-{key_of(saved).key_id.hex()}")
    message = expect_untouched(AccountStore(saved.path), KeyUnavailableError)
    assert "missing from the system keyring" in message


def test_falls_back_to_the_machine_key_without_a_usable_keyring(store: AccountStore) -> None:
    keyring.set_keyring(fail.Keyring())
    assert store.protection is Protection.MACHINE
    store.update(put(make_record("Work")))

    assert store.protection is Protection.MACHINE
    blob = store.path.read_bytes()
    nonce, header = blob[HEADER_SIZE : HEADER_SIZE + 12], blob[:HEADER_SIZE]
    plaintext = AESGCM(derive_machine_key(machine_id())).decrypt(
        nonce, blob[HEADER_SIZE + 12 :], header
    )
    assert json.loads(plaintext)["accounts"][0]["name"] == "Work"


def test_falls_back_when_the_keyring_refuses_to_store(store: AccountStore) -> None:
    keyring.set_keyring(LockedKeyring())
    store.update(put(make_record("Work")))
    assert store.protection is Protection.MACHINE
    assert store.read().names == ["Work"]


def test_machine_store_stays_machine_when_a_keyring_appears(store: AccountStore) -> None:
    keyring.set_keyring(fail.Keyring())
    store.update(put(make_record("Work")))
    keyring.set_keyring(FileKeyring())
    reopened = AccountStore(store.path)
    reopened.update(put(make_record("Work"), make_record("Home")))
    assert reopened.protection is Protection.MACHINE
    assert reopened.read().names == ["Work", "Home"]


def test_each_store_has_its_own_keyring_entry(tmp_path: Path) -> None:
    first, second = AccountStore(tmp_path / "a" / "s.enc"), AccountStore(tmp_path / "b" / "s.enc")
    first.update(put(make_record("A")))
    second.update(put(make_record("B")))
    assert key_of(first).key_id != key_of(second).key_id
    assert key_of(first).secret != key_of(second).secret
    assert first.read().names == ["A"]
    assert second.read().names == ["B"]


@pytest.mark.secret_service
def test_real_secret_service_holds_the_key(
    secret_service_keyring: keyring.backend.KeyringBackend, tmp_path: Path
) -> None:
    store = AccountStore(tmp_path / "ss" / "accounts.enc")
    assert store.protection is Protection.KEYRING
    work = make_record("Work")
    store.update(put(work, active="Work"))

    assert store.protection is Protection.KEYRING
    key_id = store.path.read_bytes()[len(MAGIC) + 2 : HEADER_SIZE]
    entry = secret_service_keyring.get_password("claude-usage-tray", f"store-key-{key_id.hex()}")
    assert entry is not None
    assert len(entry) == 44
    assert AccountStore(store.path).read() == StoreData((work,), "Work")


# -- files, folders, failures ------------------------------------------------------------------


@POSIX_ONLY
def test_file_folder_and_lock_are_private(saved: AccountStore) -> None:
    assert stat.S_IMODE(saved.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(saved.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(saved.lock_path.stat().st_mode) == 0o600


@POSIX_ONLY
def test_loose_data_folder_is_tightened() -> None:
    paths = app_paths()
    paths.home.mkdir(mode=0o755)
    paths.home.chmod(0o755)
    AccountStore(paths.store, private_root=paths.private_root).update(put(make_record("A")))
    assert stat.S_IMODE(paths.home.stat().st_mode) == 0o700


@POSIX_ONLY
def test_a_chosen_existing_folder_keeps_its_mode_but_the_file_is_private(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    store = AccountStore(shared / "accounts.enc")
    store.update(put(make_record("A")))
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


@POSIX_ONLY
def test_a_new_folder_for_a_chosen_path_is_private(tmp_path: Path) -> None:
    store = AccountStore(tmp_path / "new" / "deeper" / "accounts.enc")
    store.update(put(make_record("A")))
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


def test_folder_that_cannot_be_created_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the folder should be")
    store = AccountStore(blocker / "sub" / "accounts.enc")
    with pytest.raises(StorageError, match="Could not create the folder"):
        store.update(put(make_record("A")))


@POSIX_ONLY
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores modes")
def test_read_only_folder_is_a_storage_error(saved: AccountStore) -> None:
    before = saved.path.read_bytes()
    saved.path.parent.chmod(0o500)
    try:
        with pytest.raises(StorageError):
            saved.update(put(make_record("New")))
    finally:
        saved.path.parent.chmod(0o700)
    assert saved.path.read_bytes() == before


def test_failure_between_write_and_rename_keeps_the_old_store(
    saved: AccountStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = saved.read()

    def crash(source: object, target: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(StorageError, match="previous version is unchanged"):
        saved.update(put(make_record("Lost")))
    monkeypatch.undo()

    assert saved.read() == before
    assert [p.name for p in saved.path.parent.iterdir() if p.suffix == ".tmp"] == []


def test_failed_fsync_keeps_the_old_store(
    saved: AccountStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = saved.path.read_bytes()

    def no_space(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(StorageError, match="No space left"):
        saved.update(put(make_record("Lost")))
    monkeypatch.undo()
    assert saved.path.read_bytes() == before


def test_leftover_temp_files_are_harmless_and_cleaned(saved: AccountStore) -> None:
    leftover = saved.path.parent / f".{saved.path.name}.crashed.tmp"
    leftover.write_bytes(b"half a store")
    assert saved.read().names == ["Work", "Home"]
    saved.update(put(make_record("Next")))
    assert not leftover.exists()


def test_lock_held_too_long_is_a_clear_error(saved: AccountStore) -> None:
    impatient = AccountStore(saved.path, lock_timeout=0.05)
    before = saved.path.read_bytes()
    with filelock.FileLock(saved.lock_path):
        with pytest.raises(StorageError, match="locked"):
            impatient.update(put(make_record("X")))
        assert impatient.read().names == ["Work", "Home"]  # reading needs no lock
    assert saved.path.read_bytes() == before


# -- other processes -------------------------------------------------------------------------


def start_worker(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.core.storage_worker", *args],
        cwd=REPO_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_together(*workers: subprocess.Popen[str]) -> None:
    """Start every worker's work at the same moment, then wait for all of them."""
    for worker in workers:
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready", worker.stderr
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    for worker in workers:
        _out, err = worker.communicate(timeout=90)
        assert worker.returncode == 0, err


def test_two_processes_adding_accounts_lose_nothing(store: AccountStore) -> None:
    run_together(
        start_worker(str(store.path), "add", "tray", "30"),
        start_worker(str(store.path), "add", "cli", "30"),
    )
    names = store.read().names
    assert len(names) == 60
    for prefix in ("tray", "cli"):
        mine = [name for name in names if name.startswith(prefix)]
        assert mine == [f"{prefix}-{index}" for index in range(30)]  # each keeps its order


def test_two_processes_rotating_different_accounts_keep_both(store: AccountStore) -> None:
    store.update(put(make_record("A"), make_record("B"), make_record("C"), active="C"))
    run_together(
        start_worker(str(store.path), "rotate", "A", "30"),
        start_worker(str(store.path), "rotate", "B", "30"),
    )
    data = store.read()
    assert [record.credentials for record in data.accounts] == [
        "A-rotation-29",
        "B-rotation-29",
        SECRET,
    ]
    assert data.active == "C"


def test_writer_killed_between_write_and_rename_leaves_the_old_store(
    saved: AccountStore,
) -> None:
    before = saved.read()
    worker = start_worker(str(saved.path), "stall")
    assert worker.stdout is not None
    assert worker.stdout.readline().strip() == "stalled"
    leftovers = [p for p in saved.path.parent.iterdir() if p.suffix == ".tmp"]
    assert len(leftovers) == 1  # the new version, fully written, not yet renamed
    worker.kill()
    worker.communicate(timeout=30)

    assert AccountStore(saved.path).read() == before
    saved.update(put(make_record("Next")))
    assert saved.read().names == ["Next"]
    assert not leftovers[0].exists()


def test_killing_a_writer_at_random_points_never_breaks_the_store(store: AccountStore) -> None:
    """SIGKILL lands at a different point of the cycle each round (after 0–4 concurrent
    reads, which must all see a whole store too); the store always opens, old or new."""
    store.update(put(make_record("gen-0")))
    for round_number in range(10):
        worker = start_worker(str(store.path), "churn")
        assert worker.stdout is not None
        written = int(worker.stdout.readline())
        for _ in range(round_number % 5):
            assert AccountStore(store.path).read().accounts[0].name.startswith("gen-")
        worker.kill()
        worker.communicate(timeout=30)

        data = AccountStore(store.path).read()
        assert len(data.accounts) == 1
        assert int(data.accounts[0].name.removeprefix("gen-")) >= written

    store.update(put(make_record("after")))
    assert store.read().names == ["after"]
    assert [p for p in store.path.parent.iterdir() if p.suffix == ".tmp"] == []


# -- stable account ids ------------------------------------------------------------------------


def _pre_id_entry(name: str) -> dict[str, object]:
    """An account as stores written before ids existed hold it."""
    return {
        "name": name,
        "account_type": "oauth",
        "source": "app",
        "saved_at": "2026-01-01T08:00:00+00:00",
        "credentials": SECRET,
    }


def test_every_new_record_gets_its_own_id_and_keeps_it(store: AccountStore) -> None:
    work, home = make_record("Work"), make_record("Home")
    store.update(put(work, home))
    assert work.id != home.id
    assert [record.id for record in AccountStore(store.path).read().accounts] == [work.id, home.id]


def test_a_store_from_before_ids_reads_with_ids_every_process_agrees_on(
    saved: AccountStore,
) -> None:
    seal(saved, json.dumps({"accounts": [_pre_id_entry("A"), _pre_id_entry("B")]}).encode())
    first, second = saved.read(), AccountStore(saved.path).read()  # two processes reading
    ids = [record.id for record in first.accounts]
    assert ids == [record.id for record in second.accounts]
    assert len(set(ids)) == 2
    assert first.accounts[0].credentials == SECRET  # nothing lost in the migration


def test_the_first_write_stores_the_ids_so_a_rename_cannot_change_them(
    saved: AccountStore,
) -> None:
    seal(saved, json.dumps({"accounts": [_pre_id_entry("A")]}).encode())
    (before,) = saved.read().accounts

    saved.update(lambda data: StoreData((replace(data.accounts[0], name="A2"),), None))

    (after,) = AccountStore(saved.path).read().accounts
    assert (after.name, after.id) == ("A2", before.id)
    assert after.credentials == SECRET


@pytest.mark.parametrize("bad_id", ["", 5, None])
def test_a_bad_or_repeated_id_is_a_clear_error(saved: AccountStore, bad_id: object) -> None:
    if bad_id is None:  # the same id on two accounts
        entries = [{**_pre_id_entry(name), "id": "same"} for name in ("A", "B")]
        fragment = "id twice"
    else:
        entries = [{**_pre_id_entry("A"), "id": bad_id}]
        fragment = "'id'"
    seal(saved, json.dumps({"accounts": entries}).encode())
    assert fragment in expect_untouched(saved)


def test_a_change_that_repeats_an_id_is_refused(saved: AccountStore) -> None:
    work = saved.read().accounts[0]
    twin = replace(make_record("Twin"), id=work.id)
    with pytest.raises(StorageError, match="share one id"):
        saved.update(lambda data: replace(data, accounts=(*data.accounts, twin)))
    assert [record.name for record in saved.read().accounts] == ["Work", "Home"]


def test_account_lock_files_are_private_and_named_without_the_id(saved: AccountStore) -> None:
    work = saved.read().accounts[0]
    path = saved.account_lock_path(work.id)
    assert path.parent == saved.path.with_name("accounts.enc.locks")
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert work.id not in path.name
    assert saved.account_lock_path("../../etc/passwd").parent == path.parent

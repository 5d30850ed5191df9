"""Checks a self-test runs on ``core`` itself: can this installation encrypt a store and
read it back, and is the price table there?

Meant for a frozen bundle (PyInstaller drops what it cannot see imported: ``cryptography``'s
bindings, ``core``'s data files), called by ``claude-usage-tray --self-test``. Nothing
outside ``folder`` is touched: the store is written with a throwaway in-memory key, never
the user's keyring or accounts.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from pathlib import Path

from core.admin.pricing import default_price_table
from core.models import AccountRecord, CredentialSource
from core.store.keys import KEY_ID_SIZE, KEY_SIZE, Protection, StoreKey
from core.store.storage import AccountStore, StoreData

__all__ = ["check_price_table", "check_store_round_trip"]


class _ThrowawayKey:
    """A :class:`core.store.keys.KeyProvider` with one random in-memory key."""

    def __init__(self) -> None:
        self.key = StoreKey(
            Protection.KEYRING, secrets.token_bytes(KEY_ID_SIZE), secrets.token_bytes(KEY_SIZE)
        )

    def existing_key(self, protection: Protection, key_id: bytes) -> StoreKey:
        return self.key

    def new_key(self) -> StoreKey:
        return self.key

    def preferred_protection(self) -> Protection:
        return self.key.protection


def check_store_round_trip(folder: Path) -> str:
    """Write one account into a new store in ``folder`` and read it back; raises when the
    two differ (or the store cannot be written), else says what was checked."""
    record = AccountRecord(
        name="self-test",
        account_type="oauth",
        source=CredentialSource.APP,
        saved_at=datetime.now(UTC),
        credentials="{}",
    )
    store = AccountStore(folder / "accounts.enc", key_provider=_ThrowawayKey())
    store.update(lambda data: StoreData((*data.accounts, record), record.name))
    back = store.read()
    if back.accounts != (record,) or back.active != record.name:
        raise RuntimeError("the account read back differs from the one written")
    return "encrypted write + read round trip"


def check_price_table() -> str:
    """Load ``core/admin/prices.json`` (a data file a bundle must carry)."""
    table = default_price_table()
    if not table.models:
        raise RuntimeError("core/admin/prices.json has no models")
    return f"{len(table.models)} models"

"""Checks a self-test runs on ``core``'s own parts: can this installation encrypt a store
and read it back, is the price table there, can it make an HTTPS context, and which keyring
would hold the store's key?

Meant for a frozen bundle (PyInstaller drops what it cannot see imported: ``cryptography``'s
bindings, ``core``'s data files, the CA bundle, keyring's entry points and its per-OS
backends), called by ``claude-usage-tray --self-test``. Each returns a short line saying what
it found, or raises. Nothing is written outside the folder given: the store is written with a
throwaway in-memory key, never the user's keyring or accounts.
"""

from __future__ import annotations

import importlib
import secrets
import sys
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from core.admin.pricing import default_price_table
from core.models import AccountRecord, CredentialSource
from core.store.keys import KEY_ID_SIZE, KEY_SIZE, Protection, StoreKey
from core.store.storage import AccountStore, StoreData

__all__ = ["check_https", "check_keyring", "check_price_table", "check_store_round_trip"]


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


def check_catalogues() -> str:
    """Core's compiled gettext catalogues are there (the CLI's words): German, tried whatever
    the language of this machine, translates a known word."""
    import gettext

    from core.base.translation import DOMAIN, LANGUAGES, LOCALE_DIR

    german = gettext.translation(DOMAIN, localedir=LOCALE_DIR, languages=["de"])
    if german.gettext("Session") != "Sitzung":
        raise RuntimeError(f"core's German catalogue in {LOCALE_DIR} does not translate 'Session'")
    found = [code for code in LANGUAGES if gettext.find(DOMAIN, LOCALE_DIR, [code])]
    return f"{len(found)} of {len(LANGUAGES)} gettext catalogues"


def check_https() -> str:
    """Build httpx's TLS context, which loads the CA bundle a frozen app must carry."""
    import certifi
    import httpx

    httpx.create_ssl_context()
    return Path(certifi.where()).name


def _native_keyring_module() -> str:
    if sys.platform == "darwin":
        return "keyring.backends.macOS"
    if sys.platform == "win32":
        return "keyring.backends.Windows"
    return "keyring.backends.SecretService"


def check_keyring() -> str:
    """keyring's backend entry points are there, this OS's backend imports, and which one
    ``keyring`` would use for the store's key (nothing is read from or written to it)."""
    import keyring
    import keyring.backend

    if not list(metadata.entry_points(group="keyring.backends")):
        raise RuntimeError("keyring's backend entry points are missing (no package metadata)")
    native = _native_keyring_module()
    importlib.import_module(native)
    if native.endswith("SecretService"):
        importlib.import_module("secretstorage")
    rings = keyring.backend.get_all_keyring()
    viable = [type(ring).__module__.rsplit(".", 1)[-1] for ring in rings]
    chosen = type(keyring.get_keyring()).__module__
    return f"native {native} importable; viable: {', '.join(viable) or 'none'}; in use: {chosen}"

"""Read the TypeScript ``claude-usage-core`` store so its accounts can be imported.

That library keeps ``~/.claude-usage/accounts.enc`` as ``base64(iv[12] ‖ tag[16] ‖ ciphertext)``,
AES-256-GCM without associated data, keyed from the machine id (anthropic-api.md §6). Note
the tag sits *before* the ciphertext there, whereas ``AESGCM`` wants ``ciphertext ‖ tag``.

The legacy file is only ever read, never changed: people may still use the old library.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from core.base.paths import legacy_store_path
from core.errors import InvalidInputError, StorageError
from core.models import AccountRecord, CredentialSource
from core.names import normalize_account_name
from core.store.keys import derive_machine_key
from core.store.keys import machine_id as system_machine_id

__all__ = ["decrypt_legacy", "legacy_store_available", "read_legacy_store"]

log = logging.getLogger(__name__)

_IV_SIZE = 12
_TAG_SIZE = 16
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def legacy_store_available(path: Path | None = None) -> bool:
    """True when a claude-usage-core store exists (so the app can offer to import it)."""
    return (path or legacy_store_path()).is_file()


def read_legacy_store(
    path: Path | None = None, machine_id: str | None = None
) -> list[AccountRecord]:
    """The legacy store's accounts, in its order, as app-owned (or admin-key) records.

    Entries that lack credentials, or whose name breaks :mod:`core.names`' rule (the old
    library accepted any string), cannot be imported and are skipped with a warning naming
    the reason; names are normalised (NFC, trimmed). A file that cannot be decrypted or
    parsed is a StorageError.
    """
    where = path or legacy_store_path()
    try:
        text = where.read_text(encoding="ascii")
    except FileNotFoundError:
        raise StorageError(f"No claude-usage-core store at {where}.") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not a text file"
        raise StorageError(
            f"Could not read the claude-usage-core store {where}: {reason}."
        ) from None
    ident = machine_id if machine_id is not None else system_machine_id()
    plaintext = decrypt_legacy(text, derive_machine_key(ident), where)
    return _records(plaintext, where)


def decrypt_legacy(text: str, key: bytes, where: Path | str = "the legacy store") -> bytes:
    """Decrypt the TypeScript format: base64 of IV, then tag, then ciphertext."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise StorageError(f"{where} is not a claude-usage-core store (not base64).") from None
    if len(raw) < _IV_SIZE + _TAG_SIZE:
        raise StorageError(f"The claude-usage-core store {where} is truncated.")
    iv, tag, body = (
        raw[:_IV_SIZE],
        raw[_IV_SIZE : _IV_SIZE + _TAG_SIZE],
        raw[_IV_SIZE + _TAG_SIZE :],
    )
    try:
        return AESGCM(key).decrypt(iv, body + tag, None)
    except InvalidTag:
        raise StorageError(
            f"The claude-usage-core store {where} cannot be decrypted: it was written on "
            f"another machine, or it is damaged."
        ) from None


def _records(plaintext: bytes, where: Path) -> list[AccountRecord]:
    try:
        document = json.loads(plaintext)
    except ValueError:
        raise StorageError(f"The claude-usage-core store {where} does not hold JSON.") from None
    entries = document.get("accounts") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise StorageError(f"The claude-usage-core store {where} has an unexpected layout.")
    records = []
    for index, entry in enumerate(entries):
        try:
            records.append(_record(entry))
        except InvalidInputError as exc:
            log.warning("Skipping account #%d of the claude-usage-core store: %s", index + 1, exc)
    return records


def _record(entry: object) -> AccountRecord:
    if not isinstance(entry, dict):
        raise InvalidInputError("not an object")
    credentials = entry.get("credentials")
    if not isinstance(credentials, str):
        raise InvalidInputError("no credentials")
    name = normalize_account_name(entry.get("name"))
    admin = entry.get("accountType") == "admin"  # absent means oauth, as in the old library
    email = entry.get("email")
    return AccountRecord(
        name=name,
        account_type="admin" if admin else "oauth",
        # The old library kept (and refreshed) its own copy of the login: the app owns it now.
        source=CredentialSource.ADMIN_KEY if admin else CredentialSource.APP,
        saved_at=_saved_at(entry.get("savedAt")),
        credentials=credentials,
        email=email if isinstance(email, str) and email else None,
    )


def _saved_at(value: object) -> datetime:
    """The entry's ``savedAt``, or now when it is missing or unusable. A date at the edge
    of the calendar (year 1 east of UTC, year 9999 west of it) has no UTC equivalent, and
    one outside 1970…now could not have been written by the old library; either would
    break later when shown in local time."""
    now = datetime.now(UTC)
    if not isinstance(value, str):
        return now
    try:
        moment = datetime.fromisoformat(value)
        moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except (ValueError, OverflowError):
        return now
    return moment if _EPOCH <= moment <= now + timedelta(days=1) else now

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
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from core.errors import StorageError
from core.keys import derive_machine_key
from core.keys import machine_id as system_machine_id
from core.models import AccountRecord, CredentialSource
from core.paths import legacy_store_path

__all__ = ["decrypt_legacy", "legacy_store_available", "read_legacy_store"]

log = logging.getLogger(__name__)

_IV_SIZE = 12
_TAG_SIZE = 16


def legacy_store_available(path: Path | None = None) -> bool:
    """True when a claude-usage-core store exists (so the app can offer to import it)."""
    return (path or legacy_store_path()).is_file()


def read_legacy_store(
    path: Path | None = None, machine_id: str | None = None
) -> list[AccountRecord]:
    """The legacy store's accounts, in its order, as app-owned (or admin-key) records.

    Entries that lack a name or credentials cannot be imported and are skipped with a
    warning; a file that cannot be decrypted or parsed is a StorageError.
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
        record = _record(entry)
        if record is None:
            log.warning(
                "Skipping account #%d of the claude-usage-core store: incomplete", index + 1
            )
        else:
            records.append(record)
    return records


def _record(entry: object) -> AccountRecord | None:
    if not isinstance(entry, dict):
        return None
    name, credentials = entry.get("name"), entry.get("credentials")
    if not isinstance(name, str) or not name.strip() or not isinstance(credentials, str):
        return None
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
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return datetime.now(UTC)

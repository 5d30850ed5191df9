"""A plaintext index of the saved accounts, so a cached answer needs no keyring.

``claude-usage usage`` run moments after another poll answers from the saved snapshots,
but to know which accounts exist (and which token each would be polled with) it had to
open the encrypted store: the keyring over D-Bus, the cryptography library and a decrypt,
most of a cached run. This index (``accounts.index.json`` beside the store) holds what that
answer needs and nothing secret: each account's id, name, type, email, plan and sign-in
deadline, and of its token only what the gate's shared files already hold — its SHA-256
key (:func:`core.usage.poll_records.token_key`) — and when the token would be renewed. Of
an account linked to Claude Code's login it holds the Claude Code folder it reads instead:
that token is Claude Code's, read from there by the cached answer itself.

It is written by whoever decrypts or writes the store (:class:`AccountStore`'s
``on_contents``), and it names the SHA-256 of the store file's bytes it was made from.
A reader trusts it only while the store file still has exactly those bytes: any change —
an account added, renamed, deleted, a token rotated, the file replaced or damaged — makes
it worthless until the next full read writes it again, so it can be late but never wrong.
Stores of this app are rewritten whole with a fresh nonce on every change, so equal bytes
mean equal contents.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from core.base.atomic import write_atomic
from core.base.strict_json import moment, opt_text, text

if TYPE_CHECKING:
    from core.models import AccountRecord
    from core.store.storage import StoreData

__all__ = ["INDEX_FILENAME", "IndexedAccount", "index_entry", "read_index", "write_index"]

log = logging.getLogger(__name__)

INDEX_FILENAME = "accounts.index.json"
INDEX_VERSION = 2  # 2: config_dir
_MAX_STORE_BYTES = 16 << 20  # far above any real store; a bigger file there is not ours


class IndexedAccount(NamedTuple):
    """One saved account as a cached answer needs it (no secret in any field).

    ``token_key`` and ``renew_at`` are set only for an account whose token the store holds
    (signed in or pasted here); an admin key or an unusable sign-in has ``token_key`` None
    and is never answered from the index. An account linked to Claude Code's login has
    them None here too: its token is Claude Code's, read from ``config_dir`` (the folder
    as saved; None: Claude Code's current one) when an answer is made.
    ``renew_at``: when the token manager would start renewing that token (None: never).
    """

    id: str
    name: str
    account_type: str
    source: str
    email: str | None
    plan: str | None
    account_id: str | None
    token_key: str | None
    renew_at: datetime | None
    sign_in_expires_at: datetime | None
    sign_in_estimated: bool
    config_dir: str | None


def store_fingerprint(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()


def index_entry(record: AccountRecord) -> IndexedAccount:
    """``record`` without its secrets: what a cached answer needs of it."""
    # The rules of the full path itself (imported here: readers of the index never build one).
    from core.errors import InvalidInputError
    from core.models import CredentialSource
    from core.usage.fetcher import sign_in_deadline
    from core.usage.parsing import parse_claude_credentials
    from core.usage.poll_records import token_key
    from core.usage.tokens import REFRESH_MARGIN

    key = renew_at = None
    if record.account_type == "oauth" and record.source is CredentialSource.APP:
        try:
            creds = parse_claude_credentials(record.credentials or "")
        except InvalidInputError:
            creds = None
        if creds is not None:
            key = token_key(creds.access_token)
            renew_at = creds.expires_at - REFRESH_MARGIN if creds.expires_at else None
    deadline = sign_in_deadline(record, None) if key is not None else None
    return IndexedAccount(
        id=record.id,
        name=record.name,
        account_type=record.account_type,
        source=record.source.value,
        email=record.email,
        plan=record.plan,
        account_id=record.account_id,
        token_key=key,
        renew_at=renew_at,
        sign_in_expires_at=deadline[0] if deadline else None,
        sign_in_estimated=deadline[1] if deadline else False,
        config_dir=record.config_dir if record.source is CredentialSource.CLAUDE_CODE else None,
    )


def write_index(path: Path, blob: bytes, data: StoreData) -> None:
    """Record ``data`` (what the store file's ``blob`` decrypts to) at ``path``, unless it
    is there already. Best effort, never raising into the store's read: a failure only
    means slower cached answers."""
    try:
        payload = _index_bytes(blob, data)
        if _read_bytes(path) != payload:
            write_atomic(path, payload, durable=False)  # a cache: rebuilt by the next read
    except OSError as exc:
        log.info("Could not save the account index: %s", exc)
    except Exception:  # a bug here must not break reading the store
        log.warning("Could not build the account index", exc_info=True)


def _index_bytes(blob: bytes, data: StoreData) -> bytes:
    document = {
        "version": INDEX_VERSION,
        "store_sha256": store_fingerprint(blob),
        "accounts": [_encode(index_entry(record)) for record in data.accounts],
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def read_index(path: Path, store: Path) -> tuple[IndexedAccount, ...] | None:
    """The accounts of the store file ``store`` as its index at ``path`` lists them, or
    None when the index is missing, damaged, or was made from other bytes than the store
    file has now (or the store is missing, or readable by others, which the full path
    repairs and reports)."""
    blob = _store_bytes(store)
    if blob is None:
        return None
    try:
        document = json.loads(_read_bytes(path) or b"null")
        if not isinstance(document, dict) or document.get("version") != INDEX_VERSION:
            return None
        if document.get("store_sha256") != store_fingerprint(blob):
            return None
        return tuple(_decode(item) for item in document["accounts"])
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _store_bytes(store: Path) -> bytes | None:
    try:
        with store.open("rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if not stat.S_ISREG(mode) or (os.name == "posix" and mode & 0o077):
                return None
            return handle.read(_MAX_STORE_BYTES + 1)
    except OSError:
        return None


def _encode(entry: IndexedAccount) -> dict[str, Any]:
    document = entry._asdict()
    for field in ("renew_at", "sign_in_expires_at"):
        when = document[field]
        document[field] = when.isoformat() if when is not None else None
    return document


def _decode(item: object) -> IndexedAccount:
    """Strict: any field of the wrong kind makes the whole index unusable (ValueError)."""
    if not isinstance(item, dict) or set(item) != set(IndexedAccount._fields):
        raise ValueError("not an index entry")
    if not isinstance(item["sign_in_estimated"], bool):
        raise ValueError("sign_in_estimated is not a boolean")
    return IndexedAccount(
        id=_text(item["id"]),
        name=_text(item["name"]),
        account_type=_text(item["account_type"]),
        source=_text(item["source"]),
        email=opt_text(item["email"]),
        plan=opt_text(item["plan"]),
        account_id=opt_text(item["account_id"]),
        token_key=opt_text(item["token_key"]),
        renew_at=moment(item["renew_at"]),
        sign_in_expires_at=moment(item["sign_in_expires_at"]),
        sign_in_estimated=item["sign_in_estimated"],
        config_dir=opt_text(item["config_dir"]),
    )


def _text(value: object) -> str:
    """Ids and names: a string, never empty."""
    result = text(value)
    if not result:
        raise ValueError("empty text")
    return result

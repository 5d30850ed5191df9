"""The encrypted account store: one file, AES-256-GCM, rewritten atomically under a lock.

File layout (version 1)::

    magic "CUTSTORE" (8) | version (1) | protection (1) | key id (16) | nonce (12) | ciphertext‖tag

The 26-byte header is authenticated as associated data, so flipping the protection byte or
the key id is caught like any other tampering. The plaintext is the JSON of
:class:`StoreData`. A fresh random nonce is used for every write.

The tray and the CLI may run at once, so every change is a read-modify-write done under a
cross-process lock on a sibling ``.lock`` file: neither loses the other's update. Writes go to
a temporary file in the same folder which is fsynced and then renamed over the store, so a
crash leaves the old store or the new one, never half of either. A store that cannot be
decrypted or parsed is never overwritten.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import filelock
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from core.base.atomic import write_atomic
from core.base.paths import STORE_FILE_NAME, ensure_private_dir
from core.errors import StorageError
from core.models import AccountRecord, CredentialSource
from core.store.keys import KEY_ID_SIZE, KeyProvider, Protection, StoreKey, SystemKeyProvider

__all__ = [
    "FORMAT_VERSION",
    "MAGIC",
    "STORE_FILE_NAME",
    "AccountStore",
    "Protection",
    "StoreData",
]

log = logging.getLogger(__name__)

MAGIC = b"CUTSTORE"
FORMAT_VERSION = 1
NONCE_SIZE = 12
TAG_SIZE = 16
HEADER_SIZE = len(MAGIC) + 2 + KEY_ID_SIZE
DEFAULT_LOCK_TIMEOUT = 30.0

_PROTECTION_CODES = {Protection.KEYRING: 1, Protection.MACHINE: 2}
_PROTECTION_BY_CODE = {code: protection for protection, code in _PROTECTION_CODES.items()}


@dataclass(frozen=True, slots=True)
class StoreData:
    """Everything the store holds: accounts in insertion order and the active account's name."""

    accounts: tuple[AccountRecord, ...] = ()
    active: str | None = None

    def find(self, name: str) -> AccountRecord | None:
        return next((record for record in self.accounts if record.name == name), None)

    def find_id(self, account_id: str) -> AccountRecord | None:
        """The account with this stable id (:attr:`AccountRecord.id`), whatever its name."""
        return next((record for record in self.accounts if record.id == account_id), None)

    @property
    def names(self) -> list[str]:
        return [record.name for record in self.accounts]


@dataclass(frozen=True, slots=True)
class _Header:
    protection: Protection
    key_id: bytes

    def encode(self) -> bytes:
        code = _PROTECTION_CODES[self.protection]
        return MAGIC + bytes([FORMAT_VERSION, code]) + self.key_id


class AccountStore:
    """The encrypted file holding saved accounts (see the module docstring for the format)."""

    def __init__(
        self,
        path: Path,
        *,
        key_provider: KeyProvider | None = None,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        private_root: Path | None = None,
        on_contents: Callable[[bytes, StoreData], None] | None = None,
    ) -> None:
        """``on_contents`` is told the file's bytes and what they decrypt to whenever this
        object learns them (bytes it had not decrypted before, or its own write): the
        plaintext account index (core.usage.account_index) is kept that way."""
        self.path = Path(path)
        self._on_contents = on_contents
        self._private_root = private_root  # see core.base.paths.ensure_private_dir
        self._keys: KeyProvider = key_provider or SystemKeyProvider()
        self._lock_timeout = lock_timeout
        # The last blob seen and what it decrypts to: every fetch reads the store, and
        # decoding 50 accounts each time cost more than the fetches' own work. Comparing
        # the bytes (not mtime) keeps it exact when another process rewrites the file.
        self._last: tuple[bytes, StoreData, StoreKey] | None = None

    def __repr__(self) -> str:
        return f"AccountStore({str(self.path)!r})"

    @property
    def lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

    def account_lock_path(self, account_id: str) -> Path:
        """The lock one account's token refresh holds across processes (see core.usage.tokens).

        Created in a private folder next to the store; ``account_id`` is a hex id, never a
        name, so it is always a safe file name.
        """
        self._ensure_folder()
        folder = self.path.with_name(self.path.name + ".locks")
        try:
            ensure_private_dir(folder, owned_root=self._private_root)
        except OSError as exc:
            raise StorageError(f"Could not create the lock folder {folder}: {exc}") from None
        return folder / f"{hashlib.sha256(account_id.encode()).hexdigest()[:32]}.lock"

    @property
    def protection(self) -> Protection:
        """How the store's key is protected (before the first write: how it would be).

        Raises StorageError when the file exists but is not a readable store.
        """
        blob = self._read_file()
        if blob is None:
            return self._keys.preferred_protection()
        return self._parse_header(blob).protection

    def read(self) -> StoreData:
        """The store's contents; an empty store when the file does not exist yet."""
        blob = self._read_file()
        return StoreData() if blob is None else self._decrypt(blob)[0]

    def update(self, change: Callable[[StoreData], StoreData]) -> StoreData:
        """Apply ``change`` to the current contents and save the result, all under the lock.

        ``change`` sees the latest state on disk (written by any process); whatever it raises
        propagates and nothing is written.
        """
        self._ensure_folder()
        with self._locked():
            self._remove_stale_temp_files()
            blob = self._read_file()
            current, key = (StoreData(), None) if blob is None else self._decrypt(blob)
            changed = change(current)
            if changed != current:
                self._check_writable(changed)
                self._write(changed, key or self._keys.new_key())
            return changed

    def reset(self) -> Path | None:
        """Move the store aside as a timestamped backup so a fresh one can be started.

        For a store that can no longer be opened (damaged, key lost). The old file is kept,
        never deleted; returns where it went, or None when there was no store.
        """
        self._ensure_folder()
        with self._locked():
            if not self.path.exists():
                return None
            backup = self._backup_path()
            try:
                os.replace(self.path, backup)
            except OSError as exc:
                raise StorageError(
                    f"Could not move the account store aside: {exc.strerror}"
                ) from None
            log.warning("Moved the account store aside to %s", backup)
            return backup

    # -- reading -------------------------------------------------------------------------

    def _read_file(self) -> bytes | None:
        _make_private(self.path)
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return None
        except IsADirectoryError:
            raise StorageError(f"The account store path {self.path} is a folder.") from None
        except OSError as exc:
            raise StorageError(
                f"Could not read the account store {self.path}: {exc.strerror}"
            ) from None

    def _parse_header(self, blob: bytes) -> _Header:
        if not blob.startswith(MAGIC):
            raise StorageError(self._foreign_message(blob))
        if len(blob) < HEADER_SIZE + NONCE_SIZE + TAG_SIZE:
            raise StorageError(f"The account store {self.path} is truncated.")
        version, code = blob[len(MAGIC)], blob[len(MAGIC) + 1]
        if version != FORMAT_VERSION:
            raise StorageError(
                f"The account store {self.path} has format version {version}, which this "
                f"version of Claude Usage Tray cannot read; update the app."
            )
        protection = _PROTECTION_BY_CODE.get(code)
        if protection is None:
            raise StorageError(f"The account store {self.path} has an unknown protection kind.")
        return _Header(protection, blob[len(MAGIC) + 2 : HEADER_SIZE])

    def _foreign_message(self, blob: bytes) -> str:
        if not blob:
            return f"The account store {self.path} is empty (damaged)."
        if _looks_like_legacy(blob):
            return (
                f"{self.path} looks like a claude-usage-core (TypeScript) store, not a Claude "
                f"Usage Tray store; import it instead of opening it."
            )
        return f"{self.path} is not a Claude Usage Tray account store."

    def _decrypt(self, blob: bytes) -> tuple[StoreData, StoreKey]:
        last = self._last
        if last is not None and last[0] == blob:
            return last[1], last[2]
        data, key = self._decrypt_blob(blob)
        self._learned(blob, data, key)
        return data, key

    def _decrypt_blob(self, blob: bytes) -> tuple[StoreData, StoreKey]:
        header = self._parse_header(blob)
        key = self._keys.existing_key(header.protection, header.key_id)
        nonce = blob[HEADER_SIZE : HEADER_SIZE + NONCE_SIZE]
        try:
            plaintext = AESGCM(key.secret).decrypt(
                nonce, blob[HEADER_SIZE + NONCE_SIZE :], header.encode()
            )
        except InvalidTag:
            raise StorageError(
                f"The account store {self.path} cannot be decrypted: it was damaged or altered, "
                f"or the key is not the one it was written with. It was left untouched."
            ) from None
        return decode_store(plaintext, self.path), key

    # -- writing -------------------------------------------------------------------------

    def _ensure_folder(self) -> None:
        """Create the folder 0700 (an existing folder not ours is left as it is)."""
        folder = self.path.parent
        try:
            ensure_private_dir(folder, owned_root=self._private_root)
        except OSError as exc:
            raise StorageError(
                f"Could not create the folder {folder} for the account store: "
                f"{exc.strerror or type(exc).__name__}"
            ) from None

    @contextmanager
    def _locked(self) -> Iterator[None]:
        lock = filelock.FileLock(self.lock_path, timeout=self._lock_timeout, mode=0o600)
        try:
            lock.acquire()
        except filelock.Timeout:
            raise StorageError(
                f"Another program kept the account store locked for over "
                f"{self._lock_timeout:g} s ({self.lock_path}); try again."
            ) from None
        except OSError as exc:
            raise StorageError(f"Could not lock the account store: {exc.strerror}") from None
        try:
            yield
        finally:
            lock.release()

    def _check_writable(self, data: StoreData) -> None:
        """Refuse what :func:`decode_store` would refuse: a store written with a name twice
        could never be opened again."""
        if len(set(data.names)) != len(data.accounts):
            raise StorageError(
                f"Refused to save the account store {self.path}: it would list an account "
                f"name twice. The previous version is unchanged."
            )
        if len({record.id for record in data.accounts}) != len(data.accounts):
            raise StorageError(
                f"Refused to save the account store {self.path}: two accounts would share "
                f"one id. The previous version is unchanged."
            )

    def _write(self, data: StoreData, key: StoreKey) -> None:
        header = _Header(key.protection, key.key_id).encode()
        nonce = os.urandom(NONCE_SIZE)
        blob = header + nonce + AESGCM(key.secret).encrypt(nonce, encode_store(data), header)
        try:
            write_atomic(self.path, blob)
        except OSError as exc:
            raise StorageError(
                f"Could not save the account store {self.path}: "
                f"{exc.strerror or type(exc).__name__}. The previous version is unchanged."
            ) from None
        self._learned(blob, data, key)

    def _learned(self, blob: bytes, data: StoreData, key: StoreKey) -> None:
        self._last = (blob, data, key)
        if self._on_contents is not None:
            self._on_contents(blob, data)

    def _remove_stale_temp_files(self) -> None:
        """Temp files left by a writer that crashed; safe to remove since we hold the lock."""
        for leftover in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            try:
                leftover.unlink()
            except OSError:
                log.debug("Could not remove leftover %s", leftover)

    def _backup_path(self) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        candidate = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        counter = 1
        while candidate.exists():
            candidate = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{counter}")
            counter += 1
        return candidate


def _make_private(path: Path) -> None:
    """A store copied by hand or restored from a backup may have come back readable by
    others (0644): encrypted or not, it is nobody else's business. Fixed on sight, and
    said, since someone else may already have read it (POSIX only: Windows has ACLs)."""
    if os.name != "posix":
        return
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode) or not mode & 0o077:
            return
        os.chmod(path, 0o600)
    except OSError as exc:
        if not isinstance(exc, FileNotFoundError):
            log.warning("Could not make the account store %s private: %s", path, exc.strerror)
        return
    log.warning(
        "The account store %s was readable by other users (mode %03o); it is now 0600 (yours only)",
        path,
        stat.S_IMODE(mode),
    )


def _looks_like_legacy(blob: bytes) -> bool:
    text = blob.strip()
    alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
    return len(text) > 40 and all(byte in alphabet for byte in text)


# -- plaintext ---------------------------------------------------------------------------


def encode_store(data: StoreData) -> bytes:
    """The JSON plaintext of ``data`` (secrets included: only ever encrypted)."""
    document = {
        "accounts": [_encode_record(record) for record in data.accounts],
        "active": data.active,
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def _encode_record(record: AccountRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "name": record.name,
        "account_type": record.account_type,
        "source": record.source.value,
        "saved_at": record.saved_at.astimezone(UTC).isoformat(),
        "credentials": record.credentials,
        "email": record.email,
        "account_id": record.account_id,
        "plan": record.plan,
        "config_dir": record.config_dir,
        "signed_in_at": _iso_or_none(record.signed_in_at),
    }


def _iso_or_none(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment is not None else None


def decode_store(plaintext: bytes, path: Path) -> StoreData:
    """Parse decrypted JSON strictly; errors name the bad field, never its value."""
    try:
        document = json.loads(plaintext)
    except ValueError:
        raise StorageError(
            f"The account store {path} decrypted to something that is not JSON."
        ) from None
    if not isinstance(document, dict) or not isinstance(document.get("accounts"), list):
        raise StorageError(f"The account store {path} has an unexpected layout.")
    records = tuple(
        _decode_record(item, index, path) for index, item in enumerate(document["accounts"])
    )
    names = [record.name for record in records]
    if len(set(names)) != len(names):
        raise StorageError(f"The account store {path} lists an account name twice.")
    if len({record.id for record in records}) != len(records):
        raise StorageError(f"The account store {path} lists an account id twice.")
    active = document.get("active")
    return StoreData(records, active if isinstance(active, str) and active in names else None)


def _decode_record(item: object, index: int, path: Path) -> AccountRecord:
    def bad(field_name: str) -> StorageError:
        return StorageError(
            f"Account #{index + 1} in the account store {path} has a bad {field_name!r}."
        )

    if not isinstance(item, dict):
        raise bad("entry")
    name = item.get("name")
    if not isinstance(name, str) or not name:
        raise bad("name")
    account_type = item.get("account_type")
    if account_type not in ("oauth", "admin"):
        raise bad("account_type")
    try:
        source = CredentialSource(str(item.get("source")))
    except ValueError:
        raise bad("source") from None
    texts = {key: _optional_text(item, key, bad) for key in _OPTIONAL_TEXT}
    saved_at = _parse_time(item.get("saved_at"), bad)
    return AccountRecord(
        id=_record_id(item, name, saved_at, bad),
        name=name,
        account_type="admin" if account_type == "admin" else "oauth",
        source=source,
        saved_at=saved_at,
        credentials=texts["credentials"],
        email=texts["email"],
        account_id=texts["account_id"],
        plan=texts["plan"],
        config_dir=texts["config_dir"],
        signed_in_at=_optional_time(item, "signed_in_at", bad),
    )


_OPTIONAL_TEXT = ("credentials", "email", "account_id", "plan", "config_dir")


def _record_id(
    item: dict[str, object], name: str, saved_at: datetime, bad: Callable[[str], StorageError]
) -> str:
    """The stored id; for a record saved before ids existed, one derived from what it was
    saved as. Derived, not random, so every process reading the old store agrees on it
    until the first write stores it for good (a rename then cannot change it)."""
    value = item.get("id")
    if value is None:
        seed = f"{name}\0{saved_at.isoformat()}".encode()
        return hashlib.sha256(seed).hexdigest()[:32]
    if not isinstance(value, str) or not value:
        raise bad("id")
    return value


def _optional_text(
    item: dict[str, object], key: str, bad: Callable[[str], StorageError]
) -> str | None:
    value = item.get(key)
    if value is not None and not isinstance(value, str):
        raise bad(key)
    return value


def _optional_time(
    item: dict[str, object], key: str, bad: Callable[[str], StorageError]
) -> datetime | None:
    """A time field added after the first stores were written: absent reads as None."""
    value = item.get(key)
    return None if value is None else _parse_time(value, bad, key)


def _parse_time(
    value: object, bad: Callable[[str], StorageError], key: str = "saved_at"
) -> datetime:
    if not isinstance(value, str):
        raise bad(key)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise bad(key) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)

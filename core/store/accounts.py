"""Saved accounts with the TypeScript library's rules, on top of :class:`AccountStore`.

The rules: accounts keep insertion order; saving a name that exists replaces that account
in place (keeping its stable id: the same account with a new login); the active marker
follows a rename and is cleared when its account is deleted;
unknown names raise :class:`AccountNotFoundError`; renaming onto another account's name
raises :class:`AccountExistsError`. Names follow :mod:`core.names`: new names must pass its
rule, and every lookup compares normalised names, so ``Café`` typed decomposed (NFD) finds
the account saved precomposed (NFC).

Every change is one locked read-modify-write of the store (run in a worker thread so the
event loop never waits on disk or the keyring), so the tray and the CLI can both change
accounts, and refresh tokens, without losing each other's updates.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

from core.base.batching import Batch, shared_read
from core.base.redact import remember_secret
from core.errors import AccountExistsError, AccountNotFoundError, InvalidInputError
from core.models import Account, AccountRecord
from core.names import account_name_key, normalize_account_name
from core.store.legacy import read_legacy_store
from core.store.storage import AccountStore, StoreData

__all__ = ["AccountManager"]

_Change = Callable[[StoreData], StoreData]


class AccountManager:
    """Async access to the saved accounts; the single writer API over the store."""

    def __init__(self, store: AccountStore) -> None:
        self.store = store
        self._secrets_seen: StoreData | None = None
        # Concurrent fetches read the store together: one file read (and, when it changed,
        # one decrypt) for all the accounts of a refresh, not one per account.
        self._reads: Batch[None, StoreData] = shared_read(lambda: self.store.read())

    def __repr__(self) -> str:
        return f"AccountManager({self.store!r})"

    async def records(self) -> list[AccountRecord]:
        """Every saved account with its credentials, in storage order."""
        return list((await self._read()).accounts)

    async def get(self, name: str) -> AccountRecord:
        return _require(await self._read(), name)

    async def get_by_id(self, account_id: str) -> AccountRecord:
        """The account with this stable id, whatever it is called now."""
        return _require_id(await self._read(), account_id)

    async def active_name(self) -> str | None:
        return (await self._read()).active

    async def list_accounts(self) -> list[Account]:
        """Every saved account as shown to callers (no secrets), in storage order."""
        data = await self._read()
        return [_account(record, record.name == data.active) for record in data.accounts]

    async def save(self, record: AccountRecord) -> None:
        """Add ``record``, or replace the account of that name where it stands."""
        record = dataclasses.replace(record, name=normalize_account_name(record.name))
        await self._update(lambda data: _upsert(data, record))

    async def switch(self, name: str) -> None:
        """Make ``name`` the active account."""

        def change(data: StoreData) -> StoreData:
            return dataclasses.replace(data, active=_require(data, name).name)

        await self._update(change)

    async def rename(self, old: str, new: str) -> tuple[str, str]:
        """Rename in place; the active marker follows. Returns both names as stored."""
        new = normalize_account_name(new)
        renamed: list[str] = []

        def change(data: StoreData) -> StoreData:
            renamed[:] = [_require(data, old).name]
            return _rename(data, old, new)

        await self._update(change)
        return renamed[0], new

    async def delete(self, name: str) -> AccountRecord:
        """Remove an account and return it as it was stored (``name`` may have been typed
        un-normalised); if it was active, no account is active afterwards."""
        removed: list[AccountRecord] = []

        def change(data: StoreData) -> StoreData:
            removed[:] = [_require(data, name)]
            stored = removed[0].name
            kept = tuple(record for record in data.accounts if record.name != stored)
            return StoreData(kept, None if data.active == stored else data.active)

        await self._update(change)
        return removed[0]

    async def update_credentials(self, name: str, credentials: str) -> None:
        """Store rotated credentials for one account without touching any other."""
        await self._update(lambda data: _modify(data, name, credentials=credentials))

    async def modify(
        self, account_id: str, change: Callable[[AccountRecord], AccountRecord]
    ) -> AccountRecord:
        """Replace one account by ``change(current)``, all under the store lock; return it.

        Found by its stable id, so a rename by another process meanwhile does not matter;
        ``change`` sees the record as it is on disk now, which is what makes a
        compare-and-swap possible (return the record unchanged to leave it alone).
        """
        saved: list[AccountRecord] = []

        def update(data: StoreData) -> StoreData:
            current = _require_id(data, account_id)
            new = dataclasses.replace(change(current), id=current.id, name=current.name)
            saved[:] = [new]
            accounts = tuple(new if kept is current else kept for kept in data.accounts)
            return dataclasses.replace(data, accounts=accounts)

        await self._update(update)
        return saved[0]

    async def update_profile(
        self,
        name: str,
        *,
        email: str | None = None,
        account_id: str | None = None,
        plan: str | None = None,
        key: str | None = None,
    ) -> None:
        """Fill in profile details; a None argument leaves that detail as it was.

        With ``key`` (the record's stable id) the account is found by it instead of by
        ``name``, so a rename by another process meanwhile cannot misfile the details.
        """
        given = {"email": email, "account_id": account_id, "plan": plan}
        fields = {field: value for field, value in given.items() if value is not None}
        if key is None:
            await self._update(lambda data: _modify(data, name, **fields))
        else:
            await self.modify(key, lambda record: dataclasses.replace(record, **fields))  # type: ignore[arg-type]

    async def import_legacy(
        self, path: Path | None = None, *, machine_id: str | None = None
    ) -> list[str]:
        """Copy accounts from a claude-usage-core store; names already saved are skipped.

        Returns the names imported. The legacy file is only read.
        """
        legacy = await asyncio.to_thread(read_legacy_store, path, machine_id)
        imported: list[str] = []

        def change(data: StoreData) -> StoreData:
            taken = {account_name_key(name) for name in data.names}
            fresh = []
            for record in legacy:  # a hand-edited legacy file may repeat a name: first wins
                if record.name not in taken:  # legacy names come normalised
                    taken.add(record.name)
                    fresh.append(record)
            imported.extend(record.name for record in fresh)
            return dataclasses.replace(data, accounts=data.accounts + tuple(fresh))

        await self._update(change)
        return imported

    async def _read(self) -> StoreData:
        data = await self._reads(None)
        if data is not self._secrets_seen:  # the store hands back one object until it changes
            _remember_secrets(data)
            self._secrets_seen = data
        return data

    async def _update(self, change: _Change) -> StoreData:
        return await asyncio.to_thread(self.store.update, change)


def _remember_secrets(data: StoreData) -> None:
    """Register every token and key the store holds for redaction by value (core.base.redact):
    from here on the process holds them, whether or not it uses them."""
    for record in data.accounts:
        for secret in _secrets_in(record.credentials):
            remember_secret(secret)


_SECRET_FIELDS = ("accessToken", "refreshToken", "adminApiKey")


def _secrets_in(credentials: str | None) -> list[str]:
    """The tokens and keys in a record's credentials JSON — Claude Code's ``claudeAiOauth``
    object (or that object saved alone) or ``{"adminApiKey": …}`` — read leniently: a
    record that would not parse still has its secrets redacted."""
    try:
        document = json.loads(credentials) if credentials else None
    except (ValueError, RecursionError):
        return []
    if not isinstance(document, dict):
        return []
    inner = document.get("claudeAiOauth")
    fields = [document, *([inner] if isinstance(inner, dict) else [])]
    return [
        value
        for part in fields
        for key in _SECRET_FIELDS
        if isinstance(value := part.get(key), str)
    ]


def _find(data: StoreData, name: str) -> AccountRecord | None:
    """The account whose name equals ``name`` once both are normalised (a store written
    before names were normalised may hold an NFD name)."""
    exact = data.find(name)
    if exact is not None:
        return exact
    key = account_name_key(name)
    return next((r for r in data.accounts if account_name_key(r.name) == key), None)


def _require(data: StoreData, name: str) -> AccountRecord:
    if not isinstance(name, str):
        raise InvalidInputError("An account name must be text")
    record = _find(data, name)
    if record is None:
        raise AccountNotFoundError(name)
    return record


def _require_id(data: StoreData, account_id: str) -> AccountRecord:
    record = data.find_id(account_id)
    if record is None:
        raise AccountNotFoundError(account_id, "This account was deleted meanwhile")
    return record


def _upsert(data: StoreData, record: AccountRecord) -> StoreData:
    existing = _find(data, record.name)
    if existing is None:
        return dataclasses.replace(data, accounts=(*data.accounts, record))
    kept_id = dataclasses.replace(record, id=existing.id)
    accounts = tuple(kept_id if kept is existing else kept for kept in data.accounts)
    active = record.name if data.active == existing.name else data.active
    return StoreData(accounts, active)


def _rename(data: StoreData, old: str, new: str) -> StoreData:
    old = _require(data, old).name
    if new == old:
        return data
    clash = _find(data, new)
    if clash is not None and clash.name != old:
        raise AccountExistsError(new)
    accounts = tuple(
        dataclasses.replace(record, name=new) if record.name == old else record
        for record in data.accounts
    )
    return StoreData(accounts, new if data.active == old else data.active)


def _modify(data: StoreData, name: str, **changes: str) -> StoreData:
    name = _require(data, name).name
    accounts = tuple(
        dataclasses.replace(record, **changes) if record.name == name else record  # type: ignore[arg-type]
        for record in data.accounts
    )
    return dataclasses.replace(data, accounts=accounts)


def _account(record: AccountRecord, is_active: bool) -> Account:
    return Account(
        name=record.name,
        account_type=record.account_type,
        is_active=is_active,
        saved_at=record.saved_at,
        email=record.email,
        source=record.source,
        account_id=record.account_id,
        plan=record.plan,
        id=record.id,
        config_dir=record.config_dir,
    )

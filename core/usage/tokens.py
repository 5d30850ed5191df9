"""Token lifecycle: which access token to send for an account, refreshing it when allowed.

Two kinds of OAuth account, two policies (anthropic-api.md §4, "coexistence rule"):

**App-owned** (``CredentialSource.APP``): this app owns the grant and refreshes it when it
has expired or has under five minutes left. Refresh tokens rotate and are single use, so:

- everything is keyed by the account's stable id (:attr:`AccountRecord.id`), never its
  name: a rename by another process mid-refresh changes nothing here;
- a refresh is one critical section per account across processes (an asyncio lock inside
  this process, then :func:`core.store.account_lock.account_lock`); inside it the record is read
  again, and if another process already renewed it, its pair is adopted instead;
- the rotated pair is saved (compare-and-swap, :meth:`AccountManager.modify`) *before* the
  new access token is used: it replaces the record only if the record still holds the
  refresh token that was spent. If a new sign-in was saved meanwhile, that one is kept and
  used; the old login's pair must not overwrite it;
- the new refresh token is taken from the answer before anything else in it is judged, so
  an odd field (``expires_in`` as a string, ``scope`` as a list) can never lose the grant.

If a refresh fails for a reason other than a dead grant while the old token is still
valid, the old token is used.

**Linked to Claude Code's login** (``CredentialSource.CLAUDE_CODE``): re-read from its
source on every fetch and never refreshed by default — refreshing would rotate the refresh
token and log Claude Code out. When it has expired (or is refused) the answer is
:class:`LoginExpiredError` ("run `claude`"). With ``write_back=True`` (opt-in) we refresh it
ourselves (one process at a time, under the same account lock) and write the rotated pair
back to the exact source before using it.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial

from core.anthropic.api import AnthropicApi
from core.credentials import ClaudeCodeCredentialSource, ClaudeCodeEnv, credential_source
from core.credentials.location import linked_folder
from core.errors import (
    AccountNotFoundError,
    ClaudeUsageError,
    CredentialsError,
    InvalidInputError,
    LoginExpiredError,
    NeedsSignInError,
    NoClaudeSignInError,
    ResponseFormatError,
    StorageError,
)
from core.models import AccountRecord, CredentialSource
from core.store.account_lock import ACCOUNT_LOCK_TIMEOUT, account_lock
from core.store.accounts import AccountManager
from core.usage.parsing import (
    ClaudeCredentials,
    TokenGrant,
    parse_claude_credentials,
    parse_token_response,
    rotated_credentials_json,
    rotated_refresh_token,
    salvaged_credentials_json,
)

__all__ = ["REFRESH_MARGIN", "SourceFactory", "TokenManager", "default_source_for"]

log = logging.getLogger(__name__)

REFRESH_MARGIN = timedelta(minutes=5)
_RENEW_ROUNDS = 3  # new sign-ins saved during a refresh, in a row, before giving up
SourceFactory = Callable[[str | None], ClaudeCodeCredentialSource]


def _utcnow() -> datetime:
    return datetime.now(UTC)


def default_source_for(
    config_dir: str | None, platform: str, env: ClaudeCodeEnv
) -> ClaudeCodeCredentialSource:
    """Claude Code's login source for the folder a linked account was saved from (which may
    be the raw ``$CLAUDE_CONFIG_DIR`` text, ``~`` included); None: its current folder."""
    return credential_source(platform, config_dir=linked_folder(config_dir, env), env=env)


@dataclass(frozen=True, slots=True)
class _Rotation:
    """What the server issued for the refresh token ``spent``, waiting to be saved.

    ``apply`` turns the credentials found in the store into the rotated ones (keeping
    their other fields); it is applied only while the store still holds ``spent``.
    """

    spent: str = field(repr=False)  # a refresh token; ``apply`` holds the new pair
    apply: Callable[[ClaudeCredentials], str] = field(repr=False)


class TokenManager:
    """Hands out a usable access token per account; see the module docstring for policy."""

    def __init__(
        self,
        api: AnthropicApi,
        accounts: AccountManager,
        *,
        source_for: SourceFactory,
        write_back: bool = False,
        clock: Callable[[], datetime] = _utcnow,
        refresh_margin: timedelta = REFRESH_MARGIN,
        lock_timeout: float = ACCOUNT_LOCK_TIMEOUT,
    ) -> None:
        self.api = api
        self.accounts = accounts
        self.write_back = write_back
        self._source_for = source_for
        self._clock = clock
        self._margin = refresh_margin
        self._lock_timeout = lock_timeout
        self._locks: dict[str, asyncio.Lock] = {}  # by account id
        self._unsaved: dict[str, _Rotation] = {}  # rotations the store refused to take
        self._linked: dict[str, ClaudeCredentials] = {}  # by account id: as last read

    async def access_token(self, record: AccountRecord, *, rejected: str | None = None) -> str:
        """A token to send for ``record``. ``rejected``: the token the server just refused
        (401): refresh even if it has not expired, unless someone already replaced it."""
        async with self._locks.setdefault(record.id, asyncio.Lock()):
            if record.source is CredentialSource.CLAUDE_CODE:
                return await self._linked_token(record, rejected)
            try:
                return await self._app_token(record.id, rejected)
            except AccountNotFoundError as exc:  # deleted meanwhile: say which one
                raise AccountNotFoundError(record.name) from exc

    # -- app-owned accounts -----------------------------------------------------------------

    async def _app_token(self, key: str, rejected: str | None) -> str:
        creds = await self._stored_credentials(key)
        if self._usable(creds, rejected):
            return creds.access_token
        path = await asyncio.to_thread(self.accounts.store.account_lock_path, key)
        async with account_lock(path, timeout=self._lock_timeout):
            return await self._renew(key, creds, rejected)

    def _usable(self, creds: ClaudeCredentials, rejected: str | None) -> bool:
        if rejected is not None:
            return creds.access_token != rejected  # another caller replaced it already
        return not creds.expires_within(self._margin, self._clock())

    async def _renew(self, key: str, seen: ClaudeCredentials, rejected: str | None) -> str:
        """Inside the account's lock: adopt a pair someone else saved, or refresh."""
        for _ in range(_RENEW_ROUNDS):
            creds = await self._stored_credentials(key)  # what is on disk now, not a copy
            if self._usable(creds, rejected):
                if creds != seen:
                    log.info("Another process renewed this sign-in first; using its tokens")
                return creds.access_token
            token = await self._refresh_app(key, creds, forced=rejected is not None)
            if token is not None:
                return token
            seen = creds  # a new sign-in was saved meanwhile: go on with that one
        raise StorageError("The saved sign-in kept changing while it was renewed; try again")

    async def _stored_credentials(self, key: str) -> ClaudeCredentials:
        """The account's newest credentials (after saving any rotation still held)."""
        await self._flush_unsaved(key)
        text = (await self.accounts.get_by_id(key)).credentials
        if not text:
            raise NeedsSignInError("This account has no saved sign-in: sign in again")
        try:
            return parse_claude_credentials(text)
        except InvalidInputError as exc:
            raise NeedsSignInError(f"The saved sign-in is unusable ({exc}): sign in again") from exc

    async def _refresh_app(self, key: str, creds: ClaudeCredentials, *, forced: bool) -> str | None:
        """The new access token; None when the store's sign-in was replaced meanwhile."""
        still_valid = not forced and not creds.expires_within(timedelta(0), self._clock())
        if not creds.refresh_token:
            if still_valid:
                return creds.access_token
            raise NeedsSignInError("The sign-in has expired and cannot be renewed: sign in again")
        try:
            grant = await self._request_refresh(key, creds.refresh_token)
        except NeedsSignInError:
            return await self._after_dead_grant(key, creds)
        except ClaudeUsageError as exc:
            if not still_valid:
                raise
            log.warning("Token refresh failed (%s); the current token is still valid", exc)
            return creds.access_token
        rotation = _Rotation(creds.refresh_token, partial(_rotated, grant, self._clock()))
        return grant.access_token if await self._persist(key, rotation) else None

    async def _request_refresh(self, key: str, refresh_token: str) -> TokenGrant:
        data = await self.api.refresh(refresh_token)
        try:
            return parse_token_response(data)
        except ResponseFormatError:
            # The server spent the old refresh token either way: keep the new one if the
            # answer has it, so the next attempt can renew instead of asking to sign in.
            salvaged = rotated_refresh_token(data)
            if salvaged is not None:
                apply = partial(_salvaged, salvaged, self._clock())
                await self._persist(key, _Rotation(refresh_token, apply))
            raise

    async def _after_dead_grant(self, key: str, creds: ClaudeCredentials) -> str:
        """``invalid_grant``: fatal unless the store holds another grant by now (a new
        sign-in saved meanwhile, or an app version without the account lock)."""
        current = await self._stored_credentials(key)
        if current.refresh_token != creds.refresh_token:
            log.info("The sign-in was replaced while renewing it; using the new one")
            return current.access_token
        raise NeedsSignInError("The sign-in has expired or was revoked: sign in again")

    async def _persist(self, key: str, rotation: _Rotation) -> bool:
        """Save the rotated pair before its access token is used; keep it in memory if the
        store refuses. True if saved, False if a new sign-in had replaced the spent one."""
        self._unsaved[key] = rotation
        return await self._flush_unsaved(key)

    async def _flush_unsaved(self, key: str) -> bool:
        """Save (or retry saving) a held rotation by compare-and-swap; until saved it is
        never used. True if it was saved now."""
        rotation = self._unsaved.get(key)
        if rotation is None:
            return False
        swapped: list[bool] = []

        def change(record: AccountRecord) -> AccountRecord:
            current = _parsed(record.credentials)
            if current is None or current.refresh_token != rotation.spent:
                return record  # replaced by a new sign-in meanwhile: that one wins
            swapped.append(True)
            return dataclasses.replace(record, credentials=rotation.apply(current))

        try:
            await self.accounts.modify(key, change)
        except AccountNotFoundError:
            self._unsaved.pop(key, None)  # the account was deleted: nothing to keep it for
            raise
        except ClaudeUsageError as exc:
            log.error("Could not save refreshed credentials: %s", exc)
            raise StorageError(f"The renewed sign-in could not be saved: {exc}") from exc
        self._unsaved.pop(key, None)
        if not swapped:
            log.info("A new sign-in was saved while renewing the old one; keeping the new one")
        return bool(swapped)

    def forget(self, key: str) -> None:
        """Drop the tokens held for a deleted account (Claude Code's, as last read, and a
        rotation the store refused): a long-running tray must not keep them in memory."""
        self._linked.pop(key, None)
        self._unsaved.pop(key, None)

    # -- accounts linked to Claude Code ----------------------------------------------------

    def linked_credentials(self, key: str) -> ClaudeCredentials | None:
        """Claude Code's credentials as last read for linked account ``key`` (for what they
        say besides the token, such as ``refreshTokenExpiresAt``; no second read)."""
        return self._linked.get(key)

    async def _linked_token(self, record: AccountRecord, rejected: str | None) -> str:
        source = self._source_for(record.config_dir)
        creds = await _read_source(source)
        self._linked[record.id] = creds
        if rejected is not None:
            needs_refresh = creds.access_token == rejected
        else:
            needs_refresh = creds.expires_within(timedelta(0), self._clock())
        if not needs_refresh:
            return creds.access_token
        if not self.write_back:
            raise LoginExpiredError()
        path = await asyncio.to_thread(self.accounts.store.account_lock_path, record.id)
        async with account_lock(path, timeout=self._lock_timeout):
            current = await _read_source(source)  # another of our processes may have written
            if current.access_token != creds.access_token:
                return current.access_token
            return await self._refresh_linked(source, current)

    async def _refresh_linked(
        self, source: ClaudeCodeCredentialSource, creds: ClaudeCredentials
    ) -> str:
        """Opt-in write-back: refresh, then write the pair back to the exact source first."""
        if not creds.refresh_token:
            raise LoginExpiredError()
        try:
            grant = parse_token_response(await self.api.refresh(creds.refresh_token))
        except NeedsSignInError:
            current = await _read_source(source)
            if current.refresh_token != creds.refresh_token:
                return current.access_token  # Claude Code refreshed it meanwhile
            raise LoginExpiredError() from None
        await source.write(rotated_credentials_json(creds, grant, self._clock()))
        return grant.access_token


def _rotated(grant: TokenGrant, now: datetime, creds: ClaudeCredentials) -> str:
    return rotated_credentials_json(creds, grant, now)


def _salvaged(refresh_token: str, now: datetime, creds: ClaudeCredentials) -> str:
    return salvaged_credentials_json(creds, refresh_token, now)


def _parsed(text: str | None) -> ClaudeCredentials | None:
    if not text:
        return None
    try:
        return parse_claude_credentials(text)
    except InvalidInputError:
        return None


async def _read_source(source: ClaudeCodeCredentialSource) -> ClaudeCredentials:
    text = await source.read()
    if text is None:
        raise LoginExpiredError(
            f"No Claude Code login found ({source.description}) — run `claude` to sign in"
        )
    try:
        return parse_claude_credentials(text)
    except NoClaudeSignInError as exc:  # an item with only MCP logins: nobody signed in
        raise LoginExpiredError(str(exc)) from exc
    except InvalidInputError as exc:
        raise CredentialsError(
            f"Claude Code's login ({source.description}) is unreadable: {exc}"
        ) from exc

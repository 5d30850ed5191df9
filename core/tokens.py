"""Token lifecycle: which access token to send for an account, refreshing it when allowed.

Two kinds of OAuth account, two policies (anthropic-api.md §4, "coexistence rule"):

**App-owned** (``CredentialSource.APP``): this app owns the grant and refreshes it when it
has expired or has under five minutes left. Refresh tokens rotate and are single use, so the
rotated pair is saved atomically (``AccountManager.update_credentials``) *before* the new
access token is used: a crash can then never leave us holding the only copy. One refresh
per account is in flight at a time: callers queue on a per-account lock and re-read the
store once inside, so concurrent callers share the first one's refresh (the
``httpx.Auth.async_auth_flow`` / Picard ``oauth.py`` pattern). If a refresh fails for a
reason other than a dead grant while the old token is still valid, the old token is used.

**Linked to Claude Code's login** (``CredentialSource.CLAUDE_CODE``): re-read from its
source on every fetch and never refreshed by default — refreshing would rotate the refresh
token and log Claude Code out. When it has expired (or is refused) the answer is
:class:`LoginExpiredError` ("run `claude`"). With ``write_back=True`` (opt-in) we refresh it
ourselves and write the rotated pair back to the exact source before using it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .accounts import AccountManager
from .api import AnthropicApi
from .credentials import ClaudeCodeCredentialSource, credential_source
from .errors import (
    AccountNotFoundError,
    ClaudeUsageError,
    CredentialsError,
    InvalidInputError,
    LoginExpiredError,
    NeedsSignInError,
    StorageError,
)
from .models import AccountRecord, CredentialSource
from .parsing import (
    ClaudeCredentials,
    TokenGrant,
    parse_claude_credentials,
    parse_token_response,
    rotated_credentials_json,
)
from .paths import claude_config_dir

__all__ = ["REFRESH_MARGIN", "SourceFactory", "TokenManager", "default_source_for"]

log = logging.getLogger(__name__)

REFRESH_MARGIN = timedelta(minutes=5)
SourceFactory = Callable[[str | None], ClaudeCodeCredentialSource]


def _utcnow() -> datetime:
    return datetime.now(UTC)


def default_source_for(
    config_dir: str | None, platform: str = "auto"
) -> ClaudeCodeCredentialSource:
    """Claude Code's login source for the folder a linked account was saved from (which may
    be the raw ``$CLAUDE_CONFIG_DIR`` text, ``~`` included); None: its current folder."""
    folder = Path(config_dir).expanduser() if config_dir else claude_config_dir()
    return credential_source(platform, config_dir=folder)


class TokenManager:
    """Hands out a usable access token per account; see the module docstring for policy."""

    def __init__(
        self,
        api: AnthropicApi,
        accounts: AccountManager,
        *,
        source_for: SourceFactory = default_source_for,
        write_back: bool = False,
        clock: Callable[[], datetime] = _utcnow,
        refresh_margin: timedelta = REFRESH_MARGIN,
    ) -> None:
        self.api = api
        self.accounts = accounts
        self.write_back = write_back
        self._source_for = source_for
        self._clock = clock
        self._margin = refresh_margin
        self._locks: dict[str, asyncio.Lock] = {}
        self._unsaved: dict[str, str] = {}  # rotated credentials the store refused to take

    async def access_token(self, record: AccountRecord, *, rejected: str | None = None) -> str:
        """A token to send for ``record``. ``rejected``: the token the server just refused
        (401): refresh even if it has not expired, unless someone already replaced it."""
        async with self._locks.setdefault(record.name, asyncio.Lock()):
            if record.source is CredentialSource.CLAUDE_CODE:
                return await self._linked_token(record, rejected)
            return await self._app_token(record.name, rejected)

    # -- app-owned accounts -----------------------------------------------------------------

    async def _app_token(self, name: str, rejected: str | None) -> str:
        creds = await self._stored_credentials(name)
        if rejected is None and not creds.expires_within(self._margin, self._clock()):
            return creds.access_token
        if rejected is not None and creds.access_token != rejected:
            return creds.access_token  # another caller refreshed while we waited
        return await self._refresh_app(name, creds, forced=rejected is not None)

    async def _stored_credentials(self, name: str) -> ClaudeCredentials:
        """The account's newest credentials, read inside the lock (never a stale copy)."""
        await self._flush_unsaved(name)
        text = (await self.accounts.get(name)).credentials
        if not text:
            raise NeedsSignInError("This account has no saved sign-in: sign in again")
        try:
            return parse_claude_credentials(text)
        except InvalidInputError as exc:
            raise NeedsSignInError(f"The saved sign-in is unusable ({exc}): sign in again") from exc

    async def _refresh_app(self, name: str, creds: ClaudeCredentials, *, forced: bool) -> str:
        still_valid = not forced and not creds.expires_within(timedelta(0), self._clock())
        if not creds.refresh_token:
            if still_valid:
                return creds.access_token
            raise NeedsSignInError("The sign-in has expired and cannot be renewed: sign in again")
        try:
            grant = await self._request_refresh(creds.refresh_token)
        except NeedsSignInError:
            return await self._after_dead_grant(name, creds)
        except ClaudeUsageError as exc:
            if not still_valid:
                raise
            log.warning("Token refresh failed (%s); the current token is still valid", exc)
            return creds.access_token
        await self._persist(name, rotated_credentials_json(creds, grant, self._clock()))
        return grant.access_token

    async def _request_refresh(self, refresh_token: str) -> TokenGrant:
        return parse_token_response(await self.api.refresh(refresh_token))

    async def _after_dead_grant(self, name: str, creds: ClaudeCredentials) -> str:
        """``invalid_grant``: fatal unless another process (tray vs. CLI) rotated it first."""
        current = await self._stored_credentials(name)
        if current.refresh_token != creds.refresh_token:
            log.info("Another process refreshed this sign-in first; using its tokens")
            return current.access_token
        raise NeedsSignInError("The sign-in has expired or was revoked: sign in again")

    async def _persist(self, name: str, text: str) -> None:
        """Save the rotated pair before its access token is used; keep it in memory if not."""
        self._unsaved[name] = text
        await self._flush_unsaved(name)

    async def _flush_unsaved(self, name: str) -> None:
        """Save (or retry saving) rotated credentials; until saved they are never used."""
        text = self._unsaved.get(name)
        if text is None:
            return
        try:
            await self.accounts.update_credentials(name, text)
        except AccountNotFoundError:
            self._unsaved.pop(name, None)
            raise
        except ClaudeUsageError as exc:
            log.error("Could not save refreshed credentials: %s", exc)
            raise StorageError(f"The renewed sign-in could not be saved: {exc}") from exc
        self._unsaved.pop(name, None)

    # -- accounts linked to Claude Code ----------------------------------------------------

    async def _linked_token(self, record: AccountRecord, rejected: str | None) -> str:
        source = self._source_for(record.config_dir)
        creds = await _read_source(source)
        if rejected is not None:
            needs_refresh = creds.access_token == rejected
        else:
            needs_refresh = creds.expires_within(timedelta(0), self._clock())
        if not needs_refresh:
            return creds.access_token
        if not self.write_back:
            raise LoginExpiredError()
        return await self._refresh_linked(source, creds)

    async def _refresh_linked(
        self, source: ClaudeCodeCredentialSource, creds: ClaudeCredentials
    ) -> str:
        """Opt-in write-back: refresh, then write the pair back to the exact source first."""
        if not creds.refresh_token:
            raise LoginExpiredError()
        try:
            grant = await self._request_refresh(creds.refresh_token)
        except NeedsSignInError:
            current = await _read_source(source)
            if current.refresh_token != creds.refresh_token:
                return current.access_token  # Claude Code refreshed it meanwhile
            raise LoginExpiredError() from None
        await source.write(rotated_credentials_json(creds, grant, self._clock()))
        return grant.access_token


async def _read_source(source: ClaudeCodeCredentialSource) -> ClaudeCredentials:
    text = await source.read()
    if text is None:
        raise LoginExpiredError(
            f"No Claude Code login found ({source.description}) — run `claude` to sign in"
        )
    try:
        return parse_claude_credentials(text)
    except InvalidInputError as exc:
        raise CredentialsError(
            f"Claude Code's login ({source.description}) is unreadable: {exc}"
        ) from exc

"""One OAuth account's usage snapshot: token → gate → API → parsing → history. Never raises.

A failed fetch must not blank the tray: the fetcher keeps each account's last good snapshot
(by the account's stable id, so a rename in any process keeps it) and returns it, under the
account's current name, marked ``stale`` with the error and an :class:`AccountStatus` saying why
(a 429 is RATE_LIMITED with ``retry_at`` — never "credentials expired"). Last good values
are also saved on disk (see :mod:`core.usage.snapshots`), so a CLI run right after a
restart still has something to show while a cooldown is in force.

The profile (email, plan, stable account id) is looked up best effort, at most once a day
per account, and saved to the store; history (samples + forecasts) is optional and its
failures never break a fetch.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from core.anthropic.api import AnthropicApi
from core.base.batching import Batch
from core.base.redact import redact_text
from core.errors import (
    AuthenticationError,
    BlockedError,
    ClaudeUsageError,
    InvalidInputError,
    RateLimitedError,
)
from core.models import (
    AccountRecord,
    CredentialSource,
    Forecast,
    OAuthUsage,
    status_for_error,
)
from core.store.accounts import AccountManager
from core.usage.parsing import (
    SIGN_IN_LIFETIME,
    ClaudeCredentials,
    Profile,
    parse_claude_credentials,
    parse_profile,
    parse_usage,
)
from core.usage.ratelimit import RateLimitGate, TooSoonError
from core.usage.snapshots import SnapshotCache
from core.usage.tokens import TokenManager

__all__ = ["PROFILE_TTL", "HistoryLike", "UsageFetcher", "sign_in_deadline"]

log = logging.getLogger(__name__)

PROFILE_TTL = timedelta(days=1)
PROFILE_RETRY = timedelta(hours=1)  # after a failed lookup


# Most specific first: LoginExpired/NeedsSignIn/Scope are AuthenticationErrors too.
class HistoryLike(Protocol):
    """What the fetcher needs of :class:`core.history.database.History` (sync; run in a thread)."""

    def record_many(self, usages: list[OAuthUsage]) -> None: ...

    def forecast(self, usage: OAuthUsage) -> Mapping[str, Forecast]: ...


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _message(exc: BaseException) -> str:
    if isinstance(exc, ClaudeUsageError) and str(exc):
        return redact_text(str(exc))
    return f"Unexpected error ({type(exc).__name__})"


def _access_token(credentials: str) -> str | None:
    try:
        return parse_claude_credentials(credentials).access_token
    except InvalidInputError:
        return None


def _log_bug(name: str, exc: BaseException) -> None:
    """The full traceback, for the bug report, with any token in it redacted: a bug's
    message is not written with secrets in mind, and log handlers need not redact."""
    trace = "".join(traceback.format_exception(exc))
    log.error("Unexpected error fetching usage of %r\n%s", name, redact_text(trace))


def sign_in_deadline(
    record: AccountRecord, linked: ClaudeCredentials | None
) -> tuple[datetime, bool] | None:
    """When the sign-in behind ``record`` stops working, and whether that is an estimate.

    The credentials' own ``refreshTokenExpiresAt`` wins (app-owned: the saved copy; linked:
    Claude Code's, as last read). Otherwise an app-owned login this app signed in itself
    is estimated at sign-in + :data:`SIGN_IN_LIFETIME`. A linked login without the field
    has no known deadline: Claude Code owns it and its sign-in time is not ours to know.
    """
    creds = linked if record.source is CredentialSource.CLAUDE_CODE else _parsed(record)
    if creds is not None and creds.refresh_token_expires_at is not None:
        return creds.refresh_token_expires_at, False
    if record.source is CredentialSource.APP and record.signed_in_at is not None:
        return record.signed_in_at + SIGN_IN_LIFETIME, True
    return None


def _parsed(record: AccountRecord) -> ClaudeCredentials | None:
    if not record.credentials:
        return None
    try:
        return parse_claude_credentials(record.credentials)
    except InvalidInputError:
        return None


def _newer(saved: OAuthUsage, recent: OAuthUsage | None) -> bool:
    """Whether the snapshot on disk is fresher than the result this process holds."""
    if recent is None or recent.fetched_at is None:
        return True
    return saved.fetched_at is not None and saved.fetched_at > recent.fetched_at


@dataclass(frozen=True, slots=True)
class _ProfileCheck:
    profile: Profile | None
    next_at: datetime


class UsageFetcher:
    """Fetches one OAuth account's usage at a time; keeps last good values per account."""

    def __init__(
        self,
        api: AnthropicApi,
        accounts: AccountManager,
        *,
        tokens: TokenManager,
        gate: RateLimitGate,
        history: HistoryLike | None = None,
        snapshots: SnapshotCache,
        clock: Callable[[], datetime] = _utcnow,
        profile_ttl: timedelta = PROFILE_TTL,
    ) -> None:
        self.api = api
        self.accounts = accounts
        self.tokens = tokens
        self.gate = gate
        self.history = history
        self.snapshots = snapshots
        self._clock = clock
        self._profile_ttl = profile_ttl
        # All by account id (AccountRecord.id): names change, ids do not.
        self._last_good: dict[str, OAuthUsage] = {}
        self._last: dict[str, OAuthUsage] = {}
        self._profiles: dict[str, _ProfileCheck] = {}
        # Snapshots that arrive in the same loop turn are recorded together (core.base.batching);
        # their files, a cache for the next process, are written behind the answer.
        self._persists: Batch[tuple[str, OAuthUsage], OAuthUsage] = Batch(self._persist_all)
        self._snapshot_saves: Batch[tuple[str, OAuthUsage], None] = Batch(self._save_snapshots)

    async def fetch(
        self, record: AccountRecord, *, user_initiated: bool = False, stagger: float = 0.0
    ) -> OAuthUsage:
        """A fresh snapshot, or the last good one marked stale with the error. Never raises.

        ``stagger``: seconds to wait before the request, once the gate has let it through
        (a background refresh spreads its accounts' requests; answers from a recent poll or
        a cooldown do not wait)."""
        try:
            usage = await self._fetch_fresh(record, user_initiated, stagger)
        except TooSoonError:
            return self._with_sign_in(record, await self._recent(record))
        except Exception as exc:  # a bug in one account must not take the others down
            if not isinstance(exc, ClaudeUsageError):
                _log_bug(record.name, exc)
            return self._with_sign_in(record, await self._failed(record, exc))
        return self._with_sign_in(record, await self._succeeded(record, usage))

    def _with_sign_in(self, record: AccountRecord, usage: OAuthUsage) -> OAuthUsage:
        """The snapshot with the sign-in's deadline (see :func:`sign_in_deadline`)."""
        deadline = sign_in_deadline(record, self.tokens.linked_credentials(record.id))
        if deadline is None:
            return usage
        expires_at, estimated = deadline
        return dataclasses.replace(
            usage, sign_in_expires_at=expires_at, sign_in_estimated=estimated
        )

    def last_good(self, key: str) -> OAuthUsage | None:
        """The last successful snapshot of account ``key`` (its id) in this process, if any."""
        return self._last_good.get(key)

    async def flush(self) -> None:
        """Return once every snapshot file of a fetch already answered is written."""
        await self._snapshot_saves.drain()

    async def before_rename(self, record: AccountRecord) -> None:
        """Nothing is keyed by name any more, except snapshots written before ids existed:
        move those to the id now, while the old name still finds them."""
        await self.flush()  # a snapshot still to be written would land under the old name
        await asyncio.to_thread(self.snapshots.adopt, record.id, record.name)

    async def after_rename(self, record: AccountRecord) -> None:
        """The saved snapshot carries the new name (see SnapshotCache.relabel)."""
        await asyncio.to_thread(self.snapshots.relabel, record.id, record.name)

    async def forget(self, record: AccountRecord) -> None:
        """Drop everything remembered about a deleted account, once its snapshot still to
        be written (which would bring its file back) is written."""
        await self.flush()
        self._last_good.pop(record.id, None)
        self._last.pop(record.id, None)
        self._profiles.pop(record.id, None)
        self.tokens.forget(record.id)
        self.snapshots.forget(record.id, record.name)

    # -- the fetch itself ------------------------------------------------------------------

    async def _fetch_fresh(
        self, record: AccountRecord, user_initiated: bool, stagger: float = 0.0
    ) -> OAuthUsage:
        if record.account_type != "oauth":
            raise InvalidInputError(f"{record.name!r} is not a subscription (OAuth) account")
        token = await self.tokens.access_token(record)
        try:
            data = await self._get_usage(token, user_initiated, stagger)
        except AuthenticationError as exc:
            if type(exc) is not AuthenticationError:
                raise  # scope, expired login, dead grant: a refresh would not help
            token = await self.tokens.access_token(record, rejected=token)
            data = await self._get_usage(token, user_initiated)
        usage = parse_usage(data, account_name=record.name, fetched_at=self._clock())
        return await self._with_identity(usage, await self._as_saved_now(record, token), token)

    async def _as_saved_now(self, record: AccountRecord, token: str) -> AccountRecord:
        """The record as saved now if its sign-in changed while the token was got (renewed,
        or replaced by a new sign-in saved meanwhile): the identity shown must be the one
        the token belongs to, not the one read before."""
        if record.credentials is None or _access_token(record.credentials) == token:
            return record
        self._profiles.pop(record.id, None)
        try:
            return await self.accounts.get_by_id(record.id)
        except ClaudeUsageError:
            return record  # deleted meanwhile: the usage fetched is still this login's

    async def _get_usage(self, token: str, user_initiated: bool, stagger: float = 0.0) -> Any:
        async def request() -> Any:
            if stagger > 0:
                await asyncio.sleep(stagger)
            return await self.api.get_usage(token)

        return await self.gate.call(token, request, user_initiated=user_initiated)

    # -- profile ---------------------------------------------------------------------------

    async def _with_identity(
        self, usage: OAuthUsage, record: AccountRecord, token: str
    ) -> OAuthUsage:
        profile = await self._profile(record, token)
        return dataclasses.replace(
            usage,
            email=(profile and profile.email) or record.email,
            plan=(profile and profile.plan) or record.plan,
            account_id=(profile and profile.account_id) or record.account_id,
        )

    async def _profile(self, record: AccountRecord, token: str) -> Profile | None:
        """Best effort, at most once a day per account; never raises."""
        now = self._clock()
        check = self._profiles.get(record.id)
        if check is not None and now < check.next_at:
            return check.profile
        if check is None and record.email and record.account_id and record.plan:
            self._profiles[record.id] = _ProfileCheck(None, now + self._profile_ttl)
            return None  # the store already knows; look again tomorrow
        profile = await self._lookup_profile(record, token)
        retry = self._profile_ttl if profile is not None else PROFILE_RETRY
        self._profiles[record.id] = _ProfileCheck(profile, now + retry)
        return profile

    async def _lookup_profile(self, record: AccountRecord, token: str) -> Profile | None:
        try:
            profile = parse_profile(await self.api.get_profile(token))
            if (profile.email, profile.account_id, profile.plan) != (
                record.email,
                record.account_id,
                record.plan,
            ):
                await self.accounts.update_profile(
                    record.name,
                    email=profile.email,
                    account_id=profile.account_id,
                    plan=profile.plan,
                    key=record.id,
                )
        except ClaudeUsageError as exc:
            log.info("Profile lookup for %r skipped: %s", record.name, _message(exc))
            return None
        return profile

    # -- results ---------------------------------------------------------------------------

    async def _succeeded(self, record: AccountRecord, usage: OAuthUsage) -> OAuthUsage:
        usage = await self._persists((record.id, usage))
        self._last_good[record.id] = usage
        self._last[record.id] = usage
        # The answer needs the history (its forecasts), not the snapshot file: that is for
        # the next process, written behind the answer, together with the others that
        # arrived meanwhile (at 50 accounts ~1 ms of file work each, issue 17). In this
        # process _last and _last_good are newer than any file; flush() waits for them.
        self._snapshot_saves.submit((record.id, usage))
        return usage

    def _persist_all(self, fresh: list[tuple[str, OAuthUsage]]) -> list[OAuthUsage]:
        """The history of every snapshot that arrived together, in one worker-thread hop:
        one transaction for their samples, then their forecasts."""
        recorded = self._record_history([usage for _, usage in fresh])
        return [self._with_forecasts(usage) if recorded else usage for _, usage in fresh]

    def _save_snapshots(self, fresh: list[tuple[str, OAuthUsage]]) -> list[None]:
        self.snapshots.save_many(fresh)  # logs its failures, never raises
        return [None] * len(fresh)

    def _record_history(self, usages: list[OAuthUsage]) -> bool:
        """True when recorded. History trouble is logged, never raised: the snapshots
        matter more (and get no forecasts then: they would miss the newest sample)."""
        if self.history is None:
            return False
        try:
            self.history.record_many(usages)  # one transaction for the whole batch
        except Exception:
            log.warning("History failed for %d snapshot(s)", len(usages), exc_info=True)
            return False
        return True

    def _with_forecasts(self, usage: OAuthUsage) -> OAuthUsage:
        if self.history is None:
            return usage
        try:
            forecasts = self.history.forecast(usage)
        except Exception:
            log.warning("History failed for %r", usage.account_name, exc_info=True)
            return usage
        return dataclasses.replace(usage, forecasts=dict(forecasts))

    async def _failed(self, record: AccountRecord, exc: BaseException) -> OAuthUsage:
        status = status_for_error(exc)
        retry_at = exc.retry_at if isinstance(exc, RateLimitedError | BlockedError) else None
        blocked_by = exc.blocker if isinstance(exc, BlockedError) else None
        error = _message(exc)
        last = await self._previous_good(record)
        if last is not None:
            result = dataclasses.replace(
                last,
                account_name=record.name,  # it may have been renamed since
                stale=True,
                error=error,
                status=status,
                retry_at=retry_at,
                blocked_by=blocked_by,
            )
        else:
            result = self._placeholder(
                record, error=error, status=status, retry_at=retry_at, blocked_by=blocked_by
            )
        self._last[record.id] = result
        return result

    async def _previous_good(self, record: AccountRecord) -> OAuthUsage | None:
        last = self._last_good.get(record.id)
        if last is None:
            last = await asyncio.to_thread(self.snapshots.load, record.id, record.name)
            if last is not None:
                self._last_good[record.id] = last
        return last

    async def _recent(self, record: AccountRecord) -> OAuthUsage:
        """Polled moments ago, by a concurrent caller here or by another process (the tray,
        ``watch``, another CLI run): reuse that result — the newer of this process's and
        the snapshot saved on disk."""
        recent = self._last.get(record.id)
        saved = await asyncio.to_thread(self.snapshots.load, record.id, record.name)
        if saved is not None and _newer(saved, recent):
            # Files hold no forecasts: computed as of the snapshot's ``fetched_at``, they
            # equal the ones its fetcher showed. Only for the snapshot that is kept.
            saved = await asyncio.to_thread(self._with_forecasts, saved)
            self._last_good[record.id] = saved
            self._last[record.id] = saved
            recent = saved
        if recent is None:
            return self._placeholder(record)
        if recent.account_name == record.name:
            return recent
        return dataclasses.replace(recent, account_name=record.name)  # renamed since

    @staticmethod
    def _placeholder(record: AccountRecord, **fields: Any) -> OAuthUsage:
        return OAuthUsage(
            account_name=record.name,
            email=record.email,
            plan=record.plan,
            account_id=record.account_id,
            **fields,
        )

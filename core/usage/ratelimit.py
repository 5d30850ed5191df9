"""Per-token rate-limit gate: one request in flight, a minimum poll interval, 429 cooldowns.

Anthropic's usage limits are per access token and undocumented; polling too often earns
429s with ``Retry-After`` anywhere from 0 s to an hour. The gate keeps us polite:

- **one request in flight per token** (an asyncio lock; a caller that waited finds the
  minimum interval not yet over and gets :class:`TooSoonError`, so it reuses the result
  the first caller just produced instead of asking again);
- **a minimum interval** between polls of a token (60 s) unless the user asked — across
  processes: each poll's start is claimed in a small shared file (``polls.json`` beside the
  cooldowns) under its lock, so of the tray, ``watch`` and any number of concurrent
  ``claude-usage usage`` runs, one asks per token per interval and the others reuse the
  snapshot it saved;
- **a cooldown after a 429**: ``Retry-After`` clamped to [floor, ceiling] (60 s … 1 h;
  0 or missing means the floor), and doubled for each further 429 in a row
  (floor·2ⁿ, capped), whichever is longer;
- **a user-initiated refresh may bypass a cooldown once**; the bypass is then spent until a
  fetch succeeds or the cooldown is over (a 429 during the bypass keeps it spent, so
  clicking "refresh" repeatedly cannot hammer the server);
- **a Cloudflare block cools down the same way** (:class:`BlockedError`, no ``Retry-After``
  so floor·2ⁿ), and the cooldown remembers which it was, so a later run still says "blocked"
  rather than "rate limited".

:class:`SignInServerGate` applies the same persisted cooldowns to the token endpoint: a 429
(or a block) there is remembered under a key of the endpoint's URL, shared by every account,
and until it passes no run calls the token endpoint at all — not even a user-initiated one,
since the sign-in server said when to come back.

Cooldowns are persisted in ``AppPaths.cooldowns`` so they survive a restart and are
shared with a CLI run next to the tray. Entries are keyed by a SHA-256 of the token — never
the token — and dropped an hour after their cooldown ends, so entries of rotated or expired
tokens are garbage-collected. Writes are atomic under a file lock.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from filelock import FileLock, Timeout

from core.base.atomic import write_atomic
from core.base.batching import Batch, shared_read
from core.base.paths import ensure_private_dir
from core.errors import (
    BLOCKED_MESSAGE,
    PROXY_BLOCKED_MESSAGE,
    BlockedError,
    ClaudeUsageError,
    RateLimitedError,
)
from core.usage.limits import MIN_POLL_SECONDS
from core.usage.poll_records import (
    BLOCKED,
    BLOCKED_BY_PROXY,
    COOLDOWNS_FILENAME,
    POLLS_FILENAME,
    Cooldown,
    read_cooldowns,
    read_polls,
    recent_poll,
    token_key,
)

__all__ = [
    "COOLDOWNS_FILENAME",
    "COOLDOWN_CEILING",
    "COOLDOWN_FLOOR",
    "MIN_POLL_INTERVAL",
    "POLLS_FILENAME",
    "Cooldown",
    "RateLimitGate",
    "SignInServerGate",
    "TooSoonError",
    "cooldown_delay",
    "token_key",
]

log = logging.getLogger(__name__)
T = TypeVar("T")
Refusal = RateLimitedError | BlockedError  # the answers that start a cooldown

COOLDOWN_FLOOR = timedelta(seconds=60)
COOLDOWN_CEILING = timedelta(hours=1)
MIN_POLL_INTERVAL = timedelta(seconds=MIN_POLL_SECONDS)
# How long a finished cooldown is remembered (for back-off) before it is garbage-collected.
FORGET_AFTER = timedelta(hours=1)
MAX_ENTRIES = 500
_LOCK_TIMEOUT = 5.0
_PRUNE_AT = 64  # remembered tokens before old ones are forgotten


def _utcnow() -> datetime:
    return datetime.now(UTC)


class TooSoonError(ClaudeUsageError):
    """This token was polled less than the minimum interval ago (not a server 429)."""

    def __init__(self, next_at: datetime) -> None:
        super().__init__("Checked moments ago; using that result")
        self.next_at = next_at


def cooldown_delay(
    retry_at: datetime | None,
    strikes: int,
    now: datetime,
    *,
    floor: timedelta = COOLDOWN_FLOOR,
    ceiling: timedelta = COOLDOWN_CEILING,
) -> timedelta:
    """How long to wait after a 429: the longer of Retry-After and floor·2^strikes, clamped."""
    asked = retry_at - now if retry_at is not None else timedelta(0)
    backoff = floor * (1 << min(strikes, 20))
    return min(max(asked, backoff, floor), ceiling)


class _CooldownFile:
    """The persisted cooldowns; unreadable content is treated as empty and rewritten.

    If the file cannot be written (read-only or full disk) the entries are kept in memory
    instead, so cooldowns still hold for the life of this process.
    """

    def __init__(self, path: Path, private_root: Path | None) -> None:
        self.path = path
        self._private_root = private_root  # see core.base.paths.ensure_private_dir
        self._lock = FileLock(str(path.with_name(path.name + ".lock")), timeout=_LOCK_TIMEOUT)
        self._memory: dict[str, Cooldown] | None = None  # set while the file is unwritable

    def read(self) -> dict[str, Cooldown]:
        if self._memory is not None:
            return dict(self._memory)
        return read_cooldowns(self.path)

    def update(
        self, change: Callable[[dict[str, Cooldown]], dict[str, Cooldown]]
    ) -> dict[str, Cooldown]:
        """Locked read-modify-write, so the tray and a CLI run don't lose each other's entries."""
        try:
            ensure_private_dir(self.path.parent, owned_root=self._private_root)
            with self._lock:
                entries = change(self.read())
                self._write(entries)
            self._memory = None
        except (OSError, Timeout) as exc:
            log.warning("Could not save cooldowns (kept in memory): %s", exc)
            entries = change(self.read())
            self._memory = entries
        return entries

    def _write(self, entries: dict[str, Cooldown]) -> None:
        payload = {"version": 1, "tokens": {k: _encode(c) for k, c in entries.items()}}
        write_atomic(self.path, json.dumps(payload).encode("utf-8"))


def _encode(cooldown: Cooldown) -> dict[str, Any]:
    return {
        "until": cooldown.until.timestamp(),
        "strikes": cooldown.strikes,
        "bypass_spent": cooldown.bypass_spent,
        "reason": cooldown.reason,
    }


def _collect_garbage(entries: dict[str, Cooldown], now: datetime) -> dict[str, Cooldown]:
    """Drop entries whose cooldown ended over an hour ago (e.g. of rotated tokens)."""
    kept = {k: c for k, c in entries.items() if now < c.until + FORGET_AFTER}
    if len(kept) > MAX_ENTRIES:
        newest = sorted(kept.items(), key=lambda item: item[1].until)[-MAX_ENTRIES:]
        kept = dict(newest)
    return kept


class _PollFile:
    """When each token was last polled, by any process: claimed under a file lock, so
    concurrent processes cannot all find the interval over and all ask.

    Unreadable content counts as no polls; an unwritable file (or a lock held too long)
    leaves each process with its own in-memory interval only.
    """

    def __init__(self, path: Path, private_root: Path | None) -> None:
        self.path = path
        self._private_root = private_root
        self._lock = FileLock(str(path.with_name(path.name + ".lock")), timeout=_LOCK_TIMEOUT)

    def claim_many(
        self,
        asks: Sequence[tuple[str, bool]],
        clock: Callable[[], datetime],
        interval: timedelta,
    ) -> list[datetime | None]:
        """Record a poll of each ``key`` now (answer ``None``); or, when another poll of it
        started less than ``interval`` ago (and not ``force``), record nothing and answer that
        poll's time. Under one turn of the lock and one write: a refresh of many accounts
        claims all its polls at once.

        "Now" is read under the lock: a time taken before waiting for it could be older than
        the poll another process claimed meanwhile, and both would ask.
        """
        answers: list[datetime | None] = [None] * len(asks)
        try:
            ensure_private_dir(self.path.parent, owned_root=self._private_root)
            with self._lock:
                now = clock()
                polls = read_polls(self.path)
                for index, (key, force) in enumerate(asks):
                    answers[index] = recent_poll(polls.get(key), now, interval, force)
                    if answers[index] is None:
                        polls[key] = now
                if None in answers:
                    self._write(polls, now)
        except (OSError, Timeout) as exc:
            log.warning("Could not share poll times (this process only): %s", exc)
            return [None] * len(asks)
        return answers

    def _write(self, polls: dict[str, datetime], now: datetime) -> None:
        polls = {k: t for k, t in polls.items() if now - t < FORGET_AFTER}
        newest = sorted(polls.items(), key=lambda item: item[1])[-MAX_ENTRIES:]
        payload = {"version": 1, "polls": {k: t.timestamp() for k, t in newest}}
        # A coordination hint, rewritten on every poll under the lock: no fsync (lost in a
        # crash, a poll is merely asked again).
        write_atomic(self.path, json.dumps(payload).encode("utf-8"), durable=False)


class RateLimitGate:
    """Every usage request goes through :meth:`call`; see the module docstring for the rules."""

    def __init__(
        self,
        path: Path,
        *,
        private_root: Path | None = None,
        clock: Callable[[], datetime] = _utcnow,
        floor: timedelta = COOLDOWN_FLOOR,
        ceiling: timedelta = COOLDOWN_CEILING,
        min_interval: timedelta = MIN_POLL_INTERVAL,
    ) -> None:
        self._file = _CooldownFile(Path(path), private_root)
        self._polls = _PollFile(Path(path).with_name(POLLS_FILENAME), private_root)
        self._clock = clock
        self.floor, self.ceiling, self.min_interval = floor, ceiling, min_interval
        self._locks: dict[str, asyncio.Lock] = {}
        self._last_poll: dict[str, datetime] = {}
        # The tokens of one refresh are admitted together: one read of the cooldowns and
        # one locked claim of the shared poll file for all of them (core.base.batching).
        self._cooldown_reads: Batch[None, dict[str, Cooldown]] = shared_read(
            lambda: self._file.read()
        )
        self._claims: Batch[tuple[str, bool], datetime | None] = Batch(self._claim_all)

    @property
    def path(self) -> Path:
        return self._file.path

    async def call(
        self, token: str, request: Callable[[], Awaitable[T]], *, user_initiated: bool = False
    ) -> T:
        """Run ``request`` for ``token`` if the rules allow; 429s start or extend a cooldown.

        Raises :class:`RateLimitedError` (with ``retry_at``) during a cooldown and
        :class:`TooSoonError` within the minimum interval.
        """
        key = token_key(token)
        self._prune(self._clock())
        async with self._locks.setdefault(key, asyncio.Lock()):
            entry = await self._admit(key, user_initiated)
            self._last_poll[key] = self._clock()
            try:
                result = await request()
            except (RateLimitedError, BlockedError) as exc:
                raise await self._penalise(key, exc) from exc
            if entry is not None:  # only a token that had an entry has anything to forgive
                await self._forgive(key)
            return result

    def _prune(self, now: datetime) -> None:
        """Forget poll times (and idle locks) of tokens not seen for a while: tokens rotate."""
        if len(self._last_poll) < _PRUNE_AT:
            return
        for key, last in list(self._last_poll.items()):
            lock = self._locks.get(key)
            if now - last >= self.min_interval and (lock is None or not lock.locked()):
                del self._last_poll[key]
                self._locks.pop(key, None)

    async def cooldown(self, token: str) -> Cooldown | None:
        """The token's current cooldown, if one is in force."""
        entry = (await self._cooldown_reads(None)).get(token_key(token))
        return entry if entry is not None and entry.active(self._clock()) else None

    async def _admit(self, key: str, user_initiated: bool) -> Cooldown | None:
        """Raise if the token may not be polled now; else return its (expired) entry, if any."""
        now = self._clock()
        last = self._last_poll.get(key)
        if not user_initiated and last is not None and now - last < self.min_interval:
            raise TooSoonError(last + self.min_interval)
        entry = (await self._cooldown_reads(None)).get(key)
        if entry is not None and entry.active(now):
            if not user_initiated or entry.bypass_spent:
                raise _cooldown_error(entry)
            await self._update(lambda es: {**es, key: replace(entry, bypass_spent=True)})
            log.info("User-initiated refresh bypasses a cooldown once")
        await self._claim(key, user_initiated)
        return entry

    async def _claim(self, key: str, user_initiated: bool) -> None:
        """Claim this poll in the shared file: another process may have polled meanwhile."""
        other = await self._claims((key, user_initiated))
        if other is not None:
            self._last_poll[key] = other
            raise TooSoonError(other + self.min_interval)

    def _claim_all(self, asks: list[tuple[str, bool]]) -> list[datetime | None]:
        return self._polls.claim_many(asks, self._clock, self.min_interval)

    async def _penalise(self, key: str, error: Refusal) -> Refusal:
        """Start (or extend) the cooldown and return the error to raise, with ``retry_at``."""
        limits = (self.floor, self.ceiling)
        entry = await _start_cooldown(self._file, key, error, self._clock(), limits)
        log.info("%s; cooling down until %s", type(error).__name__, entry.until.isoformat())
        return _with_retry_at(error, entry.until)

    async def _forgive(self, key: str) -> None:
        """A success clears the token's strikes and gives the bypass back."""
        await self._update(lambda es: {k: c for k, c in es.items() if k != key})

    async def _update(
        self, change: Callable[[dict[str, Cooldown]], dict[str, Cooldown]]
    ) -> dict[str, Cooldown]:
        now = self._clock()
        return await asyncio.to_thread(
            self._file.update, lambda es: _collect_garbage(change(es), now)
        )


class SignInServerGate:
    """Persisted cooldowns for the token endpoint (see the module docstring).

    Used by :class:`core.anthropic.api.AnthropicApi` around every token request, so the policy lives
    here and the refresh logic of :mod:`core.usage.tokens` needs no part of it.
    """

    def __init__(
        self,
        path: Path,
        *,
        private_root: Path | None = None,
        clock: Callable[[], datetime] = _utcnow,
        floor: timedelta = COOLDOWN_FLOOR,
        ceiling: timedelta = COOLDOWN_CEILING,
    ) -> None:
        self._file = _CooldownFile(Path(path), private_root)
        self._clock = clock
        self.floor, self.ceiling = floor, ceiling

    async def call(self, token_url: str, request: Callable[[], Awaitable[T]]) -> T:
        """Run ``request`` unless the sign-in server asked us to wait; remember if it does."""
        key = _sign_in_key(token_url)
        now = self._clock()
        entry = (await asyncio.to_thread(self._file.read)).get(key)
        if entry is not None and entry.active(now):
            raise _sign_in_error(entry)
        try:
            result = await request()
        except (RateLimitedError, BlockedError) as exc:
            limits = (self.floor, self.ceiling)
            entry = await _start_cooldown(self._file, key, exc, self._clock(), limits)
            log.info("Sign-in server refused; not asking it again before %s", entry.until)
            raise _sign_in_error(entry) from exc
        if entry is not None:  # a finished cooldown: forget its strikes
            await asyncio.to_thread(
                self._file.update, lambda es: {k: c for k, c in es.items() if k != key}
            )
        return result


async def _start_cooldown(
    file: _CooldownFile,
    key: str,
    error: Refusal,
    now: datetime,
    limits: tuple[timedelta, timedelta],
) -> Cooldown:
    """Start (or extend, with one more strike) ``key``'s cooldown after ``error``.

    ``limits`` is (floor, ceiling) for :func:`cooldown_delay`.
    """
    floor, ceiling = limits
    reason = _reason(error)

    def change(entries: dict[str, Cooldown]) -> dict[str, Cooldown]:
        previous = entries.get(key)
        strikes = previous.strikes if previous is not None else 0
        delay = cooldown_delay(error.retry_at, strikes, now, floor=floor, ceiling=ceiling)
        # A 429 during a cooldown keeps the bypass spent; a new cooldown gives it back.
        spent = previous is not None and previous.active(now) and previous.bypass_spent
        return {**entries, key: Cooldown(now + delay, strikes + 1, spent, reason)}

    entries = await asyncio.to_thread(file.update, lambda es: _collect_garbage(change(es), now))
    return entries.get(key) or Cooldown(now + floor, reason=reason)


def _reason(error: Refusal) -> str:
    if isinstance(error, BlockedError):
        return BLOCKED_BY_PROXY if error.blocker == "proxy" else BLOCKED
    return "rate_limited"


def _blocker(reason: str) -> str | None:
    """The :attr:`BlockedError.blocker` of a cooldown's reason; None for a 429."""
    return {BLOCKED: "cloudflare", BLOCKED_BY_PROXY: "proxy"}.get(reason)


def _sign_in_key(token_url: str) -> str:
    """The token endpoint's entry: hashed like the tokens' (the file holds only hex keys)."""
    return token_key(f"sign-in server {token_url}")


def _with_retry_at(error: Refusal, until: datetime) -> Refusal:
    if isinstance(error, BlockedError):
        return BlockedError(str(error), retry_at=until, blocker=error.blocker)
    return RateLimitedError(str(error), retry_at=until)


def _cooldown_error(entry: Cooldown) -> Refusal:
    """What a caller gets while a cooldown holds: still a block, or still a 429."""
    wait = f"waiting until {entry.until:%H:%M:%S} UTC before asking again"
    blocker = _blocker(entry.reason)
    if blocker is not None:
        message = PROXY_BLOCKED_MESSAGE if blocker == "proxy" else BLOCKED_MESSAGE
        return BlockedError(f"{message}; {wait}", retry_at=entry.until, blocker=blocker)
    return RateLimitedError(f"Rate limited by Anthropic; {wait}", retry_at=entry.until)


def _sign_in_error(entry: Cooldown) -> Refusal:
    """The sign-in server's cooldown, to the minute (rounded up: never an early time)."""
    minute = entry.until.replace(second=0, microsecond=0)
    if minute < entry.until:
        minute += timedelta(minutes=1)
    retry = f"retry after {minute:%H:%M} UTC"
    blocker = _blocker(entry.reason)
    if blocker is not None:
        message = PROXY_BLOCKED_MESSAGE if blocker == "proxy" else BLOCKED_MESSAGE
        return BlockedError(
            f"{message}; sign-in server: {retry}", retry_at=entry.until, blocker=blocker
        )
    return RateLimitedError(f"Rate limited by the sign-in server, {retry}", retry_at=entry.until)

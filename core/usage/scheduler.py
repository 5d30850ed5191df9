"""The polling loop the tray and the CLI's ``watch`` share.

Polls every ``interval`` (5 minutes by default), never faster than ``min_interval`` (60 s;
the per-token gate enforces that too), faster while a UI is watching (``set_watching``),
and slower when nothing changes: after ``backoff_after`` unchanged polls the interval grows
×1.5 per poll up to ``max_interval`` (15 minutes), and snaps back on any change. Each wait
is jittered (±10 %) so several machines or accounts drift apart instead of polling in
lockstep. ``refresh_now()`` polls at once, as a user-initiated poll (which may bypass a
cooldown once).

Time is injected (``clock`` and ``sleep``), so tests drive the loop without real waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Awaitable, Callable, Hashable, Sequence

from core.models import AccountUsage, AdminUsage, OAuthUsage
from core.usage.limits import MIN_POLL_SECONDS

__all__ = [
    "DEFAULT_INTERVAL",
    "MAX_INTERVAL",
    "MIN_INTERVAL",
    "WATCHING_INTERVAL",
    "Scheduler",
    "fingerprint",
]

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 300.0
WATCHING_INTERVAL = 120.0
MIN_INTERVAL = MIN_POLL_SECONDS
MAX_INTERVAL = 900.0
BACKOFF_AFTER = 3
BACKOFF_FACTOR = 1.5
JITTER = 0.1

FetchAll = Callable[[bool], Awaitable[list[AccountUsage]]]
OnSnapshot = Callable[[list[AccountUsage]], None]


def _usage_key(usage: AccountUsage) -> Hashable:
    """What counts as a change. Reset times are left out: the API jitters them slightly."""
    if isinstance(usage, OAuthUsage):
        percents = tuple(sorted((k, w.percent) for k, w in usage.windows.items()))
        extra = usage.extra_usage.used_credits if usage.extra_usage else None
        return (usage.account_name, usage.status, usage.stale, percents, extra)
    if isinstance(usage, AdminUsage):
        tokens = (usage.input_tokens, usage.output_tokens, usage.estimated_cost_cents)
        return (usage.account_name, usage.status, usage.stale, tokens)
    return repr(usage)


def fingerprint(results: Sequence[AccountUsage]) -> tuple[Hashable, ...]:
    """A comparable summary of one poll's results."""
    return tuple(_usage_key(usage) for usage in results)


class Scheduler:
    """Calls ``fetch_all(user_initiated)`` on a schedule and hands results to ``on_snapshot``."""

    def __init__(
        self,
        fetch_all: FetchAll,
        on_snapshot: OnSnapshot,
        *,
        interval: float = DEFAULT_INTERVAL,
        watching_interval: float = WATCHING_INTERVAL,
        min_interval: float = MIN_INTERVAL,
        max_interval: float = MAX_INTERVAL,
        backoff_after: int = BACKOFF_AFTER,
        jitter: float = JITTER,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self._fetch_all, self._on_snapshot = fetch_all, on_snapshot
        self._interval, self._watching_interval = interval, watching_interval
        self._min, self._max = min_interval, max_interval
        self._backoff_after, self._jitter = backoff_after, jitter
        self._clock, self._sleep, self._rand = clock, sleep, rand
        self._watching = False
        self._slowdown = 1.0
        self._unchanged = 0
        self._last_fingerprint: tuple[Hashable, ...] | None = None
        self._last_poll: float | None = None
        self._next_delay = 0.0
        self._user_requested = False
        self._polling_for_user = False
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.polls = 0

    # -- control ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start polling (the first poll happens at once). Idempotent."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="usage-scheduler")

    async def stop(self) -> None:
        """Stop polling and wait for the loop to end (a poll in flight is cancelled)."""
        task, self._task = self._task, None
        if task is None:
            return
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def refresh_now(self) -> None:
        """Poll at once, user-initiated (no-op while a user-initiated poll is in flight)."""
        if self._polling_for_user:
            return
        self._user_requested = True
        self._wake.set()

    def set_watching(self, watching: bool) -> None:
        """A UI is (not) showing the numbers: poll faster while it is."""
        if watching != self._watching:
            self._watching = watching
            self._reschedule()

    def set_interval(self, seconds: float) -> None:
        """The base interval (from settings); clamped to [min_interval, max_interval]."""
        self._interval = seconds
        self._reschedule()

    @property
    def current_interval(self) -> float:
        """The interval before jitter: base (or watching) × slowdown, clamped."""
        if self._watching:
            base = min(self._watching_interval, self._interval)
        else:
            base = self._interval * self._slowdown
        return min(max(base, self._min), max(self._max, self._min))

    # -- the loop --------------------------------------------------------------------------

    async def _run(self) -> None:
        while True:
            user, self._user_requested = self._user_requested, False
            await self._poll(user)
            await self._wait_for_next()

    async def _poll(self, user_initiated: bool) -> None:
        self._polling_for_user = user_initiated
        self._last_poll = self._clock()
        self.polls += 1
        try:
            results = await self._fetch_all(user_initiated)
        except Exception:
            log.exception("Polling usage failed")
            results = None
        finally:
            self._polling_for_user = False
        if results is not None:
            self._note_changes(results)
        self._next_delay = self._jittered(self.current_interval)
        if results is not None:
            self._deliver(results)

    def _deliver(self, results: list[AccountUsage]) -> None:
        try:
            self._on_snapshot(results)
        except Exception:
            log.exception("A usage listener failed")

    def _note_changes(self, results: list[AccountUsage]) -> None:
        """Back off after ``backoff_after`` unchanged polls; any change snaps back."""
        current = fingerprint(results)
        if current == self._last_fingerprint:
            self._unchanged += 1
        else:
            self._unchanged, self._slowdown = 0, 1.0
        self._last_fingerprint = current
        if self._unchanged >= self._backoff_after:
            self._slowdown = min(self._slowdown * BACKOFF_FACTOR, self._max / self._interval)

    def _jittered(self, seconds: float) -> float:
        spread = 1 + self._jitter * (2 * self._rand() - 1)
        return max(seconds * spread, self._min)

    async def _wait_for_next(self) -> None:
        """Sleep until the next poll is due; a user request ends it, a reschedule re-plans."""
        while not self._user_requested:
            remaining = (self._last_poll or 0.0) + self._next_delay - self._clock()
            if remaining <= 0:
                return
            self._wake.clear()
            await self._sleep_or_wake(remaining)

    async def _sleep_or_wake(self, seconds: float) -> None:
        sleeper = asyncio.ensure_future(self._sleep(seconds))
        waker = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeper, waker):
                task.cancel()
            await asyncio.gather(sleeper, waker, return_exceptions=True)

    def _reschedule(self) -> None:
        """Re-plan the wait in progress with the new interval (measured from the last poll)."""
        self._next_delay = self._jittered(self.current_interval)
        self._wake.set()

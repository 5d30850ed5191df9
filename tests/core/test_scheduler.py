"""core.usage.scheduler driven by an injected clock and sleep: no real waiting anywhere."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta

import pytest

from core.models import AccountStatus, AccountUsage, AdminUsage, OAuthUsage, UsageWindow
from core.usage.scheduler import Scheduler, fingerprint

RESET = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)


class FakeTime:
    """A monotonic clock that moves only when the test says so; sleepers wake on ``advance``."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []
        self._waiters: list[tuple[float, asyncio.Future[None]]] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append((self.now + seconds, future))
        await future

    def advance(self, seconds: float) -> None:
        self.now += seconds
        for deadline, future in list(self._waiters):
            if deadline <= self.now + 1e-9 and not future.done():
                future.set_result(None)
        self._waiters = [(d, f) for d, f in self._waiters if not f.done()]


def snapshot(percent: float, *, resets_at: datetime | None = RESET) -> list[AccountUsage]:
    window = UsageWindow(percent=percent, resets_at=resets_at)
    return [OAuthUsage(account_name="Work", session=window, windows={"five_hour": window})]


class Harness:
    """fetch_all / on_snapshot doubles the test can watch and steer."""

    def __init__(self) -> None:
        self.time = FakeTime()
        self.calls: list[bool] = []
        self.delivered: list[list[AccountUsage]] = []
        self.results: Callable[[int], list[AccountUsage]] = lambda n: snapshot(float(n))
        self.fail_fetch = False
        self.fail_listener = False
        self.hold: asyncio.Event | None = None

    async def fetch_all(self, user_initiated: bool) -> list[AccountUsage]:
        self.calls.append(user_initiated)
        if self.hold is not None:
            await self.hold.wait()
        if self.fail_fetch:
            raise RuntimeError("boom")
        return self.results(len(self.calls))

    def on_snapshot(self, results: list[AccountUsage]) -> None:
        self.delivered.append(results)
        if self.fail_listener:
            raise RuntimeError("listener bug")

    def scheduler(self, **options: object) -> Scheduler:
        return Scheduler(
            self.fetch_all,
            self.on_snapshot,
            clock=self.time.clock,
            sleep=self.time.sleep,
            rand=lambda: 0.5,  # no jitter unless a test asks for it
            **options,  # type: ignore[arg-type]
        )


async def settle(condition: Callable[[], bool], what: str = "condition") -> None:
    """Let the event loop run (no time passes) until ``condition`` holds."""
    for _ in range(1000):
        if condition():
            return
        await asyncio.sleep(0)
    raise AssertionError(f"never happened: {what}")


async def idle() -> None:
    """Let the event loop run its fill (no time passes), so a poll that is wrongly due now
    has happened before the test checks that it has not."""
    for _ in range(100):
        await asyncio.sleep(0)


@pytest.fixture
def harness() -> Harness:
    return Harness()


@pytest.fixture
async def running(harness: Harness) -> AsyncIterator[Scheduler]:
    scheduler = harness.scheduler()
    scheduler.start()
    yield scheduler
    await scheduler.stop()


async def polls(harness: Harness, count: int) -> None:
    await settle(lambda: len(harness.calls) >= count, f"{count} polls")
    await settle(lambda: len(harness.time.sleeps) >= count, f"{count} sleeps")
    await idle()  # a re-planned wait also counts as a sleep: let the last poll's one start


async def test_polls_at_once_then_every_five_minutes(harness: Harness, running: Scheduler) -> None:
    await polls(harness, 1)
    assert harness.calls == [False]
    assert harness.time.sleeps == [300.0]
    assert len(harness.delivered) == 1
    harness.time.advance(299)
    await idle()
    assert len(harness.calls) == 1
    harness.time.advance(1)
    await polls(harness, 2)
    assert harness.calls == [False, False]
    assert running.polls == 2


async def test_refresh_now_polls_immediately_as_user_initiated(
    harness: Harness, running: Scheduler
) -> None:
    await polls(harness, 1)
    running.refresh_now()
    await polls(harness, 2)
    assert harness.calls == [False, True]
    assert harness.time.now == 0  # no time had to pass
    assert harness.time.sleeps[-1] == 300.0  # the schedule restarts from that poll


async def test_refresh_now_during_a_user_poll_is_not_doubled(harness: Harness) -> None:
    scheduler = harness.scheduler()
    scheduler.start()
    await polls(harness, 1)
    harness.hold = asyncio.Event()
    scheduler.refresh_now()
    await settle(lambda: len(harness.calls) == 2)
    scheduler.refresh_now()  # impatient second click while the first is in flight
    harness.hold.set()
    await settle(lambda: len(harness.time.sleeps) == 2)
    assert harness.calls == [False, True]
    await scheduler.stop()


async def test_watching_polls_faster_measured_from_the_last_poll(
    harness: Harness, running: Scheduler
) -> None:
    await polls(harness, 1)
    harness.time.advance(100)
    running.set_watching(True)
    assert running.current_interval == 120.0
    harness.time.advance(19)
    await idle()
    assert len(harness.calls) == 1
    harness.time.advance(1)  # 120 s after the last poll
    await polls(harness, 2)
    assert harness.time.sleeps[-1] == 120.0
    running.set_watching(False)
    assert running.current_interval == 300.0


async def test_unchanged_results_back_off_to_fifteen_minutes_and_snap_back(
    harness: Harness,
) -> None:
    harness.results = lambda n: snapshot(50.0 if n < 9 else 70.0)
    scheduler = harness.scheduler()
    scheduler.start()
    for count in range(1, 10):
        await polls(harness, count)
        harness.time.advance(harness.time.sleeps[-1])
    await polls(harness, 10)
    # polls 1-4 unchanged after the first → back-off from the 4th on, capped at 900 s
    assert harness.time.sleeps[:8] == [300.0, 300.0, 300.0, 450.0, 675.0, 900.0, 900.0, 900.0]
    assert harness.time.sleeps[8] == 300.0  # a change snaps back
    await scheduler.stop()


async def test_reset_time_jitter_is_not_a_change() -> None:
    first = snapshot(10.0, resets_at=RESET)
    second = snapshot(10.0, resets_at=RESET + timedelta(microseconds=481234))
    assert fingerprint(first) == fingerprint(second)
    assert fingerprint(first) != fingerprint(snapshot(11.0))
    stale = [OAuthUsage(account_name="Work", status=AccountStatus.RATE_LIMITED, stale=True)]
    assert fingerprint(stale) != fingerprint([OAuthUsage(account_name="Work")])
    admin = [AdminUsage(account_name="Org", input_tokens=5)]
    assert fingerprint(admin) != fingerprint([AdminUsage(account_name="Org", input_tokens=6)])


async def test_never_faster_than_a_minute(harness: Harness) -> None:
    scheduler = harness.scheduler(interval=5.0, watching_interval=1.0)
    scheduler.start()
    await polls(harness, 1)
    assert harness.time.sleeps == [60.0]
    scheduler.set_watching(True)
    assert scheduler.current_interval == 60.0
    await scheduler.stop()


@pytest.mark.parametrize(("rand", "expected"), [(0.0, 270.0), (1.0, 330.0), (0.25, 285.0)])
async def test_jitter_spreads_polls(rand: float, expected: float) -> None:
    harness = Harness()
    scheduler = Scheduler(
        harness.fetch_all,
        harness.on_snapshot,
        clock=harness.time.clock,
        sleep=harness.time.sleep,
        rand=lambda: rand,
    )
    scheduler.start()
    await polls(harness, 1)
    assert harness.time.sleeps == [pytest.approx(expected)]
    await scheduler.stop()


async def test_set_interval_replans_the_wait(harness: Harness, running: Scheduler) -> None:
    await polls(harness, 1)
    running.set_interval(600)
    harness.time.advance(300)
    await idle()
    assert len(harness.calls) == 1
    harness.time.advance(300)
    await polls(harness, 2)


async def test_a_failing_fetch_does_not_stop_the_loop(harness: Harness) -> None:
    harness.fail_fetch = True
    scheduler = harness.scheduler()
    scheduler.start()
    await polls(harness, 1)
    assert harness.delivered == []
    harness.fail_fetch = False
    harness.time.advance(300)
    await polls(harness, 2)
    assert len(harness.delivered) == 1
    assert scheduler.running
    await scheduler.stop()


async def test_a_failing_listener_does_not_stop_the_loop(harness: Harness) -> None:
    harness.fail_listener = True
    scheduler = harness.scheduler()
    scheduler.start()
    await polls(harness, 1)
    harness.time.advance(300)
    await polls(harness, 2)
    assert len(harness.delivered) == 2
    await scheduler.stop()


async def test_stop_while_waiting_is_clean(harness: Harness) -> None:
    scheduler = harness.scheduler()
    scheduler.start()
    scheduler.start()  # idempotent
    await polls(harness, 1)
    await scheduler.stop()
    assert not scheduler.running
    harness.time.advance(10_000)
    await idle()
    assert len(harness.calls) == 1
    await scheduler.stop()  # idempotent too


async def test_stop_during_a_poll_cancels_it(harness: Harness) -> None:
    harness.hold = asyncio.Event()
    scheduler = harness.scheduler()
    scheduler.start()
    await settle(lambda: len(harness.calls) == 1)
    await scheduler.stop()
    assert not scheduler.running
    assert harness.delivered == []


async def test_restart_after_stop(harness: Harness) -> None:
    scheduler = harness.scheduler()
    scheduler.start()
    await polls(harness, 1)
    await scheduler.stop()
    scheduler.start()
    await polls(harness, 2)
    assert scheduler.running
    await scheduler.stop()

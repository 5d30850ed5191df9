"""Requests per hour per account under the default schedule, in simulated time.

The real :class:`core.usage.scheduler.Scheduler` (default settings) drives a real
:class:`core.client.UsageClient` against the fake for three simulated hours: its clock and
sleep are injected, so they pass in a few seconds. The figure is the steady rate (hours two
and three); the first hour, which starts with a poll at once, is in the note. Every poll
is passed on as user-initiated because the per-token gate's 60 s minimum interval runs on
the wall clock, which barely moves here; the scheduler never polls faster than 60 s itself,
so the count is the scheduler's. Three situations: nothing changes (the schedule backs off
to 15 minutes), usage changes on every poll (no back-off), and the popup is open all hour
(watching).

Target: at most 12 usage requests per hour per account by default (the 5-minute polling the
README promises); anthropic-api.md reports a budget of about 30 per hour, shared with
Claude Code, which even the watching rate must stay within.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable

from core.anthropic.endpoints import Endpoints
from core.client import UsageClient
from core.models import AccountUsage
from core.usage.scheduler import Scheduler

from .env import FakeServer, fake_server, sandbox, save_accounts
from .report import Figure

NAME = "schedule"
ACCOUNTS = 3
HOUR = 3600.0
HOURS = 3
DEFAULT_TARGET = 12
BUDGET = 30
USAGE_PATH = "/api/oauth/usage"


class SimulatedTime:
    """``clock`` and ``sleep`` for the scheduler: sleeping moves the clock, instantly."""

    def __init__(self) -> None:
        self.now = 0.0

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(seconds, 0.0)
        await asyncio.sleep(0)


class Outcome:
    def __init__(self, polls: list[float], usage_requests: int, all_requests: int) -> None:
        self.polls, self.usage_requests, self.all_requests = polls, usage_requests, all_requests

    def in_hours(self, first: int, last: int) -> float:
        """Polls per hour (= usage requests per account) from hour ``first`` to ``last``."""
        count = sum(1 for t in self.polls if first * HOUR <= t < last * HOUR)
        return count / (last - first)


async def _simulate(server: FakeServer, *, changing: bool, watching: bool) -> Outcome:
    """Run the scheduler for :data:`HOURS` simulated hours; what it asked the fake."""
    time, done, polls = SimulatedTime(), asyncio.Event(), list[float]()
    async with UsageClient(endpoints=Endpoints.from_env(), jitter=0) as client:
        change = _usage_changer(server) if changing else None

        async def fetch_all(_user_initiated: bool) -> list[AccountUsage]:
            if time.now >= HOURS * HOUR:
                done.set()
                return []
            polls.append(time.now)
            if change is not None:
                change()
            return await client.get_all_accounts_usage(user_initiated=True)

        scheduler = Scheduler(
            fetch_all, lambda _: None, clock=time.clock, sleep=time.sleep,
            rand=random.Random(7).random,
        )  # fmt: skip
        scheduler.set_watching(watching)
        server.clear()
        scheduler.start()
        await done.wait()
        await scheduler.stop()
    requests = server.requests()
    usage = sum(1 for r in requests if r["path"] == USAGE_PATH)
    return Outcome(polls, usage, len(requests))


def _usage_changer(server: FakeServer) -> Callable[[], None]:
    step = iter(range(1_000_000))

    def change() -> None:
        percent = float(next(step) % 100)
        usage = {"five_hour": {"utilization": percent, "resets_at": None}}
        for account in server.accounts[:ACCOUNTS]:
            server.set_usage(account["email"], usage)

    return change


async def _measure() -> dict[str, Outcome]:
    results = {}
    with fake_server(ACCOUNTS) as server, sandbox(server.env):
        await save_accounts(server)
        for label, changing, watching in (
            ("nothing changes", False, False),
            ("usage changes every poll", True, False),
            ("popup open all hour", False, True),
        ):
            results[label] = await _simulate(server, changing=changing, watching=watching)
    return results


def run() -> list[Figure]:
    figures = []
    for label, outcome in asyncio.run(_measure()).items():
        steady = outcome.in_hours(1, HOURS)
        limit = BUDGET if "popup" in label else DEFAULT_TARGET
        note = (
            f"first hour {outcome.in_hours(0, 1):.0f}; {outcome.usage_requests} usage and "
            f"{outcome.all_requests} requests in all for {len(outcome.polls)} polls × "
            f"{ACCOUNTS} accounts"
        )
        figures.append(
            Figure(NAME, f"usage requests/h/account, {label}", steady, "/h",
                   f"≤ {limit}", steady <= limit, note)
        )  # fmt: skip
    return figures

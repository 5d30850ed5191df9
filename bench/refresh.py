"""Refreshing 1, 10 and 50 OAuth accounts against the fake server at 200 ms per request.

Accounts are fetched concurrently, so 50 accounts should cost about what one does: the
target is 50 accounts in under 1.5× the time of one. Each run starts from a fresh data
folder (app-owned copies saved with ``save_account``), then times one user-initiated
``get_all_accounts_usage`` (user-initiated so no cooldown or minimum interval interferes),
history and snapshots included, exactly as the tray does it.
"""

from __future__ import annotations

import asyncio
import statistics
import time

from .env import FakeServer, fake_server, sandbox, save_accounts
from .report import Figure

NAME = "refresh"
SIZES = (1, 10, 50)
LATENCY = 0.2
RUNS = 3
TARGET_RATIO = 1.5


async def _timed_refresh(server: FakeServer, accounts: int) -> tuple[float, int]:
    from core.client import UsageClient
    from core.endpoints import Endpoints
    from core.models import AccountStatus

    with sandbox(server.env):
        server.set_latency(0)  # saving (a profile lookup each) is not what is measured
        await save_accounts(server, accounts)
        server.set_latency(LATENCY)
        async with UsageClient(endpoints=Endpoints.from_env()) as client:
            started = time.perf_counter()
            usages = await client.get_all_accounts_usage(user_initiated=True)
            elapsed = time.perf_counter() - started
    failed = sum(1 for usage in usages if usage.status is not AccountStatus.OK)
    return elapsed, failed


async def _measure() -> dict[int, tuple[float, int]]:
    results: dict[int, tuple[float, int]] = {}
    with fake_server(max(SIZES), LATENCY) as server:
        for accounts in SIZES:
            runs = [await _timed_refresh(server, accounts) for _ in range(RUNS)]
            results[accounts] = (
                statistics.median(t for t, _ in runs),
                sum(failed for _, failed in runs),
            )
    return results


def run() -> list[Figure]:
    results = asyncio.run(_measure())
    one = results[1][0]
    figures = []
    for accounts, (seconds, failed) in results.items():
        note = f"{failed} failed fetches" if failed else f"median of {RUNS} runs"
        figures.append(
            Figure(NAME, f"{accounts} account(s), 200 ms latency", seconds, "s", note=note)
        )
    for accounts in SIZES[1:]:
        ratio = results[accounts][0] / one
        target = f"< {TARGET_RATIO}×" if accounts == max(SIZES) else "—"
        ok = ratio < TARGET_RATIO if accounts == max(SIZES) else None
        figures.append(Figure(NAME, f"{accounts} accounts ÷ 1 account", ratio, "×", target, ok))
    return figures

"""Refreshing 1, 10 and 50 OAuth accounts against the fake server at 200 ms per request.

Accounts are fetched concurrently, so 50 accounts should cost about what one does: the
target is 50 accounts in under 1.5× the time of one. Each run starts from a fresh data
folder (app-owned copies saved with ``save_account``), then times one user-initiated
``get_all_accounts_usage`` (user-initiated so no cooldown or minimum interval interferes),
history and snapshots included, exactly as the tray does it.

For scale, the same ratio is measured for bare ``httpx`` GETs with no library around them:
the floor this machine and the (Python, threaded) fake impose on their own.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time

import httpx

from .env import FakeServer, fake_server, sandbox, save_accounts
from .report import Figure

NAME = "refresh"
SIZES = (1, 10, 50)
LATENCY = 0.2
RUNS = 3
TARGET_RATIO = 1.5


async def _timed_refresh(server: FakeServer, accounts: int) -> tuple[float, int]:
    from core.anthropic.endpoints import Endpoints
    from core.client import UsageClient
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


async def _bare_gets(server: FakeServer, accounts: int) -> float:
    """Concurrent usage GETs with a bare httpx client: no store, gate, parsing or history."""
    base = server.info["base_url"]
    tokens = [
        json.loads(account["credentials_json"])["claudeAiOauth"]["accessToken"]
        for account in server.accounts[:accounts]
    ]
    async with httpx.AsyncClient() as http:
        started = time.perf_counter()
        answers = await asyncio.gather(
            *(http.get(f"{base}/api/oauth/usage", headers={"Authorization": f"Bearer {token}"})
              for token in tokens)
        )  # fmt: skip
        elapsed = time.perf_counter() - started
    assert all(answer.status_code == 200 for answer in answers)
    return elapsed


async def _measure() -> tuple[dict[int, tuple[float, int]], float]:
    results: dict[int, tuple[float, int]] = {}
    with fake_server(max(SIZES), LATENCY) as server:
        for accounts in SIZES:
            runs = [await _timed_refresh(server, accounts) for _ in range(RUNS)]
            results[accounts] = (
                statistics.median(t for t, _ in runs),
                sum(failed for _, failed in runs),
            )
        floor = [
            await _bare_gets(server, max(SIZES)) / await _bare_gets(server, 1) for _ in range(RUNS)
        ]
    return results, statistics.median(floor)


def run() -> list[Figure]:
    results, floor = asyncio.run(_measure())
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
    note = "bare httpx GETs against the same fake: what is left for the library"
    figures.append(Figure(NAME, f"floor: {max(SIZES)} bare GETs ÷ 1", floor, "×", note=note))
    return figures

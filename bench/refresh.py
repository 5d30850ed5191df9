"""Refreshing 1, 10, 50 and 200 OAuth accounts against the fake server at 200 ms per request.

Accounts are fetched concurrently, so many accounts should cost about what one does
(issue 17: 50 accounts within 1.10× of one, 200 within 1.3×). Each run starts from a fresh
data folder and a fresh client (first fetch: new connections, no last good values), then
times one user-initiated ``get_all_accounts_usage`` — poll claims, cooldowns, history and
forecasts included, as the tray does it. The snapshot files (a cache for the next process)
are written behind the answer; the time until they are on disk too is reported beside it.
The background call (``user_initiated=False``) is timed apart: it adds the stagger that
spreads accounts against a per-IP 429, whose last start must fall within 1 s.

Beside it, on the same fake in the same run, taking turns so the machine's load weighs on
all alike:

- the TypeScript ``claude-usage-core`` 1.3.1 (``bench/ts_core.py``), when node and the
  package are available;
- the floor: the same GETs on bare asyncio sockets, no HTTP library at all — what the
  fake server (Python, one thread per request) and two shared cores impose on any client;
- the HTTP library alone: the same GETs through the client this project builds
  (``new_http_client``: httpx over the sharded pool) and nothing else — no tokens, gate,
  parsing, history or snapshots. Between it and the floor is what httpx costs; between it
  and this project is what the library's own work per account costs.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from .env import FakeServer, fake_server, sandbox, save_accounts
from .report import Figure
from .ts_core import NOT_AVAILABLE, TsCore, find

NAME = "refresh"
SIZES = (1, 10, 50, 200)
LATENCY = 0.2
RUNS = 5
TARGETS = {50: 1.10, 200: 1.3}
STAGGER_BOUND = 1.0  # seconds: every account of a background refresh has started by then
USAGE_PATH = "/api/oauth/usage"


async def _python_refresh(
    server: FakeServer, accounts: int, *, user_initiated: bool = True
) -> tuple[float, int, float, float]:
    """Seconds, failed accounts, when (after the call) the last request was sent, and the
    seconds until the snapshot files were written too."""
    from core.anthropic.endpoints import Endpoints
    from core.client import UsageClient
    from core.models import AccountStatus

    with sandbox(server.env):
        server.set_latency(0)  # saving (a profile lookup each) is not what is measured
        await save_accounts(server, accounts)
        server.set_latency(LATENCY)
        server.clear()
        async with UsageClient(endpoints=Endpoints.from_env()) as client:
            started, wall = time.perf_counter(), time.monotonic()
            usages = await client.get_all_accounts_usage(user_initiated=user_initiated)
            elapsed = time.perf_counter() - started
            await client.flush()
            written = time.perf_counter() - started
    arrivals = [r["time"] for r in server.requests() if r["path"] == USAGE_PATH]
    spread = max(arrivals) - wall if arrivals else 0.0
    failed = sum(1 for usage in usages if usage.status is not AccountStatus.OK)
    return elapsed, failed, spread, written


def _tokens(server: FakeServer, accounts: int) -> list[str]:
    return [
        json.loads(account["credentials_json"])["claudeAiOauth"]["accessToken"]
        for account in server.accounts[:accounts]
    ]


async def _floor(server: FakeServer, accounts: int) -> float:
    """The same usage GETs on bare sockets: connect, send, read to the end."""
    base = urlsplit(server.info["base_url"])
    host, port = base.hostname or "127.0.0.1", base.port or 80

    async def get(token: str) -> bytes:
        reader, writer = await asyncio.open_connection(host, port)
        head = f"GET {USAGE_PATH} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n"
        writer.write((head + "Connection: close\r\n\r\n").encode())
        answer = await reader.read()
        writer.close()
        return answer

    started = time.perf_counter()
    answers = await asyncio.gather(*(get(token) for token in _tokens(server, accounts)))
    elapsed = time.perf_counter() - started
    assert all(answer.startswith(b"HTTP/1.1 200") for answer in answers)
    return elapsed


async def _http_only(server: FakeServer, accounts: int) -> float:
    """The same usage GETs through this project's HTTP client, a new one (new connections)."""
    from core.anthropic.api import new_http_client

    url = server.info["base_url"] + USAGE_PATH
    async with new_http_client() as client:
        started = time.perf_counter()
        answers = await asyncio.gather(
            *(
                client.get(url, headers={"Authorization": f"Bearer {token}"})
                for token in _tokens(server, accounts)
            )
        )
        elapsed = time.perf_counter() - started
    assert all(answer.status_code == 200 for answer in answers)
    return elapsed


class _TsStores:
    """One TypeScript store per size, saved once (its saving is not what is measured)."""

    def __init__(self, ts: TsCore, server: FakeServer, folder: Path) -> None:
        self.ts, self.server, self.folder = ts, server, folder
        self._saved: dict[int, Path] = {}

    def refresh(self, accounts: int) -> tuple[float, int]:
        store = self._saved.get(accounts)
        if store is None:
            store = self.folder / f"{accounts}" / "accounts.enc"
            self.server.set_latency(0)
            self.ts.save(self.server, store, accounts)
            self._saved[accounts] = store
        self.server.set_latency(LATENCY)
        return self.ts.refresh(self.server, store)


Series = dict[str, dict[int, list[float]]]


async def _measure(ts: TsCore | None) -> tuple[Series, list[float], int]:
    """Every implementation at every size, RUNS times, taking turns within each round."""
    series: Series = {
        "python": {}, "written": {}, "background": {}, "floor": {}, "http": {}, "ts": {}
    }  # fmt: skip
    spreads: list[float] = []
    failed = 0
    with fake_server(max(SIZES), LATENCY) as server, tempfile.TemporaryDirectory() as folder:
        stores = _TsStores(ts, server, Path(folder)) if ts else None
        for _ in range(RUNS):
            for accounts in SIZES:
                seconds, bad, _, written = await _python_refresh(server, accounts)
                series["python"].setdefault(accounts, []).append(seconds)
                series["written"].setdefault(accounts, []).append(written)
                failed += bad
                series["floor"].setdefault(accounts, []).append(await _floor(server, accounts))
                series["http"].setdefault(accounts, []).append(await _http_only(server, accounts))
                if stores is not None:
                    ts_seconds, ts_bad = stores.refresh(accounts)
                    series["ts"].setdefault(accounts, []).append(ts_seconds)
                    failed += ts_bad
            seconds, bad, spread, _ = await _python_refresh(server, 50, user_initiated=False)
            series["background"].setdefault(50, []).append(seconds)
            spreads.append(spread)
            failed += bad
    return series, spreads, failed


def _ratio_figures(label: str, medians: dict[int, float], check: bool) -> list[Figure]:
    figures = []
    for accounts in SIZES[1:]:
        ratio = medians[accounts] / medians[1]
        target = TARGETS.get(accounts) if check else None
        figures.append(
            Figure(
                NAME, f"{label}: {accounts} accounts ÷ 1", ratio, "×",
                f"≤ {target}×" if target else "—", ratio <= target if target else None,
            )
        )  # fmt: skip
    return figures


def run() -> list[Figure]:
    ts = find()
    series, spreads, failed = asyncio.run(_measure(ts))
    median: Callable[[list[float]], float] = statistics.median
    python = {n: median(times) for n, times in series["python"].items()}
    floor = {n: median(times) for n, times in series["floor"].items()}
    note = f"median of {RUNS}; {failed} failed fetches" if failed else f"median of {RUNS}"
    figures = [
        Figure(NAME, f"{n} account(s), 200 ms latency, user refresh", s, "s", note=note)
        for n, s in python.items()
    ]
    figures += _ratio_figures("this project", python, check=True)
    written = {n: median(times) for n, times in series["written"].items()}
    figures += [
        Figure(NAME, f"{n} account(s): until the snapshot files are written too", s, "s",
               note=f"÷ 1 account: {s / written[1]:.2f}×; written behind the answer")
        for n, s in written.items() if n > 1
    ]  # fmt: skip
    figures += [Figure(NAME, f"floor, bare sockets: {n} GETs", s, "s") for n, s in floor.items()]
    figures += _ratio_figures("floor (no HTTP library)", floor, check=False)
    http = {n: median(times) for n, times in series["http"].items()}
    figures += [Figure(NAME, f"httpx alone: {n} GETs", s, "s") for n, s in http.items()]
    figures += _ratio_figures("httpx alone", http, check=False)
    figures += [
        Figure(NAME, f"this project above the floor, {n} accounts", python[n] - floor[n], "s",
               note=f"httpx {http[n] - floor[n]:.3f} s of it, the rest {python[n] - http[n]:.3f} s")
        for n in SIZES[2:]
    ]  # fmt: skip
    background, spread = median(series["background"][50]), max(spreads)
    figures += [
        Figure(NAME, "50 accounts, background call (with the stagger)", background, "s",
               note=f"÷ 1 account: {background / python[1]:.2f}×"),
        Figure(NAME, "background: last of 50 requests sent after", spread, "s",
               f"≤ {STAGGER_BOUND:g} s", spread <= STAGGER_BOUND, "worst of the runs"),
    ]  # fmt: skip
    if not series["ts"]:
        missing = Figure(NAME, "TypeScript claude-usage-core 1.3.1", None, "", note=NOT_AVAILABLE)
        return [*figures, missing]
    typescript = {n: median(times) for n, times in series["ts"].items()}
    figures += [
        Figure(NAME, f"TypeScript 1.3.1: {n} account(s)", s, "s", note="same fake, taking turns")
        for n, s in typescript.items()
    ]
    figures += [
        Figure(NAME, f"TypeScript above the floor, {n} accounts", typescript[n] - floor[n], "s")
        for n in SIZES[2:]
    ]
    return figures + _ratio_figures("TypeScript 1.3.1", typescript, check=False)

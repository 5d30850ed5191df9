"""A short soak of the real tray (``tests/tray/soak_driver.py``): hundreds of refresh cycles
against the fake, every account changing, the popup opened and closed, notifications firing
— and nothing grows. ``make bench`` runs the same driver for 10,000 cycles.

Its bound on the references to ``None``, ``True`` and ``False`` is the check PySide6 6.12.0
on CPython 3.11 fails: its calls dropped references to them, and the process aborted once
they ran out ("deallocating None" before cycle 100 of this test, checked this stop).

The history is kept short (``SOAK_KEPT_CYCLES``) so that it is full by the first census:
from there, resident memory only grows if something leaks (a replaced tray icon's
renderings left in Qt's pixmap cache grew it ~2 KB a cycle; free heap fragments ~10 KB).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core import UsageClient
from tests.fakes.server import FakeAnthropic

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

REPO_ROOT = Path(__file__).resolve().parents[2]
CYCLES = 400
ACCOUNTS = 5
KEPT_CYCLES = 50  # the history kept, in cycles: full before the first census at cycle 200
RSS_BOUND = 3.0  # MB over the last 200 cycles (bench/soak.py: 5 MB over 9,300)
TYPE_BOUND = 500  # objects one type may gain over the last 100 cycles
# References to None/True/False come and go with the objects holding them; 6.12.0 lost
# thousands in 200 cycles (True: 4354 → 1368) and aborted soon after (now: before cycle 100).
SINGLETON_SLACK = 100


async def save_accounts(fake: FakeAnthropic) -> None:
    async with UsageClient(history=False) as client:
        for index in range(ACCOUNTS):
            account = fake.add_account(email=f"user{index}@example.com")
            await client.save_account(f"Account {index}", account.credentials_json())


def test_hundreds_of_refresh_cycles_grow_nothing(fake_server: FakeAnthropic) -> None:
    asyncio.run(save_accounts(fake_server))
    fake_server.drift = True
    env = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "SOAK_DEADLINE": "600",
        "SOAK_KEPT_CYCLES": str(KEPT_CYCLES),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.tray.soak_driver", str(CYCLES)],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=800,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    start, end = report["start"], report["end"]

    assert fake_server.count("/api/oauth/usage") >= CYCLES * ACCOUNTS
    assert report["notifications"] > 0  # thresholds were crossed: the notifier ran
    for singleton in ("none", "true", "false"):
        lost = start[f"{singleton}_refs"] - end[f"{singleton}_refs"]
        assert lost <= SINGLETON_SLACK, f"Qt calls lose references to {singleton}: {report}"
    assert end["widgets"] <= start["widgets"]
    assert end["rss_mb"] - start["rss_mb"] <= RSS_BOUND, report
    for name, gained in report["growing_types_second_half"]:
        assert gained <= TYPE_BOUND, (name, gained, report)

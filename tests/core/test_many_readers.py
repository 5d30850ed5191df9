"""One poller, many readers: ``claude-usage watch`` polls while waves of 20 concurrent
``claude-usage usage --json`` processes read; per token, the fake Anthropic server sees at
most one usage request per minimum interval, and every reader still shows values.

Real processes against the fake on 127.0.0.1. The quick run lowers the minimum interval
(``CLAUDE_USAGE_WATCH_MIN_INTERVAL``, which lowers the gate's floor too) to a few seconds
and runs about three intervals; ``make faults`` also runs the issue's two minutes at the
real 60 s floor.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
from collections import defaultdict

import pytest

from tests.core.test_cli import REPO_ROOT, cli_env, read_until, save_copy, usage_payload
from tests.fakes.server import FakeAnthropic

READERS = 20
# `make faults` (which sets FAULT_EXAMPLES) runs the two minutes; `make test` does not.
FULL_RUN_ONLY = pytest.mark.skipif(
    "FAULT_EXAMPLES" not in os.environ, reason="two minutes at the real floor: make faults"
)
USAGE_PATH = "/api/oauth/usage"
# A request is claimed in the client, then crosses a loaded machine (2 cores, 21 Python
# processes) before the fake stamps its arrival: arrival gaps may be this much shorter.
TRANSIT_SLACK = 0.5


def reader_wave(env: dict[str, str]) -> list[subprocess.CompletedProcess[str]]:
    """Start READERS `usage --json` runs at once; return when all have ended."""
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "core.cli", "usage", "--json"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=REPO_ROOT,
        )
        for _ in range(READERS)
    ]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results


def usage_request_times(fake: FakeAnthropic) -> dict[str, list[float]]:
    """Arrival times of usage requests, by the token they carried."""
    by_token: dict[str, list[float]] = defaultdict(list)
    for request in fake.requests_to(USAGE_PATH):
        by_token[request.headers["Authorization"]].append(request.time)
    return by_token


@pytest.mark.parametrize(
    ("interval", "duration"),
    [
        pytest.param(3.0, 9.0, id="quick"),
        pytest.param(
            60.0,
            120.0,
            id="two-minutes",
            marks=[pytest.mark.faults, FULL_RUN_ONLY, pytest.mark.timeout(400)],
        ),
    ],
)
def test_one_poller_many_readers_ask_once_per_token_per_interval(
    fake_server: FakeAnthropic, interval: float, duration: float
) -> None:
    fake = fake_server
    for name in ("Work", "Home"):
        save_copy(fake, name, fake.add_account(usage=usage_payload()))
    env = cli_env(fake, {"CLAUDE_USAGE_WATCH_MIN_INTERVAL": str(interval)})
    watch = subprocess.Popen(
        [sys.executable, "-m", "core.cli", "watch", "--interval", str(interval)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO_ROOT,
    )
    waves = 0
    try:
        assert watch.stdout is not None
        read_until(watch.stdout, lambda line: "37%" in line)  # the poller's first frame
        deadline = time.monotonic() + duration
        # At least two waves whatever the machine's load (a wave of 20 processes can take
        # longer than the whole quick run on a busy 2-core machine), and waves until the
        # run has crossed several intervals.
        while waves < 2 or time.monotonic() < deadline:
            for result in reader_wave(env):
                assert result.returncode == 0, result.stderr
                accounts = json.loads(result.stdout)["accounts"]
                assert [a["name"] for a in accounts] == ["Work", "Home"]
                assert all(a["session"]["percent"] == 37.0 for a in accounts), accounts
            waves += 1
    finally:
        watch.kill()
        watch.communicate()

    times = usage_request_times(fake)
    assert len(times) == 2  # both tokens were asked for
    for arrivals in times.values():
        gaps = [b - a for a, b in itertools.pairwise(arrivals)]
        assert all(gap >= interval - TRANSIT_SLACK for gap in gaps), gaps

"""The idle tray: resident memory and CPU over a quiet minute with five accounts.

The tray is started (Xvfb + trayer, five accounts against the fake), left to finish its
first poll and settle, then CPU time (``/proc/PID/stat`` utime + stime) and RSS
(``/proc/PID/status``) are read at the start and end of a minute in which, with the
default 5-minute schedule, nothing should happen. Target: under 1 % of one core; the
memory target (< 200 MB) is this benchmark's own.
"""

from __future__ import annotations

import os
import time

from .desktop import desktop, missing_tools, process_usage
from .env import fake_server, sandbox
from .report import Figure
from .tray_process import USAGE_PATH, seed, tray, wait_for_first_poll, wait_for_icon

NAME = "tray idle"
ACCOUNTS = 5
SETTLE = 3.0
CPU_TARGET = 1.0  # percent of one core
RSS_TARGET = 200.0  # MB


def idle_seconds() -> float:
    return float(os.environ.get("BENCH_IDLE_SECONDS", "60"))


def run() -> list[Figure]:
    missing = missing_tools()
    if missing:
        note = f"skipped: {', '.join(missing)} not installed"
        return [Figure(NAME, "CPU over a quiet minute", None, "%", note=note)]
    quiet = idle_seconds()
    with fake_server(ACCOUNTS) as server, desktop() as screen, sandbox() as box:
        seed(server, ACCOUNTS)
        server.clear()
        with tray(screen, box, server) as running:
            wait_for_icon(screen, running)
            wait_for_first_poll(server, running, ACCOUNTS)
            time.sleep(SETTLE)
            polled, before, started = (
                server.count(USAGE_PATH),
                process_usage(running.pid),
                (time.monotonic()),
            )
            time.sleep(quiet)
            after, elapsed = process_usage(running.pid), time.monotonic() - started
            extra_polls = server.count(USAGE_PATH) - polled
    cpu = 100 * (after.cpu_seconds - before.cpu_seconds) / elapsed
    rss = after.rss_bytes / 2**20
    note = f"over {elapsed:.0f} s; {extra_polls} usage requests meanwhile"
    return [
        Figure(NAME, f"CPU, {ACCOUNTS} accounts, quiet {quiet:.0f} s", cpu, "% of a core",
               f"< {CPU_TARGET:g} %", cpu < CPU_TARGET, note),
        Figure(NAME, "resident memory (RSS)", rss, "MB", f"< {RSS_TARGET:g} MB",
               rss < RSS_TARGET),
    ]  # fmt: skip

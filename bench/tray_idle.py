"""The idle tray: resident memory and CPU with five accounts, five minutes after start.

The tray is started (Xvfb + trayer, five accounts against the fake), left to finish its
first poll, its popup opened once (a second start asks the running tray to show it, as a
launcher does) and closed (Escape), then left alone. CPU time (``/proc/PID/stat`` utime +
stime) is read over the quiet period; memory at its end, ``BENCH_IDLE_SECONDS`` after
start (default 300: "five minutes after start"): RSS, and from ``smaps_rollup`` the
proportional set (shared libraries split between the processes mapping them) and the
anonymous part (what the process itself allocated). Targets (issue 17): RSS ≤ 80 MB, CPU
< 0.5 % of a core.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from .desktop import desktop, missing_tools, process_usage
from .env import ROOT, fake_server, sandbox
from .report import Figure
from .tray_process import seed, tray, wait_for_first_poll, wait_for_icon

NAME = "tray idle"
ACCOUNTS = 5
CPU_TARGET = 0.5  # percent of one core
RSS_TARGET = 80.0  # MB
POPUP_SHOWN = 2.0  # seconds the popup stays open


def idle_seconds() -> float:
    return float(os.environ.get("BENCH_IDLE_SECONDS", "300"))


def rollup(pid: int) -> dict[str, float]:
    """``/proc/PID/smaps_rollup`` in MB (Rss, Pss, Anonymous …)."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, _, value = line.partition(":")
        fields[name] = int(value.split()[0]) / 1024
    return fields


def _popup_once(env: dict[str, str]) -> None:
    """Open the popup the way a launcher does (a second start), then close it (Escape)."""
    second = subprocess.run([sys.executable, "-m", "tray"], cwd=ROOT, env=env, timeout=30)
    if second.returncode != 0:
        raise RuntimeError("the running tray was not reached by a second start")
    time.sleep(POPUP_SHOWN)  # a measurement, not a test: the popup is up and painted
    subprocess.run(["xdotool", "key", "Escape"], env=env, timeout=10, check=False)


def run() -> list[Figure]:
    missing = missing_tools()
    if missing:
        note = f"skipped: {', '.join(missing)} not installed"
        return [Figure(NAME, "CPU while idle", None, "%", note=note)]
    total = idle_seconds()
    with fake_server(ACCOUNTS) as server, desktop() as screen, sandbox() as box:
        seed(server, ACCOUNTS)
        server.clear()
        with tray(screen, box, server) as running:
            wait_for_icon(screen, running)
            wait_for_first_poll(server, running, ACCOUNTS)
            _popup_once({**box.env, **server.env, **screen.env()})
            before, started = process_usage(running.pid), time.monotonic()
            time.sleep(max(0.0, running.started + total - time.perf_counter()))
            after, elapsed = process_usage(running.pid), time.monotonic() - started
            memory = rollup(running.pid)
    cpu = 100 * (after.cpu_seconds - before.cpu_seconds) / elapsed
    rss = memory["Rss"]
    note = f"{memory['Pss']:.0f} MB proportional, {memory['Anonymous']:.0f} MB anonymous"
    return [
        Figure(NAME, f"CPU, {ACCOUNTS} accounts, idle {elapsed:.0f} s after the popup", cpu,
               "% of a core", f"< {CPU_TARGET:g} %", cpu < CPU_TARGET),
        Figure(NAME, f"resident memory {total:.0f} s after start, popup shown once", rss, "MB",
               f"≤ {RSS_TARGET:g} MB", rss <= RSS_TARGET, note),
    ]  # fmt: skip

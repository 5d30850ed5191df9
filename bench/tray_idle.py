"""The idle tray: resident memory and CPU with five accounts, five minutes after start.

The tray is started (Xvfb + trayer, five accounts against the fake), left to finish its
first poll, its popup opened once (a second start asks the running tray to show it, as a
launcher does) and closed (Escape), then left alone. CPU time (``/proc/PID/stat`` utime +
stime) is read over the quiet period; memory at its end, ``BENCH_IDLE_SECONDS`` after
start (default 300: "five minutes after start"): RSS, and from ``smaps_rollup`` the
proportional set (shared libraries split between the processes mapping them) and the
anonymous part (what the process itself allocated). Targets (issue 17): RSS ≤ 80 MB, CPU
< 0.5 % of a core.

Beside it, in the same desktop and one after the other (so no process shares pages with
another of these): the floor, ``bench.tray_floor`` — the least a PySide6 tray holds, a
window shown once — and the same with the libraries polling needs made ready (TLS context,
AES-GCM, keyring's backend, sqlite3, qasync's loop). Each is measured ``FLOOR_SECONDS`` after
start, long after its window was hidden: their memory does not move after that.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from .desktop import Desktop, desktop, missing_tools, process_usage
from .env import ROOT, fake_server, sandbox
from .report import Figure
from .tray_process import RunningTray, seed, tray, wait_for_first_poll, wait_for_icon

NAME = "tray idle"
ACCOUNTS = 5
CPU_TARGET = 0.5  # percent of one core
RSS_TARGET = 80.0  # MB
POPUP_SHOWN = 2.0  # seconds the popup stays open
FLOOR_SECONDS = 15.0


def idle_seconds() -> float:
    return float(os.environ.get("BENCH_IDLE_SECONDS", "300"))


def rollup(pid: int) -> dict[str, float]:
    """``/proc/PID/smaps_rollup`` in MB (Rss, Pss, Anonymous …)."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, _, value = line.partition(":")
        fields[name] = int(value.split()[0]) / 1024
    return fields


def _floor(screen: Desktop, *options: str) -> dict[str, float]:
    """``bench.tray_floor``'s memory ``FLOOR_SECONDS`` after its start."""
    command = [sys.executable, "-m", "bench.tray_floor", *options]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **screen.env()})
    try:
        wait_for_icon(screen, RunningTray(process, started))
        time.sleep(max(0.0, started + FLOOR_SECONDS - time.perf_counter()))
        return rollup(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=10)


def _split(memory: dict[str, float]) -> str:
    """Pss and the anonymous / file-backed (libraries, fonts) parts of the RSS."""
    anonymous = memory["Anonymous"]
    return (
        f"Pss {memory['Pss']:.0f} MB; anonymous {anonymous:.0f} MB, "
        f"libraries and other files {memory['Rss'] - anonymous:.0f} MB"
    )


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
        floor = _floor(screen)
        libraries = _floor(screen, "--libraries")
    cpu = 100 * (after.cpu_seconds - before.cpu_seconds) / elapsed
    rss = memory["Rss"]
    note = _split(memory)
    return [
        Figure(NAME, f"CPU, {ACCOUNTS} accounts, idle {elapsed:.0f} s after the popup", cpu,
               "% of a core", f"< {CPU_TARGET:g} %", cpu < CPU_TARGET),
        Figure(NAME, f"resident memory {total:.0f} s after start, popup shown once", rss, "MB",
               f"≤ {RSS_TARGET:g} MB", rss <= RSS_TARGET, note),
        Figure(NAME, "floor: a bare PySide6 tray, window shown once", floor["Rss"], "MB",
               note=_split(floor)),
        Figure(NAME, "floor with the libraries polling needs, ready", libraries["Rss"], "MB",
               note=_split(libraries)),
    ]  # fmt: skip

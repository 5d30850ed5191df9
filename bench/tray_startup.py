"""Tray start-up: from ``python -m tray`` to the icon in a real system tray (Xvfb + trayer).

Five accounts are saved against the standalone fake; each run gets a fresh data folder. The
clock stops when the icon window is embedded in trayer's panel (what a person sees), and a
second figure when the first poll has reached the fake for every account (numbers ready).
Target (issue 17): the icon within 0.5 s; the first poll's is this benchmark's own.
"""

from __future__ import annotations

import statistics

from .desktop import desktop, missing_tools
from .env import fake_server, sandbox
from .report import Figure
from .tray_process import seed, tray, wait_for_first_poll, wait_for_icon

NAME = "tray start-up"
ACCOUNTS = 5
RUNS = 3
ICON_TARGET = 0.5  # issue 17
DATA_TARGET = 5.0


def run() -> list[Figure]:
    missing = missing_tools()
    if missing:
        note = f"skipped: {', '.join(missing)} not installed"
        return [Figure(NAME, "to icon shown", None, "s", note=note)]
    icons, data = [], []
    with fake_server(ACCOUNTS) as server, desktop() as screen:
        for _ in range(RUNS):
            with sandbox() as box:
                seed(server, ACCOUNTS)
                server.clear()
                with tray(screen, box, server) as running:
                    icons.append(wait_for_icon(screen, running))
                    data.append(wait_for_first_poll(server, running, ACCOUNTS))
    icon, ready = statistics.median(icons), statistics.median(data)
    note = f"median of {RUNS} runs, {ACCOUNTS} accounts; runs: " + ", ".join(
        f"{t:.2f}" for t in icons
    )
    return [
        Figure(NAME, "to icon shown", icon, "s", f"≤ {ICON_TARGET:g} s", icon <= ICON_TARGET,
               note),
        Figure(NAME, "to first poll of every account", ready, "s", f"< {DATA_TARGET:g} s",
               ready < DATA_TARGET),
    ]  # fmt: skip

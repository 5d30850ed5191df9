"""The real tray app (``python -m tray``) started in a benchmark desktop and sandbox."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from .desktop import Desktop, wait_until
from .env import ROOT, FakeServer, Sandbox, save_accounts

USAGE_PATH = "/api/oauth/usage"


@dataclass
class RunningTray:
    process: subprocess.Popen[bytes]
    started: float  # time.perf_counter() just before the process was created

    @property
    def pid(self) -> int:
        return self.process.pid


def seed(server: FakeServer, accounts: int) -> None:
    """Save ``accounts`` of the fake's seeded accounts in the current sandbox."""
    asyncio.run(save_accounts(server, accounts))


@contextmanager
def tray(desktop: Desktop, box: Sandbox, server: FakeServer) -> Iterator[RunningTray]:
    """``python -m tray`` against the fake, in ``desktop``; terminated afterwards."""
    env = {**box.env, **server.env, **desktop.env()}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "tray"], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        yield RunningTray(process, started)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def wait_for_icon(desktop: Desktop, running: RunningTray) -> float:
    """Seconds from process creation until the icon sits in the panel."""

    def shown() -> bool:
        if running.process.poll() is not None:
            raise RuntimeError(f"the tray exited with status {running.process.returncode}")
        return desktop.icon_embedded()

    wait_until(shown, "no tray icon")
    return time.perf_counter() - running.started


def wait_for_first_poll(server: FakeServer, running: RunningTray, accounts: int) -> float:
    """Seconds from process creation until the fake has seen every account's usage request."""
    wait_until(lambda: server.count(USAGE_PATH) >= accounts, "no first poll")
    return time.perf_counter() - running.started

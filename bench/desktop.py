"""A private X desktop with a system tray (Xvfb + trayer), and watching a process in it.

Benchmarks start their own Xvfb the way the e2e tests do (``tests/e2e/conftest.py``: a
display number Xvfb picks itself, ``-noreset``) and a ``trayer`` panel, and find the tray
icon the way a person sees it: as a window embedded in the panel. Polling ``xwininfo`` is
fine here — this is a measurement, not a test.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from tests.e2e.conftest import _start_xvfb
from tests.e2e.processes import stop as _stop

TOOLS = ("Xvfb", "trayer", "xwininfo")
_PANEL = re.compile(r'^\s*(0x[0-9a-f]+) "panel": \("panel" "trayer"\)', re.MULTILINE)
POLL = 0.01
T = TypeVar("T")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@dataclass
class Desktop:
    display: str
    panel: str

    def env(self) -> dict[str, str]:
        return {"DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb"}

    def icon_embedded(self) -> bool:
        """True once a client window sits inside the trayer panel (the tray icon).

        trayer wraps each embedded icon in a socket window of its own, so the icon is a
        grandchild of the panel: a window line indented deeper than the panel's children.
        """
        tree = _xwininfo(self.display, "-tree", "-id", self.panel)
        depths = [len(line) - len(line.lstrip()) for line in tree.splitlines()
                  if line.lstrip().startswith("0x")]  # fmt: skip
        return bool(depths) and max(depths) > min(depths)


def _xwininfo(display: str, *args: str) -> str:
    result = subprocess.run(
        ["xwininfo", *args], env={**os.environ, "DISPLAY": display},
        capture_output=True, text=True, timeout=10, check=False,
    )  # fmt: skip
    return result.stdout


def _wait(condition: Callable[[], T | None], what: str, timeout: float = 20.0) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(POLL)
    raise TimeoutError(f"{what} within {timeout:.0f} s")


@contextmanager
def desktop() -> Iterator[Desktop]:
    """Xvfb on a free display with a trayer panel; both stopped afterwards."""
    xvfb, display = _start_xvfb()
    trayer: subprocess.Popen[bytes] | None = None
    try:
        trayer = subprocess.Popen(
            ["trayer", "--edge", "top", "--align", "right", "--width", "10", "--height", "24"],
            env={**os.environ, "DISPLAY": display},
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip

        def panel() -> str | None:
            if trayer is not None and trayer.poll() is not None:
                error = trayer.stderr.read() if trayer.stderr else b""
                raise RuntimeError(f"trayer exited ({trayer.returncode}): {error!r}")
            found = _PANEL.search(_xwininfo(display, "-root", "-tree"))
            return found.group(1) if found else None

        yield Desktop(display, _wait(panel, f"no trayer panel on {display}"))
    finally:
        if trayer is not None:
            _stop(trayer)
        _stop(xvfb)


@dataclass(frozen=True)
class Usage:
    """A process's CPU time so far (user + system, seconds) and resident memory (bytes)."""

    cpu_seconds: float
    rss_bytes: int


def process_usage(pid: int) -> Usage:
    """From ``/proc/PID/stat`` (utime, stime) and ``/proc/PID/status`` (VmRSS)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat.rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    cpu = (int(fields[11]) + int(fields[12])) / ticks  # utime, stime: fields 14 and 15
    rss = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) * 1024
    return Usage(cpu, rss)


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    _wait(condition, what, timeout)

"""Hours of polling without growth: the real tray for 10,000 refresh cycles (issue 17).

The tray runs in the benchmark desktop (Xvfb + trayer) against the fake with ``--drift``
(every poll changes every account, so notifications fire as thresholds are crossed), its
own scheduler driven back to back, the popup opened and closed every 100 cycles — see
``tests/tray/soak_driver.py``. Resident memory, Python objects by type, Qt objects and
the references to None, True and False are counted after a warm-up, half-way and at the end.

Growth counts from the end of the warm-up: in a 10,000-cycle run, once the history holds
the two days of samples a long-running tray keeps (cycle 700; the growth from cycle 100,
while it fills, is reported beside it). glibc's heap in use and free are reported too:
free memory that grows while the heap in use stays level is fragmentation, not a leak.

Targets: resident memory grows by at most 5 MB; no type of object keeps growing (in the
second half of the run, where filled caches no longer grow, no type gains more than
``TYPE_BOUND`` objects); Qt objects do not grow; None, True and False keep their references
(PySide6 6.12.0 on CPython 3.11 lost them — None on every void call — and aborted). A short run of
the same driver is in ``make test`` (tests/tray/test_soak.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from .desktop import desktop, missing_tools
from .env import ROOT, fake_server, sandbox
from .report import Figure
from .tray_process import seed

NAME = "soak"
REPORT = Path(__file__).resolve().parent / "soak-report.json"  # the driver's whole report
ACCOUNTS = 5
RSS_TARGET = 5.0  # MB
TYPE_BOUND = 500  # objects gained by one type over the second half
SINGLETONS = ("none", "true", "false")
SINGLETON_SLACK = 100  # references come and go with the objects holding them


def cycles() -> int:
    return int(os.environ.get("BENCH_SOAK_CYCLES", "10000"))


def run_driver(count: int, env: dict[str, str], timeout: float) -> dict[str, Any]:
    """The soak driver in its own process; its JSON report."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.tray.soak_driver", str(count)], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"the soak ended with status {done.returncode}: {done.stderr[-2000:]}")
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    REPORT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return report


def run() -> list[Figure]:
    missing = missing_tools()
    if missing:
        note = f"skipped: {', '.join(missing)} not installed"
        return [Figure(NAME, "resident memory growth", None, "MB", note=note)]
    count = cycles()
    with fake_server(ACCOUNTS, drift=True) as server, desktop() as screen, sandbox() as box:
        seed(server, ACCOUNTS)
        report = run_driver(count, {**box.env, **server.env, **screen.env()}, timeout=4 * 3600)
    return figures(report)


def figures(report: dict[str, Any]) -> list[Figure]:
    start, end = report["start"], report["end"]
    rss = end["rss_mb"] - start["rss_mb"]
    worst = report["growing_types_second_half"][:1]
    worst_count = worst[0][1] if worst else 0
    grown = ", ".join(f"{name} +{n}" for name, n in report["growing_types"][:5]) or "none"
    late = ", ".join(f"{name} +{n}" for name, n in report["growing_types_second_half"][:5])
    lost = {name: start[f"{name}_refs"] - end[f"{name}_refs"] for name in SINGLETONS}
    kept = all(count <= SINGLETON_SLACK for count in lost.values())
    counts = "; ".join(f"{n}: {start[f'{n}_refs']} → {end[f'{n}_refs']}" for n in SINGLETONS)
    per_cycle = report["seconds"] / report["cycles"]
    return [
        Figure(NAME, "refresh cycles of the real tray", report["cycles"], "",
               "≥ 10000", report["cycles"] >= 10_000,
               f"{report['seconds']:.0f} s, {per_cycle * 1000:.0f} ms a cycle; "
               f"{report['notifications']} notifications"),
        Figure(NAME, "resident memory after the warm-up", start["rss_mb"], "MB",
               note=f"cycle {report['warm_up']}"),
        Figure(NAME, "resident memory growth to the end", rss, "MB",
               f"≤ {RSS_TARGET:g} MB", rss <= RSS_TARGET, f"end {end['rss_mb']:.1f} MB"),
        *growth_details(report),
        Figure(NAME, "Python objects, start → end", end["python_objects"] - start["python_objects"],
               "", note=f"{start['python_objects']} → {end['python_objects']}; grown: {grown}"),
        Figure(NAME, "most grown type, second half", worst_count, "",
               f"≤ {TYPE_BOUND}", worst_count <= TYPE_BOUND, late or "none"),
        Figure(NAME, "Qt objects, start → end", end["qt_objects"] - start["qt_objects"], "",
               "0", end["qt_objects"] <= start["qt_objects"],
               f"widgets {start['widgets']} → {end['widgets']}"),
        Figure(NAME, "references to None/True/False lost (worst)", max(lost.values()), "",
               f"≤ {SINGLETON_SLACK}", kept, counts),
    ]  # fmt: skip


def growth_details(report: dict[str, Any]) -> list[Figure]:
    """Where the growth is: from the first census (while the history fills), and glibc's
    heap in use and free (free growing alone is fragmentation), when measured (glibc only)."""
    start, end, early = report["start"], report["end"], report["early"]
    found = [
        Figure(
            NAME,
            f"resident memory growth from cycle {report['early_cycle']}",
            end["rss_mb"] - early["rss_mb"],
            "MB",
            note=f"{early['rss_mb']:.1f} MB then; the history still filling",
        )
    ]
    for kind, key in (("in use", "heap_in_use_mb"), ("free, kept by glibc", "heap_free_mb")):
        if key in start:
            found.append(
                Figure(
                    NAME,
                    f"C heap {kind}, growth",
                    end[key] - start[key],
                    "MB",
                    note=f"{start[key]:.1f} → {end[key]:.1f} MB",
                )
            )
    return found

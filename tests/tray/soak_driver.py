"""The real tray, polling the fake back to back for many cycles: does anything grow?

    python -m tests.tray.soak_driver CYCLES   (with the fake's env, a sandbox and a display)

Builds the tray as ``python -m tray`` does (``ClientBackend`` over the real store, real
settings, the native notifier), and drives its own :class:`Scheduler`: each cycle asks it
for a refresh (``refresh_now``, so the 60 s minimum interval — wall-clock — does not
stretch the run to days) and waits for the snapshot to be shown. The fake must run with
``--drift``: every poll changes every account, so the view model, icon, cards and
notification rules work on every cycle and thresholds are crossed again and again. The
popup is opened and closed every 100 cycles, when history samples older than two days of
real polling are also removed (see :func:`age_history`).

Measured after a warm-up (caches filled, every code path run once; in a long run also the
history grown to the two days it keeps, see :func:`warm_up_cycles`), half-way and at the end:
resident memory, glibc's heap (in use and free: free memory that grows is fragmentation,
not a leak), Python objects by type (``gc``), Qt objects (every QObject under the
application, and its widgets) and the references to ``None``, ``True`` and ``False`` —
PySide6 6.12.0 on CPython 3.11 dropped references to these singletons (None on every void
call), which these counts show long before the process aborts ("deallocating True or False").

One JSON line is printed. ``SOAK_DEADLINE`` (seconds, default 4 hours) ends a run that
hangs, printing every thread's stack. ``SOAK_PROGRESS=1`` prints resident memory and the
heap every ``POPUP_EVERY`` cycles on stderr; under ``python -X tracemalloc=8`` each census
also prints the Python allocations that grew since the one before.
"""

from __future__ import annotations

import asyncio
import contextlib
import faulthandler
import functools
import gc
import json
import os
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

POPUP_EVERY = 100
# Two days at one poll every 5 minutes; the short test keeps less, so that its history is
# full before its first census (SOAK_KEPT_CYCLES).
KEPT_CYCLES = int(os.environ.get("SOAK_KEPT_CYCLES", "576"))
KEPT_SAMPLES = KEPT_CYCLES * 5 * 5  # × accounts × windows each (the fake's five)
WARM_UP = 100  # the first census (the popup has just opened for the first time)
SHORT_START = 2 * POPUP_EVERY  # the popup opened twice: what its first opening builds is built
# Samples are aged every POPUP_EVERY cycles: from here on the history stays at its kept size.
HISTORY_FULL = -(-(KEPT_CYCLES + POPUP_EVERY) // POPUP_EVERY) * POPUP_EVERY
TOP = 8


def warm_up_cycles(cycles: int) -> int:
    """Where growth starts to count: once every code path has run (the popup's first
    opening included) and the history holds what it keeps (:data:`KEPT_CYCLES`) — until
    then every cycle's forecasts and chart read more samples than the one before: data,
    not a leak. A short run (the test) keeps a short history to get there sooner."""
    return max(HISTORY_FULL, SHORT_START) if cycles >= 3 * HISTORY_FULL else SHORT_START


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@functools.cache
def _glibc() -> Any | None:
    """The C library when it is glibc with ``mallinfo2`` (2.33 and later), else None."""
    import ctypes

    from tray.memory import glibc

    libc = glibc()
    info = getattr(libc, "mallinfo2", None) if libc is not None else None
    if info is None:
        return None

    class MallInfo2(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
            "uordblks", "fordblks", "keepcost")]  # fmt: skip

    info.restype = MallInfo2
    return libc


def glibc_heap() -> dict[str, float]:
    """glibc's heap in MB: in use (``uordblks`` and mapped chunks), and free but kept
    (``fordblks``). Empty without glibc."""
    libc = _glibc()
    if libc is None:
        return {}
    info = libc.mallinfo2()
    return {
        "heap_in_use_mb": (info.uordblks + info.hblkhd) / 2**20,
        "heap_free_mb": info.fordblks / 2**20,
    }


def census() -> dict[str, Any]:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    gc.collect()
    app = QApplication.instance()
    assert app is not None
    objects = gc.get_objects()
    types = Counter(type(item).__name__ for item in objects)
    types.subtract(_waiting_to_be_dropped(objects))
    del objects
    _print_python_growth()
    return {
        "rss_mb": resident_mb(),
        **glibc_heap(),
        "python_objects": sum(types.values()),
        "types": dict(types),
        "qt_objects": len(app.findChildren(QObject)),
        "widgets": len(QApplication.allWidgets()),
        "none_refs": sys.getrefcount(None),
        "true_refs": sys.getrefcount(True),
        "false_refs": sys.getrefcount(False),
    }


_snapshots: list[tracemalloc.Snapshot] = []


def _print_python_growth() -> None:
    """Under ``-X tracemalloc``: where Python allocations grew since the last census."""
    if not tracemalloc.is_tracing():
        return
    snapshot = tracemalloc.take_snapshot().filter_traces(
        [tracemalloc.Filter(False, tracemalloc.__file__)]
    )
    if _snapshots:
        for stat in snapshot.compare_to(_snapshots[-1], "traceback")[:TOP]:
            print(stat, *stat.traceback.format()[-6:], sep="\n    ", file=sys.stderr)
    _snapshots[:] = [snapshot]


def _progress(cycle: int) -> None:
    heap = " ".join(f"{name} {value:.1f}" for name, value in glibc_heap().items())
    print(f"cycle {cycle} rss_mb {resident_mb():.1f} {heap}", file=sys.stderr, flush=True)


def _waiting_to_be_dropped(objects: list[object]) -> Counter[str]:
    """Cancelled event-loop callbacks that qasync still holds, with their contexts.

    qasync keeps a cancelled ``call_later``/``call_at`` handle until its Qt timer would have
    fired, so every cancelled timeout (an HTTP request's, the scheduler's wait that
    ``refresh_now`` cuts short) lives on for its full delay. That is bounded by real time
    (the longest delay, minutes), but a soak that runs cycles back to back compresses
    hours into seconds and would count them as growth. Anything else a handle holds alive
    still counts.
    """
    dropped: Counter[str] = Counter()
    for item in objects:
        if isinstance(item, asyncio.Handle) and item.cancelled():
            dropped[type(item).__name__] += 1
            if getattr(item, "_context", None) is not None:
                dropped["Context"] += 1
    return dropped


def age_history(path: Path) -> None:
    """Remove the samples real time would have aged out of every window by now.

    The soak compresses days into minutes: left alone, every sample would stay inside the
    forecasts' and the chart's windows (5 hours, 7 days), and each cycle would read all the
    cycles before it. Keeping the last ``KEPT_CYCLES`` cycles' samples (two days of the
    default 5-minute polling) leaves each cycle the reading a long-running tray does.
    """
    import sqlite3

    with contextlib.closing(sqlite3.connect(path, timeout=30)) as conn, conn:
        (newest,) = conn.execute("SELECT COALESCE(MAX(id), 0) FROM samples").fetchone()
        conn.execute("DELETE FROM samples WHERE id <= ?", (newest - KEPT_SAMPLES,))


async def qt_turn() -> None:
    """One turn of Qt's event loop: the events posted so far (a paint) are handled."""
    from PySide6.QtCore import QTimer

    done = asyncio.get_running_loop().create_future()
    QTimer.singleShot(0, lambda: done.done() or done.set_result(None))
    await done


class CountingNotifier:
    """The native notifier, counted: the soak must see notifications fire."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.sent = inner, 0

    def notify(self, notice: Any) -> None:
        self.sent += 1
        self.inner.notify(notice)


async def soak(cycles: int) -> dict[str, Any]:
    from PySide6.QtCore import QSettings

    from core import AppConfig
    from tray.app import TrayApp
    from tray.autostart import NullAutostart
    from tray.backend import ClientBackend
    from tray.notifications import native_notifier
    from tray.notify_memory import NotifyMemoryFile
    from tray.settings import SettingsStore

    config = AppConfig.from_environment()
    settings = QSettings(str(config.paths.home / "soak-settings.ini"), QSettings.Format.IniFormat)
    delivered = asyncio.Event()
    app = TrayApp(
        ClientBackend(config=config),
        SettingsStore(settings),
        autostart=NullAutostart(),
        notify_memory=NotifyMemoryFile(config.paths),
        tray_timeout=0.0,
    )
    notifier = CountingNotifier(
        native_notifier(app.tray, "Claude Usage", app.app_icon, app.app_icon)
    )
    app.notifier = notifier
    app.model.subscribe(delivered.set)
    await app.start()
    started = time.monotonic()
    censuses: dict[str, dict[str, Any]] = {}
    warm_up = warm_up_cycles(cycles)
    points = {WARM_UP: "early", warm_up: "start", (warm_up + cycles) // 2: "middle"}
    progress = bool(os.environ.get("SOAK_PROGRESS"))
    try:
        for cycle in range(1, cycles + 1):
            shown = app.model.usages
            app.scheduler.refresh_now()
            while app.model.usages is shown:  # the model gets a new tuple per snapshot
                delivered.clear()
                await delivered.wait()  # (a hang is cut short by SOAK_DEADLINE)
            if cycle % POPUP_EVERY == 0:
                age_history(config.paths.history)
                app.show_popup()
                await qt_turn()  # laid out and painted
                app.popup.dismiss()
                if progress:
                    _progress(cycle)
            if cycle in points:
                censuses[points[cycle]] = census()
        censuses["end"] = census()
    finally:
        await app.stop()
    return _report(censuses, cycles, notifier.sent, time.monotonic() - started)


def _growth(before: dict[str, Any], after: dict[str, Any]) -> list[tuple[str, int]]:
    """The types with more objects ``after`` than ``before``, most grown first."""
    names = set(before["types"]) | set(after["types"])
    grown = Counter(
        {name: after["types"].get(name, 0) - before["types"].get(name, 0) for name in names}
    )
    return [(name, count) for name, count in grown.most_common(TOP) if count > 0]


def _report(
    censuses: dict[str, dict[str, Any]], cycles: int, notices: int, seconds: float
) -> dict[str, Any]:
    """Growth over the whole run (after the warm-up) and over its second half alone: a
    cache that fills up grows in the first half only; a leak grows in both."""
    start, middle, end = censuses["start"], censuses["middle"], censuses["end"]
    return {
        "cycles": cycles,
        "warm_up": warm_up_cycles(cycles),
        "early_cycle": WARM_UP,
        "seconds": seconds,
        "notifications": notices,
        **{name: {k: v for k, v in c.items() if k != "types"} for name, c in censuses.items()},
        "growing_types": _growth(start, end),
        "growing_types_second_half": _growth(middle, end),
    }


def main(argv: list[str]) -> int:
    from tray.__main__ import _make_application, run_qasync
    from tray.memory import prepare_process

    prepare_process()  # the process as the tray's start sets it up (tray.__main__.main)

    # A run that hangs is ended with every thread's stack printed, not left to a timeout.
    faulthandler.dump_traceback_later(float(os.environ.get("SOAK_DEADLINE", "14400")), exit=True)
    cycles = int(argv[0]) if argv else 1000
    if cycles < 2 * SHORT_START:
        raise SystemExit(f"at least {2 * SHORT_START} cycles (the first {SHORT_START} warm up)")
    _make_application(False)
    print(json.dumps(run_qasync(soak(cycles))), flush=True)  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

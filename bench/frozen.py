"""The frozen bundle: its size and start-up, where one has been built (``make bundle``).

The measuring itself belongs to packaging (``bench/bundle.py``, written with the bundle):
this module calls its ``measure()`` and reports what it returns. The expected shape is
``None`` when nothing is built, else a mapping (or object) with ``size_bytes`` and
``startup_seconds`` — or a list of :class:`~bench.report.Figure` as they are. Without
``bench/bundle.py`` the size still comes from the build stamp ``dist/.bundle-stamp.json``.
Targets are this benchmark's own: under 150 MB on disk, in the tray within 5 s.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping
from typing import Any

from .env import ROOT
from .report import Figure

NAME = "frozen bundle"
STAMP = ROOT / "dist" / ".bundle-stamp.json"
SIZE_TARGET = 150.0  # MB
STARTUP_TARGET = 5.0  # s


def _field(result: Any, *names: str) -> float | None:
    for name in names:
        value = result.get(name) if isinstance(result, Mapping) else getattr(result, name, None)
        if isinstance(value, int | float):
            return float(value)
    return None


def _figures(size_bytes: float | None, startup: float | None, note: str = "") -> list[Figure]:
    size = None if size_bytes is None else size_bytes / 2**20
    return [
        Figure(NAME, "size on disk (onedir)", size, "MB", f"< {SIZE_TARGET:g} MB",
               None if size is None else size < SIZE_TARGET, note or "not built"),
        Figure(NAME, "frozen start-up", startup, "s", f"< {STARTUP_TARGET:g} s",
               None if startup is None else startup < STARTUP_TARGET, note or "not built"),
    ]  # fmt: skip


def _from_stamp(why: str) -> list[Figure]:
    if not STAMP.exists():
        return _figures(None, None)
    size = _field(json.loads(STAMP.read_text(encoding="utf-8")), "size_bytes")
    return _figures(size, None, why)


def run() -> list[Figure]:
    try:
        bundle = importlib.import_module("bench.bundle")
    except ModuleNotFoundError:
        return _from_stamp("start-up not measured: bench/bundle.py is missing")
    measure = getattr(bundle, "measure", None)
    if not callable(measure):
        return _from_stamp("start-up not measured: bench/bundle.py has no measure()")
    result = measure()
    if result is None:
        return _figures(None, None)
    if isinstance(result, list) and all(isinstance(item, Figure) for item in result):
        return result
    size = _field(result, "size_bytes", "bundle_size_bytes", "size")
    startup = _field(result, "startup_seconds", "frozen_startup_seconds", "startup")
    return _figures(size, startup, "from bench/bundle.py")

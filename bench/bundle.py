"""Benchmark of the frozen app: unpacked bundle size and start-up time.

``measure_bundle()`` builds the bundle if the last build is stale (``packaging/build.py
--reuse``), then times ``<app> --self-test``: a full start of the frozen app (bootloader,
Python, Qt, keyring, the store) to a clean exit, needing neither a display nor a network.
One warm-up run fills the OS file cache, as on a user's second start; the median of the
timed runs is reported.

    python -m bench.bundle        # prints the JSON
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STAMP = ROOT / "dist" / ".bundle-stamp.json"
BUILD_TIMEOUT = 1800

__all__ = ["measure_bundle"]


def _build() -> dict[str, Any]:
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--reuse"],
        cwd=ROOT,
        check=True,
        timeout=BUILD_TIMEOUT,
        stdout=subprocess.DEVNULL,
    )
    stamp: dict[str, Any] = json.loads(STAMP.read_text(encoding="utf-8"))
    return stamp


def _tree_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def _time_self_test(executable: str) -> float:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    started = time.perf_counter()
    subprocess.run(
        [executable, "--self-test"],
        env=env,
        check=True,
        timeout=120,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def measure_bundle(runs: int = 3) -> dict[str, float]:
    """``{"bundle_size_mb", "frozen_startup_s"}`` (MB = 10⁶ bytes, median seconds)."""
    stamp = _build()
    executable = str(stamp["executable"])
    _time_self_test(executable)  # warm-up
    times = [_time_self_test(executable) for _ in range(runs)]
    return {
        "bundle_size_mb": round(_tree_size(Path(stamp["onedir"])) / 1e6, 1),
        "frozen_startup_s": round(statistics.median(times), 3),
    }


if __name__ == "__main__":
    print(json.dumps(measure_bundle()))

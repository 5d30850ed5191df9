"""Benchmark of the frozen app: unpacked bundle size and start-up time.

``measure_bundle()`` times ``<app> --self-test`` of the build in ``dist/``: a full start of
the frozen app (bootloader, Python, Qt, keyring, the store) to a clean exit, needing neither
a display nor a network. One warm-up run fills the OS file cache, as on a user's second
start; the median of the timed runs is reported.

It measures the existing build as it is (``make bench`` must not spend minutes freezing):
``note`` says "not built" when there is none and "stale build" when sources changed since.
``rebuild=True`` first rebuilds a stale bundle (``packaging/build.py --reuse``).

    python -m bench.bundle [--rebuild]     # prints the JSON
"""

from __future__ import annotations

import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BUILD_TIMEOUT = 1800
NOT_BUILT = "not built (make bundle)"
STALE = "stale build: sources changed since (make bundle)"

__all__ = ["measure_bundle"]


def _build() -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--reuse"],
        cwd=ROOT,
        check=True,
        timeout=BUILD_TIMEOUT,
        stdout=subprocess.DEVNULL,
    )


def _packaging_build() -> ModuleType:
    """``packaging/build.py`` (a script, not a package): its stamp, sizes and input digest."""
    spec = importlib.util.spec_from_file_location("_bundle_build", ROOT / "packaging" / "build.py")
    if spec is None or spec.loader is None:
        raise ImportError("cannot load packaging/build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


def measure_bundle(runs: int = 3, *, rebuild: bool = False) -> dict[str, Any]:
    """``{"bundle_size_mb", "frozen_startup_s", "note"}`` (MB = 10⁶ bytes, median seconds).

    The figures are None when nothing is built; ``note`` is "" for a fresh build, else why
    the figures may not describe the present sources.
    """
    if rebuild:
        _build()
    build = _packaging_build()
    stamp = build.read_stamp()
    executable = (stamp or {}).get("executable")
    if not isinstance(executable, str) or not Path(executable).exists():
        return {"bundle_size_mb": None, "frozen_startup_s": None, "note": NOT_BUILT}
    _time_self_test(executable)  # warm-up
    times = [_time_self_test(executable) for _ in range(runs)]
    return {
        "bundle_size_mb": round(build.tree_size(Path(stamp["onedir"])) / 1e6, 1),
        "frozen_startup_s": round(statistics.median(times), 3),
        "note": "" if build.is_fresh(build.inputs_digest()) else STALE,
    }


if __name__ == "__main__":
    print(json.dumps(measure_bundle(rebuild="--rebuild" in sys.argv[1:])))

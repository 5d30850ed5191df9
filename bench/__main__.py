"""``python -m bench`` (``make bench``): run the benchmarks, print the table, save JSON.

    python -m bench [--only NAME …] [--idle-seconds N] [--soak-cycles N]

The table lists every figure beside its target and the machine it was measured on (with its
load average before and after); the same goes to ``bench/results.json`` (git-ignored; a run
with ``--only`` replaces those benchmarks' figures and keeps the others, each with when it
was measured), and once it holds every benchmark README's table is regenerated from it
(:mod:`bench.readme`). A benchmark
that fails is reported as such and the others still run. Run it inside
``tools/with-test-session`` (as ``make bench`` does) so the store key lives in a private
Secret Service, never in the user's keyring.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
import traceback

from .env import choose_keyring
from .readme import update as update_readme
from .report import RESULTS, Figure, machine, table, write_json

BENCHMARKS = (
    "schedule",
    "statusline",
    "store_open",
    "refresh",
    "oneshot",
    "body_cap",
    "tray_startup",
    "tray_idle",
    "soak",
    "frozen",
    "local_scan",
)


def _run_one(name: str) -> list[Figure]:
    started = time.monotonic()
    print(f"running {name} …", file=sys.stderr, flush=True)
    try:
        figures: list[Figure] = importlib.import_module(f"bench.{name}").run()
    except Exception as exc:  # one broken benchmark must not hide the others' figures
        traceback.print_exc()
        return [Figure(name, "(failed)", None, "", note=f"failed: {type(exc).__name__}: {exc}")]
    print(f"  {name}: {time.monotonic() - started:.1f} s", file=sys.stderr, flush=True)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS, metavar="NAME",
                        help=f"run only these ({', '.join(BENCHMARKS)})")  # fmt: skip
    parser.add_argument("--idle-seconds", type=float, help="length of the quiet idle period")
    parser.add_argument("--soak-cycles", type=int, help="refresh cycles of the soak (10000)")
    args = parser.parse_args(argv)
    if args.idle_seconds is not None:
        os.environ["BENCH_IDLE_SECONDS"] = str(args.idle_seconds)
    if args.soak_cycles is not None:
        os.environ["BENCH_SOAK_CYCLES"] = str(args.soak_cycles)
    host = machine() | {"keyring": choose_keyring(), "load_average": os.getloadavg()}
    runs = {name: _run_one(name) for name in args.only or BENCHMARKS}
    host["load_average_end"] = os.getloadavg()
    print(table([figure for figures in runs.values() for figure in figures], host))
    document = write_json(runs, host, BENCHMARKS)
    print(f"\n(saved to {RESULTS.relative_to(RESULTS.parent.parent)})")
    if set(document["runs"]) == set(BENCHMARKS):  # else the README's table would lack some
        update_readme()
        print("(README's table regenerated from it)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

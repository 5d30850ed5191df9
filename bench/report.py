"""Figures, the machine they were measured on, and the table/JSON they are reported as."""

from __future__ import annotations

import json
import os
import platform
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results.json"


@dataclass(frozen=True)
class Figure:
    """One measured number; ``ok`` is None when there is no target to meet (or not built)."""

    benchmark: str
    name: str
    value: float | None
    unit: str
    target: str = "—"
    ok: bool | None = None
    note: str = ""

    def shown(self) -> str:
        if self.value is None:
            return "n/a"
        if self.unit == "MB" or abs(self.value) >= 100:
            return f"{self.value:,.1f} {self.unit}".strip()
        return f"{self.value:.3g} {self.unit}".strip()


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict[str, Any]:
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "python": sys.version.split()[0],
        "os": platform.platform(),
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def table(figures: list[Figure], host: dict[str, Any]) -> str:
    rows = [("benchmark", "figure", "measured", "target", "")]
    for f in figures:
        verdict = {True: "ok", False: "MISSED", None: ""}[f.ok]
        rows.append((f.benchmark, f.name, f.shown(), f.target, verdict))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = [f"  {f.benchmark} / {f.name}: {f.note}" for f in figures if f.note]
    head = f"Machine: {host['cpu']}, {host['cores']} cores, Python {host['python']}, {host['os']}"
    return "\n".join([head, "", *lines, *(["", "Notes:", *notes] if notes else [])])


def write_json(
    runs: dict[str, list[Figure]], host: dict[str, Any], order: Sequence[str], path: Path = RESULTS
) -> dict[str, Any]:
    """Save this run's figures, keeping those of benchmarks it did not run (``--only``):
    each benchmark's figures carry when they were measured and the machine's load then."""
    try:
        kept: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")).get("runs", {})
    except (OSError, ValueError, AttributeError):
        kept = {}
    moment = {k: host.get(k) for k in ("measured_at", "load_average", "load_average_end")}
    for name, figures in runs.items():
        kept[name] = {**moment, "figures": [asdict(f) for f in figures]}
    ordered = {name: kept[name] for name in order if name in kept}
    document = {
        "machine": host,
        "runs": ordered,
        "figures": [figure for run in ordered.values() for figure in run["figures"]],
    }
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return document

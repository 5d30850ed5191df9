"""Local usage (issue 19): scanning Claude Code's transcripts, first time and incrementally.

A generated tree of realistic transcripts (bench/transcripts.py: tool results with quoted
file contents, one line per content block, resumed sessions repeating lines) is indexed
from scratch into a fresh history database — the first scan, target ≥ 150 MB/s of JSONL
— then 1 MB of new messages is appended to one session and the index refreshed: target
≤ 50 ms. Beside them, in the same run over the same files, the naive way: ``json.loads``
of every line. Files are freshly written, so they are in the page cache: these are the
scanner's own costs, not the disk's.

The corpus's expected totals are checked against the index's, so a fast wrong scan fails
the benchmark instead of reporting a number.
"""

from __future__ import annotations

import contextlib
import json
import random
import statistics
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

from core.local import LocalUsage

from .report import Figure
from .transcripts import Corpus, assistant_lines, write_corpus

NAME = "local_scan"
SESSIONS = 400
FIRST_SCAN_RUNS = 3
REFRESH_RUNS = 7
APPEND_BYTES = 1 << 20
TARGET_MBPS = 150.0
TARGET_REFRESH = 0.050


def _first_scan(corpus: Corpus, folder: Path) -> tuple[float, LocalUsage]:
    """Seconds to index the whole corpus into a fresh database (the last run's is kept)."""
    times, usage = [], None
    for run in range(FIRST_SCAN_RUNS):
        if usage is not None:
            usage.close()
        usage = LocalUsage(folder / f"history-{run}.sqlite3", [corpus.root])
        started = time.perf_counter()
        stats = usage.refresh()
        times.append(time.perf_counter() - started)
        if stats.messages_added != len(corpus.messages):
            raise AssertionError(f"counted {stats.messages_added}, wrote {len(corpus.messages)}")
    assert usage is not None
    return statistics.median(times), usage


def _megabyte_of_messages(rng: random.Random) -> bytes:
    data = bytearray()
    when = datetime(2026, 12, 6, 13, tzinfo=UTC)
    while len(data) < APPEND_BYTES:
        lines, _ = assistant_lines(rng, "/home/dev/shop", "appended", when, "claude-opus-4-6")
        data += ("\n".join(lines) + "\n").encode()
    return bytes(data)


def _refreshes(corpus: Corpus, usage: LocalUsage) -> list[float]:
    rng = random.Random(7)
    target = max(corpus.files, key=lambda path: path.stat().st_size)
    times = []
    for _ in range(REFRESH_RUNS):
        chunk = _megabyte_of_messages(rng)
        with target.open("ab") as stream:
            stream.write(chunk)
        started = time.perf_counter()
        stats = usage.refresh()
        times.append(time.perf_counter() - started)
        if stats.bytes_read != len(chunk):
            raise AssertionError(f"read {stats.bytes_read} bytes, {len(chunk)} were appended")
    return times


def _naive(corpus: Corpus) -> float:
    """``json.loads`` of every line of every file: the baseline."""
    started = time.perf_counter()
    for path in corpus.files:
        with path.open("rb") as stream:
            for line in stream:
                with contextlib.suppress(ValueError):
                    json.loads(line)
    return time.perf_counter() - started


def _peak_memory(corpus: Corpus, folder: Path) -> float:
    """Peak Python allocations of a first scan, in MB (slow under tracemalloc: not timed)."""
    with LocalUsage(folder / "history-memory.sqlite3", [corpus.root]) as usage:
        tracemalloc.start()
        usage.refresh()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak / 1e6


def _check_totals(corpus: Corpus, usage: LocalUsage) -> None:
    report = usage.report("model")
    expected = corpus.totals("model")
    found = {group.name: group.counts.output for group in report.groups}
    if found != {model: parts["output"] for model, parts in expected.items()}:
        raise AssertionError("the index's totals differ from the corpus's")


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="bench-local-") as tmp:
        folder = Path(tmp)
        corpus = write_corpus(folder / "claude", sessions=SESSIONS, messages_per_session=30)
        megabytes = corpus.bytes_written / 1e6
        first, usage = _first_scan(corpus, folder)
        _check_totals(corpus, usage)
        refresh = statistics.median(_refreshes(corpus, usage))
        usage.close()
        naive = _naive(corpus)
        peak = _peak_memory(corpus, folder)
    scan_rate, naive_rate = megabytes / first, megabytes / naive
    return [
        Figure(NAME, f"first scan of {megabytes:.0f} MB JSONL ({len(corpus.files)} files)",
               scan_rate, "MB/s", f"≥ {TARGET_MBPS:.0f} MB/s", scan_rate >= TARGET_MBPS,
               f"median of {FIRST_SCAN_RUNS}, {first:.2f} s, fresh database each; "
               f"{len(corpus.messages)} messages; stdlib json on the lines with usage"),
        Figure(NAME, "naive baseline: json.loads per line", naive_rate, "MB/s",
               note=f"same files, same run: {naive:.2f} s, "
                    f"{scan_rate / naive_rate:.1f}× slower than the scanner"),
        Figure(NAME, "refresh after 1 MB appended", refresh * 1000, "ms",
               f"≤ {TARGET_REFRESH * 1000:.0f} ms", refresh <= TARGET_REFRESH,
               f"median of {REFRESH_RUNS}; every other file only stat()ed"),
        Figure(NAME, "peak Python memory, first scan", peak, "MB",
               note="tracemalloc; 4 MB chunks, lines over 64 MB skipped"),
    ]  # fmt: skip

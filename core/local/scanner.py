"""Read what a transcript gained since the last scan, in large chunks, and pick its usage.

Speed comes from not looking at most bytes twice: a chunk is searched for the usage key
(:data:`~core.local.records.USAGE_MARKER`) with ``bytes.find`` — a C loop at memory speed —
and only the lines around a hit are decoded. User lines (tool results: the bulk of a
transcript) are never decoded at all.

The file is opened read-only and never locked, so Claude Code can go on appending. Only
complete lines are consumed: a last line without its newline is left for the next scan
unless it already is a whole JSON document. A line longer than :data:`MAX_LINE` is skipped
(counted in ``lines_skipped``), so memory stays bounded by it plus one chunk.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from core.local.records import USAGE_MARKER, UsageRecord, decode_line, usage_record

__all__ = ["CHUNK", "MAX_LINE", "FileScan", "scan_file"]

CHUNK = 4 << 20
MAX_LINE = 64 << 20


@dataclass
class FileScan:
    """What one pass over a file found. ``end`` is where the next pass starts."""

    start: int
    end: int = 0
    records: list[tuple[int, UsageRecord]] = field(default_factory=list)  # (line offset, …)
    lines_skipped: int = 0  # lines with the usage key that did not decode, or too long

    @property
    def bytes_read(self) -> int:
        return self.end - self.start


def scan_file(
    path: Path, start: int = 0, *, chunk: int = CHUNK, max_line: int = MAX_LINE
) -> FileScan:
    """Usage records of the complete lines of ``path`` from byte ``start`` on."""
    scan = FileScan(start, start)
    with path.open("rb", buffering=0) as stream:
        stream.seek(start)
        tail = _scan_chunks(stream, scan, chunk, max_line)
    if tail and _is_whole_document(tail):  # a last line written without its newline
        _take(scan, scan.end, tail)
        scan.end += len(tail)
    return scan


def _scan_chunks(stream: BinaryIO, scan: FileScan, chunk: int, max_line: int) -> bytes:
    """Consume every complete line; returns the incomplete rest (not consumed)."""
    tail = b""
    skipping = False  # inside a line longer than max_line: drop bytes up to its end
    while data := stream.read(chunk):
        if skipping:
            newline = data.find(b"\n") + 1
            scan.end += newline or len(data)
            if not newline:
                continue
            data, skipping = data[newline:], False
        data = tail + data if tail else data
        cut = data.rfind(b"\n") + 1
        for offset, line in _candidate_lines(data, cut):
            _take(scan, scan.end + offset, line)
        scan.end += cut
        tail = data[cut:]
        if len(tail) > max_line:
            scan.lines_skipped += 1
            scan.end += len(tail)
            tail, skipping = b"", True
    return tail


def _candidate_lines(data: bytes, end: int) -> Iterator[tuple[int, bytes]]:
    """``(offset, line)`` of each line in ``data[:end]`` holding the usage key, once each."""
    hit = data.find(USAGE_MARKER, 0, end)
    while hit >= 0:
        start = data.rfind(b"\n", 0, hit) + 1
        stop = data.find(b"\n", hit, end)
        yield start, data[start:stop]
        hit = data.find(USAGE_MARKER, stop + 1, end)


def _take(scan: FileScan, offset: int, line: bytes) -> None:
    document = decode_line(line)
    if document is None:
        scan.lines_skipped += 1
        return
    record = usage_record(document)
    if record is not None:
        scan.records.append((offset, record))


def _is_whole_document(tail: bytes) -> bool:
    """Only a tail with the usage key matters (any other is simply read again next time)."""
    return USAGE_MARKER in tail and decode_line(tail) is not None

"""One transcript line → the usage it records, or nothing.

Only assistant lines carrying ``message.usage`` cost anything. The scanner hands this module
just those lines (found by a byte search, see :mod:`core.local.scanner`); each is decoded
with :func:`json.loads` — the reference parser, so no hand-written JSON reading can disagree
with it — and reduced at once to counts and names. The decoded line, message text included,
is dropped before the next line is read: nothing but the fields of :class:`UsageRecord`
leaves this module, and nothing here logs.

Claude Code writes JSON with ``JSON.stringify`` (no spaces), so ``"usage":{`` is the exact
byte sequence of the key; inside a JSON string a quote is always escaped, so message text
can never contain that sequence and be mistaken for the key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

__all__ = [
    "MAX_NAME",
    "MAX_TOKENS",
    "USAGE_MARKER",
    "UsageRecord",
    "decode_line",
    "parse_line",
    "usage_record",
]

USAGE_MARKER = b'"usage":{'
MAX_NAME = 512  # a cwd, session id or model name longer than this is cut (the index stays small)
MAX_TOKENS = 2**53  # a count above this is not a count (and would not fit SQLite's integer)
# Times outside these are not Claude Code's (and year 1 or 9999 breaks local-day arithmetic).
EARLIEST = datetime(2020, 1, 1, tzinfo=UTC).timestamp()
LATEST = datetime(9000, 1, 1, tzinfo=UTC).timestamp()


@dataclass(frozen=True, slots=True)
class UsageRecord:
    """The usage of one assistant line. Empty names mean "not in the line": the scanner
    fills in the file's project folder, the file's session and its modification time."""

    key: str | None  # message.id:requestId — the same message in a resumed session repeats it
    at: float | None  # UTC epoch seconds of the line's timestamp
    project: str
    session: str
    model: str
    input: int
    output: int
    cache_write_5m: int
    cache_write_1h: int
    cache_read: int


def parse_line(line: bytes) -> UsageRecord | None:
    """The usage an assistant line records; None for any other line or one not JSON."""
    document = decode_line(line)
    return None if document is None else usage_record(document)


def decode_line(line: bytes) -> object | None:
    """The JSON value of a line; None when it is not JSON. A stray non-UTF-8 byte (inside
    message text) is replaced, so it does not cost the line its usage."""
    try:
        document: object = json.loads(line.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return None
    return document


def usage_record(document: object) -> UsageRecord | None:
    """The usage of a decoded line when it is an assistant message that spent tokens."""
    if not isinstance(document, dict) or document.get("type") != "assistant":
        return None
    message = document.get("message")
    if not isinstance(message, dict) or not isinstance(message.get("usage"), dict):
        return None
    return _record(document, message, message["usage"])


def _record(
    record: dict[str, Any], message: dict[str, Any], usage: dict[str, Any]
) -> UsageRecord | None:
    write_5m, write_1h = _cache_writes(usage)
    counts = (
        _count(usage.get("input_tokens")),
        _count(usage.get("output_tokens")),
        write_5m,
        write_1h,
        _count(usage.get("cache_read_input_tokens")),
    )
    if not any(counts):  # Claude Code's "<synthetic>" error messages: nothing was spent
        return None
    return UsageRecord(
        _key(message.get("id"), record.get("requestId")),
        _epoch(record.get("timestamp")),
        _name(record.get("cwd")),
        _name(record.get("sessionId")),
        _name(message.get("model")),
        *counts,
    )


def _cache_writes(usage: dict[str, Any]) -> tuple[int, int]:
    """5-minute and 1-hour cache writes; older lines have only the total (all 5-minute)."""
    total = _count(usage.get("cache_creation_input_tokens"))
    split = usage.get("cache_creation")
    if isinstance(split, dict):
        write_5m = _count(split.get("ephemeral_5m_input_tokens"))
        write_1h = _count(split.get("ephemeral_1h_input_tokens"))
        if write_5m or write_1h:
            return write_5m, write_1h
    return total, 0


def _count(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < MAX_TOKENS:
        return value
    return 0


def _name(value: object) -> str:
    return value[:MAX_NAME] if isinstance(value, str) else ""


def _key(message_id: object, request_id: object) -> str | None:
    if not isinstance(message_id, str) or not message_id:
        return None
    request = request_id if isinstance(request_id, str) else ""
    return f"{message_id[:MAX_NAME]}:{request[:MAX_NAME]}"


def _epoch(value: object) -> float | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:  # Claude Code writes UTC ("…Z"); a bare time is UTC too
            moment = moment.replace(tzinfo=UTC)
        epoch = moment.timestamp()
    except (ValueError, OverflowError):  # not a time, or one out of any calendar's range
        return None
    return epoch if EARLIEST <= epoch <= LATEST else None

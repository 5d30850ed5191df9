"""Reading Claude Code's transcripts: one line's usage, and a file's new lines, exactly.

The line filter (a byte search for the usage key) must never drop a line json.loads would
count, nor let message text pose as a key; the chunked reader must give the same records
whatever the chunk size, leave a half-written last line for later and survive binary,
non-UTF-8 and overlong input.
"""

from __future__ import annotations

import json
import os
import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.transcripts import assistant_lines
from core.local.records import USAGE_MARKER, decode_line, parse_line, usage_record
from core.local.scanner import FileScan, scan_file

EXAMPLES = int(os.environ.get("FAULT_EXAMPLES", "25"))
WHEN = datetime(2026, 12, 1, 10, tzinfo=UTC)


def compact(document: Any) -> str:
    """As Claude Code writes a line (JSON.stringify: no spaces)."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def assistant(usage: dict[str, Any], **top: Any) -> dict[str, Any]:
    message = {"id": "msg_1", "model": "claude-sonnet-4-5", "content": [], "usage": usage}
    return {"type": "assistant", "requestId": "req_1", "message": message, **top}


# ------------------------------------------------------------------ one line


def test_a_claude_code_line_gives_its_usage_names_and_key() -> None:
    lines, counted = assistant_lines(
        random.Random(1), "/home/me/shop", "s-1", WHEN, "claude-opus-4-6"
    )
    record = parse_line(lines[0].encode())
    assert record is not None
    assert record.key == counted.key
    assert (record.project, record.session, record.model) == (
        "/home/me/shop",
        "s-1",
        "claude-opus-4-6",
    )
    assert record.at == WHEN.timestamp()
    assert (record.input, record.output, record.cache_read) == (
        counted.input,
        counted.output,
        counted.cache_read,
    )
    assert (record.cache_write_5m, record.cache_write_1h) == (
        counted.cache_write_5m,
        counted.cache_write_1h,
    )


def test_old_lines_without_the_cache_split_count_their_writes_as_five_minute() -> None:
    line = compact(assistant({"input_tokens": 1, "cache_creation_input_tokens": 700}))
    record = parse_line(line.encode())
    assert record is not None
    assert (record.cache_write_5m, record.cache_write_1h) == (700, 0)


@pytest.mark.parametrize(
    "document",
    [
        {"type": "user", "message": {"usage": {"input_tokens": 5}}},  # a tool result's usage
        {"type": "summary", "summary": "x"},
        assistant({"input_tokens": 0, "output_tokens": 0}),  # Claude Code's "<synthetic>"
        {"type": "assistant", "message": {"usage": [1, 2]}},
        {"type": "assistant", "message": "text"},
        [1, 2, 3],
    ],
)
def test_lines_that_spent_nothing_give_no_record(document: Any) -> None:
    assert parse_line(compact(document).encode()) is None


@pytest.mark.faults
@pytest.mark.parametrize("bad", [-5, 1.5, "12", True, None, 2**70, {"n": 1}])
def test_a_count_that_is_not_a_count_is_zero_not_an_error(bad: object) -> None:
    record = parse_line(compact(assistant({"input_tokens": bad, "output_tokens": 3})).encode())
    assert record is not None
    assert (record.input, record.output) == (0, 3)


@pytest.mark.faults
@pytest.mark.parametrize(
    "line",
    [
        b"[" * 100_000 + b"]" * 100_000,  # deep nesting: json's recursion limit
        b'{"type":"assistant","message":{"usage":{',  # cut
        b"\x00\x01\x02",
        b"",
    ],
)
def test_lines_that_are_not_json_are_refused_quietly(line: bytes) -> None:
    assert decode_line(line) is None
    assert parse_line(line) is None


@pytest.mark.faults
def test_a_stray_non_utf8_byte_in_the_text_does_not_lose_the_usage() -> None:
    line = compact(assistant({"input_tokens": 4, "output_tokens": 2}, cwd="/p"))
    mangled = line.encode().replace(b'"content":[]', b'"content":["\xff\xfe"]')
    record = parse_line(mangled)
    assert record is not None
    assert (record.input, record.output, record.project) == (4, 2, "/p")


@pytest.mark.faults
@pytest.mark.parametrize("stamp", ["yesterday", "0001-01-01T00:00:00+14:00", 17, None])
def test_a_timestamp_that_is_not_a_time_is_left_unknown(stamp: object) -> None:
    record = parse_line(compact(assistant({"input_tokens": 1}, timestamp=stamp)).encode())
    assert record is not None
    assert record.at is None


@settings(max_examples=EXAMPLES * 4)
@given(st.text())
def test_message_text_can_never_contain_the_usage_key(text: str) -> None:
    """Why the byte filter is sound: inside a JSON string every quote is escaped."""
    assert USAGE_MARKER not in compact({"text": text}).encode("utf-8")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
token_counts = st.one_of(st.integers(min_value=0, max_value=10**9), json_values)
usages = st.fixed_dictionaries(
    {},
    optional={
        "input_tokens": token_counts,
        "output_tokens": token_counts,
        "cache_read_input_tokens": token_counts,
        "cache_creation_input_tokens": token_counts,
        "cache_creation": st.fixed_dictionaries(
            {},
            optional={
                "ephemeral_5m_input_tokens": token_counts,
                "ephemeral_1h_input_tokens": token_counts,
            },
        ),
        "usage": json_values,
    },
)


@pytest.mark.faults
@settings(max_examples=EXAMPLES * 4, suppress_health_check=[HealthCheck.too_slow])
@given(
    usage=usages,
    content=json_values,
    extra=json_values,
    kind=st.sampled_from(["assistant", "user"]),
)
def test_the_filter_and_the_record_agree_with_json_loads(
    usage: dict[str, Any], content: Any, extra: Any, kind: str
) -> None:
    """Every line json.loads reads as an assistant message with usage has the key bytes,
    and its record holds exactly the counts json.loads sees (nested decoys ignored)."""
    document = {
        "type": kind,
        "cwd": "/w",
        "message": {"id": "m", "content": [content, {"usage": extra}], "usage": usage},
        "extra": extra,
    }
    line = compact(document).encode()
    loaded = json.loads(line)
    assert USAGE_MARKER in line  # the filter keeps it
    record = usage_record(loaded)
    if kind != "assistant":
        assert record is None
        return
    expected_input = _as_count(loaded["message"]["usage"].get("input_tokens"))
    expected_output = _as_count(loaded["message"]["usage"].get("output_tokens"))
    if record is None:
        assert not expected_input
        assert not expected_output
    else:
        assert (record.input, record.output) == (expected_input, expected_output)


def _as_count(value: object) -> int:
    return value if type(value) is int and 0 <= value < 2**53 else 0


# ------------------------------------------------------------------ a file


def _write_lines(path: Path, count: int, *, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    keys = []
    with path.open("ab") as stream:
        for _ in range(count):
            lines, counted = assistant_lines(rng, "/p", "s", WHEN, "claude-haiku-4-5")
            filler = compact({"type": "user", "message": {"content": "x" * rng.randrange(0, 900)}})
            stream.write(("\n".join([filler, *lines]) + "\n").encode())
            keys.append(counted.key)
    return keys


def _distinct(scan: FileScan) -> list[str | None]:
    return list(dict.fromkeys(record.key for _, record in scan.records))


def test_every_message_line_of_a_file_is_found(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    keys = _write_lines(path, 40)
    scan = scan_file(path)
    assert _distinct(scan) == keys  # one or two lines (content blocks) per message
    assert scan.end == path.stat().st_size
    assert scan.lines_skipped == 0


@settings(max_examples=EXAMPLES, deadline=None)
@given(chunk=st.integers(min_value=1, max_value=5000))
def test_chunk_boundaries_change_nothing(
    tmp_path_factory: pytest.TempPathFactory, chunk: int
) -> None:
    path = tmp_path_factory.mktemp("chunks") / "s.jsonl"
    _write_lines(path, 12)
    whole = scan_file(path)
    pieces = scan_file(path, chunk=chunk)
    assert pieces.records == whole.records
    assert pieces.end == whole.end


@pytest.mark.faults
def test_a_half_written_last_line_waits_for_its_end(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    _write_lines(path, 3)
    complete = path.stat().st_size
    lines, counted = assistant_lines(random.Random(9), "/p", "s", WHEN, "claude-haiku-4-5")
    data = (lines[0] + "\n").encode()
    with path.open("ab") as stream:
        stream.write(data[:100])
    first = scan_file(path)
    assert first.end == complete  # not consumed
    assert counted.key not in {record.key for _, record in first.records}
    with path.open("ab") as stream:
        stream.write(data[100:])
    second = scan_file(path, first.end)
    assert [record.key for _, record in second.records] == [counted.key]
    assert second.end == path.stat().st_size


def test_a_complete_last_line_without_its_newline_counts(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    lines, counted = assistant_lines(random.Random(9), "/p", "s", WHEN, "claude-haiku-4-5")
    path.write_text(lines[0], encoding="utf-8")
    scan = scan_file(path)
    assert [record.key for _, record in scan.records] == [counted.key]
    assert scan.end == path.stat().st_size


@pytest.mark.faults
def test_an_overlong_line_is_skipped_and_the_next_ones_still_count(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    long_line = compact(assistant({"input_tokens": 9}, pad="y" * 50_000))
    path.write_text(long_line + "\n", encoding="utf-8")
    keys = _write_lines(path, 2)
    scan = scan_file(path, chunk=1000, max_line=10_000)
    assert scan.lines_skipped == 1
    assert _distinct(scan) == keys
    assert scan.end == path.stat().st_size


@pytest.mark.faults
def test_a_binary_file_gives_nothing_and_no_error(tmp_path: Path) -> None:
    path = tmp_path / "binary.jsonl"
    path.write_bytes(random.Random(5).randbytes(200_000) + USAGE_MARKER + b"\n\xff")
    scan = scan_file(path, chunk=4096)
    assert scan.records == []
    assert scan.lines_skipped == 1


def test_reading_leaves_the_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    _write_lines(path, 5)
    before = path.read_bytes(), path.stat().st_mtime_ns
    os.chmod(path, 0o400)  # read-only is enough: the scanner only ever reads
    scan_file(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before

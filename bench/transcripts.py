"""A generated tree of Claude Code transcripts, shaped like the real ones, with known totals.

Used by ``bench/local_scan.py`` (the throughput figures) and by the tests of
:mod:`core.local` (the exact totals). The generator writes what Claude Code writes — one
line per content block of an assistant message, each repeating the message's ``usage``;
user lines carrying tool results (the bulk of a real file's bytes, quoted file contents
with escapes and non-ASCII text); summaries and other record types — and it *remembers
what each counted message was*, so the expected totals come from the writing side, never
from parsing the files back.

Hostile parts on request: sessions resumed into a new file that repeats earlier lines
(the same ``message.id`` + ``requestId``), a last line cut in the middle, a binary file
named ``.jsonl``, lines that are not UTF-8.
"""

from __future__ import annotations

import json
import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

__all__ = ["Corpus", "Counted", "assistant_lines", "encode_project", "write_corpus"]

MODELS = (
    "claude-sonnet-4-5-20250929",
    "claude-opus-4-1-20250805",
    "claude-haiku-4-5-20251001",
    "claude-opus-4-6",
    "claude-future-9-20990101",  # not in the price table: must be listed as unpriced
)
PROJECTS = ("/home/dev/shop", "/home/dev/blog", "/home/dev/infra", "/srv/work/api", "/home/dev/a b")
WORDS = (
    "the function returns None when the cache is cold",
    'print("héllo wörld ✓")',
    "if (a < b) { return a; } // \\ backslash",
    "λ café — naïve résumé 日本語 テキスト",
    "\ttabbed\tcolumns\tand\nnewlines\n",
)


@dataclass(frozen=True, slots=True)
class Counted:
    """One assistant message as it must be counted (once, whatever the repeats)."""

    key: str
    timestamp: datetime
    project: str
    model: str
    session: str
    input: int
    output: int
    cache_write_5m: int
    cache_write_1h: int
    cache_read: int


@dataclass
class Corpus:
    """What was written: the files, their bytes, and every message that must count once."""

    root: Path
    files: list[Path] = field(default_factory=list)
    messages: dict[str, Counted] = field(default_factory=dict)
    bytes_written: int = 0
    # the half-written last line: the file it is in, the bytes still to come, its message
    unfinished: tuple[Path, bytes, Counted] | None = None

    def totals(self, key: str) -> dict[str, dict[str, int]]:
        """Token sums grouped by ``day`` (UTC date), ``project``, ``model`` or ``session``."""
        groups: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for message in self.messages.values():
            name = (
                message.timestamp.date().isoformat() if key == "day" else str(getattr(message, key))
            )
            for part in ("input", "output", "cache_write_5m", "cache_write_1h", "cache_read"):
                groups[name][part] += getattr(message, part)
        return {name: dict(parts) for name, parts in groups.items()}


def encode_project(cwd: str) -> str:
    """Claude Code's folder name for a working directory: every non-alphanumeric → ``-``."""
    return "".join(c if c.isalnum() else "-" for c in cwd)


def _text(rng: random.Random, size: int) -> str:
    parts: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(WORDS)
        parts.append(piece)
        length += len(piece) + 1
    return " ".join(parts)


def _usage(rng: random.Random) -> dict[str, Any]:
    write_5m, write_1h = rng.randrange(0, 4000), rng.choice((0, 0, rng.randrange(0, 9000)))
    return {
        "input_tokens": rng.randrange(1, 50),
        "cache_creation_input_tokens": write_5m + write_1h,
        "cache_read_input_tokens": rng.randrange(0, 180_000),
        "cache_creation": {
            "ephemeral_5m_input_tokens": write_5m,
            "ephemeral_1h_input_tokens": write_1h,
        },
        "output_tokens": rng.randrange(1, 2500),
        "service_tier": "standard",
    }


def _counted(
    key: str, when: datetime, cwd: str, session: str, model: str, usage: dict[str, Any]
) -> Counted:
    cache = usage["cache_creation"]
    return Counted(
        key=key,
        timestamp=when,
        project=cwd,
        model=model,
        session=session,
        input=usage["input_tokens"],
        output=usage["output_tokens"],
        cache_write_5m=cache["ephemeral_5m_input_tokens"],
        cache_write_1h=cache["ephemeral_1h_input_tokens"],
        cache_read=usage["cache_read_input_tokens"],
    )


def _envelope(
    rng: random.Random, cwd: str, session: str, when: datetime, kind: str
) -> dict[str, Any]:
    return {
        "parentUuid": str(uuid.UUID(int=rng.getrandbits(128))),
        "isSidechain": False,
        "userType": "external",
        "cwd": cwd,
        "sessionId": session,
        "version": "2.0.14",
        "gitBranch": "main",
        "type": kind,
        "uuid": str(uuid.UUID(int=rng.getrandbits(128))),
        "timestamp": when.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
    }


def assistant_lines(
    rng: random.Random, cwd: str, session: str, when: datetime, model: str
) -> tuple[list[str], Counted]:
    """One assistant message as Claude Code writes it: a line per content block."""
    message_id = f"msg_{rng.getrandbits(96):024x}"
    request_id = f"req_{rng.getrandbits(96):024x}"
    usage = _usage(rng)
    blocks: list[dict[str, Any]] = [{"type": "text", "text": _text(rng, rng.randrange(40, 900))}]
    if rng.random() < 0.7:
        blocks.append({
            "type": "tool_use",
            "id": f"toolu_{rng.getrandbits(64):016x}",
            "name": "Edit",
            # tool inputs are objects: a nested "model" or "id" must not fool the scanner
            "input": {"file_path": f"{cwd}/src/main.py", "model": "decoy", "id": 7,
                      "new_string": _text(rng, rng.randrange(100, 3000))},
        })  # fmt: skip
    lines = []
    for block in blocks:
        record = _envelope(rng, cwd, session, when, "assistant")
        record["message"] = {
            "id": message_id,
            "type": "message",
            "role": "assistant",
            "model": model,
            "content": [block],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": usage,
        }
        record["requestId"] = request_id
        lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    return lines, _counted(f"{message_id}:{request_id}", when, cwd, session, model, usage)


def _user_lines(rng: random.Random, cwd: str, session: str, when: datetime) -> list[str]:
    prompt = _envelope(rng, cwd, session, when, "user")
    prompt["message"] = {"role": "user", "content": _text(rng, rng.randrange(20, 400))}
    result = _envelope(rng, cwd, session, when, "user")
    body = _text(rng, rng.randrange(500, 12_000))
    result["message"] = {
        "role": "user",
        "content": [{"tool_use_id": "toolu_x", "type": "tool_result", "content": body}],
    }
    result["toolUseResult"] = {"stdout": body, "stderr": "", "interrupted": False}
    return [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in (prompt, result)]


def _session_lines(
    rng: random.Random, corpus: Corpus, cwd: str, start: datetime, messages: int
) -> list[str]:
    session = str(uuid.UUID(int=rng.getrandbits(128)))
    lines = [json.dumps({"type": "summary", "summary": "Refactor", "leafUuid": session})]
    when = start
    for _ in range(messages):
        when += timedelta(seconds=rng.randrange(5, 400))
        lines.extend(_user_lines(rng, cwd, session, when))
        model = rng.choice(MODELS)
        written, counted = assistant_lines(rng, cwd, session, when, model)
        lines.extend(written)
        corpus.messages[counted.key] = counted
    lines.append(json.dumps({"type": "system", "subtype": "unknown-kind", "content": "x"}))
    return lines


def _write(corpus: Corpus, path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    corpus.files.append(path)
    corpus.bytes_written += len(data)


def write_corpus(
    root: Path,
    *,
    seed: int = 19,
    sessions: int = 20,
    messages_per_session: int = 30,
    days: int = 30,
    end: datetime | None = None,
    hostile: bool = True,
) -> Corpus:
    """Write ``projects/<encoded cwd>/<session>.jsonl`` files under ``root`` (a config folder).

    With ``hostile``: every third session is resumed into a second file that repeats its
    first half; the last file ends in a half-written line; a binary ``.jsonl`` and a
    non-UTF-8 line are added. None of these change what must be counted.
    """
    rng = random.Random(seed)
    corpus = Corpus(root)
    end = end or datetime(2026, 12, 6, 12, tzinfo=UTC)
    for index in range(sessions):
        cwd = PROJECTS[index % len(PROJECTS)]
        start = end - timedelta(days=rng.uniform(0, days - 1), hours=2)
        lines = _session_lines(rng, corpus, cwd, start, messages_per_session)
        folder = root / "projects" / encode_project(cwd)
        _write(corpus, folder / f"session-{index:04d}.jsonl", _joined(lines))
        if hostile and index % 3 == 0:  # `claude --resume`: a new file repeating the old lines
            repeat = lines[: len(lines) // 2]
            _write(corpus, folder / f"session-{index:04d}-resumed.jsonl", _joined(repeat))
    if hostile:
        _add_hostile_files(rng, corpus)
    return corpus


def _joined(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def _add_hostile_files(rng: random.Random, corpus: Corpus) -> None:
    folder = corpus.root / "projects" / encode_project(PROJECTS[0])
    noise = rng.randbytes(300_000)
    _write(corpus, folder / "binary.jsonl", noise + b'\n"usage":{' + noise[:99] + b"\n")
    when = datetime(2026, 12, 5, 9, tzinfo=UTC)
    mangled, counted = assistant_lines(rng, PROJECTS[0], "mangled", when, MODELS[0])
    # a stray non-UTF-8 byte inside the text: the line still counts
    bad = mangled[0].encode("utf-8").replace(b'"text":"', b'"text":"\xff\xfe', 1)
    corpus.messages[counted.key] = counted
    half, pending = assistant_lines(rng, PROJECTS[0], "cut", when, MODELS[0])
    tail = half[-1].encode("utf-8")  # a message's last line: its usage is at the end
    path = folder / "being-written.jsonl"
    _write(corpus, path, bad + b"\n" + tail[: len(tail) - 40])
    corpus.unfinished = (path, tail[len(tail) - 40 :] + b"\n", pending)

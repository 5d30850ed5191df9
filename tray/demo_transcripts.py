"""The demo's Claude Code transcripts: a month of made-up sessions in its temporary folder,
so the popup's local-usage section (and ``claude-usage local``) has figures at once.

Lines have the shape Claude Code writes (an assistant message's ``usage``, ``model``,
``cwd``, ``sessionId``, ids and timestamp) and no message text at all.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from pathlib import Path

__all__ = ["seed_transcripts"]

PROJECTS = ("/home/demo/shop", "/home/demo/blog", "/home/demo/infra", "/home/demo/notes")
MODELS = ("claude-sonnet-4-5-20250929",) * 6 + ("claude-opus-4-6", "claude-haiku-4-5-20251001")
DAYS = 30


def _line(rng: random.Random, when: datetime, cwd: str, session: str) -> str:
    usage = {
        "input_tokens": rng.randrange(2, 40),
        "cache_creation_input_tokens": rng.randrange(200, 6000),
        "cache_read_input_tokens": rng.randrange(15_000, 160_000),
        "output_tokens": rng.randrange(80, 1800),
    }
    record = {
        "cwd": cwd,
        "sessionId": session,
        "type": "assistant",
        "message": {
            "id": f"msg_demo{rng.getrandbits(64):016x}",
            "role": "assistant",
            "model": rng.choice(MODELS),
            "content": [],
            "usage": usage,
        },
        "requestId": f"req_demo{rng.getrandbits(64):016x}",
        "timestamp": when.isoformat().replace("+00:00", "Z"),
    }
    return json.dumps(record, separators=(",", ":"))


def seed_transcripts(config_dir: Path, now: datetime, seed: int = 19) -> None:
    """Write ``projects/<project>/<session>.jsonl`` under ``config_dir``: busier on weekdays,
    today only up to ``now``."""
    rng = random.Random(seed)
    for days_ago in range(DAYS):
        day = now - timedelta(days=days_ago)
        busy = 0.3 if day.weekday() >= 5 else 1.0
        for project in PROJECTS[: rng.randrange(1, len(PROJECTS) + 1)]:
            count = int(rng.randrange(5, 45) * busy * (0.6 if days_ago == 0 else 1))
            session = f"demo-{days_ago:02d}-{PROJECTS.index(project)}"
            start = (
                day - timedelta(hours=rng.uniform(1, 8)) if days_ago else now - timedelta(hours=2)
            )
            lines = [
                _line(rng, start + timedelta(minutes=3 * n), project, session) for n in range(count)
            ]
            folder = config_dir / "projects" / "".join(c if c.isalnum() else "-" for c in project)
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{session}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

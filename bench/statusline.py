"""``claude-usage statusline`` and ``usage --format waybar`` as cold processes.

Claude Code runs its status-line command after every message, and bars poll every few
seconds, so what counts is a whole new process: interpreter start, imports, reading the
snapshots and ``.claude.json``, printing. Measured on the installed ``claude-usage``
script (what Claude Code runs) over five accounts' snapshots, beside ``python -c pass``,
the floor no Python command can go below. Target (issue 16): median ≤ 60 ms.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from core.models import OAuthUsage, UsageWindow
from core.usage.snapshots import SnapshotCache

from .env import Sandbox, sandbox
from .report import Figure

NAME = "statusline"
RUNS = 21
TARGET = 0.060
ACCOUNTS = 5
STDIN = json.dumps(
    {
        "session_id": "bench",
        "model": {"id": "claude-opus-4-6", "display_name": "Opus"},
        "workspace": {"current_dir": "/home/me/project"},
        "rate_limits": {
            "five_hour": {"used_percentage": 37.0, "resets_at": 4102444800},
            "seven_day": {"used_percentage": 41.0, "resets_at": 4102444800},
        },
    }
)


def _seed(box: Sandbox) -> None:
    now = datetime.now(UTC)
    cache = SnapshotCache(Path(box.env["CLAUDE_USAGE_HOME"]) / "snapshots")
    for index in range(ACCOUNTS):
        window = UsageWindow(percent=10.0 * index, resets_at=now + timedelta(hours=2))
        usage = OAuthUsage(
            account_name=f"account{index}",
            email=f"user{index}@example.com",
            account_id=f"uuid-{index}",
            windows={"five_hour": window, "seven_day": window},
            model_weekly={"Opus": window},
            fetched_at=now,
        )
        cache.save(f"key-{index}", usage)
    login = {"oauthAccount": {"accountUuid": "uuid-3", "emailAddress": "user3@example.com"}}
    claude_json = Path(box.env["CLAUDE_CONFIG_DIR"]) / ".claude.json"
    claude_json.write_text(json.dumps(login), encoding="utf-8")


def _command() -> list[str]:
    script = Path(sys.executable).with_name("claude-usage")
    return [str(script)] if script.exists() else [sys.executable, "-m", "core.cli"]


def _median(argv: list[str], env: dict[str, str], stdin: str = "") -> tuple[float, str]:
    times, output = [], ""
    for _ in range(RUNS):
        started = time.perf_counter()
        done = subprocess.run(
            argv, input=stdin, capture_output=True, text=True, env=env, check=True
        )
        times.append(time.perf_counter() - started)
        output = done.stdout
    return statistics.median(times), output


def run() -> list[Figure]:
    with sandbox() as box:
        _seed(box)
        env = box.env | {"NO_COLOR": "1"}
        floor, _ = _median([sys.executable, "-c", "pass"], env)
        line_time, line = _median([*_command(), "statusline"], env, STDIN)
        bar_time, bar = _median([*_command(), "usage", "--format", "waybar"], env)
    assert line.startswith("account3 37% 5h"), line  # Claude Code's login, its figures
    assert json.loads(bar)["text"].startswith("account3"), bar
    return [
        Figure(NAME, "python -c pass (the floor)", floor * 1000, "ms"),
        Figure(NAME, f"statusline, cold process, median of {RUNS}", line_time * 1000, "ms",
               f"≤ {TARGET * 1000:.0f} ms", line_time <= TARGET,
               f"{(line_time - floor) * 1000:.0f} ms above the floor"),
        Figure(NAME, f"usage --format waybar, cold, median of {RUNS}", bar_time * 1000, "ms",
               f"≤ {TARGET * 1000:.0f} ms", bar_time <= TARGET,
               f"{(bar_time - floor) * 1000:.0f} ms above the floor"),
    ]  # fmt: skip

"""The TypeScript ``claude-usage-core`` 1.3.1 beside this project, when node and it are here.

Looked for, in order: ``$CLAUDE_USAGE_TS_CORE`` (a package folder holding ``dist/index.js``,
e.g. one built from the library's source), then the benchmark cache
(``$CLAUDE_USAGE_BENCH_CACHE``, default ``/var/tmp/claude-usage-bench``): a copy installed
there earlier by ``npm install``, or one built from source into ``ts-src``. When none is
there, one ``npm install`` into the cache is tried (cached for the next run). Without node
or the package the figures say "not available"; a benchmark never fails for it.

``ts_runner.mjs`` drives the library and sends every request it makes to the fake server.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .env import FakeServer

PACKAGE = "@narai/claude-usage-core"
VERSION = "1.3.1"
RUNNER = Path(__file__).resolve().parent / "ts_runner.mjs"
NOT_AVAILABLE = "TypeScript claude-usage-core: not available"


def cache_dir() -> Path:
    default = "/var/tmp/claude-usage-bench"  # noqa: S108 - a cache that survives reboots
    return Path(os.environ.get("CLAUDE_USAGE_BENCH_CACHE", default))


def _candidates() -> list[Path]:
    given = os.environ.get("CLAUDE_USAGE_TS_CORE")
    folder = cache_dir()
    found = [Path(given)] if given else []
    return [*found, folder / "npm" / "node_modules" / PACKAGE, folder / "ts-src"]


def _usable(folder: Path) -> bool:
    try:
        meta = json.loads((folder / "package.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return meta.get("version") == VERSION and (folder / "dist" / "index.js").is_file()


def _npm_install() -> None:
    npm = shutil.which("npm")
    if npm is None:
        return
    target = cache_dir() / "npm"
    target.mkdir(parents=True, exist_ok=True)
    command = [npm, "install", "--prefix", str(target), "--no-audit", "--no-fund"]
    with contextlib.suppress(OSError, subprocess.TimeoutExpired):  # then: "not available"
        subprocess.run([*command, f"{PACKAGE}@{VERSION}"], capture_output=True, timeout=180)


@dataclass(frozen=True)
class TsCore:
    node: str
    package: Path

    def command(self, server: FakeServer, store: Path, mode: str) -> list[str]:
        base = server.info["base_url"]
        return [self.node, str(RUNNER), str(self.package), base, str(store), mode]

    def save(self, server: FakeServer, store: Path, accounts: int) -> None:
        """Save the fake's first ``accounts`` accounts in a TypeScript store at ``store``."""
        seeded = [
            {"name": a["name"], "credentials_json": a["credentials_json"]}
            for a in server.accounts[:accounts]
        ]
        subprocess.run(
            self.command(server, store, "save"), input=json.dumps(seeded), text=True,
            capture_output=True, check=True, timeout=120,
        )  # fmt: skip

    def refresh(self, server: FakeServer, store: Path) -> tuple[float, int]:
        """Seconds of one ``getAllAccountsUsage`` in a fresh process (its own connections,
        as a fresh Python client has), and how many accounts came back with an error."""
        done = subprocess.run(
            self.command(server, store, "refresh"), capture_output=True, text=True,
            check=True, timeout=120,
        )  # fmt: skip
        answer = json.loads(done.stdout)
        return float(answer["seconds"]), int(answer["failed"])


@cache
def find() -> TsCore | None:
    """The library and node, or None (then the figures say "not available")."""
    node = shutil.which("node")
    if node is None:
        return None
    for folder in _candidates():
        if _usable(folder):
            return TsCore(node, folder)
    _npm_install()
    folder = cache_dir() / "npm" / "node_modules" / PACKAGE
    return TsCore(node, folder) if _usable(folder) else None

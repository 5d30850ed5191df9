"""The ``User-Agent`` usage requests must carry: ``claude-code/<installed version>``.

Since about March 2026 the usage endpoint puts requests without a Claude Code user agent in
a tiny rate-limit bucket (persistent 429s). So we send the version of the Claude Code that
is installed here (``claude --version``), which is what the server expects to see from
this machine, and fall back to a recent constant when it is not installed.

Running ``claude`` costs a Node start-up (up to a second), so the answer is cached for the
process and on disk (``AppPaths.user_agent_cache``) for a day. An override
(``CLAUDE_USAGE_USER_AGENT_VERSION``, read by :mod:`core.config`) wins over everything: tests,
or a user whose installed version is refused.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from core.base.atomic import write_atomic
from core.base.paths import ensure_private_dir

__all__ = [
    "CACHE_TTL_SECONDS",
    "FALLBACK_VERSION",
    "VersionCache",
    "claude_code_user_agent",
    "claude_code_version",
    "detect_installed_version",
    "parse_version",
    "reset_cache",
]

log = logging.getLogger(__name__)

FALLBACK_VERSION = "2.1.0"
CACHE_TTL_SECONDS = 24 * 3600
DETECT_TIMEOUT = 5.0
# A version token such as 2.0.31 or 2.1.0-beta.3; only these characters reach a header.
_VERSION = re.compile(
    r"(?:(?<![\w.])|(?<=\bv))(\d+\.\d+(?:\.\d+)?(?:-[0-9A-Za-z.]*[0-9A-Za-z])?)(?!\w|\.\d)"
)


@dataclass(frozen=True, slots=True)
class VersionCache:
    """Where the version found is kept for a day, and the folder this app owns (whose
    existing subfolders may be tightened; see :func:`core.base.paths.ensure_private_dir`)."""

    path: Path
    private_root: Path | None = None


_lock = threading.Lock()
_cached: str | None = None


def parse_version(text: str) -> str | None:
    """The first version-looking token of ``claude --version`` output (e.g. ``2.0.31``)."""
    match = _VERSION.search(text)
    return match.group(1) if match else None


def detect_installed_version(
    executable: str | None = None, *, timeout: float = DETECT_TIMEOUT
) -> str | None:
    """Run ``claude --version``; None when it is absent, fails, hangs or prints no version."""
    program = executable or shutil.which("claude")
    if not program:
        return None
    try:
        result = subprocess.run(
            [program, "--version"],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            stdin=subprocess.DEVNULL,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console flash
        )
    except (OSError, subprocess.SubprocessError, ValueError) as exc:
        log.info("Could not run `claude --version`: %s", type(exc).__name__)
        return None
    return parse_version(result.stdout) if result.returncode == 0 else None


def _read_disk_cache(path: Path, now: float) -> str | None:
    """The version found within the last day, if the cache file says so."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    version, checked = data.get("version"), data.get("checked_at")
    if not isinstance(version, str) or not isinstance(checked, int | float):
        return None
    fresh = 0 <= now - checked < CACHE_TTL_SECONDS
    return version if fresh and parse_version(version) == version else None


def _write_disk_cache(cache: VersionCache, version: str, now: float) -> None:
    """Best effort: a failed cache write only costs another ``claude --version`` later."""
    path = cache.path
    try:
        ensure_private_dir(path.parent, owned_root=cache.private_root)
        write_atomic(path, json.dumps({"version": version, "checked_at": now}).encode("utf-8"))
    except OSError as exc:
        log.debug("Could not cache the Claude Code version: %s", exc)


def _resolve(cache: VersionCache | None) -> str:
    now = time.time()
    cached = _read_disk_cache(cache.path, now) if cache else None
    if cached:
        return cached
    version = detect_installed_version() or FALLBACK_VERSION
    if cache:
        _write_disk_cache(cache, version, now)
    return version


def claude_code_version(*, cache: VersionCache | None = None, override: str | None = None) -> str:
    """The version to claim: ``override`` (when it is a version), else the installed one
    (remembered for the process, and in ``cache`` for a day), else the fallback."""
    global _cached
    pinned = parse_version(override or "")
    if pinned:
        return pinned
    with _lock:
        if _cached is None:
            _cached = _resolve(cache)
        return _cached


def claude_code_user_agent(
    *, cache: VersionCache | None = None, override: str | None = None
) -> str:
    """``claude-code/<version>``, the ``User-Agent`` of every OAuth request."""
    return f"claude-code/{claude_code_version(cache=cache, override=override)}"


def reset_cache() -> None:
    """Forget the per-process answer (tests; or after the user updates Claude Code)."""
    global _cached
    with _lock:
        _cached = None

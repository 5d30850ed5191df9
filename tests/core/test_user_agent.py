"""core.anthropic.user_agent: the installed Claude Code version, cached, with a fallback and
override."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.anthropic import user_agent
from core.anthropic.user_agent import (
    FALLBACK_VERSION,
    VersionCache,
    claude_code_user_agent,
    claude_code_version,
    detect_installed_version,
    parse_version,
)
from core.base.paths import USER_AGENT_CACHE_FILENAME
from core.config import ENV_USER_AGENT_VERSION, AppConfig, AppPaths
from tests.app_paths import app_paths

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fake `claude` is a sh script")


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    user_agent.reset_cache()
    yield
    user_agent.reset_cache()


@pytest.fixture
def fake_claude(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A `claude` on PATH (and only it) that prints a version and counts its runs."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "claude"
    counter = tmp_path / "runs"
    script.write_text(f'#!/bin/sh\necho x >> "{counter}"\necho "2.0.31 (Claude Code)"\n')
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    return counter


def runs(counter: Path) -> int:
    return len(counter.read_text().splitlines()) if counter.exists() else 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.0.31 (Claude Code)\n", "2.0.31"),
        ("claude 1.0.128\n", "1.0.128"),
        ("v2.1.0-beta.3", "2.1.0-beta.3"),
        ("Claude Code version 2.1 build", "2.1"),
        ("no version here", None),
        ("", None),
        ("192.168.1.1.5", None),
    ],
)
def test_parse_version(text: str, expected: str | None) -> None:
    assert parse_version(text) == expected


def test_installed_version_is_detected_and_sent_as_user_agent(fake_claude: Path) -> None:
    assert detect_installed_version() == "2.0.31"
    assert claude_code_user_agent() == "claude-code/2.0.31"


def test_missing_claude_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert detect_installed_version() is None
    assert claude_code_user_agent() == f"claude-code/{FALLBACK_VERSION}"


def test_failing_claude_is_ignored(tmp_path: Path) -> None:
    script = tmp_path / "claude"
    script.write_text("#!/bin/sh\necho 9.9.9\nexit 3\n")
    script.chmod(0o755)
    assert detect_installed_version(str(script)) is None


def test_hanging_claude_times_out(tmp_path: Path) -> None:
    script = tmp_path / "claude"
    script.write_text("#!/bin/sh\nexec sleep 30\n")
    script.chmod(0o755)
    started = time.monotonic()
    assert detect_installed_version(str(script), timeout=0.3) is None
    assert time.monotonic() - started < 10


def test_override_wins_without_running_claude(fake_claude: Path) -> None:
    assert claude_code_user_agent(override="9.8.7") == "claude-code/9.8.7"
    assert runs(fake_claude) == 0


def test_garbage_override_is_ignored(fake_claude: Path) -> None:
    assert claude_code_version(override="evil\r\nX-Injected: 1") == "2.0.31"


def test_version_is_cached_per_process(fake_claude: Path) -> None:
    assert claude_code_version() == "2.0.31"
    assert claude_code_version() == "2.0.31"
    assert runs(fake_claude) == 1


def test_the_environment_override_reaches_the_config() -> None:
    """``CLAUDE_USAGE_USER_AGENT_VERSION`` is read at the edge, into AppConfig."""
    config = AppConfig.from_environment({ENV_USER_AGENT_VERSION: "9.8.7"})
    assert config.user_agent_version == "9.8.7"
    assert AppConfig.from_environment({}).user_agent_version is None


def test_version_is_cached_on_disk_for_a_day(fake_claude: Path) -> None:
    cache = VersionCache(app_paths().user_agent_cache)
    assert claude_code_version(cache=cache) == "2.0.31"
    user_agent.reset_cache()  # a new process
    assert claude_code_version(cache=cache) == "2.0.31"
    assert runs(fake_claude) == 1
    assert cache.path == app_paths().home / USER_AGENT_CACHE_FILENAME
    assert json.loads(cache.path.read_text())["version"] == "2.0.31"


def test_stale_or_corrupt_disk_cache_is_refreshed(fake_claude: Path) -> None:
    cache = VersionCache(app_paths().user_agent_cache)
    cache.path.parent.mkdir(parents=True, exist_ok=True)
    old = time.time() - 2 * 24 * 3600
    cache.path.write_text(json.dumps({"version": "1.0.0", "checked_at": old}))
    assert claude_code_version(cache=cache) == "2.0.31"
    user_agent.reset_cache()
    cache.path.write_text("{broken")
    assert claude_code_version(cache=cache) == "2.0.31"
    assert runs(fake_claude) == 2


def test_unwritable_data_home_still_answers(fake_claude: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("")
    cache = VersionCache(AppPaths.at(blocker / "sub").user_agent_cache)
    assert claude_code_version(cache=cache) == "2.0.31"
    assert os.path.isfile(blocker)

"""The folders a program started in this test's environment would use (``conftest`` points
``CLAUDE_USAGE_HOME`` into the test's temporary folder)."""

from __future__ import annotations

from core.config import AppConfig, AppPaths
from core.credentials import ClaudeCodeEnv


def app_paths() -> AppPaths:
    """What the CLI's and the tray's ``main`` would build, read afresh from the environment."""
    return AppConfig.from_environment().paths


def claude_env() -> ClaudeCodeEnv:
    """Claude Code's variables as this test's environment sets them (read afresh)."""
    return AppConfig.from_environment().claude_code

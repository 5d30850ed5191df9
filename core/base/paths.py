"""Where things live on disk: this app's data folder and Claude Code's config folder.

Both honour environment overrides so tests and users can point them elsewhere:
``CLAUDE_USAGE_HOME`` for ours, ``CLAUDE_CONFIG_DIR`` for Claude Code's (as Claude Code does).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

__all__ = [
    "APP_NAME",
    "claude_config_dir",
    "data_home",
    "ensure_private_dir",
    "legacy_store_path",
]

APP_NAME = "claude-usage-tray"


def data_home() -> Path:
    """The app's data folder (store, history, cooldowns, logs)."""
    override = os.environ.get("CLAUDE_USAGE_HOME")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def claude_config_dir() -> Path:
    """Claude Code's folder: ``$CLAUDE_CONFIG_DIR`` or ``~/.claude``."""
    override = os.environ.get("CLAUDE_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    return Path.home() / ".claude"


def legacy_store_path() -> Path:
    """Where the TypeScript ``claude-usage-core`` library keeps its store."""
    return Path.home() / ".claude-usage" / "accounts.enc"


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` readable by the owner only (0700), and return it.

    An existing folder is tightened only when it is this app's data folder or inside it:
    a caller handed a path in ``/tmp`` or a home folder must never chmod that (as root,
    making ``/tmp`` 0700 breaks every other user and apt).
    """
    existed = path.is_dir()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix" and (not existed or _inside_data_home(path)):
        os.chmod(path, 0o700)
    return path


def _inside_data_home(path: Path) -> bool:
    home = data_home().resolve()
    resolved = path.resolve()
    return resolved == home or home in resolved.parents

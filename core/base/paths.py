"""Default folders, and the one rule for creating private ones.

Nothing here reads the environment: :mod:`core.config` (and the CLI's cached-only edge,
:mod:`core.cli.cached`) hand over the mapping once, at a program's edge, and
:func:`data_home` decides whether ``CLAUDE_USAGE_HOME`` replaces the default data folder.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

__all__ = [
    "APP_NAME",
    "ENV_HOME",
    "FEED_TOKEN_FILENAME",
    "HISTORY_FILENAME",
    "STORE_FILE_NAME",
    "USER_AGENT_CACHE_FILENAME",
    "data_home",
    "default_data_home",
    "ensure_private_dir",
    "legacy_store_path",
]

APP_NAME = "claude-usage-tray"
ENV_HOME = "CLAUDE_USAGE_HOME"
STORE_FILE_NAME = "accounts.enc"  # the encrypted account store (core.store.storage)
HISTORY_FILENAME = "history.sqlite3"  # usage history (core.history.database)
USER_AGENT_CACHE_FILENAME = "claude-version.json"  # core.anthropic.user_agent's cache
FEED_TOKEN_FILENAME = "feed-token"  # the local usage feed's bearer token (core.feed)


def data_home(environ: Mapping[str, str]) -> Path:
    """``$CLAUDE_USAGE_HOME`` when set, else the platform's data folder."""
    override = environ.get(ENV_HOME)
    return Path(override).expanduser() if override else default_data_home()


def default_data_home() -> Path:
    """The platform's data folder for this app (platformdirs, imported only when needed:
    the status line with ``CLAUDE_USAGE_HOME`` set need not pay for it)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def legacy_store_path() -> Path:
    """Where the TypeScript ``claude-usage-core`` library keeps its store."""
    return Path.home() / ".claude-usage" / "accounts.enc"


def ensure_private_dir(path: Path, *, owned_root: Path | None = None) -> Path:
    """Create ``path`` readable by the owner only (0700), and return it.

    An existing folder is tightened only when it is ``owned_root`` (the app's data folder)
    or inside it: a caller handed a path in ``/tmp`` or a home folder must never chmod that
    (as root, making ``/tmp`` 0700 breaks every other user and apt).
    """
    existed = path.is_dir()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix" and (not existed or _inside(path, owned_root)):
        os.chmod(path, 0o700)
    return path


def _inside(path: Path, root: Path | None) -> bool:
    if root is None:
        return False
    home = root.resolve()
    resolved = path.resolve()
    return resolved == home or home in resolved.parents

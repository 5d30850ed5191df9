"""Where Claude Code's ``.claude.json`` is, and whose login it names — cheaply.

The status line must know the current login (``oauthAccount.accountUuid`` /
``emailAddress``) after every Claude Code message, so this module imports nothing beyond
``json`` and ``pathlib``; :class:`core.credentials.location.ClaudeLocation` uses the same
rule, so the two cannot disagree on which file is meant.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

__all__ = ["LoginIdentity", "global_config_file", "read_login_identity"]

_MAX_BYTES = 16 << 20  # .claude.json grows with project history; bounded all the same


class LoginIdentity(NamedTuple):
    """Who Claude Code is logged in as (either part may be unknown)."""

    account_uuid: str | None
    email: str | None


def global_config_file(config_dir: Path, home: Path, *, custom: bool) -> Path:
    """``.claude.json``: ``<config dir>/.claude.json`` for a custom ``CLAUDE_CONFIG_DIR``,
    else ``~/.claude.json``; a legacy ``<config dir>/.config.json`` wins when it exists,
    as in Claude Code."""
    legacy = config_dir / ".config.json"
    if legacy.is_file():
        return legacy
    return (config_dir if custom else home) / ".claude.json"


def read_login_identity(path: Path) -> LoginIdentity | None:
    """The ``oauthAccount`` of ``path``; ``None`` when missing, unreadable or malformed."""
    try:
        with path.open("rb") as file:
            raw = file.read(_MAX_BYTES + 1)
        if len(raw) > _MAX_BYTES:
            return None
        document: Any = json.loads(raw)
    except (OSError, ValueError, RecursionError):
        return None
    account = document.get("oauthAccount") if isinstance(document, dict) else None
    if not isinstance(account, dict):
        return None
    uuid, email = account.get("accountUuid"), account.get("emailAddress")
    return LoginIdentity(
        uuid if isinstance(uuid, str) and uuid else None,
        email if isinstance(email, str) and email else None,
    )

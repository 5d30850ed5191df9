"""Who is logged in to Claude Code, from its ``.claude.json``, without a network call."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from core.credentials.location import ClaudeCodeEnv, locate, resolve_platform

__all__ = ["read_claude_account_info"]

log = logging.getLogger(__name__)


def read_claude_account_info(
    config_dir: Path | None, *, env: ClaudeCodeEnv, platform: str = "auto"
) -> dict[str, Any] | None:
    """The ``oauthAccount`` object (``emailAddress``, ``organizationName``, ``accountUuid`` …).

    ``.claude.json`` is ``$CLAUDE_CONFIG_DIR/.claude.json`` for a custom folder, else
    ``~/.claude.json``. Missing, unreadable or malformed files give ``None``: this is a
    convenience for labels, never a reason to fail.
    """
    path = locate(resolve_platform(platform), config_dir, env).global_config_file()
    try:
        document = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError) as exc:
        log.debug("Ignoring unreadable %s: %s", path, type(exc).__name__)
        return None
    account = document.get("oauthAccount") if isinstance(document, dict) else None
    return dict(account) if isinstance(account, dict) else None

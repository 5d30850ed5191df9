"""Where Claude Code's ``.claude.json`` is, and whose login it names — cheaply.

The status line must know the current login (``oauthAccount.accountUuid`` /
``emailAddress``) after every Claude Code message, so this module imports nothing beyond
``json`` and ``pathlib``; :class:`core.credentials.location.ClaudeLocation` uses the same
rule, so the two cannot disagree on which file is meant.

It also holds how ``.credentials.json`` is read as text (:func:`read_credentials_text`):
:class:`core.credentials.file.FileCredentialSource` reads it so on every poll, and a
cached answer (:mod:`core.cli.from_cache`) reads it so without asyncio, and the two must
see the same login.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

__all__ = [
    "CREDENTIALS_FILE_NAME",
    "LoginIdentity",
    "NotUtf8Error",
    "global_config_file",
    "read_credentials_text",
    "read_login_identity",
]

CREDENTIALS_FILE_NAME = ".credentials.json"
_MAX_BYTES = 16 << 20  # .claude.json grows with project history; bounded all the same
_BOM = "\ufeff"


class NotUtf8Error(ValueError):
    """The credentials file is not UTF-8 text (its bytes, a secret, are not kept here)."""


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


def read_credentials_text(path: Path) -> str | None:
    """The text of Claude Code's credentials file ``path``; None when no login is there
    (no such file, or a blank one). Raises OSError when it cannot be read and
    :class:`NotUtf8Error` when it is not UTF-8 text."""
    try:
        data = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # ``from None``: the decode error holds the file's bytes, i.e. the secret.
        raise NotUtf8Error(f"{path.name} is not UTF-8 text") from None
    text = text.removeprefix(_BOM)  # a hand-edited file on Windows may carry one
    return text if text.strip() else None

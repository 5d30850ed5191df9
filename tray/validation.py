"""Checks on what people type into the dialogs, run before OK is enabled.

Each function returns None when the input is acceptable, else a short message shown under
the field. The library checks again (it never trusts the tray); these only spare a round trip.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

__all__ = [
    "ADMIN_KEY_PREFIX",
    "MAX_NAME_LENGTH",
    "validate_admin_key",
    "validate_code",
    "validate_credentials_json",
    "validate_name",
]

ADMIN_KEY_PREFIX = "sk-ant-admin"
MAX_NAME_LENGTH = 100


def validate_name(
    name: str, taken: Iterable[str] = (), *, current: str | None = None
) -> str | None:
    """A one-line name, not empty, not already used by another account."""
    cleaned = name.strip()
    if not cleaned:
        return "Enter a name for this account."
    if len(cleaned) > MAX_NAME_LENGTH:
        return f"Use at most {MAX_NAME_LENGTH} characters."
    if any(ch in cleaned for ch in "\r\n\t\0"):
        return "Use a single line."
    if cleaned != current and cleaned in set(taken):
        return f"An account named “{cleaned}” already exists."
    return None


def _access_token(data: Any) -> Any:
    if not isinstance(data, dict):
        return None
    nested = data.get("claudeAiOauth")
    if isinstance(nested, dict) and nested.get("accessToken"):
        return nested.get("accessToken")
    return data.get("accessToken")


def validate_credentials_json(text: str) -> str | None:
    """Claude Code's credentials JSON: must parse and carry an access token."""
    if not text.strip():
        return "Paste the contents of Claude Code's .credentials.json."
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return f"This is not valid JSON (line {exc.lineno}, column {exc.colno})."
    token = _access_token(data)
    if not isinstance(token, str) or not token.strip():
        return "No claudeAiOauth.accessToken (or accessToken) found in this JSON."
    return None


def validate_admin_key(key: str) -> str | None:
    """An Admin API key: ``sk-ant-admin…``, one token without spaces."""
    cleaned = key.strip()
    if not cleaned:
        return "Paste an Admin API key (it starts with sk-ant-admin)."
    if not cleaned.startswith(ADMIN_KEY_PREFIX):
        return "Admin API keys start with sk-ant-admin — this looks like another kind of key."
    if any(ch.isspace() for ch in cleaned) or len(cleaned) < len(ADMIN_KEY_PREFIX) + 8:
        return "This key looks cut short or has spaces in it."
    return None


def validate_code(code: str) -> str | None:
    """The code shown after signing in in the browser (``CODE#STATE``)."""
    cleaned = code.strip()
    if not cleaned:
        return "Paste the code shown after signing in."
    if any(ch.isspace() for ch in cleaned):
        return "The code has no spaces — paste it again."
    return None

"""Checks on what people type into the dialogs, run before OK is enabled.

Each function returns None when the input is acceptable, else a short message shown under
the field. The library checks again (it never trusts the tray); these only spare a round trip.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from core import (
    ADMIN_KEY_PREFIX,
    MAX_NAME_LENGTH,
    InvalidInputError,
    account_name_key,
    normalize_account_name,
    parse_claude_credentials,
    validate_admin_key_format,
)

__all__ = [
    "ADMIN_KEY_PREFIX",
    "MAX_NAME_LENGTH",
    "validate_admin_key",
    "validate_code",
    "validate_credentials_json",
    "validate_name",
]


def validate_name(
    name: str, taken: Iterable[str] = (), *, current: str | None = None
) -> str | None:
    """``core``'s name rule (:mod:`core.names`), then not already used by another account
    — compared normalised, as the store compares them."""
    if not name.strip():
        return QCoreApplication.translate("Validation", "Enter a name for this account.")
    try:
        cleaned = normalize_account_name(name)
    except InvalidInputError as exc:
        return f"{exc}."
    others = {account_name_key(other) for other in taken}
    if current is not None:
        others.discard(account_name_key(current))
    if cleaned in others:
        return QCoreApplication.translate(
            "Validation", "An account named “{name}” already exists."
        ).format(name=cleaned)
    return None


def validate_credentials_json(text: str) -> str | None:
    """Claude Code's credentials JSON, checked by ``core`` as saving will check it; a JSON
    syntax error is located here first, since a person has to find it in the text."""
    if not text.strip():
        return QCoreApplication.translate(
            "Validation", "Paste the contents of Claude Code's .credentials.json."
        )
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        return QCoreApplication.translate(
            "Validation", "This is not valid JSON (line {line}, column {column})."
        ).format(line=exc.lineno, column=exc.colno)
    try:
        parse_claude_credentials(text)
    except InvalidInputError as exc:
        return f"{exc}."
    return None


def validate_admin_key(key: str) -> str | None:
    """An Admin API key: ``core``'s format check (which names the kind of key pasted by
    mistake), plus a length check so a key cut short is caught before the request."""
    if not key.strip():
        return QCoreApplication.translate(
            "Validation", "Paste an Admin API key (it starts with sk-ant-admin)."
        )
    try:
        cleaned = validate_admin_key_format(key)
    except InvalidInputError as exc:
        return str(exc)
    if len(cleaned) < len(ADMIN_KEY_PREFIX) + 8:
        return QCoreApplication.translate("Validation", "This key looks cut short.")
    return None


def validate_code(code: str) -> str | None:
    """The code shown after signing in in the browser (``CODE#STATE``)."""
    cleaned = code.strip()
    if not cleaned:
        return QCoreApplication.translate("Validation", "Paste the code shown after signing in.")
    if any(ch.isspace() for ch in cleaned):
        return QCoreApplication.translate("Validation", "The code has no spaces — paste it again.")
    return None

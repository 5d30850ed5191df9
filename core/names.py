"""The one rule for account names, shared by the CLI, :class:`core.UsageClient`, the legacy
import and the tray's dialogs.

A name is what people read in a menu and type on a command line, so it must look like
what it is: one line, no control characters (BEL, BS, ESC …), no bidirectional overrides
that reorder what is shown, no zero-width characters that make two names look alike.
Names are stored in Unicode NFC, so ``Café`` typed as ``e`` + combining accent (NFD, as
macOS file names and some keyboards give it) is the same account as the precomposed one.

Surrounding whitespace is trimmed rather than refused: a stray space from a paste is a
slip, not a different name. Lookups of existing accounts use :func:`account_name_key`,
which normalises the same way but refuses nothing, so an account saved before this rule
under an odd name can still be renamed or deleted.
"""

from __future__ import annotations

import unicodedata

from core.base.safe_text import first_unsafe_character
from core.errors import InvalidInputError

__all__ = ["MAX_NAME_LENGTH", "account_name_key", "normalize_account_name"]

MAX_NAME_LENGTH = 100


def account_name_key(raw: str) -> str:
    """The form names are compared in: NFC, surrounding whitespace trimmed."""
    return unicodedata.normalize("NFC", raw).strip()


def normalize_account_name(raw: object) -> str:
    """``raw`` as a valid account name (NFC, trimmed), or InvalidInputError saying why."""
    if not isinstance(raw, str):
        raise InvalidInputError("An account name must be text")
    name = account_name_key(raw)
    if not name:
        raise InvalidInputError("An account needs a name")
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidInputError(f"Account names are at most {MAX_NAME_LENGTH} characters")
    found = first_unsafe_character(name)
    if found is not None:
        position, char = found
        raise InvalidInputError(
            f"Account names cannot contain control, bidirectional or invisible characters "
            f"(found {_describe(char)} at position {position + 1})"
        )
    return name


def _describe(char: str) -> str:
    code = f"U+{ord(char):04X}"
    name = unicodedata.name(char, "")
    return f"{code} {name}" if name else code

"""Text from elsewhere made safe to show: no control, bidi or invisible characters survive.

Server error messages, window and model names, e-mail addresses and account names read
from an old store all reach a terminal or a label. Left as they are, ``\\x1b]0;…\\x07`` retitles
the terminal, ``\\x1b[2J`` clears it, and U+202E turns ``moc.evil`` into ``live.com``. Every
such character is shown instead as a visible escape (``\\x1b``, ``\\u202e``), so the text
stays readable and a person can see that something odd was sent.

The same set of characters is what :mod:`core.names` refuses in account names, so a name
that passes the rule always displays exactly as typed.
"""

from __future__ import annotations

import unicodedata

__all__ = ["first_unsafe_character", "is_unsafe_character", "safe_text"]

# Cc: C0 and C1 controls and DEL. Cf: format characters — bidi embeddings, overrides and
# isolates, zero-width space/joiners, word joiner, BOM, soft hyphen. Cs: lone surrogates (a
# non-UTF-8 byte decoded with surrogateescape; printing one would crash). Zl/Zp: line and
# paragraph separators, which break a one-line layout.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def is_unsafe_character(char: str) -> bool:
    """True for a character that must never reach a terminal or a label as it is."""
    return unicodedata.category(char) in _UNSAFE_CATEGORIES


def first_unsafe_character(text: str) -> tuple[int, str] | None:
    """Where the first unsafe character of ``text`` is, and which; None when there is none."""
    if text.isprintable():  # fast path: isprintable() is False for every unsafe category
        return None
    return next(((i, ch) for i, ch in enumerate(text) if is_unsafe_character(ch)), None)


def safe_text(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every unsafe character replaced by a visible escape.

    ``keep_newlines`` keeps ``\\n`` for multi-line output (the CLI's tables); one-line
    places (a label, a name) escape it too.
    """
    if text.isprintable() or (keep_newlines and text.replace("\n", " ").isprintable()):
        return text  # fast path (a JSON document is 20 KB): nothing to escape
    return "".join(_escape(ch, keep_newlines) for ch in text)


def _escape(char: str, keep_newlines: bool) -> str:
    if (char == "\n" and keep_newlines) or not is_unsafe_character(char):
        return char
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"

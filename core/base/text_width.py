"""How many terminal columns a text takes: CJK ideographs and full-width forms take two.

``str.ljust`` counts code points, so a table with Japanese or Chinese names would come out
ragged; columns of the CLI's human output are padded with :func:`pad_to` instead.
"""

from __future__ import annotations

import unicodedata

__all__ = ["pad_to", "text_width"]

_WIDE = frozenset({"W", "F"})


def text_width(text: str) -> int:
    """Columns ``text`` takes on a terminal (combining marks take none)."""
    return sum(_char_width(char) for char in text)


def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) == "Cf":
        return 0
    return 2 if unicodedata.east_asian_width(char) in _WIDE else 1


def pad_to(text: str, width: int, *, right: bool = False) -> str:
    """``text`` padded with spaces to ``width`` columns (aligned right with ``right``)."""
    fill = " " * max(0, width - text_width(text))
    return fill + text if right else text + fill

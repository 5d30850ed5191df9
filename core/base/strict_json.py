"""Strict readers for the JSON files this app writes itself (snapshots, the account index).

A damaged or hand-edited file must give no value at all, never a half-typed one: each reader
returns the value in the type asked for or raises ValueError, and the caller treats the whole
file as absent. One set for every such file, so they cannot drift apart; light (datetime and
math only), since the status line and the cached one-shot read these files.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

__all__ = ["mapping", "moment", "number", "opt_bool", "opt_number", "opt_text", "text"]


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("not a string")
    return value


def opt_text(value: Any) -> str | None:
    return None if value is None else text(value)


def moment(value: Any) -> datetime | None:
    """An ISO 8601 timestamp with its zone, or None; a naive one is refused."""
    if value is None:
        return None
    parsed = datetime.fromisoformat(text(value))
    if parsed.tzinfo is None:
        raise ValueError("naive timestamp")
    return parsed


def number(value: Any) -> float:
    """A finite int or float (not a bool); OverflowError for huge ints, caught by callers."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ValueError("not a number")
    result = float(value)
    if not math.isfinite(result):
        raise ValueError("not finite")
    return result


def opt_number(value: Any) -> float | None:
    return None if value is None else number(value)


def opt_bool(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise ValueError("not a boolean")


def mapping(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("not an object")
    return value

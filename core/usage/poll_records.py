"""What the rate-limit gate shares between processes, as data: when each token was last
polled (``polls.json``) and its cooldowns (``cooldowns.json``).

:mod:`core.usage.ratelimit` writes both files under their locks; this module holds their
format and the rules that read it, importing only ``json``, ``hashlib`` and ``datetime``,
so a cached answer (:mod:`core.cli.from_cache`) can ask "was every account polled moments
ago, and is none cooling down?" without loading asyncio and filelock. Reads take no lock:
writers replace the files atomically, so a reader sees the old content or the new.
Unreadable content reads as nothing recorded, as the gate reads it.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

__all__ = [
    "BLOCKED",
    "BLOCKED_BY_PROXY",
    "COOLDOWNS_FILENAME",
    "POLLS_FILENAME",
    "Cooldown",
    "decode_cooldowns",
    "decode_polls",
    "read_cooldowns",
    "read_polls",
    "recent_poll",
    "token_key",
]

log = logging.getLogger(__name__)

COOLDOWNS_FILENAME = "cooldowns.json"
POLLS_FILENAME = "polls.json"
BLOCKED = "blocked"  # Cooldown.reason of a Cloudflare block; anything else is a 429
BLOCKED_BY_PROXY = "blocked_proxy"  # … of a proxy or gateway answering instead of the API


def token_key(token: str) -> str:
    """What the gate's files store instead of the token: a SHA-256, not reversible."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Cooldown:
    """One token's 429 state: wait until ``until``; ``strikes`` 429s in a row so far.

    ``reason`` is ``"rate_limited"``, ``"blocked"`` (Cloudflare) or ``"blocked_proxy"``, for
    the message a later caller gets while the cooldown holds.
    """

    until: datetime
    strikes: int = 1
    bypass_spent: bool = False
    reason: str = "rate_limited"

    def active(self, now: datetime) -> bool:
        return now < self.until


def read_cooldowns(path: Path) -> dict[str, Cooldown]:
    """The cooldowns in ``path`` by token key; none when it is missing or unreadable."""
    raw = _read_json(path, "cooldown")
    entries = raw.get("tokens") if isinstance(raw, dict) else None
    return decode_cooldowns(entries)


def decode_cooldowns(entries: object) -> dict[str, Cooldown]:
    """The ``tokens`` object of the cooldown file; entries that make no sense are left out."""
    if not isinstance(entries, dict):
        return {}
    return {k: c for k, v in entries.items() if (c := _decode_cooldown(v)) is not None}


def _decode_cooldown(value: object) -> Cooldown | None:
    if not isinstance(value, dict):
        return None
    until, strikes = value.get("until"), value.get("strikes", 1)
    if not isinstance(until, int | float) or not isinstance(strikes, int):
        return None
    try:
        moment = datetime.fromtimestamp(until, UTC)
    except (OverflowError, OSError, ValueError):
        return None
    reason = value.get("reason")
    reason = reason if reason in (BLOCKED, BLOCKED_BY_PROXY) else "rate_limited"
    return Cooldown(moment, max(strikes, 0), value.get("bypass_spent") is True, reason)


def read_polls(path: Path) -> dict[str, datetime]:
    """When each token was last polled, by token key; none when missing or unreadable."""
    raw = _read_json(path, "poll")
    entries = raw.get("polls") if isinstance(raw, dict) else None
    return decode_polls(entries)


def decode_polls(entries: object) -> dict[str, datetime]:
    """The ``polls`` object of the poll file; times that make no sense are left out."""
    if not isinstance(entries, dict):
        return {}
    polls: dict[str, datetime] = {}
    for key, value in entries.items():
        if isinstance(value, int | float) and not isinstance(value, bool):
            try:
                polls[key] = datetime.fromtimestamp(value, UTC)
            except (OverflowError, OSError, ValueError):
                continue
    return polls


def recent_poll(
    last: datetime | None, now: datetime, interval: timedelta, force: bool = False
) -> datetime | None:
    """``last`` if it is a poll less than ``interval`` away that a non-forced claim must
    respect. A poll "in the future" by less than the interval is a neighbour's clock read a
    moment later; further out it is damage, and ignored."""
    if force or last is None or not -interval < now - last < interval:
        return None
    return last


def _read_json(path: Path, what: str) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("Ignoring unreadable %s file %s: %s", what, path.name, exc)
        return None

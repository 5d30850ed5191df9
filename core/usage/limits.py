"""How often usage may be asked for: one set of numbers for the rate-limit gate, the
scheduler, ``claude-usage watch`` and the tray's settings.

The usage endpoint throttles aggressive polling (persistent 429s), so no token is polled
more often than :data:`MIN_POLL_SECONDS` unless a person asks; the tray's settings start a
little above that floor.
"""

from __future__ import annotations

__all__ = [
    "ENV_WATCH_MIN_INTERVAL",
    "MAX_REFRESH_MINUTES",
    "MIN_POLL_SECONDS",
    "MIN_REFRESH_MINUTES",
    "poll_floor",
]

MIN_POLL_SECONDS = 60.0
MIN_REFRESH_MINUTES = 2  # the shortest interval the tray's settings offer
MAX_REFRESH_MINUTES = 120
ENV_WATCH_MIN_INTERVAL = "CLAUDE_USAGE_WATCH_MIN_INTERVAL"  # tests lower the floor with it


def poll_floor(lowered_to: str | None) -> float:
    """Seconds between two polls of one token: the polite 60 s unless a test lowers it
    (``lowered_to``, the variable's text; never below a tenth of a second; a bad value
    keeps the floor)."""
    try:
        value = float(lowered_to or MIN_POLL_SECONDS)
    except ValueError:
        return MIN_POLL_SECONDS
    if not value >= 0.1:  # NaN too
        return 0.1
    return min(value, MIN_POLL_SECONDS)  # it only ever lowers the floor

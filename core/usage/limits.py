"""How often usage may be asked for: one set of numbers for the rate-limit gate, the
scheduler, ``claude-usage watch`` and the tray's settings.

The usage endpoint throttles aggressive polling (persistent 429s), so no token is polled
more often than :data:`MIN_POLL_SECONDS` unless a person asks; the tray's settings start a
little above that floor.
"""

from __future__ import annotations

__all__ = ["MAX_REFRESH_MINUTES", "MIN_POLL_SECONDS", "MIN_REFRESH_MINUTES"]

MIN_POLL_SECONDS = 60.0
MIN_REFRESH_MINUTES = 2  # the shortest interval the tray's settings offer
MAX_REFRESH_MINUTES = 120

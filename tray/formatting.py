"""How numbers, durations and money read in the tray: short, human, locale-neutral.

Pure functions (no Qt) so that every string the popup and tooltip show is unit-tested.
"""

from __future__ import annotations

from datetime import datetime, timedelta

__all__ = [
    "format_ago",
    "format_clock",
    "format_duration",
    "format_money",
    "format_percent",
    "format_resets",
    "format_tokens",
]

_CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def format_duration(delta: timedelta) -> str:
    """``2 h 13 m``, ``3 d 4 h``, ``45 m``, ``under 1 m``: two units at most, never negative."""
    seconds = max(0, int(delta.total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {minutes} m" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} m"
    return "under 1 m"


def format_clock(moment: datetime, now: datetime) -> str:
    """Local wall-clock time of ``moment``; the weekday is added when it is not today."""
    local = moment.astimezone()
    today = now.astimezone().date()
    if local.date() == today:
        return local.strftime("%H:%M")
    if (local.date() - today).days < 7:
        return local.strftime("%a %H:%M")
    return local.strftime("%d %b %H:%M")


def format_resets(resets_at: datetime | None, now: datetime) -> str:
    """The caption under a bar: ``resets in 2 h 13 m (18:00)`` or ``not started``."""
    if resets_at is None:
        return "not started"
    if resets_at <= now:
        return "resetting now"
    return f"resets in {format_duration(resets_at - now)} ({format_clock(resets_at, now)})"


def format_ago(moment: datetime | None, now: datetime) -> str:
    """``updated 12 s ago`` style age (without the verb): ``12 s ago``, ``3 m ago``, ``never``."""
    if moment is None:
        return "never"
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 5:
        return "just now"
    if seconds < 60:
        return f"{seconds} s ago"
    return f"{format_duration(timedelta(seconds=seconds))} ago"


def format_percent(percent: float) -> str:
    """Whole percent, clamped to 0–999 so a bad value cannot blow up a layout."""
    return f"{round(min(max(percent, 0.0), 999.0))} %"


def format_tokens(count: float) -> str:
    """Token counts: ``950``, ``12.3 k``, ``1.2 M``, ``3.4 B``."""
    value = float(count)
    for threshold, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= threshold:
            scaled = value / threshold
            text = f"{scaled:.1f}" if abs(scaled) < 100 else f"{scaled:.0f}"
            return f"{text.removesuffix('.0')} {suffix}"
    return f"{int(value)}"


def format_money(amount: float, currency: str | None = "USD") -> str:
    """An amount in major units: ``$12.34``, ``€1,250.00``, ``12.34 CHF``."""
    code = (currency or "USD").upper()
    number = f"{amount:,.2f}"
    symbol = _CURRENCY_SYMBOLS.get(code)
    if symbol:
        return f"-{symbol}{number[1:]}" if amount < 0 else f"{symbol}{number}"
    return f"{number} {code}"

"""``claude-usage usage --format waybar|polybar|i3blocks|tmux|plain``: one account's usage
as a status bar or panel reads it.

Each format is the shape its bar documents:

- **waybar** — a custom module with ``"return-type": "json"`` reads one JSON object per
  line: ``text``, ``tooltip``, ``class`` (here the colour band, for the style sheet) and
  ``percentage`` (0–100, for ``format-icons``);
- **polybar** — a ``custom/script`` line; ``%{F#rrggbb}…%{F-}`` colours it;
- **i3blocks** — up to three lines: ``full_text``, ``short_text``, ``color`` (#rrggbb);
- **tmux** — a ``status-right`` fragment; ``#[fg=colour]…#[default]`` colours it;
- **plain** — the text alone.

The percent and colour are those of the binding limit (the fullest one; see
:func:`core.usage.snapshot_view.binding_gauge`). Like the status line this module imports
almost nothing, so a bar polling every few seconds costs milliseconds.
"""

from __future__ import annotations

import json
from datetime import datetime

from core.usage.snapshot_view import Gauge, SnapshotView, binding_gauge

__all__ = [
    "BAND_COLOURS",
    "FORMATS",
    "band",
    "bar_text",
    "format_bar",
    "format_duration_short",
    "printable",
    "tooltip_text",
]

FORMATS = ("waybar", "polybar", "i3blocks", "tmux", "plain")
NO_DATA_TEXT = "Claude: no data"

# The tray's bands (tray.viewmodel): green < 50, yellow 50–79, orange 80–94, red ≥ 95.
BAND_COLOURS = {
    "ok": "#4caf50",
    "warning": "#fdd835",
    "high": "#fb8c00",
    "critical": "#e53935",
    "none": "#9e9e9e",
}
_TMUX_COLOURS = {
    "ok": "green",
    "warning": "yellow",
    "high": "colour208",
    "critical": "red",
    "none": "colour245",
}


def band(percent: float | None) -> str:
    """``ok`` < 50 ≤ ``warning`` < 80 ≤ ``high`` < 95 ≤ ``critical``; ``none``: no data."""
    if percent is None:
        return "none"
    if percent >= 95:
        return "critical"
    if percent >= 80:
        return "high"
    if percent >= 50:
        return "warning"
    return "ok"


def format_duration_short(until: datetime | None, now: datetime) -> str:
    """``1h59m``, ``3d4h``, ``12m`` until ``until``; ``""`` when unknown, ``now`` when past."""
    if until is None:
        return ""
    minutes = int((until - now).total_seconds() // 60)
    if minutes <= 0:
        return "now"
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return f"{days}d{hours}h"
    if hours:
        return f"{hours}h{minutes:02d}m"
    return f"{minutes}m"


def _percent(gauge: Gauge) -> str:
    return f"{gauge.percent:.0f}%"


def printable(text: str) -> str:
    """``text`` without control characters: a bar or a terminal must not be driven by a
    name (names are checked when saved; a hand-edited snapshot is not)."""
    return "".join(char if char.isprintable() else "?" for char in text)


def bar_text(view: SnapshotView) -> str:
    """``Work 37% 5h · 41% wk · Opus 93%``: every limit the snapshot has, in one line."""
    parts = [f"{_percent(gauge)} {gauge.label}" for gauge in (view.session, view.week) if gauge]
    parts += [f"{gauge.label} {_percent(gauge)}" for gauge in view.models]
    return printable(f"{view.name} {' · '.join(parts)}" if parts else view.name)


def tooltip_text(views: list[SnapshotView], now: datetime) -> str:
    """One line per limit of every account, with when it resets."""
    lines = []
    for view in views:
        lines.append(printable(view.name + (f" ({view.email})" if view.email else "")))
        for gauge in view.gauges:
            resets = format_duration_short(gauge.resets_at, now)
            after = f", resets in {resets}" if resets else ""
            lines.append(printable(f"  {gauge.label}: {_percent(gauge)}{after}"))
    return "\n".join(lines) if lines else NO_DATA_TEXT


def format_bar(
    kind: str, view: SnapshotView | None, views: list[SnapshotView], now: datetime
) -> str:
    """``view`` (None: no data yet) rendered for bar ``kind`` (one of :data:`FORMATS`);
    ``views`` (every account) fill Waybar's tooltip."""
    gauge = binding_gauge(view.gauges, view.binding_label) if view is not None else None
    percent = gauge.percent if gauge is not None else None
    colour_band = band(percent)
    text = bar_text(view) if view is not None else NO_DATA_TEXT
    if kind == "waybar":
        document = {
            "text": text,
            "tooltip": tooltip_text(views, now),
            "class": colour_band,
            "percentage": round(percent) if percent is not None else 0,
        }
        return json.dumps(document, ensure_ascii=False)
    if kind == "polybar":
        return f"%{{F{BAND_COLOURS[colour_band]}}}{_polybar_escape(text)}%{{F-}}"
    if kind == "i3blocks":
        short = f"{percent:.0f}%" if percent is not None else "–"
        return f"{text}\n{short}\n{BAND_COLOURS[colour_band]}"
    if kind == "tmux":
        return f"#[fg={_TMUX_COLOURS[colour_band]}]{_tmux_escape(text)}#[default]"
    if kind == "plain":
        return text
    raise ValueError(f"unknown format {kind!r}")


def _polybar_escape(text: str) -> str:
    """A name holding ``%{`` must not open a polybar tag (``37% `` is harmless)."""
    return text.replace("%{", "% {")


def _tmux_escape(text: str) -> str:
    """A name holding ``#[`` must not style the line, nor ``#(`` run a command (``##``
    is a literal ``#``)."""
    return text.replace("#", "##")

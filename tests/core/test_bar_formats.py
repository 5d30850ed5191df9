"""Each bar's line against the shape its documentation gives (core.cli.bar_formats)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest

from core.cli.bar_formats import (
    BAND_COLOURS,
    FORMATS,
    NO_DATA_TEXT,
    band,
    format_bar,
    format_duration_short,
)
from core.usage.snapshot_view import Gauge, SnapshotView

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def view(name: str = "Work", session: float = 37.0, opus: float | None = 93.0) -> SnapshotView:
    models = (Gauge("Opus", opus, None),) if opus is not None else ()
    return SnapshotView(
        name=name,
        email="ana@example.com",
        account_uuid="u-1",
        fetched_at=NOW,
        session=Gauge("5h", session, NOW + timedelta(hours=1, minutes=59)),
        week=Gauge("wk", 41.0, NOW + timedelta(days=3, hours=4)),
        models=models,
    )


@pytest.mark.parametrize(
    ("percent", "expected"),
    [(0, "ok"), (49.9, "ok"), (50, "warning"), (79.9, "warning"), (80, "high"), (94.9, "high"),
     (95, "critical"), (130, "critical"), (None, "none")],
)  # fmt: skip
def test_bands_are_the_trays(percent: float | None, expected: str) -> None:
    assert band(percent) == expected


@pytest.mark.parametrize(
    ("delta", "expected"),
    [(timedelta(hours=1, minutes=59, seconds=30), "1h59m"), (timedelta(minutes=12), "12m"),
     (timedelta(days=3, hours=4), "3d4h"), (timedelta(seconds=-5), "now"), (None, "")],
)  # fmt: skip
def test_short_durations(delta: timedelta | None, expected: str) -> None:
    assert format_duration_short(NOW + delta if delta is not None else None, NOW) == expected


def test_waybar_json_for_a_custom_module_with_return_type_json() -> None:
    line = format_bar("waybar", view(), [view(), view("Home", 5.0, None)], NOW)
    assert "\n" not in line  # Waybar reads one JSON object per line
    document = json.loads(line)
    assert set(document) == {"text", "tooltip", "class", "percentage"}
    assert document["text"] == "Work 37% 5h · 41% wk · Opus 93%"
    assert document["class"] == "high"  # the binding limit is Opus at 93 %
    assert document["percentage"] == 93
    assert isinstance(document["percentage"], int)
    assert document["tooltip"].splitlines() == [
        "Work (ana@example.com)",
        "  5h: 37%, resets in 1h59m",
        "  wk: 41%, resets in 3d4h",
        "  Opus: 93%",
        "Home (ana@example.com)",
        "  5h: 5%, resets in 1h59m",
        "  wk: 41%, resets in 3d4h",
    ]


def test_waybar_without_data() -> None:
    document = json.loads(format_bar("waybar", None, [], NOW))
    assert document == {"text": NO_DATA_TEXT, "tooltip": NO_DATA_TEXT, "class": "none",
                        "percentage": 0}  # fmt: skip


def test_polybar_foreground_tag() -> None:
    line = format_bar("polybar", view(opus=None), [], NOW)
    assert line == "%{F" + BAND_COLOURS["ok"] + "}Work 37% 5h · 41% wk%{F-}"
    assert re.fullmatch(r"%\{F#[0-9a-f]{6}\}[^\n]*%\{F-\}", line)


def test_i3blocks_full_short_and_colour_lines() -> None:
    full, short, colour = format_bar("i3blocks", view(session=96.0), [], NOW).split("\n")
    assert full == "Work 96% 5h · 41% wk · Opus 93%"
    assert short == "96%"
    assert colour == BAND_COLOURS["critical"]
    assert re.fullmatch(r"#[0-9a-f]{6}", colour)


def test_tmux_style_fragment() -> None:
    line = format_bar("tmux", view(session=60.0, opus=None), [], NOW)
    assert line == "#[fg=yellow]Work 60% 5h · 41% wk#[default]"


def test_plain_is_the_text_alone() -> None:
    assert format_bar("plain", view(), [], NOW) == "Work 37% 5h · 41% wk · Opus 93%"


@pytest.mark.faults
def test_names_cannot_drive_the_bar() -> None:
    """A name holding a bar's own markup or control characters is shown, not obeyed."""
    hostile = view(name="A%{F#ff0000}#[fg=red]#(rm -rf ~)\x1b[2J", opus=None)
    polybar = format_bar("polybar", hostile, [], NOW)
    assert polybar.count("%{") == 2  # only our colour and our reset
    tmux = format_bar("tmux", hostile, [], NOW)
    unescaped = tmux.replace("##", "")  # "##" is tmux's literal "#"
    assert unescaped.count("#[") == 2
    assert "#(" not in unescaped
    assert "##[fg=red]" in tmux
    assert "##(rm" in tmux
    for kind in FORMATS:
        assert "\x1b" not in format_bar(kind, hostile, [hostile], NOW)


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        format_bar("lemonbar", view(), [], NOW)

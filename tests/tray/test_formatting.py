from __future__ import annotations

from datetime import timedelta

import pytest

from tests.tray.helpers import NOW
from tray.formatting import (
    format_ago,
    format_clock,
    format_duration,
    format_money,
    format_percent,
    format_resets,
    format_tokens,
)


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(hours=2, minutes=13, seconds=40), "2 h 13 m"),
        (timedelta(hours=3), "3 h"),
        (timedelta(minutes=45), "45 m"),
        (timedelta(seconds=20), "under 1 m"),
        (timedelta(days=3, hours=4, minutes=5), "3 d 4 h"),
        (timedelta(days=2), "2 d"),
        (timedelta(seconds=-30), "under 1 m"),
    ],
)
def test_durations_read_as_two_units_at_most(delta: timedelta, text: str) -> None:
    assert format_duration(delta) == text


def test_reset_caption_has_countdown_and_local_clock() -> None:
    assert format_resets(NOW + timedelta(hours=2, minutes=13), NOW) == "resets in 2 h 13 m (18:00)"


def test_reset_caption_for_a_window_that_has_not_started() -> None:
    assert format_resets(None, NOW) == "not started"


def test_reset_caption_in_the_past_says_resetting() -> None:
    assert format_resets(NOW - timedelta(minutes=1), NOW) == "resetting now"


def test_clock_adds_the_weekday_for_other_days() -> None:
    assert format_clock(NOW + timedelta(days=2), NOW) == "Thu 15:47"
    assert format_clock(NOW + timedelta(days=20), NOW) == "14 Dec 15:47"


@pytest.mark.parametrize(
    ("seconds", "text"), [(2, "just now"), (12, "12 s ago"), (200, "3 m ago"), (None, "never")]
)
def test_age(seconds: int | None, text: str) -> None:
    moment = None if seconds is None else NOW - timedelta(seconds=seconds)
    assert format_ago(moment, NOW) == text


@pytest.mark.parametrize(
    ("count", "text"),
    [(950, "950"), (12_345, "12.3 k"), (1_200_000, "1.2 M"), (3_000_000, "3 M"), (4.5e9, "4.5 B")],
)
def test_tokens(count: float, text: str) -> None:
    assert format_tokens(count) == text


def test_money_uses_symbols_and_codes() -> None:
    assert format_money(1234.5, "USD") == "$1,234.50"
    assert format_money(12.5, "EUR") == "€12.50"
    assert format_money(3, "CHF") == "3.00 CHF"
    assert format_money(-2, "USD") == "-$2.00"
    assert format_money(1, None) == "$1.00"


def test_percent_is_whole_and_clamped() -> None:
    assert format_percent(37.4) == "37 %"
    assert format_percent(-5) == "0 %"
    assert format_percent(1e9) == "999 %"

"""The words and numbers both front ends show (core.usage.display): one wording, pinned here."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from core.models import AccountStatus
from core.usage.display import (
    STATUS_HEADLINES,
    format_ago,
    format_cents,
    format_clock,
    format_duration,
    format_money,
    format_percent,
    format_resets,
    format_tokens,
    plan_label,
    state_text,
)
from tests.core.local_time import utc_local_time  # noqa: F401 (autouse fixture)

NOW = datetime(2026, 11, 24, 15, 47, tzinfo=UTC)  # a Tuesday


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(hours=2, minutes=13, seconds=40), "2 h 13 m"),
        (timedelta(hours=3), "3 h"),
        (timedelta(minutes=45), "45 m"),
        (timedelta(seconds=20), "under a minute"),
        (timedelta(days=3, hours=17, minutes=13), "3 d 17 h"),
        (timedelta(days=2), "2 d"),
        (timedelta(seconds=-30), "under a minute"),
        (timedelta(days=-2), "under a minute"),
    ],
)
def test_durations_read_as_two_units_at_most(delta: timedelta, text: str) -> None:
    assert format_duration(delta) == text


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        (NOW + timedelta(hours=2, minutes=13), "18:00"),
        (NOW + timedelta(days=2), "Thu 15:47"),
        (NOW - timedelta(days=1), "Mon 15:47"),  # "showing values from" yesterday
        (NOW + timedelta(days=7), "01 Dec 15:47"),  # a bare weekday would read as today
        (NOW + timedelta(days=20), "14 Dec 15:47"),
        (NOW - timedelta(days=30), "25 Oct 15:47"),
    ],
)
def test_clock_is_local_with_weekday_or_date_when_not_today(moment: datetime, text: str) -> None:
    assert format_clock(moment, NOW) == text


def test_clock_follows_the_local_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    # 15:47 UTC is 00:47 on Wednesday in Tokyo: an hour earlier is the day before there
    assert format_clock(NOW + timedelta(hours=2, minutes=13), NOW) == "03:00"
    assert format_clock(NOW - timedelta(hours=1), NOW) == "Tue 23:47"


def test_reset_caption_has_countdown_and_local_clock() -> None:
    assert format_resets(NOW + timedelta(hours=2, minutes=13), NOW) == "resets in 2 h 13 m (18:00)"
    assert format_resets(None, NOW) == "not started"
    assert format_resets(NOW - timedelta(minutes=1), NOW) == "resetting now"


@pytest.mark.parametrize(
    ("seconds", "text"), [(2, "just now"), (12, "12 s ago"), (200, "3 m ago"), (None, "never")]
)
def test_age(seconds: int | None, text: str) -> None:
    moment = None if seconds is None else NOW - timedelta(seconds=seconds)
    assert format_ago(moment, NOW) == text


@pytest.mark.parametrize(
    ("count", "text"),
    [
        (0, "0"),
        (950, "950"),
        (12_345, "12.3 k"),
        (345_000, "345 k"),
        (1_200_000, "1.2 M"),
        (3_000_000, "3 M"),
        (53_500_000, "53.5 M"),
        (4.5e9, "4.5 B"),
    ],
)
def test_tokens(count: float, text: str) -> None:
    assert format_tokens(count) == text


def test_money_uses_symbols_and_codes() -> None:
    assert format_money(1234.5, "USD") == "$1,234.50"
    assert format_money(12.5, "EUR") == "€12.50"
    assert format_money(12.5, "eur") == "€12.50"
    assert format_money(3, "CHF") == "3.00 CHF"
    assert format_money(-2, "USD") == "-$2.00"
    assert format_money(1, None) == "$1.00"
    assert format_cents(12345, "USD") == "$123.45"


def test_percent_is_whole_and_clamped() -> None:
    assert format_percent(37.4) == "37 %"
    assert format_percent(-5) == "0 %"
    assert format_percent(1e9) == "999 %"


@pytest.mark.parametrize(
    ("plan", "label"),
    [
        ("default_claude_max_5x", "Max 5×"),
        ("default_claude_max_20x", "Max 20×"),
        ("claude_pro", "Pro"),
        ("team", "Team"),
        ("claude_enterprise", "Enterprise"),
        ("some_new_tier", "Some New Tier"),
        ("", None),
        (None, None),
    ],
)
def test_plan_labels(plan: str | None, label: str | None) -> None:
    assert plan_label(plan) == label


def test_every_problem_status_has_a_headline() -> None:
    problems = set(AccountStatus) - {AccountStatus.OK}
    assert set(STATUS_HEADLINES) == problems


def test_state_text_joins_headline_and_the_front_ends_remedy() -> None:
    assert state_text(AccountStatus.OFFLINE) == "Offline"
    assert state_text(AccountStatus.OFFLINE, {AccountStatus.OFFLINE: "retry later"}) == (
        "Offline — retry later"
    )
    # the one remedy every front end gives the same way
    assert state_text(AccountStatus.LOGIN_EXPIRED) == (
        "Claude Code login expired — run `claude` to refresh it"
    )

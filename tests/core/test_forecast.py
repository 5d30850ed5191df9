"""Burn rate, run-out time and pace from hand-made samples (pure functions, no clock)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.history.forecast import (
    Sample,
    burn_rate,
    current_series,
    forecast_window,
    pace,
    window_length,
)
from core.models import UsageWindow

T0 = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
RESET = T0 + timedelta(hours=4)  # five-hour window that started at 11:00


def samples(
    percents: list[float], *, every: timedelta = timedelta(minutes=10), resets_at: datetime = RESET
) -> list[Sample]:
    return [
        Sample(window_key="five_hour", percent=p, resets_at=resets_at, sampled_at=T0 + i * every)
        for i, p in enumerate(percents)
    ]


def test_window_lengths_come_from_the_api_key() -> None:
    assert window_length("five_hour") == timedelta(hours=5)
    assert window_length("seven_day") == timedelta(days=7)
    assert window_length("seven_day_sonnet") == timedelta(days=7)
    assert window_length("model_weekly:claude-sonnet-4-5") == timedelta(days=7)
    assert window_length("tangelo") is None


def test_steady_burn_gives_rate_and_run_out_time_before_reset() -> None:
    history = samples([10, 15, 20, 25, 30, 35, 40])  # 5 points per 10 min = 30 %/h
    now = history[-1].sampled_at
    result = forecast_window("five_hour", UsageWindow(percent=40, resets_at=RESET), history, now)
    assert result is not None
    assert result.burn_rate_per_hour == pytest.approx(30.0)
    assert result.runs_out_before_reset is True
    assert result.runs_out_at is not None
    assert abs(result.runs_out_at - (now + timedelta(hours=2))) < timedelta(seconds=1)
    assert result.runs_out_at < RESET


def test_slow_burn_wont_run_out_before_reset() -> None:
    history = samples([10, 10.5, 11, 11.5, 12])  # 3 %/h; 88 points left need ~29 h
    now = history[-1].sampled_at
    result = forecast_window("five_hour", UsageWindow(percent=12, resets_at=RESET), history, now)
    assert result is not None
    assert result.burn_rate_per_hour == pytest.approx(3.0)
    assert result.runs_out_before_reset is False
    assert result.runs_out_at is None


def test_idle_window_burns_nothing_and_never_runs_out() -> None:
    history = samples([40, 40, 40, 40])
    now = history[-1].sampled_at
    result = forecast_window("five_hour", UsageWindow(percent=40, resets_at=RESET), history, now)
    assert result is not None
    assert result.burn_rate_per_hour == 0.0
    assert result.runs_out_at is None
    assert result.runs_out_before_reset is False


def test_reset_in_the_middle_starts_a_new_series_by_resets_at() -> None:
    old = samples([70, 80, 90], resets_at=RESET - timedelta(hours=5))
    new = [
        Sample(
            window_key="five_hour",
            percent=p,
            resets_at=RESET,
            sampled_at=T0 + timedelta(hours=1, minutes=10 * i),
        )
        for i, p in enumerate([1, 2, 3])
    ]
    series = current_series(old + new, RESET)
    assert [s.percent for s in series] == [1, 2, 3]
    assert burn_rate(series, "five_hour") == pytest.approx(6.0)


def test_a_drop_in_percent_starts_a_new_series_even_with_same_resets_at() -> None:
    history = samples([50, 60, 5, 6, 7])
    assert [s.percent for s in current_series(history, RESET)] == [5, 6, 7]


def test_resets_at_jitter_of_a_second_is_the_same_window() -> None:
    history = samples([1, 2, 3])
    jittered = [
        Sample(
            window_key=s.window_key,
            percent=s.percent,
            sampled_at=s.sampled_at,
            resets_at=RESET + timedelta(seconds=0.48 * i),
        )
        for i, s in enumerate(history)
    ]
    assert [s.percent for s in current_series(jittered, RESET)] == [1, 2, 3]


def test_window_not_started_has_no_forecast() -> None:
    assert forecast_window("five_hour", UsageWindow(percent=0, resets_at=None), [], T0) is None


def test_single_reading_has_pace_but_unknown_burn_rate() -> None:
    result = forecast_window("five_hour", UsageWindow(percent=20, resets_at=RESET), [], T0)
    assert result is not None
    assert result.burn_rate_per_hour is None
    assert result.runs_out_at is None
    assert result.pace == pytest.approx(0.2 / (1 / 5))


def test_readings_too_close_together_give_no_rate() -> None:
    history = samples([10, 11], every=timedelta(seconds=30))
    assert burn_rate(history, "five_hour") is None


def test_burn_rate_uses_only_the_recent_part_of_the_window() -> None:
    # weekly window: a burst two days ago, then a steady 1 %/h over the last 40 hours
    burst = [
        Sample(
            window_key="seven_day", percent=p, resets_at=RESET, sampled_at=T0 + timedelta(hours=h)
        )
        for h, p in [(0, 0), (1, 30)]
    ]
    steady = [
        Sample(
            window_key="seven_day",
            percent=30 + h,
            resets_at=RESET,
            sampled_at=T0 + timedelta(hours=10 + h),
        )
        for h in range(0, 41, 4)
    ]
    assert burn_rate(burst + steady, "seven_day") == pytest.approx(1.0)


def test_already_at_100_percent_has_run_out() -> None:
    history = samples([98, 100])
    now = history[-1].sampled_at
    result = forecast_window("five_hour", UsageWindow(percent=100, resets_at=RESET), history, now)
    assert result is not None
    assert result.runs_out_before_reset is True
    assert result.runs_out_at == now


def test_pace_is_used_share_over_elapsed_share() -> None:
    weekly = UsageWindow(percent=50, resets_at=T0 + timedelta(days=3, hours=12))  # half elapsed
    assert pace("seven_day", weekly, T0) == pytest.approx(1.0)
    session = UsageWindow(percent=10, resets_at=T0 + timedelta(hours=4))  # 1 h of 5 elapsed
    assert pace("five_hour", session, T0) == pytest.approx(0.5)


def test_pace_unknown_for_unsized_window_or_future_start() -> None:
    assert pace("tangelo", UsageWindow(percent=5, resets_at=RESET), T0) is None
    assert pace("five_hour", UsageWindow(percent=5, resets_at=T0 + timedelta(hours=6)), T0) is None


@pytest.mark.parametrize(
    ("key", "elapsed", "expected"),
    [
        ("five_hour", timedelta(minutes=3), None),  # 2 % in 3 min would read "6.7×"
        ("five_hour", timedelta(minutes=29), None),
        ("five_hour", timedelta(minutes=30), 0.2),  # a tenth of 5 h: pace counts from here
        ("seven_day", timedelta(hours=16), None),
        ("seven_day", timedelta(hours=16.8), 0.2),  # a tenth of a week
    ],
)
def test_pace_is_unknown_early_in_a_window(
    key: str, elapsed: timedelta, expected: float | None
) -> None:
    length = window_length(key)
    assert length is not None
    window = UsageWindow(percent=2, resets_at=T0 + length - elapsed)
    result = pace(key, window, T0)
    assert result == (None if expected is None else pytest.approx(expected))
    forecast = forecast_window(key, window, [], T0)
    assert forecast is not None
    assert forecast.pace == result


def test_present_reading_is_appended_when_newer_than_history() -> None:
    history = samples([10, 12, 14])  # 12 %/h up to T0+20m
    now = T0 + timedelta(minutes=30)
    result = forecast_window("five_hour", UsageWindow(percent=16, resets_at=RESET), history, now)
    assert result is not None
    assert result.burn_rate_per_hour == pytest.approx(12.0)

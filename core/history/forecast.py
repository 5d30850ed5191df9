"""Burn rate, "runs out at" and pace of one usage window, from its history samples.

Pure functions, no I/O and no clock: the caller passes ``now``, so the maths is tested with
hand-made samples. Only the *current* window counts: a sample whose ``resets_at`` differs
from the window's, or a drop in percent, marks a reset, and everything before it belongs to
an earlier window.

The burn rate is the least-squares slope (percentage points per hour) of the recent part of
the current series — a quarter of the window's length, so a burst an hour ago weighs more
than Monday's. Pace compares the share used with the share of the window elapsed: 1.0 is
exactly on track to reach 100 % at the reset, above 1 is ahead of that. Early in a window
that ratio is noise (2 % used in the first minutes reads as "39×"), so pace stays unknown
until a tenth of the window has passed: 30 minutes of a session, about 17 hours of a week.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from core.models import Forecast, UsageWindow

__all__ = [
    "MIN_PACE_SHARE",
    "MIN_SPAN",
    "RESET_TOLERANCE",
    "Sample",
    "burn_rate",
    "current_series",
    "forecast_window",
    "pace",
    "window_length",
]

FIVE_HOURS = timedelta(hours=5)
SEVEN_DAYS = timedelta(days=7)
# The API jitters ``resets_at`` by fractions of a second between reads of the same window.
RESET_TOLERANCE = timedelta(minutes=10)
# Two readings closer than this give a slope that is mostly noise.
MIN_SPAN = timedelta(minutes=5)
# Pace needs this share of the window behind it before it means anything.
MIN_PACE_SHARE = 0.10
DEFAULT_LOOKBACK = timedelta(hours=6)  # for windows whose length is unknown


@dataclass(frozen=True, slots=True, kw_only=True)
class Sample:
    """One reading of one window: percent used (0–100) at ``sampled_at`` (UTC)."""

    window_key: str
    percent: float
    resets_at: datetime | None
    sampled_at: datetime


def window_length(window_key: str) -> timedelta | None:
    """How long a window lasts, from its API key; None for code names we cannot size."""
    if window_key == "five_hour":
        return FIVE_HOURS
    if window_key.startswith(("seven_day", "model_weekly:")):
        return SEVEN_DAYS
    return None


def _same_reset(a: datetime | None, b: datetime | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= RESET_TOLERANCE


def current_series(samples: Sequence[Sample], resets_at: datetime | None) -> list[Sample]:
    """The trailing run of samples that belong to the window resetting at ``resets_at``."""
    ordered = sorted(samples, key=lambda s: s.sampled_at)
    series: list[Sample] = []
    for sample in reversed(ordered):
        if not _same_reset(sample.resets_at, resets_at):
            break
        if series and sample.percent > series[-1].percent:
            break  # later reading was lower: a reset happened between them
        series.append(sample)
    series.reverse()
    return series


def _lookback(window_key: str) -> timedelta:
    length = window_length(window_key)
    return length / 4 if length else DEFAULT_LOOKBACK


def _slope_per_hour(points: Sequence[Sample]) -> float:
    origin = points[0].sampled_at
    xs = [(p.sampled_at - origin).total_seconds() / 3600 for p in points]
    ys = [p.percent for p in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return covariance / spread if spread else 0.0


def burn_rate(series: Sequence[Sample], window_key: str) -> float | None:
    """Percentage points per hour over the recent part of ``series``; None if too little data.

    Never negative: within one series percent only rises (a drop starts a new series).
    """
    if len(series) < 2:
        return None
    newest = series[-1].sampled_at
    recent = [s for s in series if newest - s.sampled_at <= _lookback(window_key)]
    if len(recent) < 2:
        recent = list(series[-2:])
    if recent[-1].sampled_at - recent[0].sampled_at < MIN_SPAN:
        return None
    return max(0.0, _slope_per_hour(recent))


def pace(window_key: str, window: UsageWindow, now: datetime) -> float | None:
    """Used share ÷ elapsed share of the window.

    None when the window or its length is unknown, or less than :data:`MIN_PACE_SHARE` of it
    has elapsed (too early for the ratio to say anything).
    """
    length = window_length(window_key)
    if length is None or window.resets_at is None:
        return None
    elapsed_share = min(length - (window.resets_at - now), length) / length
    if elapsed_share < MIN_PACE_SHARE:
        return None
    return (window.percent / 100) / elapsed_share


def _runs_out_at(latest: Sample, rate: float | None) -> datetime | None:
    if latest.percent >= 100:
        return latest.sampled_at
    if not rate:
        return None
    return latest.sampled_at + timedelta(hours=(100 - latest.percent) / rate)


def _with_current(
    samples: Sequence[Sample], key: str, window: UsageWindow, now: datetime
) -> list[Sample]:
    """The stored samples plus the window's present value, unless it was already stored."""
    current = Sample(
        window_key=key, percent=window.percent, resets_at=window.resets_at, sampled_at=now
    )
    newest = max((s.sampled_at for s in samples), default=None)
    if newest is not None and newest >= now:
        return list(samples)
    return [*samples, current]


def forecast_window(
    window_key: str, window: UsageWindow, samples: Sequence[Sample], now: datetime
) -> Forecast | None:
    """The forecast of one window at ``now``; None when the window has not started.

    ``samples`` may span several windows (only the current one is used) and need not
    include the present reading (``window`` is appended as of ``now`` when newer).
    """
    if window.resets_at is None:
        return None
    series = current_series(_with_current(samples, window_key, window, now), window.resets_at)
    rate = burn_rate(series, window_key)
    out_at = _runs_out_at(series[-1], rate) if series else None
    before_reset = out_at is not None and out_at < window.resets_at
    return Forecast(
        window_key=window_key,
        burn_rate_per_hour=rate,
        runs_out_at=out_at if before_reset else None,
        runs_out_before_reset=before_reset,
        pace=pace(window_key, window, now),
    )

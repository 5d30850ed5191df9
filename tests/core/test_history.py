"""History in SQLite: samples, forecasts, chart series, concurrency and damaged files."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.history.database import HISTORY_FILENAME, SCHEMA_VERSION, History, account_key
from core.models import OAuthUsage, UsageWindow
from tests.app_paths import app_paths

T0 = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
SESSION_RESET = T0 + timedelta(hours=4)
WEEKLY_RESET = T0 + timedelta(days=3, hours=12)


class FakeClock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


def usage(
    clock: FakeClock,
    session: float | None = 10,
    weekly: float = 50,
    *,
    session_reset: datetime | None = SESSION_RESET,
    name: str = "Work",
    account_id: str | None = "uuid-work",
    stale: bool = False,
) -> OAuthUsage:
    five = UsageWindow(
        percent=session or 0, resets_at=session_reset if session is not None else None
    )
    seven = UsageWindow(percent=weekly, resets_at=WEEKLY_RESET)
    return OAuthUsage(
        account_name=name,
        account_id=account_id,
        session=five,
        weekly=seven,
        windows={"five_hour": five, "seven_day": seven},
        fetched_at=clock.now,
        stale=stale,
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def history(tmp_path: Path, clock: FakeClock) -> Iterator[History]:
    with History(tmp_path / HISTORY_FILENAME, clock=clock) as h:
        yield h


def row_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM samples").fetchone()[0])


def test_default_path_is_under_claude_usage_home() -> None:
    assert app_paths().history == Path(os.environ["CLAUDE_USAGE_HOME"]) / HISTORY_FILENAME


def test_record_then_read_back_each_window(history: History, clock: FakeClock) -> None:
    history.record(usage(clock, 10, 50))
    clock.advance(timedelta(minutes=10))
    history.record(usage(clock, 12, 51))
    session = history.samples("uuid-work", "five_hour", T0)
    assert [(s.percent, s.resets_at, s.sampled_at) for s in session] == [
        (10, SESSION_RESET, T0),
        (12, SESSION_RESET, T0 + timedelta(minutes=10)),
    ]
    assert [s.percent for s in history.samples("uuid-work", "seven_day", T0)] == [50, 51]
    assert history.problem is None


def test_account_identity_is_uuid_else_name(clock: FakeClock) -> None:
    assert account_key(usage(clock, name="Work", account_id="uuid-1")) == "uuid-1"
    assert account_key(usage(clock, name="Work", account_id=None)) == "Work"


def test_stale_or_failed_snapshots_are_not_recorded(history: History, clock: FakeClock) -> None:
    history.record(usage(clock, stale=True))
    history.record(OAuthUsage(account_name="Work", error="offline"))
    assert history.samples("uuid-work", "five_hour", T0 - timedelta(days=1)) == []


def test_window_not_started_is_stored_without_reset_and_gets_no_forecast(
    history: History, clock: FakeClock
) -> None:
    history.record(usage(clock, None, 50))
    stored = history.samples("uuid-work", "five_hour", T0)
    assert [(s.percent, s.resets_at) for s in stored] == [(0, None)]
    forecasts = history.forecast(usage(clock, None, 50))
    assert "five_hour" not in forecasts
    assert "seven_day" in forecasts


def test_forecast_of_steady_burn(history: History, clock: FakeClock) -> None:
    for percent in range(10, 41, 5):  # 5 points every 10 minutes = 30 %/h
        history.record(usage(clock, percent))
        clock.advance(timedelta(minutes=10))
    clock.advance(timedelta(minutes=-10))
    session = history.forecast(usage(clock, 40))["five_hour"]
    assert session.burn_rate_per_hour == pytest.approx(30.0)
    assert session.runs_out_before_reset is True
    assert session.runs_out_at is not None
    assert abs(session.runs_out_at - (clock.now + timedelta(hours=2))) < timedelta(seconds=1)


def test_forecast_of_idle_window(history: History, clock: FakeClock) -> None:
    for _ in range(4):
        history.record(usage(clock, 25))
        clock.advance(timedelta(minutes=15))
    session = history.forecast(usage(clock, 25))["five_hour"]
    assert session.burn_rate_per_hour == 0.0
    assert session.runs_out_at is None
    assert session.runs_out_before_reset is False


def test_forecast_after_a_reset_ignores_the_previous_window(
    history: History, clock: FakeClock
) -> None:
    for percent in (80, 90, 95):
        history.record(usage(clock, percent, session_reset=T0 + timedelta(minutes=30)))
        clock.advance(timedelta(minutes=10))
    clock.advance(timedelta(minutes=10))
    new_reset = clock.now + timedelta(hours=5)
    for percent in (1, 2, 3):
        history.record(usage(clock, percent, session_reset=new_reset))
        clock.advance(timedelta(minutes=10))
    session = history.forecast(usage(clock, 4, session_reset=new_reset))["five_hour"]
    assert session.burn_rate_per_hour == pytest.approx(6.0)
    assert session.runs_out_before_reset is False


def test_series_7d_is_hourly_maxima_of_session_and_weekly(
    history: History, clock: FakeClock
) -> None:
    clock.now = T0 - timedelta(days=8)
    history.record(usage(clock, 99, 99))  # older than 7 days: not charted
    clock.now = T0
    for minutes, percent in ((0, 10), (20, 30), (40, 20), (70, 5)):
        clock.now = T0 + timedelta(minutes=minutes)
        history.record(usage(clock, percent, 50 + minutes / 10))
    series = history.series_7d(usage(clock))
    assert series["five_hour"] == [(T0, 30.0), (T0 + timedelta(hours=1), 5.0)]
    assert series["seven_day"] == [(T0, 54.0), (T0 + timedelta(hours=1), 57.0)]
    assert history.series_7d("nobody") == {"five_hour": [], "seven_day": []}


def test_old_samples_are_pruned(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / HISTORY_FILENAME
    with History(path, clock=clock) as history:
        history.record(usage(clock))
        clock.advance(timedelta(days=36))
        history.record(usage(clock))
        assert [s.sampled_at for s in history.samples("uuid-work", "five_hour", T0)] == [clock.now]
    assert row_count(path) == 2  # one sample per window left


def test_explicit_prune_keeps_recent_samples(history: History, clock: FakeClock) -> None:
    history.record(usage(clock))
    clock.advance(timedelta(days=20))
    history.prune()
    assert len(history.samples("uuid-work", "five_hour", T0)) == 1
    clock.advance(timedelta(days=20))
    history.prune()
    assert history.samples("uuid-work", "five_hour", T0) == []


def test_schema_is_versioned_and_in_wal_mode(history: History, clock: FakeClock) -> None:
    history.record(usage(clock))
    with sqlite3.connect(history.path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_history_from_a_newer_version_is_left_alone(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / HISTORY_FILENAME
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with History(path, clock=clock) as history:
        history.record(usage(clock))
        assert history.problem is not None
        assert "newer version" in history.problem
        assert history.forecast(usage(clock)) == {}
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


def test_corrupt_file_is_moved_aside_and_history_starts_fresh(
    tmp_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / HISTORY_FILENAME
    garbage = b"this is not an sqlite database at all" * 100
    path.write_bytes(garbage)
    with (
        caplog.at_level(logging.WARNING, "core.history.database"),
        History(path, clock=clock) as history,
    ):
        history.record(usage(clock, 10))
        assert [s.percent for s in history.samples("uuid-work", "five_hour", T0)] == [10]
        assert history.problem is None
    moved = list(tmp_path.glob(f"{HISTORY_FILENAME}.corrupt-*"))
    assert [p.read_bytes() for p in moved] == [garbage]
    assert "moved aside" in caplog.text


def test_unopenable_history_never_raises_and_says_why(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / HISTORY_FILENAME
    path.mkdir()  # a folder where the file should be: cannot be opened, must not be moved
    with History(path, clock=clock) as history:
        history.record(usage(clock))
        assert history.samples("uuid-work", "five_hour", T0) == []
        assert history.forecast(usage(clock)) == {}
        assert history.series_7d("uuid-work") == {"five_hour": [], "seven_day": []}
        assert history.problem is not None
        assert str(path) in history.problem
    assert path.is_dir()


def test_locked_database_gives_a_clear_message_and_recovers(
    tmp_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / HISTORY_FILENAME
    with History(path, clock=clock, busy_timeout=0.05) as history:
        history.record(usage(clock, 10))
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        clock.advance(timedelta(minutes=10))
        with caplog.at_level(logging.WARNING, "core.history.database"):
            history.record(usage(clock, 12))  # must return, not raise or hang
        assert history.problem is not None
        assert "busy" in history.problem
        assert "busy" in caplog.text
        holder.execute("ROLLBACK")
        holder.close()
        clock.advance(timedelta(minutes=10))
        history.record(usage(clock, 14))
        assert history.problem is None
        assert [s.percent for s in history.samples("uuid-work", "five_hour", T0)] == [10, 14]


WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime, timedelta
    from pathlib import Path
    from core.history.database import History
    from core.models import OAuthUsage, UsageWindow

    path, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    reset = datetime(2026, 11, 24, 16, tzinfo=UTC)
    history = History(path)
    history.samples(name, "five_hour", reset)  # open and migrate before the race starts
    print("ready", flush=True)
    sys.stdin.readline()
    failures = 0
    for i in range(count):
        window = UsageWindow(percent=i % 100, resets_at=reset)
        history.record(OAuthUsage(account_name=name, session=window, weekly=window,
                                  windows={"five_hour": window, "seven_day": window},
                                  fetched_at=datetime.now(UTC)))
        failures += history.problem is not None
    print(failures, flush=True)
    """
)


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / HISTORY_FILENAME
    count = 150
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), name, str(count)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in ("tray", "cli")
    ]
    for writer in writers:  # both connected and migrated: now release them together
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    results = [writer.communicate(timeout=60)[0].strip() for writer in writers]
    assert [w.returncode for w in writers] == [0, 0]
    assert results == ["0", "0"]
    assert row_count(path) == 2 * count * 2  # two writers, two windows each

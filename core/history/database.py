"""Usage history in SQLite: one sample per account and window on every successful fetch.

It feeds the burn rate / "runs out at" forecast (:mod:`core.history.forecast`) and the popup's
7-day chart. The file is ``AppPaths.history``; the tray and the CLI may write to
it at the same time from separate processes, which is why it runs in WAL mode with a busy
timeout and short transactions.

History is a nice-to-have, never a reason not to show usage. So **no method raises**:

- :meth:`History.record` logs a warning and drops the sample when the file is locked,
  corrupt or unwritable;
- reads (:meth:`History.samples`, :meth:`History.forecast`, :meth:`History.series_7d`)
  return empty results;
- either way :attr:`History.problem` holds a one-line message for people (None when the last
  operation worked), so a UI can say "history unavailable: …" next to the usage.

A file that is not a database at all (or whose schema is unreadable) is moved aside to
``history.sqlite3.corrupt-<time>`` and a fresh one started; nothing is deleted.

Schema (``PRAGMA user_version`` = :data:`SCHEMA_VERSION`, upgraded by :data:`MIGRATIONS`)::

    samples(id INTEGER PRIMARY KEY, account TEXT, window TEXT, percent REAL,
            resets_at REAL NULL, sampled_at REAL)   -- times are UTC epoch seconds

The account key is the account's UUID when known (it survives renames and email changes),
else its name. Samples older than :data:`RETENTION` are pruned.

The API is synchronous (writes are tiny); async callers use ``asyncio.to_thread``. One
``History`` may be shared by threads: a lock serialises its single connection.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from core.base.paths import HISTORY_FILENAME, ensure_private_dir
from core.history.forecast import Sample, forecast_window, window_length
from core.models import Forecast, OAuthUsage, UsageWindow
from core.usage.parsing import NAMED_WINDOWS

__all__ = [
    "HISTORY_FILENAME",
    "MIGRATIONS",
    "RETENTION",
    "SCHEMA_VERSION",
    "History",
    "Sample",
    "SeriesPoint",
    "account_key",
    "usage_windows",
    "utcnow",
]

log = logging.getLogger(__name__)
T = TypeVar("T")

RETENTION = timedelta(days=35)
PRUNE_EVERY = timedelta(hours=1)
CHART_SPAN = timedelta(days=7)
CHART_BUCKET = timedelta(hours=1)
DEFAULT_BUSY_TIMEOUT = 5.0  # seconds: the other writer's transactions take milliseconds

MIGRATIONS: tuple[str, ...] = (
    # 1: the samples table and the index every query walks
    """
    CREATE TABLE samples (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL,
        window TEXT NOT NULL,
        percent REAL NOT NULL,
        resets_at REAL,
        sampled_at REAL NOT NULL
    );
    CREATE INDEX samples_by_window ON samples (account, window, sampled_at);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

SeriesPoint = tuple[datetime, float]


def utcnow() -> datetime:
    return datetime.now(UTC)


def account_key(usage: OAuthUsage) -> str:
    """The identity history files samples under: the account UUID if known, else the name."""
    return usage.account_id or usage.account_name


def usage_windows(usage: OAuthUsage) -> dict[str, UsageWindow]:
    """Every window of a snapshot by API key, model-scoped ones as ``model_weekly:<name>``.

    A model window the API also sent under its own key (``seven_day_sonnet`` and
    ``limits[]`` "Sonnet") is kept once, under the API key. Matching is by name only: two
    different limits may well share a percent and a reset time (0 % at a week's start).
    """
    found = {key: w for attr, key in NAMED_WINDOWS.items() if (w := getattr(usage, attr))}
    found.update(usage.windows)
    for name, window in usage.model_weekly.items():
        if _model_key(name) not in found:
            found[f"model_weekly:{name}"] = window
    return found


def _model_key(name: str) -> str:
    return "seven_day_" + name.strip().lower().replace(" ", "_")


def _epoch(moment: datetime) -> float:
    return moment.timestamp()


def _moment(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


class HistoryUnavailable(Exception):
    """Internal: the database cannot be used right now (message is for people)."""


class History:
    """Samples of every account's windows, with forecasts and chart series built from them."""

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], datetime] = utcnow,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        private_root: Path | None = None,
    ) -> None:
        self.path = Path(path)
        self._private_root = private_root  # see core.base.paths.ensure_private_dir
        self.problem: str | None = None
        self._clock = clock
        self._busy_timeout = busy_timeout
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._last_prune: datetime | None = None

    # -- public API -------------------------------------------------------------------------

    def record(self, usage: OAuthUsage) -> None:
        """Store one sample per window of a fresh snapshot (stale or failed ones are skipped)."""
        self.record_many([usage])

    def record_many(self, usages: Sequence[OAuthUsage]) -> None:
        """:meth:`record` for every snapshot of a refresh, in one transaction: one commit
        (and one turn of the write lock) per cycle, not per account."""
        rows = [
            row
            for usage in usages
            if not (usage.stale or usage.error or not usage.has_data)
            for row in self._rows(usage)
        ]
        if rows:
            self._guard("record", lambda conn: self._insert(conn, rows), None, warn=True)

    def samples(self, account: str, window_key: str, since: datetime) -> list[Sample]:
        """Samples of one account's window taken at or after ``since``, oldest first."""
        return self._guard("read", lambda c: self._select(c, account, window_key, since), [])

    def forecast(self, usage: OAuthUsage) -> dict[str, Forecast]:
        """A forecast for every started window of ``usage``, by window key.

        Windows without enough history still get one (pace needs only the present reading);
        their burn rate is None. Empty when history is unavailable. Computed as of the
        snapshot's ``fetched_at``: the moment its percents were true.
        """
        now = usage.fetched_at or self._clock()
        result: dict[str, Forecast] = {}
        for key, window in usage_windows(usage).items():
            since = now - (window_length(key) or CHART_SPAN)
            stored = self.samples(account_key(usage), key, since)
            if self.problem:
                return {}
            forecast = forecast_window(key, window, stored, now)
            if forecast is not None:
                result[key] = forecast
        return result

    def series_7d(
        self,
        account: OAuthUsage | str,
        windows: Sequence[str] = ("five_hour", "seven_day"),
        *,
        bucket: timedelta = CHART_BUCKET,
    ) -> dict[str, list[SeriesPoint]]:
        """The last 7 days of each window as ``(bucket start, max percent)`` points, oldest first.

        For the popup's sparkline: hourly maxima keep the peaks a mean would flatten.
        Windows without samples map to an empty list.
        """
        key = account if isinstance(account, str) else account_key(account)
        since = self._clock() - CHART_SPAN
        return {w: _bucket_max(self.samples(key, w, since), bucket) for w in windows}

    def prune(self) -> None:
        """Delete samples older than :data:`RETENTION`."""
        cutoff = _epoch(self._clock() - RETENTION)
        self._guard(
            "prune",
            lambda c: _write(c, "DELETE FROM samples WHERE sampled_at < ?", [(cutoff,)]),
            None,
        )

    def close(self) -> None:
        with self._lock:
            self._drop_connection()

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- rows ------------------------------------------------------------------------------

    def _rows(self, usage: OAuthUsage) -> list[tuple[str, str, float, float | None, float]]:
        sampled_at = _epoch(usage.fetched_at or self._clock())
        owner = account_key(usage)
        return [
            (owner, key, w.percent, _epoch(w.resets_at) if w.resets_at else None, sampled_at)
            for key, w in usage_windows(usage).items()
        ]

    def _insert(self, conn: sqlite3.Connection, rows: Sequence[tuple[object, ...]]) -> None:
        _write(
            conn,
            "INSERT INTO samples (account, window, percent, resets_at, sampled_at)"
            " VALUES (?, ?, ?, ?, ?)",
            rows,
        )
        now = self._clock()
        if self._last_prune is None or now - self._last_prune >= PRUNE_EVERY:
            _write(conn, "DELETE FROM samples WHERE sampled_at < ?", [(_epoch(now - RETENTION),)])
            self._last_prune = now

    @staticmethod
    def _select(
        conn: sqlite3.Connection, account: str, window_key: str, since: datetime
    ) -> list[Sample]:
        cursor = conn.execute(
            "SELECT percent, resets_at, sampled_at FROM samples"
            " WHERE account = ? AND window = ? AND sampled_at >= ? ORDER BY sampled_at, id",
            (account, window_key, _epoch(since)),
        )
        return [
            Sample(
                window_key=window_key,
                percent=percent,
                resets_at=_moment(resets_at) if resets_at is not None else None,
                sampled_at=_moment(sampled_at),
            )
            for percent, resets_at, sampled_at in cursor
        ]

    # -- connection and failure handling ----------------------------------------------------

    def _guard(
        self,
        what: str,
        operation: Callable[[sqlite3.Connection], T],
        default: T,
        *,
        warn: bool = False,
    ) -> T:
        """Run ``operation``; on failure set ``problem``, log and return ``default``."""
        with self._lock:
            try:
                result = operation(self._connection())
            except (sqlite3.Error, OSError, HistoryUnavailable) as exc:
                self.problem = _describe(exc, self.path)
                self._drop_connection()
                (log.warning if warn else log.info)("History %s failed: %s", what, self.problem)
                return default
            self.problem = None
            return result

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = self._open()
        return self._conn

    def _open(self) -> sqlite3.Connection:
        ensure_private_dir(self.path.parent, owned_root=self._private_root)
        try:
            return _prepare(self._connect())
        except sqlite3.DatabaseError as exc:
            if not _is_corruption(exc):
                raise
            moved = _quarantine(self.path, self._clock())
            log.warning("History file was unreadable (%s); moved aside to %s", exc, moved.name)
            return _prepare(self._connect())

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path, timeout=self._busy_timeout, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout * 1000)}")
        if os.name == "posix":
            os.chmod(self.path, 0o600)  # samples reveal work patterns; WAL/SHM inherit this
        return conn

    def _drop_connection(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None


def _prepare(conn: sqlite3.Connection) -> sqlite3.Connection:
    """WAL mode and the current schema, or close the connection and raise."""
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        _migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _migrate(conn: sqlite3.Connection) -> None:
    """Bring the schema up to date; safe when two processes open a new file at once."""
    if _user_version(conn) == SCHEMA_VERSION:
        return
    with _transaction(conn):
        version = _user_version(conn)  # re-read under the write lock: the other may have won
        if version > SCHEMA_VERSION:
            raise HistoryUnavailable(
                f"history was written by a newer version of this app (schema {version})"
            )
        for script in MIGRATIONS[version:]:
            for statement in filter(str.strip, script.split(";")):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _user_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: take the write lock first so busy_timeout applies."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _write(conn: sqlite3.Connection, sql: str, rows: Sequence[Sequence[object]]) -> None:
    with _transaction(conn):
        conn.executemany(sql, rows)


def _is_corruption(exc: sqlite3.DatabaseError) -> bool:
    """Not a database / malformed — as opposed to busy, locked, read-only or missing."""
    if isinstance(exc, sqlite3.OperationalError):
        return False
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


def _quarantine(path: Path, now: datetime) -> Path:
    """Move an unreadable history file (and its WAL/SHM companions) aside; never delete it."""
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = path.with_name(path.name + suffix)
        if source.exists():
            source.replace(target.with_name(target.name + suffix))
    return target


def _describe(exc: BaseException, path: Path) -> str:
    """A message a person can act on; the path tells them which file."""
    text = str(exc)
    if isinstance(exc, sqlite3.OperationalError) and "locked" in text.lower():
        return f"history is busy (another program holds {path.name}); will retry on the next update"
    if isinstance(exc, HistoryUnavailable):
        return text
    return f"history file {path} cannot be used: {text}"


def _bucket_max(samples: Sequence[Sample], bucket: timedelta) -> list[SeriesPoint]:
    width = bucket.total_seconds()
    peaks: dict[float, float] = {}
    for sample in samples:
        start = sample.sampled_at.timestamp() // width * width
        peaks[start] = max(peaks.get(start, 0.0), sample.percent)
    return [(_moment(start), peak) for start, peak in sorted(peaks.items())]

"""The index of what was already counted, kept in the history database file.

Two tables of their own beside :mod:`core.history.database`'s ``samples`` (that module's
schema version is not touched; these are created if missing)::

    local_files(path PRIMARY KEY, folder, size, mtime_ns, offset, head)
        -- how far each transcript was read; ``head`` (its first bytes) tells a file
           replaced under the same name from one that grew
    local_messages(key PRIMARY KEY, folder, at, project, session, model,
                   input, output, cache_write_5m, cache_write_1h, cache_read)
        -- one row per counted message: counts and names only, never text

A refresh stats every transcript and reads only what was appended since (a file whose size
and modification time did not change is not even opened). ``INSERT OR IGNORE`` on the
message key is the de-duplication: a resumed or forked session repeating a message, two
scans racing (the tray and the CLI), a file read again from the start — each counts once.
Rows outlive their transcripts, so spending stays known after Claude Code's own clean-up
of old sessions deletes the files.

Writes go in short transactions (a few thousand messages or a few files each) so the
tray's history samples never wait long for the write lock.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.base.paths import ensure_private_dir
from core.errors import StorageError
from core.local.folders import project_of, transcript_files
from core.local.records import UsageRecord
from core.local.scanner import FileScan, scan_file

__all__ = ["HEAD_BYTES", "LocalIndex", "MessageRow", "ScanStats"]

HEAD_BYTES = 256
BATCH_RECORDS = 5000
BATCH_BYTES = 64 << 20
BUSY_TIMEOUT = 5.0

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS local_files (
        path TEXT PRIMARY KEY, folder TEXT NOT NULL, size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL, offset INTEGER NOT NULL, head BLOB NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS local_messages (
        key TEXT PRIMARY KEY, folder TEXT NOT NULL, at REAL NOT NULL, project TEXT NOT NULL,
        session TEXT NOT NULL, model TEXT NOT NULL, input INTEGER NOT NULL,
        output INTEGER NOT NULL, cache_write_5m INTEGER NOT NULL,
        cache_write_1h INTEGER NOT NULL, cache_read INTEGER NOT NULL) WITHOUT ROWID""",
    "CREATE INDEX IF NOT EXISTS local_messages_by_time ON local_messages (folder, at)",
)
_INSERT = "INSERT OR IGNORE INTO local_messages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_FILE = "INSERT OR REPLACE INTO local_files VALUES (?, ?, ?, ?, ?, ?)"
_COLUMNS = (
    "folder, at, project, session, model, input, output, cache_write_5m, cache_write_1h, cache_read"
)
_ROWS = f"SELECT {_COLUMNS} FROM local_messages WHERE at >= ?"  # noqa: S608 (constants only)
_ROWS_OF_FOLDER = f"{_ROWS} AND folder = ?"


@dataclass(frozen=True, slots=True)
class MessageRow:
    """One counted message as the index keeps it (``at``: UTC epoch seconds)."""

    folder: str
    at: float
    project: str
    session: str
    model: str
    input: int
    output: int
    cache_write_5m: int
    cache_write_1h: int
    cache_read: int

    @property
    def input_total(self) -> int:
        """All input tokens, cached or not (what the long-context rates are judged by)."""
        return self.input + self.cache_write_5m + self.cache_write_1h + self.cache_read


@dataclass
class ScanStats:
    """What a refresh did: for the bench, the CLI's JSON and the logs (counts only)."""

    files: int = 0
    files_read: int = 0
    bytes_read: int = 0
    messages_added: int = 0
    lines_skipped: int = 0
    unreadable_files: int = 0


@dataclass(frozen=True, slots=True)
class _FileState:
    size: int
    mtime_ns: int
    offset: int
    head: bytes


class LocalIndex:
    """The counted messages of every transcript, brought up to date by :meth:`refresh`.

    Raises :class:`~core.errors.StorageError` (with a message for people) when the database
    file cannot be used. One instance may be shared by threads; a lock serialises it.
    """

    def __init__(
        self, path: Path, *, private_root: Path | None = None, busy_timeout: float = BUSY_TIMEOUT
    ) -> None:
        self.path = Path(path)
        self._private_root = private_root
        self._busy_timeout = busy_timeout
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    # -- public API -------------------------------------------------------------------------

    def refresh(self, folders: Sequence[Path]) -> ScanStats:
        """Read what every transcript under ``folders`` gained since the last refresh."""
        stats = ScanStats()
        with self._lock, self._guarded():
            conn = self._connection()
            seen = _seen_files(conn)
            batch = _Batch(conn)
            walked = {path for folder in folders for path in self._walk(batch, stats, folder, seen)}
            stats.messages_added += batch.flush()
            _forget_files(conn, [path for path in seen if path not in walked], folders)
        return stats

    def _walk(
        self, batch: _Batch, stats: ScanStats, folder: Path, seen: dict[str, tuple[int, int]]
    ) -> Iterator[str]:
        """Each transcript of ``folder`` (yielded), read when it changed since last seen."""
        for path in transcript_files(folder):
            yield path  # it exists, whatever reading it gives below
            stats.files += 1
            try:
                status = os.stat(path)
            except OSError:  # vanished, or a dangling link: the next refresh retries
                stats.unreadable_files += 1
                continue
            if seen.get(path) != (status.st_size, status.st_mtime_ns):
                self._refresh_file(batch, stats, folder, path, status)

    def rows(self, since: float | None = None, folder: str | None = None) -> list[MessageRow]:
        """Counted messages at or after ``since`` (epoch seconds), of one folder or all."""
        start = float("-inf") if since is None else since
        query, values = (
            (_ROWS_OF_FOLDER, (start, folder)) if folder is not None else (_ROWS, (start,))
        )
        with self._lock, self._guarded():
            return [MessageRow(*row) for row in self._connection().execute(query, values)]

    def close(self) -> None:
        with self._lock:
            self._drop_connection()

    def __enter__(self) -> LocalIndex:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- one file ---------------------------------------------------------------------------

    def _refresh_file(
        self, batch: _Batch, stats: ScanStats, folder: Path, path: str, status: os.stat_result
    ) -> None:
        """``path`` is the walk's own string: the index's key for the file, as compared."""
        try:
            head = _head(Path(path))
            start = _resume_at(_file_state(batch.conn, path), status.st_size, head)
            scan = scan_file(Path(path), start)
        except OSError:  # unreadable, or a folder named *.jsonl: the next refresh retries
            stats.unreadable_files += 1
            return
        stats.files_read += 1
        stats.bytes_read += scan.bytes_read
        stats.lines_skipped += scan.lines_skipped
        state = _FileState(status.st_size, status.st_mtime_ns, scan.end, head)
        stats.messages_added += batch.add(folder, path, scan, state)

    # -- connection -------------------------------------------------------------------------

    @contextlib.contextmanager
    def _guarded(self) -> Iterator[None]:
        """SQLite's and the file system's failures as one :class:`StorageError`; the
        connection is dropped so the next call starts afresh."""
        try:
            yield
        except (sqlite3.Error, OSError) as exc:
            self._drop_connection()
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise StorageError(
                f"local usage index in {self.path} cannot be used: {reason}"
            ) from exc

    def _drop_connection(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = self._open()
        return self._conn

    def _open(self) -> sqlite3.Connection:
        ensure_private_dir(self.path.parent, owned_root=self._private_root)
        conn = sqlite3.connect(
            self.path, timeout=self._busy_timeout, isolation_level=None, check_same_thread=False
        )
        try:
            if os.name == "posix":
                os.chmod(self.path, 0o600)  # where people work and what it cost
            conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout * 1000)}")
            _use_wal(conn, self._busy_timeout)
            # No fsync per commit (as history's samples): a power cut loses at most the
            # last refresh — offsets and rows together, so the next refresh reads it again.
            conn.execute("PRAGMA synchronous = NORMAL")
            with _transaction(conn):
                for statement in SCHEMA:
                    conn.execute(statement)
        except BaseException:
            conn.close()
            raise
        return conn


class _Batch:
    """Rows and file states waiting for one short transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._messages: list[tuple[object, ...]] = []
        self._files: list[tuple[object, ...]] = []
        self._bytes = 0

    def add(self, folder: Path, path: str, scan: FileScan, state: _FileState) -> int:
        """Queue a file's records and its new state; returns how many messages were new."""
        file = Path(path)
        names = (project_of(file, folder), file.stem)
        self._messages.extend(
            _message(str(folder), path, names, offset, record, state.mtime_ns)
            for offset, record in scan.records
        )
        self._files.append((path, str(folder), state.size, state.mtime_ns, scan.end, state.head))
        self._bytes += scan.bytes_read
        if len(self._messages) >= BATCH_RECORDS or self._bytes >= BATCH_BYTES:
            return self.flush()
        return 0

    def flush(self) -> int:
        """Write what is queued (the file offsets with their messages, all or nothing)."""
        if not self._files:
            return 0
        with _transaction(self.conn):
            before = self.conn.total_changes
            self.conn.executemany(_INSERT, self._messages)
            added = self.conn.total_changes - before
            self.conn.executemany(_FILE, self._files)
        self._messages, self._files, self._bytes = [], [], 0
        return added


def _message(
    folder: str,
    path: str,
    names: tuple[str, str],
    offset: int,
    record: UsageRecord,
    mtime_ns: int,
) -> tuple[object, ...]:
    """A row: names the line lacks come from the file (its project folder, its name)."""
    key = record.key or f"{path}@{offset}"  # no message id: the line itself counts once
    at = record.at if record.at is not None else mtime_ns / 1e9
    project, session = names
    return (
        key,
        folder,
        at,
        record.project or project,
        record.session or session,
        record.model,
        record.input,
        record.output,
        record.cache_write_5m,
        record.cache_write_1h,
        record.cache_read,
    )


def _seen_files(conn: sqlite3.Connection) -> dict[str, tuple[int, int]]:
    """Size and modification time of every file as last read: unchanged ones are skipped."""
    cursor = conn.execute("SELECT path, size, mtime_ns FROM local_files")
    return {path: (size, mtime_ns) for path, size, mtime_ns in cursor}


def _forget_files(conn: sqlite3.Connection, gone: list[str], folders: Sequence[Path]) -> None:
    """Drop the read offsets of transcripts that no longer exist (Claude Code deletes old
    sessions): their messages stay counted. Only files of the folders just walked: a
    folder not scanned this time keeps its offsets."""
    prefixes = tuple(os.path.join(folder, "") for folder in folders)
    stale = [(path,) for path in gone if path.startswith(prefixes)]
    if stale:
        with _transaction(conn):
            conn.executemany("DELETE FROM local_files WHERE path = ?", stale)


def _file_state(conn: sqlite3.Connection, path: str) -> _FileState | None:
    row = conn.execute(
        "SELECT size, mtime_ns, offset, head FROM local_files WHERE path = ?", (path,)
    ).fetchone()
    return _FileState(*row) if row else None


def _head(path: Path) -> bytes:
    with path.open("rb", buffering=0) as stream:
        return stream.read(HEAD_BYTES)


def _resume_at(known: _FileState | None, size: int, head: bytes) -> int:
    """Where to read from: the old offset if the file only grew, else from the start."""
    if known is None or size < known.offset:
        return 0
    same_start = head[: len(known.head)] == known.head
    return known.offset if same_start else 0


def _use_wal(conn: sqlite3.Connection, timeout: float) -> None:
    """WAL mode (history's too), so readers never wait for the scan's writes. Switching
    takes a lock SQLite's busy handler does not wait for: two processes opening a new file
    at once would see "database is locked", so the switch is retried until ``timeout``."""
    deadline = time.monotonic() + timeout
    while conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.01)  # the other opener finishes within milliseconds


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")  # the write lock first, so busy_timeout applies
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")

"""Local usage end to end: a generated tree of transcripts → exact totals and costs.

The corpus generator (bench/transcripts.py) remembers every message it wrote, so the
expected totals come from the writing side. Its tree holds resumed sessions repeating
earlier lines, a half-written last line, a binary ``.jsonl`` and a non-UTF-8 line.
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import threading
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from bench.transcripts import Corpus, assistant_lines, encode_project, write_corpus
from core.admin.pricing import TokenCounts, default_price_table
from core.credentials.location import ClaudeCodeEnv
from core.errors import StorageError
from core.history.database import History
from core.local import GROUPINGS, LocalUsage, summary_for_account
from core.local.folders import config_folders, transcript_files
from core.local.index import LocalIndex, MessageRow
from core.local.report import build_report, summarize
from core.local.usage import linked_folders
from core.models import Account, CredentialSource
from tests.core.local_time import utc_local_time  # noqa: F401 (autouse fixture)

END = datetime(2026, 12, 6, 12, tzinfo=UTC)
PARTS = ("input", "output", "cache_write_5m", "cache_write_1h", "cache_read")


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    return write_corpus(tmp_path / "claude", sessions=12, messages_per_session=15, end=END)


def usage_of(corpus: Corpus, tmp_path: Path) -> LocalUsage:
    return LocalUsage(tmp_path / "history.sqlite3", [corpus.root])


def observed(usage: LocalUsage, by: str) -> dict[str, dict[str, int]]:
    report = usage.report(by)
    return {
        group.name: {
            "input": group.counts.uncached_input,
            "output": group.counts.output,
            "cache_write_5m": group.counts.cache_write_5m,
            "cache_write_1h": group.counts.cache_write_1h,
            "cache_read": group.counts.cache_read,
        }
        for group in report.groups
    }


# ------------------------------------------------------------------ exact totals


@pytest.mark.parametrize("by", GROUPINGS)
def test_totals_are_exact_despite_repeats_cut_lines_and_binary_files(
    corpus: Corpus, tmp_path: Path, by: str
) -> None:
    with usage_of(corpus, tmp_path) as usage:
        stats = usage.refresh()
        assert observed(usage, by) == corpus.totals(by)
    assert stats.messages_added == len(corpus.messages)
    assert stats.lines_skipped == 1  # the binary file's one line with the key


def test_each_message_counts_once_and_resumed_files_add_nothing(
    corpus: Corpus, tmp_path: Path
) -> None:
    resumed = [path for path in corpus.files if path.stem.endswith("-resumed")]
    assert resumed  # the corpus does repeat messages
    with usage_of(corpus, tmp_path) as usage:
        usage.refresh()
        assert usage.report("model").total.messages == len(corpus.messages)


# ------------------------------------------------------------------ incremental


def append_messages(path: Path, count: int, seed: int) -> tuple[int, list[str]]:
    rng = random.Random(seed)
    keys, data = [], bytearray()
    for _ in range(count):
        lines, counted = assistant_lines(rng, "/home/dev/new", "sess-new", END, "claude-haiku-4-5")
        data += ("\n".join(lines) + "\n").encode()
        keys.append(counted.key)
    with path.open("ab") as stream:
        stream.write(data)
    return len(data), keys


def test_a_refresh_reads_only_what_was_appended(corpus: Corpus, tmp_path: Path) -> None:
    target = corpus.files[0]
    with usage_of(corpus, tmp_path) as usage:
        usage.refresh()
        appended, keys = append_messages(target, 50, seed=7)
        stats = usage.refresh()
        assert stats.files_read == 1
        assert stats.bytes_read == appended
        assert stats.messages_added == len(keys)
        assert usage.report("model").total.messages == len(corpus.messages) + len(keys)


@pytest.mark.parametrize("spelling", ["plain", "roundabout"])
def test_nothing_changed_means_nothing_read(corpus: Corpus, tmp_path: Path, spelling: str) -> None:
    folder = corpus.root if spelling == "plain" else tmp_path / "x" / ".." / "claude"
    (tmp_path / "x").mkdir()
    with LocalUsage(tmp_path / "history.sqlite3", [folder]) as usage:
        usage.refresh()
        again = usage.refresh()
    assert (again.files_read, again.bytes_read, again.messages_added) == (0, 0, 0)
    assert again.files == len(list(transcript_files(corpus.root)))


def test_the_half_written_line_counts_once_finished(corpus: Corpus, tmp_path: Path) -> None:
    assert corpus.unfinished is not None
    path, rest, pending = corpus.unfinished
    with usage_of(corpus, tmp_path) as usage:
        usage.refresh()
        assert observed(usage, "model") == corpus.totals("model")  # not counted yet
        with path.open("ab") as stream:
            stream.write(rest)
        stats = usage.refresh()
        corpus.messages[pending.key] = pending
        assert stats.messages_added == 1
        assert observed(usage, "model") == corpus.totals("model")


def test_a_file_replaced_by_another_is_read_again_without_double_counting(
    corpus: Corpus, tmp_path: Path
) -> None:
    target = corpus.files[1]
    with usage_of(corpus, tmp_path) as usage:
        usage.refresh()
        original = target.read_bytes()
        target.write_bytes(b'{"type":"summary","summary":"rewritten"}\n' + original)
        stats = usage.refresh()
        assert stats.bytes_read == target.stat().st_size  # from the start: its head changed
        assert stats.messages_added == 0
        assert observed(usage, "day") == corpus.totals("day")


def test_counts_outlive_deleted_transcripts(corpus: Corpus, tmp_path: Path) -> None:
    """Claude Code deletes old sessions (cleanupPeriodDays); what they spent stays known,
    and only the read offsets of the deleted files are dropped."""
    other = write_corpus(tmp_path / "other", sessions=2, messages_per_session=2, end=END)
    with usage_of(corpus, tmp_path) as usage:
        usage.folders.append(other.root)
        usage.refresh()
        for path in corpus.files:
            path.unlink()
        usage.folders.remove(other.root)  # not scanned this time: its offsets are kept
        usage.refresh()
        assert observed(usage, "model") == (
            Corpus(corpus.root, messages=corpus.messages | other.messages)
        ).totals("model")
    with contextlib.closing(sqlite3.connect(tmp_path / "history.sqlite3")) as conn:
        kept = {row[0] for row in conn.execute("SELECT path FROM local_files")}
    assert kept == {str(path) for path in other.files}


@pytest.mark.faults
@pytest.mark.parametrize("round_", range(5))
def test_two_scanners_racing_count_each_message_once(
    corpus: Corpus, tmp_path: Path, round_: int
) -> None:
    """The tray and the CLI refresh the same new index at once (separate connections):
    neither fails, and each message counts once."""
    indexes = [LocalIndex(tmp_path / "history.sqlite3") for _ in range(2)]
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def run(index: LocalIndex) -> None:
        start.wait()
        try:
            index.refresh([corpus.root])
        except BaseException as exc:  # reported by the test, not lost in the thread
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(index,)) for index in indexes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    rows = indexes[0].rows()
    for index in indexes:
        index.close()
    assert failures == []
    assert len(rows) == len(corpus.messages)


def test_the_history_database_keeps_working_beside_the_index(
    corpus: Corpus, tmp_path: Path
) -> None:
    path = tmp_path / "history.sqlite3"
    with LocalUsage(path, [corpus.root]) as usage:
        usage.refresh()
    with History(path) as history:
        history.prune()
        assert history.problem is None
    with contextlib.closing(sqlite3.connect(path)) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert {"samples", "local_files", "local_messages"} <= tables


def test_transcripts_are_only_read(corpus: Corpus, tmp_path: Path) -> None:
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in corpus.files}
    for path in corpus.files:
        os.chmod(path, 0o400)
    with usage_of(corpus, tmp_path) as usage:
        usage.refresh()
    assert {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in corpus.files} == before


@pytest.mark.faults
def test_a_damaged_database_is_moved_aside_and_the_scan_goes_on(
    corpus: Corpus, tmp_path: Path
) -> None:
    damaged = tmp_path / "history.sqlite3"
    damaged.write_bytes(b"this is not a database, just some text" * 100)
    with LocalUsage(damaged, [corpus.root]) as usage:
        usage.refresh()
        assert observed(usage, "model") == corpus.totals("model")
    kept = list(tmp_path.glob("history.sqlite3.corrupt-*"))
    assert len(kept) == 1
    assert kept[0].read_bytes().startswith(b"this is not a database")  # nothing lost


@pytest.mark.faults
def test_an_unusable_database_is_a_clear_error(corpus: Corpus, tmp_path: Path) -> None:
    blocked = tmp_path / "history.sqlite3"
    blocked.mkdir()  # a folder where the file should be
    with (
        LocalUsage(blocked, [corpus.root]) as usage,
        pytest.raises(StorageError, match=r"local usage index in .* cannot be used"),
    ):
        usage.refresh()


@pytest.mark.faults
def test_an_unreadable_transcript_is_skipped_and_retried(corpus: Corpus, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.jsonl"
    (corpus.files[0].parent / "link.jsonl").symlink_to(target)  # dangling for now
    with usage_of(corpus, tmp_path) as usage:
        stats = usage.refresh()
        assert stats.unreadable_files == 1
        assert stats.messages_added == len(corpus.messages)  # the others were read
        _, keys = append_messages(target, 2, seed=11)
        again = usage.refresh()
    assert (again.unreadable_files, again.messages_added) == (0, len(keys))


# ------------------------------------------------------------------ costs


def row(
    model: str, *, at: float = END.timestamp(), project: str = "/p", **counts: int
) -> MessageRow:
    parts = {part: counts.get(part, 0) for part in PARTS}
    return MessageRow("/c", at, project, "s", model, **parts)


def test_cost_uses_the_price_table_with_cache_and_one_hour_writes() -> None:
    prices = default_price_table()
    rows = [row("claude-sonnet-4-5-20250929", input=1000, output=2000, cache_write_5m=3000,
                cache_write_1h=4000, cache_read=5000)]  # fmt: skip
    report = build_report(rows, "model", prices)
    expected = prices.estimate(
        "claude-sonnet-4-5-20250929",
        TokenCounts(uncached_input=1000, output=2000, cache_write_5m=3000, cache_write_1h=4000,
                    cache_read=5000),
    ).cents  # fmt: skip
    # by hand: (1000 + 3000*1.25 + 4000*2 + 5000*0.1) * 300 + 2000 * 1500, per million
    assert expected == Decimal("6.975")
    assert report.total.cost_cents == expected


def test_a_request_over_200k_input_is_priced_at_long_context_rates() -> None:
    prices = default_price_table()
    short = build_report(
        [row("claude-sonnet-4-5", cache_read=199_000, output=1000)], "model", prices
    )
    long = build_report(
        [row("claude-sonnet-4-5", cache_read=201_000, output=1000)], "model", prices
    )
    assert short.total.cost_cents == Decimal("199000") * Decimal("0.1") * 300 / 10**6 + Decimal(
        "1.5"
    )
    assert long.total.cost_cents == Decimal("201000") * Decimal("0.1") * 600 / 10**6 + Decimal(
        "2.25"
    )


def test_long_and_short_requests_of_one_group_are_priced_apart() -> None:
    prices = default_price_table()
    rows = [row("claude-sonnet-4-5", input=250_000), row("claude-sonnet-4-5", input=100_000)]
    cents = build_report(rows, "day", prices).total.cost_cents
    assert cents == Decimal(250_000 * 600 + 100_000 * 300) / 10**6


def test_unknown_models_are_listed_unpriced_never_costed_at_zero() -> None:
    prices = default_price_table()
    rows = [row("claude-future-9", input=500, output=5), row("claude-haiku-4-5", output=1000),
            row("", input=7)]  # fmt: skip
    report = build_report(rows, "model", prices)
    assert report.unpriced_models == ("(no model named)", "claude-future-9")
    future = next(group for group in report.groups if group.name == "claude-future-9")
    assert future.unpriced_tokens == 505
    assert report.total.unpriced_tokens == 512
    assert report.total.cost_cents == Decimal("0.5")  # the haiku output alone


def test_days_are_local_calendar_days(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    late = datetime(2026, 12, 6, 3, tzinfo=UTC).timestamp()  # 22:00 on the 5th in New York
    report = build_report(
        [row("claude-haiku-4-5", at=late, output=1)], "day", default_price_table()
    )
    assert [group.name for group in report.groups] == ["2026-12-05"]


def test_grouping_by_something_unknown_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot group by 'week'"):
        build_report([], "week", default_price_table())


# ------------------------------------------------------------------ the popup's summary


def test_the_summary_has_today_thirty_days_a_bar_per_day_and_top_projects() -> None:
    prices = default_price_table()
    today = date(2026, 12, 6)
    noon = datetime(2026, 12, 6, 12, tzinfo=UTC)
    rows = [
        row("claude-haiku-4-5", at=noon.timestamp(), project="/w/shop", output=1_000_000),
        row("claude-haiku-4-5", at=(noon - timedelta(days=3)).timestamp(), project="/w/blog",
            output=2_000_000),
        row("claude-haiku-4-5", at=(noon - timedelta(days=29)).timestamp(), project="/w/infra",
            output=100_000),
        row("claude-haiku-4-5", at=(noon - timedelta(days=29)).timestamp(), project="/w/tiny",
            output=10),
    ]  # fmt: skip
    summary = summarize(rows, "/c", today, prices)
    assert summary.today_cents == Decimal(500)
    assert summary.period_cents == Decimal(500 + 1000 + 50) + Decimal("0.005")
    assert len(summary.days) == 30
    assert summary.days[0][0] == date(2026, 11, 7)
    assert summary.days[-1][0] == today
    assert summary.days[-4][1] == Decimal(1000)
    assert [p.name for p in summary.top_projects] == ["/w/blog", "/w/shop", "/w/infra"]


def test_summaries_cover_each_config_folder_apart(tmp_path: Path) -> None:
    work = write_corpus(tmp_path / "work", sessions=3, messages_per_session=4, end=END, seed=1)
    home = write_corpus(tmp_path / "home", sessions=3, messages_per_session=4, end=END, seed=2)
    with LocalUsage(tmp_path / "h.sqlite3", [work.root, home.root]) as usage:
        usage.refresh()
        summaries = usage.summaries(END.date())
    assert [s.folder for s in summaries] == [str(work.root), str(home.root)]
    assert [s.messages for s in summaries] == [len(work.messages), len(home.messages)]


def account(source: CredentialSource, config_dir: str | None) -> Account:
    return Account(name="Work", account_type="oauth", is_active=True, saved_at=END,
                   source=source, config_dir=config_dir)  # fmt: skip


def test_a_linked_account_shows_its_own_config_folder(tmp_path: Path) -> None:
    summaries = [summarize([], str(tmp_path / "a"), END.date(), default_price_table()),
                 summarize([], str(tmp_path / "b"), END.date(), default_price_table())]  # fmt: skip
    env = ClaudeCodeEnv(config_dir_text=str(tmp_path / "a"))
    linked_b = account(CredentialSource.CLAUDE_CODE, str(tmp_path / "b"))
    assert summary_for_account(linked_b, summaries, env) is summaries[1]
    assert (
        summary_for_account(account(CredentialSource.CLAUDE_CODE, None), summaries, env)
        is summaries[0]
    )
    assert summary_for_account(account(CredentialSource.APP, None), summaries, env) is None


# ------------------------------------------------------------------ folders


def test_config_folders_come_from_the_variable_list_and_the_defaults(tmp_path: Path) -> None:
    home = tmp_path / "home"
    for folder in (home / ".claude", home / ".config" / "claude", tmp_path / "a", tmp_path / "b"):
        (folder / "projects").mkdir(parents=True)
    (tmp_path / "empty").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "a")
    text = f"{tmp_path / 'a'}, {tmp_path / 'empty'},{tmp_path / 'link'},{tmp_path / 'b'}"
    found = config_folders(ClaudeCodeEnv(config_dir_text=text), home)
    assert found == [tmp_path / "a", tmp_path / "b", home / ".claude", home / ".config" / "claude"]


def test_transcripts_are_found_at_any_depth_without_following_links(tmp_path: Path) -> None:
    project = tmp_path / "projects" / encode_project("/w/shop")
    (project / "session" / "subagents").mkdir(parents=True)
    (project / "a.jsonl").write_text("")
    (project / "session" / "subagents" / "agent-1.jsonl").write_text("")
    (project / "notes.txt").write_text("")
    (project / "loop").symlink_to(tmp_path)
    found = list(transcript_files(tmp_path))
    assert found == [str(project / "a.jsonl"), str(project / "session/subagents/agent-1.jsonl")]


def test_the_folders_of_linked_accounts_are_scanned_too(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / ".claude" / "projects").mkdir(parents=True)
    (tmp_path / "work" / "projects").mkdir(parents=True)
    env = ClaudeCodeEnv()
    linked = account(CredentialSource.CLAUDE_CODE, str(tmp_path / "work"))
    signed_in = account(CredentialSource.APP, str(tmp_path / "elsewhere"))
    assert linked_folders([linked, signed_in], env) == [tmp_path / "work"]
    found = config_folders(env, home, also=linked_folders([linked, signed_in], env))
    assert found == [home / ".claude", tmp_path / "work"]

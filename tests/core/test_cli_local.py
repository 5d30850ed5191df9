"""``claude-usage local``, run as the real entry point over a generated tree of transcripts.

tests/conftest.py points ``CLAUDE_CONFIG_DIR`` and ``HOME`` at temporary folders, so the
command reads the generated corpus only, never the machine's own transcripts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bench.transcripts import Corpus, write_corpus
from core.cli.local import BY_CHOICES
from core.local import GROUPINGS
from tests.core.test_cli import cli

END = datetime(2026, 12, 6, 12, tzinfo=UTC)


@pytest.fixture
def corpus() -> Corpus:
    return write_corpus(
        Path(os.environ["CLAUDE_CONFIG_DIR"]), sessions=6, messages_per_session=10, end=END
    )


def local_json(*args: str) -> dict[str, Any]:
    result = cli(None, "local", "--json", *args)
    assert result.returncode == 0, result.stderr
    document: dict[str, Any] = json.loads(result.stdout)
    return document


@pytest.mark.parametrize("by", ["day", "project", "model", "session"])
def test_json_totals_match_the_corpus(corpus: Corpus, by: str) -> None:
    document = local_json("--by", by)
    assert document["schema_version"] == 1
    assert document["by"] == by
    found = {
        group["name"]: {
            "input": group["input_tokens"],
            "output": group["output_tokens"],
            "cache_write_5m": group["cache_creation_5m_tokens"],
            "cache_write_1h": group["cache_creation_1h_tokens"],
            "cache_read": group["cache_read_tokens"],
        }
        for group in document["groups"]
    }
    assert found == corpus.totals(by)
    assert document["total"]["messages"] == len(corpus.messages)
    assert document["unpriced_models"] == ["claude-future-9-20990101"]
    assert document["folders"] == [os.environ["CLAUDE_CONFIG_DIR"]]


def test_a_second_run_reads_nothing_new(corpus: Corpus) -> None:
    first = local_json()
    second = local_json()
    assert first["scan"]["messages_added"] == len(corpus.messages)
    assert (second["scan"]["bytes_read"], second["scan"]["messages_added"]) == (0, 0)
    assert second["total"] == first["total"]


def test_since_keeps_the_days_from_then_on(corpus: Corpus) -> None:
    document = local_json("--since", "2026-12-01")
    days = [group["name"] for group in document["groups"]]
    assert days == sorted(days)
    assert days[0] >= "2026-12-01"
    expected = {day: parts for day, parts in corpus.totals("day").items() if day >= "2026-12-01"}
    assert {g["name"]: g["output_tokens"] for g in document["groups"]} == {
        day: parts["output"] for day, parts in expected.items()
    }


def test_the_table_shows_each_model_its_cost_and_what_is_unpriced(corpus: Corpus) -> None:
    result = cli(None, "local", "--by", "model")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Claude Code on this machine, by Model, at API prices"
    opus = next(line for line in lines if line.startswith("claude-opus-4-6"))
    assert opus.split()[-1].startswith("$")
    future = next(line for line in lines if line.startswith("claude-future-9"))
    assert future.endswith("$0.00 +?")
    assert "models without a price: claude-future-9-20990101" in lines[-1]


def test_no_transcripts_is_said_plainly(tmp_path: Path) -> None:
    result = cli(None, "local")
    assert result.returncode == 0
    assert result.stdout.startswith("No Claude Code transcripts found")


@pytest.mark.faults
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "yesterday"], "not a date (YYYY-MM-DD): 'yesterday'"),
        (["--by", "week"], "invalid choice: 'week'"),
    ],
)
def test_bad_arguments_are_usage_errors(args: list[str], message: str) -> None:
    result = cli(None, "local", *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stdout == ""


@pytest.mark.faults
def test_an_unusable_database_fails_with_its_reason(corpus: Corpus) -> None:
    home = Path(os.environ["CLAUDE_USAGE_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    (home / "history.sqlite3").mkdir()  # a folder where the database should be
    result = cli(None, "local", "--json")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "local usage index" in result.stderr


@pytest.mark.faults
def test_an_unreadable_account_store_does_not_stop_local_usage(corpus: Corpus) -> None:
    """Saved accounts only add folders; a damaged store is no reason to show nothing."""
    home = Path(os.environ["CLAUDE_USAGE_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    (home / "accounts.enc").write_bytes(b"\x00garbage, not a store")
    document = local_json()
    assert document["total"]["messages"] == len(corpus.messages)


def test_the_parser_offers_exactly_the_reports_groupings_without_importing_the_scanner() -> None:
    """Every command builds the parser (status bars too): the scanner stays unimported."""
    code = "import sys, core.cli.main; print([m for m in sys.modules if m.startswith('core.loc')])"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
    assert BY_CHOICES == GROUPINGS


def test_columns_line_up_by_terminal_width_with_cjk_project_names() -> None:
    """A Japanese project name takes two terminal columns a character: padded by code
    points, every line after it would end one column early per character."""
    from decimal import Decimal

    from core.admin.pricing import TokenCounts
    from core.base.text_width import text_width
    from core.cli.local import format_report
    from core.local.report import LocalReport, UsageGroup

    def group(name: str, output: int) -> UsageGroup:
        return UsageGroup(name, 3, TokenCounts(output=output), Decimal(125))

    report = LocalReport(
        by="project",
        groups=(group("ウェブサイト", 1200), group("api", 80)),
        total=group("", 1280),
        unpriced_models=(),
        currency="USD",
    )
    table = format_report(report, [Path("/p")], None).splitlines()[3:]
    assert len(table) == 4
    assert len({text_width(line) for line in table}) == 1, table

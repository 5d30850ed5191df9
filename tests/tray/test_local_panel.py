"""The popup's local-usage section: its texts, the 30-day bars, the feed and the wiring.

Figures are built with core's own ``summarize`` from counted messages, so the widgets are
tested on the same values the scanner produces; the backend test scans a generated tree
of transcripts through the real ``ClientBackend``.
"""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bench.transcripts import write_corpus
from core import LocalSummary, LocalUsage, project_label
from core.admin.pricing import default_price_table
from core.errors import StorageError
from core.local.index import MessageRow
from core.local.report import summarize
from tests.tray.helpers import FakeBackend, oauth
from tests.tray.test_app import running
from tray.backend import ClientBackend
from tray.cards import secondary_color
from tray.demo import ACCOUNTS, DEMO_ENDPOINTS, DemoWorld, credentials_json, demo_transport
from tray.demo_transcripts import seed_transcripts
from tray.local_panel import DailyBars, LocalPanel
from tray.local_usage import (
    LocalFigures,
    LocalUsageFeed,
    bar_tooltip,
    folder_label,
    format_cost,
    projects_line,
    summary_line,
)
from tray.settings import SettingsStore

TODAY = date(2026, 12, 6)
NOON = datetime(2026, 12, 6, 12, tzinfo=UTC)
MTOK = 1_000_000


def message(
    days_ago: int, project: str, output: int, model: str = "claude-haiku-4-5"
) -> MessageRow:
    """``output`` tokens of haiku: $5 per million, so 1 M output = 500 cents."""
    at = (NOON - timedelta(days=days_ago)).timestamp()
    return MessageRow("/c", at, project, "s", model, 0, output, 0, 0, 0)


def summary(folder: str = "/home/u/.claude", *rows: MessageRow) -> LocalSummary:
    found = summarize(list(rows), "/c", TODAY, default_price_table())
    return LocalSummary(**{**{f: getattr(found, f) for f in found.__slots__}, "folder": folder})


def busy_summary(folder: str = "/home/u/.claude") -> LocalSummary:
    return summary(
        folder,
        message(0, "/w/shop", 824_000),  # $4.12 today
        message(3, "/w/blog", 30 * MTOK),
        message(10, "/w/shop", 10_576_000),
        message(20, "/w/infra", 1 * MTOK),
    )


# ------------------------------------------------------------------ texts


def test_the_line_reads_today_and_thirty_days_at_api_prices() -> None:
    assert summary_line(busy_summary()) == "Today $4.12 · 30 days $212 (API prices)"


@pytest.mark.parametrize(
    ("cents", "text"),
    [(Decimal(0), "$0.00"), (Decimal("412.4"), "$4.12"), (Decimal("9999"), "$99.99"),
     (Decimal("21240"), "$212"), (Decimal("123456"), "$1,235")],
)  # fmt: skip
def test_costs_keep_cents_only_below_a_hundred_dollars(cents: Decimal, text: str) -> None:
    assert format_cost(cents, "USD") == text


def test_top_projects_are_named_by_their_folder_and_costliest_first() -> None:
    assert projects_line(busy_summary()) == "Top projects: blog $150 · shop $57.00 · infra $5.00"
    assert projects_line(summary()) == "No Claude Code messages in the last 30 days"


def test_a_folder_is_shown_from_home_with_the_accounts_using_it(tmp_path: Path) -> None:
    assert folder_label(str(tmp_path / ".claude"), ["Work"], home=tmp_path) == "~/.claude — Work"
    assert folder_label("/srv/claude", [], home=tmp_path) == "/srv/claude"


def test_a_linked_account_finds_its_own_folders_figures() -> None:
    work, home = busy_summary("/a"), summary("/b")
    figures = LocalFigures((work, home), {"Work": "/a", "Home": "/b"})
    assert figures.for_account("Work") is work
    assert figures.for_account("Home") is home
    assert figures.for_account("Signed-in-here") is None
    assert figures.accounts_of(work) == ["Work"]


# ------------------------------------------------------------------ widgets


def test_the_panel_hides_until_there_is_a_folder(qtbot: QtBot) -> None:
    panel = LocalPanel()
    qtbot.addWidget(panel)
    panel.set_figures(LocalFigures())
    assert panel.isHidden()
    panel.set_figures(LocalFigures((busy_summary(),)))
    assert not panel.isHidden()
    (block,) = panel.blocks
    assert block.summary_label.text() == "Today $4.12 · 30 days $212 (API prices)"
    assert block.projects_label.text().startswith("Top projects: blog")


def test_muted_texts_take_the_themes_colour_and_are_recoloured_on_a_theme_change(
    qtbot: QtBot,
) -> None:
    """The popup's retheme recolours every label marked muted: the panel's are too."""
    panel = LocalPanel()
    qtbot.addWidget(panel)
    panel.set_figures(LocalFigures((busy_summary(),)))
    (block,) = panel.blocks
    shown = block.projects_label.palette().color(QPalette.ColorRole.WindowText)
    assert block.projects_label.property("muted")
    assert shown == secondary_color(block.projects_label)
    assert not block.summary_label.property("muted")


def test_each_folder_gets_a_titled_block_and_its_linked_accounts(qtbot: QtBot) -> None:
    panel = LocalPanel()
    qtbot.addWidget(panel)
    home = str(Path.home())
    figures = LocalFigures(
        (busy_summary(f"{home}/.claude"), summary("/srv/other")), {"Work": f"{home}/.claude"}
    )
    panel.set_figures(figures)
    titles = [block.title_label.text() for block in panel.blocks]
    assert titles == ["~/.claude — Work", "/srv/other"]


def test_the_chart_opens_on_demand_and_stays_open_across_updates(qtbot: QtBot) -> None:
    panel = LocalPanel()
    qtbot.addWidget(panel)
    panel.set_figures(LocalFigures((busy_summary(),)))
    panel.show()
    assert not panel.blocks[0].bars.isVisible()
    with qtbot.waitSignal(panel.resized):
        panel.chart_button.click()
    assert panel.blocks[0].bars.isVisible()
    panel.set_figures(LocalFigures((busy_summary(), summary("/other"))))
    assert [block.bars.isVisible() for block in panel.blocks] == [True, True]
    panel.chart_button.click()
    assert [block.bars.isVisible() for block in panel.blocks] == [False, False]


def test_a_scan_problem_is_said_and_the_last_figures_kept(qtbot: QtBot) -> None:
    panel = LocalPanel()
    qtbot.addWidget(panel)
    panel.set_figures(LocalFigures((busy_summary(),), problem="local usage index busy"))
    assert panel.problem_label.text() == "local usage index busy"
    assert len(panel.blocks) == 1


def test_bars_are_as_tall_as_their_day_cost_and_name_the_day(qtbot: QtBot) -> None:
    bars = DailyBars(busy_summary())
    qtbot.addWidget(bars)
    bars.resize(300, DailyBars.HEIGHT)
    rects = bars.bar_rects()
    assert len(rects) == 30
    tallest = max(range(30), key=lambda i: rects[i].height())
    assert bars.summary.days[tallest][0] == TODAY - timedelta(days=3)
    assert rects[-11].height() == pytest.approx(rects[tallest].height() * 5288 / 15000, rel=0.01)
    assert rects[-1].height() == 1.5  # $4.12 beside $150: still a visible sliver
    assert rects[0].height() == 0  # nothing spent that day
    day, cents = bars.day_at(rects[-4].center().x()) or (None, None)
    assert (day, cents) == (TODAY - timedelta(days=3), Decimal(15000))
    assert "highest $150 on Thu 03 Dec" in bars.accessibleName()
    assert bar_tooltip(TODAY, Decimal(412), "USD") == "Sun 06 Dec: $4.12"
    bars.show()
    qtbot.waitExposed(bars)
    assert not bars.grab().isNull()  # paints without error
    assert bars.day_at(QPoint(0, 0).x()) == bars.summary.days[0]
    # The move is sent to the widget, not made with the (virtual) cursor: a real hover
    # would leave Qt's tooltip timers running past the widget's deletion at teardown.
    where = rects[-4].center()
    move = QMouseEvent(
        QEvent.Type.MouseMove, where, bars.mapToGlobal(where), Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(bars, move)
    assert bars.toolTip() == "Thu 03 Dec: $150"


# ------------------------------------------------------------------ feed and backend


async def test_one_scan_at_a_time_and_a_failure_keeps_the_figures() -> None:
    started, release = asyncio.Event(), asyncio.Event()
    answers: list[LocalFigures | Exception] = [
        LocalFigures((busy_summary(),)),
        StorageError("busy"),
    ]
    calls = 0

    async def load() -> LocalFigures:
        nonlocal calls
        calls += 1
        started.set()
        await release.wait()
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    feed = LocalUsageFeed(load)
    seen: list[LocalFigures] = []
    feed.updated.connect(seen.append)
    first = asyncio.ensure_future(feed.refresh())
    await started.wait()
    await feed.refresh()  # while the first runs: dropped
    assert calls == 1
    release.set()
    await first
    await feed.refresh()
    assert calls == 2
    assert seen[1].problem == "busy"
    assert seen[1].summaries == seen[0].summaries


async def test_the_client_backend_scans_the_config_folder_off_the_gui_thread() -> None:
    folder = Path(os.environ["CLAUDE_CONFIG_DIR"])
    corpus = write_corpus(folder, sessions=4, messages_per_session=5, end=datetime.now(UTC))
    subject = ClientBackend(client_options={"jitter": 0.0})
    try:
        figures = await subject.local_usage()
        again = await subject.local_usage()
    finally:
        await subject.close()
    (found,) = figures.summaries
    assert found.folder == str(folder)
    assert found.messages == len(corpus.messages)
    assert again.summaries == figures.summaries
    assert figures.account_folders == {}  # no linked account saved


async def test_the_app_shows_the_figures_after_a_refresh(settings_store: SettingsStore) -> None:
    backend = FakeBackend([oauth("Work", 40)])
    backend.local = LocalFigures((busy_summary(),))
    async with running(backend, settings_store) as tray_app:
        await tray_app.settle()
        panel = tray_app.local_panel
        assert tray_app.popup.isAncestorOf(panel)  # in the popup's slot for sections
        assert ("local_usage", ()) in backend.calls
        assert panel.blocks[0].summary_label.text() == "Today $4.12 · 30 days $212 (API prices)"


def test_the_demo_has_a_month_of_transcripts_to_show(tmp_path: Path) -> None:
    now = datetime(2026, 12, 7, 15, tzinfo=UTC)  # a Monday: a working day
    seed_transcripts(tmp_path / "claude", now)
    with LocalUsage(tmp_path / "history.sqlite3", [tmp_path / "claude"]) as usage:
        usage.refresh()
        (found,) = usage.summaries(now.date())
    assert found.today_cents > 0
    assert sum(1 for _, cents in found.days if cents > 0) >= 25
    assert project_label(found.top_projects[0].name) in {"shop", "blog", "infra"}
    assert found.unpriced_models == ()


async def test_a_linked_account_brings_its_own_folder_and_figures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Linked while Claude Code used folder A; the tray now runs with CLAUDE_CONFIG_DIR=B:
    both are scanned, and the account's figures are A's."""
    first, second = tmp_path / "claude-a", tmp_path / "claude-b"
    first.mkdir()
    (first / ".credentials.json").write_text(credentials_json(ACCOUNTS[0]))
    monkeypatch.setenv("CLAUDE_CONFIG_DIR", str(first))
    http = httpx.AsyncClient(transport=demo_transport(DemoWorld()))
    linking = ClientBackend(endpoints=DEMO_ENDPOINTS, http_client=http)
    try:
        await linking.link_claude_code("Linked")
    finally:
        await linking.close()
        await http.aclose()
    corpus_a = write_corpus(first, sessions=2, messages_per_session=3, end=datetime.now(UTC))
    write_corpus(second, sessions=2, messages_per_session=4, end=datetime.now(UTC), seed=5)
    monkeypatch.setenv("CLAUDE_CONFIG_DIR", str(second))
    later = ClientBackend()
    try:
        figures = await later.local_usage()
    finally:
        await later.close()
    assert {s.folder for s in figures.summaries} == {str(first), str(second)}
    linked = figures.for_account("Linked")
    assert linked is not None
    assert linked.folder == str(first)
    assert linked.messages == len(corpus_a.messages)


@pytest.mark.faults
async def test_an_unreadable_account_store_still_shows_the_transcripts_figures() -> None:
    home = Path(os.environ["CLAUDE_USAGE_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    (home / "accounts.enc").write_bytes(b"\x00garbage, not a store")
    corpus = write_corpus(
        Path(os.environ["CLAUDE_CONFIG_DIR"]), sessions=2, messages_per_session=3,
        end=datetime.now(UTC),
    )  # fmt: skip
    subject = ClientBackend()
    try:
        with pytest.raises(StorageError):
            await subject.list_accounts()  # the store itself is unreadable
        figures = await subject.local_usage()
    finally:
        await subject.close()
    assert [s.messages for s in figures.summaries] == [len(corpus.messages)]

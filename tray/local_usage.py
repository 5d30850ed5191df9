"""The tray's side of local usage: the figures from Claude Code's transcripts, as text.

``core.LocalUsage`` does the work (in a thread, through the backend); this module holds
what the popup shows — :class:`LocalFigures`, one :class:`core.LocalSummary` per Claude
config folder plus which linked account uses which folder — the texts made from it, and
:class:`LocalUsageFeed`, which asks the backend for fresh figures one request at a time.
No widget here: :mod:`tray.local_panel` draws it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from core import ClaudeUsageError, LocalSummary, format_cents, project_label

__all__ = [
    "LocalFigures",
    "LocalUsageFeed",
    "bar_tooltip",
    "folder_label",
    "format_cost",
    "format_day",
    "projects_line",
    "summary_line",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LocalFigures:
    """Everything the local-usage section shows; ``problem`` when the scan failed."""

    summaries: tuple[LocalSummary, ...] = ()
    account_folders: Mapping[str, str] = field(default_factory=dict)  # linked account → folder
    problem: str | None = None

    def for_account(self, name: str) -> LocalSummary | None:
        """A linked account's own folder's figures (None for other accounts): the hook a
        card uses to show them."""
        folder = self.account_folders.get(name)
        return next((s for s in self.summaries if s.folder == folder), None)

    def accounts_of(self, summary: LocalSummary) -> list[str]:
        return sorted(
            name for name, folder in self.account_folders.items() if folder == summary.folder
        )


# -- texts (money goes through format_cost only, so i18n can switch it to QLocale) ----------


def format_cost(cents: Decimal, currency: str) -> str:
    """``$4.12``; whole dollars from $100 on (``$212``), where cents are noise."""
    if abs(cents) >= 10_000:
        return format_cents(float(round(cents, -2)), currency).removesuffix(".00")
    return format_cents(float(cents), currency)


def summary_line(summary: LocalSummary) -> str:
    """``Today $4.12 · 30 days $212 (API prices)``."""
    text = QCoreApplication.translate("LocalUsage", "Today {today} · 30 days {period} (API prices)")
    return text.format(
        today=format_cost(summary.today_cents, summary.currency),
        period=format_cost(summary.period_cents, summary.currency),
    )


def projects_line(summary: LocalSummary) -> str:
    """The costliest projects of the period: ``shop $120 · blog $60 · infra $20``."""
    if not summary.top_projects:
        return QCoreApplication.translate(
            "LocalUsage", "No Claude Code messages in the last 30 days"
        )
    unnamed = QCoreApplication.translate("LocalUsage", "(no project)")
    parts = [
        f"{project_label(group.name) or unnamed} {format_cost(group.cost_cents, summary.currency)}"
        for group in summary.top_projects
    ]
    return QCoreApplication.translate("LocalUsage", "Top projects: {projects}").format(
        projects=" · ".join(parts)
    )


def unpriced_line(summary: LocalSummary) -> str | None:
    if not summary.unpriced_models:
        return None
    return QCoreApplication.translate(
        "LocalUsage", "Not priced (no list price known): {models}"
    ).format(models=", ".join(summary.unpriced_models))


def folder_label(folder: str, accounts: list[str], home: Path | None = None) -> str:
    """``~/.claude — Work, Personal``: the folder as people know it, and who uses it."""
    base = Path.home() if home is None else home
    path = Path(folder)
    try:
        shown = "~/" + path.relative_to(base).as_posix()
    except ValueError:
        shown = str(path)
    return f"{shown} — {', '.join(accounts)}" if accounts else shown


def format_day(day: date) -> str:
    """``Thu 03 Dec``: the one place a day is written (i18n can switch it to QLocale)."""
    return day.strftime("%a %d %b")


def bar_tooltip(day: date, cents: Decimal, currency: str) -> str:
    return QCoreApplication.translate("LocalUsage", "{day}: {cost}").format(
        day=format_day(day), cost=format_cost(cents, currency)
    )


# -- fetching -------------------------------------------------------------------------------


class LocalUsageFeed(QObject):
    """Fresh :class:`LocalFigures` on request, one scan at a time: a request while one runs
    is dropped (the running scan brings the figures). ``updated`` carries each result."""

    updated = Signal(object)  # LocalFigures

    def __init__(self, load: Callable[[], Awaitable[LocalFigures]]) -> None:
        super().__init__()
        self._load = load
        self.busy = False
        self.figures = LocalFigures()

    async def refresh(self) -> None:
        if self.busy:
            return
        self.busy = True
        try:
            figures = await self._load()
        except ClaudeUsageError as exc:  # the index cannot be used: say so, keep the rest
            log.warning("local usage unavailable: %s", exc)
            figures = LocalFigures(self.figures.summaries, self.figures.account_folders, str(exc))
        finally:
            self.busy = False
        self.figures = figures
        self.updated.emit(figures)

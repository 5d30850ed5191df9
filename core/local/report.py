"""Counted messages → totals per day, project, model or session, with API-equivalent cost.

Cost comes from the price table admin reports use (:mod:`core.admin.pricing`): cache reads
and 5-minute / 1-hour cache writes at their multipliers, long-context rates for a request
whose input is over the model's threshold. A model the table does not know is never costed
at 0: its tokens are counted in ``unpriced_tokens`` and its name listed in
``unpriced_models``, so a total that leaves something out says so.

Days are local calendar days (what "today" means to the person looking).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import PurePath

from core.admin.pricing import PriceTable, TokenCounts
from core.local.index import MessageRow

__all__ = [
    "GROUPINGS",
    "SUMMARY_DAYS",
    "TOP_PROJECTS",
    "LocalReport",
    "LocalSummary",
    "UsageGroup",
    "build_report",
    "project_label",
    "summarize",
]

GROUPINGS = ("day", "project", "model", "session")
SUMMARY_DAYS = 30
TOP_PROJECTS = 3


@dataclass(frozen=True, slots=True)
class UsageGroup:
    """Tokens and cost of the messages sharing one day, project, model or session."""

    name: str
    messages: int
    counts: TokenCounts
    cost_cents: Decimal  # of the priced tokens; see unpriced_tokens
    unpriced_tokens: int = 0

    @property
    def tokens(self) -> int:
        return self.counts.input_total + self.counts.output


@dataclass(frozen=True, slots=True)
class LocalReport:
    """``claude-usage local``'s table: groups (days oldest first, others costliest first)."""

    by: str
    groups: tuple[UsageGroup, ...]
    total: UsageGroup
    unpriced_models: tuple[str, ...]
    currency: str


@dataclass(frozen=True, slots=True)
class LocalSummary:
    """One Claude config folder's last :data:`SUMMARY_DAYS` days, for the popup."""

    folder: str
    today: date
    today_cents: Decimal
    period_cents: Decimal
    days: tuple[tuple[date, Decimal], ...]  # every day of the period, oldest first, zeros kept
    top_projects: tuple[UsageGroup, ...]
    unpriced_models: tuple[str, ...]
    messages: int
    currency: str


# parts of an accumulator: messages, then the TokenCounts fields in this order
_PARTS = ("uncached_input", "output", "cache_write_5m", "cache_write_1h", "cache_read")


def _group_name(row: MessageRow, by: str) -> str:
    if by == "day":
        return date.fromtimestamp(row.at).isoformat()
    return str(getattr(row, by))


def build_report(rows: Iterable[MessageRow], by: str, prices: PriceTable) -> LocalReport:
    """Totals of ``rows`` grouped ``by`` one of :data:`GROUPINGS`."""
    if by not in GROUPINGS:
        raise ValueError(f"cannot group by {by!r}; expected one of {', '.join(GROUPINGS)}")
    sums: dict[tuple[str, str, bool], list[int]] = defaultdict(lambda: [0] * 6)
    for row in rows:
        long = prices.is_long_context(row.model, row.input_total)
        parts = sums[(_group_name(row, by), row.model, long)]
        parts[0] += 1
        parts[1] += row.input
        parts[2] += row.output
        parts[3] += row.cache_write_5m
        parts[4] += row.cache_write_1h
        parts[5] += row.cache_read
    groups, unpriced = _priced_groups(sums, prices)
    ordered = sorted(groups, key=_day_order if by == "day" else _cost_order)
    return LocalReport(
        by, tuple(ordered), _sum_groups("total", groups), tuple(sorted(unpriced)), prices.currency
    )


def _priced_groups(
    sums: dict[tuple[str, str, bool], list[int]], prices: PriceTable
) -> tuple[list[UsageGroup], set[str]]:
    """One :class:`UsageGroup` per name, its models priced apart (each has its own rates)."""
    parts_of: dict[str, list[UsageGroup]] = defaultdict(list)
    unpriced: set[str] = set()
    for (name, model, long), parts in sums.items():
        counts = TokenCounts(**dict(zip(_PARTS, parts[1:], strict=True)))
        estimate = prices.estimate(model, counts, long_context=long)
        missing = 0 if estimate.price_known else counts.input_total + counts.output
        if missing:
            unpriced.add(model or "(no model named)")
        parts_of[name].append(UsageGroup(name, parts[0], counts, estimate.cents, missing))
    return [_sum_groups(name, pieces) for name, pieces in parts_of.items()], unpriced


def _sum_groups(name: str, groups: Sequence[UsageGroup]) -> UsageGroup:
    counts = TokenCounts()
    for group in groups:
        counts += group.counts
    return UsageGroup(
        name,
        sum(group.messages for group in groups),
        counts,
        sum((group.cost_cents for group in groups), Decimal(0)),
        sum(group.unpriced_tokens for group in groups),
    )


def _day_order(group: UsageGroup) -> tuple[str]:
    return (group.name,)


def _cost_order(group: UsageGroup) -> tuple[Decimal, int, str]:
    return (-group.cost_cents, -group.tokens, group.name)


def summarize(
    rows: Sequence[MessageRow], folder: str, today: date, prices: PriceTable
) -> LocalSummary:
    """The popup's figures of ``rows`` (one folder's, from the period's first day on)."""
    by_day = {group.name: group for group in build_report(rows, "day", prices).groups}
    first = today - timedelta(days=SUMMARY_DAYS - 1)
    days = tuple(
        (day, by_day[day.isoformat()].cost_cents if day.isoformat() in by_day else Decimal(0))
        for day in (first + timedelta(days=n) for n in range(SUMMARY_DAYS))
    )
    projects = build_report(rows, "project", prices)
    return LocalSummary(
        folder=folder,
        today=today,
        today_cents=days[-1][1],
        period_cents=sum((cents for _, cents in days), Decimal(0)),
        days=days,
        top_projects=projects.groups[:TOP_PROJECTS],
        unpriced_models=projects.unpriced_models,
        messages=projects.total.messages,
        currency=prices.currency,
    )


def project_label(project: str) -> str:
    """A project's short name: its working directory's last part (``/home/me/shop`` → shop)."""
    return PurePath(project).name or project

"""What organisation admins ask for beyond tokens: Claude Code productivity and spend limits.

Pure functions over Admin API pages (no I/O), tolerant as :mod:`core.admin.reports` is:

- ``usage_report/claude_code`` rows carry ``core_metrics`` (sessions, lines added/removed,
  commits and pull requests by Claude Code) and ``tool_actions`` (accepted/rejected per
  tool) per actor and day; :func:`productivity` sums them per actor and for the
  organisation, with each actor's estimated cost beside it.
- ``spend_limits/effective`` (beta, its shape uncertain — anthropic-api.md §7) lists each
  member's effective limit and spend to date; :func:`spend_limits` reads what it can.
  Amounts are cents, as decimal strings or numbers (the cost report's convention), either
  bare or as ``{"amount", "currency"}``; a member without a limit has ``limit_cents`` None.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from core.admin.reports import actor_name, cents_value, count_value, mapping_of, mappings_of
from core.errors import ResponseFormatError
from core.models import ProductivityTotals, SpendLimit, SpendLimits, ToolActions

__all__ = ["ProductivityRow", "productivity", "productivity_rows", "spend_limits"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ProductivityRow:
    """One actor's Claude Code activity on one day."""

    actor: str
    sessions: int = 0
    lines_added: int = 0
    lines_removed: int = 0
    commits: int = 0
    pull_requests: int = 0
    tool_actions: Mapping[str, ToolActions] = field(default_factory=dict)
    cost_cents: float = 0.0


def _tool_actions(value: Any) -> dict[str, ToolActions]:
    return {
        str(tool): ToolActions(
            accepted=count_value(mapping_of(counts).get("accepted")),
            rejected=count_value(mapping_of(counts).get("rejected")),
        )
        for tool, counts in mapping_of(value).items()
        if isinstance(counts, Mapping)
    }


def _row_cost(record: Mapping[str, Any]) -> float:
    total = 0.0
    for entry in mappings_of(record.get("model_breakdown")):
        cents = cents_value(mapping_of(entry.get("estimated_cost")).get("amount"))
        total += float(cents) if cents is not None else 0.0
    return total


def productivity_rows(page: Any) -> list[ProductivityRow]:
    """One row per record of a ``usage_report/claude_code`` page."""
    data = page.get("data") if isinstance(page, Mapping) else None
    if not isinstance(data, list):
        raise ResponseFormatError("Claude Code report page has no data list")
    rows = []
    for record in mappings_of(data):
        metrics = mapping_of(record.get("core_metrics"))
        lines = mapping_of(metrics.get("lines_of_code"))
        rows.append(
            ProductivityRow(
                actor=actor_name(mapping_of(record.get("actor"))),
                sessions=count_value(metrics.get("num_sessions")),
                lines_added=count_value(lines.get("added")),
                lines_removed=count_value(lines.get("removed")),
                commits=count_value(metrics.get("commits_by_claude_code")),
                pull_requests=count_value(metrics.get("pull_requests_by_claude_code")),
                tool_actions=_tool_actions(record.get("tool_actions")),
                cost_cents=_row_cost(record),
            )
        )
    return rows


def _merged_tools(
    into: dict[str, ToolActions], more: Mapping[str, ToolActions]
) -> dict[str, ToolActions]:
    for tool, actions in more.items():
        seen = into.get(tool, ToolActions())
        into[tool] = ToolActions(
            accepted=seen.accepted + actions.accepted, rejected=seen.rejected + actions.rejected
        )
    return into


def _summed(name: str | None, rows: Iterable[ProductivityRow]) -> ProductivityTotals:
    rows = list(rows)
    tools: dict[str, ToolActions] = {}
    for row in rows:
        _merged_tools(tools, row.tool_actions)
    return ProductivityTotals(
        actor_name=name,
        sessions=sum(r.sessions for r in rows),
        lines_added=sum(r.lines_added for r in rows),
        lines_removed=sum(r.lines_removed for r in rows),
        commits=sum(r.commits for r in rows),
        pull_requests=sum(r.pull_requests for r in rows),
        tool_actions=tools,
        estimated_cost_cents=sum(r.cost_cents for r in rows),
    )


def productivity(
    rows: Iterable[ProductivityRow],
) -> tuple[tuple[ProductivityTotals, ...], ProductivityTotals]:
    """(each actor's totals, highest spend first; the organisation's total)."""
    by_actor: dict[str, list[ProductivityRow]] = {}
    every: list[ProductivityRow] = []
    for row in rows:
        by_actor.setdefault(row.actor, []).append(row)
        every.append(row)
    people = [_summed(actor, actor_rows) for actor, actor_rows in by_actor.items()]
    people.sort(key=lambda p: (-p.estimated_cost_cents, p.actor_name or ""))
    return tuple(people), _summed(None, every)


# ------------------------------------------------------------------ spend limits


def _money(value: Any) -> tuple[float | None, str | None]:
    """(cents, currency) of ``"1234.5"``, ``1234``, or ``{"amount": …, "currency": …}``."""
    if isinstance(value, Mapping):
        cents = cents_value(value.get("amount"))
        currency = value.get("currency")
        return (
            float(cents) if cents is not None else None,
            currency if isinstance(currency, str) else None,
        )
    cents = cents_value(value)
    return (float(cents) if cents is not None else None), None


def _first_present(entry: Mapping[str, Any], *keys: str) -> Any:
    return next((entry[key] for key in keys if entry.get(key) is not None), None)


def _member_name(entry: Mapping[str, Any]) -> str:
    member = entry.get("member") or entry.get("actor") or entry.get("user")
    if isinstance(member, Mapping):
        return actor_name(member) if "type" in member else _plain_name(member)
    if isinstance(member, str) and member.strip():
        return member.strip()
    return _plain_name(entry)


def _plain_name(entry: Mapping[str, Any]) -> str:
    for key in ("email_address", "email", "name", "api_key_name", "id"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return "(unknown member)"


def _member(entry: Mapping[str, Any], currency: str) -> SpendLimit:
    limit, limit_currency = _money(_first_present(entry, "spend_limit", "limit", "limit_amount"))
    spent, spent_currency = _money(
        _first_present(entry, "spend_to_date", "spent", "current_spend", "spend")
    )
    return SpendLimit(
        member=_member_name(entry),
        limit_cents=limit,
        spent_cents=spent or 0.0,
        currency=limit_currency or spent_currency or currency,
    )


def spend_limits(pages: Iterable[Any]) -> SpendLimits:
    """Every page of ``spend_limits/effective`` → the organisation's and members' limits."""
    members: list[SpendLimit] = []
    org: Mapping[str, Any] = {}
    for page in pages:
        if not isinstance(page, Mapping) or not isinstance(page.get("data"), list):
            raise ResponseFormatError("Spend limits page has no data list")
        org = mapping_of(page.get("organization")) or org
        members += [_member(entry, "USD") for entry in mappings_of(page["data"])]
    org_limit, org_currency = _money(_first_present(org, "spend_limit", "limit"))
    org_spent, spent_currency = _money(_first_present(org, "spend_to_date", "spent"))
    currency = org_currency or spent_currency or next((m.currency for m in members), "USD")
    if org_spent is None:
        org_spent = sum(m.spent_cents for m in members)
    members.sort(key=lambda m: (-(m.percent or -1.0), -m.spent_cents, m.member))
    return SpendLimits(
        available=True,
        organization_limit_cents=org_limit,
        organization_spent_cents=org_spent,
        currency=currency,
        members=tuple(members),
    )

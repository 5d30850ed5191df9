"""Admin API report pages → rows → per-model and per-actor totals (pure functions, no I/O).

The reports are parsed tolerantly (missing, null and extra fields are fine; a row that is
not an object is skipped) because the API adds fields over time. A page without a ``data``
list is refused: summing a page we cannot read would show wrong totals.

Token semantics, the same for totals, models and actors: ``input_tokens`` is every input
token (uncached + cache reads + cache writes), and cache reads/writes are also given apart.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from core.admin.pricing import Estimate, PriceTable, TokenCounts
from core.errors import ResponseFormatError
from core.models import ActorUsage, ModelUsage

__all__ = [
    "CONSOLE_ACTOR",
    "NO_MODEL",
    "ClaudeCodeRow",
    "MessageRow",
    "Tally",
    "actor_name",
    "api_key_actors",
    "api_key_names",
    "cents_value",
    "claude_code_rows",
    "cost_amounts",
    "count_value",
    "mapping_of",
    "mappings_of",
    "message_rows",
    "model_breakdown",
    "next_after_id",
    "next_page_token",
    "total",
    "user_actors",
]

NO_MODEL = "(no model)"  # the report's null model
CONSOLE_ACTOR = "console"  # a null api_key_id: Console / Workbench use
_ZERO = Decimal(0)
_MAX_CENTS = Decimal(10) ** 14
K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True, kw_only=True)
class MessageRow:
    """One result of ``usage_report/messages`` (one key × model × day)."""

    api_key_id: str | None
    model: str
    service_tier: str | None
    counts: TokenCounts


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaudeCodeRow:
    """One model of one actor on one day of ``usage_report/claude_code``."""

    actor: str
    model: str
    counts: TokenCounts
    cost_cents: Decimal | None  # the report's own estimate, when it gave one


@dataclass(frozen=True, slots=True)
class Tally:
    """Running sum of tokens and cents; ``price_known`` False once any part was unpriced."""

    counts: TokenCounts = field(default_factory=TokenCounts)
    cents: Decimal = _ZERO
    price_known: bool = True

    def add(self, counts: TokenCounts, estimate: Estimate) -> Tally:
        return Tally(
            self.counts + counts,
            self.cents + estimate.cents,
            self.price_known and estimate.price_known,
        )


# ------------------------------------------------------------------ page plumbing


def _data(page: Any, what: str) -> list[Mapping[str, Any]]:
    if not isinstance(page, Mapping) or not isinstance(page.get("data"), list):
        raise ResponseFormatError(f"The {what} answer has no data list")
    return [item for item in page["data"] if isinstance(item, Mapping)]


def next_page_token(page: Any) -> str | None:
    """The ``page=`` value for the next request, or None when this was the last page."""
    if not isinstance(page, Mapping) or page.get("has_more") is not True:
        return None
    token = page.get("next_page")
    return token if isinstance(token, str) and token else None


def next_after_id(page: Any, previous: str | None) -> str | None:
    """The ``after_id=`` cursor of list endpoints; None at the end or if it stopped moving."""
    if not isinstance(page, Mapping) or page.get("has_more") is not True:
        return None
    last = page.get("last_id")
    return last if isinstance(last, str) and last and last != previous else None


def _count(value: Any) -> int:
    """A token count; anything that is not a non-negative whole number counts as 0."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return max(value, 0)
    if isinstance(value, float) and value.is_integer():
        return max(int(value), 0)
    if isinstance(value, str) and value.isascii() and value.isdigit():  # "²".isdigit() is True
        return int(value)
    return 0


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _mappings(value: Any) -> list[Mapping[str, Any]]:
    """The objects of a JSON list; anything else (null, a number, a string) holds none."""
    return [item for item in value if isinstance(item, Mapping)] if isinstance(value, list) else []


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _cents(value: Any) -> Decimal | None:
    """A money amount sent as a decimal string or a number; None when unreadable."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    # A trillion dollars is no real bill; larger values would overflow sums of Decimals.
    return amount if amount.is_finite() and abs(amount) < _MAX_CENTS else None


# ------------------------------------------------------------------ messages report


def _message_counts(result: Mapping[str, Any]) -> TokenCounts:
    cache = _mapping(result.get("cache_creation"))
    tools = _mapping(result.get("server_tool_use"))
    return TokenCounts(
        uncached_input=_count(result.get("uncached_input_tokens")),
        output=_count(result.get("output_tokens")),
        cache_read=_count(result.get("cache_read_input_tokens")),
        cache_write_5m=_count(cache.get("ephemeral_5m_input_tokens")),
        cache_write_1h=_count(cache.get("ephemeral_1h_input_tokens")),
        web_search_requests=_count(tools.get("web_search_requests")),
    )


def _message_row(result: Mapping[str, Any]) -> MessageRow:
    return MessageRow(
        api_key_id=_text(result.get("api_key_id")),
        model=_text(result.get("model")) or NO_MODEL,
        service_tier=_text(result.get("service_tier")),
        counts=_message_counts(result),
    )


def message_rows(page: Any) -> list[MessageRow]:
    """Every result of every daily bucket of one ``usage_report/messages`` page."""
    buckets = _data(page, "usage report")
    return [_message_row(result) for b in buckets for result in _mappings(b.get("results"))]


# ------------------------------------------------------------------ other reports


def cost_amounts(page: Any) -> list[tuple[Decimal, str]]:
    """(cents, currency) of every cost-report result; an unreadable amount fails the report."""
    amounts = []
    for bucket in _data(page, "cost report"):
        for result in _mappings(bucket.get("results")):
            cents = _cents(result.get("amount"))
            if cents is None:
                raise ResponseFormatError("The cost report has an amount that is not a number")
            amounts.append((cents, _text(result.get("currency")) or "USD"))
    return amounts


def api_key_names(page: Any) -> dict[str, str]:
    """``id → name`` of one page of ``/v1/organizations/api_keys``."""
    keys = _data(page, "API key list")
    return {
        key_id: name
        for key in keys
        if (key_id := _text(key.get("id"))) and (name := _text(key.get("name")))
    }


def _actor_name(actor: Mapping[str, Any]) -> str:
    """Users by e-mail; Claude Code run with an API key by that key's name."""
    if actor.get("type") == "user_actor" and (email := _text(actor.get("email_address"))):
        return email
    if actor.get("type") == "api_actor" and (key := _text(actor.get("api_key_name"))):
        return f"{key} (API key)"
    return "(unknown user)"


def _claude_code_row(actor: str, entry: Mapping[str, Any]) -> ClaudeCodeRow:
    tokens = _mapping(entry.get("tokens"))
    counts = TokenCounts(
        uncached_input=_count(tokens.get("input")),
        output=_count(tokens.get("output")),
        cache_read=_count(tokens.get("cache_read")),
        cache_write_5m=_count(tokens.get("cache_creation")),  # the report does not split TTLs
    )
    cost = _mapping(entry.get("estimated_cost"))
    return ClaudeCodeRow(
        actor=actor,
        model=_text(entry.get("model")) or NO_MODEL,
        counts=counts,
        cost_cents=_cents(cost.get("amount")),
    )


def claude_code_rows(page: Any) -> list[ClaudeCodeRow]:
    """One row per (actor, model) of one page of ``usage_report/claude_code``."""
    rows = []
    for record in _data(page, "Claude Code report"):
        actor = _actor_name(_mapping(record.get("actor")))
        rows += [_claude_code_row(actor, e) for e in _mappings(record.get("model_breakdown"))]
    return rows


# ------------------------------------------------------------------ aggregation


def _tally_by(
    items: Iterable[tuple[K, TokenCounts, Estimate]],
) -> dict[K, Tally]:
    tallies: dict[K, Tally] = {}
    for key, counts, estimate in items:
        tallies[key] = tallies.get(key, Tally()).add(counts, estimate)
    return tallies


def _priced(rows: Iterable[MessageRow], prices: PriceTable) -> list[tuple[MessageRow, Estimate]]:
    return [
        (row, prices.estimate(row.model, row.counts, service_tier=row.service_tier)) for row in rows
    ]


def _ranked(tallies: Mapping[K, Tally], label: Callable[[K], str]) -> list[tuple[str, Tally]]:
    """Most expensive first, then most tokens, then by name: a stable, useful order."""
    named = [(label(key), tally) for key, tally in tallies.items()]
    return sorted(named, key=lambda item: (-item[1].cents, -_tokens(item[1]), item[0]))


def _tokens(tally: Tally) -> int:
    return tally.counts.input_total + tally.counts.output


def total(rows: Iterable[MessageRow], prices: PriceTable) -> Tally:
    """Everything in the messages report, priced row by row."""
    result = Tally()
    for row, estimate in _priced(rows, prices):
        result = result.add(row.counts, estimate)
    return result


def model_breakdown(rows: Iterable[MessageRow], prices: PriceTable) -> tuple[ModelUsage, ...]:
    tallies = _tally_by((row.model, row.counts, est) for row, est in _priced(rows, prices))
    return tuple(
        ModelUsage(
            model=name,
            input_tokens=tally.counts.input_total,
            output_tokens=tally.counts.output,
            cache_creation_tokens=tally.counts.cache_creation,
            cache_read_tokens=tally.counts.cache_read,
            estimated_cost_cents=float(tally.cents),
            price_known=tally.price_known,
        )
        for name, tally in _ranked(tallies, str)
    )


def _actor(kind: str, name: str, tally: Tally) -> ActorUsage:
    return ActorUsage(
        actor_type="api_key" if kind == "api_key" else "user",
        actor_name=name,
        input_tokens=tally.counts.input_total,
        output_tokens=tally.counts.output,
        cache_creation_tokens=tally.counts.cache_creation,
        cache_read_tokens=tally.counts.cache_read,
        estimated_cost_cents=float(tally.cents),
    )


def api_key_actors(
    rows: Iterable[MessageRow], names: Mapping[str, str], prices: PriceTable
) -> tuple[ActorUsage, ...]:
    """One actor per API key id (named when the key list knows it); null id → console."""
    priced = _priced(rows, prices)
    tallies = _tally_by((row.api_key_id, row.counts, est) for row, est in priced)

    def label(key_id: str | None) -> str:
        return CONSOLE_ACTOR if key_id is None else names.get(key_id, key_id)

    return tuple(_actor("api_key", name, tally) for name, tally in _ranked(tallies, label))


def _user_estimate(row: ClaudeCodeRow, prices: PriceTable) -> Estimate:
    if row.cost_cents is not None:
        return Estimate(row.cost_cents, price_known=True)
    return prices.estimate(row.model, row.counts)


def user_actors(rows: Iterable[ClaudeCodeRow], prices: PriceTable) -> tuple[ActorUsage, ...]:
    """One actor per Claude Code user, costed by the report's own estimate where it has one."""
    tallies = _tally_by((row.actor, row.counts, _user_estimate(row, prices)) for row in rows)
    return tuple(_actor("user", name, tally) for name, tally in _ranked(tallies, str))


# The tolerant readers, shared with core.admin.org_reports (the organisation's other reports).
actor_name = _actor_name
cents_value = _cents
count_value = _count
mapping_of = _mapping
mappings_of = _mappings

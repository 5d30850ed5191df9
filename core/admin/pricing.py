"""Estimated cost of tokens, from a price table kept as data (``core/admin/prices.json``).

Prices change more often than code, so they live in JSON that is easy to review and update.
Money is computed with :class:`~decimal.Decimal` (cents) so sums of many small rows do not
drift. A model the table does not know is priced 0 *and reported as unknown*, so callers
can show it instead of silently under-counting.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from typing import Any

from core.errors import InvalidInputError

__all__ = [
    "Estimate",
    "LongContextPrice",
    "ModelPrice",
    "PriceTable",
    "TokenCounts",
    "default_price_table",
    "parse_price_table",
]

MILLION = Decimal(1_000_000)
_ATTACHED = "@[:"  # "claude-3-5-sonnet@20241022" (Vertex), "claude-opus-4-6[1m]"


@dataclass(frozen=True, slots=True, kw_only=True)
class TokenCounts:
    """Tokens of one report row (or a sum of rows), split the way their prices differ."""

    uncached_input: int = 0
    output: int = 0
    cache_read: int = 0
    cache_write_5m: int = 0
    cache_write_1h: int = 0
    web_search_requests: int = 0

    def __add__(self, other: TokenCounts) -> TokenCounts:
        return TokenCounts(
            uncached_input=self.uncached_input + other.uncached_input,
            output=self.output + other.output,
            cache_read=self.cache_read + other.cache_read,
            cache_write_5m=self.cache_write_5m + other.cache_write_5m,
            cache_write_1h=self.cache_write_1h + other.cache_write_1h,
            web_search_requests=self.web_search_requests + other.web_search_requests,
        )

    @property
    def cache_creation(self) -> int:
        return self.cache_write_5m + self.cache_write_1h

    @property
    def input_total(self) -> int:
        """Every input token the model read: uncached + cache reads + cache writes."""
        return self.uncached_input + self.cache_read + self.cache_creation

    @property
    def has_tokens(self) -> bool:
        return self.input_total + self.output > 0


@dataclass(frozen=True, slots=True)
class LongContextPrice:
    """The higher rates of a request whose input (cached or not) exceeds ``above_tokens``."""

    above_tokens: int
    input_cents: Decimal
    output_cents: Decimal


@dataclass(frozen=True, slots=True)
class ModelPrice:
    """List price of one model family, in cents per million tokens."""

    prefix: str
    input_cents: Decimal
    output_cents: Decimal
    long_context: LongContextPrice | None = None


@dataclass(frozen=True, slots=True)
class Estimate:
    """A cost in cents; ``price_known`` False means tokens were priced 0 for lack of a price."""

    cents: Decimal
    price_known: bool


def _matches(model: str, prefix: str) -> bool:
    """Whole-part prefix match: the next dash part may be a date or tag, not a version digit."""
    if not model.startswith(prefix):
        return False
    rest = model[len(prefix) :]
    if not rest or rest[0] in _ATTACHED:
        return True
    if rest[0] != "-":
        return False
    following = rest[1:].split("-", 1)[0]
    return not (following.isdigit() and len(following) <= 2)


@dataclass(frozen=True, slots=True, kw_only=True)
class PriceTable:
    """Model prices plus the multipliers that derive cache and batch prices from them."""

    models: tuple[ModelPrice, ...]
    cache_read_multiplier: Decimal
    cache_write_5m_multiplier: Decimal
    cache_write_1h_multiplier: Decimal
    web_search_cents_per_request: Decimal
    service_tier_multipliers: Mapping[str, Decimal] = field(default_factory=dict)
    currency: str = "USD"
    # A model's entry, once looked up: the lookup scans every entry, and reports price
    # every row (the tray sums a month of local messages on every poll).
    _found: dict[str, ModelPrice | None] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def price_for(self, model: str | None) -> ModelPrice | None:
        """The longest matching prefix wins, so table order can never shadow a newer model."""
        if not model:
            return None
        if model not in self._found:
            name = model.strip().lower()
            found = [price for price in self.models if _matches(name, price.prefix)]
            self._found[model] = max(found, key=lambda price: len(price.prefix), default=None)
        return self._found[model]

    def is_long_context(self, model: str | None, input_tokens: int) -> bool:
        """Whether one request of ``model`` with that much input is billed at long-context
        rates (only models whose table entry has them; rows summed over many requests
        cannot tell, so this is asked per request)."""
        above = self.long_context_above(model)
        return above is not None and input_tokens > above

    def long_context_above(self, model: str | None) -> int | None:
        """The input size past which one request of ``model`` is billed at long-context
        rates; None when its table entry has none."""
        price = self.price_for(model)
        long = price.long_context if price is not None else None
        return long.above_tokens if long is not None else None

    def estimate(
        self,
        model: str | None,
        counts: TokenCounts,
        *,
        service_tier: str | None = None,
        long_context: bool = False,
    ) -> Estimate:
        """Cents for ``counts`` of ``model``; web search is priced even when the model is not.
        ``long_context``: the counts are of requests :meth:`is_long_context` said so of."""
        price = self.price_for(model)
        searches = self.web_search_cents_per_request * counts.web_search_requests
        if price is None:
            return Estimate(searches, price_known=not counts.has_tokens)
        tier = self.service_tier_multipliers.get(service_tier or "", Decimal(1))
        cents = self._token_cents(price, counts, long_context=long_context)
        return Estimate(cents * tier + searches, price_known=True)

    def _token_cents(
        self, price: ModelPrice, counts: TokenCounts, *, long_context: bool
    ) -> Decimal:
        rates: ModelPrice | LongContextPrice = price
        if long_context and price.long_context is not None:
            rates = price.long_context
        input_units = (
            counts.uncached_input
            + counts.cache_read * self.cache_read_multiplier
            + counts.cache_write_5m * self.cache_write_5m_multiplier
            + counts.cache_write_1h * self.cache_write_1h_multiplier
        )
        return (input_units * rates.input_cents + counts.output * rates.output_cents) / MILLION


def _decimal(value: Any, what: str) -> Decimal:
    """A non-negative number from JSON (string or number); strings keep decimals exact."""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError) as exc:
        raise InvalidInputError(f"Price table: {what} is not a number") from exc
    if not number.is_finite() or number < 0:
        raise InvalidInputError(f"Price table: {what} must be a non-negative number")
    return number


def _model_price(entry: Any) -> ModelPrice:
    if not isinstance(entry, Mapping) or not isinstance(entry.get("prefix"), str):
        raise InvalidInputError("Price table: each model needs a 'prefix' string")
    prefix = entry["prefix"].strip().lower()
    if not prefix:
        raise InvalidInputError("Price table: a model prefix is empty")
    return ModelPrice(
        prefix,
        _decimal(entry.get("input"), f"{prefix} input"),
        _decimal(entry.get("output"), f"{prefix} output"),
        _long_context(entry.get("long_context"), prefix),
    )


def _long_context(entry: Any, prefix: str) -> LongContextPrice | None:
    """Optional: ``{"above_input_tokens": 200000, "input": …, "output": …}``."""
    if entry is None:
        return None
    if not isinstance(entry, Mapping):
        raise InvalidInputError(f"Price table: {prefix} long_context must be an object")
    above = entry.get("above_input_tokens")
    if isinstance(above, bool) or not isinstance(above, int) or above <= 0:
        raise InvalidInputError(f"Price table: {prefix} long_context needs above_input_tokens > 0")
    return LongContextPrice(
        above,
        _decimal(entry.get("input"), f"{prefix} long-context input"),
        _decimal(entry.get("output"), f"{prefix} long-context output"),
    )


def _models(entries: Any) -> tuple[ModelPrice, ...]:
    if not isinstance(entries, list) or not entries:
        raise InvalidInputError("Price table: 'models' must be a non-empty list")
    models = tuple(_model_price(entry) for entry in entries)
    prefixes = [model.prefix for model in models]
    if len(set(prefixes)) != len(prefixes):
        raise InvalidInputError("Price table: a model prefix is listed twice")
    return models


def _tiers(value: Any) -> dict[str, Decimal]:
    if not isinstance(value, Mapping):
        raise InvalidInputError("Price table: 'service_tier_multipliers' must be an object")
    return {str(tier): _decimal(number, f"tier {tier}") for tier, number in value.items()}


def parse_price_table(data: Any) -> PriceTable:
    """Build a :class:`PriceTable` from decoded JSON; a malformed table is refused whole."""
    if not isinstance(data, Mapping):
        raise InvalidInputError("Price table: the top level must be an object")
    per_1k = _decimal(data.get("web_search_cents_per_1k_requests"), "web search price")
    return PriceTable(
        models=_models(data.get("models")),
        cache_read_multiplier=_decimal(data.get("cache_read_multiplier"), "cache read"),
        cache_write_5m_multiplier=_decimal(data.get("cache_write_5m_multiplier"), "5m write"),
        cache_write_1h_multiplier=_decimal(data.get("cache_write_1h_multiplier"), "1h write"),
        web_search_cents_per_request=per_1k / 1000,
        service_tier_multipliers=_tiers(data.get("service_tier_multipliers", {})),
        currency=str(data.get("currency") or "USD"),
    )


@cache
def default_price_table() -> PriceTable:
    """The table shipped in the package (read once; works from a wheel or a frozen bundle)."""
    text = resources.files("core.admin").joinpath("prices.json").read_text(encoding="utf-8")
    return parse_price_table(json.loads(text))

"""The price table: the TypeScript library's cases, its known gaps fixed, and the table as data."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from core.admin.pricing import TokenCounts, default_price_table, parse_price_table
from core.errors import InvalidInputError

MTOK = 1_000_000
PRICES_JSON = Path(__file__).resolve().parents[2] / "core" / "admin" / "prices.json"


def cents(model: str | None, **counts: int) -> Decimal:
    return default_price_table().estimate(model, TokenCounts(**counts)).cents


def table_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(PRICES_JSON.read_text(encoding="utf-8"))
    return data


# ------------------------------------------------------------------ the TS library's cases


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"uncached_input": MTOK}, Decimal(300)),
        ({"output": MTOK}, Decimal(1500)),
        ({"cache_write_5m": MTOK}, Decimal(375)),
        ({"cache_write_1h": MTOK}, Decimal(600)),
        ({"cache_read": MTOK}, Decimal(30)),
    ],
)
def test_sonnet_4_each_kind_of_token(counts: dict[str, int], expected: Decimal) -> None:
    assert cents("claude-sonnet-4-20250514", **counts) == expected


def test_sonnet_4_all_kinds_combined_is_exact() -> None:
    # The TS test: 100k uncached, 50k cache read, 20k 5m write, 10k 1h write, 80k output.
    total = cents(
        "claude-sonnet-4-20250514",
        uncached_input=100_000,
        cache_read=50_000,
        cache_write_5m=20_000,
        cache_write_1h=10_000,
        output=80_000,
    )
    assert total == Decimal(165)  # 30 + 1.5 + 7.5 + 6 + 120


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        ("claude-opus-4-20250514", 9000),
        ("claude-opus-4-1-20250805", 9000),
        ("claude-opus-4-5-20251101", 3000),
        ("claude-opus-4-6-20260101", 3000),
        ("claude-opus-4-6", 3000),
        ("claude-sonnet-4-5-20250929", 1800),
        ("claude-haiku-4-5-20251001", 600),
        ("claude-3-5-haiku-20241022", 480),
        ("claude-3-haiku-20240307", 150),
        ("claude-3-5-sonnet-20241022", 1800),
    ],
)
def test_one_million_in_and_out(model: str, expected: int) -> None:
    assert cents(model, uncached_input=MTOK, output=MTOK) == Decimal(expected)


def test_opus_4_5_is_not_priced_as_opus_4() -> None:
    assert cents("claude-opus-4-5-20251101", uncached_input=MTOK) == Decimal(500)
    assert cents("claude-opus-4-20250514", uncached_input=MTOK) == Decimal(1500)


# ------------------------------------------------------------------ the TS library's gaps


def test_claude_3_7_sonnet_is_priced() -> None:
    assert cents("claude-3-7-sonnet-20250219", uncached_input=MTOK, output=MTOK) == 1800


def test_unknown_model_is_zero_and_flagged() -> None:
    estimate = default_price_table().estimate("gpt-4o", TokenCounts(uncached_input=MTOK))
    assert estimate.cents == 0
    assert estimate.price_known is False


def test_future_version_does_not_borrow_an_older_price() -> None:
    # "claude-opus-4" must not price a hypothetical opus 4.9 at the opus 4 rate.
    table = default_price_table()
    assert table.price_for("claude-opus-4-9-20270101") is None
    assert table.price_for("claude-sonnet-4-7") is None


def test_model_without_tokens_is_not_flagged() -> None:
    estimate = default_price_table().estimate(None, TokenCounts())
    assert estimate.price_known is True
    assert estimate.cents == 0


def test_web_search_is_one_cent_per_request_for_any_model() -> None:
    assert cents("claude-sonnet-4-20250514", web_search_requests=3) == Decimal(3)
    unknown = default_price_table().estimate("mystery", TokenCounts(web_search_requests=1000))
    assert unknown.cents == Decimal(1000)


def test_batch_tier_halves_token_prices_but_not_search() -> None:
    counts = TokenCounts(uncached_input=MTOK, web_search_requests=2)
    estimate = default_price_table().estimate(
        "claude-sonnet-4-20250514", counts, service_tier="batch"
    )
    assert estimate.cents == Decimal(152)


@pytest.mark.parametrize(
    "model",
    [
        "claude-3-5-sonnet@20241022",
        "claude-opus-4-6[1m]",
        "CLAUDE-OPUS-4-6",
        "claude-3-5-sonnet-latest",
    ],
)
def test_id_spellings_still_match(model: str) -> None:
    assert default_price_table().price_for(model) is not None


# ------------------------------------------------------------------ the table as data


def test_longest_prefix_wins_whatever_the_order() -> None:
    data = table_data()
    data["models"] = list(reversed(data["models"]))
    table = parse_price_table(data)
    price = table.price_for("claude-opus-4-5-20251101")
    assert price is not None
    assert price.prefix == "claude-opus-4-5"


def test_shipped_table_loads_through_the_package() -> None:
    table = default_price_table()
    prefixes = {model.prefix for model in table.models}
    assert {
        "claude-opus-4-6",
        "claude-3-7-sonnet",
        "claude-haiku-4-5",
        "claude-3-haiku",
    } <= prefixes
    assert table.web_search_cents_per_request == Decimal(1)
    assert table.currency == "USD"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(models=[]), "non-empty"),
        (lambda d: d["models"].append(dict(d["models"][0])), "twice"),
        (lambda d: d["models"][0].update(input="-1"), "non-negative"),
        (lambda d: d["models"][0].update(output="lots"), "not a number"),
        (lambda d: d["models"][0].pop("prefix"), "prefix"),
        (lambda d: d.update(cache_read_multiplier=None), "not a number"),
    ],
)
def test_a_broken_table_is_refused_with_a_reason(change: Any, message: str) -> None:
    data = table_data()
    change(data)
    with pytest.raises(InvalidInputError, match=message):
        parse_price_table(data)


def test_table_must_be_an_object() -> None:
    with pytest.raises(InvalidInputError, match="object"):
        parse_price_table([1, 2])


# ------------------------------------------------------------------ long-context rates


def test_long_context_rates_apply_only_above_the_threshold() -> None:
    table = default_price_table()
    assert not table.is_long_context("claude-sonnet-4-5-20250929", 200_000)
    assert table.is_long_context("claude-sonnet-4-5-20250929", 200_001)
    assert not table.is_long_context("claude-haiku-4-5", 10**6)  # no long-context entry
    counts = TokenCounts(uncached_input=MTOK, cache_read=MTOK, output=MTOK)
    long = table.estimate("claude-sonnet-4-5", counts, long_context=True).cents
    assert long == Decimal(600) + Decimal(60) + Decimal(2250)


@pytest.mark.faults
@pytest.mark.parametrize(
    ("long_context", "message"),
    [
        ("fast", "long_context must be an object"),
        ({"input": "1", "output": "2"}, "above_input_tokens > 0"),
        ({"above_input_tokens": True, "input": "1", "output": "2"}, "above_input_tokens > 0"),
        ({"above_input_tokens": 5, "input": "-1", "output": "2"}, "non-negative"),
    ],
)
def test_a_malformed_long_context_entry_refuses_the_table(long_context: Any, message: str) -> None:
    data = table_data()
    data["models"][0]["long_context"] = long_context
    with pytest.raises(InvalidInputError, match=message):
        parse_price_table(data)

"""Fuzzing (hypothesis) of the parsers, beyond what tests/core/test_parsing.py does.

tests/core/test_parsing.py fuzzes ``parse_usage``, ``parse_profile``,
``parse_token_response`` and ``parse_claude_credentials`` on arbitrary JSON, and checks that
valid windows, extra-usage amounts and credentials survive. This module adds the valid
``limits[]``, profile and token-response round trips, and both properties for the Admin API
report parsers (and the aggregation that sums their rows), the saved admin key, the
credentials-file reader, Claude Code's ``.claude.json`` reader and the on-disk usage
snapshots:

- on arbitrary JSON (or bytes) it returns or raises a :class:`ClaudeUsageError` subclass,
  never anything else — a ``ValueError`` from deep inside would take a poll down;
- a valid payload loses nothing it understands: every count, amount and name comes out.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.admin import reports
from core.admin.fetcher import admin_key_from_credentials, validate_admin_key_format
from core.admin.pricing import TokenCounts, default_price_table
from core.credentials import FileCredentialSource, read_claude_account_info
from core.errors import ClaudeUsageError, CredentialsError, InvalidInputError
from core.models import Limit, OAuthUsage, UsageWindow
from core.usage.parsing import (
    MAX_TOKEN_LIFETIME,
    parse_claude_credentials,
    parse_profile,
    parse_token_response,
    parse_usage,
)
from core.usage.snapshots import SnapshotCache
from tests.app_paths import claude_env

FUZZ = settings(max_examples=200, deadline=None)
SOME = settings(max_examples=100, deadline=None)

# -- arbitrary JSON, with the awkward values parsers trip over ------------------------------

awkward_strings = st.sampled_from(
    ["", " ", "²", "٣", "1e999999", "-1e999999", "NaN", "Infinity", "-5", "12.50", "1_000",
     "0x10", " 7 ", "sk-ant-admin01-x", "user_actor", "api_actor", "claude-opus-4-1"]
)  # fmt: skip
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | awkward_strings
    | st.just(10**400)  # valid JSON; float() of it overflows
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=25,
)


def obj(**fields: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """An object with any subset of ``fields`` (each well shaped or junk), or plain junk."""
    optional = {name: strategy | json_values for name, strategy in fields.items()}
    return st.fixed_dictionaries({}, optional=optional) | json_values


def many(element: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(element, max_size=4) | json_scalars | json_values


message_result = obj(
    api_key_id=json_scalars,
    model=json_scalars,
    service_tier=json_scalars,
    uncached_input_tokens=json_scalars,
    output_tokens=json_scalars,
    cache_read_input_tokens=json_scalars,
    cache_creation=obj(
        ephemeral_5m_input_tokens=json_scalars, ephemeral_1h_input_tokens=json_scalars
    ),
    server_tool_use=obj(web_search_requests=json_scalars),
)  # fmt: skip
cost_result = obj(amount=json_scalars, currency=json_scalars, model=json_scalars)
api_key = obj(id=json_scalars, name=json_scalars)
claude_code_record = obj(
    actor=obj(type=json_scalars, email_address=json_scalars, api_key_name=json_scalars),
    model_breakdown=many(
        obj(
            model=json_scalars,
            tokens=obj(input=json_scalars, output=json_scalars, cache_read=json_scalars,
                       cache_creation=json_scalars),
            estimated_cost=obj(currency=json_scalars, amount=json_scalars),
        )
    ),
)  # fmt: skip


def page_of(item: st.SearchStrategy[Any], *, buckets: bool) -> st.SearchStrategy[Any]:
    entry = obj(starting_at=json_scalars, results=many(item)) if buckets else item
    return obj(data=many(entry), has_more=json_scalars, next_page=json_scalars,
               last_id=json_scalars)  # fmt: skip


def only_library_errors(call: Callable[[], Any]) -> Any:
    """Run ``call``; a ClaudeUsageError is an accepted answer, anything else fails the test."""
    try:
        return call()
    except ClaudeUsageError:
        return None


# -- OAuth responses: valid fields survive (the rest is in test_parsing.py) ----------------

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
instants = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)
percents = st.floats(min_value=0, max_value=1000, allow_nan=False) | st.integers(0, 1000)
texts = st.text(max_size=20)


@st.composite
def valid_limits(draw: st.DrawFn) -> tuple[dict[str, Any], Limit]:
    model = draw(st.none() | st.tuples(texts, texts))
    resets_at = draw(st.none() | instants)
    payload: dict[str, Any] = {
        "kind": draw(texts),
        "group": draw(st.none() | texts),
        "percent": draw(percents),
        "severity": draw(st.none() | texts),
        "resets_at": None if resets_at is None else resets_at.isoformat(),
        "scope": None if model is None else {"model": {"id": model[0], "display_name": model[1]}},
        "is_active": draw(st.booleans()),
        "future_field": draw(json_scalars),
    }
    expected = Limit(
        kind=payload["kind"], group=payload["group"], percent=float(payload["percent"]),
        severity=payload["severity"], resets_at=resets_at, is_active=payload["is_active"],
        model_id=None if model is None else model[0],
        model_name=None if model is None else model[1],
    )  # fmt: skip
    return payload, expected


junk_limits = json_values.filter(
    lambda v: not (isinstance(v, dict) and isinstance(v.get("kind"), str))
)


@FUZZ
@given(entries=st.lists(st.tuples(valid_limits(), st.lists(junk_limits, max_size=2)), max_size=5))
def test_fuzz_valid_limits_survive_among_junk(
    entries: list[tuple[tuple[dict[str, Any], Limit], list[Any]]],
) -> None:
    payload = [item for (valid, _), junk in entries for item in (valid, *junk)]
    usage = parse_usage(json.loads(json.dumps({"limits": payload})), account_name="x",
                        fetched_at=NOW)  # fmt: skip
    assert usage.limits == tuple(expected for (_, expected), _ in entries)


@FUZZ
@given(
    account=st.fixed_dictionaries({}, optional={
        "uuid": texts, "email": texts, "display_name": texts, "full_name": texts,
        "has_claude_max": st.booleans(), "has_claude_pro": st.booleans()}),
    organization=st.fixed_dictionaries({}, optional={
        "uuid": texts, "name": texts, "rate_limit_tier": texts, "billing_type": texts}),
)  # fmt: skip
def test_fuzz_valid_profile_loses_nothing(
    account: dict[str, Any], organization: dict[str, Any]
) -> None:
    profile = parse_profile({"account": account, "organization": organization, "x": 1})
    assert profile.account_id == account.get("uuid")
    assert profile.email == account.get("email")
    assert profile.display_name == (account.get("display_name") or account.get("full_name"))
    assert profile.organization_name == organization.get("name")
    tier = organization.get("rate_limit_tier")
    if tier:
        assert profile.plan == tier
    elif account.get("has_claude_max"):
        assert profile.plan == "max"


@FUZZ
@given(
    access=st.text(min_size=1, max_size=40),
    refresh=st.none() | st.text(min_size=1, max_size=40),
    expires_in=st.none() | st.integers(0, MAX_TOKEN_LIFETIME),
    scopes=st.lists(st.from_regex(r"[a-z:]{1,12}", fullmatch=True), max_size=4),
)
def test_fuzz_valid_token_response_loses_nothing(
    access: str, refresh: str | None, expires_in: int | None, scopes: list[str]
) -> None:
    body: dict[str, Any] = {"access_token": access, "token_type": "Bearer", "account": {}}
    body |= {"refresh_token": refresh, "expires_in": expires_in}
    if scopes:
        body["scope"] = " ".join(scopes)
    grant = parse_token_response(json.loads(json.dumps(body)))
    assert (grant.access_token, grant.refresh_token, grant.expires_in) == (
        access, refresh, expires_in,
    )  # fmt: skip
    assert grant.scopes == (tuple(scopes) if scopes else None)


# -- Admin API reports: never anything but our errors ---------------------------------------

PRICES = default_price_table()


def summarise_messages(page: Any) -> None:
    rows = reports.message_rows(page)
    reports.total(rows, PRICES)
    reports.model_breakdown(rows, PRICES)
    reports.api_key_actors(rows, {"k": "named"}, PRICES)


def summarise_cost(page: Any) -> None:
    amounts = reports.cost_amounts(page)
    sum((cents for cents, _ in amounts), Decimal(0))
    for cents, _currency in amounts:
        float(cents)


def summarise_claude_code(page: Any) -> None:
    reports.user_actors(reports.claude_code_rows(page), PRICES)


@FUZZ
@given(page=page_of(message_result, buckets=True))
@example(page={"data": [{"results": True}]})
@example(page={"data": [{"results": [{"output_tokens": "²"}]}]})  # "²".isdigit() is True
def test_fuzz_messages_report_raises_only_library_errors(page: Any) -> None:
    only_library_errors(lambda: summarise_messages(page))
    only_library_errors(lambda: reports.next_page_token(page))


@FUZZ
@given(page=page_of(cost_result, buckets=True))
@example(page={"data": [{"results": 1}]})
@example(page={"data": [{"results": [{"amount": "9e999999"}, {"amount": "9e999999"}]}]})
def test_fuzz_cost_report_raises_only_library_errors(page: Any) -> None:
    only_library_errors(lambda: summarise_cost(page))


@FUZZ
@given(page=page_of(api_key, buckets=False), previous=st.none() | st.text(max_size=5))
def test_fuzz_api_key_list_raises_only_library_errors(page: Any, previous: str | None) -> None:
    only_library_errors(lambda: reports.api_key_names(page))
    only_library_errors(lambda: reports.next_after_id(page, previous))


@FUZZ
@given(page=page_of(claude_code_record, buckets=False))
@example(page={"data": [{"actor": {}, "model_breakdown": True}]})
@example(page={"data": [{"model_breakdown": [{"estimated_cost": {"amount": "9e999999"}}] * 2}]})
def test_fuzz_claude_code_report_raises_only_library_errors(page: Any) -> None:
    only_library_errors(lambda: summarise_claude_code(page))


@FUZZ
@given(value=json_values | st.text(max_size=80))
def test_fuzz_saved_admin_key_raises_only_invalid_input(value: Any) -> None:
    text = value if isinstance(value, str) else json.dumps({"adminApiKey": value})
    with contextlib.suppress(InvalidInputError):
        admin_key_from_credentials(text)
    with contextlib.suppress(InvalidInputError):
        validate_admin_key_format(value)


# -- Admin API reports: valid payloads lose nothing -----------------------------------------

counts = st.integers(min_value=0, max_value=10**12)
names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Z", "Cc")),
                min_size=1, max_size=12)  # fmt: skip
models = st.sampled_from(["claude-opus-4-1", "claude-sonnet-4-5", "claude-haiku-4-5", "future-x"])


@st.composite
def valid_message_results(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "api_key_id": draw(st.none() | names),
        "model": draw(models),
        "workspace_id": draw(st.none() | names),
        "uncached_input_tokens": draw(counts),
        "cache_read_input_tokens": draw(counts),
        "cache_creation": {"ephemeral_5m_input_tokens": draw(counts),
                           "ephemeral_1h_input_tokens": draw(counts)},
        "output_tokens": draw(counts),
        "server_tool_use": {"web_search_requests": draw(st.integers(0, 10**6))},
        "some_future_field": draw(json_scalars),
    }  # fmt: skip


def counts_of(result: dict[str, Any]) -> TokenCounts:
    cache = result["cache_creation"]
    return TokenCounts(
        uncached_input=result["uncached_input_tokens"],
        output=result["output_tokens"],
        cache_read=result["cache_read_input_tokens"],
        cache_write_5m=cache["ephemeral_5m_input_tokens"],
        cache_write_1h=cache["ephemeral_1h_input_tokens"],
        web_search_requests=result["server_tool_use"]["web_search_requests"],
    )


@FUZZ
@given(buckets=st.lists(st.lists(valid_message_results(), max_size=4), max_size=4))
def test_fuzz_valid_messages_report_keeps_every_row_and_total(
    buckets: list[list[dict[str, Any]]],
) -> None:
    page = {"data": [{"starting_at": "2026-11-01T00:00:00Z", "results": b} for b in buckets],
            "has_more": False, "next_page": None}  # fmt: skip
    results = [result for bucket in buckets for result in bucket]

    rows = reports.message_rows(json.loads(json.dumps(page)))

    assert [(r.api_key_id, r.model, r.counts) for r in rows] == [
        (res["api_key_id"].strip() or None if res["api_key_id"] else None, res["model"],
         counts_of(res))
        for res in results
    ]  # fmt: skip
    total = reports.total(rows, PRICES)
    expected = sum((counts_of(res) for res in results), TokenCounts())
    assert total.counts == expected
    by_model = reports.model_breakdown(rows, PRICES)
    assert sum(m.input_tokens for m in by_model) == expected.input_total
    assert sum(m.output_tokens for m in by_model) == expected.output
    by_key = reports.api_key_actors(rows, {}, PRICES)
    assert sum(a.input_tokens for a in by_key) == expected.input_total
    assert sum(a.cache_read_tokens for a in by_key) == expected.cache_read


amounts = st.decimals(min_value=-(10**9), max_value=10**12, places=4, allow_nan=False)
costs = amounts.filter(lambda d: d >= 0)


@FUZZ
@given(items=st.lists(st.tuples(amounts, st.sampled_from(["USD", "EUR"])), max_size=8),
       as_number=st.booleans())  # fmt: skip
def test_fuzz_valid_cost_amounts_are_exact(
    items: list[tuple[Decimal, str]], as_number: bool
) -> None:
    results = [{"amount": float(a) if as_number else str(a), "currency": c, "cost_type": "tokens"}
               for a, c in items]  # fmt: skip
    found = reports.cost_amounts({"data": [{"results": results}]})
    expected = [(Decimal(str(float(a))) if as_number else a, c) for a, c in items]
    assert found == expected


@FUZZ
@given(keys=st.dictionaries(names, names, max_size=6))
def test_fuzz_valid_api_key_names_are_all_kept(keys: dict[str, str]) -> None:
    page = {"data": [{"id": k, "name": v, "status": "active"} for k, v in keys.items()]}
    found = reports.api_key_names(page)
    expected: dict[str, str] = {}
    for key_id, name in keys.items():
        if key_id.strip() and name.strip():
            expected[key_id.strip()] = name.strip()
    assert found == expected


@FUZZ
@given(
    people=st.lists(
        st.tuples(st.emails(), models, counts, counts, st.none() | costs),
        max_size=6,
    )
)  # fmt: skip
def test_fuzz_valid_claude_code_report_keeps_every_user(
    people: list[tuple[str, str, int, int, Decimal | None]],
) -> None:
    page = {"data": [
        {"actor": {"type": "user_actor", "email_address": email},
         "model_breakdown": [{"model": model, "tokens": {"input": i, "output": o},
                              **({"estimated_cost": {"currency": "USD", "amount": str(cost)}}
                                 if cost is not None else {})}]}
        for email, model, i, o, cost in people
    ]}  # fmt: skip
    rows = reports.claude_code_rows(page)
    assert [(r.actor, r.model, r.counts.uncached_input, r.counts.output, r.cost_cents)
            for r in rows] == people  # fmt: skip
    actors = reports.user_actors(rows, PRICES)
    assert {a.actor_name for a in actors} == {email for email, *_ in people}
    assert sum(a.output_tokens for a in actors) == sum(o for *_, o, _ in people)


@FUZZ
@given(tail=st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=80),
       padding=st.sampled_from(["", " ", "\n", "\t "]))  # fmt: skip
def test_fuzz_valid_admin_keys_round_trip(tail: str, padding: str) -> None:
    key = "sk-ant-admin01-" + tail
    assert admin_key_from_credentials(json.dumps({"adminApiKey": padding + key + padding})) == key


# -- the credentials-file reader ------------------------------------------------------------


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def read_credentials_file(path: Path, content: bytes) -> str | None:
    path.write_bytes(content)
    text = asyncio.run(FileCredentialSource(path).read())
    if text is not None:
        parse_claude_credentials(text)
    return text


arbitrary_files = (
    st.binary(max_size=200)
    | json_values.map(lambda v: json.dumps(v).encode())
    | json_values.map(lambda v: json.dumps({"claudeAiOauth": v}).encode())
    | st.builds(lambda v, bom: bom + json.dumps(v).encode("utf-8"), json_values,
                st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe"]))
)  # fmt: skip


@FUZZ
@given(content=arbitrary_files)
def test_fuzz_credentials_file_raises_only_library_errors(scratch: Path, content: bytes) -> None:
    with contextlib.suppress(CredentialsError, InvalidInputError):
        read_credentials_file(scratch / ".credentials.json", content)


@SOME
@given(
    access=st.text(min_size=1, max_size=60),
    refresh=st.text(min_size=1, max_size=60),
    expires_ms=st.integers(min_value=10**12, max_value=4 * 10**12),
    bom=st.booleans(),
    other=st.dictionaries(st.sampled_from(["mcpOAuth", "x", "organizationUuid"]), json_scalars),
)
def test_fuzz_valid_credentials_file_loses_nothing(
    scratch: Path, access: str, refresh: str, expires_ms: int, bom: bool, other: dict[str, Any]
) -> None:
    oauth = {"accessToken": access, "refreshToken": refresh, "expiresAt": expires_ms,
             "scopes": ["user:inference", "user:profile"], "subscriptionType": "max",
             "rateLimitTier": "default_claude_max_5x"}  # fmt: skip
    content = ("\ufeff" if bom else "") + json.dumps({**other, "claudeAiOauth": oauth})
    text = read_credentials_file(scratch / ".credentials.json", content.encode("utf-8"))
    assert text is not None
    creds = parse_claude_credentials(text)
    assert (creds.access_token, creds.refresh_token) == (access, refresh)
    assert creds.expires_at == datetime.fromtimestamp(expires_ms / 1000, UTC)
    assert creds.scopes == ("user:inference", "user:profile")
    assert creds.rate_limit_tier == "default_claude_max_5x"


@FUZZ
@given(
    content=arbitrary_files | json_values.map(lambda v: json.dumps({"oauthAccount": v}).encode())
)
def test_fuzz_claude_json_reader_never_raises(scratch: Path, content: bytes) -> None:
    (scratch / ".claude.json").write_bytes(content)
    info = read_claude_account_info(scratch, platform="linux", env=claude_env())
    assert info is None or isinstance(info, dict)


# -- the last-good snapshots on disk --------------------------------------------------------

snapshot_like = obj(
    version=st.just(1),
    account_name=st.just("Ana"),
    email=json_scalars,
    plan=json_scalars,
    account_id=json_scalars,
    fetched_at=json_scalars,
    windows=st.dictionaries(st.text(max_size=5), obj(percent=json_scalars, resets_at=json_scalars)),
    model_weekly=json_values,
    limits=many(json_values),
    extra_usage=json_values,
)


def assert_well_typed(usage: OAuthUsage) -> None:
    """What the tray relies on: float percents and aware datetimes (naive ones crash
    comparisons with ``now``), numbers or None for money."""
    windows = [*usage.windows.values(), *usage.model_weekly.values(), usage.session]
    for window in (w for w in windows if w is not None):
        assert isinstance(window.percent, float)
        assert window.resets_at is None or window.resets_at.tzinfo is not None
    assert usage.fetched_at is None or usage.fetched_at.tzinfo is not None
    extra = usage.extra_usage
    if extra is not None:
        for money in (extra.monthly_limit, extra.used_credits, extra.utilization):
            assert money is None or isinstance(money, int | float)


@FUZZ
@given(content=snapshot_like.map(json.dumps) | st.text(max_size=50))
@example(
    content=json.dumps(
        {
            "version": 1,
            "account_name": "Ana",
            "email": None,
            "plan": None,
            "account_id": None,
            "fetched_at": None,
            "windows": {"five_hour": {"percent": 10**400, "resets_at": None}},
            "model_weekly": {},
            "limits": [],
            "extra_usage": None,
        }
    )
)
def test_fuzz_damaged_snapshot_is_no_snapshot_not_a_crash(scratch: Path, content: str) -> None:
    cache = SnapshotCache(scratch / "snapshots")
    cache.folder.mkdir(exist_ok=True)
    cache._name_path("Ana").write_text(content, encoding="utf-8")  # written before ids
    loaded = cache.load("id-of-ana", "Ana")
    if loaded is not None:
        assert_well_typed(loaded)


@SOME
@given(
    percent=st.floats(min_value=0, max_value=1e6),
    when=st.none()
    | st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
    ),
)
def test_fuzz_snapshot_round_trip_keeps_the_values(
    scratch: Path, percent: float, when: datetime | None
) -> None:
    window = UsageWindow(percent=percent, resets_at=when)
    usage = OAuthUsage(account_name="Ana", session=window, windows={"five_hour": window},
                       fetched_at=datetime(2026, 11, 24, tzinfo=UTC))  # fmt: skip
    cache = SnapshotCache(scratch / "round-trip")
    cache.save("id-of-ana", usage)
    loaded = cache.load("id-of-ana")
    assert loaded is not None
    assert loaded.session == window
    assert loaded.windows == {"five_hour": window}

"""core.usage.parsing: recorded responses, every edge case, and fuzzing on arbitrary JSON."""

from __future__ import annotations

import contextlib
import json
import math
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import ClaudeUsageError, InvalidInputError, ResponseFormatError
from core.models import UsageWindow
from core.usage.parsing import (
    ClaudeCredentials,
    TokenGrant,
    parse_claude_credentials,
    parse_datetime,
    parse_profile,
    parse_token_response,
    parse_usage,
    rotated_credentials_json,
    rotated_refresh_token,
    salvaged_credentials_json,
)
from tests.conftest import TEST_DATA

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


def load(name: str) -> Any:
    return json.loads((TEST_DATA / name).read_text(encoding="utf-8"))


def usage(data: Any) -> Any:
    return parse_usage(data, account_name="Work", fetched_at=NOW)


# -- usage: recorded shapes ----------------------------------------------------------------


def test_full_response_maps_named_windows_as_percent_0_to_100() -> None:
    result = usage(load("usage_full.json"))
    assert result.account_name == "Work"
    assert result.fetched_at == NOW
    assert result.session == UsageWindow(
        percent=37.0, resets_at=datetime(2026, 11, 24, 18, 0, 0, 481234, tzinfo=UTC)
    )
    assert result.weekly is not None
    assert result.weekly.percent == 64.0
    assert result.opus is not None
    assert result.opus.percent == 8.0
    assert result.sonnet is not None
    assert result.sonnet.percent == 12.0
    assert result.oauth_apps is None
    assert result.cowork is None
    assert result.iguana_necktie is None


def test_unknown_window_keys_are_kept_and_null_ones_dropped() -> None:
    result = usage(load("usage_full.json"))
    assert result.windows["seven_day_omelette"].percent == 3.0
    assert "tangelo" not in result.windows  # null
    assert "extra_usage" not in result.windows  # not a window
    assert set(result.windows) == {
        "five_hour",
        "seven_day",
        "seven_day_opus",
        "seven_day_sonnet",
        "seven_day_omelette",
    }


def test_limits_parsed_with_model_scope() -> None:
    limits = usage(load("usage_full.json")).limits
    assert [limit.kind for limit in limits] == ["session", "weekly_all", "weekly_scoped"]
    scoped = limits[2]
    assert (scoped.model_id, scoped.model_name, scoped.percent) == (
        "claude-sonnet-4-5",
        "Sonnet",
        12.0,
    )
    assert limits[1].severity == "warning"
    assert limits[0].model_name is None
    assert all(limit.is_active for limit in limits)


def test_model_weekly_merges_top_level_model_windows_and_scoped_limits() -> None:
    data = load("usage_full.json")
    data["limits"].append(
        {
            "kind": "weekly_scoped",
            "group": "weekly",
            "percent": 55,
            "resets_at": None,
            "scope": {"model": {"id": "claude-haiku-9", "display_name": None}},
        }
    )
    weekly = usage(data).model_weekly
    assert weekly["Opus"].percent == 8.0
    assert weekly["Sonnet"].percent == 12.0
    assert weekly["claude-haiku-9"] == UsageWindow(percent=55.0, resets_at=None)


def test_extra_usage_minor_units_become_major_units() -> None:
    extra = usage(load("usage_full.json")).extra_usage
    assert extra is not None
    assert extra.is_enabled is True
    assert extra.monthly_limit == 400.0
    assert extra.used_credits == pytest.approx(279.92)
    assert extra.utilization == pytest.approx(69.98)
    assert extra.currency == "USD"


def test_extra_usage_honours_decimal_places() -> None:
    data = {"extra_usage": {"is_enabled": True, "monthly_limit": 5000, "decimal_places": 0}}
    extra = usage(data).extra_usage
    assert extra is not None
    assert extra.monthly_limit == 5000.0
    data = {"extra_usage": {"is_enabled": True, "used_credits": 12345, "decimal_places": 3}}
    extra = usage(data).extra_usage
    assert extra is not None
    assert extra.used_credits == pytest.approx(12.345)


def test_credit_only_account_with_null_windows_and_uncapped_limit() -> None:
    result = usage(load("usage_credit_only.json"))
    assert result.session is None
    assert result.weekly is None
    assert result.windows == {}
    assert result.extra_usage is not None
    assert result.extra_usage.monthly_limit is None  # uncapped
    assert result.extra_usage.used_credits == 12.5
    assert result.extra_usage.currency == "EUR"
    assert result.extra_usage.utilization is None


def test_window_with_null_resets_at_has_not_started() -> None:
    result = usage(load("usage_minimal.json"))
    assert result.session == UsageWindow(percent=0.0, resets_at=None)
    assert result.session is not None
    assert not result.session.started
    assert result.limits == ()
    assert result.extra_usage is None


def test_percent_over_100_is_kept_as_given() -> None:
    result = usage({"five_hour": {"utilization": 104.5, "resets_at": None}})
    assert result.session is not None
    assert result.session.percent == 104.5


def test_empty_object_is_a_snapshot_with_nothing_in_it() -> None:
    result = usage({})
    assert result.windows == {}
    assert result.session is None
    assert result.has_data


# -- usage: garbage ------------------------------------------------------------------------


@pytest.mark.parametrize("data", [None, [], "text", 42, 1.5, True])
def test_non_object_top_level_is_rejected(data: Any) -> None:
    with pytest.raises(ResponseFormatError, match="not a JSON object"):
        usage(data)


@pytest.mark.parametrize(
    ("window", "message"),
    [
        ("nope", "five_hour is not an object"),
        ({"utilization": "37", "resets_at": None}, "five_hour.utilization is not a number"),
        ({"utilization": True, "resets_at": None}, "not a number"),
        ({"utilization": math.nan, "resets_at": None}, "not a number"),
        ({"utilization": math.inf, "resets_at": None}, "not a number"),
        ({"utilization": 2e6, "resets_at": None}, "out of range"),
        ({"utilization": -1, "resets_at": None}, "out of range"),
        ({"utilization": 10**400, "resets_at": None}, "not a number"),
        ({"utilization": 5, "resets_at": "tomorrow"}, "five_hour.resets_at is not an ISO"),
        ({"utilization": 5, "resets_at": 1764000000}, "not a timestamp"),
    ],
)
def test_malformed_named_window_rejects_the_response(window: Any, message: str) -> None:
    with pytest.raises(ResponseFormatError, match=message):
        usage({"five_hour": window})


def test_malformed_unknown_window_is_skipped_not_fatal() -> None:
    data = {
        "seven_day": {"utilization": 5, "resets_at": None},
        "nimbus_quill": {"utilization": "lots", "resets_at": None},
    }
    result = usage(data)
    assert "nimbus_quill" not in result.windows
    assert result.weekly is not None
    assert result.weekly.percent == 5


def test_malformed_limits_entries_are_skipped() -> None:
    good = {"kind": "session", "percent": 10, "resets_at": None}
    data = {"limits": [good, "junk", {"kind": 3}, {"kind": "x", "percent": "no"}, None]}
    assert [limit.kind for limit in usage(data).limits] == ["session"]


def test_limits_that_is_not_a_list_is_rejected() -> None:
    with pytest.raises(ResponseFormatError, match="limits is not a list"):
        usage({"limits": {"kind": "session"}})


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("yes", "extra_usage is not an object"),
        ({"is_enabled": "true"}, "is_enabled is not a boolean"),
        ({"is_enabled": True, "monthly_limit": "400"}, "monthly_limit is not a number"),
        ({"is_enabled": True, "decimal_places": 2.5}, "decimal_places is not an integer"),
        ({"is_enabled": True, "decimal_places": 40}, "decimal_places is out of range"),
        ({"is_enabled": True, "currency": 840}, "extra_usage.currency is not a string"),
    ],
)
def test_malformed_extra_usage_rejects_the_response(extra: Any, message: str) -> None:
    with pytest.raises(ResponseFormatError, match=message):
        usage({"extra_usage": extra})


# -- timestamps ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-24T18:00:00.481234+00:00", datetime(2026, 11, 24, 18, 0, 0, 481234, UTC)),
        ("2026-11-24T18:00:00Z", datetime(2026, 11, 24, 18, 0, tzinfo=UTC)),
        ("2026-11-24T20:00:00+02:00", datetime(2026, 11, 24, 18, 0, tzinfo=UTC)),
        ("2026-11-24T13:30:00-04:30", datetime(2026, 11, 24, 18, 0, tzinfo=UTC)),
        ("2026-11-24T18:00:00", datetime(2026, 11, 24, 18, 0, tzinfo=UTC)),  # naive = UTC
    ],
)
def test_timestamps_become_aware_utc(text: str, expected: datetime) -> None:
    parsed = parse_datetime(text)
    assert parsed == expected
    assert parsed is not None
    assert parsed.tzinfo == UTC


def test_timestamp_at_the_edge_of_the_calendar_is_rejected_not_crashing() -> None:
    with pytest.raises(ResponseFormatError, match="out of range"):
        parse_datetime("0001-01-01T00:00:00+05:00")


# -- profile -------------------------------------------------------------------------------


def test_profile_from_recorded_response() -> None:
    profile = parse_profile(load("profile.json"))
    assert profile.account_id == "5f0c8a3e-2b7d-4e41-9a55-0c3d1e2f4a6b"
    assert profile.email == "dev@example.com"
    assert profile.display_name == "Dev"
    assert profile.plan == "default_claude_max_5x"
    assert profile.organization_name == "Example Org"


@pytest.mark.parametrize(
    ("account", "plan"),
    [
        ({"has_claude_max": True, "has_claude_pro": False}, "max"),
        ({"has_claude_max": False, "has_claude_pro": True}, "pro"),
        ({}, None),
    ],
)
def test_profile_plan_falls_back_to_account_flags(account: Any, plan: str | None) -> None:
    assert parse_profile({"account": account, "organization": None}).plan == plan


def test_profile_with_missing_parts_is_all_none() -> None:
    profile = parse_profile({})
    assert profile.account_id is None
    assert profile.email is None
    assert profile.plan is None


@pytest.mark.parametrize(
    "data", [[], "x", {"account": "x"}, {"account": {"email": 5}}, {"organization": []}]
)
def test_profile_garbage_is_rejected(data: Any) -> None:
    with pytest.raises(ResponseFormatError):
        parse_profile(data)


# -- token responses -----------------------------------------------------------------------


def test_token_response_from_recorded_response() -> None:
    grant = parse_token_response(load("token_response.json"))
    assert grant.access_token == "sk-ant-oat01-NEWNEWNEWNEW-0001"
    assert grant.refresh_token == "sk-ant-ort01-NEWNEWNEWNEW-0002"
    assert grant.expires_in == 28800
    assert grant.scopes == ("user:inference", "user:profile")
    assert "NEWNEW" not in repr(grant)


def test_token_response_without_refresh_token_or_lifetime() -> None:
    grant = parse_token_response({"access_token": "sk-ant-oat01-x"})
    assert grant == TokenGrant(access_token="sk-ant-oat01-x")


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {},
        {"access_token": ""},
        {"access_token": 5},
    ],
)
def test_token_response_garbage_is_rejected(data: Any) -> None:
    with pytest.raises(ResponseFormatError):
        parse_token_response(data)


@pytest.mark.faults
@pytest.mark.parametrize(
    ("quirks", "expires_in", "scopes"),
    [
        ({"expires_in": "28800"}, 28800, None),
        ({"expires_in": " 3600.0 "}, 3600, None),
        ({"expires_in": "soon"}, None, None),
        ({"expires_in": -5}, None, None),
        ({"expires_in": True}, None, None),
        ({"expires_in": 10**12}, None, None),
        ({"expires_in": {"s": 1}}, None, None),
        ({"scope": ["user:inference", "user:profile"]}, None, ("user:inference", "user:profile")),
        ({"scope": "user:profile  user:inference"}, None, ("user:profile", "user:inference")),
        ({"scope": [1, 2]}, None, None),
        ({"scope": {"a": 1}}, None, None),
        ({"scope": ""}, None, None),
    ],
)
def test_token_response_quirks_never_cost_the_rotated_pair(
    quirks: dict[str, Any], expires_in: int | None, scopes: tuple[str, ...] | None
) -> None:
    data = {"access_token": "sk-ant-oat01-new", "refresh_token": "sk-ant-ort01-new", **quirks}
    grant = parse_token_response(data)
    assert (grant.access_token, grant.refresh_token) == ("sk-ant-oat01-new", "sk-ant-ort01-new")
    assert (grant.expires_in, grant.scopes) == (expires_in, scopes)


@pytest.mark.faults
@pytest.mark.parametrize("refresh", [5, {"t": "x"}, ["sk-ant-ort01-x"]])
def test_token_response_with_a_junk_refresh_token_keeps_the_old_one(refresh: object) -> None:
    grant = parse_token_response({"access_token": "sk-ant-oat01-new", "refresh_token": refresh})
    assert grant == TokenGrant(access_token="sk-ant-oat01-new")  # rotation keeps the old one


@pytest.mark.faults
@pytest.mark.parametrize(
    ("data", "salvaged"),
    [
        ({"refresh_token": "sk-ant-ort01-new", "access_token": 5}, "sk-ant-ort01-new"),
        ({"refresh_token": "sk-ant-ort01-new"}, "sk-ant-ort01-new"),
        ({"refresh_token": ""}, None),
        ({"refresh_token": 5}, None),
        ([], None),
        (None, None),
    ],
)
def test_the_rotated_refresh_token_is_read_on_its_own(data: Any, salvaged: str | None) -> None:
    assert rotated_refresh_token(data) == salvaged


def test_salvaged_credentials_keep_the_new_refresh_token_and_expire_the_access_token() -> None:
    creds = _creds()
    salvaged = json.loads(salvaged_credentials_json(creds, "sk-ant-ort01-new", NOW))
    oauth = salvaged["claudeAiOauth"]
    assert oauth["refreshToken"] == "sk-ant-ort01-new"
    assert oauth["accessToken"] == creds.access_token
    assert parse_claude_credentials(json.dumps(salvaged)).expires_within(timedelta(0), NOW)


# -- Claude Code credentials ---------------------------------------------------------------


def test_claude_credentials_from_recorded_file() -> None:
    creds = parse_claude_credentials((TEST_DATA / "claude_code_credentials.json").read_text())
    assert creds.access_token.startswith("sk-ant-oat01-EXAMPLE")
    assert creds.refresh_token is not None
    assert creds.refresh_token.startswith("sk-ant-ort01-")
    assert creds.expires_at == datetime.fromtimestamp(1795000000, UTC)
    assert creds.scopes == ("user:inference", "user:profile", "user:sessions:claude_code")
    assert creds.subscription_type == "max"
    assert creds.rate_limit_tier == "default_claude_max_5x"
    assert creds.raw["mcpOAuth"] == {}


def test_claude_credentials_repr_hides_tokens() -> None:
    creds = parse_claude_credentials((TEST_DATA / "claude_code_credentials.json").read_text())
    text = repr(creds) + str(creds)
    assert "EXAMPLE" not in text
    assert "sk-ant" not in text
    assert "default_claude_max_5x" in text


def test_minimal_credentials_only_need_an_access_token() -> None:
    creds = parse_claude_credentials('{"claudeAiOauth": {"accessToken": "sk-ant-oat01-a"}}')
    assert creds.refresh_token is None
    assert creds.expires_at is None
    assert creds.scopes == ()
    assert not creds.expires_within(timedelta(hours=1), NOW)  # unknown expiry: use it


def test_expires_at_in_seconds_is_tolerated() -> None:
    text = json.dumps({"claudeAiOauth": {"accessToken": "a", "expiresAt": 1795000000}})
    assert parse_claude_credentials(text).expires_at == datetime.fromtimestamp(1795000000, UTC)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not JSON"),
        ("{not json", "not JSON"),
        ("[" * 100_000, "not JSON"),
        ("[]", "not an object"),
        ("{}", "no claudeAiOauth"),
        ('{"claudeAiOauth": "x"}', "no claudeAiOauth"),
        ('{"claudeAiOauth": {}}', "no claudeAiOauth.accessToken"),
        ('{"claudeAiOauth": {"accessToken": ""}}', "no claudeAiOauth.accessToken"),
        ('{"claudeAiOauth": {"accessToken": 5}}', "accessToken is not a string"),
        ('{"claudeAiOauth": {"accessToken": "a", "expiresAt": "soon"}}', "expiresAt"),
        ('{"claudeAiOauth": {"accessToken": "a", "expiresAt": 1e300}}', "expiresAt"),
        ('{"claudeAiOauth": {"accessToken": "a", "expiresAt": true}}', "expiresAt"),
        ('{"claudeAiOauth": {"accessToken": "a", "scopes": "user:profile"}}', "scopes"),
    ],
)
def test_bad_credentials_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        parse_claude_credentials(text)


def test_bad_credentials_message_never_echoes_the_input() -> None:
    secret = "sk-ant-oat01-SECRETSECRETSECRET"
    with pytest.raises(InvalidInputError) as caught:
        parse_claude_credentials('{"claudeAiOauth": {"accessToken": "' + secret + '"')
    assert "SECRET" not in str(caught.value)


# -- rotation ------------------------------------------------------------------------------


def _creds() -> ClaudeCredentials:
    return parse_claude_credentials((TEST_DATA / "claude_code_credentials.json").read_text())


def test_rotated_credentials_replace_the_pair_and_keep_everything_else() -> None:
    grant = TokenGrant(
        access_token="sk-ant-oat01-NEW", refresh_token="sk-ant-ort01-NEW", expires_in=28800
    )
    rotated = json.loads(rotated_credentials_json(_creds(), grant, NOW))
    oauth = rotated["claudeAiOauth"]
    assert oauth["accessToken"] == "sk-ant-oat01-NEW"
    assert oauth["refreshToken"] == "sk-ant-ort01-NEW"
    assert oauth["expiresAt"] == int((NOW + timedelta(hours=8)).timestamp() * 1000)
    assert oauth["subscriptionType"] == "max"
    assert oauth["rateLimitTier"] == "default_claude_max_5x"
    assert oauth["scopes"] == ["user:inference", "user:profile", "user:sessions:claude_code"]
    assert rotated["mcpOAuth"] == {}


def test_rotation_without_refresh_token_keeps_the_old_one() -> None:
    creds = _creds()
    rotated = rotated_credentials_json(creds, TokenGrant(access_token="n", expires_in=60), NOW)
    again = parse_claude_credentials(rotated)
    assert again.refresh_token == creds.refresh_token
    assert again.access_token == "n"
    assert again.expires_at == NOW + timedelta(seconds=60)


def test_rotation_without_lifetime_assumes_a_short_one() -> None:
    rotated = parse_claude_credentials(
        rotated_credentials_json(_creds(), TokenGrant(access_token="n"), NOW)
    )
    assert rotated.expires_at == NOW + timedelta(hours=1)


def test_rotation_does_not_mutate_the_original() -> None:
    creds = _creds()
    before = json.dumps(creds.raw)
    rotated_credentials_json(creds, TokenGrant(access_token="n", refresh_token="r"), NOW)
    assert json.dumps(creds.raw) == before


# -- fuzzing -------------------------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=15), children, max_size=6)
    ),
    max_leaves=30,
)
known_keys = st.sampled_from(
    [
        "five_hour",
        "seven_day",
        "seven_day_opus",
        "extra_usage",
        "limits",
        "utilization",
        "resets_at",
        "account",
        "organization",
        "claudeAiOauth",
        "accessToken",
        "expiresAt",
        "access_token",
        "expires_in",
    ]
)
# Dictionaries that use the keys the parsers look for, so fuzzing reaches the deep code.
shaped_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(known_keys | st.text(max_size=8), children, max_size=6)
    ),
    max_leaves=30,
)


def _only_our_errors(call: Any, data: Any) -> None:
    with contextlib.suppress(ClaudeUsageError):
        call(data)


PARSERS = [
    lambda d: parse_usage(d, account_name="x", fetched_at=NOW),
    parse_profile,
    parse_token_response,
    lambda d: parse_claude_credentials(json.dumps(d)),
]


@settings(max_examples=300, deadline=None)
@given(data=json_values | shaped_values, which=st.integers(min_value=0, max_value=3))
def test_fuzz_parsers_raise_only_library_errors(data: Any, which: int) -> None:
    _only_our_errors(PARSERS[which], data)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200))
def test_fuzz_credentials_text_raises_only_invalid_input(text: str) -> None:
    with contextlib.suppress(InvalidInputError):
        parse_claude_credentials(text)


percents = st.floats(min_value=0, max_value=1000, allow_nan=False)
instants = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)
offsets = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
    lambda m: timezone(timedelta(minutes=m))
)
window_keys = st.from_regex(r"[a-z][a-z_]{0,20}", fullmatch=True).filter(
    lambda k: k not in {"limits", "extra_usage"}
)


@settings(max_examples=200, deadline=None)
@given(
    windows=st.dictionaries(
        window_keys, st.tuples(percents, st.none() | instants, offsets), max_size=8
    ),
    noise=st.dictionaries(st.text(max_size=8).map(lambda k: "x_" + k), json_scalars, max_size=4),
)
def test_fuzz_valid_windows_are_never_lost(
    windows: dict[str, tuple[float, datetime | None, timezone]], noise: dict[str, Any]
) -> None:
    data: dict[str, Any] = dict(noise)
    for key, (percent, resets_at, offset) in windows.items():
        stamp = resets_at.astimezone(offset).isoformat() if resets_at else None
        data[key] = {"utilization": percent, "resets_at": stamp}
    result = usage(data)
    for key, (percent, resets_at, _) in windows.items():
        assert result.windows[key] == UsageWindow(percent=percent, resets_at=resets_at)
    assert result.session == result.windows.get("five_hour")
    assert result.weekly == result.windows.get("seven_day")


@settings(max_examples=100, deadline=None)
@given(
    minor=st.integers(min_value=0, max_value=10**12),
    places=st.integers(min_value=0, max_value=8),
    limit=st.none() | st.integers(min_value=0, max_value=10**12),
)
def test_fuzz_extra_usage_amounts_scale_by_decimal_places(
    minor: int, places: int, limit: int | None
) -> None:
    data = {
        "extra_usage": {
            "is_enabled": True,
            "used_credits": minor,
            "monthly_limit": limit,
            "decimal_places": places,
            "currency": "USD",
        }
    }
    extra = usage(data).extra_usage
    assert extra is not None
    assert extra.used_credits == pytest.approx(minor / 10**places)
    assert extra.monthly_limit == (None if limit is None else pytest.approx(limit / 10**places))


@settings(max_examples=100, deadline=None)
@given(
    access=st.text(min_size=1, max_size=40),
    refresh=st.none() | st.text(min_size=1, max_size=40),
    expires_ms=st.none() | st.integers(min_value=10**12, max_value=4 * 10**12),
    scopes=st.lists(st.text(max_size=20), max_size=4),
    extra=st.dictionaries(
        st.text(max_size=8).filter(lambda k: k != "claudeAiOauth"), json_scalars, max_size=3
    ),
)
def test_fuzz_credentials_fields_survive_parse_and_rotation(
    access: str,
    refresh: str | None,
    expires_ms: int | None,
    scopes: list[str],
    extra: dict[str, Any],
) -> None:
    oauth = {
        "accessToken": access,
        "refreshToken": refresh,
        "expiresAt": expires_ms,
        "scopes": scopes,
        "subscriptionType": "pro",
    }
    text = json.dumps({**extra, "claudeAiOauth": oauth})
    creds = parse_claude_credentials(text)
    assert (creds.access_token, creds.refresh_token, creds.scopes) == (
        access,
        refresh,
        tuple(scopes),
    )
    if expires_ms is not None:
        assert creds.expires_at == datetime.fromtimestamp(expires_ms / 1000, UTC)
    rotated = json.loads(rotated_credentials_json(creds, TokenGrant(access_token="new"), NOW))
    assert rotated["claudeAiOauth"]["refreshToken"] == refresh
    assert rotated["claudeAiOauth"]["subscriptionType"] == "pro"
    assert {k: v for k, v in rotated.items() if k != "claudeAiOauth"} == json.loads(
        json.dumps(extra)
    )

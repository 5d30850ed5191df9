"""Issue 15, items 1, 2 and 5: model limits from ``limits[]``, the binding limit, severity,
reset grants — in the model, the CLI text, the JSON and the saved snapshot.

Before: with ``seven_day_opus: null`` the Opus limit came only from ``limits[]`` and nothing
said which limit held the account back; a ``five_hour`` older than its ``limits[]`` entry
(after a rollover) was shown as is; ``severity``, ``scope.surface``,
``seven_day_overage_included`` and ``cedar_ember`` were dropped.
"""

from __future__ import annotations

import copy
import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.cli.json_output import usage_document
from core.cli.statusline import StatusInput, status_line
from core.cli.text_output import Style, format_usage
from core.history.database import usage_windows
from core.models import Limit, OAuthUsage, UsageWindow
from core.usage.binding import binding_limit, severity_by_key, severity_rank, worst_severity
from core.usage.display import binding_text, reset_grant_text
from core.usage.parsing import parse_usage
from core.usage.snapshot_view import read_snapshot_views
from core.usage.snapshots import SnapshotCache
from tests.core.test_cli import cli, save_copy
from tests.fakes.server import FakeAnthropic

DATA = Path(__file__).resolve().parents[1] / "data"
FETCHED = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
PLAIN = Style(color=False)


def sample(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((DATA / name).read_text())
    return loaded


def parsed(data: dict[str, Any]) -> OAuthUsage:
    return parse_usage(data, account_name="Work", fetched_at=FETCHED)


def moved_to_future(data: dict[str, Any], now: datetime) -> dict[str, Any]:
    """The sample with every reset the same distance after ``now`` as after FETCHED."""
    shifted = copy.deepcopy(data)
    delta = now - FETCHED

    def move(item: Any) -> None:
        if isinstance(item, dict):
            for key, value in item.items():
                if key == "resets_at" and isinstance(value, str):
                    item[key] = (datetime.fromisoformat(value) + delta).isoformat()
                else:
                    move(value)
        elif isinstance(item, list):
            for value in item:
                move(value)

    move(shifted)
    return shifted


# -- parsing -------------------------------------------------------------------------------


def test_opus_null_but_in_limits_is_the_opus_limit() -> None:
    usage = parsed(sample("usage_model_limits.json"))
    assert usage.opus is None  # the top-level key was null: never a 0 % bar
    assert usage.model_weekly["Opus"].percent == 93
    windows = usage_windows(usage)
    assert windows["model_weekly:Opus"].percent == 93
    assert "seven_day_opus" not in windows


def test_binding_limit_is_the_active_one_with_the_worst_severity() -> None:
    usage = parsed(sample("usage_model_limits.json"))
    binding = binding_limit(usage)
    assert binding is not None
    assert (binding.key, binding.scope, binding.model) == ("model_weekly:Opus", "weekly", "Opus")
    assert binding.percent == 93
    assert binding.severity == "warning"
    assert not binding.is_session


def test_an_inactive_limit_never_binds_even_when_fullest() -> None:
    data = sample("usage_model_limits.json")
    data["limits"][3]["percent"] = 99  # Sonnet, is_active false
    binding = binding_limit(parsed(data))
    assert binding is not None
    assert binding.model == "Opus"


def test_a_server_warning_outranks_a_higher_normal_percent() -> None:
    data = sample("usage_model_limits.json")
    data["limits"][0]["percent"] = 97  # the session, "normal"
    binding = binding_limit(parsed(data))
    assert binding is not None
    assert binding.model == "Opus"
    data["limits"][0]["severity"] = "critical"
    binding = binding_limit(parsed(data))
    assert binding is not None
    assert binding.is_session


def test_without_limits_the_fullest_window_binds() -> None:
    usage = OAuthUsage(
        account_name="Old",
        session=UsageWindow(percent=20, resets_at=None),
        weekly=UsageWindow(percent=81, resets_at=FETCHED),
        model_weekly={"Opus": UsageWindow(percent=40, resets_at=FETCHED)},
    )
    binding = binding_limit(usage)
    assert binding is not None
    assert (binding.key, binding.percent) == ("seven_day", 81)
    assert binding_limit(OAuthUsage(account_name="Empty")) is None


@pytest.mark.parametrize(
    ("severity", "rank"),
    [(None, 0), ("normal", 0), ("OK", 0), ("warning", 1), ("critical", 2), ("exceeded", 2)],
)
def test_severity_rank(severity: str | None, rank: int) -> None:
    assert severity_rank(severity) == rank


def test_severity_is_known_per_window_key() -> None:
    usage = parsed(sample("usage_model_limits.json"))
    assert severity_by_key(usage) == {"five_hour": 0, "seven_day": 0, "model_weekly:Opus": 1}
    assert worst_severity(usage) == 1


def test_after_a_rollover_the_fresher_limits_entry_wins() -> None:
    usage = parsed(sample("usage_rollover.json"))
    assert usage.session is not None
    assert usage.session.percent == 2  # not the 97 % of the window that already reset
    assert usage.session.resets_at == datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
    assert usage.windows["five_hour"] == usage.session


def test_a_fresher_top_level_window_wins_over_a_stale_entry() -> None:
    data = sample("usage_rollover.json")
    data["five_hour"] = {"utilization": 5.0, "resets_at": "2026-11-24T23:00:00+00:00"}
    usage = parsed(data)
    assert usage.session is not None
    assert usage.session.percent == 5


def test_surface_overage_and_the_reset_grant_are_kept() -> None:
    usage = parsed(sample("usage_model_limits.json"))
    sonnet = next(limit for limit in usage.limits if limit.model_name == "Sonnet")
    assert sonnet.surface == "claude_code"
    assert usage.overage_included is True
    assert usage.reset_grant is not None
    assert usage.reset_grant.available == 1
    assert usage.reset_grant.targets == ("Weekly Opus",)
    assert usage.reset_grant.raw["resets"][0]["kind"] == "weekly_scoped"
    assert reset_grant_text(usage.reset_grant) == "1 limit reset available (Weekly Opus)"


def test_a_surface_limit_is_not_the_account_wide_window() -> None:
    data = sample("usage_model_limits.json")
    data["limits"].append(
        {
            "kind": "session",
            "group": "session",
            "percent": 99,
            "severity": "normal",
            "resets_at": "2026-11-24T23:00:00+00:00",
            "scope": {"surface": "cowork"},
            "is_active": True,
        }
    )
    usage = parsed(data)
    assert usage.session is not None
    assert usage.session.percent == 41


@pytest.mark.parametrize(
    "grant",
    [
        "yes",
        {"available": "many", "resets": "x"},
        {"available": -3, "ineligible_reason": 7},
        {"resets": [1, {"kind": 5}, {"kind": "session", "scope": "bad"}]},
    ],
)
def test_a_malformed_reset_grant_never_breaks_the_usage(grant: Any) -> None:
    data = sample("usage_model_limits.json") | {"cedar_ember": grant}
    usage = parsed(data)
    assert usage.model_weekly["Opus"].percent == 93
    if usage.reset_grant is not None:
        assert usage.reset_grant.available >= 0
        assert usage.reset_grant.ineligible_reason is None


def test_an_ineligible_grant_offers_nothing() -> None:
    data = sample("usage_model_limits.json")
    data["cedar_ember"] = {"available": 0, "ineligible_reason": "surface"}
    grant = parsed(data).reset_grant
    assert grant is not None
    assert grant.ineligible_reason == "surface"
    assert reset_grant_text(grant) is None


# -- text, JSON, snapshot --------------------------------------------------------------------


def test_binding_text_names_the_limit_and_its_reset() -> None:
    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    binding = binding_limit(parsed(sample("usage_model_limits.json")))
    assert binding is not None
    text = binding_text(binding, now)
    local = binding.resets_at.astimezone() if binding.resets_at else None
    assert local is not None
    assert text == f"weekly Opus limit 93 %, resets {local:%a %H:%M}"


def test_cli_text_shows_the_opus_limit_and_names_the_binding_one() -> None:
    text = format_usage([parsed(sample("usage_model_limits.json"))], FETCHED, PLAIN)
    assert "Weekly Opus" in text
    assert "93%" in text
    assert "Binding  weekly Opus limit 93 %" in text
    assert "1 limit reset available (Weekly Opus)" in text
    assert "Sonnet" not in text.split("Binding")[0].split("Weekly Opus")[0]


def test_severity_warning_colours_the_bar_at_least_yellow() -> None:
    data = sample("usage_model_limits.json")
    data["limits"][2]["percent"] = 30  # Opus: green by percent, "warning" by the server
    text = format_usage([parsed(data)], FETCHED, Style(color=True))
    opus_line = next(line for line in text.splitlines() if "Weekly Opus" in line)
    assert "\x1b[33m" in opus_line  # yellow, not green
    assert "\x1b[32m" not in opus_line


def test_json_has_the_new_keys_and_keeps_the_old_ones() -> None:
    document = usage_document([parsed(sample("usage_model_limits.json"))], FETCHED)
    assert document["schema_version"] == 1
    (account,) = document["accounts"]
    assert account["windows"]["model_weekly:Opus"]["percent"] == 93
    assert account["binding"] == {
        "key": "model_weekly:Opus",
        "label": "Weekly Opus",
        "scope": "weekly",
        "model": "Opus",
        "percent": 93,
        "resets_at": "2026-11-25T09:00:00+00:00",
        "severity": "warning",
    }
    assert [limit["severity"] for limit in account["limits"]] == [
        "normal",
        "normal",
        "warning",
        "normal",
    ]
    assert account["limits"][3]["surface"] == "claude_code"
    assert account["limits"][3]["is_active"] is False
    assert account["overage_included"] is True
    assert account["reset_grant"]["targets"] == ["Weekly Opus"]
    assert account["sign_in_expires_at"] is None
    assert account["blocked_by"] is None
    for old in ("session", "weekly", "windows", "forecasts", "extra_usage", "status"):
        assert old in account


def test_snapshot_round_trip_keeps_the_new_data(tmp_path: Path) -> None:
    usage = parsed(sample("usage_model_limits.json"))
    cache = SnapshotCache(tmp_path)
    cache.save("id-1", usage)
    loaded = cache.load("id-1")
    assert loaded is not None
    assert loaded.limits == usage.limits
    assert loaded.overage_included is True
    assert loaded.reset_grant == usage.reset_grant
    assert binding_limit(loaded) == binding_limit(usage)


def test_limit_defaults_keep_older_snapshots_readable() -> None:
    limit = Limit(
        kind="session", group=None, percent=1, severity=None, resets_at=None, is_active=True
    )
    assert limit.surface is None


# -- over real sockets: the CLI against the fake server ------------------------------------------


def test_cli_and_json_show_the_opus_limit_from_the_fake(fake_server: FakeAnthropic) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    payload = moved_to_future(sample("usage_model_limits.json"), now + timedelta(minutes=5))
    account = fake_server.add_account(usage=payload)
    save_copy(fake_server, "Work", account)

    text = cli(fake_server, "usage", "Work")
    assert text.returncode == 0, text.stderr
    assert "Weekly Opus" in text.stdout
    assert "93%" in text.stdout
    assert "Binding  weekly Opus limit 93 %, resets" in text.stdout

    document = json.loads(cli(fake_server, "usage", "Work", "--json").stdout)
    (entry,) = document["accounts"]
    assert entry["binding"]["model"] == "Opus"
    assert entry["windows"]["model_weekly:Opus"]["percent"] == 93


# -- the status line: the server's binding limit, not just the fullest ----------------------------


def test_status_line_marks_and_names_the_servers_binding_limit(tmp_path: Path) -> None:
    """Before: the fullest limit (the 60 % session) got the "!"; the server says Opus binds."""
    data = sample("usage_model_limits.json")
    data["limits"][0]["percent"] = 60
    data["five_hour"]["utilization"] = 60.0
    data["limits"][2]["percent"] = 35  # Opus: lower, but the server's "warning"
    SnapshotCache(tmp_path).save("id-1", parsed(data))
    views = read_snapshot_views(tmp_path)
    line = status_line(views, None, StatusInput(), FETCHED)
    assert "Opus 35%!" in line
    assert "60%!" not in line
    fields = status_line(
        views, None, StatusInput(), FETCHED, template="{binding} {binding_percent}"
    )
    assert fields == "Opus 35"


def test_status_line_without_limits_still_marks_the_fullest(tmp_path: Path) -> None:
    data = sample("usage_model_limits.json")
    del data["limits"]
    data["five_hour"]["utilization"] = 75.0
    SnapshotCache(tmp_path).save("id-1", parsed(data))
    line = status_line(read_snapshot_views(tmp_path), None, StatusInput(), FETCHED)
    assert "75%! 5h" in line


# -- hostile limits[] ----------------------------------------------------------------------------

_json_leaf = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
_json = st.recursive(
    _json_leaf,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_limit_entry = st.fixed_dictionaries(
    {},
    optional={
        "kind": st.sampled_from(["session", "weekly_all", "weekly_scoped", "x"]) | _json,
        "group": _json,
        "percent": st.floats(allow_nan=True) | st.integers() | _json,
        "severity": st.sampled_from(["normal", "warning", "critical"]) | _json,
        "resets_at": st.sampled_from(["2026-11-25T09:00:00+00:00", "junk"]) | _json,
        "scope": _json | st.fixed_dictionaries({"model": _json, "surface": _json}),
        "is_active": _json,
    },
)


@pytest.mark.faults
@settings(max_examples=int(os.environ.get("FAULT_EXAMPLES", "25")), deadline=None)
@given(limits=st.lists(_limit_entry | _json, max_size=6), grant=_json, overage=_json)
def test_any_limits_grant_and_overage_parse_or_are_skipped(
    limits: list[Any], grant: Any, overage: Any
) -> None:
    """Whatever ``limits[]``, ``cedar_ember`` and ``seven_day_overage_included`` hold, the
    usage parses (bad entries skipped), a binding limit is found or None, and the JSON and
    the text are built — never an exception."""
    data = sample("usage_model_limits.json") | {
        "limits": limits,
        "cedar_ember": grant,
        "seven_day_overage_included": overage,
    }
    usage = parsed(data)
    assert usage.session is not None  # the top-level windows stand whatever limits[] holds
    binding = binding_limit(usage)
    assert binding is None or binding.percent >= 0
    assert usage.overage_included in (None, True, False)
    usage_document([usage], FETCHED)
    format_usage([usage], FETCHED, PLAIN)


def test_a_green_binding_limit_is_not_named_in_the_text() -> None:
    data = sample("usage_model_limits.json")
    for entry, percent in zip(data["limits"], (10, 20, 30, 5), strict=True):
        entry.update(percent=percent, severity="normal")
    text = format_usage([parsed(data)], FETCHED, PLAIN)
    assert "Binding" not in text
    assert usage_document([parsed(data)], FETCHED)["accounts"][0]["binding"]["model"] == "Opus"

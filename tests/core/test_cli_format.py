"""Human output and ``--json`` documents of the CLI, built from hand-made snapshots."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from core.cli.json_output import SCHEMA_VERSION, accounts_document, dumps, usage_document
from core.cli.text_output import (
    NO_ACCOUNTS,
    Style,
    bar,
    format_accounts,
    format_usage,
    style_for,
    window_label,
)
from core.models import (
    Account,
    AccountStatus,
    ActorUsage,
    AdminUsage,
    CredentialSource,
    ExtraUsage,
    Forecast,
    ModelUsage,
    OAuthUsage,
    UsageWindow,
)
from core.store.storage import Protection
from tests.core.local_time import utc_local_time  # noqa: F401 (autouse fixture)

NOW = datetime(2026, 11, 24, 15, 47, tzinfo=UTC)
PLAIN = Style(color=False)
SESSION = UsageWindow(percent=37, resets_at=datetime(2026, 11, 24, 18, 0, tzinfo=UTC))
WEEKLY = UsageWindow(percent=64, resets_at=datetime(2026, 11, 28, 9, 0, tzinfo=UTC))
SONNET = UsageWindow(percent=12, resets_at=datetime(2026, 11, 28, 9, 0, tzinfo=UTC))


def oauth(**changes: Any) -> OAuthUsage:
    fields: dict[str, Any] = {
        "account_name": "Work",
        "email": "ana@example.com",
        "plan": "default_claude_max_5x",
        "account_id": "uuid-1",
        "session": SESSION,
        "weekly": WEEKLY,
        "sonnet": SONNET,
        "windows": {"five_hour": SESSION, "seven_day": WEEKLY, "seven_day_sonnet": SONNET},
        "extra_usage": ExtraUsage(
            is_enabled=True,
            monthly_limit=400.0,
            used_credits=279.92,
            utilization=69.98,
            currency="USD",
        ),
        "fetched_at": NOW,
    }
    return OAuthUsage(**(fields | changes))


def admin(**changes: Any) -> AdminUsage:
    fields: dict[str, Any] = {
        "account_name": "Org",
        "period_start": datetime(2026, 11, 1, tzinfo=UTC),
        "period_end": datetime(2026, 11, 24, tzinfo=UTC),
        "input_tokens": 1_234_567,
        "output_tokens": 345_000,
        "cache_read_tokens": 5_600_000,
        "cache_creation_tokens": 200_000,
        "estimated_cost_cents": 12345.0,
        "model_breakdown": (
            ModelUsage(model="claude-sonnet-4-5", estimated_cost_cents=2000.0),
            ModelUsage(model="claude-opus-4-5", estimated_cost_cents=10000.0),
            ModelUsage(model="claude-haiku-4-5", estimated_cost_cents=345.0),
            ModelUsage(model="claude-3-haiku", estimated_cost_cents=0.0),
        ),
        "actors": (ActorUsage(actor_type="user", actor_name="ana@example.com", input_tokens=5),),
        "fetched_at": NOW,
    }
    return AdminUsage(**(fields | changes))


# -- pieces ---------------------------------------------------------------------------------


def test_bar_fills_in_proportion_and_clamps() -> None:
    assert bar(0, PLAIN, 10) == "░" * 10
    assert bar(50, PLAIN, 10) == "█" * 5 + "░" * 5
    assert bar(100, PLAIN, 10) == "█" * 10
    assert bar(140, PLAIN, 10) == "█" * 10
    assert bar(-5, PLAIN, 10) == "░" * 10


def test_model_window_sent_twice_is_shown_once() -> None:
    haiku = UsageWindow(percent=3, resets_at=WEEKLY.resets_at)
    usage = oauth(model_weekly={"Sonnet": SONNET, "Haiku": haiku})
    labels = [line.split()[0] for line in format_usage([usage], NOW, PLAIN).splitlines()[1:]]
    assert labels == ["Session", "Weekly", "Sonnet", "Weekly", "Extra", "Binding"]
    assert "Weekly Haiku" in format_usage([usage], NOW, PLAIN)


def test_window_labels() -> None:
    assert window_label("five_hour") == "Session"
    assert window_label("seven_day") == "Weekly"
    assert window_label("seven_day_omelette") == "seven_day_omelette"
    assert window_label("model_weekly:Sonnet 4.5") == "Weekly Sonnet 4.5"


# -- OAuth accounts ------------------------------------------------------------------------


def test_oauth_account_shows_aligned_bars_resets_and_extra_usage() -> None:
    text = format_usage([oauth()], NOW, PLAIN)
    assert text.splitlines() == [
        "Work  (ana@example.com · Max 5×)",
        f"  Session  {bar(37, PLAIN)}  37%  resets in 2 h 13 m (18:00)",
        f"  Weekly   {bar(64, PLAIN)}  64%  resets in 3 d 17 h (Sat 09:00)",
        f"  Sonnet   {bar(12, PLAIN)}  12%  resets in 3 d 17 h (Sat 09:00)",
        "  Extra usage  $279.92 of $400.00 (70%)",
        "  Binding  weekly limit 64 %, resets Sat 09:00",
    ]
    assert "\x1b" not in text


def test_session_not_started_says_so_instead_of_zero() -> None:
    idle = UsageWindow(percent=0, resets_at=None)
    text = format_usage([oauth(session=idle, windows={"five_hour": idle})], NOW, PLAIN)
    assert "  Session  not started" in text.splitlines()
    assert not any(" 0%" in line for line in text.splitlines())


def test_forecast_is_appended_when_it_runs_out_before_reset() -> None:
    forecast = Forecast(
        window_key="five_hour",
        burn_rate_per_hour=30.0,
        runs_out_at=datetime(2026, 11, 24, 17, 53, tzinfo=UTC),
        runs_out_before_reset=True,
        pace=1.6,
    )
    text = format_usage([oauth(forecasts={"five_hour": forecast})], NOW, PLAIN)
    assert "resets in 2 h 13 m (18:00)  · 30.0 %/h, runs out 17:53" in text


def test_rate_limited_stale_account_has_a_state_line() -> None:
    usage = oauth(
        stale=True,
        status=AccountStatus.RATE_LIMITED,
        error="Rate limited by Anthropic",
        retry_at=NOW + timedelta(minutes=13),
        fetched_at=NOW - timedelta(minutes=30),
    )
    lines = format_usage([usage], NOW, PLAIN).splitlines()
    assert (
        lines[-1]
        == "  ! Rate limited by Anthropic; retrying after 16:00 — showing values from 15:17"
    )
    assert any("37%" in line for line in lines)  # last good values still shown


def test_failed_account_without_data_shows_only_the_reason_redacted() -> None:
    token = "sk-ant-oat01-" + "x" * 40 + "WXYZ"
    usage = OAuthUsage(
        account_name="Broken",
        status=AccountStatus.AUTH_FAILED,
        error=f"token {token} refused",
    )
    text = format_usage([usage], NOW, PLAIN)
    assert text.splitlines() == ["Broken", "  ! token sk-ant-oat01-…WXYZ refused"]


def test_no_accounts_explains_how_to_add_one() -> None:
    assert format_usage([], NOW, PLAIN) == NO_ACCOUNTS


# -- admin accounts ------------------------------------------------------------------------


def test_admin_account_shows_tokens_spend_and_top_models() -> None:
    lines = format_usage([admin()], NOW, PLAIN).splitlines()
    assert lines == [
        "Org  (admin · Nov 01 – Nov 24)",
        "  Tokens  1.2 M in · 345 k out · 5.6 M cache read · 200 k cache write",
        "  Spend   $123.45 estimated",
        "  Models  claude-opus-4-5 $100.00 · claude-sonnet-4-5 $20.00 · claude-haiku-4-5 $3.45",
    ]


def test_admin_notes_are_shown_after_totals() -> None:
    lines = format_usage([admin(notes=("cost report unavailable",))], NOW, PLAIN).splitlines()
    assert lines[-1] == "  note: cost report unavailable"
    (entry,) = usage_document([admin(notes=("cost report unavailable",))], NOW)["accounts"]
    assert entry["notes"] == ["cost report unavailable"]


def test_admin_billed_cost_is_shown_next_to_estimate() -> None:
    text = format_usage([admin(actual_cost_cents=13000.0)], NOW, PLAIN)
    assert "  Spend   $130.00 billed ($123.45 estimated)" in text


# -- colour --------------------------------------------------------------------------------


class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("stream", "env", "color"),
    [
        (FakeTty(), {}, True),
        (io.StringIO(), {}, False),
        (FakeTty(), {"NO_COLOR": "1"}, False),
        (FakeTty(), {"NO_COLOR": ""}, True),  # no-color.org: only a non-empty value counts
        (io.StringIO(), {"FORCE_COLOR": "1"}, True),
        (io.StringIO(), {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        (FakeTty(), {"FORCE_COLOR": "0"}, True),
        (FakeTty(), {"TERM": "dumb"}, False),
    ],
)
def test_colour_only_on_terminals_and_never_with_no_color(
    stream: io.StringIO, env: dict[str, str], color: bool
) -> None:
    assert style_for(stream, env).color is color


def test_coloured_output_has_escapes_and_plain_has_none() -> None:
    assert "\x1b[" in format_usage([oauth()], NOW, Style(color=True))
    assert "\x1b" not in format_usage([oauth(), admin()], NOW, PLAIN)


# -- list ----------------------------------------------------------------------------------


def accounts() -> list[Account]:
    return [
        Account(
            name="Work",
            account_type="oauth",
            is_active=True,
            saved_at=NOW,
            email="ana@example.com",
            source=CredentialSource.CLAUDE_CODE,
            account_id="uuid-1",
            plan="default_claude_max_5x",
        ),
        Account(
            name="Org",
            account_type="admin",
            is_active=False,
            saved_at=NOW,
            source=CredentialSource.ADMIN_KEY,
        ),
    ]


def test_list_marks_the_active_account_and_aligns_columns() -> None:
    assert format_accounts(accounts(), PLAIN).splitlines() == [
        "* Work  ana@example.com  Claude Code login  Max 5×",
        "  Org   -                admin key",
    ]
    assert format_accounts([], PLAIN) == "No accounts saved yet."


# -- JSON ----------------------------------------------------------------------------------

ISO = str


def assert_iso(value: Any) -> None:
    assert isinstance(value, str)
    assert datetime.fromisoformat(value).tzinfo is not None


def test_usage_document_schema() -> None:
    forecast = Forecast(
        window_key="five_hour",
        burn_rate_per_hour=3.0,
        runs_out_at=None,
        runs_out_before_reset=False,
        pace=0.9,
    )
    document = json.loads(
        dumps(usage_document([oauth(forecasts={"five_hour": forecast}), admin()], NOW))
    )
    assert document["schema_version"] == SCHEMA_VERSION == 1
    assert_iso(document["generated_at"])
    work, org = document["accounts"]
    assert set(work) == {
        "name", "account_type", "status", "error", "stale", "fetched_at", "retry_at", "email",
        "account_id", "plan", "windows", "session", "weekly", "forecasts", "extra_usage",
        # issue 15, keys added within schema version 1:
        "limits", "binding", "overage_included", "reset_grant", "sign_in_expires_at",
        "sign_in_estimated", "blocked_by",
    }  # fmt: skip
    assert work["account_type"] == "oauth"
    assert work["status"] == "ok"
    assert work["session"] == {
        "label": "Session",
        "percent": 37,
        "resets_at": "2026-11-24T18:00:00+00:00",
        "started": True,
    }
    assert set(work["windows"]) == {"five_hour", "seven_day", "seven_day_sonnet"}
    assert work["forecasts"]["five_hour"] == {
        "burn_rate_per_hour": 3.0,
        "runs_out_at": None,
        "runs_out_before_reset": False,
        "pace": 0.9,
    }
    assert work["extra_usage"]["monthly_limit"] == 400.0
    assert org["account_type"] == "admin"
    assert org["estimated_cost_cents"] == 12345.0
    assert [m["model"] for m in org["models"]][:2] == ["claude-sonnet-4-5", "claude-opus-4-5"]
    assert org["actors"][0] == {
        "actor_type": "user",
        "actor_name": "ana@example.com",
        "input_tokens": 5,
        "output_tokens": 0,
        "cache_creation_tokens": 0,
        "cache_read_tokens": 0,
        "estimated_cost_cents": 0.0,
    }
    assert_iso(org["period_start"])
    assert isinstance(org["input_tokens"], int)


def test_usage_document_of_failed_account_is_complete_and_redacted() -> None:
    token = "sk-ant-oat01-" + "y" * 40 + "ABCD"
    usage = OAuthUsage(account_name="Broken", status=AccountStatus.OFFLINE, error=f"boom {token}")
    (entry,) = usage_document([usage], NOW)["accounts"]
    assert entry["status"] == "offline"
    assert entry["error"] == "boom sk-ant-oat01-…ABCD"
    assert entry["session"] is None
    assert entry["windows"] == {}
    assert entry["fetched_at"] is None


def test_not_a_number_becomes_null_not_invalid_json() -> None:
    odd = UsageWindow(percent=float("nan"), resets_at=None)
    text = dumps(usage_document([oauth(session=odd, windows={"five_hour": odd})], NOW))
    assert json.loads(text)["accounts"][0]["session"]["percent"] is None


def test_accounts_document_schema() -> None:
    document = json.loads(dumps(accounts_document(accounts(), Protection.MACHINE)))
    assert document["schema_version"] == 1
    assert document["active"] == "Work"
    assert document["protection"] == "machine"
    work, org = document["accounts"]
    assert work == {
        "name": "Work",
        "account_type": "oauth",
        "is_active": True,
        "saved_at": "2026-11-24T15:47:00+00:00",
        "email": "ana@example.com",
        "source": "claude_code",
        "account_id": "uuid-1",
        "plan": "default_claude_max_5x",
    }
    assert org["source"] == "admin_key"
    assert org["email"] is None

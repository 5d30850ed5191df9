"""Issue 15 in the tray, without widgets: the binding chip, the severity floor, the icon's
marker and tooltip, the sign-in deadline, reset grants, an organisation's summary.

The snapshots come from the recorded shapes (tests/data) through core's real parser, so
"Opus only in limits[]" is the API's own shape, not a hand-made model.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from core.admin.org_reports import productivity, productivity_rows, spend_limits
from core.models import AccountStatus, AdminUsage, OAuthUsage, SpendLimits
from core.usage.parsing import parse_usage
from tests.fakes import organisation
from tray.limit_view import (
    ORG_TOP,
    bar_levels,
    binding_chip,
    card_key,
    icon_binding,
    org_people,
    org_summary,
    raised_level,
    reset_grant_line,
    sign_in_deadline,
    tooltip_with_binding,
)
from tray.viewmodel import (
    Action,
    Level,
    Severity,
    UsageViewModel,
    ViewOptions,
    build_card,
    icon_state,
)

DATA = Path(__file__).resolve().parents[1] / "data"
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def sample(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((DATA / name).read_text())
    return loaded


def opus_bound(name: str = "Work", **changes: Any) -> OAuthUsage:
    """The recorded shape: Opus 93 % "warning" only in limits[], session 41 %, week 72 %."""
    data = sample("usage_model_limits.json")
    for index, fields in changes.items():
        data["limits"][int(index.removeprefix("limit"))].update(fields)
    return parse_usage(data, account_name=name, fetched_at=NOW)


# -- bands ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("percent", "severity", "level"),
    [
        (30, 0, Level.OK),
        (30, 1, Level.NOTICE),  # a server warning: at least amber
        (30, 2, Level.WARNING),  # worse: at least orange
        (85, 1, Level.WARNING),  # never lowered
        (97, 2, Level.CRITICAL),
        (None, 1, Level.NOTICE),
    ],
)
def test_raised_level(percent: float | None, severity: int, level: Level) -> None:
    assert raised_level(percent, severity) is level


@pytest.mark.parametrize(
    ("json_key", "bar"),
    [
        ("five_hour", "session"),
        ("seven_day", "weekly"),
        ("model_weekly:Opus", "model:Opus"),
        ("seven_day_sonnet", "model:Sonnet"),
        ("tangelo", "tangelo"),
    ],
)
def test_card_keys(json_key: str, bar: str) -> None:
    assert card_key(json_key) == bar


def test_a_server_warning_colours_the_opus_bar_at_least_amber() -> None:
    usage = opus_bound(limit2={"percent": 30})
    assert bar_levels(usage) == {"model:Opus": Level.NOTICE}
    card = build_card(usage, NOW)
    opus = next(bar for bar in card.bars if bar.key == "model:Opus")
    assert opus.label == "Week · Opus"  # the model limit from limits[] is on the card
    assert opus.value_text == "30 %"
    assert opus.level is Level.NOTICE
    session = next(bar for bar in card.bars if bar.key == "session")
    assert session.level is Level.OK  # untouched where the server says nothing more


# -- the binding limit on the card ------------------------------------------------------------


def test_the_card_marks_the_opus_limit_as_binding() -> None:
    chip = binding_chip(opus_bound(), NOW)
    assert chip is not None
    assert chip.bar_key == "model:Opus"
    assert chip.text.startswith("Holding you back: weekly Opus limit 93 %, resets ")
    assert chip.level is Level.WARNING  # 93 %: orange (its severity would give amber)
    assert not chip.is_session
    card = build_card(opus_bound(), NOW)  # the row has no Opus bar: its chip says it, once
    assert card.chip is not None
    assert (card.chip.text, card.chip.level) == (chip.text, chip.level)
    assert card.limits is not None
    assert card.limits.binding is None  # not again in the details


def test_the_sign_in_deadline_is_the_rows_attention_line() -> None:
    usage = replace(opus_bound(), sign_in_expires_at=NOW + timedelta(days=2))
    card = build_card(usage, NOW)
    assert card.state is not None
    assert card.state.headline == "Sign-in expires in 2 days"
    assert card.state.severity is Severity.WARNING  # 3 days or less
    assert "28 days" in card.state.text  # the why, in the line's tooltip
    assert card.action is Action.SIGN_IN
    assert card.needs_attention  # so it sorts first


def test_no_chip_without_data() -> None:
    assert binding_chip(OAuthUsage(account_name="New"), NOW) is None
    assert binding_chip(AdminUsage(account_name="Org", fetched_at=NOW), NOW) is None


# -- the icon ---------------------------------------------------------------------------------


def test_the_icon_stays_the_session_and_carries_a_marker() -> None:
    usages = [opus_bound()]
    model = UsageViewModel()
    model.set_usages(usages, NOW)
    state = model.icon()
    assert state.percent == 41  # the worst session: the app's promise
    assert state.level is Level.OK
    assert state.marker is True
    assert state.marker_level is Level.WARNING
    tooltip = model.tooltip(NOW)
    assert "Binding — Work: weekly Opus limit 93 %, resets " in tooltip


def test_the_colour_follows_the_binding_limit_when_asked() -> None:
    model = UsageViewModel(options=ViewOptions(follow_binding=True))
    model.set_usages([opus_bound()], NOW)
    state = model.icon()
    assert state.percent == 93
    assert state.level is Level.WARNING
    assert state.marker is True


def test_no_marker_when_the_session_binds_or_nothing_is_near() -> None:
    session_bound = opus_bound(limit0={"percent": 99}, limit2={"percent": 10, "severity": "normal"})
    assert icon_binding([session_bound], NOW).marker is False
    quiet = opus_bound(limit2={"percent": 20, "severity": "normal"})
    quiet = replace(quiet, limits=tuple(lim for lim in quiet.limits if lim.kind != "weekly_all"))
    found = icon_binding([quiet], NOW)
    assert found.marker is False
    assert found.lines == ()
    assert tooltip_with_binding("Claude Usage", [quiet], NOW) == "Claude Usage"


def test_the_marker_follows_a_server_warning_below_our_band() -> None:
    warned = opus_bound(limit1={"percent": 10}, limit2={"percent": 30})
    found = icon_binding([warned], NOW)
    assert found.marker is True
    assert found.marker_level is Level.NOTICE
    assert icon_state([warned]).percent == 41


# -- the sign-in deadline ---------------------------------------------------------------------


def with_deadline(days: float, **fields: Any) -> OAuthUsage:
    return replace(
        opus_bound(),
        sign_in_expires_at=NOW + timedelta(days=days),
        sign_in_estimated=True,
        **fields,
    )


def test_the_deadline_shows_from_seven_days_before() -> None:
    assert sign_in_deadline(with_deadline(7.5), NOW) is None
    found = sign_in_deadline(with_deadline(4.2), NOW)
    assert found is not None
    assert found.text == "sign-in expires in 4 days"
    assert found.urgent is False
    assert "28 days" in found.hint
    assert "estimated" in found.hint


def test_the_last_three_days_are_urgent() -> None:
    found = sign_in_deadline(with_deadline(2), NOW)
    assert found is not None
    assert found.urgent is True
    expired = sign_in_deadline(with_deadline(-1, status=AccountStatus.NEEDS_SIGN_IN), NOW)
    assert expired is not None
    assert expired.text == "sign-in expired"


def test_an_app_login_signed_in_26_days_ago_shows_it_on_its_card() -> None:
    usage = replace(opus_bound(), sign_in_expires_at=NOW + timedelta(days=2))
    card = build_card(usage, NOW)
    assert card.limits is not None
    assert card.limits.sign_in is not None
    assert card.limits.sign_in.text == "sign-in expires in 2 days"


# -- reset grants -----------------------------------------------------------------------------


def test_reset_grant_line() -> None:
    assert reset_grant_line(opus_bound()) == "1 limit reset available (Weekly Opus)"
    assert reset_grant_line(replace(opus_bound(), reset_grant=None)) is None


# -- organisations ----------------------------------------------------------------------------


def org(users: int = 200, limits: SpendLimits | None = None) -> AdminUsage:
    rows = productivity_rows({"data": organisation.claude_code_records(users, "2026-11-01")})
    people, total = productivity(rows)
    found = limits or spend_limits([organisation.spend_limits_effective(users)])
    return AdminUsage(
        account_name="Org",
        fetched_at=NOW,
        productivity=people,
        productivity_total=total,
        spend_limits=found,
    )


def test_a_200_person_organisation_stays_readable() -> None:
    summary = org_summary(org())
    assert summary is not None
    assert len(summary.top) == ORG_TOP
    assert summary.more == 195
    assert summary.top[0].name == organisation.member_email(1)
    assert summary.productivity is not None
    assert "sessions" in summary.productivity
    assert summary.spend_limit is not None
    assert summary.spend_limit.startswith("Spend limit: $")
    cap = organisation.org_limit_cents(200, 1) / 100
    assert f"of ${cap:,.2f}" in summary.spend_limit
    assert summary.members_above == "4 members above 80 % of their limit"
    assert organisation.members_above_80(200) == 4
    assert summary.unavailable is None


def test_people_join_productivity_and_limits() -> None:
    people = org_people(org(3))
    assert [p.name for p in people] == [organisation.member_email(i) for i in (1, 2, 3)]
    first = people[0]
    assert first.limit_cents == organisation.MEMBER_DAILY_LIMIT_CENTS
    assert first.spend_cents == organisation.member_cost_cents(1)
    assert first.percent_of_limit == pytest.approx(
        organisation.member_cost_cents(1) / organisation.MEMBER_DAILY_LIMIT_CENTS * 100
    )
    assert first.over_warning is True
    assert first.accepted_share is not None


def test_a_member_with_a_limit_but_no_claude_code_is_listed() -> None:
    limits = spend_limits([sample("admin_spend_limits_effective.json")])
    usage = replace(org(0), productivity=(), spend_limits=limits)
    names = [p.name for p in org_people(usage)]
    assert names == ["ana@example.com", "ben@example.com", "ci-bot (API key)"]


def test_spend_limits_not_available_is_one_quiet_line() -> None:
    summary = org_summary(org(3, SpendLimits(available=False)))
    assert summary is not None
    assert summary.unavailable == "Spend limits: not available for this organisation"
    assert summary.spend_limit is None
    assert summary.members_above is None


def test_no_org_summary_for_subscriptions_or_before_data() -> None:
    assert org_summary(opus_bound()) is None
    assert org_summary(AdminUsage(account_name="Org")) is None


# -- blocks ----------------------------------------------------------------------------------------


def test_a_proxy_block_is_said_as_one_on_the_card() -> None:
    usage = replace(
        opus_bound(),
        status=AccountStatus.BLOCKED,
        blocked_by="proxy",
        retry_at=NOW + timedelta(minutes=4),
        stale=True,
    )
    card = build_card(usage, NOW)
    assert card.state is not None
    assert (
        card.state.text == "Blocked by a proxy or gateway — retrying at 12:04 (not a login problem)"
    )
    assert card.needs_sign_in is False
    assert card.bars  # the last good values stay on the card


def test_the_binding_bar_itself_says_so() -> None:
    card = build_card(opus_bound(), NOW)
    details = {bar.key: bar.detail for bar in card.bars}
    assert details["model:Opus"] == "◆ holding you back"
    assert details["session"] is None or "holding" not in details["session"]
    assert "holding" not in (details["weekly"] or "")


def test_no_chip_while_everything_is_green() -> None:
    calm = opus_bound(
        limit0={"percent": 10},
        limit1={"percent": 20},
        limit2={"percent": 30, "severity": "normal"},
    )
    assert binding_chip(calm, NOW) is None
    card = build_card(calm, NOW)
    assert not any("holding" in (bar.detail or "") for bar in card.bars)


def test_names_from_the_server_are_shown_escaped() -> None:
    usage = org(2)
    people = tuple(replace(p, actor_name="evil\u202e@example.com") for p in usage.productivity[:1])
    shown = org_people(replace(usage, productivity=people, spend_limits=None))
    assert "\u202e" not in shown[0].name
    sneaky = opus_bound()
    limits = tuple(
        replace(lim, model_name="Op\x1b[31mus") if lim.model_name == "Opus" else lim
        for lim in sneaky.limits
    )
    chip = binding_chip(replace(sneaky, limits=limits), NOW)
    assert chip is not None
    assert "\x1b" not in chip.text

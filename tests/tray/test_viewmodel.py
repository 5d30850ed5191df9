"""The view-model decides every word, colour band and order the tray shows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from core.models import (
    AccountStatus,
    ActorUsage,
    AdminUsage,
    ExtraUsage,
    Forecast,
    ModelUsage,
)
from tests.tray.helpers import NOW, oauth, window
from tray.viewmodel import (
    Level,
    Severity,
    UsageViewModel,
    ViewOptions,
    build_card,
    icon_state,
    imported_text,
    legacy_import_text,
    legacy_offer,
    level_for,
    model_label,
    tooltip_text,
)


@pytest.mark.parametrize(
    ("percent", "level"),
    [
        (None, Level.NONE),
        (0, Level.OK),
        (49.9, Level.OK),
        (50, Level.NOTICE),
        (79, Level.NOTICE),
        (80, Level.WARNING),
        (94, Level.WARNING),
        (95, Level.CRITICAL),
        (100, Level.CRITICAL),
    ],
)
def test_colour_bands(percent: float | None, level: Level) -> None:
    assert level_for(percent) is level


def test_oauth_card_has_session_weekly_model_and_extra_bars() -> None:
    usage = oauth(
        "Work",
        session=37,
        weekly=window(64, hours=90),
        sonnet=window(12, hours=90),
        model_weekly={"Opus": window(8, hours=90)},
        extra_usage=ExtraUsage(
            is_enabled=True,
            monthly_limit=400.0,
            used_credits=279.92,
            utilization=69.98,
            currency="USD",
        ),
    )
    card = build_card(usage, NOW)
    assert card.name == "Work"
    assert card.subtitle == "dev@example.com · Max 5×"
    assert card.state is None
    labels = [bar.label for bar in card.bars]
    assert labels == [
        "Session (5 h)",
        "Week (all models)",
        "Week · Opus",
        "Week · Sonnet",
        "Extra usage",
    ]
    session = card.bars[0]
    assert (session.value_text, session.level) == ("37 %", Level.OK)
    assert session.caption == "resets in 2 h 12 m (17:59)"
    assert card.bars[1].level is Level.NOTICE
    assert card.bars[2].caption == ""  # same reset as the week's bar
    extra = card.bars[-1]
    assert extra.value_text == "$279.92 / $400.00"
    assert extra.level is Level.NOTICE


def test_not_started_window_says_so_instead_of_zero_percent() -> None:
    card = build_card(oauth(session=window(0, hours=None)), NOW)
    session = card.bars[0]
    assert session.started is False
    assert session.caption == "not started"
    assert session.value_text == "—"
    assert session.detail is None


def test_forecast_adds_pace_and_runs_out_time() -> None:
    forecast = Forecast(
        window_key="five_hour",
        burn_rate_per_hour=20.0,
        runs_out_at=NOW + timedelta(hours=1, minutes=20),
        runs_out_before_reset=True,
        pace=1.4,
    )
    card = build_card(oauth(session=70, forecasts={"five_hour": forecast}), NOW)
    # the run-out first: it is what matters
    assert card.bars[0].detail == "runs out at 17:07 (in 1 h 20 m) · ahead of pace (1.4×)"


def test_hidden_windows_are_left_out() -> None:
    options = ViewOptions(show_weekly=False, show_models=False, show_extra=False)
    card = build_card(oauth(sonnet=window(12)), NOW, options)
    assert [bar.key for bar in card.bars] == ["session"]


def test_credit_only_account_does_not_crash_and_shows_uncapped_extra() -> None:
    usage = oauth(
        session=None,
        weekly=None,
        extra_usage=ExtraUsage(
            is_enabled=True, monthly_limit=None, used_credits=12.5, utilization=None, currency="EUR"
        ),
    )
    card = build_card(usage, NOW)
    assert [bar.value_text for bar in card.bars] == ["€12.50"]
    assert card.bars[0].level is Level.NONE
    assert "no monthly cap" in card.bars[0].caption


@pytest.mark.parametrize(
    ("status", "fragment", "severity", "needs_sign_in"),
    [
        (AccountStatus.LOGIN_EXPIRED, "run `claude`", Severity.ERROR, False),
        (AccountStatus.NEEDS_SIGN_IN, "Needs sign-in", Severity.ERROR, True),
        (AccountStatus.SCOPE_MISSING, "user:profile", Severity.ERROR, True),
        (AccountStatus.OFFLINE, "Offline", Severity.WARNING, False),
        (AccountStatus.ERROR, "Error: boom", Severity.ERROR, False),
        (AccountStatus.AUTH_FAILED, "Credentials refused: boom", Severity.ERROR, True),
    ],
)
def test_error_states_get_a_clear_line(
    status: AccountStatus, fragment: str, severity: Severity, needs_sign_in: bool
) -> None:
    card = build_card(oauth(status=status, error="boom"), NOW)
    assert card.state is not None
    assert fragment in card.state.text
    assert card.state.severity is severity
    assert card.needs_sign_in is needs_sign_in


def test_rate_limited_shows_retry_time() -> None:
    usage = oauth(status=AccountStatus.RATE_LIMITED, retry_at=NOW + timedelta(minutes=12))
    card = build_card(usage, NOW)
    assert card.state is not None
    assert card.state.text == "Rate limited by Anthropic — retrying in 12 m (15:59)"
    assert card.state.severity is Severity.WARNING


def test_cloudflare_block_is_a_warning_with_retry_time_not_a_sign_in() -> None:
    usage = oauth(status=AccountStatus.BLOCKED, retry_at=NOW + timedelta(minutes=2))
    card = build_card(usage, NOW)
    assert card.state is not None
    assert card.state.text == (
        "Blocked by Cloudflare — retrying at 15:49 (not a login problem)"  # issue 15's wording
    )
    assert card.state.severity is Severity.WARNING
    assert card.needs_sign_in is False


def test_stale_values_are_marked_with_their_time() -> None:
    usage = oauth(stale=True, fetched_at=NOW - timedelta(minutes=30), status=AccountStatus.OFFLINE)
    card = build_card(usage, NOW)
    assert card.stale is True
    assert card.stale_text == "Stale — showing values from 15:17"


def test_account_without_data_yet_waits() -> None:
    card = build_card(oauth(session=None, weekly=None, fetched_at=None), NOW)
    assert card.bars == ()
    assert card.empty_text == "Waiting for the first update…"


def _admin(**fields: object) -> AdminUsage:
    values: dict[str, object] = {
        "account_name": "Org",
        "period_start": NOW.replace(day=1, hour=0, minute=0),
        "period_end": NOW,
        "input_tokens": 1_250_000,
        "output_tokens": 300_000,
        "cache_read_tokens": 900_000,
        "estimated_cost_cents": 1234.0,
        "fetched_at": NOW,
        "model_breakdown": (
            ModelUsage(
                model="claude-haiku-4-5-20251001", input_tokens=50_000, estimated_cost_cents=5
            ),
            ModelUsage(
                model="claude-sonnet-4-5-20250929",
                input_tokens=1_000_000,
                output_tokens=200_000,
                estimated_cost_cents=1100,
            ),
            ModelUsage(
                model="claude-opus-4-1-20250805", input_tokens=200_000, estimated_cost_cents=129
            ),
            ModelUsage(model="claude-3-haiku", input_tokens=10, estimated_cost_cents=0),
        ),
        "actors": (
            ActorUsage(
                actor_type="api_key",
                actor_name="backend-prod",
                input_tokens=900_000,
                estimated_cost_cents=900,
            ),
            ActorUsage(
                actor_type="user",
                actor_name="ana@example.com",
                input_tokens=10_000,
                estimated_cost_cents=40,
            ),
        ),
    }
    values.update(fields)
    return AdminUsage(**values)  # type: ignore[arg-type]


def test_admin_card_shows_tokens_spend_top_models_and_keys() -> None:
    card = build_card(_admin(), NOW)
    assert card.kind == "admin"
    assert card.subtitle == "Admin API · since 01 Nov"
    stats = {row.label: row.value for row in card.stats}
    assert stats["Tokens"] == "1.2 M in · 300 k out"
    assert stats["From cache"] == "900 k of the input"
    assert stats["Spend"] == "≈ $12.34 (estimated)"
    models, actors = card.sections
    assert models.title == "Top models"
    assert [row.label for row in models.rows] == ["Sonnet 4.5", "Opus 4.1", "Haiku 4.5"]
    assert models.rows[0].value == "1.2 M tok · ≈ $11.00"  # list-price estimates, said so
    assert [row.label for row in actors.rows] == ["backend-prod (key)", "ana@example.com (user)"]


def test_admin_card_prefers_the_billed_amount() -> None:
    card = build_card(_admin(actual_cost_cents=1500.0), NOW)
    assert {r.label: r.value for r in card.stats}["Spend"] == "$15.00"


def test_admin_card_with_a_refused_key() -> None:
    usage = AdminUsage(account_name="Org", status=AccountStatus.AUTH_FAILED, error="key refused")
    card = build_card(usage, NOW)
    assert card.state is not None
    assert "key refused" in card.state.text
    assert card.stats == ()
    assert card.sections == ()
    assert card.empty_text is not None


def test_model_labels() -> None:
    assert model_label("claude-sonnet-4-5-20250929") == "Sonnet 4.5"
    assert model_label("claude-3-5-haiku-20241022") == "3.5 Haiku"


def test_icon_follows_the_worst_session_over_oauth_accounts() -> None:
    state = icon_state([oauth("A", 30), oauth("B", 88), _admin(), oauth("C", None)])
    assert (state.percent, state.level, state.stale) == (88, Level.WARNING, False)
    assert state.text == "88"


def test_icon_is_grey_without_session_data() -> None:
    assert icon_state([]).level is Level.NONE
    assert icon_state([_admin(), oauth(session=None)]).text == "–"


def test_icon_is_stale_when_the_worst_value_is_stale() -> None:
    state = icon_state([oauth("A", 30), oauth("B", 60, stale=True)])
    assert state.stale is True
    assert state.percent == 60
    assert icon_state([oauth("A", 70), oauth("B", 60, stale=True)]).stale is False


def test_tooltip_has_one_line_per_account() -> None:
    text = tooltip_text(
        [
            oauth("Work", 37),
            oauth("Home", session=window(0, hours=None)),
            oauth("Old", status=AccountStatus.LOGIN_EXPIRED),
            _admin(),
        ],
        NOW,
    )
    assert text.splitlines() == [
        "Claude Usage — worst session 37 %",
        "Work: session 37 %, week 64 %",
        "Home: session not started, week 64 %",
        "Old: session 37 %, week 64 % — Claude Code login expired",
        "Org: ≈ $12.34 (estimated) this month",
    ]
    assert tooltip_text([], NOW) == "Claude Usage — no accounts yet"


def test_tooltip_heading_names_the_worst_session() -> None:
    text = tooltip_text([oauth("A", 37), oauth("B", 88), oauth("C", 12)], NOW)
    assert text.splitlines()[0] == "Claude Usage — worst session 88 %"
    admin_only = tooltip_text([_admin()], NOW)
    assert admin_only.splitlines()[0] == "Claude Usage"  # no session anywhere: no figure


def test_view_model_notifies_listeners_and_tracks_age() -> None:
    model = UsageViewModel()
    seen: list[int] = []
    model.subscribe(lambda: seen.append(len(model.usages)))
    assert model.updated_text(NOW) == "Not updated yet"
    model.set_usages([oauth()], NOW)
    model.set_refreshing(True)
    assert model.updated_text(NOW) == "Updating…"
    model.set_refreshing(False)
    assert model.updated_text(NOW + timedelta(seconds=12)) == "Updated 12 s ago"
    assert seen == [1, 1, 1]
    assert model.has_accounts is True
    assert [card.name for card in model.cards(NOW)] == ["Work"]


def test_huge_early_pace_is_not_printed_as_a_ratio() -> None:
    forecast = Forecast(
        window_key="five_hour",
        burn_rate_per_hour=None,
        runs_out_at=None,
        runs_out_before_reset=False,
        pace=39.0,
    )
    card = build_card(oauth(session=4, forecasts={"five_hour": forecast}), NOW)
    assert card.bars[0].detail == "far ahead of pace"


def test_import_offer_wording_and_when_it_is_made() -> None:
    assert legacy_import_text(1) == "Import 1 account from claude-usage-core"
    assert legacy_import_text(3) == "Import 3 accounts from claude-usage-core"
    assert imported_text(["Work"]) == "Imported 1 account from claude-usage-core: Work."
    assert imported_text([]).startswith("Nothing new to import")
    assert legacy_offer(["A", "B"], dismissed=()) == ["A", "B"]
    assert legacy_offer(["A", "B"], dismissed=("A", "B", "Old")) == []
    assert legacy_offer(["A", "C"], dismissed=("A", "B")) == ["A", "C"]  # C is new: all again
    assert legacy_offer([], dismissed=()) == []


# ---------------------------------------------------------------- the compact row


def test_the_order_is_attention_then_the_fullest_window_unless_the_user_keeps_theirs() -> None:
    from tray.viewmodel import order_cards

    cards = [
        build_card(oauth("Calm", 10, weekly=window(20, hours=90)), NOW),
        build_card(oauth("Weekly", 30, weekly=window(96, hours=90)), NOW),
        build_card(oauth("Broken", 1, status=AccountStatus.NEEDS_SIGN_IN), NOW),
        build_card(oauth("Session", 97, weekly=window(40, hours=90)), NOW),
        build_card(_admin(), NOW),
    ]
    assert [c.name for c in order_cards(cards)] == ["Broken", "Session", "Weekly", "Calm", "Org"]
    kept = order_cards(cards, ["Org", "Calm"])
    assert [c.name for c in kept] == ["Org", "Calm", "Weekly", "Broken", "Session"]


def test_the_reset_column_follows_the_window_that_binds() -> None:
    session = build_card(oauth("A", 60, weekly=window(70, hours=90)), NOW)
    assert (session.reset_text, session.reset_tip) == ("2 h 12 m", "The session resets at 17:59")
    week = build_card(oauth("B", 30, weekly=window(92, hours=50)), NOW)
    assert week.reset_text == "2 d 2 h"
    assert week.reset_tip == "The week resets at Thu 17:47"
    fresh = build_card(oauth("C", window(0, hours=None), weekly=None), NOW)
    assert fresh.reset_text == "—"


def test_the_chip_says_when_a_window_runs_out_and_how_early() -> None:
    runs_out = Forecast(
        window_key="session",
        burn_rate_per_hour=30.0,
        runs_out_at=NOW + timedelta(minutes=40),
        runs_out_before_reset=True,
        pace=2.0,
    )
    card = build_card(oauth("A", 80, forecasts={"session": runs_out}), NOW)
    assert card.chip is not None
    assert card.chip.text == "Session runs out 16:27 — 1 h 32 m before reset"
    assert card.chip.level is Level.WARNING
    full = build_card(oauth("B", 100), NOW)
    assert full.chip is not None
    assert full.chip.text == "Session limit reached — back 17:59"
    assert build_card(oauth("C", 40), NOW).chip is None
    assert build_card(oauth("D", 97, stale=True), NOW).chip is None  # not from old values


def test_the_pace_marker_is_the_share_of_the_window_gone() -> None:
    from tray.viewmodel import pace_percent

    five_hours = timedelta(hours=5)
    assert pace_percent(window(10, hours=2.5), five_hours, NOW) == 50.0
    assert pace_percent(window(10, hours=5), five_hours, NOW) == 0.0
    assert pace_percent(window(10, hours=None), five_hours, NOW) is None
    card = build_card(oauth("A", 37), NOW)
    session = card.row_bar("session")
    assert session is not None
    assert session.pace == 56.0  # 2.2 h of 5 left


def test_sign_in_problems_get_a_button_passing_ones_a_retry() -> None:
    from tray.viewmodel import Action

    dead = build_card(oauth("A", status=AccountStatus.NEEDS_SIGN_IN), NOW)
    assert dead.action is Action.SIGN_IN
    assert dead.state is not None
    assert dead.state.headline == "Needs sign-in"
    offline = build_card(oauth("B", status=AccountStatus.OFFLINE, stale=True), NOW)
    assert offline.action is Action.RETRY
    assert build_card(oauth("C"), NOW).action is None


def test_an_outage_of_every_account_is_said_once_and_old_figures_are_dated() -> None:
    model = UsageViewModel()
    offline = [
        oauth(n, status=AccountStatus.OFFLINE, stale=True, fetched_at=NOW - timedelta(minutes=20))
        for n in ("A", "B")
    ]
    model.set_usages(offline, NOW - timedelta(minutes=10), next_poll=NOW - timedelta(minutes=5))
    model.set_usages(offline, NOW, next_poll=NOW + timedelta(minutes=5))
    assert model.banner_text(NOW) == "Can't reach Anthropic since 15:37 · retrying 15:52"
    assert all(card.state is None for card in model.cards(NOW))  # no line on every card
    assert model.updated_text(NOW) == "Data from 15:27 (20 m ago)"
    model.set_usages([oauth("A"), *offline[1:]], NOW)  # one is back: not an outage
    assert model.outage is None
    assert model.banner_text(NOW) is None


def test_unpriced_usage_without_a_model_is_not_named_and_costs_say_they_are_estimates() -> None:
    card = build_card(_admin(unpriced_models=("(no model)", "claude-new-1")), NOW)
    stats = {row.label: row.value for row in card.stats}
    assert stats["No price for"] == "claude-new-1"
    billed = build_card(_admin(actual_cost_cents=1500.0), NOW)
    notes = [row.value for row in billed.stats if row.label == "Note"]
    assert notes == ["model and key costs are estimates at list prices; Spend is the bill"]
    assert billed.summary == "$15.00 spent since 01 Nov"


def test_menu_lines_name_the_state_of_each_account_attention_first() -> None:
    model = UsageViewModel()
    model.set_usages(
        [oauth("Calm", 10), oauth("Gone", status=AccountStatus.LOGIN_EXPIRED, stale=True)], NOW
    )
    lines = model.menu_lines(NOW)
    assert [(line.name, line.text, line.attention) for line in lines] == [
        ("Gone", "Gone — Claude Code's login expired", True),
        ("Calm", "Calm — session 10 %, week 64 %", False),
    ]


def test_menu_lines_follow_the_popups_own_order_when_the_user_keeps_one() -> None:
    model = UsageViewModel()
    model.set_usages([oauth("A", 10), oauth("B", 90), oauth("C", 50)], NOW)
    model.set_keep_order(["C", "A", "B"])
    assert [line.name for line in model.menu_lines(NOW)] == ["C", "A", "B"]
    assert [card.name for card in model.cards(NOW)] == ["C", "A", "B"]


def test_the_icon_knows_the_week_and_a_problem_only_the_user_can_fix() -> None:
    state = icon_state([oauth("A", 40, weekly=window(90, hours=9)), oauth("B", 20)])
    assert state.week == 90
    assert not state.attention
    assert icon_state([oauth("A", status=AccountStatus.OFFLINE)]).attention is False
    assert icon_state([oauth("A", status=AccountStatus.NEEDS_SIGN_IN)]).attention is True
    assert icon_state([]).accounts is False

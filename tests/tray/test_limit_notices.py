"""Issue 15's notices: model limits from ``limits[]`` on the weekly thresholds, the sign-in
deadline once 3 days before (surviving a restart through the notification memory file),
and an organisation's spend at 80 % / 95 % of its limit, once per month."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from core.models import AdminUsage, OAuthUsage, SpendLimits
from core.usage.parsing import parse_usage
from tray.notify_memory import decode, encode
from tray.notify_rules import NoticeKind, NotificationRules

DATA = Path(__file__).resolve().parents[1] / "data"
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def opus(percent: float = 93, resets: str = "2026-11-25T09:00:00+00:00") -> OAuthUsage:
    data: dict[str, Any] = json.loads((DATA / "usage_model_limits.json").read_text())
    data["limits"][2].update(percent=percent, resets_at=resets)
    data["limits"][1]["percent"] = 20
    data["seven_day"]["utilization"] = 20.0
    return parse_usage(data, account_name="Work", fetched_at=NOW)


def kinds(notices: list[Any]) -> list[tuple[str, str | None]]:
    return [(str(n.kind), n.window) for n in notices]


# -- model limits -----------------------------------------------------------------------------


def test_an_opus_limit_only_in_limits_notifies_by_its_name() -> None:
    rules = NotificationRules()
    notices = rules.evaluate([opus(93)], NOW)
    (notice,) = [n for n in notices if n.window == "model:Opus"]
    assert notice.kind is NoticeKind.THRESHOLD
    assert notice.title == "Work's weekly Opus limit is at 93 %"
    # when it comes back, and (at 95 % and over) what reaching it means, as the others say
    assert notice.body == "Resets in 21 h (Wed 09:00)."
    assert rules.evaluate([opus(94)], NOW) == []  # once per period
    critical = NotificationRules().evaluate([opus(96)], NOW)
    (near,) = [n for n in critical if n.window == "model:Opus"]
    assert near.critical is True
    assert near.body.endswith("At 100 % Opus stops answering on this account until then.")


def test_a_model_limit_re_arms_when_it_resets() -> None:
    rules = NotificationRules()
    rules.evaluate([opus(96)], NOW)
    later = NOW + timedelta(days=2)
    reset = rules.evaluate([opus(85, "2026-12-02T09:00:00+00:00")], later)
    assert ("reset", "model:Opus") in kinds(reset)
    (came_back,) = [n for n in reset if n.kind is NoticeKind.RESET]
    assert came_back.title == "Work's weekly Opus limit has reset"
    assert ("threshold", "model:Opus") in kinds(reset)


# -- the sign-in deadline ---------------------------------------------------------------------


def deadline(days: float, at: datetime = NOW) -> OAuthUsage:
    usage = replace(opus(10), sign_in_expires_at=at + timedelta(days=days))
    return replace(usage, limits=(), model_weekly={})


def test_the_sign_in_deadline_notifies_once_3_days_before() -> None:
    rules = NotificationRules()
    assert rules.evaluate([deadline(5)], NOW) == []
    signed_26_days_ago = deadline(2)
    (notice,) = rules.evaluate([signed_26_days_ago], NOW)
    assert notice.kind is NoticeKind.SIGN_IN
    assert notice.title == "Work's sign-in expires in 2 days"
    assert "28 days" in notice.body
    assert rules.evaluate([signed_26_days_ago], NOW + timedelta(hours=6)) == []


def test_the_sign_in_notice_is_not_repeated_after_a_restart() -> None:
    rules = NotificationRules()
    assert len(rules.evaluate([deadline(2)], NOW)) == 1
    restarted = NotificationRules()
    restarted.restore(decode(encode(rules.memory())), NOW + timedelta(hours=1))
    assert restarted.evaluate([deadline(2)], NOW + timedelta(hours=1)) == []


def test_a_new_sign_in_gets_its_own_notice() -> None:
    rules = NotificationRules()
    rules.evaluate([deadline(2)], NOW)
    later = NOW + timedelta(days=26)
    (notice,) = rules.evaluate([deadline(1, at=later)], later)
    assert notice.title == "Work's sign-in expires in 1 day"


def test_no_sign_in_notice_when_attention_notices_are_off() -> None:
    from tray.notify_rules import RulesConfig

    rules = NotificationRules(RulesConfig(attention_notice=False))
    assert rules.evaluate([deadline(2)], NOW) == []


# -- an organisation's spend ------------------------------------------------------------------


def spend(percent: float, *, month: int = 11, stale: bool = False) -> AdminUsage:
    limits = SpendLimits(
        organization_limit_cents=100_000.0, organization_spent_cents=percent * 1000.0
    )
    start = datetime(2026, month, 1, tzinfo=UTC)
    return AdminUsage(
        account_name="Org", period_start=start, fetched_at=NOW, spend_limits=limits, stale=stale
    )


def test_org_spend_notifies_at_80_and_95_once_a_month() -> None:
    rules = NotificationRules()
    assert rules.evaluate([spend(70)], NOW) == []
    (first,) = rules.evaluate([spend(82)], NOW)
    assert first.title == "Org's organisation has spent 82 % of its limit"
    assert first.body == "The limit starts over in 6 d 12 h."  # with December
    assert first.critical is False
    (second,) = rules.evaluate([spend(96)], NOW)
    assert second.critical is True
    assert second.body.endswith("At 100 % the organisation's Claude Code use stops until then.")
    assert rules.evaluate([spend(97)], NOW) == []


def test_a_new_month_re_arms_without_a_reset_notice() -> None:
    rules = NotificationRules()
    rules.evaluate([spend(96)], NOW)
    december = datetime(2026, 12, 2, tzinfo=UTC)
    notices = rules.evaluate([spend(85, month=12)], december)
    assert kinds(notices) == [("threshold", "spend")]


def test_stale_or_unavailable_spend_limits_say_nothing() -> None:
    rules = NotificationRules()
    assert rules.evaluate([spend(99, stale=True)], NOW) == []
    unavailable = replace(spend(99), spend_limits=SpendLimits(available=False))
    assert rules.evaluate([unavailable], NOW) == []

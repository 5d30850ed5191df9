"""The notification rules: once per account × window × period, re-armed only by a real reset."""

from __future__ import annotations

from datetime import timedelta

from core.models import AccountStatus, UsageWindow
from tests.tray.helpers import NOW, oauth
from tray.notify_rules import NoticeKind, NotificationRules, RulesConfig

RESET = NOW + timedelta(hours=2)


def snap(session: float, resets_at=RESET, name: str = "Work", **fields: object):  # type: ignore[no-untyped-def]
    return oauth(name, UsageWindow(percent=session, resets_at=resets_at), weekly=None, **fields)


def kinds(notices) -> list[tuple[NoticeKind, str | None]]:  # type: ignore[no-untyped-def]
    return [(n.kind, n.window) for n in notices]


def test_crossing_a_threshold_notifies_once() -> None:
    rules = NotificationRules()
    assert rules.evaluate([snap(50)], NOW) == []
    crossed = rules.evaluate([snap(81)], NOW)
    assert kinds(crossed) == [(NoticeKind.THRESHOLD, "session")]
    assert crossed[0].title == "Work's session is at 81 %"
    assert crossed[0].body == "Resets in 2 h (17:47)."  # when it comes back
    assert crossed[0].critical is False
    assert rules.evaluate([snap(85)], NOW) == []
    assert rules.evaluate([snap(90)], NOW) == []


def test_each_threshold_fires_once_and_95_is_critical() -> None:
    rules = NotificationRules()
    rules.evaluate([snap(82)], NOW)
    high = rules.evaluate([snap(96)], NOW)
    assert len(high) == 1
    assert high[0].critical
    assert high[0].body == (
        "Resets in 2 h (17:47). At 100 % Claude stops answering on this account until then."
    )
    assert rules.evaluate([snap(99)], NOW) == []


def test_jumping_over_several_thresholds_notifies_only_the_highest() -> None:
    rules = NotificationRules()
    notices = rules.evaluate([snap(97)], NOW)
    assert len(notices) == 1
    assert "97 %" in notices[0].title
    assert rules.evaluate([snap(98)], NOW) == []


def test_transient_zero_does_not_rearm() -> None:
    rules = NotificationRules()
    rules.evaluate([snap(85)], NOW)
    assert rules.evaluate([snap(0)], NOW) == []  # same resets_at: not a reset
    assert rules.evaluate([snap(0, resets_at=None)], NOW) == []  # "not started" before reset time
    assert rules.evaluate([snap(86)], NOW) == []  # back again: no storm


def test_small_jitter_in_resets_at_is_the_same_period() -> None:
    rules = NotificationRules()
    rules.evaluate([snap(85)], NOW)
    assert rules.evaluate([snap(86, resets_at=RESET + timedelta(seconds=1))], NOW) == []


def test_a_later_resets_at_confirms_the_reset_and_rearms() -> None:
    rules = NotificationRules()
    rules.evaluate([snap(85)], NOW)
    later = RESET + timedelta(hours=5)
    assert rules.evaluate([snap(5, resets_at=later)], NOW + timedelta(hours=2, minutes=1)) == []
    again = rules.evaluate([snap(82, resets_at=later)], NOW + timedelta(hours=4))
    assert kinds(again) == [(NoticeKind.THRESHOLD, "session")]


def test_not_started_after_the_reset_time_confirms_the_reset() -> None:
    rules = NotificationRules()
    rules.evaluate([snap(85)], NOW)
    assert rules.evaluate([snap(0, resets_at=None)], RESET + timedelta(minutes=1)) == []
    started = RESET + timedelta(minutes=30)
    rules.evaluate([snap(10, resets_at=started + timedelta(hours=5))], started)
    assert kinds(rules.evaluate([snap(81, resets_at=started + timedelta(hours=5))], started)) == [
        (NoticeKind.THRESHOLD, "session")
    ]


def test_limit_reset_notice_after_reaching_95() -> None:
    rules = NotificationRules()
    rules.evaluate([snap(96)], NOW)
    after = rules.evaluate([snap(2, resets_at=RESET + timedelta(hours=5))], RESET)
    assert kinds(after) == [(NoticeKind.RESET, "session")]
    assert after[0].title == "Work's session limit has reset"


def test_no_reset_notice_when_the_window_stayed_low_or_when_disabled() -> None:
    rules = NotificationRules()
    rules.evaluate([snap(85)], NOW)
    assert rules.evaluate([snap(2, resets_at=RESET + timedelta(hours=5))], RESET) == []
    quiet = NotificationRules(RulesConfig(reset_notice=False))
    quiet.evaluate([snap(99)], NOW)
    assert quiet.evaluate([snap(2, resets_at=RESET + timedelta(hours=5))], RESET) == []


def test_stale_snapshots_are_ignored() -> None:
    rules = NotificationRules()
    assert rules.evaluate([snap(99, stale=True)], NOW) == []
    assert len(rules.evaluate([snap(99)], NOW)) == 1


def test_windows_and_accounts_are_independent() -> None:
    rules = NotificationRules()
    both = oauth(
        "A",
        UsageWindow(percent=85, resets_at=RESET),
        weekly=UsageWindow(percent=90, resets_at=RESET + timedelta(days=3)),
    )
    notices = rules.evaluate([both, snap(81, name="B")], NOW)
    assert sorted((n.account, n.window) for n in notices) == [
        ("A", "session"),
        ("A", "weekly"),
        ("B", "session"),
    ]


def test_custom_thresholds_and_disabling() -> None:
    rules = NotificationRules(RulesConfig(thresholds={"session": (50.0,), "weekly": ()}))
    assert len(rules.evaluate([snap(55)], NOW)) == 1
    off = NotificationRules(RulesConfig(thresholds_enabled=False))
    assert off.evaluate([snap(99)], NOW) == []
    off.config = RulesConfig()
    assert off.evaluate([snap(99)], NOW) == []  # already past while disabled: stays quiet


def test_attention_notice_once_per_episode() -> None:
    rules = NotificationRules()
    expired = snap(30, status=AccountStatus.LOGIN_EXPIRED, stale=True)
    first = rules.evaluate([expired], NOW)
    assert kinds(first) == [(NoticeKind.ATTENTION, None)]
    assert "run `claude`" in first[0].body
    assert rules.evaluate([expired], NOW) == []
    assert rules.evaluate([snap(30)], NOW) == []  # fixed
    assert len(rules.evaluate([expired], NOW)) == 1  # a new episode


def test_rate_limits_and_offline_are_not_attention() -> None:
    rules = NotificationRules()
    assert rules.evaluate([snap(30, status=AccountStatus.RATE_LIMITED, stale=True)], NOW) == []
    assert rules.evaluate([snap(30, status=AccountStatus.OFFLINE, stale=True)], NOW) == []


def test_rename_keeps_memory() -> None:
    rules = NotificationRules()
    rules.evaluate([snap(85, name="Old")], NOW)
    rules.rename("Old", "New")
    assert rules.evaluate([snap(86, name="New")], NOW) == []


def test_removed_accounts_are_forgotten() -> None:
    rules = NotificationRules()
    rules.evaluate([snap(85, name="Gone")], NOW)
    rules.evaluate([], NOW)
    assert len(rules.evaluate([snap(85, name="Gone")], NOW)) == 1


def test_restored_memory_does_not_repeat_a_notice_of_the_same_period() -> None:
    before = NotificationRules()
    assert len(before.evaluate([snap(85)], NOW)) == 1
    after = NotificationRules()
    after.restore(before.memory(), NOW + timedelta(minutes=5))
    assert after.evaluate([snap(86)], NOW + timedelta(minutes=5)) == []
    assert len(after.evaluate([snap(96)], NOW + timedelta(minutes=10))) == 1  # 95 % is new


def test_restore_drops_periods_that_are_over() -> None:
    before = NotificationRules()
    before.evaluate([snap(85)], NOW)
    after = NotificationRules()
    after.restore(before.memory(), RESET + timedelta(minutes=10))
    assert after.memory().windows == {}
    new_period = snap(81, resets_at=RESET + timedelta(hours=5))
    assert kinds(after.evaluate([new_period], RESET + timedelta(minutes=10))) == [
        (NoticeKind.THRESHOLD, "session")
    ]


def test_memory_is_a_copy() -> None:
    rules = NotificationRules()
    rules.evaluate([snap(85)], NOW)
    taken = rules.memory()
    rules.evaluate([snap(96)], NOW)
    assert taken.windows[("Work", "session")].fired == {80.0}

"""When to tell someone about their usage: the notification rule engine (no widgets; its
wording goes through ``QCoreApplication.translate``).

Rules, per account × window (session, weekly) × reset period:

* crossing a threshold (default 80 % and 95 %) notifies once; jumping over several at once
  notifies only the highest one;
* nothing repeats within a period — a transient 0 % (the API sometimes reports one) does not
  re-arm anything;
* the thresholds re-arm only when the window has really reset: a *later* ``resets_at`` arrives,
  or the window reports "not started" after its old reset time has passed;
* optionally, after a window that reached 95 % resets, a "limit reset" notice;
* an account that needs attention (login expired, needs sign-in, …) notifies once per episode.

Stale snapshots are ignored: they repeat old values and prove nothing about a reset.

What the engine remembers can be taken out (:meth:`NotificationRules.memory`) and put back
(:meth:`NotificationRules.restore`) as plain values, so that a restart does not notify again
what was already notified in a period; ``tray.notify_memory`` keeps it on disk.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from core import (
    AccountStatus,
    AccountUsage,
    OAuthUsage,
    UsageWindow,
    format_clock,
    format_duration,
    format_percent,
    safe_text,
)

__all__ = [
    "ATTENTION_STATUSES",
    "Notice",
    "NoticeKind",
    "NotificationRules",
    "RulesConfig",
    "RulesMemory",
    "WindowMemory",
]

# resets_at jitters by fractions of a second (even seconds) between polls of one period.
RESET_TOLERANCE = timedelta(minutes=5)
RESET_NOTICE_PEAK = 95.0

ATTENTION_STATUSES = frozenset(
    {
        AccountStatus.LOGIN_EXPIRED,
        AccountStatus.NEEDS_SIGN_IN,
        AccountStatus.SCOPE_MISSING,
        AccountStatus.AUTH_FAILED,
    }
)

_ATTENTION_TEXT = {
    AccountStatus.LOGIN_EXPIRED: "Claude Code's login expired — run `claude` to refresh it.",
    AccountStatus.NEEDS_SIGN_IN: "Sign in again to keep tracking this account.",
    AccountStatus.SCOPE_MISSING: "This login can't read usage — sign in with Claude instead.",
    AccountStatus.AUTH_FAILED: "Its credentials were refused — check or replace them.",
}


class NoticeKind(StrEnum):
    THRESHOLD = "threshold"
    RESET = "reset"
    ATTENTION = "attention"


@dataclass(frozen=True, slots=True)
class Notice:
    """One notification to show."""

    kind: NoticeKind
    account: str
    window: str | None
    title: str
    body: str
    critical: bool = False


@dataclass(frozen=True, slots=True)
class RulesConfig:
    """Thresholds per window (percent, ascending) and which kinds of notice are wanted."""

    thresholds: Mapping[str, tuple[float, ...]] = field(
        default_factory=lambda: {"session": (80.0, 95.0), "weekly": (80.0, 95.0)}
    )
    thresholds_enabled: bool = True
    reset_notice: bool = True
    attention_notice: bool = True


@dataclass(slots=True)
class WindowMemory:
    """What the engine remembers about one account's window in its current period."""

    resets_at: datetime | None
    fired: set[float] = field(default_factory=set)
    peak: float = 0.0

    def copy(self) -> WindowMemory:
        return WindowMemory(self.resets_at, set(self.fired), self.peak)

    def running_at(self, now: datetime) -> bool:
        """True while this period can still be the current one (its reset is not yet past)."""
        return self.resets_at is not None and now < self.resets_at + RESET_TOLERANCE


@dataclass(frozen=True, slots=True)
class RulesMemory:
    """Everything the engine remembers, as plain values: per (account, window) its period's
    memory, per account the attention status already notified."""

    windows: Mapping[tuple[str, str], WindowMemory] = field(default_factory=dict)
    attention: Mapping[str, AccountStatus] = field(default_factory=dict)


def _window(usage: OAuthUsage, key: str) -> UsageWindow | None:
    return usage.session if key == "session" else usage.weekly if key == "weekly" else None


def _reset_confirmed(memory: WindowMemory, window: UsageWindow, now: datetime) -> bool:
    """True only when the data proves the window started a new period."""
    old = memory.resets_at
    if old is None:
        return False  # nothing to compare with: a window that starts now joins this period
    if window.resets_at is None:
        return now >= old
    return window.resets_at > old + RESET_TOLERANCE


def _threshold_notice(
    account: str, key: str, window: UsageWindow, now: datetime, *, critical: bool
) -> Notice:
    """``Work's session is at 90 %`` — ``Resets in 38 m (14:05).``: the figure, when it comes
    back, and near the limit what reaching it means."""
    shown, percent = safe_text(account), format_percent(window.percent)
    if key == "session":
        title = QCoreApplication.translate("Notices", "{name}'s session is at {percent}")
    else:
        title = QCoreApplication.translate("Notices", "{name}'s week is at {percent}")
    body = _resets_sentence(window.resets_at, now)
    if critical:
        body += " " + QCoreApplication.translate(
            "Notices", "At 100 % Claude stops answering on this account until then."
        )
    return Notice(
        NoticeKind.THRESHOLD,
        account,
        key,
        title.format(name=shown, percent=percent),
        body.strip(),
        critical=critical,
    )


def _resets_sentence(resets_at: datetime | None, now: datetime) -> str:
    if resets_at is None or resets_at <= now:
        return QCoreApplication.translate("Notices", "It resets soon.")
    return QCoreApplication.translate("Notices", "Resets in {duration} ({clock}).").format(
        duration=format_duration(resets_at - now), clock=format_clock(resets_at, now)
    )


class NotificationRules:
    """Feed it every refresh's snapshots; it returns the notices to show, at most once each."""

    def __init__(self, config: RulesConfig | None = None) -> None:
        self.config = config or RulesConfig()
        self._windows: dict[tuple[str, str], WindowMemory] = {}
        self._attention: dict[str, AccountStatus] = {}

    def evaluate(self, usages: Sequence[AccountUsage], now: datetime) -> list[Notice]:
        notices: list[Notice] = []
        for usage in usages:
            notices.extend(self._attention_notices(usage))
            if isinstance(usage, OAuthUsage) and not usage.stale:
                for key in self.config.thresholds:
                    window = _window(usage, key)
                    if window is not None:
                        notices.extend(self._window_notices(usage.account_name, key, window, now))
        self._forget_missing({u.account_name for u in usages})
        return notices

    def memory(self) -> RulesMemory:
        """A copy of what the engine remembers, to keep across a restart."""
        windows = {key: memory.copy() for key, memory in self._windows.items()}
        return RulesMemory(windows, dict(self._attention))

    def restore(self, memory: RulesMemory, now: datetime) -> None:
        """Take over a remembered state, minus the periods that are over by ``now``.

        A period still running keeps its fired thresholds (no repeat after a restart); one
        that ended is dropped, so the new period notifies as usual.
        """
        self._windows = {
            key: window.copy() for key, window in memory.windows.items() if window.running_at(now)
        }
        self._attention = dict(memory.attention)

    def rename(self, old: str, new: str) -> None:
        """Keep an account's memory across a rename (so it does not notify again)."""
        for account, key in list(self._windows):
            if account == old:
                self._windows[(new, key)] = self._windows.pop((account, key))
        if old in self._attention:
            self._attention[new] = self._attention.pop(old)

    def _forget_missing(self, present: Iterable[str]) -> None:
        names = set(present)
        for account, key in list(self._windows):
            if account not in names:
                del self._windows[(account, key)]
        for account in list(self._attention):
            if account not in names:
                del self._attention[account]

    def _window_notices(
        self, account: str, key: str, window: UsageWindow, now: datetime
    ) -> list[Notice]:
        memory = self._windows.get((account, key))
        notices: list[Notice] = []
        if memory is None:
            memory = self._windows[(account, key)] = WindowMemory(window.resets_at)
        elif _reset_confirmed(memory, window, now):
            if memory.peak >= RESET_NOTICE_PEAK and self.config.reset_notice:
                notices.append(self._reset_notice(account, key))
            memory = self._windows[(account, key)] = WindowMemory(window.resets_at)
        elif memory.resets_at is None and window.resets_at is not None:
            memory.resets_at = window.resets_at  # the window started: same period as before
        memory.peak = max(memory.peak, window.percent)
        crossed = [t for t in self.config.thresholds[key] if window.percent >= t]
        fresh = [t for t in crossed if t not in memory.fired]
        memory.fired.update(crossed)
        if fresh and self.config.thresholds_enabled:
            critical = max(fresh) >= RESET_NOTICE_PEAK
            notices.append(_threshold_notice(account, key, window, now, critical=critical))
        return notices

    def _reset_notice(self, account: str, key: str) -> Notice:
        shown = safe_text(account)
        if key == "session":
            title = QCoreApplication.translate("Notices", "{name}'s session limit has reset")
        else:
            title = QCoreApplication.translate("Notices", "{name}'s weekly limit has reset")
        body = QCoreApplication.translate("Notices", "You can use Claude on {name} again.")
        return Notice(
            NoticeKind.RESET, account, key, title.format(name=shown), body.format(name=shown)
        )

    def _attention_notices(self, usage: AccountUsage) -> list[Notice]:
        name, status = usage.account_name, usage.status
        previous = self._attention.get(name)
        if status not in ATTENTION_STATUSES:
            self._attention.pop(name, None)
            return []
        self._attention[name] = status
        if previous == status or not self.config.attention_notice:
            return []
        return [
            Notice(
                NoticeKind.ATTENTION,
                name,
                None,
                f"{safe_text(name)} needs attention",
                _ATTENTION_TEXT[status],
                critical=True,
            )
        ]

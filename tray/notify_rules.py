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
* an account that needs attention (login expired, needs sign-in, …) notifies once per episode;
* model-scoped weekly limits (``limits[]``: "weekly Opus") follow the weekly thresholds;
* a sign-in ending within 3 days notifies once per sign-in (issue 15);
* an organisation's spend crossing 80 % / 95 % of its limit notifies once per month.

Stale snapshots are ignored: they repeat old values and prove nothing about a reset.

The sign-in and spend notices are remembered as windows too (``"sign_in"`` ending at the
deadline, ``"spend"`` ending with the month), so the file format of ``tray.notify_memory``
carries them unchanged. What the engine remembers can be taken out
(:meth:`NotificationRules.memory`) and put back (:meth:`NotificationRules.restore`) as plain
values, so that a restart does not notify again
what was already notified in a period; ``tray.notify_memory`` keeps it on disk.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from core import AccountStatus, AccountUsage, AdminUsage, OAuthUsage, UsageWindow, safe_text

from . import formats
from .limit_view import URGENT_SIGN_IN
from .viewmodel import plural

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
SIGN_IN_KEY, SPEND_KEY, MODEL_PREFIX = "sign_in", "spend", "model:"
_NO_RESET_NOTICE = frozenset({SPEND_KEY})  # a new month is no news worth a notice

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
    SIGN_IN = "sign_in"


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
    spend_thresholds: tuple[float, ...] = (80.0, 95.0)  # of an organisation's spend limit


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


def _next_month(moment: datetime) -> datetime:
    """The start of the month after ``moment``'s (when a monthly spend limit starts over)."""
    first = moment.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return (first + timedelta(days=32)).replace(day=1)


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
    shown, percent = safe_text(account), formats.percent(window.percent)
    model = safe_text(key.removeprefix(MODEL_PREFIX))
    if key == "session":
        title = QCoreApplication.translate("Notices", "{name}'s session is at {percent}")
    elif key.startswith(MODEL_PREFIX):
        title = QCoreApplication.translate(
            "Notices", "{name}'s weekly {model} limit is at {percent}"
        )
    elif key == SPEND_KEY:
        title = QCoreApplication.translate(
            "Notices", "{name}'s organisation has spent {percent} of its limit"
        )
    else:
        title = QCoreApplication.translate("Notices", "{name}'s week is at {percent}")
    if key == SPEND_KEY:
        body = _starts_over_sentence(window.resets_at, now)
        meaning = QCoreApplication.translate(
            "Notices", "At 100 % the organisation's Claude Code use stops until then."
        )
    else:
        body = _resets_sentence(window.resets_at, now)
        meaning = QCoreApplication.translate(
            "Notices", "At 100 % Claude stops answering on this account until then."
        )
        if key.startswith(MODEL_PREFIX):
            meaning = QCoreApplication.translate(
                "Notices", "At 100 % {model} stops answering on this account until then."
            )
    if critical:
        body += " " + meaning.format(model=model)
    return Notice(
        NoticeKind.THRESHOLD,
        account,
        key,
        title.format(name=shown, percent=percent, model=model),
        body.strip(),
        critical=critical,
    )


def _resets_sentence(resets_at: datetime | None, now: datetime) -> str:
    if resets_at is None or resets_at <= now:
        return QCoreApplication.translate("Notices", "It resets soon.")
    return QCoreApplication.translate("Notices", "Resets in {duration} ({clock}).").format(
        duration=formats.duration(resets_at - now), clock=formats.clock(resets_at, now)
    )


def _starts_over_sentence(month_end: datetime | None, now: datetime) -> str:
    """An organisation's spend limit starts over with the month."""
    if month_end is None or month_end <= now:
        return QCoreApplication.translate("Notices", "The limit starts over soon.")
    return QCoreApplication.translate("Notices", "The limit starts over in {duration}.").format(
        duration=formats.duration(month_end - now)
    )


def _sign_in_notice(account: str, left: timedelta) -> Notice:
    """``Work's sign-in expires in 2 days`` and what to do about it."""
    days = max(1, round(left / timedelta(days=1)))
    title = plural(
        QCoreApplication.translate("Notices", "{name}'s sign-in expires in %n day(s)"),
        days,
    )
    body = QCoreApplication.translate(
        "Notices",
        "Sign-ins last about 28 days, refreshes or not. Sign in again (for a Claude Code "
        "login: run `claude`) to keep tracking this account.",
    )
    return Notice(
        NoticeKind.SIGN_IN,
        account,
        SIGN_IN_KEY,
        title.format(name=safe_text(account)),
        body,
        critical=False,
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
                notices.extend(self._model_notices(usage, now))
            notices.extend(self._sign_in_notices(usage, now))
            notices.extend(self._spend_notices(usage, now))
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
            if (
                memory.peak >= RESET_NOTICE_PEAK
                and self.config.reset_notice
                and key not in _NO_RESET_NOTICE
            ):
                notices.append(self._reset_notice(account, key))
            memory = self._windows[(account, key)] = WindowMemory(window.resets_at)
        elif memory.resets_at is None and window.resets_at is not None:
            memory.resets_at = window.resets_at  # the window started: same period as before
        memory.peak = max(memory.peak, window.percent)
        crossed = [t for t in self._thresholds(key) if window.percent >= t]
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
        elif key.startswith(MODEL_PREFIX):
            title = QCoreApplication.translate("Notices", "{name}'s weekly {model} limit has reset")
        else:
            title = QCoreApplication.translate("Notices", "{name}'s weekly limit has reset")
        body = QCoreApplication.translate("Notices", "You can use Claude on {name} again.")
        model = safe_text(key.removeprefix(MODEL_PREFIX))
        return Notice(
            NoticeKind.RESET,
            account,
            key,
            title.format(name=shown, model=model),
            body.format(name=shown),
        )

    def _thresholds(self, key: str) -> tuple[float, ...]:
        if key.startswith(MODEL_PREFIX):
            return self.config.thresholds.get("weekly", ())
        if key == SPEND_KEY:
            return self.config.spend_thresholds
        return self.config.thresholds[key]

    def _model_notices(self, usage: OAuthUsage, now: datetime) -> list[Notice]:
        """The model-scoped weekly limits, by the model's name, on the weekly thresholds."""
        if "weekly" not in self.config.thresholds:
            return []
        notices: list[Notice] = []
        for name, window in usage.model_weekly.items():
            key = f"{MODEL_PREFIX}{name}"
            notices.extend(self._window_notices(usage.account_name, key, window, now))
        return notices

    def _sign_in_notices(self, usage: AccountUsage, now: datetime) -> list[Notice]:
        """Once per sign-in, when it ends within 3 days (the deadline is the period's end)."""
        deadline = usage.sign_in_expires_at if isinstance(usage, OAuthUsage) else None
        if deadline is None or not self.config.attention_notice:
            return []
        left = deadline - now
        if left <= timedelta(0) or left > URGENT_SIGN_IN:
            return []
        account = usage.account_name
        memory = self._windows.get((account, SIGN_IN_KEY))
        notified = memory.resets_at if memory is not None else None
        if notified is not None and abs(notified - deadline) <= RESET_TOLERANCE:
            return []  # this sign-in's notice went out already
        self._windows[(account, SIGN_IN_KEY)] = WindowMemory(deadline, {3.0}, 0.0)
        return [_sign_in_notice(account, left)]

    def _spend_notices(self, usage: AccountUsage, now: datetime) -> list[Notice]:
        """An organisation's spend against its limit, on the spend thresholds, per month."""
        if not isinstance(usage, AdminUsage) or usage.stale or usage.spend_limits is None:
            return []
        percent = usage.spend_limits.organization_percent
        if percent is None:
            return []
        month_end = _next_month(usage.period_start or now)
        window = UsageWindow(percent=percent, resets_at=month_end)
        return self._window_notices(usage.account_name, SPEND_KEY, window, now)

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

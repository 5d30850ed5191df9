"""From ``list[AccountUsage]`` to what the tray shows: card models, the icon state, the tooltip.

No widgets here (only ``QCoreApplication.translate`` for the wording): the widgets in
``cards.py``/``popup.py`` only lay these out, so every decision about wording, colour bands,
what needs attention and the order of the accounts is tested without a window.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from core import (
    CHART_SPAN,
    STATUS_HEADLINES,
    AccountStatus,
    AccountUsage,
    ActorUsage,
    AdminUsage,
    ExtraUsage,
    Forecast,
    ModelUsage,
    OAuthUsage,
    SeriesPoint,
    UsageWindow,
    plan_label,
    redact_text,
    safe_text,
    state_text,
)

from . import formats

if TYPE_CHECKING:
    from .limit_view import LimitExtras

__all__ = [
    "APP_TITLE",
    "CHART_SPAN",
    "SESSION_LABEL",
    "Action",
    "BarModel",
    "CardModel",
    "ChartModel",
    "Chip",
    "Histories",
    "IconState",
    "Level",
    "ListSection",
    "MenuLine",
    "Outage",
    "Severity",
    "StatRow",
    "StateLine",
    "UsageViewModel",
    "ViewOptions",
    "accounts_text",
    "build_card",
    "build_cards",
    "build_chart",
    "icon_state",
    "imported_text",
    "legacy_import_text",
    "legacy_offer",
    "level_for",
    "menu_lines",
    "model_label",
    "order_cards",
    "pace_percent",
    "plan_label",
    "plural",
    "tooltip_text",
    "window_details",
]


class Level(StrEnum):
    """Colour band of a percentage: green < 50, yellow 50–79, orange 80–94, red ≥ 95."""

    NONE = "none"
    OK = "ok"
    NOTICE = "notice"
    WARNING = "warning"
    CRITICAL = "critical"


class Severity(StrEnum):
    """How loudly a card's state line speaks."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


def level_for(percent: float | None) -> Level:
    """The colour band of a percentage (None: no data, grey)."""
    if percent is None:
        return Level.NONE
    if percent >= 95:
        return Level.CRITICAL
    if percent >= 80:
        return Level.WARNING
    if percent >= 50:
        return Level.NOTICE
    return Level.OK


@dataclass(frozen=True, slots=True)
class ViewOptions:
    """Which windows the popup shows (from the settings)."""

    show_session: bool = True
    show_weekly: bool = True
    show_models: bool = True
    show_extra: bool = True
    show_chart: bool = True
    follow_binding: bool = False  # the icon's colour follows any binding limit (issue 15)


@dataclass(frozen=True, slots=True)
class IconState:
    """What the tray icon draws: the worst session percent and its band, the worst week
    (the bars and ring styles show it too), whether the values are old, and whether an
    account needs the user (a dot). ``percent`` None and ``accounts`` False: no account yet."""

    percent: float | None
    level: Level
    stale: bool = False
    week: float | None = None
    attention: bool = False
    accounts: bool = True
    marker: bool = False  # another limit than the session binds (tray/limit_view.py)
    marker_level: Level = Level.NONE

    @property
    def text(self) -> str:
        return "–" if self.percent is None else str(round(min(max(self.percent, 0), 999)))

    @property
    def week_level(self) -> Level:
        return level_for(self.week)


@dataclass(frozen=True, slots=True)
class BarModel:
    """One usage bar: ``Session (5 h)  37 %`` over ``resets in 2 h 13 m (18:00)``."""

    key: str
    label: str
    percent: float | None
    value_text: str
    caption: str
    level: Level
    started: bool = True
    detail: str | None = None
    pace: float | None = None  # where an even pace would be now (0–100): the bar's marker


@dataclass(frozen=True, slots=True)
class StatRow:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class ListSection:
    """A short ranked list on admin cards (top models, top keys/users)."""

    title: str
    rows: tuple[StatRow, ...]


@dataclass(frozen=True, slots=True)
class StateLine:
    text: str
    severity: Severity
    headline: str = ""  # the text without its remedy, for a row whose button is the remedy


class Action(StrEnum):
    """The one thing a card in trouble offers to do, as a button in its row."""

    SIGN_IN = "sign_in"  # the app's own login is dead: sign in again to this account
    RETRY = "retry"  # a passing problem: fetch again now


@dataclass(frozen=True, slots=True)
class Chip:
    """The useful thing said loudly on a row: ``Runs out 01:25 — 10 h before reset``."""

    text: str
    level: Level


Series = Mapping[str, Sequence[SeriesPoint]]  # window key -> (hour, peak percent), oldest first
Histories = Mapping[str, Series]  # account name -> its series
CHART_MIN_POINTS = 2  # one point is a dot, not a trend: no chart until there are two


@dataclass(frozen=True, slots=True)
class ChartModel:
    """The card's 7-day sparkline: hourly peaks of the session and weekly windows.

    ``end`` is the end of the current hour (not "now"), so the model, and the card, only
    change when there is something new to draw.
    """

    start: datetime
    end: datetime
    session: tuple[SeriesPoint, ...]
    weekly: tuple[SeriesPoint, ...]
    summary: str

    @property
    def drawable(self) -> bool:
        return max(len(self.session), len(self.weekly)) >= CHART_MIN_POINTS

    def describe_at(
        self, moment: datetime, tolerance: timedelta = timedelta(hours=1)
    ) -> str | None:
        """The values of the sampled hour nearest ``moment`` (within ``tolerance`` of its
        middle), for the hover tooltip; None when nothing was sampled near it."""
        hours = {start for start, _ in (*self.session, *self.weekly)}
        if not hours:
            return None
        nearest = min(hours, key=lambda start: abs(start + _HALF_HOUR - moment))
        if abs(nearest + _HALF_HOUR - moment) > tolerance:
            return None
        parts = []
        words = (
            QCoreApplication.translate("ViewModel", "session"),
            QCoreApplication.translate("ViewModel", "week"),
        )
        for label, series in ((words[0], self.session), (words[1], self.weekly)):
            value = dict(series).get(nearest)
            if value is not None:
                parts.append(f"{label} {formats.percent(value)}")
        return f"{nearest.astimezone().strftime('%a %H:%M')} — {', '.join(parts)}"


_HALF_HOUR = timedelta(minutes=30)


def _chart_summary(session: Sequence[SeriesPoint], weekly: Sequence[SeriesPoint]) -> str:
    parts = [QCoreApplication.translate("ViewModel", "Last 7 days")]
    if session:
        peak = formats.percent(max(v for _, v in session))
        parts.append(
            QCoreApplication.translate("ViewModel", "session peak {percent}").format(percent=peak)
        )
    if weekly:
        peak = formats.percent(max(v for _, v in weekly))
        parts.append(
            QCoreApplication.translate("ViewModel", "week peak {percent}").format(percent=peak)
        )
    return " · ".join(parts)


def build_chart(series: Series | None, now: datetime) -> ChartModel | None:
    """The chart of one account's history (None when none was loaded)."""
    if series is None:
        return None
    end = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    start = end - CHART_SPAN
    session = tuple(p for p in series.get("five_hour", ()) if start <= p[0] < end)
    weekly = tuple(p for p in series.get("seven_day", ()) if start <= p[0] < end)
    return ChartModel(start, end, session, weekly, _chart_summary(session, weekly))


@dataclass(frozen=True, slots=True)
class CardModel:
    """Everything one account's card shows: the compact row (name, session and week bars,
    the reset, a dot and a button when it needs attention, a chip) and, behind its
    disclosure, the details (per-model and extra bars, the chart, admin figures)."""

    name: str  # the account's name as stored: what actions (rename, remove) refer to
    kind: str  # "oauth" or "admin"
    subtitle: str
    state: StateLine | None = None
    stale: bool = False
    stale_text: str | None = None
    bars: tuple[BarModel, ...] = ()
    stats: tuple[StatRow, ...] = ()
    sections: tuple[ListSection, ...] = ()
    empty_text: str | None = None
    needs_sign_in: bool = False
    chart: ChartModel | None = None
    email: str | None = None
    reset_text: str = ""  # the row's "Resets" column: ``1 h 12 m`` (the window that binds)
    reset_tip: str = ""  # which window and when: ``Session resets at 17:59``
    chip: Chip | None = None
    action: Action | None = None
    summary: str = ""  # what an admin row shows instead of bars: ``$45.50 this month``
    details: tuple[StatRow, ...] = ()  # session and week in words, behind the disclosure
    limits: LimitExtras | None = None  # binding chip, sign-in deadline, org (limit_view)

    @property
    def title(self) -> str:
        """The name as shown: an account saved before names had rules may hold control
        or bidi characters, which are shown escaped."""
        return safe_text(self.name)

    @property
    def needs_attention(self) -> bool:
        """A problem the user can act on (the row's dot, and the top of the list)."""
        return self.state is not None

    @property
    def fullness(self) -> tuple[float, ...]:
        """The session and week percents, highest first (the list's order after attention:
        the fullest window decides, the other breaks ties)."""
        shown = [b.percent for b in self.bars if b.key in _ROW_KEYS and b.percent is not None]
        return tuple(sorted(shown, reverse=True)) or (-1.0,)

    def row_bar(self, key: str) -> BarModel | None:
        """The row's ``session`` or ``weekly`` bar, if the account has that window."""
        return next((bar for bar in self.bars if bar.key == key), None)

    @property
    def detail_bars(self) -> tuple[BarModel, ...]:
        """The bars behind the disclosure: per-model weeks and extra usage."""
        return tuple(bar for bar in self.bars if bar.key not in _ROW_KEYS)


_ROW_KEYS = ("session", "weekly")


def order_cards(
    cards: Sequence[CardModel], keep_order: Sequence[str] | None = None
) -> list[CardModel]:
    """The popup's order: accounts that need attention first, then the worst usage first
    (ties keep the storage order). With ``keep_order`` (the user's own order, by name),
    that order instead; accounts it does not name follow, in storage order."""
    if keep_order is not None:
        rank = {name: index for index, name in enumerate(keep_order)}
        return sorted(cards, key=lambda card: rank.get(card.name, len(rank)))
    return sorted(
        cards, key=lambda card: (not card.needs_attention, tuple(-p for p in card.fullness))
    )


# ---------------------------------------------------------------- state wording


def _retry_text(retry_at: datetime | None, now: datetime) -> str:
    if retry_at is None or retry_at <= now:
        return QCoreApplication.translate("ViewModel", "retrying at the next refresh")
    return QCoreApplication.translate("ViewModel", "retrying in {duration} ({clock})").format(
        duration=formats.duration(retry_at - now), clock=formats.clock(retry_at, now)
    )


_WARNING_STATUSES = frozenset(
    {AccountStatus.RATE_LIMITED, AccountStatus.BLOCKED, AccountStatus.OFFLINE}
)
_SIGN_IN_STATUSES = frozenset(
    {AccountStatus.NEEDS_SIGN_IN, AccountStatus.SCOPE_MISSING, AccountStatus.AUTH_FAILED}
)
_RETRY_STATUSES = frozenset(
    {AccountStatus.OFFLINE, AccountStatus.ERROR, AccountStatus.LOGIN_EXPIRED}
)


def _remedies() -> dict[AccountStatus, str]:
    """The tray's remedies; the headlines (and the common remedies) are core.usage.display's."""
    return {
        AccountStatus.NEEDS_SIGN_IN: QCoreApplication.translate(
            "ViewModel", "sign in again to keep tracking it"
        ),
        AccountStatus.SCOPE_MISSING: QCoreApplication.translate("ViewModel", "sign in with Claude"),
        AccountStatus.OFFLINE: QCoreApplication.translate(
            "ViewModel", "will retry at the next refresh"
        ),
    }


def _state_for(
    status: AccountStatus, error: str | None, retry_at: datetime | None, now: datetime
) -> StateLine | None:
    """The card's state line for a status; None when all is well."""
    if status is AccountStatus.OK:
        return None
    detail = f": {_server_text(error)}" if error else ""
    if status is AccountStatus.ERROR:
        text = QCoreApplication.translate("ViewModel", "Error") + (
            detail or QCoreApplication.translate("ViewModel", ": could not fetch usage")
        )
    elif status is AccountStatus.AUTH_FAILED:
        text = STATUS_HEADLINES[status] + detail
    else:
        retry = {
            AccountStatus.RATE_LIMITED: _retry_text(retry_at, now),
            AccountStatus.BLOCKED: _retry_text(retry_at, now),
        }
        text = state_text(status, _remedies() | retry)
    severity = Severity.WARNING if status in _WARNING_STATUSES else Severity.ERROR
    return StateLine(text, severity, STATUS_HEADLINES.get(status, ""))


def _state_line(usage: AccountUsage, now: datetime) -> StateLine | None:
    from .limit_view import blocked_state  # it builds on this module

    blocked = blocked_state(usage, now)
    if blocked is not None:  # says who blocked (Cloudflare or a proxy) and when we retry
        return StateLine(blocked, Severity.WARNING)
    state = _state_for(usage.status, usage.error, usage.retry_at, now)
    if state is None and usage.error:
        state = StateLine(
            QCoreApplication.translate("ViewModel", "Error: {message}").format(
                message=_server_text(usage.error)
            ),
            Severity.ERROR,
        )
    return state


def _action_for(usage: AccountUsage) -> Action | None:
    """The button a row in trouble gets: sign in again (the app's own login is dead), or
    retry now (a problem that may have passed)."""
    if usage.status in _SIGN_IN_STATUSES and isinstance(usage, OAuthUsage):
        return Action.SIGN_IN
    if usage.status in _RETRY_STATUSES or (usage.status is AccountStatus.AUTH_FAILED):
        return Action.RETRY
    return None


def _server_text(text: str) -> str:
    """Text a server (or an old store) wrote, made safe to show: secrets redacted, control,
    bidi and invisible characters escaped. Labels are plain text, so markup stays text."""
    return safe_text(redact_text(text))


def _stale_caption(usage: AccountUsage, now: datetime) -> str | None:
    if not usage.stale:
        return None
    if usage.fetched_at is None:
        return QCoreApplication.translate("ViewModel", "Stale")
    return QCoreApplication.translate("ViewModel", "Stale — showing values from {clock}").format(
        clock=formats.clock(usage.fetched_at, now)
    )


# ---------------------------------------------------------------- OAuth cards


def _pace_words(pace: float) -> str:
    if pace >= 3:  # early in a window the ratio is noise: don't print "39.0×"
        return QCoreApplication.translate("ViewModel", "far ahead of pace")
    if pace > 1.05:
        return QCoreApplication.translate("ViewModel", "ahead of pace ({ratio}×)").format(
            ratio=f"{pace:.1f}"
        )
    if pace < 0.95:
        return QCoreApplication.translate("ViewModel", "under pace ({ratio}×)").format(
            ratio=f"{pace:.1f}"
        )
    return QCoreApplication.translate("ViewModel", "on pace")


def _forecast_text(forecast: Forecast | None, now: datetime) -> str | None:
    """``runs out at 01:25 (in 3 h 10 m) · ahead of pace (1.4×)``: the run-out first, as
    it is what matters; the pace alone when it will not run out."""
    if forecast is None:
        return None
    parts: list[str] = []
    if forecast.runs_out_before_reset and forecast.runs_out_at is not None:
        when = forecast.runs_out_at
        parts.append(
            QCoreApplication.translate("ViewModel", "runs out at {clock} (in {duration})").format(
                clock=formats.clock(when, now), duration=formats.duration(when - now)
            )
        )
    if forecast.pace is not None:
        parts.append(_pace_words(forecast.pace))
    return " · ".join(parts) or None


def _find_forecast(usage: OAuthUsage, keys: Sequence[str]) -> Forecast | None:
    for key in keys:
        if key in usage.forecasts:
            return usage.forecasts[key]
    return None


WINDOW_LENGTHS = {"session": timedelta(hours=5), "weekly": timedelta(days=7)}


def pace_percent(window: UsageWindow, length: timedelta, now: datetime) -> float | None:
    """Where usage would be now at an even pace through the window (the bar's marker):
    the share of the window that has passed, in percent. None before it started."""
    if window.resets_at is None:
        return None
    left = (window.resets_at - now) / length
    return round(min(max(1.0 - left, 0.0), 1.0) * 100.0, 1)


def _window_bar(
    key: str, label: str, window: UsageWindow, now: datetime, forecast: Forecast | None = None
) -> BarModel:
    started = window.started
    length = WINDOW_LENGTHS.get(key)
    return BarModel(
        key=key,
        label=label,
        percent=window.percent,
        value_text=formats.percent(window.percent) if started or window.percent else "—",
        caption=formats.resets(window.resets_at, now),
        level=level_for(window.percent),
        started=started,
        detail=_forecast_text(forecast, now) if started else None,
        pace=pace_percent(window, length, now) if started and length is not None else None,
    )


_SESSION_FORECAST_KEYS = ("session", "five_hour")
_WEEKLY_FORECAST_KEYS = ("weekly", "seven_day")


def _model_windows(usage: OAuthUsage) -> list[tuple[str, UsageWindow]]:
    """Per-model weekly windows: ``model_weekly`` first, then opus/sonnet if not already there."""
    found = list(usage.model_weekly.items())
    seen = {name.lower() for name, _ in found}
    for name, window in (("Opus", usage.opus), ("Sonnet", usage.sonnet)):
        if window is not None and not any(name.lower() in s for s in seen):
            found.append((name, window))
    return found


def _same_reset(a: UsageWindow, b: UsageWindow) -> bool:
    if a.resets_at is None or b.resets_at is None:
        return a.resets_at is b.resets_at
    return abs((a.resets_at - b.resets_at).total_seconds()) < 60


def _extra_bar(extra: ExtraUsage, now: datetime) -> BarModel | None:
    if not extra.is_enabled:
        return None
    used = formats.money(extra.used_credits or 0.0, extra.currency)
    if extra.monthly_limit is None:
        value = used
        caption = QCoreApplication.translate("ViewModel", "used this month · no monthly cap")
    else:
        value = f"{used} / {formats.money(extra.monthly_limit, extra.currency)}"
        caption = QCoreApplication.translate("ViewModel", "used this month")
    percent = extra.utilization
    return BarModel(
        key="extra",
        label=QCoreApplication.translate("ViewModel", "Extra usage"),
        percent=percent,
        value_text=value,
        caption=caption,
        level=level_for(percent) if percent is not None else Level.NONE,
    )


SESSION_LABEL = "Session (5 h)"  # also the session bar's accessible name, which tests read


def _oauth_bars(usage: OAuthUsage, now: datetime, options: ViewOptions) -> list[BarModel]:
    bars: list[BarModel] = []
    if options.show_session and usage.session is not None:
        forecast = _find_forecast(usage, _SESSION_FORECAST_KEYS)
        label = QCoreApplication.translate("ViewModel", "Session (5 h)")
        bars.append(_window_bar("session", label, usage.session, now, forecast))
    if options.show_weekly and usage.weekly is not None:
        forecast = _find_forecast(usage, _WEEKLY_FORECAST_KEYS)
        label = QCoreApplication.translate("ViewModel", "Week (all models)")
        bars.append(_window_bar("weekly", label, usage.weekly, now, forecast))
    if options.show_models:
        for name, window in _model_windows(usage):
            label = QCoreApplication.translate("ViewModel", "Week · {model}").format(
                model=safe_text(name)
            )
            bar = _window_bar(f"model:{name}", label, window, now)
            if usage.weekly is not None and _same_reset(window, usage.weekly):
                bar = replace(bar, caption="")  # the week's bar already says when it resets
            bars.append(bar)
    if options.show_extra and usage.extra_usage is not None:
        extra = _extra_bar(usage.extra_usage, now)
        if extra is not None:
            bars.append(extra)
    return bars


def _subtitle(*parts: str | None) -> str:
    return " · ".join(safe_text(p) for p in parts if p)


WEEK_BINDS_AT = 80.0  # from here on the week, not the session, is what limits the account


def _binding(usage: OAuthUsage) -> tuple[str, UsageWindow] | None:
    """The window whose reset matters now: the session (it comes back every 5 hours),
    unless the week is fuller and nearly used up — then waiting for the session is no help."""
    session, week = usage.session, usage.weekly
    if week is not None and week.started and week.resets_at is not None:
        session_percent = session.percent if session is not None else -1.0
        if week.percent >= WEEK_BINDS_AT and week.percent > session_percent:
            return "weekly", week
    if session is not None and session.started and session.resets_at is not None:
        return "session", session
    return None


def _reset_cell(usage: OAuthUsage, now: datetime) -> tuple[str, str]:
    """The row's ``Resets`` column (``1 h 12 m``) and its tooltip (which window, when)."""
    binding = _binding(usage)
    if binding is None or binding[1].resets_at is None:
        return "—", ""
    key, window = binding
    resets_at = window.resets_at
    assert resets_at is not None
    if resets_at <= now:
        text = QCoreApplication.translate("ViewModel", "now")
    else:
        text = formats.duration(resets_at - now)
    if key == "session":
        tip = QCoreApplication.translate("ViewModel", "The session resets at {clock}")
    else:
        tip = QCoreApplication.translate("ViewModel", "The week resets at {clock}")
    return text, tip.format(clock=formats.clock(resets_at, now))


def _window_chip(
    label: str, window: UsageWindow, forecast: Forecast | None, now: datetime
) -> Chip | None:
    """``Session runs out 01:25 — 10 h before reset``; at the limit, when it comes back."""
    resets_at = window.resets_at
    if resets_at is None or not window.started:
        return None
    if window.percent >= 100:
        text = QCoreApplication.translate("ViewModel", "{window} limit reached — back {clock}")
        return Chip(text.format(window=label, clock=formats.clock(resets_at, now)), Level.CRITICAL)
    if forecast is not None and forecast.runs_out_before_reset and forecast.runs_out_at:
        when = forecast.runs_out_at
        text = QCoreApplication.translate(
            "ViewModel", "{window} runs out {clock} — {early} before reset"
        )
        early = formats.duration(resets_at - when)
        level = max(level_for(window.percent), Level.WARNING, key=_LEVEL_ORDER.index)
        return Chip(text.format(window=label, clock=formats.clock(when, now), early=early), level)
    if window.percent >= 95:
        text = QCoreApplication.translate("ViewModel", "{window} nearly used up — resets in {left}")
        return Chip(
            text.format(window=label, left=formats.duration(resets_at - now)), Level.CRITICAL
        )
    return None


_LEVEL_ORDER = [Level.NONE, Level.OK, Level.NOTICE, Level.WARNING, Level.CRITICAL]


def _chip(usage: OAuthUsage, now: datetime) -> Chip | None:
    """The loudest thing to say about the account's windows, session first."""
    pairs = (
        (QCoreApplication.translate("ViewModel", "Session"), usage.session, _SESSION_FORECAST_KEYS),
        (QCoreApplication.translate("ViewModel", "Week"), usage.weekly, _WEEKLY_FORECAST_KEYS),
    )
    for label, window, keys in pairs:
        if window is not None:
            chip = _window_chip(label, window, _find_forecast(usage, keys), now)
            if chip is not None:
                return chip
    return None


def window_details(bars: Sequence[BarModel]) -> tuple[StatRow, ...]:
    """The session and week rows' captions in words, for the disclosure."""
    rows = []
    for bar in bars:
        if bar.key in _ROW_KEYS:
            words = " · ".join(part for part in (bar.caption, bar.detail) if part)
            rows.append(StatRow(bar.label, words))
    return tuple(rows)


def _oauth_card(
    usage: OAuthUsage, now: datetime, options: ViewOptions, history: Series | None
) -> CardModel:
    bars = _oauth_bars(usage, now, options)
    empty = None
    if not bars:
        empty = (
            QCoreApplication.translate("ViewModel", "Waiting for the first update…")
            if not usage.has_data
            else QCoreApplication.translate("ViewModel", "No usage reported yet")
        )
    reset_text, reset_tip = _reset_cell(usage, now)
    return CardModel(
        name=usage.account_name,
        kind="oauth",
        subtitle=_subtitle(usage.email, plan_label(usage.plan)),
        state=_state_line(usage, now),
        stale=usage.stale,
        stale_text=_stale_caption(usage, now),
        bars=tuple(bars),
        empty_text=empty,
        needs_sign_in=usage.status in _SIGN_IN_STATUSES,
        chart=build_chart(history, now) if options.show_chart else None,
        email=safe_text(usage.email) if usage.email else None,
        reset_text=reset_text,
        reset_tip=reset_tip,
        chip=None if usage.stale else _chip(usage, now),
        action=_action_for(usage),
        details=window_details(bars),
    )


# ---------------------------------------------------------------- admin cards


def _tokens(item: ModelUsage | ActorUsage | AdminUsage) -> int:
    """All tokens: ``core`` counts cache reads and writes inside ``input_tokens``."""
    return item.input_tokens + item.output_tokens


def model_label(model: str) -> str:
    """``claude-sonnet-4-5-20250929`` → ``Sonnet 4.5``; unknown shapes are kept readable."""
    parts = model.removeprefix("claude-").split("-")
    if parts and len(parts[-1]) == 8 and parts[-1].isdigit():
        parts = parts[:-1]  # the snapshot date
    words: list[str] = []
    for part in parts:
        if part.isdigit() and words and words[-1][-1:].isdigit():
            words[-1] += f".{part}"
        else:
            words.append(part if part[:1].isdigit() else part.capitalize())
    return " ".join(words) or model


def _model_row(model: ModelUsage, currency: str) -> StatRow:
    tokens = _tokens(model)
    money = formats.money(model.estimated_cost_cents / 100, currency)
    value = QCoreApplication.translate("ViewModel", "{tokens} tok · ≈ {money}").format(
        tokens=formats.tokens(tokens), money=money
    )
    return StatRow(safe_text(model_label(model.model)), value)


def _actor_row(actor: ActorUsage, currency: str) -> StatRow:
    tokens = _tokens(actor)
    if actor.actor_type == "api_key":
        label = QCoreApplication.translate("ViewModel", "{name} (key)")
    else:
        label = QCoreApplication.translate("ViewModel", "{name} (user)")
    money = formats.money(actor.estimated_cost_cents / 100, currency)
    value = QCoreApplication.translate("ViewModel", "{tokens} tok · ≈ {money}").format(
        tokens=formats.tokens(tokens), money=money
    )
    return StatRow(label.format(name=safe_text(actor.actor_name)), value)


def _top(items: Sequence[ModelUsage] | Sequence[ActorUsage], count: int = 3) -> list:  # type: ignore[type-arg]
    def weight(item: ModelUsage | ActorUsage) -> tuple[float, int]:
        return (item.estimated_cost_cents, _tokens(item))

    return sorted(items, key=weight, reverse=True)[:count]


def _spend_text(usage: AdminUsage) -> str:
    if usage.actual_cost_cents is not None:
        return formats.money(usage.actual_cost_cents / 100, usage.currency)
    return QCoreApplication.translate("ViewModel", "≈ {money} (estimated)").format(
        money=formats.money(usage.estimated_cost_cents / 100, usage.currency)
    )


def _named_models(names: Sequence[str]) -> list[str]:
    """Unpriced models worth naming: usage the report files under no model (``(no model)``,
    an empty name) is not a model the user could look up a price for."""
    return [name for name in names if name.strip() and not name.strip().startswith("(")]


def _admin_stats(usage: AdminUsage) -> list[StatRow]:
    cache = usage.cache_creation_tokens + usage.cache_read_tokens
    tokens = QCoreApplication.translate("ViewModel", "{input} in · {output} out").format(
        input=formats.tokens(usage.input_tokens), output=formats.tokens(usage.output_tokens)
    )
    rows = [StatRow(QCoreApplication.translate("ViewModel", "Tokens"), tokens)]
    if cache:
        rows.append(
            StatRow(
                QCoreApplication.translate("ViewModel", "From cache"),
                QCoreApplication.translate("ViewModel", "{tokens} of the input").format(
                    tokens=formats.tokens(cache)
                ),
            )
        )
    rows.append(StatRow(QCoreApplication.translate("ViewModel", "Spend"), _spend_text(usage)))
    unpriced = _named_models(usage.unpriced_models)
    if unpriced:
        rows.append(
            StatRow(
                QCoreApplication.translate("ViewModel", "No price for"),
                safe_text(", ".join(unpriced)),
            )
        )
    rows.extend(
        StatRow(QCoreApplication.translate("ViewModel", "Note"), _server_text(note))
        for note in usage.notes
    )
    return rows


def _estimate_note(usage: AdminUsage) -> StatRow | None:
    """Per-model costs are list-price estimates; say so when the bill is shown beside them
    (they need not add up to it: discounts, credits, rounding)."""
    if usage.actual_cost_cents is None or not usage.model_breakdown:
        return None
    return StatRow(
        QCoreApplication.translate("ViewModel", "Note"),
        QCoreApplication.translate(
            "ViewModel", "model and key costs are estimates at list prices; Spend is the bill"
        ),
    )


def _admin_card(usage: AdminUsage, now: datetime) -> CardModel:
    sections: list[ListSection] = []
    stats: list[StatRow] = []
    if usage.has_data:
        stats = _admin_stats(usage)
        note = _estimate_note(usage)
        if note is not None:
            stats.append(note)
        models = tuple(_model_row(m, usage.currency) for m in _top(usage.model_breakdown))
        actors = tuple(_actor_row(a, usage.currency) for a in _top(usage.actors))
        if models:
            sections.append(
                ListSection(QCoreApplication.translate("ViewModel", "Top models"), models)
            )
        if actors:
            title = QCoreApplication.translate("ViewModel", "Top keys and users")
            sections.append(ListSection(title, actors))
    summary = (
        QCoreApplication.translate("ViewModel", "{money} spent {period}").format(
            money=_spend_text(usage), period=_period_text(usage)
        )
        if usage.has_data
        else ""
    )
    return CardModel(
        name=usage.account_name,
        kind="admin",
        subtitle=_subtitle(
            QCoreApplication.translate("ViewModel", "Admin API"), _period_text(usage)
        ),
        state=_state_line(usage, now),
        stale=usage.stale,
        stale_text=_stale_caption(usage, now),
        stats=tuple(stats),
        sections=tuple(sections),
        empty_text=None
        if usage.has_data
        else QCoreApplication.translate("ViewModel", "Waiting for the first update…"),
        needs_sign_in=usage.status is AccountStatus.AUTH_FAILED,
        summary=summary,
        action=_action_for(usage),
    )


def _period_text(usage: AdminUsage) -> str:
    if usage.period_start is None:
        return QCoreApplication.translate("ViewModel", "month to date")
    return QCoreApplication.translate("ViewModel", "since {date}").format(
        date=formats.day(usage.period_start)
    )


# ---------------------------------------------------------------- public builders


def build_card(
    usage: AccountUsage,
    now: datetime,
    options: ViewOptions | None = None,
    history: Series | None = None,
) -> CardModel:
    from .limit_view import with_limit_extras  # it builds on this module

    if isinstance(usage, AdminUsage):
        return with_limit_extras(_admin_card(usage, now), usage, now)
    return with_limit_extras(_oauth_card(usage, now, options or ViewOptions(), history), usage, now)


def build_cards(
    usages: Sequence[AccountUsage],
    now: datetime,
    options: ViewOptions | None = None,
    histories: Histories | None = None,
) -> list[CardModel]:
    found = histories or {}
    return [build_card(u, now, options, found.get(u.account_name)) for u in usages]


def _needs_user(usage: AccountUsage) -> bool:
    """A problem only the user can fix (sign in, run `claude`, replace a key): the icon's dot.
    Passing problems (offline, rate limited) are not: they fix themselves."""
    return usage.status in _SIGN_IN_STATUSES or usage.status is AccountStatus.LOGIN_EXPIRED


def icon_state(usages: Sequence[AccountUsage]) -> IconState:
    """The worst session (5-hour) percent over all OAuth accounts that have one, the worst
    week, and whether any account needs the user."""
    attention = any(_needs_user(u) for u in usages)
    oauths = [u for u in usages if isinstance(u, OAuthUsage)]
    weeks = [u.weekly.percent for u in oauths if u.weekly is not None]
    week = max(weeks) if weeks else None
    worst: OAuthUsage | None = None
    worst_percent = -1.0
    for usage in oauths:
        if usage.session is not None and usage.session.percent > worst_percent:
            worst, worst_percent = usage, usage.session.percent
    if worst is None or worst.session is None:
        stale = bool(usages) and all(u.stale for u in usages)
        return IconState(
            None, Level.NONE, stale=stale, week=week, attention=attention, accounts=bool(usages)
        )
    percent = worst.session.percent
    return IconState(percent, level_for(percent), stale=worst.stale, week=week, attention=attention)


def _tooltip_line(usage: AccountUsage, now: datetime) -> str:
    name = safe_text(usage.account_name)
    return QCoreApplication.translate("ViewModel", "{name}: {state}").format(
        name=name, state=_account_summary(usage, now)
    )


def _account_summary(usage: AccountUsage, now: datetime) -> str:
    """One account in a few words: its figures, or what is wrong with it."""
    if isinstance(usage, AdminUsage):
        if usage.has_data:
            body = QCoreApplication.translate("ViewModel", "{money} this month").format(
                money=_spend_text(usage)
            )
        else:
            body = QCoreApplication.translate("ViewModel", "no data yet")
    else:
        parts = []
        if usage.session is not None:
            parts.append(
                QCoreApplication.translate("ViewModel", "session {value}").format(
                    value=_tip_window(usage.session)
                )
            )
        if usage.weekly is not None:
            parts.append(
                QCoreApplication.translate("ViewModel", "week {value}").format(
                    value=_tip_window(usage.weekly)
                )
            )
        body = ", ".join(parts) or (
            QCoreApplication.translate("ViewModel", "no data yet")
            if not usage.has_data
            else QCoreApplication.translate("ViewModel", "no limits")
        )
    state = _state_line(usage, now)
    if state is not None and state.severity is Severity.ERROR:
        body += f" — {state.text.split(' — ')[0]}"
    elif usage.stale:
        body += QCoreApplication.translate("ViewModel", " (stale)")
    return body


def _tip_window(window: UsageWindow) -> str:
    return (
        formats.percent(window.percent)
        if window.started
        else QCoreApplication.translate("ViewModel", "not started")
    )


def _menu_state(status: AccountStatus) -> str:
    """A problem in a few words, after the account's name in the tray menu."""
    words = {
        AccountStatus.NEEDS_SIGN_IN: QCoreApplication.translate("ViewModel", "needs sign-in"),
        AccountStatus.LOGIN_EXPIRED: QCoreApplication.translate(
            "ViewModel", "Claude Code's login expired"
        ),
        AccountStatus.SCOPE_MISSING: QCoreApplication.translate("ViewModel", "can't read usage"),
        AccountStatus.AUTH_FAILED: QCoreApplication.translate("ViewModel", "credentials refused"),
        AccountStatus.OFFLINE: QCoreApplication.translate("ViewModel", "offline"),
        AccountStatus.RATE_LIMITED: QCoreApplication.translate("ViewModel", "rate limited"),
        AccountStatus.BLOCKED: QCoreApplication.translate("ViewModel", "blocked by Cloudflare"),
    }
    return words.get(status) or QCoreApplication.translate("ViewModel", "could not fetch usage")


@dataclass(frozen=True, slots=True)
class MenuLine:
    """One account in the tray menu: ``Work — needs sign-in``; choosing it opens the popup
    at that account."""

    name: str
    text: str
    attention: bool


def menu_lines(
    usages: Sequence[AccountUsage], cards: Sequence[CardModel], now: datetime
) -> list[MenuLine]:
    """The tray menu's account lines, one per card of ``cards`` (the popup's, in its order:
    the user's own or attention and worst first, an outage said by the banner alone)."""
    by_name = {usage.account_name: usage for usage in usages}
    lines = []
    for card in cards:
        usage = by_name[card.name]
        trouble = card.state is not None
        what = _menu_state(usage.status) if trouble else _account_summary(usage, now)
        text = QCoreApplication.translate("ViewModel", "{name} — {state}").format(
            name=card.title, state=what
        )
        lines.append(MenuLine(card.name, text, card.needs_attention))
    return lines


APP_TITLE = "Claude Usage"


def tooltip_text(usages: Sequence[AccountUsage], now: datetime, title: str = APP_TITLE) -> str:
    """The worst session beside the app's ``title`` (panels that show one line show that),
    then one line per account."""
    if not usages:
        return QCoreApplication.translate("ViewModel", "{title} — no accounts yet").format(
            title=title
        )
    worst = icon_state(usages).percent
    heading = (
        title
        if worst is None
        else QCoreApplication.translate("ViewModel", "{title} — worst session {percent}").format(
            title=title, percent=formats.percent(worst)
        )
    )
    return "\n".join([heading, *(_tooltip_line(u, now) for u in usages)])


# ---------------------------------------------------------------- import from claude-usage-core

LEGACY_NAME = "claude-usage-core"


def plural(text: str, count: int) -> str:
    """A translated ``%n`` text, finished with ``count``: sources say ``(s)`` where English
    adds an s. Translated without a count (``QCoreApplication.translate(ctx, "%n …")``):
    lupdate never marks such calls as plurals, so their one translated form is phrased to
    read right for any count ("Sitzungen: %n"), and Qt, asked with a count for a form the
    catalogue lacks, would hand back the English source instead."""
    if "(s)" in text:
        text = text.replace("(s)", "" if count == 1 else "s")
    return text.replace("%n", str(count))


class _Counted(QObject):
    """Counted words that sit inside a sentence, so each language's own plural form must be
    chosen: lupdate marks ``self.tr(text, "", n)`` in a class as a plural, never a
    ``QCoreApplication.translate`` call outside one ("1 Konten" in German otherwise)."""

    def accounts(self, count: int) -> str:
        return self.tr("%n account(s)", "", count)


def accounts_text(count: int) -> str:
    """``1 account``, ``3 accounts`` (``1 Konto``, ``3 Konten``)."""
    return plural(_Counted().accounts(count), count)


def legacy_offer(candidates: Sequence[str], dismissed: Sequence[str]) -> list[str]:
    """What to offer: every importable account — but nothing when the user already
    dismissed all of them (a new account in that store brings the offer back)."""
    return list(candidates) if set(candidates) - set(dismissed) else []


def legacy_import_text(count: int) -> str:
    return QCoreApplication.translate("ViewModel", "Import {accounts} from {source}").format(
        accounts=accounts_text(count), source=LEGACY_NAME
    )


def imported_text(names: Sequence[str]) -> str:
    """The result of an import, for the popup's banner."""
    if not names:
        return QCoreApplication.translate(
            "ViewModel", "Nothing new to import from {source}: its accounts are already here."
        ).format(source=LEGACY_NAME)
    return QCoreApplication.translate(
        "ViewModel", "Imported {accounts} from {source}: {names}."
    ).format(accounts=accounts_text(len(names)), source=LEGACY_NAME, names=", ".join(names))


# ---------------------------------------------------------------- state holder


@dataclass(frozen=True, slots=True)
class Outage:
    """Every account unreachable at once: one banner, not a warning on every card."""

    since: datetime
    retry_at: datetime | None

    def text(self, now: datetime) -> str:
        since = QCoreApplication.translate(
            "ViewModel", "Can't reach Anthropic since {clock}"
        ).format(clock=formats.clock(self.since, now))
        if self.retry_at is None or self.retry_at <= now:
            return since
        retry = QCoreApplication.translate("ViewModel", "retrying {clock}").format(
            clock=formats.clock(self.retry_at, now)
        )
        return f"{since} · {retry}"


def _all_offline(usages: Sequence[AccountUsage]) -> bool:
    return bool(usages) and all(u.status is AccountStatus.OFFLINE for u in usages)


@dataclass
class UsageViewModel:
    """The tray's state: the latest snapshots and what follows from them.

    Views subscribe with :meth:`subscribe` and re-read the derived values when told.
    """

    options: ViewOptions = field(default_factory=ViewOptions)
    title: str = APP_TITLE  # the tooltip's first line ("Claude Usage (demo)" in the demo)
    usages: tuple[AccountUsage, ...] = ()
    updated_at: datetime | None = None
    refreshing: bool = False
    banner: str | None = None
    has_accounts: bool | None = None  # None until the first answer from the backend
    histories: Histories = field(default_factory=dict)  # loaded after each refresh, by name
    keep_order: tuple[str, ...] | None = None  # the user's own order (None: sorted)
    outage: Outage | None = None
    _listeners: list[Callable[[], None]] = field(default_factory=list, repr=False)

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe_all(self) -> None:
        self._listeners.clear()

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def set_usages(
        self, usages: Sequence[AccountUsage], now: datetime, next_poll: datetime | None = None
    ) -> None:
        """New snapshots; ``next_poll`` is when the scheduler will try again (the outage
        banner's "retrying" time)."""
        self.usages = tuple(usages)
        self.updated_at = now
        self.has_accounts = bool(usages)
        self.banner = None
        if _all_offline(usages):
            since = self.outage.since if self.outage is not None else now
            self.outage = Outage(since, next_poll)
        else:
            self.outage = None
        self._changed()

    def set_has_accounts(self, has_accounts: bool) -> None:
        self.has_accounts = has_accounts
        self._changed()

    def set_refreshing(self, refreshing: bool) -> None:
        self.refreshing = refreshing
        self._changed()

    def set_banner(self, text: str | None) -> None:
        """Banners quote errors, names and paths: shown made safe."""
        self.banner = None if text is None else _server_text(text)
        self._changed()

    def set_options(self, options: ViewOptions) -> None:
        self.options = options
        self._changed()

    def set_keep_order(self, order: Sequence[str] | None) -> None:
        """Keep the user's own order (names, top first), or None to sort by attention."""
        self.keep_order = None if order is None else tuple(order)
        self._changed()

    def set_histories(self, histories: Histories) -> None:
        """The 7-day series of the accounts, replacing the cached ones (painting never asks
        the backend: it reads these)."""
        if histories != self.histories:
            self.histories = dict(histories)
            self._changed()

    def chart_accounts(self) -> list[str]:
        """The accounts whose history the chart needs (subscription accounts, when shown)."""
        if not self.options.show_chart:
            return []
        return [u.account_name for u in self.usages if isinstance(u, OAuthUsage)]

    def cards(self, now: datetime) -> list[CardModel]:
        """The cards in the popup's order. During an outage the banner says it once: the
        cards drop their own "offline" lines (their values are still marked old)."""
        cards = build_cards(self.usages, now, self.options, self.histories)
        if self.outage is not None:
            cards = [replace(card, state=None, action=None) for card in cards]
        return order_cards(cards, self.keep_order)

    def banner_text(self, now: datetime) -> str | None:
        """The banner: a message the app set, else the outage, else nothing."""
        if self.banner:
            return self.banner
        return self.outage.text(now) if self.outage is not None else None

    def icon(self) -> IconState:
        from .limit_view import icon_with_binding  # it builds on this module

        follow = self.options.follow_binding
        return icon_with_binding(icon_state(self.usages), self.usages, follow_binding=follow)

    def tooltip(self, now: datetime) -> str:
        from .limit_view import tooltip_with_binding  # it builds on this module

        return tooltip_with_binding(tooltip_text(self.usages, now, self.title), self.usages, now)

    def menu_lines(self, now: datetime) -> list[MenuLine]:
        return menu_lines(self.usages, self.cards(now), now)

    def oldest_shown(self) -> datetime | None:
        """When the oldest figures shown were fetched, if any shown are old (stale)."""
        times = [u.fetched_at for u in self.usages if u.stale and u.fetched_at is not None]
        return min(times, default=None)

    def updated_text(self, now: datetime) -> str:
        """How old the data shown is: ``Updated 7 s ago``, or, when some figures are old
        because fetching failed, ``Data from 04:50 (12 m ago)``."""
        if self.refreshing:
            return QCoreApplication.translate("ViewModel", "Updating…")
        if self.updated_at is None:
            return QCoreApplication.translate("ViewModel", "Not updated yet")
        oldest = self.oldest_shown()
        if oldest is not None:
            return QCoreApplication.translate("ViewModel", "Data from {clock} ({age})").format(
                clock=formats.clock(oldest, now), age=formats.ago(oldest, now)
            )
        return QCoreApplication.translate("ViewModel", "Updated {age}").format(
            age=formats.ago(self.updated_at, now)
        )

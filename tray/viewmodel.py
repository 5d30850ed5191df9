"""From ``list[AccountUsage]`` to what the tray shows: card models, the icon state, the tooltip.

Pure Python (no Qt): the widgets in ``cards.py``/``popup.py`` only lay these out, so every
decision about wording, colour bands and ordering is tested without a window.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

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
    format_ago,
    format_cents,
    format_clock,
    format_duration,
    format_money,
    format_percent,
    format_resets,
    format_tokens,
    plan_label,
    redact_text,
    safe_text,
    state_text,
)

if TYPE_CHECKING:
    from .limit_view import LimitExtras

__all__ = [
    "APP_TITLE",
    "CHART_SPAN",
    "BarModel",
    "CardModel",
    "ChartModel",
    "Histories",
    "IconState",
    "Level",
    "ListSection",
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
    "model_label",
    "plan_label",
    "tooltip_text",
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
    """What the tray icon draws: the worst session percent, its band, and whether it is stale."""

    percent: float | None
    level: Level
    stale: bool = False
    marker: bool = False  # another limit than the session binds (tray/limit_view.py)
    marker_level: Level = Level.NONE

    @property
    def text(self) -> str:
        return "–" if self.percent is None else str(round(min(max(self.percent, 0), 999)))


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
        for label, series in (("session", self.session), ("week", self.weekly)):
            value = dict(series).get(nearest)
            if value is not None:
                parts.append(f"{label} {format_percent(value)}")
        return f"{nearest.astimezone().strftime('%a %H:%M')} — {', '.join(parts)}"


_HALF_HOUR = timedelta(minutes=30)


def _chart_summary(session: Sequence[SeriesPoint], weekly: Sequence[SeriesPoint]) -> str:
    parts = ["Last 7 days"]
    if session:
        parts.append(f"session peak {format_percent(max(v for _, v in session))}")
    if weekly:
        parts.append(f"week peak {format_percent(max(v for _, v in weekly))}")
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
    """Everything one account's card shows."""

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
    limits: LimitExtras | None = None  # binding chip, sign-in deadline, org (limit_view)

    @property
    def title(self) -> str:
        """The name as shown: an account saved before names had rules may hold control
        or bidi characters, which are shown escaped."""
        return safe_text(self.name)


# ---------------------------------------------------------------- state wording


def _retry_text(retry_at: datetime | None, now: datetime) -> str:
    if retry_at is None or retry_at <= now:
        return "retrying at the next refresh"
    return f"retrying in {format_duration(retry_at - now)} ({format_clock(retry_at, now)})"


_WARNING_STATUSES = frozenset(
    {AccountStatus.RATE_LIMITED, AccountStatus.BLOCKED, AccountStatus.OFFLINE}
)
# The tray's remedies; the headlines (and the common remedies) are core.usage.display's.
_REMEDIES = {
    AccountStatus.NEEDS_SIGN_IN: "choose “Sign in again…” from this account's menu",
    AccountStatus.SCOPE_MISSING: "sign in with Claude",
    AccountStatus.OFFLINE: "will retry at the next refresh",
}


def _state_for(
    status: AccountStatus, error: str | None, retry_at: datetime | None, now: datetime
) -> StateLine | None:
    """The card's state line for a status; None when all is well."""
    if status is AccountStatus.OK:
        return None
    detail = f": {_server_text(error)}" if error else ""
    if status is AccountStatus.ERROR:
        text = f"Error{detail or ': could not fetch usage'}"
    elif status is AccountStatus.AUTH_FAILED:
        text = STATUS_HEADLINES[status] + detail
    else:
        retry = {
            AccountStatus.RATE_LIMITED: _retry_text(retry_at, now),
            AccountStatus.BLOCKED: _retry_text(retry_at, now),
        }
        text = state_text(status, _REMEDIES | retry)
    severity = Severity.WARNING if status in _WARNING_STATUSES else Severity.ERROR
    return StateLine(text, severity)


def _state_line(usage: AccountUsage, now: datetime) -> StateLine | None:
    from .limit_view import blocked_state  # it builds on this module

    blocked = blocked_state(usage, now)
    if blocked is not None:  # says who blocked (Cloudflare or a proxy) and when we retry
        return StateLine(blocked, Severity.WARNING)
    state = _state_for(usage.status, usage.error, usage.retry_at, now)
    if state is None and usage.error:
        state = StateLine(f"Error: {_server_text(usage.error)}", Severity.ERROR)
    return state


def _server_text(text: str) -> str:
    """Text a server (or an old store) wrote, made safe to show: secrets redacted, control,
    bidi and invisible characters escaped. Labels are plain text, so markup stays text."""
    return safe_text(redact_text(text))


def _stale_caption(usage: AccountUsage, now: datetime) -> str | None:
    if not usage.stale:
        return None
    if usage.fetched_at is None:
        return "Stale"
    return f"Stale — showing values from {format_clock(usage.fetched_at, now)}"


# ---------------------------------------------------------------- OAuth cards


def _forecast_text(forecast: Forecast | None, now: datetime) -> str | None:
    if forecast is None:
        return None
    parts: list[str] = []
    if forecast.pace is not None:
        if forecast.pace >= 3:  # early in a window the ratio is noise: don't print "39.0×"
            parts.append("far ahead of pace")
        elif forecast.pace > 1.05:
            parts.append(f"ahead of pace ({forecast.pace:.1f}×)")
        elif forecast.pace < 0.95:
            parts.append(f"under pace ({forecast.pace:.1f}×)")
        else:
            parts.append("on pace")
    if forecast.runs_out_before_reset and forecast.runs_out_at is not None:
        when = forecast.runs_out_at
        parts.append(f"runs out at {format_clock(when, now)} (in {format_duration(when - now)})")
    return " · ".join(parts) or None


def _find_forecast(usage: OAuthUsage, keys: Sequence[str]) -> Forecast | None:
    for key in keys:
        if key in usage.forecasts:
            return usage.forecasts[key]
    return None


def _window_bar(
    key: str, label: str, window: UsageWindow, now: datetime, forecast: Forecast | None = None
) -> BarModel:
    started = window.started
    return BarModel(
        key=key,
        label=label,
        percent=window.percent,
        value_text=format_percent(window.percent) if started or window.percent else "—",
        caption=format_resets(window.resets_at, now),
        level=level_for(window.percent),
        started=started,
        detail=_forecast_text(forecast, now) if started else None,
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
    used = format_money(extra.used_credits or 0.0, extra.currency)
    if extra.monthly_limit is None:
        value, caption = used, "used this month · no monthly cap"
    else:
        value = f"{used} / {format_money(extra.monthly_limit, extra.currency)}"
        caption = "used this month"
    percent = extra.utilization
    return BarModel(
        key="extra",
        label="Extra usage",
        percent=percent,
        value_text=value,
        caption=caption,
        level=level_for(percent) if percent is not None else Level.NONE,
    )


def _oauth_bars(usage: OAuthUsage, now: datetime, options: ViewOptions) -> list[BarModel]:
    bars: list[BarModel] = []
    if options.show_session and usage.session is not None:
        forecast = _find_forecast(usage, _SESSION_FORECAST_KEYS)
        bars.append(_window_bar("session", "Session (5 h)", usage.session, now, forecast))
    if options.show_weekly and usage.weekly is not None:
        forecast = _find_forecast(usage, _WEEKLY_FORECAST_KEYS)
        bars.append(_window_bar("weekly", "Week (all models)", usage.weekly, now, forecast))
    if options.show_models:
        for name, window in _model_windows(usage):
            bar = _window_bar(f"model:{name}", f"Week · {safe_text(name)}", window, now)
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


def _oauth_card(
    usage: OAuthUsage, now: datetime, options: ViewOptions, history: Series | None
) -> CardModel:
    bars = _oauth_bars(usage, now, options)
    empty = None
    if not bars:
        empty = "Waiting for the first update…" if not usage.has_data else "No usage reported yet"
    return CardModel(
        name=usage.account_name,
        kind="oauth",
        subtitle=_subtitle(usage.email, plan_label(usage.plan)),
        state=_state_line(usage, now),
        stale=usage.stale,
        stale_text=_stale_caption(usage, now),
        bars=tuple(bars),
        empty_text=empty,
        needs_sign_in=usage.status
        in (AccountStatus.NEEDS_SIGN_IN, AccountStatus.SCOPE_MISSING, AccountStatus.AUTH_FAILED),
        chart=build_chart(history, now) if options.show_chart else None,
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
    money = format_cents(model.estimated_cost_cents, currency)
    return StatRow(safe_text(model_label(model.model)), f"{format_tokens(tokens)} tok · {money}")


def _actor_row(actor: ActorUsage, currency: str) -> StatRow:
    tokens = _tokens(actor)
    kind = "key" if actor.actor_type == "api_key" else "user"
    money = format_cents(actor.estimated_cost_cents, currency)
    label = f"{safe_text(actor.actor_name)} ({kind})"
    return StatRow(label, f"{format_tokens(tokens)} tok · {money}")


def _top(items: Sequence[ModelUsage] | Sequence[ActorUsage], count: int = 3) -> list:  # type: ignore[type-arg]
    def weight(item: ModelUsage | ActorUsage) -> tuple[float, int]:
        return (item.estimated_cost_cents, _tokens(item))

    return sorted(items, key=weight, reverse=True)[:count]


def _spend_text(usage: AdminUsage) -> str:
    if usage.actual_cost_cents is not None:
        return format_cents(usage.actual_cost_cents, usage.currency)
    return f"≈ {format_cents(usage.estimated_cost_cents, usage.currency)} (estimated)"


def _admin_stats(usage: AdminUsage) -> list[StatRow]:
    cache = usage.cache_creation_tokens + usage.cache_read_tokens
    tokens = f"{format_tokens(usage.input_tokens)} in · {format_tokens(usage.output_tokens)} out"
    rows = [StatRow("Tokens", tokens)]
    if cache:
        rows.append(StatRow("From cache", f"{format_tokens(cache)} of the input"))
    rows.append(StatRow("Spend", _spend_text(usage)))
    if usage.unpriced_models:
        rows.append(StatRow("No price for", safe_text(", ".join(usage.unpriced_models))))
    rows.extend(StatRow("Note", _server_text(note)) for note in usage.notes)
    return rows


def _admin_card(usage: AdminUsage, now: datetime) -> CardModel:
    sections: list[ListSection] = []
    stats: list[StatRow] = []
    if usage.has_data:
        stats = _admin_stats(usage)
        models = tuple(_model_row(m, usage.currency) for m in _top(usage.model_breakdown))
        actors = tuple(_actor_row(a, usage.currency) for a in _top(usage.actors))
        if models:
            sections.append(ListSection("Top models", models))
        if actors:
            sections.append(ListSection("Top keys and users", actors))
    return CardModel(
        name=usage.account_name,
        kind="admin",
        subtitle=_subtitle("Admin API", _period_text(usage)),
        state=_state_line(usage, now),
        stale=usage.stale,
        stale_text=_stale_caption(usage, now),
        stats=tuple(stats),
        sections=tuple(sections),
        empty_text=None if usage.has_data else "Waiting for the first update…",
        needs_sign_in=usage.status is AccountStatus.AUTH_FAILED,
    )


def _period_text(usage: AdminUsage) -> str:
    if usage.period_start is None:
        return "month to date"
    return f"since {usage.period_start.astimezone().strftime('%d %b')}"


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


def icon_state(usages: Sequence[AccountUsage]) -> IconState:
    """The worst session (5-hour) percent over all OAuth accounts that have one."""
    worst: OAuthUsage | None = None
    worst_percent = -1.0
    for usage in (u for u in usages if isinstance(u, OAuthUsage)):
        if usage.session is not None and usage.session.percent > worst_percent:
            worst, worst_percent = usage, usage.session.percent
    if worst is None or worst.session is None:
        return IconState(None, Level.NONE, stale=bool(usages) and all(u.stale for u in usages))
    percent = worst.session.percent
    return IconState(percent, level_for(percent), stale=worst.stale)


def _tooltip_line(usage: AccountUsage, now: datetime) -> str:
    name = safe_text(usage.account_name)
    if isinstance(usage, AdminUsage):
        body = _spend_text(usage) + " this month" if usage.has_data else "no data yet"
    else:
        parts = []
        if usage.session is not None:
            parts.append(f"session {_tip_window(usage.session)}")
        if usage.weekly is not None:
            parts.append(f"week {_tip_window(usage.weekly)}")
        body = ", ".join(parts) or ("no data yet" if not usage.has_data else "no limits")
    state = _state_line(usage, now)
    if state is not None and state.severity is Severity.ERROR:
        body += f" — {state.text.split(' — ')[0]}"
    elif usage.stale:
        body += " (stale)"
    return f"{name}: {body}"


def _tip_window(window: UsageWindow) -> str:
    return format_percent(window.percent) if window.started else "not started"


APP_TITLE = "Claude Usage"


def tooltip_text(usages: Sequence[AccountUsage], now: datetime, title: str = APP_TITLE) -> str:
    """The worst session beside the app's ``title`` (panels that show one line show that),
    then one line per account."""
    if not usages:
        return f"{title} — no accounts yet"
    worst = icon_state(usages).percent
    heading = title if worst is None else f"{title} — worst session {format_percent(worst)}"
    return "\n".join([heading, *(_tooltip_line(u, now) for u in usages)])


# ---------------------------------------------------------------- import from claude-usage-core

LEGACY_NAME = "claude-usage-core"


def accounts_text(count: int) -> str:
    """``1 account``, ``3 accounts``."""
    return f"{count} account{'' if count == 1 else 's'}"


def legacy_offer(candidates: Sequence[str], dismissed: Sequence[str]) -> list[str]:
    """What to offer: every importable account — but nothing when the user already
    dismissed all of them (a new account in that store brings the offer back)."""
    return list(candidates) if set(candidates) - set(dismissed) else []


def legacy_import_text(count: int) -> str:
    return f"Import {accounts_text(count)} from {LEGACY_NAME}"


def imported_text(names: Sequence[str]) -> str:
    """The result of an import, for the popup's banner."""
    if not names:
        return f"Nothing new to import from {LEGACY_NAME}: its accounts are already here."
    return f"Imported {accounts_text(len(names))} from {LEGACY_NAME}: {', '.join(names)}."


# ---------------------------------------------------------------- state holder


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
    _listeners: list[Callable[[], None]] = field(default_factory=list, repr=False)

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe_all(self) -> None:
        self._listeners.clear()

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()

    def set_usages(self, usages: Sequence[AccountUsage], now: datetime) -> None:
        self.usages = tuple(usages)
        self.updated_at = now
        self.has_accounts = bool(usages)
        self.banner = None
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
        return build_cards(self.usages, now, self.options, self.histories)

    def icon(self) -> IconState:
        from .limit_view import icon_with_binding  # it builds on this module

        follow = self.options.follow_binding
        return icon_with_binding(icon_state(self.usages), self.usages, follow_binding=follow)

    def tooltip(self, now: datetime) -> str:
        from .limit_view import tooltip_with_binding  # it builds on this module

        return tooltip_with_binding(tooltip_text(self.usages, now, self.title), self.usages, now)

    def updated_text(self, now: datetime) -> str:
        if self.refreshing:
            return "Updating…"
        if self.updated_at is None:
            return "Not updated yet"
        return f"Updated {format_ago(self.updated_at, now)}"

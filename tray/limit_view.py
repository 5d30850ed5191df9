"""What Claude enforces, as the tray shows it: pure view models (issue 15).

- the **binding limit** — the one holding an account back, as the server judges it
  (``limits[]``' ``is_active`` and ``severity``, :func:`core.binding_limit`): a chip on the
  card, a line in the tooltip, a marker on the icon when it is not the session;
- the **severity floor** — a server "warning" colours a bar at least amber even below our
  band, anything worse at least orange;
- the **sign-in deadline** — "sign-in expires in 4 days", from 7 days before, with "Sign in
  again" in place;
- **reset grants** — "1 limit reset available (Weekly Opus)";
- an **organisation's** Claude Code productivity and spend limits — readable for 200 users:
  the totals, the top 5 by spend, the rest in the Details table.

Plain functions returning small frozen dataclasses, tested without widgets
(``tests/tray/test_limit_view.py``); ``tray/limit_widgets.py`` lays them out. Words go
through ``QCoreApplication.translate("LimitView", …)`` so the i18n work can extract them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from core import (
    SIGN_IN_WARNING,
    AccountStatus,
    AccountUsage,
    AdminUsage,
    BindingLimit,
    OAuthUsage,
    ProductivityTotals,
    SpendLimit,
    binding_limit,
    binding_text,
    blocked_text,
    reset_grant_text,
    safe_text,
    severity_by_key,
    sign_in_text,
)

from . import formats
from .viewmodel import (
    Action,
    BarModel,
    CardModel,
    Chip,
    IconState,
    Level,
    Severity,
    StateLine,
    level_for,
    plural,
    window_details,
)

__all__ = [
    "ORG_TOP",
    "SPEND_NOTICE_THRESHOLDS",
    "URGENT_SIGN_IN",
    "BindingChip",
    "IconBinding",
    "LimitExtras",
    "OrgPerson",
    "OrgSummary",
    "SignInDeadline",
    "bar_levels",
    "binding_chip",
    "blocked_state",
    "card_key",
    "count_text",
    "icon_binding",
    "icon_with_binding",
    "org_people",
    "org_summary",
    "percent_text",
    "plural",
    "productivity_line",
    "raised_level",
    "reset_grant_line",
    "sign_in_deadline",
    "spend_text",
    "tooltip_with_binding",
    "with_limit_extras",
]

ORG_TOP = 5  # people on the card; the rest are in the Details table
SPEND_NOTICE_THRESHOLDS = (80.0, 95.0)
MEMBER_WARN_PERCENT = 80.0
URGENT_SIGN_IN = timedelta(days=3)  # also when the notification goes out
_MODEL_KEYS = {"seven_day_opus": "Opus", "seven_day_sonnet": "Sonnet"}
_ORDER = (Level.NONE, Level.OK, Level.NOTICE, Level.WARNING, Level.CRITICAL)
_CALM_LEVELS = (Level.NONE, Level.OK)
# The least band a server severity rank stands for: "warning" amber, worse orange.
_SEVERITY_FLOOR = {0: Level.NONE, 1: Level.NOTICE, 2: Level.WARNING}


# ---------------------------------------------------------------- bands and keys


def raised_level(percent: float | None, severity: int) -> Level:
    """The band of ``percent``, raised to what the server's severity says at least."""
    level = level_for(percent)
    floor = _SEVERITY_FLOOR.get(min(severity, 2), Level.NONE)
    return max(level, floor, key=_ORDER.index)


def card_key(json_key: str) -> str:
    """A window key as ``usage --json`` names it → the key of the card's bar for it."""
    if json_key == "five_hour":
        return "session"
    if json_key == "seven_day":
        return "weekly"
    if json_key.startswith("model_weekly:"):
        return "model:" + json_key.split(":", 1)[1]
    if json_key in _MODEL_KEYS:
        return f"model:{_MODEL_KEYS[json_key]}"
    return json_key


def bar_levels(usage: OAuthUsage) -> dict[str, Level]:
    """Each bar's band where the server's severity raises it (only those bars)."""
    raised: dict[str, Level] = {}
    windows = _windows_by_card_key(usage)
    for key, rank in severity_by_key(usage).items():
        bar = card_key(key)
        percent = windows.get(bar)
        level = raised_level(percent, rank)
        if level is not level_for(percent):
            raised[bar] = level
    return raised


def _windows_by_card_key(usage: OAuthUsage) -> dict[str, float]:
    found = {f"model:{name}": w.percent for name, w in usage.model_weekly.items()}
    if usage.session is not None:
        found["session"] = usage.session.percent
    if usage.weekly is not None:
        found["weekly"] = usage.weekly.percent
    return found


# ---------------------------------------------------------------- the binding limit


@dataclass(frozen=True, slots=True)
class BindingChip:
    """ "Holding you back: weekly Opus limit 93 %, resets Tue 09:00" on a card."""

    bar_key: str  # the card's bar it marks
    text: str
    level: Level
    is_session: bool


def binding_chip(usage: AccountUsage, now: datetime) -> BindingChip | None:
    """The card's binding-limit chip; None without data or limits, or while the binding
    limit is in the green (under 50 % with no server warning)."""
    if not isinstance(usage, OAuthUsage) or not usage.has_data:
        return None
    binding = binding_limit(usage)
    if binding is None or raised_level(binding.percent, binding.severity_rank) in _CALM_LEVELS:
        return None  # under 50 % and no server warning: nothing is holding anyone back
    text = QCoreApplication.translate("LimitView", "Holding you back: {limit}").format(
        limit=safe_text(binding_text(binding, now))
    )
    return BindingChip(
        bar_key=card_key(binding.key),
        text=text,
        level=raised_level(binding.percent, binding.severity_rank),
        is_session=binding.is_session,
    )


@dataclass(frozen=True, slots=True)
class IconBinding:
    """What the icon adds for the binding limits: a marker and the tooltip's lines.

    ``percent``/``level`` are set only when the colour follows any binding limit (the
    setting); otherwise the icon keeps the worst session, the app's promise.
    """

    marker: bool
    marker_level: Level
    lines: tuple[str, ...]
    percent: float | None = None
    level: Level | None = None


def _marked(binding: BindingLimit) -> bool:
    """A non-session limit worth a marker: in the amber band or said so by the server."""
    return not binding.is_session and raised_level(binding.percent, binding.severity_rank) not in (
        Level.NONE,
        Level.OK,
    )


def icon_binding(
    usages: Sequence[AccountUsage], now: datetime, *, follow_binding: bool = False
) -> IconBinding:
    """The marker (another limit than the session binds somewhere), a tooltip line per such
    account ("Work: weekly Opus limit 93 %, resets Tue 09:00") and, with
    ``follow_binding``, the colour of the worst binding limit of all."""
    found: list[tuple[OAuthUsage, BindingLimit]] = []
    for usage in usages:
        if isinstance(usage, OAuthUsage) and usage.has_data:
            binding = binding_limit(usage)
            if binding is not None:
                found.append((usage, binding))
    marked = [(u, b) for u, b in found if _marked(b)]
    lines = tuple(
        f"{safe_text(u.account_name)}: {safe_text(binding_text(b, now))}" for u, b in marked
    )
    levels = [raised_level(b.percent, b.severity_rank) for _, b in marked]
    marker_level = max(levels, key=_ORDER.index, default=Level.NONE)
    if not follow_binding or not found:
        return IconBinding(bool(marked), marker_level, lines)
    worst = max(found, key=lambda ub: (_ORDER.index(_binding_level(ub[1])), ub[1].percent))[1]
    return IconBinding(
        bool(marked), marker_level, lines, percent=worst.percent, level=_binding_level(worst)
    )


def _binding_level(binding: BindingLimit) -> Level:
    return raised_level(binding.percent, binding.severity_rank)


# ---------------------------------------------------------------- the sign-in deadline


@dataclass(frozen=True, slots=True)
class SignInDeadline:
    """ "sign-in expires in 4 days" with the "Sign in again" button, on the card."""

    text: str
    urgent: bool  # 3 days or less: shown as a warning
    hint: str


def sign_in_deadline(usage: AccountUsage, now: datetime) -> SignInDeadline | None:
    """Shown from :data:`core.SIGN_IN_WARNING` (7 days) before the deadline; None before."""
    if not isinstance(usage, OAuthUsage) or usage.sign_in_expires_at is None:
        return None
    left = usage.sign_in_expires_at - now
    if left > SIGN_IN_WARNING:
        return None
    hint = QCoreApplication.translate(
        "LimitView",
        "A sign-in lasts about 28 days, refreshes or not: sign in again before then to "
        "avoid a sudden logout (for a Claude Code login, run `claude`)",
    )
    if usage.sign_in_estimated:
        hint += " " + QCoreApplication.translate("LimitView", "— estimated from when you signed in")
    return SignInDeadline(
        text=sign_in_text(usage.sign_in_expires_at, now),
        urgent=left <= URGENT_SIGN_IN or usage.status is AccountStatus.NEEDS_SIGN_IN,
        hint=hint,
    )


def blocked_state(usage: AccountUsage, now: datetime) -> str | None:
    """The card's state line of a block: "blocked by Cloudflare — retrying at 14:05 (not a
    login problem)", naming a proxy or gateway when that is what answered."""
    if usage.status is not AccountStatus.BLOCKED:
        return None
    text = blocked_text(usage.blocked_by, usage.retry_at, now)
    return (
        text[:1].upper()
        + text[1:]
        + " "
        + QCoreApplication.translate("LimitView", "(not a login problem)")
    )  # a sentence


def reset_grant_line(usage: AccountUsage) -> str | None:
    """ "1 limit reset available (Weekly Opus)" when the server offers one."""
    if not isinstance(usage, OAuthUsage) or usage.reset_grant is None:
        return None
    text = reset_grant_text(usage.reset_grant)
    return safe_text(text) if text else None


# ---------------------------------------------------------------- organisations


@dataclass(frozen=True, slots=True)
class OrgPerson:
    """One row of the organisation's table: spend beside Claude Code productivity."""

    name: str
    spend_cents: float
    limit_cents: float | None
    percent_of_limit: float | None
    sessions: int
    lines_added: int
    lines_removed: int
    commits: int
    pull_requests: int
    accepted_share: float | None  # accepted ÷ (accepted + rejected) edits, 0–100

    @property
    def over_warning(self) -> bool:
        return (self.percent_of_limit or 0.0) >= MEMBER_WARN_PERCENT


@dataclass(frozen=True, slots=True)
class OrgSummary:
    """The organisation block of an admin card."""

    productivity: str | None  # "412 sessions · +12.3 k / −4.1 k lines · 87 commits · 23 PRs"
    spend_limit: str | None  # "$16,500.00 of $20,000.00 (83 %)"
    members_above: str | None  # "4 members above 80 % of their limit"
    unavailable: str | None  # spend limits not available for this organisation
    top: tuple[OrgPerson, ...]
    more: int  # people not on the card (in Details…)
    currency: str
    organization_percent: float | None


def _share(totals: ProductivityTotals) -> float | None:
    decided = totals.accepted + totals.rejected
    return totals.accepted / decided * 100 if decided else None


def org_people(usage: AdminUsage) -> list[OrgPerson]:
    """Everyone the reports name, productivity joined to spend limits by name, highest
    spend first (a member with a limit but no Claude Code use is listed too)."""
    limits: Mapping[str, SpendLimit] = {
        m.member: m for m in (usage.spend_limits.members if usage.spend_limits else ())
    }
    people = [_person(p, limits.get(p.actor_name or "")) for p in usage.productivity]
    named = {p.name for p in people}
    people += [_limit_only(m) for m in limits.values() if safe_text(m.member) not in named]
    people.sort(key=lambda p: (-p.spend_cents, p.name))
    return people


def _person(totals: ProductivityTotals, limit: SpendLimit | None) -> OrgPerson:
    return OrgPerson(
        name=safe_text(totals.actor_name or "?"),
        spend_cents=limit.spent_cents if limit is not None else totals.estimated_cost_cents,
        limit_cents=limit.limit_cents if limit is not None else None,
        percent_of_limit=limit.percent if limit is not None else None,
        sessions=totals.sessions,
        lines_added=totals.lines_added,
        lines_removed=totals.lines_removed,
        commits=totals.commits,
        pull_requests=totals.pull_requests,
        accepted_share=_share(totals),
    )


def _limit_only(limit: SpendLimit) -> OrgPerson:
    return OrgPerson(
        name=safe_text(limit.member),
        spend_cents=limit.spent_cents,
        limit_cents=limit.limit_cents,
        percent_of_limit=limit.percent,
        sessions=0,
        lines_added=0,
        lines_removed=0,
        commits=0,
        pull_requests=0,
        accepted_share=None,
    )


def productivity_line(totals: ProductivityTotals) -> str:
    """ "412 sessions · +12.3 k / −4.1 k lines · 87 commits · 23 PRs · 91 % accepted"."""
    # Short names for the counts (the lines stay on one line each).
    sessions, commits, prs = totals.sessions, totals.commits, totals.pull_requests
    parts = [
        plural(QCoreApplication.translate("LimitView", "%n session(s)"), sessions),
        QCoreApplication.translate("LimitView", "+{added} / −{removed} lines").format(
            added=formats.tokens(totals.lines_added), removed=formats.tokens(totals.lines_removed)
        ),
        plural(QCoreApplication.translate("LimitView", "%n commit(s)"), commits),
        plural(QCoreApplication.translate("LimitView", "%n PR(s)"), prs),
    ]
    share = _share(totals)
    if share is not None:
        parts.append(
            QCoreApplication.translate("LimitView", "{share} of edits accepted").format(
                share=formats.percent(share)
            )
        )
    return " · ".join(parts)


def org_summary(usage: AccountUsage, top: int = ORG_TOP) -> OrgSummary | None:
    """The organisation block; None for subscription accounts or before any data."""
    if not isinstance(usage, AdminUsage) or not usage.has_data:
        return None
    limits = usage.spend_limits
    people = org_people(usage)
    spend = above = unavailable = None
    org_percent = None
    if limits is not None and not limits.available:
        unavailable = QCoreApplication.translate(
            "LimitView", "Spend limits: not available for this organisation"
        )
    elif limits is not None:
        org_percent = limits.organization_percent
        if limits.organization_limit_cents is not None:
            spend = QCoreApplication.translate(
                "LimitView", "Spend limit: {spent} of {cap} ({share})"
            ).format(
                spent=formats.money(limits.organization_spent_cents / 100, limits.currency),
                cap=formats.money(limits.organization_limit_cents / 100, limits.currency),
                share=formats.percent(org_percent or 0.0),
            )
        count = len(limits.members_above(MEMBER_WARN_PERCENT))
        above = plural(
            QCoreApplication.translate("LimitView", "%n member(s) above 80 % of their limit"),
            count,
        )
    total = usage.productivity_total
    return OrgSummary(
        productivity=productivity_line(total) if total is not None else None,
        spend_limit=spend,
        members_above=above,
        unavailable=unavailable,
        top=tuple(people[:top]),
        more=max(0, len(people) - top),
        currency=limits.currency if limits is not None else usage.currency,
        organization_percent=org_percent,
    )


def spend_text(cents: float, currency: str) -> str:
    """Money in a table cell (one helper, so i18n can switch it to QLocale)."""
    return formats.money(cents / 100, currency)


def percent_text(percent: float | None) -> str:
    """A percent in a table cell; "—" when unknown."""
    return "—" if percent is None else formats.percent(percent)


def count_text(count: int) -> str:
    """A count in a table cell: 950, 12.3 k."""
    return formats.tokens(count)


# ---------------------------------------------------------------- hooks for the view model


@dataclass(frozen=True, slots=True)
class LimitExtras:
    """What a card shows besides its bars (``CardModel.limits``)."""

    binding: BindingChip | None = None
    sign_in: SignInDeadline | None = None
    reset_grant: str | None = None
    org: OrgSummary | None = None
    people: tuple[OrgPerson, ...] = ()  # everyone, for the Details table


def with_limit_extras(card: CardModel, usage: AccountUsage, now: datetime) -> CardModel:
    """``card`` with its bars raised by the server's severity and its :class:`LimitExtras`."""
    extras = LimitExtras(
        binding=binding_chip(usage, now),
        sign_in=sign_in_deadline(usage, now),
        reset_grant=reset_grant_line(usage),
        org=org_summary(usage),
        people=tuple(org_people(usage)) if isinstance(usage, AdminUsage) else (),
    )
    bars = card.bars
    if isinstance(usage, OAuthUsage):
        levels = bar_levels(usage)
        bars = tuple(replace(bar, level=levels.get(bar.key, bar.level)) for bar in bars)
    chip = extras.binding
    if chip is not None and not chip.is_session:  # the session is the card's headline anyway
        bars = tuple(_marked_bar(bar) if bar.key == chip.bar_key else bar for bar in bars)
    card = replace(card, bars=bars, details=window_details(bars), limits=extras)
    return _with_attention(card, extras)


_ROW_BARS = ("session", "weekly")  # the compact row's own bars: no chip needed for them


def _with_attention(card: CardModel, extras: LimitExtras) -> CardModel:
    """Issue 15's loud items in the compact row's attention slot: a binding limit the row has
    no bar for (a model's weekly limit) as the row's chip instead of the details' (unless the
    row says something louder already, or its figures are old), and the sign-in deadline as
    the row's line with its "Sign in again" button (unless the account is in trouble already:
    that line comes first)."""
    binding = extras.binding
    if (
        card.chip is None
        and not card.stale
        and binding is not None
        and binding.bar_key not in _ROW_BARS
    ):
        # said once: in the row's chip, and in the details by the mark under that limit's bar
        card = replace(card, chip=Chip(binding.text, binding.level))
        card = replace(card, limits=replace(extras, binding=None))
    deadline = extras.sign_in
    if card.state is None and deadline is not None:
        severity = Severity.WARNING if deadline.urgent else Severity.INFO
        headline = deadline.text[:1].upper() + deadline.text[1:]  # a sentence, as blocked_state
        state = StateLine(f"{headline} — {deadline.hint}", severity, headline)
        card = replace(card, state=state, action=Action.SIGN_IN)
    return card


def _marked_bar(bar: BarModel) -> BarModel:
    """The binding limit's bar says so under it (beside its pace, if any)."""
    mark = "◆ " + QCoreApplication.translate("LimitView", "holding you back")
    return replace(bar, detail=f"{mark} · {bar.detail}" if bar.detail else mark)


def icon_with_binding(
    state: IconState, usages: Sequence[AccountUsage], *, follow_binding: bool
) -> IconState:
    """The icon's state with the binding marker (and, when the colour follows any binding
    limit, that limit's figure and band instead of the worst session's)."""
    found = icon_binding(usages, datetime.now().astimezone(), follow_binding=follow_binding)
    state = replace(state, marker=found.marker, marker_level=found.marker_level)
    if found.percent is not None and found.level is not None:
        state = replace(state, percent=found.percent, level=found.level)
    return state


def tooltip_with_binding(text: str, usages: Sequence[AccountUsage], now: datetime) -> str:
    """The tooltip, then a line per account held back by a limit other than its session."""
    lines = icon_binding(usages, now).lines
    if not lines:
        return text
    return "\n".join(
        [
            text,
            *(
                QCoreApplication.translate("LimitView", "Binding — {line}").format(line=line)
                for line in lines
            ),
        ]
    )

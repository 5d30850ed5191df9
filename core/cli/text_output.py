"""Human output of ``claude-usage``: aligned bars, reset times, admin totals, state lines.

Pure functions of the snapshots and ``now`` (so tests pin the exact text). Colour is a
:class:`Style` decided once per run: only on a terminal, never when ``NO_COLOR`` is set
(https://no-color.org), forced by ``FORCE_COLOR`` when output is piped. ``NO_COLOR`` wins
over ``FORCE_COLOR``: a user who opted out of colour keeps that choice.

Text that comes from elsewhere (names, e-mails, plans, window and model names, error
messages) goes through :func:`core.base.safe_text.safe_text` before it is placed next to our
colour codes, so the only escape sequences in the result are ours.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TextIO

from core.base.redact import redact_text
from core.base.safe_text import safe_text
from core.base.text_width import pad_to, text_width
from core.base.translation import N_, TranslatedMapping, _, ngettext
from core.history.database import usage_windows
from core.models import (
    Account,
    AccountStatus,
    AccountUsage,
    AdminUsage,
    ExtraUsage,
    Forecast,
    OAuthUsage,
    ProductivityTotals,
    SpendLimits,
    UsageWindow,
)
from core.usage.binding import binding_limit, severity_by_key
from core.usage.display import (
    SIGN_IN_WARNING,
    binding_text,
    blocked_text,
    format_cents,
    format_clock,
    format_money,
    format_number,
    format_percent,
    format_resets,
    format_tokens,
    plan_label,
    reset_grant_text,
    sign_in_text,
    state_text,
    user_locale,
)
from core.usage.snapshot_view import BINDING_NAMED_FROM

__all__ = [
    "BAR_WIDTH",
    "TOP_USERS",
    "Style",
    "bar",
    "format_accounts",
    "format_usage",
    "productivity_summary",
    "spend_limit_summary",
    "style_for",
    "window_label",
    "window_title",
]

BAR_WIDTH = 20
NO_ACCOUNTS = N_(
    "No accounts saved yet. Add one with `claude-usage save NAME` (links Claude Code's login)."
)
TOP_MODELS = 3
TOP_USERS = 5  # the card's and the CLI's share; --json lists every user
_LABELS = {
    "five_hour": N_("Session"),
    "seven_day": N_("Weekly"),
    "seven_day_opus": "Opus",
    "seven_day_sonnet": "Sonnet",
    "seven_day_oauth_apps": N_("OAuth apps"),
    "seven_day_cowork": "Cowork",
}
_RESET, _BOLD, _DIM = "\x1b[0m", "\x1b[1m", "\x1b[2m"
_GREEN, _YELLOW, _RED = "\x1b[32m", "\x1b[33m", "\x1b[31m"
# The remedies of the CLI; the headlines (and the common remedies) are core.usage.display's.
_REMEDIES = {
    AccountStatus.NEEDS_SIGN_IN: N_("run `claude-usage auth NAME` again"),
    AccountStatus.SCOPE_MISSING: N_("sign in with `claude-usage auth NAME`"),
    AccountStatus.OFFLINE: N_("could not reach Anthropic"),
}


@dataclass(frozen=True, slots=True)
class Style:
    """ANSI styling, or none at all."""

    color: bool = False

    def paint(self, text: str, *codes: str) -> str:
        if not self.color or not codes:
            return text
        return "".join(codes) + text + _RESET


def style_for(stream: TextIO, environ: Mapping[str, str]) -> Style:
    """Colour on a terminal; ``NO_COLOR`` (non-empty) disables, ``FORCE_COLOR`` forces
    (``environ`` is the CLI's environment, handed over by its ``main``)."""
    if environ.get("NO_COLOR"):
        return Style(color=False)
    if environ.get("FORCE_COLOR") not in (None, "", "0", "false"):
        return Style(color=True)
    isatty = getattr(stream, "isatty", None)
    return Style(color=bool(isatty and isatty()) and environ.get("TERM") != "dumb")


# -- small pieces -------------------------------------------------------------------------


def window_label(key: str) -> str:
    """``five_hour`` → ``Session``, in English (the JSON's label, the same in every language);
    unknown code names are shown as they come."""
    if key in _LABELS:
        return _LABELS[key]
    if key.startswith("model_weekly:"):
        return f"Weekly {safe_text(key.split(':', 1)[1])}"
    return safe_text(key)


def window_title(key: str) -> str:
    """:func:`window_label` in the user's language, for the human output."""
    if key in _LABELS:
        return _(_LABELS[key])
    if key.startswith("model_weekly:"):
        return _("Weekly {model}").format(model=safe_text(key.split(":", 1)[1]))
    return safe_text(key)


def _level_colour(percent: float, severity: int = 0) -> str:
    """By percent, raised by the server's severity: "warning" is at least yellow."""
    if percent >= 90 or severity >= 2:
        return _RED
    return _YELLOW if percent >= 70 or severity >= 1 else _GREEN


def bar(percent: float, style: Style, width: int = BAR_WIDTH, severity: int = 0) -> str:
    filled = max(0, min(width, round(percent / 100 * width)))
    return style.paint("█" * filled, _level_colour(percent, severity)) + "░" * (width - filled)


def _percent(value: float) -> str:
    return format_percent(value, spaced=False)


# -- OAuth accounts -----------------------------------------------------------------------


def _forecast_text(forecast: Forecast | None, now: datetime, style: Style) -> str:
    if forecast is None or forecast.burn_rate_per_hour is None:
        return ""
    rate = _("{rate} %/h").format(rate=format_number(forecast.burn_rate_per_hour, 1))
    if forecast.runs_out_before_reset and forecast.runs_out_at is not None:
        runs_out = _("runs out {clock}").format(clock=format_clock(forecast.runs_out_at, now))
        return f"  · {rate}, {style.paint(runs_out, _RED)}"
    return f"  · {rate}" if forecast.burn_rate_per_hour else ""


def _window_line(
    label: str,
    window: UsageWindow,
    forecast: Forecast | None,
    now: datetime,
    style: Style,
    severity: int = 0,
) -> str:
    if window.resets_at is None and window.percent == 0:
        return f"  {label}  {style.paint(_('not started'), _DIM)}"
    shown = pad_to(_percent(window.percent), 4, right=True)
    head = f"  {label}  {bar(window.percent, style, severity=severity)} {shown}"
    return f"{head}  {format_resets(window.resets_at, now)}{_forecast_text(forecast, now, style)}"


def _extra_line(extra: ExtraUsage | None) -> str | None:
    if extra is None or not extra.is_enabled:
        return None
    used = format_money(extra.used_credits or 0.0, extra.currency)
    label = _("Extra usage")
    if extra.monthly_limit is None:
        return f"  {label}  " + _("{used} (no monthly cap)").format(used=used)
    share = f" ({_percent(extra.utilization)})" if extra.utilization is not None else ""
    limit = format_money(extra.monthly_limit, extra.currency)
    return f"  {label}  " + _("{used} of {limit}").format(used=used, limit=limit) + share


def _oauth_lines(usage: OAuthUsage, now: datetime, style: Style) -> list[str]:
    windows = usage_windows(usage)
    if not windows:
        return ["  " + _("No usage windows reported")] if usage.has_data else []
    width = max(text_width(window_title(key)) for key in windows)
    severity = severity_by_key(usage)
    lines = [
        _window_line(
            pad_to(window_title(key), width),
            w,
            usage.forecasts.get(key),
            now,
            style,
            severity.get(key, 0),
        )
        for key, w in windows.items()
    ]
    extras = (_extra_line(usage.extra_usage), *_fidelity_lines(usage, now, style))
    return [*lines, *(line for line in extras if line)]


def _fidelity_lines(usage: OAuthUsage, now: datetime, style: Style) -> list[str]:
    """What Claude enforces besides the bars: the binding limit, a reset to claim, the
    sign-in's end once it is near."""
    lines = []
    binding = binding_limit(usage)
    if binding is not None and (binding.percent >= BINDING_NAMED_FROM or binding.severity_rank):
        lines.append(f"  {_('Binding')}  {safe_text(binding_text(binding, now))}")
    grant = reset_grant_text(usage.reset_grant) if usage.reset_grant is not None else None
    if grant:
        lines.append(f"  {safe_text(grant)}")
    deadline = usage.sign_in_expires_at
    if deadline is not None and deadline - now <= SIGN_IN_WARNING:
        remedy = _(
            "sign in again before then: `claude-usage auth {name}` (a linked login: `claude`)"
        ).format(name=safe_text(usage.account_name))
        lines.append(style.paint(f"  ! {sign_in_text(deadline, now)} — {remedy}", _YELLOW))
    return lines


# -- admin accounts -----------------------------------------------------------------------


def _admin_lines(usage: AdminUsage, style: Style) -> list[str]:
    if not usage.has_data:
        return []
    tokens = _("{input} in · {output} out · {read} cache read · {write} cache write").format(
        input=format_tokens(usage.input_tokens),
        output=format_tokens(usage.output_tokens),
        read=format_tokens(usage.cache_read_tokens),
        write=format_tokens(usage.cache_creation_tokens),
    )
    estimated = format_cents(usage.estimated_cost_cents, usage.currency)
    spend = _("{amount} estimated").format(amount=estimated)
    if usage.actual_cost_cents is not None:
        billed = format_cents(usage.actual_cost_cents, usage.currency)
        spend = _("{amount} billed ({estimate})").format(amount=billed, estimate=spend)
    headings = [_("Tokens"), _("Spend"), _("Models")]
    width = max(text_width(heading) for heading in headings)
    tokens_h, spend_h, models_h = (pad_to(heading, width) for heading in headings)
    lines = [f"  {tokens_h}  {tokens}", f"  {spend_h}  {spend}"]
    top = sorted(usage.model_breakdown, key=lambda m: m.estimated_cost_cents, reverse=True)
    if top:
        names = [
            f"{safe_text(m.model)} {format_cents(m.estimated_cost_cents, usage.currency)}"
            for m in top
        ]
        lines.append(f"  {models_h}  {' · '.join(names[:TOP_MODELS])}")
    lines += _productivity_lines(usage)
    lines += _spend_limit_lines(usage.spend_limits)
    notes = [
        style.paint("  " + _("note: {text}").format(text=_clean(note)), _DIM)
        for note in usage.notes
    ]
    return lines + notes


def productivity_summary(totals: ProductivityTotals) -> str:
    """``412 sessions · +12.3 k / −4.1 k lines · 87 commits · 23 PRs · 91 % accepted``."""
    parts = [
        ngettext("{n} session", "{n} sessions", totals.sessions).format(n=totals.sessions),
        _("+{added} / −{removed} lines").format(
            added=format_tokens(totals.lines_added), removed=format_tokens(totals.lines_removed)
        ),
        ngettext("{n} commit", "{n} commits", totals.commits).format(n=totals.commits),
        ngettext("{n} PR", "{n} PRs", totals.pull_requests).format(n=totals.pull_requests),
    ]
    decided = totals.accepted + totals.rejected
    if decided:
        share = format_percent(totals.accepted / decided * 100)
        parts.append(_("{share} of edits accepted").format(share=share))
    return " · ".join(parts)


def _productivity_lines(usage: AdminUsage) -> list[str]:
    if usage.productivity_total is None:
        return []
    lines = [f"  {_('Claude Code')}  {productivity_summary(usage.productivity_total)}"]
    top = sorted(usage.productivity, key=lambda p: p.estimated_cost_cents, reverse=True)
    for person in top[:TOP_USERS]:
        cost = format_cents(person.estimated_cost_cents, usage.currency)
        name = safe_text(person.actor_name or "?")
        lines.append(f"    {name}  {cost} · {productivity_summary(person)}")
    if len(top) > TOP_USERS:
        rest = len(top) - TOP_USERS
        lines.append("    " + ngettext("… and {n} more", "… and {n} more", rest).format(n=rest))
    return lines


def spend_limit_summary(limits: SpendLimits) -> str | None:
    """``$1,234.00 of $5,000.00 (25 %) · 4 members above 80 % of their limit``."""
    if not limits.available:
        return None
    parts = []
    if limits.organization_limit_cents is not None:
        spent = format_cents(limits.organization_spent_cents, limits.currency)
        cap = format_cents(limits.organization_limit_cents, limits.currency)
        share = format_percent(limits.organization_percent or 0.0)
        parts.append(_("{spent} of {cap} ({share})").format(spent=spent, cap=cap, share=share))
    above = len(limits.members_above(80.0))
    parts.append(
        ngettext(
            "{n} member above 80 % of their limit",
            "{n} members above 80 % of their limit",
            above,
        ).format(n=above)
    )
    return " · ".join(parts)


def _spend_limit_lines(limits: SpendLimits | None) -> list[str]:
    if limits is None:
        return []
    summary = spend_limit_summary(limits)
    if summary is None:
        return [f"  {_('Spend limits')}  {_('not available for this organisation')}"]
    return [f"  {_('Spend limits')}  {summary}"]


def _clean(text: str) -> str:
    """Server text: secrets redacted, control characters escaped."""
    return safe_text(redact_text(text))


def _period(usage: AdminUsage) -> str:
    if usage.period_start is None or usage.period_end is None:
        return _("admin")
    start, end = usage.period_start.astimezone(), usage.period_end.astimezone()
    return _("admin · {start} – {end}").format(start=_day(start), end=_day(end))


def _day(moment: datetime) -> str:
    """``Dec 06`` (C locale), ``6. Dez.`` (German), ``12月6日`` (Japanese)."""
    locale = user_locale("LC_TIME")
    if locale is None:
        return f"{moment:%b %d}"
    from babel import dates

    return dates.format_skeleton("MMMd", moment, locale=locale)


# -- whole accounts -----------------------------------------------------------------------


def _heading(usage: AccountUsage, style: Style) -> str:
    details: list[str] = []
    if isinstance(usage, OAuthUsage):
        details += [safe_text(d) for d in (usage.email, plan_label(usage.plan)) if d]
    else:
        details.append(_period(usage))
    suffix = f"  ({' · '.join(details)})" if details else ""
    return style.paint(safe_text(usage.account_name), _BOLD) + suffix


def _state_lines(usage: AccountUsage, now: datetime, style: Style) -> list[str]:
    if usage.status is AccountStatus.OK and not usage.error and not usage.stale:
        return []
    if usage.status is AccountStatus.BLOCKED:
        text = blocked_text(usage.blocked_by, usage.retry_at, now)
        text += " " + _("(not a login problem)")
    else:
        text = _clean(usage.error or state_text(usage.status, TranslatedMapping(_REMEDIES)))
    if usage.status is not AccountStatus.BLOCKED and usage.retry_at and usage.retry_at > now:
        text += _("; retrying after {clock}").format(clock=format_clock(usage.retry_at, now))
    if usage.stale and usage.fetched_at is not None:
        clock = format_clock(usage.fetched_at, now)
        text += _(" — showing values from {clock}").format(clock=clock)
    colour = _YELLOW if usage.has_data else _RED
    return [style.paint(f"  ! {text}", colour)]


def format_account(usage: AccountUsage, now: datetime, style: Style) -> list[str]:
    """One account: heading, its windows or totals, then what went wrong (if anything)."""
    if isinstance(usage, OAuthUsage):
        body = _oauth_lines(usage, now, style)
    else:
        body = _admin_lines(usage, style)
    return [_heading(usage, style), *body, *_state_lines(usage, now, style)]


def format_usage(usages: Sequence[AccountUsage], now: datetime, style: Style) -> str:
    """Every account's block, separated by blank lines."""
    if not usages:
        return _(NO_ACCOUNTS)
    blocks = ("\n".join(format_account(u, now, style)) for u in usages)
    return "\n\n".join(blocks)


def _source_text(account: Account) -> str:
    if account.account_type == "admin":
        return _("admin key")
    return _("Claude Code login") if account.source == "claude_code" else _("signed in")


def format_accounts(accounts: Iterable[Account], style: Style) -> str:
    """The ``list`` table: active marker, name, email, kind; aligned columns."""
    rows = [
        (
            "*" if a.is_active else " ",
            safe_text(a.name),
            safe_text(a.email or "-"),
            _source_text(a),
            safe_text(plan_label(a.plan) or ""),
        )
        for a in accounts
    ]
    if not rows:
        return _("No accounts saved yet.")
    widths = [max(text_width(row[i]) for row in rows) for i in range(1, 4)]
    lines = []
    for marker, *cells in rows:
        padded = [pad_to(cell, width) for cell, width in zip(cells, widths, strict=False)]
        line = f"{marker} " + "  ".join([*padded, cells[-1]]).rstrip()
        lines.append(style.paint(line, _BOLD) if marker == "*" else line)
    return "\n".join(lines)

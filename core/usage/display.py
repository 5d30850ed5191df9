"""How values read to people, in the CLI and in the tray alike: durations, clock times,
token counts, money, plan names and what each account status means.

One module so that ``claude-usage`` and the tray never drift apart ("2 h 13 m" in one and
"2h13m" in the other). Pure functions of their arguments and ``now`` (no clock, no Qt), so
every string is pinned by a unit test. Each front end adds only what is its own: the CLI
its colours and column widths, the tray its colour bands and where to click.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from core.base.translation import _, ngettext
from core.models import AccountStatus, ResetGrant
from core.usage.binding import BindingLimit

__all__ = [
    "COMMON_REMEDIES",
    "SIGN_IN_WARNING",
    "STATUS_HEADLINES",
    "binding_text",
    "blocked_text",
    "format_ago",
    "format_cents",
    "format_clock",
    "format_duration",
    "format_money",
    "format_percent",
    "format_resets",
    "format_tokens",
    "plan_label",
    "reset_grant_text",
    "sign_in_text",
    "state_text",
]

_PLAN_WORDS = (
    ("max_20x", "Max 20×"),
    ("max_5x", "Max 5×"),
    ("enterprise", "Enterprise"),
    ("team", "Team"),
    ("max", "Max"),
    ("pro", "Pro"),
    ("free", "Free"),
)
_CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}

# What went wrong, in a few words: the tooltip shows only this part.
STATUS_HEADLINES: Mapping[AccountStatus, str] = {
    AccountStatus.RATE_LIMITED: "Rate limited by Anthropic",
    AccountStatus.BLOCKED: "Blocked by Cloudflare in front of the API (not a login problem)",
    AccountStatus.LOGIN_EXPIRED: "Claude Code login expired",
    AccountStatus.NEEDS_SIGN_IN: "Needs sign-in",
    AccountStatus.SCOPE_MISSING: "This login can't read usage (token lacks user:profile)",
    AccountStatus.AUTH_FAILED: "Credentials refused",
    AccountStatus.OFFLINE: "Offline",
    AccountStatus.ERROR: "Could not fetch usage",
}
# What to do about it, where the answer is the same in every front end.
COMMON_REMEDIES: Mapping[AccountStatus, str] = {
    AccountStatus.BLOCKED: "try again later or from another network",
    AccountStatus.LOGIN_EXPIRED: "run `claude` to refresh it",
}


def state_text(status: AccountStatus, remedies: Mapping[AccountStatus, str] | None = None) -> str:
    """``Headline — remedy`` for a status; the front end's ``remedies`` win over the common ones."""
    headline = STATUS_HEADLINES.get(status, STATUS_HEADLINES[AccountStatus.ERROR])
    remedy = (remedies or {}).get(status) or COMMON_REMEDIES.get(status)
    return f"{headline} — {remedy}" if remedy else headline


def plan_label(plan: str | None) -> str | None:
    """``default_claude_max_5x`` → ``Max 5×``; unknown plans are shown tidied up."""
    if not plan:
        return None
    lowered = plan.lower()
    for needle, label in _PLAN_WORDS:
        if needle in lowered:
            return label
    return plan.replace("_", " ").strip().title()


def format_duration(delta: timedelta) -> str:
    """``2 h 13 m``, ``3 d 4 h``, ``45 m``, ``under a minute``: at most two units."""
    minutes = max(0, int(delta.total_seconds())) // 60
    if minutes < 1:
        return "under a minute"
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {mins} m" if mins else f"{hours} h"
    return f"{mins} m"


def format_clock(moment: datetime, now: datetime) -> str:
    """Local wall-clock time: ``18:00`` today, ``Sat 09:00`` within a week, else ``14 Dec 15:47``.

    The weekday alone is used only when it cannot be mistaken: less than seven days away,
    before or after today.
    """
    local = moment.astimezone()
    days_away = abs((local.date() - now.astimezone().date()).days)
    if days_away == 0:
        return local.strftime("%H:%M")
    if days_away < 7:
        return local.strftime("%a %H:%M")
    return local.strftime("%d %b %H:%M")


def format_resets(resets_at: datetime | None, now: datetime) -> str:
    """The caption of a window: ``resets in 2 h 13 m (18:00)`` or ``not started``."""
    if resets_at is None:
        return "not started"
    if resets_at <= now:
        return "resetting now"
    return f"resets in {format_duration(resets_at - now)} ({format_clock(resets_at, now)})"


def format_ago(moment: datetime | None, now: datetime) -> str:
    """An age without the verb: ``just now``, ``12 s ago``, ``3 m ago``, ``never``."""
    if moment is None:
        return "never"
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 5:
        return "just now"
    if seconds < 60:
        return f"{seconds} s ago"
    return f"{format_duration(timedelta(seconds=seconds))} ago"


def format_percent(percent: float) -> str:
    """Whole percent, clamped to 0–999 so a bad value cannot blow up a layout."""
    return f"{round(min(max(percent, 0.0), 999.0))} %"


def format_tokens(count: float) -> str:
    """Token counts: ``950``, ``12.3 k``, ``53.5 M``, ``3.4 B`` (no ``.0``)."""
    value = float(count)
    for threshold, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= threshold:
            scaled = value / threshold
            text = f"{scaled:.1f}" if abs(scaled) < 100 else f"{scaled:.0f}"
            return f"{text.removesuffix('.0')} {suffix}"
    return f"{int(value)}"


def format_money(amount: float, currency: str | None = "USD") -> str:
    """An amount in major units: ``$12.34``, ``€1,250.00``, ``-$2.00``, ``12.34 CHF``."""
    code = (currency or "USD").upper()
    number = f"{amount:,.2f}"
    symbol = _CURRENCY_SYMBOLS.get(code)
    if symbol:
        return f"-{symbol}{number[1:]}" if amount < 0 else f"{symbol}{number}"
    return f"{number} {code}"


def format_cents(cents: float, currency: str | None = "USD") -> str:
    """:func:`format_money` of an amount in cents, as the Admin API and ``core`` count them."""
    return format_money(cents / 100, currency)


# The sign-in deadline shows from this long before it (the refresh token's end).
SIGN_IN_WARNING = timedelta(days=7)
_BLOCKERS = {"cloudflare": "Cloudflare", "proxy": "a proxy or gateway"}


def binding_text(binding: BindingLimit, now: datetime) -> str:
    """``weekly Opus limit 93 %, resets Tue 09:00`` — the limit holding the account back."""
    if binding.model:
        what = _("{scope} {model} limit").format(scope=_(binding.scope), model=binding.model)
    else:
        what = _("{scope} limit").format(scope=_(binding.scope))
    text = f"{what} {format_percent(binding.percent)}"
    if binding.resets_at is not None and binding.resets_at > now:
        text += ", " + _("resets {when}").format(when=format_clock(binding.resets_at, now))
    return text


def blocked_text(blocked_by: str | None, retry_at: datetime | None, now: datetime) -> str:
    """``blocked by Cloudflare — retrying at 14:05``: a block, said as one (never a login)."""
    who = _BLOCKERS.get(blocked_by or "cloudflare", _BLOCKERS["cloudflare"])
    text = _("blocked by {who}").format(who=_(who))
    if retry_at is not None and retry_at > now:
        return text + " — " + _("retrying at {when}").format(when=format_clock(retry_at, now))
    return text + " — " + _("retrying soon")


def sign_in_text(expires_at: datetime, now: datetime) -> str:
    """``sign-in expires in 4 days`` / ``in 5 h`` / ``sign-in expired``."""
    left = expires_at - now
    if left <= timedelta(0):
        return _("sign-in expired")
    if left >= timedelta(hours=36):
        days = round(left / timedelta(days=1))  # 1 d 23 h reads "2 days", as people count
        return ngettext("sign-in expires in {n} day", "sign-in expires in {n} days", days).format(
            n=days
        )
    return _("sign-in expires in {duration}").format(duration=format_duration(left))


def reset_grant_text(grant: ResetGrant) -> str | None:
    """``1 limit reset available (Weekly Opus)``; None when there is none to claim."""
    if grant.available <= 0:
        return None
    text = ngettext(
        "{n} limit reset available", "{n} limit resets available", grant.available
    ).format(n=grant.available)
    return f"{text} ({', '.join(grant.targets)})" if grant.targets else text

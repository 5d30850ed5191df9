"""How values read to people, in the CLI and in the tray alike: durations, clock times,
token counts, money, plan names and what each account status means.

One module so that ``claude-usage`` and the tray never drift apart ("2 h 13 m" in one and
"2h13m" in the other). Functions of their arguments, ``now`` and the user's locale (no
clock, no Qt), so every string is pinned by a unit test. Words go through gettext
(:mod:`core.base.translation`); figures and clock times follow the locale's conventions
through Babel's CLDR data (``LANG=de_DE.UTF-8``: ``42 %``, ``1.234,50 $``, ``18:00``;
``en_US``: ``6:00 PM``). The C/POSIX locale keeps the house style (24-hour clock, ``42 %``,
``$1,234.50``) that scripts and tests rely on. Each front end adds only what is its own: the
CLI its colours and column widths, the tray its colour bands and where to click.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from core.base.translation import N_, TranslatedMapping, _, formatting_locale, ngettext
from core.models import AccountStatus, ResetGrant
from core.usage.binding import BindingLimit

if TYPE_CHECKING:
    from babel import Locale

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
    "format_number",
    "format_percent",
    "format_resets",
    "format_tokens",
    "plan_label",
    "reset_grant_text",
    "sign_in_text",
    "state_text",
    "user_locale",
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

# What went wrong, in a few words: the tooltip shows only this part. Read in the user's
# language (the values are translated when looked up).
STATUS_HEADLINES: Mapping[AccountStatus, str] = TranslatedMapping(
    {
        AccountStatus.RATE_LIMITED: N_("Rate limited by Anthropic"),
        AccountStatus.BLOCKED: N_(
            "Blocked by Cloudflare in front of the API (not a login problem)"
        ),
        AccountStatus.LOGIN_EXPIRED: N_("Claude Code login expired"),
        AccountStatus.NEEDS_SIGN_IN: N_("Needs sign-in"),
        AccountStatus.SCOPE_MISSING: N_("This login can't read usage (token lacks user:profile)"),
        AccountStatus.AUTH_FAILED: N_("Credentials refused"),
        AccountStatus.OFFLINE: N_("Offline"),
        AccountStatus.ERROR: N_("Could not fetch usage"),
    }
)
# What to do about it, where the answer is the same in every front end.
COMMON_REMEDIES: Mapping[AccountStatus, str] = TranslatedMapping(
    {
        AccountStatus.BLOCKED: N_("try again later or from another network"),
        AccountStatus.LOGIN_EXPIRED: N_("run `claude` to refresh it"),
    }
)


@functools.cache
def _babel_locale(name: str | None) -> Locale | None:
    """Babel's data for ``name``; None (the house style) for C/POSIX or a locale it lacks."""
    if name is None:
        return None
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:  # the frozen tray leaves Babel out: its figures are QLocale's
        return None
    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        return None


def user_locale(category: str = "LC_TIME") -> Locale | None:
    """The locale whose conventions ``category``'s figures follow (None: the house style)."""
    return _babel_locale(formatting_locale(category))


def state_text(status: AccountStatus, remedies: Mapping[AccountStatus, str] | None = None) -> str:
    """``Headline — remedy`` for a status; the front end's ``remedies`` win over the common ones."""
    headline = STATUS_HEADLINES.get(status, STATUS_HEADLINES[AccountStatus.ERROR])
    remedy = (remedies or {}).get(status) or COMMON_REMEDIES.get(status)
    return (
        _("{headline} — {remedy}").format(headline=headline, remedy=remedy) if remedy else headline
    )


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
        return _("under a minute")
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        pattern = _("{days} d {hours} h") if hours else _("{days} d")
    elif hours:
        pattern = _("{hours} h {minutes} m") if mins else _("{hours} h")
    else:
        pattern = _("{minutes} m")
    return pattern.format(days=days, hours=hours, minutes=mins)


def format_clock(moment: datetime, now: datetime) -> str:
    """Local wall-clock time: ``18:00`` today, ``Sat 09:00`` within a week, else ``14 Dec 15:47``.

    The weekday alone is used only when it cannot be mistaken: less than seven days away,
    before or after today.
    """
    local = moment.astimezone()
    days_away = abs((local.date() - now.astimezone().date()).days)
    locale = user_locale("LC_TIME")
    if locale is None:
        return local.strftime(
            "%H:%M" if days_away == 0 else "%a %H:%M" if days_away < 7 else "%d %b %H:%M"
        )
    from babel import dates

    time = dates.format_time(local, "short", locale=locale)  # 12/24 h as the locale has it
    if days_away == 0:
        return time
    day = (
        dates.format_date(local, "EEE", locale=locale)
        if days_away < 7
        else dates.format_skeleton("MMMd", local, locale=locale)
    )
    return _("{day} {time}").format(day=day, time=time)


def format_resets(resets_at: datetime | None, now: datetime) -> str:
    """The caption of a window: ``resets in 2 h 13 m (18:00)`` or ``not started``."""
    if resets_at is None:
        return _("not started")
    if resets_at <= now:
        return _("resetting now")
    return _("resets in {duration} ({clock})").format(
        duration=format_duration(resets_at - now), clock=format_clock(resets_at, now)
    )


def format_ago(moment: datetime | None, now: datetime) -> str:
    """An age without the verb: ``just now``, ``12 s ago``, ``3 m ago``, ``never``."""
    if moment is None:
        return _("never")
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 5:
        return _("just now")
    if seconds < 60:
        return _("{seconds} s ago").format(seconds=seconds)
    return _("{duration} ago").format(duration=format_duration(timedelta(seconds=seconds)))


def format_percent(percent: float, *, spaced: bool = True) -> str:
    """Whole percent, clamped to 0–999 so a bad value cannot blow up a layout: ``42 %``
    (``spaced=False``: ``42%``, the CLI's columns) in the C locale, else as the locale writes
    it (``42 %`` in German, ``%42`` in Turkish)."""
    whole = round(min(max(percent, 0.0), 999.0))
    locale = user_locale("LC_NUMERIC")
    if locale is None:
        return f"{whole} %" if spaced else f"{whole}%"
    from babel import numbers

    return numbers.format_percent(whole / 100, locale=locale)


def format_number(value: float, decimals: int = 0) -> str:
    """A plain figure with the locale's separators (``1,234.5`` / ``1.234,5``)."""
    locale = user_locale("LC_NUMERIC")
    if locale is None:
        return f"{value:,.{decimals}f}"
    from babel import numbers

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return numbers.format_decimal(value, format=pattern, locale=locale)


def format_tokens(count: float) -> str:
    """Token counts: ``950``, ``12.3 k``, ``53.5 M``, ``3.4 B`` (no ``.0``)."""
    value = float(count)
    locale = user_locale("LC_NUMERIC")
    if locale is not None:
        from babel import numbers

        compact = numbers.format_compact_decimal(value, fraction_digits=1, locale=locale)
        if any(char.isalpha() for char in compact):
            return compact  # abbreviated as the locale does: "12.3K", "53,5 Mio.", "1.2万"
        return numbers.format_decimal(round(value), locale=locale)  # none: grouped "709.500"
    for threshold, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= threshold:
            scaled = value / threshold
            text = f"{scaled:.1f}" if abs(scaled) < 100 else f"{scaled:.0f}"
            return f"{text.removesuffix('.0')} {suffix}"
    return f"{int(value)}"


def format_money(amount: float, currency: str | None = "USD") -> str:
    """An amount in major units: ``$12.34``, ``€1,250.00``, ``-$2.00``, ``12.34 CHF``."""
    code = (currency or "USD").upper()
    locale = user_locale("LC_MONETARY")
    if locale is not None:
        from babel import numbers

        try:
            return numbers.format_currency(amount, code, locale=locale)
        except (ValueError, numbers.UnknownCurrencyError):
            pass  # a code CLDR does not know: shown as the house style does
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
_BLOCKERS = {"cloudflare": "Cloudflare", "proxy": N_("a proxy or gateway")}
# The scopes binding_text translates (core.usage.binding's; a server's own group name is
# shown as it comes).
_SCOPES = (N_("session"), N_("weekly"))


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

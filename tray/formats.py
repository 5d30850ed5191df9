"""Figures and times in the tray, as the user's locale writes them (``QLocale``).

One helper per kind — percent, number, money, token count, clock time, duration, "resets in",
"ago" — so no widget formats a figure inline. They follow ``QLocale()`` (the system's region:
on Linux ``LC_TIME``/``LANG``, on macOS and Windows the user's own settings, 12- or 24-hour
clock included), which is independent of the language chosen for the words: someone may
read the tray in English with German dates, as their system is set up.

The C locale (tests, minimal containers) keeps the house style the view model had before
(``42 %``, ``$1,234.50``, ``18:00``, ``2 h 13 m``), so output stays stable there. The words
("h", "resets in …") go through Qt's translator like every other string of the tray.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

__all__ = [
    "ago",
    "caps",
    "clock",
    "day",
    "duration",
    "money",
    "number",
    "percent",
    "resets",
    "tokens",
]

# Where CLDR puts the percent sign in the languages the tray speaks (checked against Babel's
# CLDR data by tests/tray/test_formats.py): Qt has the sign, not the pattern.
_PERCENT_FIRST = frozenset({QLocale.Language.Turkish})
_PERCENT_SPACED = frozenset(
    {
        QLocale.Language.German,
        QLocale.Language.French,
        QLocale.Language.Spanish,
        QLocale.Language.Russian,
    }
)
_NO_BREAK_SPACE = "\u00a0"
# Unicode's language-tailored upper-casing (SpecialCasing.txt): Turkish and Azerbaijani
# write the capital of dotted "i" as "İ". Python's str.upper has the rest (ß → SS, final
# sigma …) from its own Unicode tables, so no ICU is needed — the Linux bundle has none.
_DOTTED_I_LANGUAGES = frozenset({"tr", "az"})
_CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def caps(text: str, language: str) -> str:
    """``text`` in capitals as ``language`` ("tr", "de_DE") writes them: "istanbul" →
    "İSTANBUL" in Turkish, "straße" → "STRASSE" in German. For headings set in capitals;
    scripts without case (Japanese, Chinese) come back unchanged."""
    if language.split("_")[0] in _DOTTED_I_LANGUAGES:
        text = text.replace("i", "İ")
    return text.upper()


def _locale() -> QLocale:
    return QLocale()


def _house_style(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def percent(value: float) -> str:
    """Whole percent, clamped to 0–999 so a bad value cannot blow up a layout: ``42 %``,
    ``42%`` (English, Japanese), ``%42`` (Turkish)."""
    whole = round(min(max(value, 0.0), 999.0))
    locale = _locale()
    if _house_style(locale):
        return f"{whole} %"
    figure, sign = locale.toString(whole), locale.percent()
    if locale.language() in _PERCENT_FIRST:
        return f"{sign}{figure}"
    if locale.language() in _PERCENT_SPACED:
        return f"{figure}{_NO_BREAK_SPACE}{sign}"
    return f"{figure}{sign}"


def number(value: float, decimals: int = 0) -> str:
    """A figure with the locale's separators: ``1,234.5``, ``1.234,5``, ``1 234,5``."""
    locale = _locale()
    if _house_style(locale):
        return f"{value:,.{decimals}f}"
    return locale.toString(float(value), "f", decimals)


def money(amount: float, currency: str | None = "USD") -> str:
    """An amount in major units: ``$12.34`` (C, English), ``12,34 $`` (German)."""
    code = (currency or "USD").upper()
    symbol = _CURRENCY_SYMBOLS.get(code, code)
    locale = _locale()
    if _house_style(locale):
        text = f"{abs(amount):,.2f}"
        if code not in _CURRENCY_SYMBOLS:
            return f"-{text} {code}" if amount < 0 else f"{text} {code}"
        return f"-{symbol}{text}" if amount < 0 else f"{symbol}{text}"
    return locale.toCurrencyString(float(amount), symbol, 2)


def tokens(count: float) -> str:
    """Token counts: ``950``, ``12.3 k``, ``53.5 M``, ``3.4 B`` (the units translated)."""
    value = float(count)
    units = (
        (1e9, QCoreApplication.translate("Formats", "{value} B")),
        (1e6, QCoreApplication.translate("Formats", "{value} M")),
        (1e3, QCoreApplication.translate("Formats", "{value} k")),
    )
    for threshold, pattern in units:
        if abs(value) >= threshold:
            scaled = value / threshold
            decimals = 1 if abs(scaled) < 100 and round(scaled, 1) != round(scaled) else 0
            return pattern.format(value=number(scaled, decimals))
    return number(int(value))


def day(moment: datetime) -> str:
    """A local date without the time, in the locale's short format: ``01 Nov`` (C),
    ``11/1/26`` (English), ``01.11.26`` (German) — an admin period's start."""
    local = moment.astimezone()
    locale = _locale()
    if _house_style(locale):
        return local.strftime("%d %b")
    date = QDate(local.year, local.month, local.day)
    return locale.toString(date, QLocale.FormatType.ShortFormat)


def clock(moment: datetime, now: datetime) -> str:
    """Local wall-clock time in the locale's short format (12 or 24 hours as the system
    has it): today the time alone, within a week with the weekday, else with the date."""
    local, today = moment.astimezone(), now.astimezone().date()
    days_away = abs((local.date() - today).days)
    locale = _locale()
    time = QTime(local.hour, local.minute)
    date = QDate(local.year, local.month, local.day)
    if _house_style(locale):
        return local.strftime(
            "%H:%M" if days_away == 0 else "%a %H:%M" if days_away < 7 else "%d %b %H:%M"
        )
    shown = locale.toString(time, QLocale.FormatType.ShortFormat)
    if days_away == 0:
        return shown
    if days_away < 7:
        day = locale.dayName(date.dayOfWeek(), QLocale.FormatType.ShortFormat)
    else:
        day = locale.toString(date, QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("Formats", "{day} {time}").format(day=day, time=shown)


def duration(delta: timedelta) -> str:
    """``2 h 13 m``, ``3 d 4 h``, ``45 m``, ``under a minute``: at most two units."""
    minutes = max(0, int(delta.total_seconds())) // 60
    if minutes < 1:
        return QCoreApplication.translate("Formats", "under a minute")
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        pattern = (
            QCoreApplication.translate("Formats", "{days} d {hours} h")
            if hours
            else QCoreApplication.translate("Formats", "{days} d")
        )
    elif hours:
        pattern = (
            QCoreApplication.translate("Formats", "{hours} h {minutes} m")
            if mins
            else QCoreApplication.translate("Formats", "{hours} h")
        )
    else:
        pattern = QCoreApplication.translate("Formats", "{minutes} m")
    return pattern.format(days=days, hours=hours, minutes=mins)


def resets(resets_at: datetime | None, now: datetime) -> str:
    """The caption of a window: ``resets in 2 h 13 m (18:00)`` or ``not started``."""
    if resets_at is None:
        return QCoreApplication.translate("Formats", "not started")
    if resets_at <= now:
        return QCoreApplication.translate("Formats", "resetting now")
    return QCoreApplication.translate("Formats", "resets in {duration} ({clock})").format(
        duration=duration(resets_at - now), clock=clock(resets_at, now)
    )


def ago(moment: datetime | None, now: datetime) -> str:
    """An age without the verb: ``just now``, ``12 s ago``, ``3 m ago``, ``never``."""
    if moment is None:
        return QCoreApplication.translate("Formats", "never")
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 5:
        return QCoreApplication.translate("Formats", "just now")
    if seconds < 60:
        return QCoreApplication.translate("Formats", "{seconds} s ago").format(seconds=seconds)
    return QCoreApplication.translate("Formats", "{duration} ago").format(
        duration=duration(timedelta(seconds=seconds))
    )

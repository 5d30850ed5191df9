"""What the self-test proves about locale data in this build (frozen or not).

The Linux bundle replaces ICU with stand-ins (packaging/icu_stub.py). Qt's number and date
formats come from its own CLDR tables compiled into QtCore, not from ICU, and the app's
capitals come from Python's Unicode tables (:func:`tray.formats.caps`); both must give each
language's own result in the frozen app. Collation (``QCollator``) is ICU's: with the
stand-ins it compares code points. The app sorts no account names (they are shown in the
order the user keeps them), so that is reported, not required.
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, QTime

from core import LANGUAGES

from .formats import caps

__all__ = ["EXPECTED_FIGURES", "EXPECTED_TIMES", "check_locale_data", "collation_kind"]

NNBSP, NBSP = "\u202f", "\u00a0"
# 1234567.5 with one decimal, as CLDR writes it (tests/i18n checks this table against Babel).
EXPECTED_FIGURES = {
    "de": "1.234.567,5",
    "fr": f"1{NNBSP}234{NNBSP}567,5",
    "es": "1.234.567,5",
    "pt_BR": "1.234.567,5",
    "it": "1.234.567,5",
    "ja": "1,234,567.5",
    "ko": "1,234,567.5",
    "zh_CN": "1,234,567.5",
    "ru": f"1{NBSP}234{NBSP}567,5",
    "pl": f"1{NBSP}234{NBSP}567,5",
    "tr": "1.234.567,5",
    "uk": f"1{NBSP}234{NBSP}567,5",
}
# 18:05 in each language's short time format: 12 or 24 hours as CLDR has it (Korean 12 h).
EXPECTED_TIMES = {code: "18:05" for code in EXPECTED_FIGURES} | {"ko": "오후 6:05"}
_CAPITALS = (("tr", "istanbul ılık", "İSTANBUL ILIK"), ("de", "straße", "STRASSE"))
_GERMAN_NAMES = ["Zebra", "Äpfel", "apfel", "Öl"]
_GERMAN_ORDER = ["apfel", "Äpfel", "Öl", "Zebra"]


def check_locale_data() -> str:
    """Raises when a language's figures or capitals are wrong; else what collation is."""
    wrong = [
        f"{code}: {shown!r} ≠ {EXPECTED_FIGURES[code]!r}"
        for code in LANGUAGES
        if (shown := QLocale(code).toString(1234567.5, "f", 1)) != EXPECTED_FIGURES[code]
    ]
    wrong += [
        f"{code}: {shown!r} ≠ {EXPECTED_TIMES[code]!r}"
        for code in LANGUAGES
        if (shown := _short_time(code)) != EXPECTED_TIMES[code]
    ]
    wrong += [
        f"{code} capitals: {caps(text, code)!r} ≠ {expected!r}"
        for code, text, expected in _CAPITALS
        if caps(text, code) != expected
    ]
    if wrong:
        raise RuntimeError("; ".join(wrong))
    languages = len(LANGUAGES)
    return (
        f"figures and clock times of {languages} languages, Turkish and German capitals; "
        f"{collation_kind()}"
    )


def _short_time(code: str) -> str:
    return QLocale(code).toString(QTime(18, 5), QLocale.FormatType.ShortFormat)


def collation_kind() -> str:
    """ "ICU collation" when Qt sorts German names as German does, else what it does."""
    collator = QCollator(QLocale("de_DE"))
    ordered = sorted(_GERMAN_NAMES, key=collator.sortKey)
    if ordered == _GERMAN_ORDER:
        return "ICU collation"
    return "code-point collation (no ICU; the app sorts no names)"

"""core's figures and words per locale (Babel's CLDR data, gettext catalogues)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest

from core.base import translation
from core.base.text_width import pad_to, text_width
from core.models import AccountStatus
from core.usage import display

NOW = datetime(2026, 12, 6, 13, 0, tzinfo=UTC)


@pytest.fixture
def use_locale(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    def use(name: str) -> None:
        monkeypatch.setenv("LANG", name)
        monkeypatch.setenv("TZ", "UTC")
        translation.reset()

    yield use
    translation.reset()


@pytest.mark.parametrize(
    ("lang", "percent", "money", "tokens", "clock"),
    [
        ("C.UTF-8", "42 %", "$1,234.50", "12.3 k", "18:00"),
        ("en_US.UTF-8", "42%", "$1,234.50", "12.3K", "6:00\u202fPM"),
        ("de_DE.UTF-8", "42\u00a0%", "1.234,50\u00a0$", "12.300", "18:00"),
        ("fr_FR.UTF-8", "42\u00a0%", "1\u202f234,50\u00a0$US", "12,3\u00a0k", "18:00"),
        ("tr_TR.UTF-8", "%42", "$1.234,50", "12,3\u00a0B", "18:00"),
        ("ja_JP.UTF-8", "42%", "$1,234.50", "1.2万", "18:00"),
    ],
)
def test_figures_follow_the_locale(
    use_locale: Callable[[str], None], lang: str, percent: str, money: str, tokens: str, clock: str
) -> None:
    use_locale(lang)
    assert display.format_percent(42) == percent
    assert display.format_money(1234.5, "USD") == money
    assert display.format_tokens(12_300) == tokens
    assert display.format_clock(NOW + timedelta(hours=5), NOW) == clock


def test_words_follow_the_language(use_locale: Callable[[str], None]) -> None:
    use_locale("de_DE.UTF-8")
    assert display.format_duration(timedelta(hours=2, minutes=13)) == "2 Std. 13 Min."
    assert display.format_resets(NOW + timedelta(days=3, hours=1), NOW) == (
        "zurückgesetzt in 3 T. 1 Std. (Mi. 14:00)"
    )
    assert display.state_text(AccountStatus.LOGIN_EXPIRED) == (
        "Claude-Code-Anmeldung abgelaufen – führen Sie `claude` aus, um sie zu erneuern"
    )
    use_locale("ja_JP.UTF-8")
    assert display.format_ago(NOW - timedelta(seconds=12), NOW) == "12秒前"
    assert display.STATUS_HEADLINES[AccountStatus.OFFLINE] == "オフライン"


def test_a_language_chosen_by_the_front_end_wins_over_the_environment(
    use_locale: Callable[[str], None],
) -> None:
    use_locale("de_DE.UTF-8")
    translation.set_language("uk")
    assert display.format_duration(timedelta(minutes=45)) == "45 хв"
    translation.set_language(None)
    assert display.format_duration(timedelta(minutes=45)) == "45 Min."


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        ("ru", 1, "Импортирован 1 аккаунт из S: A."),
        ("ru", 3, "Импортировано 3 аккаунта из S: A."),
        ("ru", 5, "Импортировано 5 аккаунтов из S: A."),
        ("ru", 21, "Импортирован 21 аккаунт из S: A."),
        ("pl", 22, "Zaimportowano 22 konta z S: A."),
        ("pl", 25, "Zaimportowano 25 kont z S: A."),
        ("fr", 0, "0 compte importé depuis S : A."),
        ("fr", 1_000_000, "1000000 de comptes importés depuis S : A."),
        ("ja", 7, "S から 7 件のアカウントを取り込みました: A。"),
    ],
)
def test_plurals_take_each_languages_forms(language: str, count: int, expected: str) -> None:
    translation.set_language(language)
    message = translation.ngettext(
        "Imported {n} account from {source}: {names}.",
        "Imported {n} accounts from {source}: {names}.",
        count,
    )
    assert message.format(n=count, source="S", names="A") == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("de_DE.UTF-8", "de_DE"),
        ("pt_BR", "pt_BR"),
        ("zh-CN", "zh_CN"),
        ("sr_RS@latin", "sr_RS"),
        ("C", None),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
        ("../../etc", None),
    ],
)
def test_locale_names_from_the_environment(value: str, expected: str | None) -> None:
    assert translation.normalise_locale(value) == expected


def test_posix_order_lc_all_then_the_category_then_lang() -> None:
    environ = {"LANG": "fr_FR.UTF-8", "LC_TIME": "de_DE.UTF-8"}
    assert translation.locale_from_environment(environ, "LC_TIME") == "de_DE"
    assert translation.locale_from_environment(environ, "LC_NUMERIC") == "fr_FR"
    environ["LC_ALL"] = "C"
    assert translation.locale_from_environment(environ, "LC_TIME") is None


def test_wide_characters_take_two_columns() -> None:
    assert text_width("週間") == 4
    assert text_width("Woche") == 5
    assert text_width("e\u0301") == 1  # a combining accent takes no column
    assert pad_to("週間", 6) == "週間  "
    assert pad_to("42%", 5, right=True) == "  42%"

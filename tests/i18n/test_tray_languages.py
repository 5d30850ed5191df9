"""The tray's translators, language setting and locale formats (offscreen Qt)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from catalogues import qt_tool
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from core.base import translation
from core.base.translation import LANGUAGES
from core.usage.display import format_duration
from tests.conftest import REPO_ROOT
from tray import formats
from tray.i18n import (
    LANGUAGE_NAMES,
    Installed,
    available_languages,
    install_translators,
    remove_translators,
)
from tray.settings import SettingsStore, TraySettings
from tray.validation import validate_name

NOW = datetime(2026, 12, 6, 13, 0, tzinfo=UTC)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    translation.set_language(None)


def _install(app: QApplication, language: str | None) -> Installed:
    return install_translators(app, language)


def test_every_language_is_available_and_named_in_itself() -> None:
    assert available_languages() == ["en", *LANGUAGES]
    assert set(LANGUAGE_NAMES) == {"en", *LANGUAGES}
    assert LANGUAGE_NAMES["ja"] == "日本語"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "Geben Sie einen Namen für dieses Konto ein."),
        ("ja", "このアカウントの名前を入力してください。"),
        ("pt_BR", "Digite um nome para esta conta."),
        ("uk", "Введіть назву цього акаунта."),
    ],
)
def test_a_chosen_language_translates_tray_and_core_alike(
    app: QApplication, language: str, expected: str
) -> None:
    installed = _install(app, language)
    try:
        assert installed.language == language
        assert validate_name("  ") == expected
        # core's words (state lines, durations) follow the same choice
        assert format_duration(timedelta(minutes=5)) != "5 m"
    finally:
        remove_translators(app, installed)
    assert validate_name("  ") == "Enter a name for this account."
    assert format_duration(timedelta(minutes=5)) == "5 m"


@pytest.mark.parametrize(
    ("language", "cancel", "cut"),
    [
        ("de", "Abbrechen", "&Ausschneiden"),
        ("ja", "キャンセル", "切り取り(&T)"),
        ("tr", "İptal", "&Kes"),
    ],
)
def test_qts_own_words_come_from_the_apps_catalogue(
    app: QApplication, language: str, cancel: str, cut: str
) -> None:
    """No qtbase_*.qm is loaded (the bundle has none): ours answers Qt's widgets."""
    from tray.qt_strings import QT_OWN_STRINGS

    installed = _install(app, language)
    try:
        assert len(installed.translators) == 1
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        assert QCoreApplication.translate("QLineEdit", "Cu&t") == cut
        (ours,) = installed.translators
        missing = [s for c, s in QT_OWN_STRINGS if not ours.translate(c, str(s))]
        assert missing == []  # every one has an entry ("OK" may stay "OK")
    finally:
        remove_translators(app, installed)


def test_english_or_a_language_without_a_catalogue_loads_nothing(app: QApplication) -> None:
    for language in ("en", "xx"):
        installed = _install(app, language)
        assert installed == Installed("en", [])
        assert validate_name("  ") == "Enter a name for this account."


def test_the_language_setting_round_trips_and_rejects_nonsense(
    settings_store: SettingsStore,
) -> None:
    assert TraySettings().language == ""  # follows the system
    settings_store.save(TraySettings(language="ko"))
    assert settings_store.load().language == "ko"
    for bad in ("klingon", "../de", "de_DE"):
        settings_store._qsettings.setValue("preferences/language", bad)
        assert settings_store.load().language == ""


def _tray(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, **env}
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL"):
        environ.pop(name, None)
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-m", "tray", *args],
        capture_output=True,
        text=True,
        env=environ,
        cwd=REPO_ROOT,
        timeout=60,
        check=False,
    )


def test_help_and_the_no_display_message_follow_the_system_language() -> None:
    help_text = _tray({"LANG": "de_DE.UTF-8"}, "--help").stdout
    assert "auch Debug-Meldungen protokollieren" in help_text
    result = _tray({"LANG": "ja_JP.UTF-8"})
    assert result.returncode == 1
    assert result.stderr.startswith("claude-usage-tray: グラフィカルセッションがありません")


# -- formats ------------------------------------------------------------------------------


@pytest.fixture
def locale_named() -> Iterator[object]:
    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(QLocale.c())


@pytest.mark.parametrize(
    ("name", "percent", "money", "tokens", "today", "soon"),
    [
        ("C", "42 %", "$1,234.50", "12.3 k", "18:00", "Tue 13:00"),
        ("en_US", "42%", "$1,234.50", "12.3 k", "6:00\u202fPM", "Tue 1:00\u202fPM"),
        ("de_DE", "42\u00a0%", "1.234,50\u00a0$", "12,3 k", "18:00", "Di. 13:00"),
        ("tr_TR", "%42", "$1.234,50", "12,3 k", "18:00", "Sal 13:00"),
        ("ja_JP", "42%", "$1,234.50", "12.3 k", "18:00", "火 13:00"),
    ],
)
def test_tray_figures_follow_qlocale(
    locale_named: object,
    name: str,
    percent: str,
    money: str,
    tokens: str,
    today: str,
    soon: str,
) -> None:
    locale_named(name)  # type: ignore[operator]
    assert formats.percent(42.2) == percent
    assert formats.money(1234.5) == money
    assert formats.tokens(12_300) == tokens
    assert formats.clock(NOW + timedelta(hours=5), NOW).replace(" ", " ") == today.replace(" ", " ")
    assert formats.clock(NOW + timedelta(days=2), NOW) == soon


def test_tray_words_are_translated(app: QApplication, locale_named: object) -> None:
    locale_named("de_DE")  # type: ignore[operator]
    installed = _install(app, "de")
    try:
        assert formats.resets(NOW + timedelta(hours=2, minutes=13), NOW) == (
            "zurückgesetzt in 2 Std. 13 Min. (15:13)"
        )
        assert formats.tokens(53_500_000) == "53,5 Mio."
        assert formats.ago(NOW - timedelta(minutes=3), NOW) == "vor 3 Min."
    finally:
        remove_translators(app, installed)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_percent_sign_sits_where_cldr_puts_it(locale_named: object, language: str) -> None:
    """tray.formats knows the sign's place per language; Babel's CLDR data is the judge."""
    from babel.numbers import format_percent

    locale_named(language)  # type: ignore[operator]
    expected = format_percent(0.42, locale=language)
    assert formats.percent(42).replace("\u202f", "\u00a0") == expected.replace("\u202f", "\u00a0")


def test_qt_plural_forms_per_language(app: QApplication, tmp_path: Path) -> None:
    """lrelease and QTranslator pick Russian's three forms for %n (the mechanism the view
    model's "%n account(s)" uses)."""
    ts = tmp_path / "sample_ru.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru">'
        '<context><name>Ctx</name><message numerus="yes"><source>%n account(s)</source>'
        "<translation><numerusform>%n аккаунт</numerusform><numerusform>%n аккаунта</numerusform>"
        "<numerusform>%n аккаунтов</numerusform></translation></message></context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "sample_ru.qm"
    subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm))
    app.installTranslator(translator)
    try:
        forms = [QCoreApplication.translate("Ctx", "%n account(s)", "", n) for n in (1, 3, 5, 21)]
    finally:
        app.removeTranslator(translator)
    assert forms == ["1 аккаунт", "3 аккаунта", "5 аккаунтов", "21 аккаунт"]


def test_the_language_box_names_each_language_in_itself(qtbot: object) -> None:
    from tray.language_picker import LanguageBox

    box = LanguageBox("ja")
    names = [box.itemText(i) for i in range(box.count())]
    assert names[:3] == ["System default", "English", "Deutsch"]
    assert "日本語" in names
    assert "Українська" in names
    assert box.language() == "ja"
    box.set_language("xx")  # no catalogue: back to the system's
    assert box.language() == ""
    box.setCurrentIndex(names.index("Polski"))
    assert box.language() == "pl"


def test_the_language_box_speaks_the_current_language(app: QApplication) -> None:
    from tray.language_picker import LanguageBox

    installed = _install(app, "de")
    try:
        box = LanguageBox()
        assert box.itemText(0) == "Systemstandard"
        assert box.accessibleName() == "Sprache"
        assert LanguageBox.restart_note() == "Die neue Sprache gilt ab dem nächsten Start."
    finally:
        remove_translators(app, installed)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("istanbul ılık", "tr", "İSTANBUL ILIK"),
        ("istanbul", "tr_TR", "İSTANBUL"),
        ("bakı", "az", "BAKI"),
        ("istanbul", "de", "ISTANBUL"),
        ("straße", "de", "STRASSE"),
        ("ὀδυσσεύς", "el", "ὈΔΥΣΣΕΎΣ"),
        ("使用量", "ja", "使用量"),
    ],
)
def test_capitals_as_each_language_writes_them(text: str, language: str, expected: str) -> None:
    assert formats.caps(text, language) == expected


def test_the_self_tests_figures_are_cldrs(qapp: QApplication) -> None:
    """The frozen app's self-test compares Qt's figures with this table; Babel (CLDR) is
    the judge of the table, and Qt from source agrees."""
    from datetime import time

    from babel.dates import format_time
    from babel.numbers import format_decimal

    from tray.locale_check import EXPECTED_FIGURES, EXPECTED_TIMES, check_locale_data

    for code, expected in EXPECTED_FIGURES.items():
        assert format_decimal(1234567.5, format="#,##0.0", locale=code) == expected, code
        assert format_time(time(18, 5), "short", locale=code) == EXPECTED_TIMES[code], code
    assert check_locale_data().startswith("figures and clock times of 12 languages")


@pytest.mark.parametrize(
    ("locale", "found"),
    [("zh_CN", "zh_CN"), ("de_AT", "de"), ("pt_BR", "pt_BR"), ("en_US", None), ("fr_CA", "fr")],
)
def test_the_catalogue_for_a_locale_is_found_as_qt_looks_for_it(
    locale: str, found: str | None
) -> None:
    from tray.i18n import catalogue_file

    path = catalogue_file(QLocale(locale))
    assert (path.name.split(".")[0].removeprefix("claude-usage-tray_") if path else None) == found


def test_gzipped_catalogues_as_the_bundle_carries_them(app: QApplication, tmp_path: Path) -> None:
    """The bundle's .qm.gz files (a third of the size) load like the .qm they came from."""
    from catalogues import gzipped_catalogues

    written = gzipped_catalogues(tmp_path)
    assert len(written) == 12
    assert sum(p.stat().st_size for p in written) < sum(
        p.stat().st_size for p in (REPO_ROOT / "tray" / "translations").glob("*.qm")
    )
    assert available_languages(tmp_path) == ["en", *LANGUAGES]
    installed = install_translators(app, "ja", tmp_path)
    try:
        assert installed.language == "ja"
        assert validate_name("  ") == "このアカウントの名前を入力してください。"
    finally:
        remove_translators(app, installed)

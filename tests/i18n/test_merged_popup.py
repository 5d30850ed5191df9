"""Where the compact popup meets the translations (the merge of issues 21 and 22): the
Settings dialog's language choice, the admin period's date, the row's Resets column sized
from the language, headings in the language's capitals, issue 15's notices translated."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.base import translation
from core.models import AdminUsage, OAuthUsage, UsageWindow
from tray import formats
from tray.cards import AccountCard, column_widths
from tray.i18n import Installed, current_language, install_translators, remove_translators
from tray.notify_rules import NotificationRules
from tray.settings import TraySettings
from tray.viewmodel import ListSection, StatRow, build_card

NOW = datetime(2026, 12, 6, 13, 0, tzinfo=UTC)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[Installed]:
    installed = install_translators(qapp, "de")
    yield installed
    remove_translators(qapp, installed)
    translation.set_language(None)


def test_the_settings_dialog_saves_the_language(qtbot: QtBot) -> None:
    from tray.dialogs import SettingsDialog

    dialog = SettingsDialog(TraySettings(language="ja"))
    qtbot.addWidget(dialog)
    assert dialog.language_box.language() == "ja"
    assert dialog.language_note.text() == "The new language is used from the next start."
    dialog.language_box.set_language("de")
    assert dialog.settings().language == "de"
    dialog.language_box.set_language("")
    assert dialog.settings().language == ""  # the system's


def test_the_admin_period_is_a_locale_date() -> None:
    usage = AdminUsage(account_name="Org", fetched_at=NOW, period_start=datetime(2026, 12, 1, 9))
    assert "since 01 Dec" in build_card(usage, NOW).subtitle  # C: the house style
    QLocale.setDefault(QLocale("de_DE"))
    try:
        assert formats.day(datetime(2026, 12, 1, 9)) == "01.12.26"
        assert "since 01.12.26" in build_card(usage, NOW).subtitle
    finally:
        QLocale.setDefault(QLocale.c())


def test_the_resets_column_fits_the_languages_longest_duration(german: Installed) -> None:
    metrics = QFontMetrics(QApplication.font())
    longest = formats.duration(timedelta(hours=23, minutes=59))
    assert "Std." in longest  # German words
    _, reset = column_widths(metrics)
    assert reset >= metrics.horizontalAdvance(longest)
    assert reset >= metrics.horizontalAdvance(formats.duration(timedelta(hours=2, minutes=12)))


def test_headings_are_in_the_languages_capitals(qapp: QApplication, qtbot: QtBot) -> None:
    installed = install_translators(qapp, "tr")
    try:
        assert current_language() == "tr"
        usage = AdminUsage(account_name="Org", fetched_at=NOW)
        card_model = build_card(usage, NOW)
        section = ListSection("istanbul ilk", (StatRow("a", "b"),))
        from dataclasses import replace

        card = AccountCard(replace(card_model, sections=(section,)), expanded=True)
        qtbot.addWidget(card)
        assert "İSTANBUL İLK" in card.texts()  # not "ISTANBUL ILK"
    finally:
        remove_translators(qapp, installed)
        translation.set_language(None)
    assert current_language() == "en"


def test_issue_15s_notices_speak_the_language(german: Installed) -> None:
    usage = OAuthUsage(
        account_name="Work",
        fetched_at=NOW,
        session=UsageWindow(percent=10, resets_at=NOW + timedelta(hours=3)),
        model_weekly={"Opus": UsageWindow(percent=96, resets_at=NOW + timedelta(hours=5))},
        sign_in_expires_at=NOW + timedelta(days=2),
    )
    notices = {n.window: n for n in NotificationRules().evaluate([usage], NOW)}
    opus = notices["model:Opus"]
    assert opus.title == "Wöchentliches Opus-Limit von Work bei 96 %"
    assert opus.body.startswith("Zurückgesetzt in") or "5 Std." in opus.body
    assert opus.body.endswith("Bei 100 % antwortet Opus auf diesem Konto bis dahin nicht mehr.")
    assert notices["sign_in"].title == "Anmeldung von Work läuft ab — verbleibende Tage: 2"


def test_a_counted_word_inside_a_sentence_takes_the_languages_plural(
    qapp: QApplication,
) -> None:
    """ "Import 1 Konto", not "1 Konten"; Russian's three forms, Japanese's one."""
    from tray.viewmodel import accounts_text

    expected = {
        "de": ["1 Konto", "3 Konten", "5 Konten"],
        "ru": ["1 аккаунт", "3 аккаунта", "5 аккаунтов"],
        "ja": ["1 件のアカウント", "3 件のアカウント", "5 件のアカウント"],
    }
    for language, forms in expected.items():
        installed = install_translators(qapp, language)
        try:
            assert [accounts_text(n) for n in (1, 3, 5)] == forms, language
        finally:
            remove_translators(qapp, installed)
    assert [accounts_text(n) for n in (1, 3)] == ["1 account", "3 accounts"]

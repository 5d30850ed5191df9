"""Settings round-trip through QSettings (an INI file here) with tolerant reading."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from tray.settings import (
    Appearance,
    IconStyle,
    SettingsStore,
    TraySettings,
    WriteBackPolicy,
    parse_thresholds,
)


def test_defaults_when_nothing_is_saved(settings_store: SettingsStore) -> None:
    assert settings_store.load() == TraySettings()


def test_round_trip_through_a_fresh_qsettings(
    settings_store: SettingsStore, tmp_path: Path
) -> None:
    edited = TraySettings(
        refresh_minutes=15,
        session_thresholds=(70, 90),
        weekly_thresholds=(50,),
        notify_thresholds=False,
        notify_reset=False,
        notify_attention=False,
        show_session=True,
        show_weekly=False,
        show_models=False,
        show_extra=False,
        show_chart=False,
        launch_at_login=True,
        write_back=WriteBackPolicy.WRITE_BACK,
        legacy_import_dismissed=("Work, old", 'Ünïcode "quoted"', "Org"),
        icon_style=IconStyle.BARS,
        appearance=Appearance.DARK,
        keep_order=True,
        account_order=("Org", "Work, old"),
        global_shortcut="Ctrl+Alt+U",
    )
    settings_store.save(edited)
    reopened = SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert reopened.load() == edited


def test_bad_values_fall_back_to_defaults(qsettings: QSettings) -> None:
    qsettings.beginGroup("preferences")
    qsettings.setValue("refresh_minutes", "soon")
    qsettings.setValue("session_thresholds", "80, lots")
    qsettings.setValue("notify_reset", "maybe")
    qsettings.setValue("write_back", "always")
    qsettings.setValue("show_chart", "perhaps")
    qsettings.setValue("legacy_import_dismissed", "[1, 2")
    qsettings.setValue("icon_style", "sparkles")
    qsettings.setValue("appearance", "neon")
    qsettings.setValue("keep_order", "sometimes")
    qsettings.setValue("account_order", "{not a list")
    qsettings.endGroup()
    assert SettingsStore(qsettings).load() == TraySettings()


def test_refresh_interval_is_clamped(qsettings: QSettings) -> None:
    qsettings.setValue("preferences/refresh_minutes", 0)
    assert SettingsStore(qsettings).load().refresh_minutes == 2
    qsettings.setValue("preferences/refresh_minutes", "9999")
    assert SettingsStore(qsettings).load().refresh_minutes == 120


def test_no_secret_ever_lands_in_the_settings_file(
    settings_store: SettingsStore, tmp_path: Path
) -> None:
    settings_store.save(TraySettings())
    text = (tmp_path / "settings.ini").read_text()
    assert "sk-ant" not in text
    assert "token" not in text.lower()


def test_threshold_parsing() -> None:
    assert parse_thresholds("95, 80,80") == (80, 95)
    assert parse_thresholds([80, "95"]) == (80, 95)
    assert parse_thresholds("") == ()
    assert parse_thresholds("0, 50") is None
    assert parse_thresholds("101") is None
    assert parse_thresholds("eighty") is None


def test_settings_feed_rules_and_view_options() -> None:
    settings = TraySettings(session_thresholds=(60,), show_models=False, notify_reset=False)
    assert settings.rules_config().thresholds["session"] == (60.0,)
    assert settings.rules_config().reset_notice is False
    assert settings.view_options().show_models is False


def test_dismissed_import_names_read_back_from_a_hand_edited_file(qsettings: QSettings) -> None:
    qsettings.setValue("preferences/legacy_import_dismissed", '["Work", 3]')
    assert SettingsStore(qsettings).load().legacy_import_dismissed == ()
    qsettings.setValue("preferences/legacy_import_dismissed", "")
    assert SettingsStore(qsettings).load().legacy_import_dismissed == ()
    qsettings.setValue("preferences/legacy_import_dismissed", '["Work"]')
    assert SettingsStore(qsettings).load().legacy_import_dismissed == ("Work",)


def test_chart_setting_feeds_the_view_options() -> None:
    assert TraySettings().view_options().show_chart is True
    assert TraySettings(show_chart=False).view_options().show_chart is False

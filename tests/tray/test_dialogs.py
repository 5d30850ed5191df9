"""Dialogs validate what is typed before OK is enabled, and hand back what was asked."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tray.dialogs import AddAccountDialog, AddMethod, AddRequest, RenameDialog, SettingsDialog
from tray.dialogs.remove import remove_message_box
from tray.settings import TraySettings, WriteBackPolicy
from tray.validation import (
    validate_admin_key,
    validate_code,
    validate_credentials_json,
    validate_name,
)

GOOD_JSON = json.dumps({"claudeAiOauth": {"accessToken": "sk-ant-oat01-abc", "refreshToken": "r"}})
ADMIN_KEY = "sk-ant-admin01-abcdefghijklmnop"


# ---------------------------------------------------------------- pure validation


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        (GOOD_JSON, True),
        (json.dumps({"accessToken": "sk-ant-oat01-x"}), True),
        ("", False),
        ("{not json", False),
        ("[]", False),
        (json.dumps({"claudeAiOauth": {"refreshToken": "r"}}), False),
        (json.dumps({"claudeAiOauth": {"accessToken": ""}}), False),
        (json.dumps({"mcpOAuth": {}}), False),
    ],
)
def test_credentials_json_validation(text: str, ok: bool) -> None:
    assert (validate_credentials_json(text) is None) is ok


def test_json_error_says_where() -> None:
    message = validate_credentials_json('{"a": 1,\n "b": }')
    assert message is not None
    assert "line 2" in message


@pytest.mark.parametrize(
    ("key", "ok"),
    [
        (ADMIN_KEY, True),
        (f"  {ADMIN_KEY}\n", True),
        ("sk-ant-api03-abcdefghijklmnop", False),
        ("sk-ant-admin", False),
        ("sk-ant-admin01-abc def ghi jkl", False),
        ("", False),
    ],
)
def test_admin_key_validation(key: str, ok: bool) -> None:
    assert (validate_admin_key(key) is None) is ok


def test_name_validation() -> None:
    assert validate_name("Work") is None
    assert validate_name("  ") is not None
    assert validate_name("Work", ["Work"]) is not None
    assert validate_name("Work", ["Work"], current="Work") is None
    assert validate_name("x" * 101) is not None
    assert validate_name("two\nlines") is not None


def test_code_validation() -> None:
    assert validate_code("abc#def") is None
    assert validate_code("") is not None
    assert validate_code("abc def") is not None


# ---------------------------------------------------------------- add account


def test_paste_json_enables_ok_only_when_valid(qtbot: QtBot) -> None:
    dialog = AddAccountDialog(["Work"], method=AddMethod.PASTE)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Home")
    assert not dialog.ok_button.isEnabled()
    dialog.json_edit.setPlainText("{oops")
    assert not dialog.ok_button.isEnabled()
    assert dialog.json_error.text().startswith("This is not valid JSON")
    dialog.json_edit.setPlainText(json.dumps({"claudeAiOauth": {}}))
    assert not dialog.ok_button.isEnabled()
    dialog.json_edit.setPlainText(GOOD_JSON)
    assert dialog.ok_button.isEnabled()
    assert dialog.json_error.isHidden()


def test_admin_key_must_look_like_one(qtbot: QtBot) -> None:
    dialog = AddAccountDialog([], method=AddMethod.ADMIN)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Org")
    qtbot.keyClicks(dialog.key_edit, "sk-ant-api03-not-an-admin-key")  # type: ignore[no-untyped-call]
    assert not dialog.ok_button.isEnabled()
    assert "sk-ant-admin" in dialog.key_error.text()
    dialog.key_edit.setText(ADMIN_KEY)
    assert dialog.ok_button.isEnabled()


def test_taken_name_blocks_ok(qtbot: QtBot) -> None:
    dialog = AddAccountDialog(["Work"], method=AddMethod.ADMIN)
    qtbot.addWidget(dialog)
    dialog.key_edit.setText(ADMIN_KEY)
    dialog.name_edit.setText("Work")
    assert not dialog.ok_button.isEnabled()
    assert "already exists" in dialog.name_error.text()


def test_submit_emits_the_request_and_waits(qtbot: QtBot) -> None:
    dialog = AddAccountDialog([], method=AddMethod.ADMIN)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Org")
    dialog.key_edit.setText(f" {ADMIN_KEY} ")
    with qtbot.waitSignal(dialog.submitted) as signal:
        dialog.ok_button.click()
    request = signal.args[0]
    assert request == AddRequest(AddMethod.ADMIN, "Org", ADMIN_KEY)
    assert ADMIN_KEY not in repr(request)
    assert not dialog.ok_button.isEnabled()  # busy until told the outcome
    dialog.show_error("Anthropic refused this key")
    assert dialog.error.text() == "Anthropic refused this key"
    assert dialog.ok_button.isEnabled()


def test_link_is_offered_only_when_claude_code_has_a_login(qtbot: QtBot) -> None:
    without = AddAccountDialog([], claude_code_found=False, method=AddMethod.LINK)
    qtbot.addWidget(without)
    assert without.method is AddMethod.SIGN_IN
    assert not without.method_buttons[AddMethod.LINK].isEnabled()
    found = AddAccountDialog([], claude_code_found=True)
    qtbot.addWidget(found)
    assert found.method is AddMethod.LINK
    assert found.ok_button.isEnabled()  # a default name is filled in
    assert found.ok_button.text() == "Link"


def test_sign_in_shows_the_url_and_takes_a_pasted_code(qtbot: QtBot) -> None:
    dialog = AddAccountDialog([], method=AddMethod.SIGN_IN)
    qtbot.addWidget(dialog)
    assert not dialog.code_button.isEnabled()
    with qtbot.waitSignal(dialog.submitted):
        dialog.ok_button.click()
    dialog.show_sign_in_url("https://claude.example/oauth?x=1")
    assert dialog.url_field.text() == "https://claude.example/oauth?x=1"
    dialog.code_edit.setText("with space")
    assert not dialog.code_button.isEnabled()
    dialog.code_edit.setText("abc#state")
    with qtbot.waitSignal(dialog.code_entered) as signal:
        dialog.code_button.click()
    assert signal.args == ["abc#state"]


# ---------------------------------------------------------------- rename, remove


def test_rename_needs_a_new_unused_name(qtbot: QtBot) -> None:
    dialog = RenameDialog("Work", ["Work", "Home"])
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()  # unchanged
    dialog.name_edit.setText("Home")
    assert not dialog.ok_button.isEnabled()
    assert "already exists" in dialog.error.text()
    dialog.name_edit.setText("  ")
    assert not dialog.ok_button.isEnabled()
    dialog.name_edit.setText(" Job ")
    assert dialog.ok_button.isEnabled()
    assert dialog.new_name() == "Job"


def test_remove_asks_with_cancel_as_default(qtbot: QtBot) -> None:
    box = remove_message_box("Work")
    qtbot.addWidget(box)
    assert "Work" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    remove = next(b for b in box.buttons() if b.objectName() == "removeButton")
    box.open()
    with qtbot.waitSignal(box.finished):
        remove.click()
    assert box.clickedButton() is remove


# ---------------------------------------------------------------- settings


def test_settings_dialog_round_trip(qtbot: QtBot) -> None:
    dialog = SettingsDialog(TraySettings())
    qtbot.addWidget(dialog)
    dialog.refresh_spin.setValue(10)
    dialog.session_edit.setText("70, 90")
    dialog.show_checks["show_models"].setChecked(False)
    dialog.write_back_radio.setChecked(True)
    dialog.autostart_check.setChecked(True)
    result = dialog.settings()
    assert result.refresh_minutes == 10
    assert result.session_thresholds == (70, 90)
    assert result.show_models is False
    assert result.write_back is WriteBackPolicy.WRITE_BACK
    assert result.launch_at_login is True


def test_settings_dialog_appearance_icon_order_and_shortcut(qtbot: QtBot) -> None:
    from tray.settings import Appearance, IconStyle

    dialog = SettingsDialog(TraySettings())
    qtbot.addWidget(dialog)
    assert dialog.settings().appearance is Appearance.SYSTEM
    dialog.appearance_combo.setCurrentIndex(2)
    dialog.icon_style_buttons[IconStyle.RING].setChecked(True)
    dialog.keep_order_check.setChecked(True)
    dialog.shortcut_edit.setKeySequence("Ctrl+Alt+U")
    result = dialog.settings()
    assert result.appearance is Appearance.DARK
    assert result.icon_style is IconStyle.RING
    assert result.keep_order is True
    assert result.global_shortcut == "Ctrl+Alt+U"
    assert not dialog.icon_style_buttons[IconStyle.BARS].icon().isNull()  # a preview


def test_a_greyed_out_choice_says_why(qtbot: QtBot) -> None:
    dialog = SettingsDialog(
        TraySettings(), autostart_supported=False, autostart_reason="the demo never starts"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.autostart_check.isEnabled()
    assert dialog.autostart_note.isVisible()
    assert dialog.autostart_note.text() == "Not available: the demo never starts."
    # offscreen has no global shortcut: the dialog says what to do instead
    assert "claude-usage-tray" in dialog.shortcut_note.text()


def test_settings_dialog_rejects_bad_thresholds(qtbot: QtBot) -> None:
    dialog = SettingsDialog(TraySettings())
    qtbot.addWidget(dialog)
    assert dialog.ok_button.isEnabled()
    dialog.weekly_edit.setText("80, 120")
    assert not dialog.ok_button.isEnabled()
    assert "Weekly" in dialog.threshold_error.text()
    dialog.weekly_edit.setText("80")
    assert dialog.ok_button.isEnabled()


def test_write_back_warning_is_emphasised_when_chosen(qtbot: QtBot) -> None:
    dialog = SettingsDialog(TraySettings())
    qtbot.addWidget(dialog)
    dialog.show()
    from tray.theme import current_theme
    from tray.viewmodel import Severity

    theme = current_theme()
    assert dialog.write_back_warning.isVisible()
    assert theme.muted in dialog.write_back_warning.styleSheet()  # quiet, but readable
    dialog.write_back_radio.setChecked(True)
    assert theme.severities[Severity.WARNING] in dialog.write_back_warning.styleSheet()
    assert "signed out" in dialog.write_back_warning.text()


def test_autostart_checkbox_disabled_where_unsupported(qtbot: QtBot) -> None:
    dialog = SettingsDialog(TraySettings(launch_at_login=True), autostart_supported=False)
    qtbot.addWidget(dialog)
    assert not dialog.autostart_check.isEnabled()
    assert dialog.settings().launch_at_login is False


def test_import_offer_only_when_something_was_found(qtbot: QtBot) -> None:
    plain = AddAccountDialog()
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.legacy_box.isVisible()

    offered = AddAccountDialog(legacy_count=1)
    qtbot.addWidget(offered)
    offered.show()
    assert offered.legacy_box.isVisible()
    assert offered.import_button.text() == "Import 1 account from claude-usage-core"
    with qtbot.waitSignal(offered.import_requested):
        offered.import_button.click()
    assert not offered.import_button.isEnabled()  # busy until the app says how it went
    offered.show_import_error("Could not import: damaged")
    assert offered.import_button.isEnabled()
    assert offered.import_error.text() == "Could not import: damaged"
    with qtbot.waitSignal(offered.import_dismissed):
        offered.dismiss_import_button.click()
    assert not offered.legacy_box.isVisible()


def test_settings_dialog_has_the_chart_option(qtbot: QtBot) -> None:
    dialog = SettingsDialog(TraySettings(show_chart=True))
    qtbot.addWidget(dialog)
    dialog.show_checks["show_chart"].setChecked(False)
    assert dialog.settings().show_chart is False
    assert "7-day" in dialog.show_checks["show_chart"].text()


def test_a_dialog_is_as_tall_as_its_page_not_its_tallest_page(qtbot: QtBot) -> None:
    """The sign-in page is short; the paste page's long text must not make it tall."""
    again = AddAccountDialog.for_sign_in_again("Work", "work@example.com")
    qtbot.addWidget(again)
    again.show()
    layout = again.layout()
    assert layout is not None
    assert again.height() <= layout.totalHeightForWidth(again.width()) + 2
    assert again.heading.text() == "Sign in again to Work (work@example.com)"


def test_the_link_page_names_the_account_it_will_track(qtbot: QtBot) -> None:
    dialog = AddAccountDialog(claude_code_found=True, claude_code_email="ada@example.com")
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.pages.widget(0)
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    assert any(text.startswith("Tracks ada@example.com, the account Claude Code") for text in texts)

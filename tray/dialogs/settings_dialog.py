"""The settings dialog: refresh interval, launch at login, the global shortcut, appearance
(theme, icon style, the accounts' order), notifications, which windows to show, the
write-back policy for accounts linked to Claude Code's login, and the local usage feed.

Two columns, so the dialog fits a 768-pixel screen at 1× (and stays legible at 2×)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..icon import render_icon
from ..language_picker import LanguageBox
from ..settings import (
    MAX_FEED_PORT,
    MAX_REFRESH_MINUTES,
    MIN_FEED_PORT,
    MIN_REFRESH_MINUTES,
    Appearance,
    IconStyle,
    TraySettings,
    WriteBackPolicy,
    parse_thresholds,
)
from ..shortcut import shortcut_support
from ..theme import current_theme
from ..viewmodel import IconState, Level, Severity
from .common import ErrorLabel, fit_to_text, wrapped_label

__all__ = ["WRITE_BACK_WARNING", "SettingsDialog"]

WRITE_BACK_WARNING: str = QT_TRANSLATE_NOOP(  # type: ignore[assignment]
    "SettingsDialog",
    "Claude Code's refresh tokens are single-use. When this app refreshes a linked login it "
    "must write the new tokens back to where Claude Code keeps them; if Claude Code refreshes "
    "at the same moment, or the write fails, Claude Code is signed out and you must run "
    "`claude` to sign in again. Leave this off unless you know you need it.",
)
_ICON_PREVIEW = IconState(88.0, Level.WARNING, week=41.0)


def _mute(label: QLabel) -> None:
    """A note beside a choice: the theme's muted colour (a disabled grey reads at 2:1)."""
    label.setStyleSheet(f"color: {current_theme().muted};")


def _style_names() -> dict[IconStyle, str]:
    return {
        IconStyle.NUMBER: QCoreApplication.translate("Settings", "&Number"),
        IconStyle.BARS: QCoreApplication.translate("Settings", "Two &bars"),
        IconStyle.RING: QCoreApplication.translate("Settings", "R&ing"),
    }


def _appearance_names() -> dict[Appearance, str]:
    return {
        Appearance.SYSTEM: QCoreApplication.translate("Settings", "System"),
        Appearance.LIGHT: QCoreApplication.translate("Settings", "Light"),
        Appearance.DARK: QCoreApplication.translate("Settings", "Dark"),
    }


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: TraySettings,
        *,
        autostart_supported: bool = True,
        autostart_reason: str = "",
        feed_token_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Claude Usage settings"))
        self.setMinimumWidth(820)
        self.original = settings
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._general(settings, autostart_supported, autostart_reason))
        left.addWidget(self._appearance(settings))
        left.addWidget(self._windows(settings))
        left.addStretch(1)
        right.addWidget(self._notifications(settings))
        right.addWidget(self._linked(settings))
        right.addWidget(self._feed(settings, feed_token_path))
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._validate()
        self._fit()

    def _fit(self) -> None:
        """Size to the content: ``adjustSize`` would cap a dialog at 2/3 of the screen and
        squeeze the wrapped texts."""
        width = max(self.minimumWidth(), self.sizeHint().width())
        self.resize(width, self.sizeHint().height())
        fit_to_text(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_text(self)  # at the size the window system gave it

    def _general(
        self, settings: TraySettings, autostart_supported: bool, autostart_reason: str
    ) -> QGroupBox:
        box = QGroupBox(self.tr("General"))
        form = QFormLayout(box)
        self.refresh_spin = QSpinBox()
        self.refresh_spin.setRange(MIN_REFRESH_MINUTES, MAX_REFRESH_MINUTES)
        self.refresh_spin.setSuffix(self.tr(" min"))
        self.refresh_spin.setValue(settings.refresh_minutes)
        form.addRow(self.tr("&Refresh every:"), self.refresh_spin)
        self.autostart_check = QCheckBox(self.tr("S&tart Claude Usage when I log in"))
        self.autostart_check.setChecked(settings.launch_at_login and autostart_supported)
        self.autostart_check.setEnabled(autostart_supported)
        form.addRow(self.autostart_check)
        self.autostart_note = wrapped_label(
            self.tr("Not available: {reason}.").format(reason=autostart_reason)
        )
        _mute(self.autostart_note)
        self.autostart_note.setVisible(not autostart_supported)
        form.addRow(self.autostart_note)
        form.addRow(self.tr("O&pen the popup with:"), self._shortcut_row(settings))
        problem = shortcut_support()
        self.shortcut_note = wrapped_label(
            problem or self.tr("A key combination that works in every application.")
        )
        _mute(self.shortcut_note)
        form.addRow(self.shortcut_note)
        return box

    def _shortcut_row(self, settings: TraySettings) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.shortcut_edit = QKeySequenceEdit()
        self.shortcut_edit.setMaximumSequenceLength(1)
        self.shortcut_edit.setClearButtonEnabled(True)
        self.shortcut_edit.setKeySequence(settings.global_shortcut)
        self.shortcut_edit.setAccessibleName(self.tr("Global shortcut"))
        supported = shortcut_support() is None
        self.shortcut_edit.setEnabled(supported or bool(settings.global_shortcut))
        layout.addWidget(self.shortcut_edit, 1)
        return row

    def _appearance(self, settings: TraySettings) -> QGroupBox:
        box = QGroupBox(self.tr("Appearance"))
        form = QFormLayout(box)
        self.appearance_combo = QComboBox()
        for appearance, name in _appearance_names().items():
            self.appearance_combo.addItem(name, appearance.value)
        self.appearance_combo.setCurrentIndex(list(Appearance).index(settings.appearance))
        form.addRow(self.tr("T&heme:"), self.appearance_combo)
        self.language_box = LanguageBox(settings.language)
        form.addRow(self.tr("&Language:"), self.language_box)
        self.language_note = wrapped_label(LanguageBox.restart_note())
        _mute(self.language_note)
        form.addRow("", self.language_note)
        styles = QVBoxLayout()
        styles.setSpacing(2)
        self.icon_style_group = QButtonGroup(self)
        self.icon_style_buttons: dict[IconStyle, QRadioButton] = {}
        for index, (style, name) in enumerate(_style_names().items()):
            radio = QRadioButton(name)
            radio.setIcon(render_icon(_ICON_PREVIEW, (22,), template=False, style=style))
            radio.setIconSize(QSize(22, 22))
            radio.setChecked(style is settings.icon_style)
            self.icon_style_group.addButton(radio, index)
            self.icon_style_buttons[style] = radio
            styles.addWidget(radio)
        form.addRow(self.tr("Tray icon:"), styles)
        self.keep_order_check = QCheckBox(self.tr("&Keep my own order of the accounts"))
        self.keep_order_check.setToolTip(
            self.tr(
                "Otherwise accounts that need attention and the fullest come first. "
                "Drag an account, or press Alt+↑/↓ on it, to move it."
            )
        )
        self.keep_order_check.setChecked(settings.keep_order)
        form.addRow(self.keep_order_check)
        return box

    def _notifications(self, settings: TraySettings) -> QGroupBox:
        box = QGroupBox(self.tr("Notifications"))
        form = QFormLayout(box)
        self.thresholds_check = QCheckBox(self.tr("&Warn when usage crosses a threshold"))
        self.thresholds_check.setChecked(settings.notify_thresholds)
        form.addRow(self.thresholds_check)
        self.session_edit = QLineEdit(", ".join(str(t) for t in settings.session_thresholds))
        self.weekly_edit = QLineEdit(", ".join(str(t) for t in settings.weekly_thresholds))
        for edit in (self.session_edit, self.weekly_edit):
            edit.setPlaceholderText(self.tr("e.g. 80, 95"))
            edit.textChanged.connect(self._validate)
        form.addRow(self.tr("&Session thresholds (%):"), self.session_edit)
        form.addRow(self.tr("W&eekly thresholds (%):"), self.weekly_edit)
        self.threshold_error = ErrorLabel()
        form.addRow(self.threshold_error)
        self.reset_check = QCheckBox(self.tr("Tell me when a limit I reached has reset"))
        self.reset_check.setChecked(settings.notify_reset)
        self.attention_check = QCheckBox(self.tr("Tell me when an account needs &attention"))
        self.attention_check.setChecked(settings.notify_attention)
        form.addRow(self.reset_check)
        form.addRow(self.attention_check)
        return box

    def _windows(self, settings: TraySettings) -> QGroupBox:
        box = QGroupBox(self.tr("Show in the popup"))
        layout = QGridLayout(box)
        self.show_checks = {
            "show_session": QCheckBox(self.tr("Session (5-hour) usage")),
            "show_weekly": QCheckBox(self.tr("Weekly usage")),
            "show_models": QCheckBox(self.tr("Per-model weekly usage")),
            "show_extra": QCheckBox(self.tr("Extra usage (credits)")),
            "show_chart": QCheckBox(self.tr("7-day chart")),
            "colour_follows_binding": QCheckBox(self.tr("Icon colour: any binding limit")),
        }
        self.show_checks["colour_follows_binding"].setToolTip(
            self.tr(
                "The icon's colour follows the limit holding an account back (a weekly or a "
                "model's limit), not only the session; a corner mark shows it either way"
            )
        )
        self.show_checks["show_chart"].setToolTip(
            self.tr("A small chart of the last 7 days of session and weekly usage on each card")
        )
        for index, (name, check) in enumerate(self.show_checks.items()):
            check.setChecked(bool(getattr(settings, name)))
            layout.addWidget(check, index // 2, index % 2)
        return box

    def _linked(self, settings: TraySettings) -> QGroupBox:
        box = QGroupBox(self.tr("Accounts linked to Claude Code's login"))
        layout = QVBoxLayout(box)
        self.read_only_radio = QRadioButton(
            self.tr("Rea&d-only: when the login expires, ask me to run `claude`")
        )
        self.write_back_radio = QRadioButton(
            self.tr("Refresh it myself and write the new login &back")
        )
        layout.addWidget(self.read_only_radio)
        layout.addWidget(self.write_back_radio)
        self.write_back_warning = wrapped_label("⚠  " + self.tr(WRITE_BACK_WARNING))
        layout.addWidget(self.write_back_warning)
        write_back = settings.write_back is WriteBackPolicy.WRITE_BACK
        self.write_back_radio.setChecked(write_back)
        self.read_only_radio.setChecked(not write_back)
        self.write_back_radio.toggled.connect(self._emphasise_warning)
        self._emphasise_warning(write_back)
        return box

    def _feed(self, settings: TraySettings, token_path: Path | None) -> QGroupBox:
        box = QGroupBox(self.tr("Local usage feed"))
        form = QFormLayout(box)
        self.feed_check = QCheckBox(self.tr("Ser&ve my usage to programs on this computer"))
        self.feed_check.setChecked(settings.local_feed and token_path is not None)
        self.feed_check.setEnabled(token_path is not None)
        form.addRow(self.feed_check)
        self.feed_port_spin = QSpinBox()
        self.feed_port_spin.setRange(MIN_FEED_PORT, MAX_FEED_PORT)
        self.feed_port_spin.setValue(settings.local_feed_port)
        form.addRow(self.tr("P&ort:"), self.feed_port_spin)
        where = str(token_path) if token_path is not None else self.tr("(not available)")
        self.feed_help = wrapped_label(
            self.tr(
                "GET http://127.0.0.1:PORT/v1/usage answers the `claude-usage usage --json` "
                "document to programs that send the token kept in {where} (readable only by "
                "you) as `Authorization: Bearer TOKEN`. Off by default."
            ).format(where=where)
        )
        form.addRow(self.feed_help)
        self.feed_check.toggled.connect(self.feed_port_spin.setEnabled)
        self.feed_port_spin.setEnabled(self.feed_check.isChecked())
        return box

    def _emphasise_warning(self, write_back: bool) -> None:
        """The warning is always there (so the dialog never jumps); loud when it applies."""
        theme = current_theme()
        color = theme.severities[Severity.WARNING] if write_back else theme.muted
        self.write_back_warning.setStyleSheet(f"color: {color};")

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _threshold_problem(self) -> str | None:
        for label, edit in (
            (self.tr("Session"), self.session_edit),
            (self.tr("Weekly"), self.weekly_edit),
        ):
            if parse_thresholds(edit.text()) is None:
                return self.tr(
                    "{window} thresholds: whole numbers from 1 to 100, separated by commas."
                ).format(window=label)
        return None

    def _validate(self) -> None:
        problem = self._threshold_problem()
        self.threshold_error.show_error(problem)
        self.ok_button.setEnabled(problem is None)

    def settings(self) -> TraySettings:
        """The settings as edited (call after the dialog was accepted)."""
        # Any: the checkboxes are named after boolean fields, which mypy cannot see in a dict.
        shows: dict[str, Any] = {name: c.isChecked() for name, c in self.show_checks.items()}
        policy = (
            WriteBackPolicy.WRITE_BACK
            if self.write_back_radio.isChecked()
            else WriteBackPolicy.READ_ONLY
        )
        return dataclasses.replace(
            self.original,
            refresh_minutes=self.refresh_spin.value(),
            session_thresholds=parse_thresholds(self.session_edit.text()) or (),
            weekly_thresholds=parse_thresholds(self.weekly_edit.text()) or (),
            notify_thresholds=self.thresholds_check.isChecked(),
            notify_reset=self.reset_check.isChecked(),
            notify_attention=self.attention_check.isChecked(),
            launch_at_login=self.autostart_check.isChecked(),
            write_back=policy,
            local_feed=self.feed_check.isChecked(),
            local_feed_port=self.feed_port_spin.value(),
            appearance=list(Appearance)[self.appearance_combo.currentIndex()],
            icon_style=list(IconStyle)[self.icon_style_group.checkedId()],
            keep_order=self.keep_order_check.isChecked(),
            global_shortcut=self.shortcut_edit.keySequence().toString(),
            language=self.language_box.language(),
            **shows,
        )

"""The settings dialog: refresh interval, notifications, which windows to show, launch at
login, the write-back policy for accounts linked to Claude Code's login, and the local
usage feed."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..settings import (
    MAX_FEED_PORT,
    MAX_REFRESH_MINUTES,
    MIN_FEED_PORT,
    MIN_REFRESH_MINUTES,
    TraySettings,
    WriteBackPolicy,
    parse_thresholds,
)
from .common import ErrorLabel, wrapped_label

__all__ = ["WRITE_BACK_WARNING", "SettingsDialog"]

WARNING_COLOR = "#d9822b"
WRITE_BACK_WARNING = (
    "Claude Code's refresh tokens are single-use. When this app refreshes a linked login it "
    "must write the new tokens back to where Claude Code keeps them; if Claude Code refreshes "
    "at the same moment, or the write fails, Claude Code is signed out and you must run "
    "`claude` to sign in again. Leave this off unless you know you need it."
)


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: TraySettings,
        *,
        autostart_supported: bool = True,
        feed_token_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Claude Usage settings")
        self.setMinimumWidth(460)
        self.original = settings
        layout = QVBoxLayout(self)
        layout.addWidget(self._general(settings, autostart_supported))
        layout.addWidget(self._notifications(settings))
        layout.addWidget(self._windows(settings))
        layout.addWidget(self._linked(settings))
        layout.addWidget(self._feed(settings, feed_token_path))
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
        squeeze the wrapped warning."""
        width = max(self.minimumWidth(), self.sizeHint().width())
        layout = self.layout()
        height = -1
        if layout is not None and layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)
        self.resize(width, max(height, self.sizeHint().height()))

    def _general(self, settings: TraySettings, autostart_supported: bool) -> QGroupBox:
        box = QGroupBox("General")
        form = QFormLayout(box)
        self.refresh_spin = QSpinBox()
        self.refresh_spin.setRange(MIN_REFRESH_MINUTES, MAX_REFRESH_MINUTES)
        self.refresh_spin.setSuffix(" min")
        self.refresh_spin.setValue(settings.refresh_minutes)
        form.addRow("Refresh every:", self.refresh_spin)
        self.autostart_check = QCheckBox("Start Claude Usage when I log in")
        self.autostart_check.setChecked(settings.launch_at_login and autostart_supported)
        self.autostart_check.setEnabled(autostart_supported)
        form.addRow(self.autostart_check)
        return box

    def _notifications(self, settings: TraySettings) -> QGroupBox:
        box = QGroupBox("Notifications")
        form = QFormLayout(box)
        self.thresholds_check = QCheckBox("Warn when usage crosses a threshold")
        self.thresholds_check.setChecked(settings.notify_thresholds)
        form.addRow(self.thresholds_check)
        self.session_edit = QLineEdit(", ".join(str(t) for t in settings.session_thresholds))
        self.weekly_edit = QLineEdit(", ".join(str(t) for t in settings.weekly_thresholds))
        for edit in (self.session_edit, self.weekly_edit):
            edit.setPlaceholderText("e.g. 80, 95")
            edit.textChanged.connect(self._validate)
        form.addRow("Session thresholds (%):", self.session_edit)
        form.addRow("Weekly thresholds (%):", self.weekly_edit)
        self.threshold_error = ErrorLabel()
        form.addRow(self.threshold_error)
        self.reset_check = QCheckBox("Tell me when a limit I reached has reset")
        self.reset_check.setChecked(settings.notify_reset)
        self.attention_check = QCheckBox("Tell me when an account needs attention")
        self.attention_check.setChecked(settings.notify_attention)
        form.addRow(self.reset_check)
        form.addRow(self.attention_check)
        return box

    def _windows(self, settings: TraySettings) -> QGroupBox:
        box = QGroupBox("Show in the popup")
        layout = QGridLayout(box)
        self.show_checks = {
            "show_session": QCheckBox("Session (5-hour) usage"),
            "show_weekly": QCheckBox("Weekly usage"),
            "show_models": QCheckBox("Per-model weekly usage"),
            "show_extra": QCheckBox("Extra usage (credits)"),
            "show_chart": QCheckBox("7-day chart"),
            "colour_follows_binding": QCheckBox(self.tr("Icon colour: any binding limit")),
        }
        self.show_checks["colour_follows_binding"].setToolTip(
            self.tr(
                "The icon's colour follows the limit holding an account back (a weekly or a "
                "model's limit), not only the session; a corner mark shows it either way"
            )
        )
        self.show_checks["show_chart"].setToolTip(
            "A small chart of the last 7 days of session and weekly usage on each card"
        )
        for index, (name, check) in enumerate(self.show_checks.items()):
            check.setChecked(bool(getattr(settings, name)))
            layout.addWidget(check, index // 2, index % 2)
        return box

    def _linked(self, settings: TraySettings) -> QGroupBox:
        box = QGroupBox("Accounts linked to Claude Code's login")
        layout = QVBoxLayout(box)
        self.read_only_radio = QRadioButton(
            "Read-only: when the login expires, ask me to run `claude`"
        )
        self.write_back_radio = QRadioButton("Refresh it myself and write the new login back")
        layout.addWidget(self.read_only_radio)
        layout.addWidget(self.write_back_radio)
        self.write_back_warning = wrapped_label("⚠  " + WRITE_BACK_WARNING)
        layout.addWidget(self.write_back_warning)
        write_back = settings.write_back is WriteBackPolicy.WRITE_BACK
        self.write_back_radio.setChecked(write_back)
        self.read_only_radio.setChecked(not write_back)
        self.write_back_radio.toggled.connect(self._emphasise_warning)
        self._emphasise_warning(write_back)
        return box

    def _feed(self, settings: TraySettings, token_path: Path | None) -> QGroupBox:
        box = QGroupBox("Local usage feed")
        form = QFormLayout(box)
        self.feed_check = QCheckBox("Serve my usage to programs on this computer")
        self.feed_check.setChecked(settings.local_feed and token_path is not None)
        self.feed_check.setEnabled(token_path is not None)
        form.addRow(self.feed_check)
        self.feed_port_spin = QSpinBox()
        self.feed_port_spin.setRange(MIN_FEED_PORT, MAX_FEED_PORT)
        self.feed_port_spin.setValue(settings.local_feed_port)
        form.addRow("Port:", self.feed_port_spin)
        where = str(token_path) if token_path is not None else "(not available)"
        self.feed_help = wrapped_label(
            f"GET http://127.0.0.1:PORT/v1/usage answers the `claude-usage usage --json` "
            f"document to programs that send the token kept in {where} (readable only by "
            f"you) as `Authorization: Bearer TOKEN`. Off by default."
        )
        form.addRow(self.feed_help)
        self.feed_check.toggled.connect(self.feed_port_spin.setEnabled)
        self.feed_port_spin.setEnabled(self.feed_check.isChecked())
        return box

    def _emphasise_warning(self, write_back: bool) -> None:
        """The warning is always there (so the dialog never jumps); loud when it applies."""
        self.write_back_warning.setStyleSheet(f"color: {WARNING_COLOR};" if write_back else "")
        self.write_back_warning.setEnabled(write_back)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _threshold_problem(self) -> str | None:
        for label, edit in (("Session", self.session_edit), ("Weekly", self.weekly_edit)):
            if parse_thresholds(edit.text()) is None:
                return f"{label} thresholds: whole numbers from 1 to 100, separated by commas."
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
            **shows,
        )

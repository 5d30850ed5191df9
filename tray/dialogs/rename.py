"""Rename an account: one field, OK enabled only for a new, unused, one-line name."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import safe_text

from ..validation import validate_name
from .common import ErrorLabel

__all__ = ["RenameDialog"]


class RenameDialog(QDialog):
    def __init__(self, current: str, taken: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename account"))
        self.current = current
        self.taken = [name for name in taken if name != current]
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("&New name for “{name}”:").format(name=safe_text(current)))
        prompt.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        layout.addWidget(prompt)
        self.name_edit = QLineEdit(current)
        self.name_edit.selectAll()
        self.name_edit.setAccessibleName(self.tr("New name"))
        prompt.setBuddy(self.name_edit)
        layout.addWidget(self.name_edit)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._validate)
        self._validate()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def new_name(self) -> str:
        return self.name_edit.text().strip()

    def _validate(self) -> None:
        problem = validate_name(self.name_edit.text(), self.taken)
        unchanged = self.new_name() == self.current
        self.error.show_error(None if unchanged else problem)
        self.ok_button.setEnabled(problem is None and not unchanged)

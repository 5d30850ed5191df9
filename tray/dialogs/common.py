"""Small pieces the dialogs share: an error label under a field, a wrapped plain-text label."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from core import safe_text

__all__ = ["ERROR_COLOR", "ErrorLabel", "wrapped_label"]

ERROR_COLOR = "#e5484d"


class ErrorLabel(QLabel):
    """Red, wrapped, hidden while empty."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote names: never markup
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOR))
        self.setPalette(palette)
        self.hide()

    def show_error(self, message: str | None) -> None:
        """Messages may quote a server or a name: shown escaped (core.base.safe_text)."""
        self.setText(safe_text(message or "", keep_newlines=True))
        self.setVisible(bool(message))


def wrapped_label(text: str) -> QLabel:
    """A word-wrapped label that shows ``text`` as it is (never as rich text)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label

"""Small pieces the dialogs share: an error label under a field."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

__all__ = ["ERROR_COLOR", "ErrorLabel"]

ERROR_COLOR = "#e5484d"


class ErrorLabel(QLabel):
    """Red, wrapped, hidden while empty."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOR))
        self.setPalette(palette)
        self.hide()

    def show_error(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))

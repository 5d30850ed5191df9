"""Small pieces the dialogs share: an error label under a field, a notice box, a wrapped
plain-text label. Colours come from the theme (readable on light and dark palettes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from core import safe_text

from ..theme import CHIP_TINT, blend, current_theme
from ..viewmodel import Severity

__all__ = ["ErrorLabel", "NoticeLabel", "fit_to_text", "wrapped_label"]


class ErrorLabel(QLabel):
    """Red, wrapped, hidden while empty."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote names: never markup
        color = current_theme().severities[Severity.ERROR]
        self.setStyleSheet(f"color: {color};")
        self.hide()

    def show_error(self, message: str | None) -> None:
        """Messages may quote a server or a name: shown escaped (core.base.safe_text)."""
        self.setText(safe_text(message or "", keep_newlines=True))
        self.setVisible(bool(message))


class NoticeLabel(QLabel):
    """A warning that matters before a choice: a tinted box with a bar in the warning
    colour, text in the text colour (readable), hidden while empty."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("notice")
        theme = current_theme()
        warning = theme.severities[Severity.WARNING]
        tint = blend(warning, CHIP_TINT, theme.card).name()
        self.setStyleSheet(
            f"QLabel#notice {{ background: {tint}; color: {theme.text}; padding: 6px 8px;"
            f" border-left: 3px solid {warning}; border-radius: 3px; }}"
        )
        self.hide()

    def show_notice(self, message: str | None) -> None:
        self.setText(safe_text(message or "", keep_newlines=True))
        self.setVisible(bool(message))


def wrapped_label(text: str) -> QLabel:
    """A word-wrapped label that shows ``text`` as it is (never as rich text)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def fit_to_text(dialog: QDialog) -> None:
    """Make room for every wrapped line. Qt sizes a dialog from its layout's minimum
    height, which ignores the lines a word-wrapped label needs at the width it ends up with
    (at 2× scale, or with longer translations, text was cut): each wrapped label asks for
    its height at its real width, then the dialog grows to hold them."""
    layout = dialog.layout()
    if layout is None:
        return
    width = dialog.width()
    if layout.hasHeightForWidth():  # Qt's own guess measured the text at a narrower width
        dialog.resize(width, max(layout.totalHeightForWidth(width), layout.minimumSize().height()))
    for _ in range(2):  # a label that grew can move others: measure once more
        layout.activate()
        for label in dialog.findChildren(QLabel):
            if label.wordWrap() and label.isVisibleTo(dialog) and label.width() > 0:
                label.setMinimumHeight(label.heightForWidth(label.width()))
        layout.invalidate()
        layout.activate()
        wanted = max(dialog.height(), dialog.minimumSizeHint().height())
        dialog.resize(width, wanted)

"""Removing an account asks first, and says what is (not) affected."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from core import safe_text

__all__ = ["remove_chosen", "remove_message_box"]


def remove_message_box(name: str, parent: QWidget | None = None) -> QMessageBox:
    """Cancel is the default; the Remove button is found by its object name ``removeButton``
    (the app opens the box with ``open()`` and awaits it, never a nested ``exec()``)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Remove", "Remove account"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
    box.setText(
        QCoreApplication.translate("Remove", "Remove “{name}” from Claude Usage?").format(
            name=safe_text(name)
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Remove",
            "Its saved credentials are deleted from this app. Claude Code's own login, "
            "and the account itself, are not affected.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    remove = box.addButton(
        QCoreApplication.translate("Remove", "&Remove"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    remove.setObjectName("removeButton")
    return box


def remove_chosen(box: QMessageBox) -> bool:
    """True only when the person closed ``box`` with Remove (not Cancel, not Escape)."""
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "removeButton"

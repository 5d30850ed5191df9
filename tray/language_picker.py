"""The language setting's control: a combo box of the languages there are catalogues for.

Each language is named in itself ("Deutsch", "日本語"), so someone who cannot read the
current language still finds their own; the first entry follows the system. The Settings
dialog places it and saves :meth:`LanguageBox.language` as ``TraySettings.language``; the
choice applies at the next start (translators are installed before any widget is built).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from .i18n import LANGUAGE_NAMES, available_languages

__all__ = ["LanguageBox"]

SYSTEM = ""  # the setting's value for "follow the system"


class LanguageBox(QComboBox):
    """System default, then every available language by its own name."""

    def __init__(self, language: str = SYSTEM, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Language"))
        self.addItem(self.tr("System default"), SYSTEM)
        for code in available_languages():
            self.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.set_language(language)

    def language(self) -> str:
        """The chosen catalogue code ("de"), or "" for the system's language."""
        return str(self.currentData())

    def set_language(self, language: str) -> None:
        """Select ``language``; one without a catalogue here selects the system default."""
        index = self.findData(language)
        self.setCurrentIndex(index if index >= 0 else 0)

    @staticmethod
    def restart_note() -> str:
        """Shown beside the box: the change takes effect at the next start."""
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(
            "LanguageBox", "The new language is used from the next start."
        )

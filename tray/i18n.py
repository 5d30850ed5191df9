"""The tray's language: which catalogue to load, and loading it before any widget exists.

Qt translates the tray's own strings (``self.tr`` / ``QCoreApplication.translate``) through
a ``QTranslator`` over ``tray/translations/claude-usage-tray_<lang>.qm`` (compiled from the ``.ts``
sources at build time: ``packaging/catalogues.py``); the few words of Qt's own the app shows
(OK/Cancel, the context menus of text fields) are in the same catalogue (``tray.qt_strings``).
``core``'s words (state lines, durations) follow the same choice through gettext
(:func:`core.base.translation.set_language`), so a popup never mixes two languages.

The language follows the system (``QLocale.system().uiLanguages()``: ``LANGUAGE``/``LANG``
on Linux, the preferred languages on macOS and Windows) unless the user chose one in the
settings. Layout direction follows the catalogue (right-to-left for Arabic or Hebrew, as Qt
decides from its own translation of ``QT_LAYOUT_DIRECTION``).
"""

from __future__ import annotations

import functools
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from core import LANGUAGES, set_language

__all__ = [
    "CATALOGUE_DIR",
    "CATALOGUE_NAME",
    "LANGUAGE_NAMES",
    "Installed",
    "available_languages",
    "catalogue_dir",
    "early_translate",
    "install_translators",
    "remove_translators",
]

log = logging.getLogger(__name__)

CATALOGUE_NAME = "claude-usage-tray"


def catalogue_dir() -> Path:
    """``tray/translations``: beside this module, or in the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "tray" / "translations"
    return Path(__file__).resolve().parent / "translations"


CATALOGUE_DIR = catalogue_dir()
# Each language named in itself, as a language menu shows them.
LANGUAGE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "it": "Italiano",
    "ja": "日本語",
    "ko": "한국어",
    "zh_CN": "简体中文",
    "ru": "Русский",
    "pl": "Polski",
    "tr": "Türkçe",
    "uk": "Українська",
}


@dataclass
class Installed:
    """The translators loaded into the application, kept so they can be removed again."""

    language: str  # "de", or "en" when the English source text is shown
    translators: list[QTranslator]


def available_languages(directory: Path = CATALOGUE_DIR) -> list[str]:
    """The languages with a compiled catalogue here, English (the source) first."""
    found = {path.stem.removeprefix(f"{CATALOGUE_NAME}_") for path in directory.glob("*.qm")}
    return ["en", *(code for code in LANGUAGES if code in found)]


def _wanted_locale(language: str | None) -> QLocale:
    return QLocale(language) if language else QLocale.system()


def install_translators(
    app: QCoreApplication, language: str | None = None, directory: Path = CATALOGUE_DIR
) -> Installed:
    """Load the catalogue for ``language`` ("de"; None or "": the system's languages, in
    their order of preference), and point ``core`` at the same language."""
    ours = QTranslator(app)
    locale = _wanted_locale(language)
    if not ours.load(locale, CATALOGUE_NAME, "_", str(directory)):
        set_language("en" if language else None)
        if language and language != "en":
            log.warning("no catalogue for %r in %s: English it is", language, directory)
        return Installed("en", [])
    chosen = Path(ours.filePath()).stem.removeprefix(f"{CATALOGUE_NAME}_")
    translators = [ours]
    for translator in translators:
        app.installTranslator(translator)
    set_language(chosen)
    log.info("language %s (%s)", chosen, ", ".join(t.filePath() for t in translators))
    return Installed(chosen, translators)


@functools.cache
def _early_translator() -> QTranslator | None:
    """The system language's catalogue, loaded before any application exists."""
    translator = QTranslator()
    loaded = translator.load(QLocale.system(), CATALOGUE_NAME, "_", str(CATALOGUE_DIR))
    return translator if loaded else None


def early_translate(context: str, text: object) -> str:
    """``text`` translated before the application and its translators exist: the command
    line's help and the no-display message (marked with ``QT_TRANSLATE_NOOP``)."""
    source = str(text)  # QT_TRANSLATE_NOOP is typed as returning object
    translator = _early_translator()
    translated = translator.translate(context, source) if translator is not None else ""
    return translated or source


def remove_translators(app: QCoreApplication, installed: Installed) -> None:
    """Back to the English source text (tests; a language switched at run time)."""
    for translator in installed.translators:
        app.removeTranslator(translator)
    set_language(None)

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
import gzip
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
    "catalogue_file",
    "current_language",
    "early_translate",
    "install_translators",
    "load_catalogue",
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


SUFFIXES = (".qm", ".qm.gz")  # the bundle carries them gzipped: a third of the size


def _code(path: Path) -> str:
    return path.name.removeprefix(f"{CATALOGUE_NAME}_").split(".")[0]


def available_languages(directory: Path = CATALOGUE_DIR) -> list[str]:
    """The languages with a compiled catalogue here, English (the source) first."""
    found = {_code(path) for suffix in SUFFIXES for path in directory.glob(f"*{suffix}")}
    return ["en", *(code for code in LANGUAGES if code in found)]


def catalogue_file(locale: QLocale, directory: Path = CATALOGUE_DIR) -> Path | None:
    """The catalogue for ``locale``'s languages in their order of preference, as Qt looks
    for one ("zh-Hans-CN" finds ``_zh_CN``; "de-AT" finds ``_de``), or None."""
    tags = [tag.replace("-", "_").split("_") for tag in locale.uiLanguages()]
    names = [*("_".join(parts) for parts in tags)]
    names += ["_".join(parts[:end]) for parts in tags for end in range(len(parts) - 1, 0, -1)]
    for name in dict.fromkeys(names):
        for suffix in SUFFIXES:
            path = directory / f"{CATALOGUE_NAME}_{name}{suffix}"
            if path.is_file():
                return path
    return None


def load_catalogue(translator: QTranslator, path: Path) -> bool:
    """Load ``path`` (``.qm`` or gzipped ``.qm.gz``) into ``translator``."""
    if path.suffix != ".gz":
        return translator.load(str(path))
    data = gzip.decompress(path.read_bytes())
    translator.setProperty("catalogue", str(path))
    # Qt reads the catalogue in place: the bytes must live as long as the translator.
    translator.__dict__["_data"] = data
    return translator.load(data)


_current = ["en"]  # the language install_translators loaded (English: the source text)


def current_language() -> str:
    """The language the tray's words are in ("de", "tr"; "en" for the English source): what
    language-dependent text handling (``tray.formats.caps``) needs."""
    return _current[0]


def _wanted_locale(language: str | None) -> QLocale:
    return QLocale(language) if language else QLocale.system()


def install_translators(
    app: QCoreApplication, language: str | None = None, directory: Path = CATALOGUE_DIR
) -> Installed:
    """Load the catalogue for ``language`` ("de"; None or "": the system's languages, in
    their order of preference), and point ``core`` at the same language."""
    ours = QTranslator(app)
    path = catalogue_file(_wanted_locale(language), directory)
    if path is None or not load_catalogue(ours, path):
        set_language("en" if language else None)
        _current[0] = "en"
        if language and language != "en":
            log.warning("no catalogue for %r in %s: English it is", language, directory)
        return Installed("en", [])
    chosen = _code(path)
    app.installTranslator(ours)
    set_language(chosen)
    _current[0] = chosen
    log.info("language %s (%s)", chosen, path)
    return Installed(chosen, [ours])


@functools.cache
def _early_translator() -> QTranslator | None:
    """The system language's catalogue, loaded before any application exists."""
    translator = QTranslator()
    path = catalogue_file(QLocale.system())
    return translator if path is not None and load_catalogue(translator, path) else None


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
    _current[0] = "en"

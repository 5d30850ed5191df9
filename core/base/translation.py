"""Translation of core's human text (the CLI's output, the state lines both front ends show).

``core`` has no Qt, so its words go through the standard library's :mod:`gettext`: ``_`` for
a sentence, ``ngettext`` for one with a count ("1 account" / "2 accounts", and the languages
with more plural forms). The catalogue is picked from ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/
``LANG`` as gettext does, unless a front end chose a language (:func:`set_language`, the
tray's setting); with none installed the English source text is returned unchanged, so a
missing catalogue never breaks the output. JSON output never goes through here: it stays
the same in every language.

The locale of *formats* (numbers, money, clock times) is a separate question, answered by
:func:`formatting_locale` from the POSIX categories (``LC_ALL``, ``LC_TIME``…, ``LANG``):
someone may read English with German dates, as their system is set up.
"""

from __future__ import annotations

import functools
import gettext
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TypeVar

__all__ = [
    "DOMAIN",
    "LANGUAGES",
    "LOCALE_DIR",
    "N_",
    "TranslatedMapping",
    "_",
    "formatting_locale",
    "locale_from_environment",
    "ngettext",
    "normalise_locale",
    "reset",
    "set_language",
]

DOMAIN = "claude-usage"
# The languages both front ends are translated into (catalogue codes, as gettext and Qt
# name their files); English is the source text.
LANGUAGES = ("de", "fr", "es", "pt_BR", "it", "ja", "ko", "zh_CN", "ru", "pl", "tr", "uk")
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
_POSIX_NAMES = frozenset({"C", "POSIX"})
# "de_DE.UTF-8@euro" → "de_DE"; "pt-BR" (as Qt spells it) → "pt_BR".
_LOCALE_NAME = re.compile(r"^([A-Za-z]{2,3})(?:[_-]([A-Za-z]{2}|[0-9]{3}|Han[st]))?")

_chosen: list[str] | None = None  # the front end's choice; None: the environment's

K = TypeVar("K")


def set_language(code: str | None) -> None:
    """Use ``code``'s catalogue from now on ("de", "pt_BR"); ``None`` or "" follows the
    environment again. The tray calls this with its language setting."""
    global _chosen
    _chosen = [code] if code else None
    reset()


def reset() -> None:
    """Forget the catalogue and locales read so far (the environment changed: tests)."""
    _catalogue.cache_clear()
    formatting_locale.cache_clear()


@functools.cache
def _catalogue() -> gettext.NullTranslations:
    """The catalogue for the chosen or the environment's language, read once per process."""
    return gettext.translation(DOMAIN, localedir=LOCALE_DIR, languages=_chosen, fallback=True)


def _(message: str) -> str:
    """``message`` in the user's language (the English source text when untranslated)."""
    return _catalogue().gettext(message)


def N_(message: str) -> str:
    """Marks ``message`` for extraction where it is defined; :func:`_` translates it later."""
    return message


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a counted sentence that fits ``count`` in the user's language."""
    return _catalogue().ngettext(singular, plural, count)


class TranslatedMapping(Mapping[K, str]):
    """A table of :func:`N_`-marked texts whose values are translated when read, so a table
    built at import time still speaks the language chosen later."""

    def __init__(self, source: Mapping[K, str]) -> None:
        self._source = dict(source)

    def __getitem__(self, key: K) -> str:
        return _(self._source[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._source)

    def __len__(self) -> int:
        return len(self._source)


@functools.cache
def formatting_locale(category: str = "LC_TIME") -> str | None:
    """The locale for ``category``'s formats ("de_DE"), as POSIX picks it: ``LC_ALL``, then
    the category, then ``LANG``. None for the C/POSIX locale or none set: the house style
    (24-hour clock, ``42 %``, ``$1,234.50``), which scripts and tests rely on."""
    return locale_from_environment(os.environ, category)


def locale_from_environment(environ: Mapping[str, str], category: str) -> str | None:
    for name in ("LC_ALL", category, "LANG"):
        value = environ.get(name, "")
        if value:
            return normalise_locale(value)
    return None


def normalise_locale(value: str) -> str | None:
    """``de_DE.UTF-8`` → ``de_DE``; ``C``/``POSIX``/``C.UTF-8`` or nonsense → None."""
    if value.split(".")[0] in _POSIX_NAMES:
        return None
    match = _LOCALE_NAME.match(value)
    if match is None:
        return None
    language, territory = match.group(1).lower(), match.group(2)
    return f"{language}_{territory}" if territory else language

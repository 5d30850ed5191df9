"""Translation of core's human text (the CLI's output, the state lines both front ends show).

``core`` has no Qt, so its words go through the standard library's :mod:`gettext`: ``_`` for
a sentence, ``ngettext`` for one with a count ("1 account" / "2 accounts", and the languages
with more plural forms). The catalogue is picked from ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/
``LANG`` as gettext does; with none installed the English source text is returned unchanged,
so a missing catalogue never breaks the output. JSON output never goes through here: it stays
the same in every language.
"""

from __future__ import annotations

import functools
import gettext
from pathlib import Path

__all__ = ["DOMAIN", "LOCALE_DIR", "_", "ngettext"]

DOMAIN = "claude-usage"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


@functools.cache
def _catalogue() -> gettext.NullTranslations:
    """The catalogue for the environment's language, read once per process."""
    return gettext.translation(DOMAIN, localedir=LOCALE_DIR, fallback=True)


def _(message: str) -> str:
    """``message`` in the user's language (the English source text when untranslated)."""
    return _catalogue().gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a counted sentence that fits ``count`` in the user's language."""
    return _catalogue().ngettext(singular, plural, count)

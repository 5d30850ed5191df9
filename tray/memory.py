"""Process-level memory settings of the tray: it runs all day, so what it holds while idle
matters more than a few milliseconds.

Three things, each measured with ``python -m bench --only tray_idle`` (issue 17):

- :func:`skip_import_sources`: PySide6 reads the whole source of every module imported
  after it, through ``inspect.getsource`` and so into ``linecache`` (to see whether the
  module says "PySide6", for its ``__feature__`` switch), and ``linecache`` keeps every line
  as a string: about 10 MB of small objects, spread over the Python heap, for a yes/no
  answer. The same answer is read here from the file's bytes, and nothing is kept.
- :func:`limit_malloc_arenas`: glibc gives each thread that allocates its own malloc arena
  (Qt's X11 and D-Bus threads, qasync's executor threads); two are plenty for a tray.
  Must run before those threads start. Each refresh allocates and frees megabytes (HTTP
  answers, history rows, forecasts, painting) in whichever thread does the work; spread
  over 16 arenas, the free pieces grew the soak's resident memory (``--only soak``) by
  about 1 MB every 100 refreshes while the memory in use stayed level.
- :func:`release_free_memory`: glibc keeps freed memory for reuse; after each refresh, the
  first one's start-up work included (``TrayApp.load_histories``: nothing needs it until the
  next one, minutes later; 0.2 ms), and after the popup is hidden
  (``TrayApp._popup_visibility``), ``malloc_trim(0)`` gives the free pages back. With two
  arenas and this trim the soak's second half grew 0.2 MB.

:func:`prepare_process` does the first two, in the order they need: the tray's start
(``tray.__main__.main``) and the soak driver that stands in for it call it.

The glibc parts do nothing elsewhere (macOS, Windows, musl): there the C library manages
its memory its own way and has neither call.
"""

from __future__ import annotations

import logging
import os
import sys
from functools import cache
from types import ModuleType
from typing import Any

__all__ = [
    "MALLOC_ARENAS",
    "glibc",
    "limit_malloc_arenas",
    "prepare_process",
    "release_free_memory",
    "skip_import_sources",
    "uses_pyside",
]

log = logging.getLogger(__name__)

MALLOC_ARENAS = 2
_M_ARENA_MAX = -8  # glibc's <malloc.h>


@cache
def glibc() -> Any | None:
    """The C library as a ``ctypes`` handle when it is glibc (its version is asked through
    ``confstr``, which only glibc answers); None anywhere else."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        if not os.confstr("CS_GNU_LIBC_VERSION"):
            return None
    except (ValueError, OSError):  # musl and others: no such name
        return None
    import ctypes

    try:
        return ctypes.CDLL(None)
    except OSError:
        return None


def limit_malloc_arenas(count: int = MALLOC_ARENAS) -> bool:
    """At most ``count`` malloc arenas for the whole process (True when glibc took it)."""
    libc = glibc()
    return libc is not None and bool(libc.mallopt(_M_ARENA_MAX, count))


def release_free_memory() -> bool:
    """Give the C heap's free pages back to the system (True when glibc did the trim)."""
    libc = glibc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True


def uses_pyside(module: ModuleType) -> bool:
    """PySide6's own test — does the module's source say "PySide6"? — on the file's bytes:
    builtin, compiled and frozen modules (no ``.py`` file to read) say no, as there."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def skip_import_sources() -> bool:
    """Give PySide6's import hook :func:`uses_pyside` in place of its ``inspect.getsource``
    (True when the hook was found; another PySide6 version may have none, then nothing
    changes and the sources are merely kept)."""
    import PySide6.QtCore  # noqa: F401  (loads the hook's module)

    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.info("PySide6 has no source check to replace here")
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True


def prepare_process() -> None:
    """The tray process's memory settings, first thing: the arena limit before Qt's and the
    executor's threads start, the source check before the imports that follow PySide6's."""
    limit_malloc_arenas()
    skip_import_sources()

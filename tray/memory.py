"""The C heap of a tray that runs for weeks, refreshing every few minutes.

Each refresh allocates and frees megabytes (HTTP answers, history rows, forecasts, painting)
in whichever thread does the work. glibc gives each such thread its own malloc arena and
keeps what is freed for reuse; spread over 16 arenas, the free pieces grew the tray's
resident memory by about 1 MB every 100 refreshes of the soak (``python -m bench --only
soak``, issue 17) while the memory in use stayed level. Two measures, each measured there:

- :func:`limit_malloc_arenas`: two arenas for the whole process, so freed memory is found
  again by the next refresh. Must run before Qt's and the executor's threads start.
- :func:`release_free_memory` (``malloc_trim(0)``): the free pages go back to the system
  after each refresh; nothing needs them until the next one, minutes later.

The glibc parts do nothing elsewhere (macOS, Windows, musl): there the C library manages
its memory its own way and has neither call. (The idle-memory work of issue 17 brings the
same two functions; these are its definitions.)
"""

from __future__ import annotations

import os
import sys
from functools import cache
from typing import Any

__all__ = ["MALLOC_ARENAS", "glibc", "limit_malloc_arenas", "release_free_memory"]

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

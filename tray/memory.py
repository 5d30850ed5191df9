"""Giving the C heap's free memory back: the tray runs for weeks, refreshing every few minutes.

Each refresh allocates and frees megabytes (HTTP answers, history rows, forecasts, painting)
across the worker threads' malloc arenas. glibc keeps what is freed for reuse, and the
scattered free pieces grew the tray's resident memory by about 1 MB every 100 refreshes of
the soak (``python -m bench --only soak``, issue 17) while the memory in use stayed level.
:func:`release_free_memory` (``malloc_trim(0)``) returns those free pages; after a refresh
nothing needs them until the next one, minutes later.

The glibc part does nothing elsewhere (macOS, Windows, musl): there the C library manages
its memory its own way and has no such call.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from typing import Any

__all__ = ["glibc", "release_free_memory"]


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


def release_free_memory() -> bool:
    """Give the C heap's free pages back to the system (True when glibc did the trim)."""
    libc = glibc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True

"""The C heap's free pages go back to the system (``tray/memory.py``; the tray does it after
each refresh, see ``test_app.py``): the soak's resident memory grew about 1 MB every 100
refreshes of free fragments (issue 17)."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import pytest

from tray.memory import glibc, release_free_memory

BLOCK = 100 * 1024  # under glibc's mmap threshold: from the heap, kept when freed
BLOCKS = 200  # 20 MB


def resident_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(glibc() is None, reason="glibc only: elsewhere there is nothing to trim")
def test_free_heap_pages_go_back_to_the_system() -> None:
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    blocks = [libc.malloc(BLOCK) for _ in range(BLOCKS)]
    pin = libc.malloc(BLOCK)  # above them: the heap's top cannot shrink past it
    for block in blocks:
        ctypes.memset(block, 1, BLOCK)  # resident
    for block in blocks:
        libc.free(block)
    kept = resident_kb()  # freed, yet glibc keeps the pages for reuse
    assert release_free_memory() is True
    released = kept - resident_kb()
    libc.free(pin)
    assert released >= BLOCKS * BLOCK // 1024 // 2, (kept, released)


def test_elsewhere_it_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    glibc.cache_clear()
    try:
        assert glibc() is None
        assert release_free_memory() is False
    finally:
        glibc.cache_clear()

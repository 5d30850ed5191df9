"""The C heap of the long-running tray (``tray/memory.py``): two malloc arenas for all its
threads, and the free pages go back to the system (the tray does it after each refresh and
each popup hide, see ``test_app.py``). Spread over 16 arenas, the soak's free fragments grew
its resident memory by about 1 MB every 100 refreshes (issue 17). That both do nothing off
glibc is in ``test_memory.py``."""

from __future__ import annotations

import ctypes
import subprocess
import sys

import pytest

from tests.tray.soak_driver import resident_mb
from tray.memory import glibc, release_free_memory

BLOCK = 100 * 1024  # under glibc's mmap threshold: from the heap, kept when freed
BLOCKS = 200  # 20 MB


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
    kept = resident_mb()  # freed, yet glibc keeps the pages for reuse
    assert release_free_memory() is True
    released = kept - resident_mb()
    libc.free(pin)
    assert released >= BLOCKS * BLOCK / 1024 / 1024 / 2, (kept, released)


ARENAS = """
import ctypes, re, tempfile, threading
from tray.memory import limit_malloc_arenas
assert limit_malloc_arenas()
libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
def work():
    for _ in range(200):
        libc.malloc(1000)  # kept: each thread's arena stays in use
threads = [threading.Thread(target=work) for _ in range(8)]
for thread in threads: thread.start()
for thread in threads: thread.join()
with tempfile.TemporaryFile() as out:
    libc.fdopen.restype = ctypes.c_void_p
    stream = libc.fdopen(out.fileno(), b"w")
    libc.malloc_info(0, ctypes.c_void_p(stream))
    libc.fflush(ctypes.c_void_p(stream))
    out.seek(0)
    print(len(re.findall(rb"<heap nr=", out.read())))
"""


@pytest.mark.skipif(glibc() is None, reason="glibc only")
def test_all_threads_share_two_malloc_arenas() -> None:
    """Eight threads allocating at once: glibc would give them eight arenas."""
    done = subprocess.run(
        [sys.executable, "-c", ARENAS], capture_output=True, text=True, timeout=60, check=True
    )
    assert int(done.stdout) <= 2, done.stdout

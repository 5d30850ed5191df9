"""core.store.account_lock: one account's refresh at a time, across processes, never left held."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

from core.errors import StorageError
from core.store.account_lock import account_lock
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.faults

HOLDER = """
import asyncio, sys
from pathlib import Path
from core.store.account_lock import account_lock

async def main():
    async with account_lock(Path(sys.argv[1])):
        print("locked", flush=True)
        await asyncio.to_thread(sys.stdin.readline)  # held until killed

asyncio.run(main())
"""


async def test_a_second_holder_waits_for_the_first(tmp_path: Path) -> None:
    path = tmp_path / "a.lock"
    order: list[str] = []
    first_in = asyncio.Event()
    let_go = asyncio.Event()

    async def first() -> None:
        async with account_lock(path):
            order.append("first in")
            first_in.set()
            await let_go.wait()
            order.append("first out")

    async def second() -> None:
        await first_in.wait()
        async with account_lock(path, timeout=10):
            order.append("second in")

    tasks = [asyncio.create_task(first()), asyncio.create_task(second())]
    await first_in.wait()
    let_go.set()
    await asyncio.gather(*tasks)
    assert order == ["first in", "first out", "second in"]


async def test_a_lock_held_too_long_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "a.lock"
    async with account_lock(path):
        with pytest.raises(StorageError, match=r"renewing this sign-in for over 0.2 s"):
            async with account_lock(path, timeout=0.2):
                pytest.fail("two holders at once")


async def test_a_cancelled_wait_leaves_the_lock_free(tmp_path: Path) -> None:
    path = tmp_path / "a.lock"
    waiting = asyncio.Event()

    async def wait_for_it() -> None:
        waiting.set()
        async with account_lock(path, timeout=30):
            pytest.fail("got a lock that was held")

    async with account_lock(path):
        task = asyncio.create_task(wait_for_it())
        await waiting.wait()  # it runs on into the lock's wait before it next lets us run
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    async with account_lock(path, timeout=0.5):
        pass  # free again: neither the holder nor the cancelled waiter kept it


async def test_a_killed_holder_never_leaves_the_account_locked(tmp_path: Path) -> None:
    path = tmp_path / "a.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
    )
    try:
        assert holder.stdout is not None
        assert await asyncio.to_thread(holder.stdout.readline) == "locked\n"
        with pytest.raises(StorageError):
            async with account_lock(path, timeout=0.2):
                pytest.fail("the other process holds it")
    finally:
        holder.kill()
        holder.wait(timeout=10)
    async with account_lock(path, timeout=5):
        pass

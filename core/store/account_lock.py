"""One account's token refresh as a critical section shared by every process on the machine.

Refresh tokens are single use: when the tray and a CLI run both refresh one account, the
loser's request is refused (``invalid_grant``) and, if it looked before the winner had saved
its pair, it would report "sign in again". An asyncio lock only orders callers inside one
process; this lock file (next to the store, one per account id) orders the processes, so
the second one waits, re-reads the store and adopts the pair the first one saved.

The operating system drops the lock when its holder dies, so a killed process never
leaves an account locked.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from core.errors import StorageError

__all__ = ["ACCOUNT_LOCK_TIMEOUT", "account_lock"]

log = logging.getLogger(__name__)

# Longer than a holder's worst case (a token request's timeouts plus one store write).
ACCOUNT_LOCK_TIMEOUT = 120.0


@asynccontextmanager
async def account_lock(path: Path, *, timeout: float = ACCOUNT_LOCK_TIMEOUT) -> AsyncIterator[None]:
    """Hold the account's lock file for the body; StorageError if it cannot be had."""
    # filelock's asyncio side is imported here, on the first renewal: one-shot runs whose
    # tokens are fresh never need it.
    from filelock import AsyncFileLock, Timeout

    # Each attempt is one non-blocking flock on the event loop (no worker thread that could
    # go on to take the lock after a cancelled wait and keep it).
    lock = AsyncFileLock(path, timeout=timeout, mode=0o600, run_in_executor=False)
    try:
        try:
            await lock.acquire(blocking=False)
        except Timeout:
            log.info("Another program is renewing this sign-in; waiting for it to finish")
            await lock.acquire()
    except Timeout:
        raise StorageError(
            f"Another program has been renewing this sign-in for over {timeout:g} s; try again."
        ) from None
    except OSError as exc:
        raise StorageError(f"Could not lock the account for renewal: {exc.strerror}") from None
    try:
        yield
    finally:
        await lock.release()

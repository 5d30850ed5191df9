"""Run a blocking keyring call off the event loop, with a deadline.

Keyring and D-Bus calls can block forever behind an unlock prompt nobody answers. The
call runs on a daemon thread (not the default executor) so a call that never returns
cannot keep the process from exiting; the caller gets :class:`CredentialsError` at the
deadline and the abandoned thread's late result is dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

from core.errors import CredentialsError

__all__ = ["run_blocking"]

T = TypeVar("T")


def _settle(future: asyncio.Future[T], result: T | None, error: Exception | None) -> None:
    if future.done():  # the caller gave up (timeout or cancellation)
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)  # type: ignore[arg-type]


async def run_blocking(func: Callable[[], T], *, timeout: float, what: str) -> T:
    """``func()`` on a daemon thread; ``CredentialsError`` after ``timeout`` s.

    ``what`` completes the message, e.g. ``"reading the Secret Service item …"``.
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def worker() -> None:
        result: T | None = None
        error: Exception | None = None
        try:
            result = func()
        except Exception as exc:
            error = exc
        with contextlib.suppress(RuntimeError):  # the loop may be closed by now
            loop.call_soon_threadsafe(_settle, future, result, error)

    threading.Thread(target=worker, name="claude-credentials", daemon=True).start()
    try:
        return await asyncio.wait_for(future, timeout)
    except TimeoutError:
        raise CredentialsError(
            f"Timed out after {timeout:g} s {what} (is an unlock prompt waiting?)"
        ) from None

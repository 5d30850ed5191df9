"""Coalesce the blocking calls that many concurrent tasks make at once into one thread hop.

A refresh of 50 accounts runs 50 tasks in lockstep: each reads the store, reads the
cooldowns, claims its poll in the shared file and saves its snapshot. Done one by one, each
is a hop to a worker thread (the default pool has ``cpu_count + 4`` of them) and, for the
poll claims, a turn of a cross-process file lock — and the 50th request started a quarter
of a second after the first. :class:`Batch` gathers the calls made within the same turn of
the event loop and runs them as one list, in one worker-thread hop, so a cycle costs about
what one account costs.

Every call is still made *after* it was asked for (a batch starts on the next loop turn,
never with work begun earlier), so a read that must see the latest state on disk — the
token refresh's re-read under its lock — sees it as if it had read alone.

Batches of one :class:`Batch` never overlap: calls asked for while one runs wait, and all
of them go in the next batch the moment it ends (a database's group commit). Answers of a
refresh arrive over a few hundred milliseconds, and overlapping batches fought over
SQLite's write lock and the poll-claim file lock, whose waits sleep: at 50 accounts six
batches in parallel spent 3–4 ms of waiting per account (issue 17).

Work nobody waits for (writing a cache behind the answer already given) is handed over
with :meth:`Batch.submit` and needs no task of its own; :meth:`Batch.drain` is how its
owner makes sure it is done (before closing, before removing what it would write).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

__all__ = ["Batch", "shared_read"]

T = TypeVar("T")
R = TypeVar("R")


class Batch(Generic[T, R]):
    """``await batch(item)`` → ``run([item, …])[i]``, with every item asked for in the same
    loop turn handled by one call of ``run`` in a worker thread.

    ``run`` returns one result per item, in order; if it raises, every caller of that batch
    gets the exception. A caller that is cancelled meanwhile simply gets nothing: the batch
    still runs for the others.
    """

    def __init__(self, run: Callable[[list[T]], Sequence[R]]) -> None:
        self._run = run
        self._waiting: list[tuple[T, asyncio.Future[R]]] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._running = False  # a batch is in its worker thread: the next one waits for it
        self._tasks: set[asyncio.Task[None]] = set()  # strong references while they run
        self._unfinished: set[asyncio.Future[R]] = set()  # for drain()

    async def __call__(self, item: T) -> R:
        return await self.submit(item)

    def submit(self, item: T) -> asyncio.Future[R]:
        """Queue ``item`` for the next batch and return its future, from the event loop's
        thread: for work whose caller need not wait (see :meth:`drain`). Its failure is
        only the future's: nobody is told unless somebody awaits it."""
        loop = asyncio.get_running_loop()
        if self._loop is not loop:  # a new loop (tests run many): nothing carries over
            self._waiting, self._loop, self._running = [], loop, False
            self._unfinished = set()
        if not self._waiting and not self._running:
            loop.call_soon(self._start)
        future: asyncio.Future[R] = loop.create_future()
        self._waiting.append((item, future))
        self._unfinished.add(future)
        future.add_done_callback(self._finished)
        return future

    async def drain(self) -> None:
        """Return once every item submitted so far has been run (or has failed): what a
        batch runs in its worker thread is then on disk, or wherever ``run`` puts it."""
        while self._unfinished and self._loop is asyncio.get_running_loop():
            await asyncio.wait(set(self._unfinished))

    def _finished(self, future: asyncio.Future[R]) -> None:
        self._unfinished.discard(future)
        if not future.cancelled():
            future.exception()  # retrieved: a failure nobody awaited is not "never retrieved"

    def _start(self) -> None:
        if self._running or not self._waiting:
            return
        batch, self._waiting = self._waiting, []
        self._running = True
        task = asyncio.get_running_loop().create_task(self._execute(batch))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _execute(self, batch: list[tuple[T, asyncio.Future[R]]]) -> None:
        try:
            results = await asyncio.to_thread(self._run, [item for item, _ in batch])
        except asyncio.CancelledError:
            for _, future in batch:
                future.cancel()
            raise
        except Exception as exc:  # handed to every caller of the batch, never swallowed
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        finally:
            self._running = False
            if self._waiting:  # asked for while this one ran: they go together, now
                asyncio.get_running_loop().call_soon(self._start)
        for (_, future), result in zip(batch, results, strict=True):
            if not future.done():
                future.set_result(result)


def shared_read(read: Callable[[], R]) -> Batch[None, R]:
    """A :class:`Batch` for a read whose one result every caller of the batch shares
    (``await reads(None)``): callers only look things up in it, never change it."""
    return Batch(lambda asks: [read()] * len(asks))

"""``core.base.batching.Batch``: calls asked for in one loop turn run as one list, in order."""

from __future__ import annotations

import asyncio
import threading

import pytest

from core.base.batching import Batch, shared_read


class Recorder:
    """A batch function that remembers each list it was given (and from which thread)."""

    def __init__(self, fail: bool = False) -> None:
        self.batches: list[list[int]] = []
        self.threads: set[int] = set()
        self.fail = fail
        self.started = threading.Event()

    def __call__(self, items: list[int]) -> list[int]:
        self.batches.append(list(items))
        self.threads.add(threading.get_ident())
        self.started.set()
        if self.fail:
            raise OSError("disk full")
        return [item * 10 for item in items]


async def test_calls_made_together_run_as_one_batch_in_a_worker_thread() -> None:
    recorder = Recorder()
    batch = Batch(recorder)

    results = await asyncio.gather(*(batch(n) for n in range(50)))

    assert results == [n * 10 for n in range(50)]
    assert recorder.batches == [list(range(50))]
    assert threading.get_ident() not in recorder.threads


async def test_a_call_made_after_a_batch_started_waits_for_a_batch_of_its_own() -> None:
    """Never an answer from work begun before it was asked for: a re-read under a lock must
    see the state after the lock was taken."""
    recorder = Recorder()
    batch = Batch(recorder)
    first = asyncio.ensure_future(batch(1))
    assert await asyncio.to_thread(recorder.started.wait, 10)  # the first batch is running
    second = await batch(2)

    assert (await first, second) == (10, 20)
    assert recorder.batches == [[1], [2]]


async def test_a_failed_batch_fails_every_caller_of_it() -> None:
    batch = Batch(Recorder(fail=True))
    results = await asyncio.gather(batch(1), batch(2), return_exceptions=True)
    assert [type(result) for result in results] == [OSError, OSError]


async def test_a_cancelled_caller_does_not_spoil_the_batch_for_the_others() -> None:
    recorder = Recorder()
    batch = Batch(recorder)
    doomed = asyncio.ensure_future(batch(1))
    kept = asyncio.ensure_future(batch(2))
    await asyncio.wait([doomed], timeout=0)  # both have asked: the batch is scheduled
    doomed.cancel()

    assert await kept == 20
    with pytest.raises(asyncio.CancelledError):
        await doomed


def test_each_event_loop_gets_its_own_batches() -> None:
    """A batch left waiting by a loop that ended must not swallow a new loop's calls."""
    recorder = Recorder()
    batch = Batch(recorder)
    for value in (1, 2):
        assert asyncio.run(batch(value)) == value * 10
    assert recorder.batches == [[1], [2]]


class Gate:
    """A batch function that holds its first batch until released, counting overlaps."""

    def __init__(self) -> None:
        self.batches: list[list[int]] = []
        self.first_started = threading.Event()
        self.release = threading.Event()
        self.running = 0
        self.most_at_once = 0
        self._lock = threading.Lock()

    def __call__(self, items: list[int]) -> list[int]:
        with self._lock:
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
            self.batches.append(list(items))
        if len(self.batches) == 1:
            self.first_started.set()
            self.release.wait(10)
        with self._lock:
            self.running -= 1
        return [item * 10 for item in items]


async def test_calls_asked_while_a_batch_runs_go_together_in_the_next_never_alongside() -> None:
    """Group commit: overlapping batches would fight over SQLite's and the poll file's locks."""
    gate = Gate()
    batch = Batch(gate)
    first = asyncio.ensure_future(batch(1))
    assert await asyncio.to_thread(gate.first_started.wait, 10)
    later = [asyncio.ensure_future(batch(n)) for n in (2, 3)]
    await asyncio.wait(later, timeout=0)  # asked for, in separate loop turns from the first
    more = asyncio.ensure_future(batch(4))
    await asyncio.wait([more], timeout=0)
    assert gate.batches == [[1]]  # nothing started beside the running batch

    gate.release.set()

    assert await asyncio.gather(first, *later, more) == [10, 20, 30, 40]
    assert gate.batches == [[1], [2, 3, 4]]
    assert gate.most_at_once == 1


async def test_a_failed_batch_still_lets_the_next_one_run() -> None:
    recorder = Recorder(fail=True)
    batch = Batch(recorder)
    with pytest.raises(OSError, match="disk full"):
        await batch(1)
    recorder.fail = False
    assert await batch(2) == 20


async def test_a_shared_read_is_made_once_for_every_caller_of_the_turn() -> None:
    reads: list[int] = []

    def read() -> dict[str, int]:
        reads.append(1)
        return {"count": len(reads)}

    batch = shared_read(read)
    results = await asyncio.gather(*(batch(None) for _ in range(5)))

    assert reads == [1]
    assert all(result is results[0] for result in results)


async def test_submitted_work_runs_without_anybody_waiting_and_drain_waits_for_all_of_it() -> None:
    gate = Gate()
    batch = Batch(gate)
    batch.submit(1)
    batch.submit(2)
    assert await asyncio.to_thread(gate.first_started.wait, 10)  # running, unawaited
    batch.submit(3)  # asked while the first batch runs: the next one

    draining = asyncio.ensure_future(batch.drain())
    await asyncio.wait([draining], timeout=0)
    assert not draining.done()  # the first batch is still held
    gate.release.set()
    await draining

    assert gate.batches == [[1, 2], [3]]


async def test_a_failure_of_submitted_work_is_its_futures_and_drain_still_returns() -> None:
    batch = Batch(Recorder(fail=True))
    future = batch.submit(1)

    await batch.drain()

    assert isinstance(future.exception(), OSError)


async def test_drain_with_nothing_submitted_returns_at_once() -> None:
    await asyncio.wait_for(Batch(Recorder()).drain(), 10)

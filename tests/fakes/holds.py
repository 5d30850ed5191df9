"""Held answers: the fake handles a request at once but answers only when the test says so.

Used to force the timing of races between processes: the token endpoint rotates the refresh
token the moment the request arrives (as the real one does), then keeps the answer back
until :meth:`Hold.release`, so the test can let another process act while the first one
is still waiting for its new tokens::

    hold = fake.hold("/v1/oauth/token")
    first = start_process(...)
    hold.wait_until_held()        # the first process is mid-refresh now
    ...                           # the other process acts
    hold.release()                # the first process gets its answer
"""

from __future__ import annotations

import threading


class Hold:
    """Keeps back the answers to the next ``count`` requests under ``path`` until released."""

    def __init__(self, path: str, count: int = 1) -> None:
        if count < 1:
            raise ValueError("count must be at least 1")
        self.path = path
        self._left = count
        self._held = 0
        self._changed = threading.Condition()
        self._released = threading.Event()

    @property
    def held(self) -> int:
        """How many requests have been caught so far."""
        with self._changed:
            return self._held

    def wait_until_held(self, count: int = 1, timeout: float = 30.0) -> None:
        """Block until ``count`` requests have been caught; TimeoutError otherwise."""
        with self._changed:
            if not self._changed.wait_for(lambda: self._held >= count, timeout):
                raise TimeoutError(f"{self._held} of {count} held requests to {self.path}")

    def release(self) -> None:
        """Let every caught answer (and any caught later) go out."""
        self._released.set()

    def catch(self, path: str) -> bool:
        """Called on arrival: True if this request's answer is to be held."""
        with self._changed:
            if self._left == 0 or not path.startswith(self.path):
                return False
            self._left -= 1
            self._held += 1
            self._changed.notify_all()
            return True

    def wait(self, stopping: threading.Event) -> bool:
        """Wait for the release; False if the server stopped instead (nothing is sent then).

        A stopping fake releases every hold (:meth:`HoldList.release_all`), so this wakes.
        """
        self._released.wait()
        return not stopping.is_set()


class HoldList:
    """The holds of one fake; the first that catches a request holds its answer."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holds: list[Hold] = []

    def add(self, hold: Hold) -> Hold:
        with self._lock:
            self._holds.append(hold)
        return hold

    def catch(self, path: str) -> Hold | None:
        with self._lock:
            return next((hold for hold in self._holds if hold.catch(path)), None)

    def release_all(self) -> None:
        with self._lock:
            for hold in self._holds:
                hold.release()

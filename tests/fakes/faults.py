"""Injected faults: matched by path prefix, consumed in the order they were added."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import StrEnum


class FaultKind(StrEnum):
    STATUS = "status"  # answer with this status/body/headers instead of the real response
    MALFORMED = "malformed"  # answer 200 with a body that is not JSON
    RESET = "reset"  # send part of a response, then reset the connection
    HANG = "hang"  # wait (until the server stops), then answer normally
    DRIP = "drip"  # answer normally, but send the body ``chunk`` bytes every ``seconds``
    FLOOD = "flood"  # 200 with a body of ``size`` bytes, streamed (chunked or with a length)


@dataclass
class Fault:
    """One queued fault; ``times=None`` means it never runs out."""

    kind: FaultKind
    path: str
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] | None = None
    times: int | None = 1
    seconds: float = 0.0
    chunk: int = 1  # DRIP: bytes per write
    size: int = 0  # FLOOD: body length
    chunked: bool = True  # FLOOD: Transfer-Encoding: chunked (no length announced)

    def matches(self, path: str) -> bool:
        return path.startswith(self.path)


class FaultQueue:
    """Thread-safe list of faults; :meth:`take` returns the first one matching a path."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        if fault.times is not None and fault.times < 1:
            raise ValueError("times must be at least 1, or None for forever")
        with self._lock:
            self._faults.append(fault)

    def take(self, path: str) -> Fault | None:
        """The first matching fault, with one use consumed (removed when used up)."""
        with self._lock:
            for index, fault in enumerate(self._faults):
                if not fault.matches(path):
                    continue
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times == 0:
                        del self._faults[index]
                return fault
        return None

    def pending(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

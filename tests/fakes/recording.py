"""What the fake server saw: one :class:`RecordedRequest` per request, in arrival order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any


class CaseInsensitiveDict(Mapping[str, str]):
    """Header lookup as HTTP means it: ``headers["user-agent"] == headers["User-Agent"]``.

    A repeated header keeps its last value; iteration yields the names as sent.
    """

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        self._data: dict[str, tuple[str, str]] = {}
        for name, value in items:
            self._data[name.lower()] = (name, value)

    def __getitem__(self, name: str) -> str:
        return self._data[name.lower()][1]

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._data.values())

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._data

    def __repr__(self) -> str:
        return f"CaseInsensitiveDict({dict(self.items())!r})"


@dataclass(frozen=True)
class RecordedRequest:
    """One request as received, before any fault or latency was applied.

    ``time`` is ``time.monotonic()`` at arrival, for measuring gaps between requests
    (jitter, back-off); ``json`` is the decoded body or ``None`` when the body is empty or
    not JSON; ``fault`` names the injected fault that answered it, if any.
    """

    method: str
    path: str
    query: dict[str, list[str]]
    headers: CaseInsensitiveDict
    body: bytes = b""
    json: Any = None
    time: float = 0.0
    fault: str | None = field(default=None, compare=False)

    def param(self, name: str) -> str | None:
        """The first value of query parameter ``name``, or ``None``."""
        values = self.query.get(name)
        return values[0] if values else None

    @property
    def user_agent(self) -> str | None:
        return self.headers.get("user-agent")

    @property
    def anthropic_beta(self) -> str | None:
        return self.headers.get("anthropic-beta")

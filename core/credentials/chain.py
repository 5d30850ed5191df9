"""Several places tried in order, as Claude Code's own fallback storage does.

Claude Code reads its primary store and, when that yields nothing (including when the
read fails), its secondary. The chain does the same, and remembers which place answered
so a write-back goes to exactly that place; never to another, which would leave Claude
Code reading the stale copy and logged out.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from core.credentials.base import ClaudeCodeCredentialSource
from core.errors import CredentialsError

__all__ = ["ChainedCredentialSource"]

log = logging.getLogger(__name__)


class ChainedCredentialSource:
    """The first of ``sources`` that holds a login; writes go back to it."""

    def __init__(self, sources: Sequence[ClaudeCodeCredentialSource]) -> None:
        if not sources:
            raise ValueError("a chain needs at least one source")
        self.sources: tuple[ClaudeCodeCredentialSource, ...] = tuple(sources)
        self._answered: ClaudeCodeCredentialSource | None = None

    def __repr__(self) -> str:
        return f"ChainedCredentialSource({list(self.sources)!r})"

    @property
    def description(self) -> str:
        """The place the last read came from, else every place, in order."""
        if self._answered is not None:
            return self._answered.description
        return " or ".join(source.description for source in self.sources)

    @property
    def answered(self) -> ClaudeCodeCredentialSource | None:
        """The source the last successful read came from (``None`` before, or if absent)."""
        return self._answered

    async def read(self) -> str | None:
        """The first login found; if none is found but a place failed, that failure."""
        first_error: CredentialsError | None = None
        for source in self.sources:
            try:
                text = await source.read()
            except CredentialsError as exc:
                log.debug("%s unreadable, trying the next place", source.description)
                first_error = first_error or exc
                continue
            if text is not None:
                self._answered = source
                return text
        self._answered = None
        if first_error is not None:
            raise first_error
        return None

    async def write(self, text: str) -> None:
        """Write to the place the login was read from (reading first if needed).

        With no login anywhere, the first place gets it, as Claude Code's primary would.
        """
        target = self._answered
        if target is None:
            await self.read()
            target = self._answered or self.sources[0]
        await target.write(text)

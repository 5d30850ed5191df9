"""The one interface every Claude Code credential source implements, and its null form."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from core.errors import CredentialsError

__all__ = ["ClaudeCodeCredentialSource", "NullCredentialSource"]


@runtime_checkable
class ClaudeCodeCredentialSource(Protocol):
    """Where Claude Code keeps its login on one machine.

    ``read`` returns the raw credentials JSON text (never parsed here: other keys such as
    ``mcpOAuth`` must survive a write-back untouched), ``None`` when there is no login
    there, and raises :class:`~core.errors.CredentialsError` when a login may be there
    but cannot be read (permissions, a locked keyring, a tool that failed or timed out).
    ``write`` replaces it atomically in the exact place Claude Code reads; it is used only
    by the opt-in write-back policy, after this app refreshed a linked login itself.
    """

    @property
    def description(self) -> str:
        """Human text for messages, e.g. ``~/.claude/.credentials.json``."""
        ...

    async def read(self) -> str | None: ...

    async def write(self, text: str) -> None: ...


class NullCredentialSource:
    """No Claude Code login anywhere (platform ``none``, demos, tests)."""

    description = "no Claude Code login source"

    async def read(self) -> str | None:
        return None

    async def write(self, text: str) -> None:
        raise CredentialsError("There is no Claude Code login source here; nothing was written")

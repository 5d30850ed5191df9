"""The one exception tree of ``core``.

Every error the library raises derives from :class:`ClaudeUsageError`, so callers can
catch one class. Messages are written for people and never contain a token or key::

    ClaudeUsageError
    ├── AccountNotFoundError        no saved account has that name
    ├── AccountExistsError          rename/save onto a name already taken (where not an upsert)
    ├── InvalidInputError           bad credentials JSON, bad admin key format, bad URL …
    │   └── NoClaudeSignInError     a Claude Code login item holding only ``mcpOAuth``
    ├── StorageError                the encrypted store cannot be read or written
    │   └── KeyUnavailableError     the store key cannot be obtained (locked keyring, no machine id)
    ├── CredentialsError            Claude Code's login cannot be found or read
    ├── AuthenticationError         the server refused the credentials
    │   ├── LoginExpiredError       a linked Claude Code login expired: run `claude`
    │   ├── NeedsSignInError        refresh grant dead (invalid_grant): sign in again
    │   └── ScopeError              token lacks `user:profile` (e.g. `claude setup-token`)
    ├── RateLimitedError            429 or local cooldown; carries ``retry_at``
    ├── BlockedError                Cloudflare's challenge/block in front of the API; ``retry_at``
    ├── ApiError                    any other HTTP error status; carries ``status``
    ├── ResponseFormatError         the body is not JSON or not the expected shape
    ├── NetworkError                timeout, refused connection, DNS, reset
    └── OAuthFlowError              browser sign-in failed (state mismatch, timeout, denial)
"""

from __future__ import annotations

from datetime import datetime

LOGIN_EXPIRED_MESSAGE = "Claude Code login expired — run `claude` to refresh"
BLOCKED_MESSAGE = (
    "Blocked by Cloudflare in front of the API (not a login problem) — "
    "try again later or from another network"
)

PROXY_BLOCKED_MESSAGE = (
    "Blocked by a proxy or gateway in front of the API (not a login problem) — "
    "retrying later; check the network's proxy if it persists"
)
NO_CLAUDE_SIGN_IN_MESSAGE = (
    "Claude Code's login item holds no Claude sign-in — run `claude` and sign in"
)

__all__ = [
    "BLOCKED_MESSAGE",
    "LOGIN_EXPIRED_MESSAGE",
    "NO_CLAUDE_SIGN_IN_MESSAGE",
    "PROXY_BLOCKED_MESSAGE",
    "AccountExistsError",
    "AccountNotFoundError",
    "ApiError",
    "AuthenticationError",
    "BlockedError",
    "ClaudeUsageError",
    "CredentialsError",
    "InvalidInputError",
    "KeyUnavailableError",
    "LoginExpiredError",
    "NeedsSignInError",
    "NetworkError",
    "NoClaudeSignInError",
    "OAuthFlowError",
    "RateLimitedError",
    "ResponseFormatError",
    "ScopeError",
    "StorageError",
]


class ClaudeUsageError(Exception):
    """Root of every error raised by ``core``."""


class AccountNotFoundError(ClaudeUsageError):
    """No saved account has the given name."""

    def __init__(self, name: str, message: str | None = None) -> None:
        super().__init__(message or f"No account named {name!r}")
        self.name = name


class AccountExistsError(ClaudeUsageError):
    """The target name is already used by another account."""

    def __init__(self, name: str) -> None:
        super().__init__(f"An account named {name!r} already exists")
        self.name = name


class InvalidInputError(ClaudeUsageError):
    """Input given by the caller is malformed (rejected before anything is stored or sent)."""


class NoClaudeSignInError(InvalidInputError):
    """Claude Code's login item exists but holds no Claude sign-in (Claude Code ≥ 2.1 may
    keep only its MCP servers' ``mcpOAuth`` there): nothing is broken, nobody signed in."""

    def __init__(self, message: str = NO_CLAUDE_SIGN_IN_MESSAGE) -> None:
        super().__init__(message)


class StorageError(ClaudeUsageError):
    """The account store cannot be read or written; nothing was lost or overwritten."""


class KeyUnavailableError(StorageError):
    """The key protecting the store cannot be obtained."""


class CredentialsError(ClaudeUsageError):
    """Claude Code's stored login cannot be found or read."""


class AuthenticationError(ClaudeUsageError):
    """The server refused the credentials (401/403, dead refresh grant, bad admin key).

    ``status`` is the HTTP status when the refusal was one (None otherwise).
    """

    def __init__(self, message: str = "", status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class LoginExpiredError(AuthenticationError):
    """A linked Claude Code login has expired; only Claude Code itself should refresh it."""

    def __init__(self, message: str = LOGIN_EXPIRED_MESSAGE) -> None:
        super().__init__(message)


class NeedsSignInError(AuthenticationError):
    """The refresh grant is dead (``invalid_grant``); the account must sign in again."""


class ScopeError(AuthenticationError):
    """The token lacks the ``user:profile`` scope needed to read usage."""


class RateLimitedError(ClaudeUsageError):
    """Anthropic rate-limited this token (or a local cooldown is in force)."""

    def __init__(self, message: str, retry_at: datetime | None = None) -> None:
        super().__init__(message)
        self.retry_at = retry_at


class BlockedError(ClaudeUsageError):
    """Something in front of the API answered instead of it: Cloudflare's challenge or
    block page (``blocker`` "cloudflare"), or a proxy/gateway — an HTML 5xx page, a 407,
    a proxy that refused the tunnel (``blocker`` "proxy").

    Deliberately not an :class:`AuthenticationError`: the credentials were never looked at,
    so a refresh would burn a single-use refresh token for nothing and "sign in again"
    would be wrong advice. ``retry_at`` is when the cooldown that follows ends.
    """

    def __init__(
        self,
        message: str | None = None,
        retry_at: datetime | None = None,
        *,
        blocker: str = "cloudflare",
    ) -> None:
        default = PROXY_BLOCKED_MESSAGE if blocker == "proxy" else BLOCKED_MESSAGE
        super().__init__(message or default)
        self.retry_at = retry_at
        self.blocker = blocker


class ApiError(ClaudeUsageError):
    """An HTTP error status other than those with their own class."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class ResponseFormatError(ClaudeUsageError):
    """A response body is not JSON or not the shape expected."""


class NetworkError(ClaudeUsageError):
    """The request did not complete: timeout, refused connection, reset, no network."""


class OAuthFlowError(ClaudeUsageError):
    """The browser sign-in flow failed."""

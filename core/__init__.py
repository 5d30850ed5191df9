"""claude-usage core: Claude subscription and organisation usage, as an asyncio library.

A Python reimplementation of the TypeScript ``claude-usage-core`` library with its bugs
fixed (percent is 0–100, Claude Code's login is never clobbered, 429s are not "expired").
No Qt is imported anywhere below this package.
"""

from core.anthropic.endpoints import Endpoints
from core.anthropic.oauth import authorize
from core.client import UsageClient
from core.errors import (
    AccountNotFoundError,
    AuthenticationError,
    ClaudeUsageError,
    StorageError,
)
from core.models import (
    Account,
    AccountUsage,
    ActorUsage,
    AdminUsage,
    ExtraUsage,
    ModelUsage,
    OAuthUsage,
    UsageWindow,
)
from core.version import __version__

__all__ = [
    "Account",
    "AccountNotFoundError",
    "AccountUsage",
    "ActorUsage",
    "AdminUsage",
    "AuthenticationError",
    "ClaudeUsageError",
    "Endpoints",
    "ExtraUsage",
    "ModelUsage",
    "OAuthUsage",
    "StorageError",
    "UsageClient",
    "UsageWindow",
    "__version__",
    "authorize",
]

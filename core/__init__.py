"""claude-usage core: Claude subscription and organisation usage, as an asyncio library.

A Python reimplementation of the TypeScript ``claude-usage-core`` library with its bugs
fixed (percent is 0–100, Claude Code's login is never clobbered, 429s are not "expired").
No Qt is imported anywhere below this package.
"""

from .client import UsageClient
from .endpoints import Endpoints
from .errors import (
    AccountNotFoundError,
    AuthenticationError,
    ClaudeUsageError,
    StorageError,
)
from .models import (
    Account,
    AccountUsage,
    ActorUsage,
    AdminUsage,
    ExtraUsage,
    ModelUsage,
    OAuthUsage,
    UsageWindow,
)
from .oauth import authorize
from .version import __version__

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

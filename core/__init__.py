"""claude-usage core: Claude subscription and organisation usage, as an asyncio library.

A Python reimplementation of the TypeScript ``claude-usage-core`` library with its bugs
fixed (percent is 0–100, Claude Code's login is never clobbered, 429s are not "expired").
No Qt is imported anywhere below this package.

Two surfaces are exported here, and nothing else is meant to be imported from outside:

- **The library** (DESIGN.md's contract): :class:`UsageClient`, :class:`Endpoints`,
  :func:`authorize`, the usage models and the error tree.
- **The app surface**: what a front end (the tray) needs besides the client — the
  configuration built at its edge (:class:`AppConfig`, :class:`AppPaths`), the polling
  :class:`Scheduler` and its limits, the account-name rule, input checks, display helpers
  (formatting, sanitising, redaction), usage history for the chart, the local usage feed
  with the CLI's JSON document, local usage from Claude Code's transcripts, and the
  self-test's diagnostics. docs/architecture.md
  draws where each comes from.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.admin.fetcher import ADMIN_KEY_PREFIX, validate_admin_key_format
    from core.anthropic.endpoints import Endpoints
    from core.anthropic.oauth import authorize
    from core.base.atomic import write_atomic
    from core.base.paths import APP_NAME
    from core.base.redact import install_log_redaction, redact_text
    from core.base.safe_text import safe_text
    from core.base.translation import LANGUAGES, set_language
    from core.cli.json_output import usage_json
    from core.client import UsageClient
    from core.config import AppConfig, AppPaths
    from core.credentials import ClaudeCodeEnv
    from core.credentials.wsl import WslLogin
    from core.diagnostics import (
        check_catalogues,
        check_https,
        check_keyring,
        check_price_table,
        check_store_round_trip,
    )
    from core.errors import (
        AccountNotFoundError,
        AuthenticationError,
        ClaudeUsageError,
        InvalidInputError,
        StorageError,
    )
    from core.feed import DEFAULT_FEED_PORT, LocalFeed, feed_token
    from core.history.database import CHART_SPAN, History, SeriesPoint
    from core.local import LocalSummary, LocalUsage, UsageGroup, project_label, summary_for_account
    from core.models import (
        Account,
        AccountStatus,
        AccountUsage,
        ActorUsage,
        AdminUsage,
        ExtraUsage,
        Forecast,
        ModelUsage,
        OAuthUsage,
        PasteCheck,
        ProductivityTotals,
        ResetGrant,
        SpendLimit,
        SpendLimits,
        ToolActions,
        UsageWindow,
    )
    from core.names import MAX_NAME_LENGTH, account_name_key, normalize_account_name
    from core.usage.binding import BindingLimit, binding_limit, severity_by_key, severity_rank
    from core.usage.display import (
        SIGN_IN_WARNING,
        STATUS_HEADLINES,
        binding_text,
        blocked_text,
        format_ago,
        format_cents,
        format_clock,
        format_duration,
        format_money,
        format_percent,
        format_resets,
        format_tokens,
        plan_label,
        reset_grant_text,
        sign_in_text,
        state_text,
    )
    from core.usage.limits import MAX_REFRESH_MINUTES, MIN_POLL_SECONDS, MIN_REFRESH_MINUTES
    from core.usage.parsing import parse_claude_credentials
    from core.usage.scheduler import Scheduler
    from core.version import __version__

# Where each exported name lives. Imported on first use (PEP 562), so `import core.x` for a
# small part — the status line reads cached snapshots in a few milliseconds — does not pay
# for httpx, cryptography and keyring, which the client needs and it does not.
_SOURCES: dict[str, str] = {
    "BindingLimit": "core.usage.binding",
    "ProductivityTotals": "core.models",
    "ResetGrant": "core.models",
    "SIGN_IN_WARNING": "core.usage.display",
    "SpendLimit": "core.models",
    "SpendLimits": "core.models",
    "ToolActions": "core.models",
    "WslLogin": "core.credentials.wsl",
    "binding_limit": "core.usage.binding",
    "binding_text": "core.usage.display",
    "blocked_text": "core.usage.display",
    "reset_grant_text": "core.usage.display",
    "severity_by_key": "core.usage.binding",
    "severity_rank": "core.usage.binding",
    "sign_in_text": "core.usage.display",
    "ADMIN_KEY_PREFIX": "core.admin.fetcher",
    "APP_NAME": "core.base.paths",
    "Account": "core.models",
    "AccountNotFoundError": "core.errors",
    "AccountStatus": "core.models",
    "AccountUsage": "core.models",
    "ActorUsage": "core.models",
    "AdminUsage": "core.models",
    "AppConfig": "core.config",
    "AppPaths": "core.config",
    "AuthenticationError": "core.errors",
    "CHART_SPAN": "core.history.database",
    "DEFAULT_FEED_PORT": "core.feed",
    "ClaudeCodeEnv": "core.credentials",
    "ClaudeUsageError": "core.errors",
    "Endpoints": "core.anthropic.endpoints",
    "ExtraUsage": "core.models",
    "Forecast": "core.models",
    "History": "core.history.database",
    "InvalidInputError": "core.errors",
    "LANGUAGES": "core.base.translation",
    "LocalFeed": "core.feed",
    "LocalSummary": "core.local",
    "LocalUsage": "core.local",
    "MAX_NAME_LENGTH": "core.names",
    "MAX_REFRESH_MINUTES": "core.usage.limits",
    "MIN_POLL_SECONDS": "core.usage.limits",
    "MIN_REFRESH_MINUTES": "core.usage.limits",
    "ModelUsage": "core.models",
    "OAuthUsage": "core.models",
    "PasteCheck": "core.models",
    "STATUS_HEADLINES": "core.usage.display",
    "Scheduler": "core.usage.scheduler",
    "SeriesPoint": "core.history.database",
    "StorageError": "core.errors",
    "UsageClient": "core.client",
    "UsageGroup": "core.local",
    "UsageWindow": "core.models",
    "__version__": "core.version",
    "account_name_key": "core.names",
    "authorize": "core.anthropic.oauth",
    "check_catalogues": "core.diagnostics",
    "check_https": "core.diagnostics",
    "check_keyring": "core.diagnostics",
    "check_price_table": "core.diagnostics",
    "check_store_round_trip": "core.diagnostics",
    "feed_token": "core.feed",
    "format_ago": "core.usage.display",
    "format_cents": "core.usage.display",
    "format_clock": "core.usage.display",
    "format_duration": "core.usage.display",
    "format_money": "core.usage.display",
    "format_percent": "core.usage.display",
    "format_resets": "core.usage.display",
    "format_tokens": "core.usage.display",
    "install_log_redaction": "core.base.redact",
    "normalize_account_name": "core.names",
    "parse_claude_credentials": "core.usage.parsing",
    "plan_label": "core.usage.display",
    "project_label": "core.local",
    "redact_text": "core.base.redact",
    "safe_text": "core.base.safe_text",
    "set_language": "core.base.translation",
    "state_text": "core.usage.display",
    "summary_for_account": "core.local",
    "usage_json": "core.cli.json_output",
    "validate_admin_key_format": "core.admin.fetcher",
    "write_atomic": "core.base.atomic",
}


# The library (DESIGN.md's contract)
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

# The app surface
# - configuration, built at a program's edge
__all__ += [
    "APP_NAME",
    "AppConfig",
    "AppPaths",
    "ClaudeCodeEnv",
]
# - polling
__all__ += [
    "MAX_REFRESH_MINUTES",
    "MIN_POLL_SECONDS",
    "MIN_REFRESH_MINUTES",
    "Scheduler",
]
# - models and errors beyond the library's
__all__ += [
    "AccountStatus",
    "Forecast",
    "InvalidInputError",
    "PasteCheck",
]
# - names and input checks
__all__ += [
    "ADMIN_KEY_PREFIX",
    "MAX_NAME_LENGTH",
    "account_name_key",
    "normalize_account_name",
    "parse_claude_credentials",
    "validate_admin_key_format",
]
# - display
__all__ += [
    "STATUS_HEADLINES",
    "format_ago",
    "format_cents",
    "format_clock",
    "format_duration",
    "format_money",
    "format_percent",
    "format_resets",
    "format_tokens",
    "install_log_redaction",
    "plan_label",
    "redact_text",
    "safe_text",
    "state_text",
]
# - history (the chart), and the atomic write a front end uses for its own files
__all__ += [
    "CHART_SPAN",
    "History",
    "SeriesPoint",
    "write_atomic",
]
# - local usage: tokens and API-equivalent cost from Claude Code's transcripts
__all__ += [
    "LocalSummary",
    "LocalUsage",
    "UsageGroup",
    "project_label",
    "summary_for_account",
]
# - the local usage feed (opt-in) and the JSON document it shares with the CLI
__all__ += [
    "DEFAULT_FEED_PORT",
    "LocalFeed",
    "feed_token",
    "usage_json",
]
# - languages: the catalogues there are, and the language a front end chose
__all__ += [
    "LANGUAGES",
    "set_language",
]
# - what Claude enforces (issue 15): the binding limit, its wording, the organisation's
#   productivity and spend limits, WSL logins
__all__ += [
    "SIGN_IN_WARNING",
    "BindingLimit",
    "ProductivityTotals",
    "ResetGrant",
    "SpendLimit",
    "SpendLimits",
    "ToolActions",
    "WslLogin",
    "binding_limit",
    "binding_text",
    "blocked_text",
    "reset_grant_text",
    "severity_by_key",
    "severity_rank",
    "sign_in_text",
]
# - diagnostics (the self-test)
__all__ += [
    "check_catalogues",
    "check_https",
    "check_keyring",
    "check_price_table",
    "check_store_round_trip",
]


def __getattr__(name: str) -> Any:
    try:
        module = _SOURCES[name]
    except KeyError:
        raise AttributeError(f"module 'core' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once: later lookups do not come back here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

"""The public API of ``core`` is a contract (DESIGN.md): pin its names and its shape."""

from __future__ import annotations

import dataclasses
import inspect
import subprocess
import sys
from datetime import datetime

import pytest

import core
from core import errors
from tests.conftest import REPO_ROOT

# DESIGN.md's contract: the library.
LIBRARY_API = {
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
}

# What a front end (the tray) uses besides the library; docs/architecture.md lists it.
APP_SURFACE = {
    "ADMIN_KEY_PREFIX",
    "APP_NAME",
    "AccountStatus",
    "AppConfig",
    "AppPaths",
    "CHART_SPAN",
    "ClaudeCodeEnv",
    "DEFAULT_FEED_PORT",
    "Forecast",
    "History",
    "InvalidInputError",
    "LANGUAGES",
    "LocalFeed",
    "LocalSummary",
    "LocalUsage",
    "MAX_NAME_LENGTH",
    "MAX_REFRESH_MINUTES",
    "MIN_POLL_SECONDS",
    "MIN_REFRESH_MINUTES",
    "PasteCheck",
    "STATUS_HEADLINES",
    "Scheduler",
    "SeriesPoint",
    "UsageGroup",
    "account_name_key",
    "check_catalogues",
    "check_https",
    "check_keyring",
    "check_price_table",
    "check_store_round_trip",
    "feed_token",
    "format_ago",
    "format_cents",
    "format_clock",
    "format_duration",
    "format_money",
    "format_percent",
    "format_resets",
    "format_tokens",
    "install_log_redaction",
    "normalize_account_name",
    "parse_claude_credentials",
    "plan_label",
    "project_label",
    "redact_text",
    "safe_text",
    "set_language",
    "state_text",
    "summary_for_account",
    "usage_json",
    "validate_admin_key_format",
    "BindingLimit",
    "ProductivityTotals",
    "ResetGrant",
    "SIGN_IN_WARNING",
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
    "write_atomic",
}


def test_exported_names_are_pinned() -> None:
    assert len(core.__all__) == len(set(core.__all__))
    assert set(core.__all__) == LIBRARY_API | APP_SURFACE
    for name in core.__all__:
        assert hasattr(core, name), name


def test_the_surface_is_documented() -> None:
    text = (REPO_ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = sorted(name for name in APP_SURFACE if f"`{name}`" not in text)
    assert missing == []


def test_every_public_name_is_documented() -> None:
    for name in core.__all__:
        obj = getattr(core, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert inspect.getdoc(obj), f"{name} has no docstring"


def test_usage_client_methods_match_design() -> None:
    methods = {
        "save_account",
        "save_admin_account",
        "authenticate",
        "list_accounts",
        "switch_account",
        "rename_account",
        "delete_account",
        "get_all_accounts_usage",
        "get_account_usage",
        "get_system_token",
    }
    for name in methods:
        assert inspect.iscoroutinefunction(getattr(core.UsageClient, name)), name
    params = inspect.signature(core.UsageClient).parameters
    assert list(params)[:1] == ["storage_path"]
    for keyword in ("beta_version", "platform", "endpoints", "http_client"):
        assert params[keyword].kind is inspect.Parameter.KEYWORD_ONLY
    assert params["beta_version"].default == "oauth-2025-04-20"
    assert params["platform"].default == "auto"


def test_every_library_error_is_a_claude_usage_error() -> None:
    for name in errors.__all__:
        obj = getattr(errors, name)
        if inspect.isclass(obj):
            assert issubclass(obj, core.ClaudeUsageError), name
    assert issubclass(core.AuthenticationError, core.ClaudeUsageError)
    assert issubclass(core.AccountNotFoundError, core.ClaudeUsageError)
    assert issubclass(core.StorageError, core.ClaudeUsageError)


@pytest.mark.parametrize(
    "cls",
    [
        core.UsageWindow,
        core.ExtraUsage,
        core.OAuthUsage,
        core.AdminUsage,
        core.ModelUsage,
        core.ActorUsage,
        core.Account,
    ],
)
def test_models_are_frozen_dataclasses(cls: type) -> None:
    assert dataclasses.is_dataclass(cls)
    assert cls.__dataclass_params__.frozen  # type: ignore[attr-defined]


def test_usage_union_is_discriminated() -> None:
    oauth = core.OAuthUsage(account_name="a")
    admin = core.AdminUsage(account_name="b")
    assert (oauth.account_type, admin.account_type) == ("oauth", "admin")
    window = core.UsageWindow(percent=37.0, resets_at=None)
    assert not window.started
    with pytest.raises(dataclasses.FrozenInstanceError):
        window.percent = 1.0  # type: ignore[misc]


def test_oauth_usage_has_the_contract_fields() -> None:
    fields = {f.name for f in dataclasses.fields(core.OAuthUsage)}
    assert {
        "account_name",
        "email",
        "session",
        "weekly",
        "opus",
        "sonnet",
        "oauth_apps",
        "cowork",
        "iguana_necktie",
        "windows",
        "limits",
        "extra_usage",
        "fetched_at",
        "stale",
        "error",
    } <= fields
    admin_fields = {f.name for f in dataclasses.fields(core.AdminUsage)}
    assert {
        "account_name",
        "period_start",
        "period_end",
        "input_tokens",
        "output_tokens",
        "cache_creation_tokens",
        "cache_read_tokens",
        "estimated_cost_cents",
        "actual_cost_cents",
        "model_breakdown",
        "actors",
        "error",
    } <= admin_fields
    extra = {f.name for f in dataclasses.fields(core.ExtraUsage)}
    assert extra == {"is_enabled", "monthly_limit", "used_credits", "utilization", "currency"}
    assert datetime  # datetimes in models are timezone-aware: checked by the parsing tests


def test_import_core_loads_no_qt() -> None:
    """`core` must work where PySide6 is not installed: importing it must not load Qt."""
    code = (
        "import sys, core, core.cli, core.usage.scheduler, core.history.database\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'qasync')))\n"
        "print(','.join(qt))\n"
        "sys.exit(1 if qt else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"Qt modules loaded by core: {result.stdout} {result.stderr}"


def test_import_core_loads_nothing_heavy_until_a_name_is_used() -> None:
    """`import core` (and the CLI's entry module) stays light: the façade's names load on
    first use (PEP 562), so a caller that needs a display helper or the cached CLI never
    pays for the client's HTTP, crypto, keyring or database libraries."""
    heavy = ["httpx", "cryptography", "keyring", "sqlite3", "babel", "asyncio", "filelock"]
    code = (
        "import sys, core, core.cli\n"
        f"before = sorted(set({heavy!r}) & {{m.split('.')[0] for m in sys.modules}})\n"
        "core.UsageClient\n"
        f"after = sorted(set({heavy!r}) & {{m.split('.')[0] for m in sys.modules}})\n"
        "print(before, after)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    before, after = result.stdout.strip().split("] [")
    assert before == "["  # nothing heavy at all
    loaded = {name.strip("'") for name in after.rstrip("]").split(", ")}
    assert {"httpx", "cryptography", "keyring", "sqlite3"} <= loaded  # the check can fail


def test_the_configuration_loads_nothing_heavy() -> None:
    """The tray shows its icon once ``AppConfig`` is importable: the configuration names
    files and folders, so it must not load the libraries behind them (keyring's backends,
    the history database, the HTTP stack)."""
    heavy = ["httpx", "cryptography", "keyring", "sqlite3", "babel", "filelock"]
    code = (
        "import sys\n"
        "from core import AppConfig\n"
        "AppConfig.from_environment().paths.history\n"
        f"print(sorted(set({heavy!r}) & {{m.split('.')[0] for m in sys.modules}}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"

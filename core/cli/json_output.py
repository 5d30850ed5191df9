"""The ``--json`` documents of ``claude-usage`` (schema version 1).

Each command prints exactly ONE JSON object. Datetimes are ISO-8601 strings in UTC
(``2026-11-24T18:00:00+00:00``) or ``null``; percents are numbers 0–100; money is in
cents (``*_cents``) or, for extra usage, in major units as the API's ``ExtraUsage`` has it.
Keys are only ever added within a schema version; a removal or change of meaning bumps
``schema_version``. docs/cli-json.md describes the same schema for people.

``usage [NAME] --json``::

    {"schema_version": 1, "generated_at": ISO,
     "accounts": [ACCOUNT_USAGE, ...]}            # storage order; one entry for NAME

    ACCOUNT_USAGE (account_type "oauth") =
    {"name": str, "account_type": "oauth", "email": str|null, "account_id": str|null,
     "plan": str|null, "status": STATUS, "error": str|null, "stale": bool,
     "fetched_at": ISO|null, "retry_at": ISO|null,
     "windows": {KEY: WINDOW, ...},                # every window, e.g. five_hour, seven_day,
                                                   # seven_day_sonnet, model_weekly:<model>
     "session": WINDOW|null, "weekly": WINDOW|null,   # = windows.five_hour / .seven_day
     "forecasts": {KEY: FORECAST, ...},            # only windows with a forecast
     "extra_usage": EXTRA|null,
     "limits": [LIMIT, ...],                       # the API's limits[] as parsed
     "binding": BINDING|null,                      # the limit holding the account back
     "overage_included": bool|null,                # seven_day_overage_included, if sent
     "reset_grant": GRANT|null,                    # cedar_ember, if sent
     "sign_in_expires_at": ISO|null, "sign_in_estimated": bool,
     "blocked_by": "cloudflare"|"proxy"|null}      # with status "blocked"
    LIMIT    = {"kind": str, "group": str|null, "percent": number, "severity": str|null,
                "resets_at": ISO|null, "is_active": bool, "model_id": str|null,
                "model_name": str|null, "surface": str|null}
    BINDING  = {"key": str, "label": str, "scope": str, "model": str|null,
                "percent": number, "resets_at": ISO|null, "severity": str|null}
    GRANT    = {"available": int, "targets": [str, ...], "ineligible_reason": str|null,
                "raw": object}
    WINDOW   = {"label": str, "percent": number, "resets_at": ISO|null, "started": bool}
    FORECAST = {"burn_rate_per_hour": number|null, "runs_out_at": ISO|null,
                "runs_out_before_reset": bool, "pace": number|null}
    EXTRA    = {"is_enabled": bool, "monthly_limit": number|null, "used_credits": number|null,
                "utilization": number|null, "currency": str|null}

    ACCOUNT_USAGE (account_type "admin") =
    {"name": str, "account_type": "admin", "status": STATUS, "error": str|null,
     "stale": bool, "fetched_at": ISO|null, "retry_at": ISO|null,
     "period_start": ISO|null, "period_end": ISO|null, "currency": str,
     "input_tokens": int, "output_tokens": int, "cache_creation_tokens": int,
     "cache_read_tokens": int, "web_search_requests": int,
     "estimated_cost_cents": number, "actual_cost_cents": number|null,
     "models": [{"model": str, "input_tokens": int, "output_tokens": int,
                 "cache_creation_tokens": int, "cache_read_tokens": int,
                 "estimated_cost_cents": number, "price_known": bool}, ...],
     "actors": [{"actor_type": "api_key"|"user", "actor_name": str, "input_tokens": int,
                 "output_tokens": int, "cache_creation_tokens": int,
                 "cache_read_tokens": int, "estimated_cost_cents": number}, ...],
     "unpriced_models": [str, ...],               # models priced at 0 for lack of a price
     "notes": [str, ...],                         # parts that failed without failing usage
     "productivity_total": PRODUCTIVITY|null,     # Claude Code, month to date
     "productivity": [PRODUCTIVITY, ...],         # per user/key, by spend, every one
     "spend_limits": SPEND_LIMITS|null,
     "blocked_by": "cloudflare"|"proxy"|null}
    PRODUCTIVITY = {"actor_name": str|null, "sessions": int, "lines_added": int,
                    "lines_removed": int, "commits": int, "pull_requests": int,
                    "tool_actions": {TOOL: {"accepted": int, "rejected": int}, ...},
                    "accepted": int, "rejected": int, "estimated_cost_cents": number}
    SPEND_LIMITS = {"available": bool, "currency": str,
                    "organization_limit_cents": number|null,
                    "organization_spent_cents": number, "organization_percent": number|null,
                    "members_above_80": int,
                    "members": [{"member": str, "limit_cents": number|null,
                                 "spent_cents": number, "percent": number|null,
                                 "currency": str}, ...]}
    STATUS = "ok" | "rate_limited" | "blocked" | "login_expired" | "needs_sign_in"
           | "scope_missing" | "auth_failed" | "offline" | "error"

``list --json``::

    {"schema_version": 1, "active": str|null,
     "protection": "keyring"|"machine",           # what protects the store's key
     "accounts": [{"name": str, "account_type": "oauth"|"admin", "is_active": bool,
                   "saved_at": ISO, "email": str|null,
                   "source": "claude_code"|"app"|"admin_key",
                   "account_id": str|null, "plan": str|null}, ...]}

``import --json``::

    {"schema_version": 1, "source": str,          # the claude-usage-core store read
     "imported": [str, ...]}                      # names imported, in that store's order
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.base.redact import redact_text
from core.base.safe_text import is_unsafe_character
from core.cli.text_output import window_label
from core.history.database import usage_windows
from core.models import (
    Account,
    AccountUsage,
    ActorUsage,
    AdminUsage,
    ExtraUsage,
    Forecast,
    Limit,
    ModelUsage,
    OAuthUsage,
    ProductivityTotals,
    ResetGrant,
    SpendLimits,
    UsageWindow,
)
from core.usage.binding import BindingLimit, binding_limit

if TYPE_CHECKING:  # a type only: the usage document is printed without the store's modules
    from core.store.storage import Protection

__all__ = [
    "SCHEMA_VERSION",
    "accounts_document",
    "dumps",
    "import_document",
    "usage_document",
    "usage_json",
]

SCHEMA_VERSION = 1
JsonObject = dict[str, Any]


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment is not None else None


def _window(key: str, window: UsageWindow) -> JsonObject:
    return {
        "label": window_label(key),
        "percent": window.percent,
        "resets_at": _iso(window.resets_at),
        "started": window.started,
    }


def _forecast(forecast: Forecast) -> JsonObject:
    return {
        "burn_rate_per_hour": forecast.burn_rate_per_hour,
        "runs_out_at": _iso(forecast.runs_out_at),
        "runs_out_before_reset": forecast.runs_out_before_reset,
        "pace": forecast.pace,
    }


def _extra(extra: ExtraUsage | None) -> JsonObject | None:
    if extra is None:
        return None
    return {
        "is_enabled": extra.is_enabled,
        "monthly_limit": extra.monthly_limit,
        "used_credits": extra.used_credits,
        "utilization": extra.utilization,
        "currency": extra.currency,
    }


def _limit(limit: Limit) -> JsonObject:
    return {
        "kind": limit.kind,
        "group": limit.group,
        "percent": limit.percent,
        "severity": limit.severity,
        "resets_at": _iso(limit.resets_at),
        "is_active": limit.is_active,
        "model_id": limit.model_id,
        "model_name": limit.model_name,
        "surface": limit.surface,
    }


def _binding(binding: BindingLimit | None) -> JsonObject | None:
    if binding is None:
        return None
    return {
        "key": binding.key,
        "label": window_label(binding.key),
        "scope": binding.scope,
        "model": binding.model,
        "percent": binding.percent,
        "resets_at": _iso(binding.resets_at),
        "severity": binding.severity,
    }


def _grant(grant: ResetGrant | None) -> JsonObject | None:
    if grant is None:
        return None
    return {
        "available": grant.available,
        "targets": list(grant.targets),
        "ineligible_reason": grant.ineligible_reason,
        "raw": dict(grant.raw),
    }


def _common(usage: AccountUsage) -> JsonObject:
    return {
        "name": usage.account_name,
        "account_type": usage.account_type,
        "status": str(usage.status),
        "error": redact_text(usage.error) if usage.error else None,
        "stale": usage.stale,
        "fetched_at": _iso(usage.fetched_at),
        "retry_at": _iso(usage.retry_at),
    }


def _oauth(usage: OAuthUsage) -> JsonObject:
    windows = {key: _window(key, w) for key, w in usage_windows(usage).items()}
    return _common(usage) | {
        "email": usage.email,
        "account_id": usage.account_id,
        "plan": usage.plan,
        "windows": windows,
        "session": windows.get("five_hour"),
        "weekly": windows.get("seven_day"),
        "forecasts": {key: _forecast(f) for key, f in usage.forecasts.items()},
        "extra_usage": _extra(usage.extra_usage),
        "limits": [_limit(limit) for limit in usage.limits],
        "binding": _binding(binding_limit(usage)),
        "overage_included": usage.overage_included,
        "reset_grant": _grant(usage.reset_grant),
        "sign_in_expires_at": _iso(usage.sign_in_expires_at),
        "sign_in_estimated": usage.sign_in_estimated,
        "blocked_by": usage.blocked_by,
    }


_TOKEN_FIELDS = ("input_tokens", "output_tokens", "cache_creation_tokens", "cache_read_tokens")


def _tokens_of(item: ModelUsage | ActorUsage | AdminUsage) -> JsonObject:
    return {name: getattr(item, name) for name in _TOKEN_FIELDS}


def _model(model: ModelUsage) -> JsonObject:
    return (
        {"model": model.model}
        | _tokens_of(model)
        | {"estimated_cost_cents": model.estimated_cost_cents, "price_known": model.price_known}
    )


def _actor(actor: ActorUsage) -> JsonObject:
    head = {"actor_type": actor.actor_type, "actor_name": actor.actor_name}
    return head | _tokens_of(actor) | {"estimated_cost_cents": actor.estimated_cost_cents}


def _productivity(totals: ProductivityTotals) -> JsonObject:
    return {
        "actor_name": totals.actor_name,
        "sessions": totals.sessions,
        "lines_added": totals.lines_added,
        "lines_removed": totals.lines_removed,
        "commits": totals.commits,
        "pull_requests": totals.pull_requests,
        "tool_actions": {
            tool: {"accepted": a.accepted, "rejected": a.rejected}
            for tool, a in totals.tool_actions.items()
        },
        "accepted": totals.accepted,
        "rejected": totals.rejected,
        "estimated_cost_cents": totals.estimated_cost_cents,
    }


def _spend_limits(limits: SpendLimits | None) -> JsonObject | None:
    if limits is None:
        return None
    return {
        "available": limits.available,
        "currency": limits.currency,
        "organization_limit_cents": limits.organization_limit_cents,
        "organization_spent_cents": limits.organization_spent_cents,
        "organization_percent": limits.organization_percent,
        "members_above_80": len(limits.members_above(80.0)),
        "members": [
            {
                "member": m.member,
                "limit_cents": m.limit_cents,
                "spent_cents": m.spent_cents,
                "percent": m.percent,
                "currency": m.currency,
            }
            for m in limits.members
        ],
    }


def _admin(usage: AdminUsage) -> JsonObject:
    return (
        _common(usage)
        | {
            "period_start": _iso(usage.period_start),
            "period_end": _iso(usage.period_end),
            "currency": usage.currency,
        }
        | _tokens_of(usage)
        | {
            "web_search_requests": usage.web_search_requests,
            "estimated_cost_cents": usage.estimated_cost_cents,
            "actual_cost_cents": usage.actual_cost_cents,
            "models": [_model(m) for m in usage.model_breakdown],
            "actors": [_actor(a) for a in usage.actors],
            "unpriced_models": list(usage.unpriced_models),
            "notes": [redact_text(note) for note in usage.notes],
            "productivity_total": _productivity(usage.productivity_total)
            if usage.productivity_total is not None
            else None,
            "productivity": [_productivity(p) for p in usage.productivity],
            "spend_limits": _spend_limits(usage.spend_limits),
            "blocked_by": usage.blocked_by,
        }
    )


def usage_document(usages: Sequence[AccountUsage], now: datetime) -> JsonObject:
    """The ``usage --json`` document."""
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": _iso(now),
        "accounts": [_oauth(u) if isinstance(u, OAuthUsage) else _admin(u) for u in usages],
    }


def usage_json(usages: Sequence[AccountUsage], now: datetime) -> str:
    """The ``usage --json`` text: what the CLI prints and the local feed (:mod:`core.feed`)
    serves, so the two cannot drift apart."""
    return dumps(usage_document(usages, now))


def _account(account: Account) -> JsonObject:
    return {
        "name": account.name,
        "account_type": account.account_type,
        "is_active": account.is_active,
        "saved_at": _iso(account.saved_at),
        "email": account.email,
        "source": str(account.source),
        "account_id": account.account_id,
        "plan": account.plan,
    }


def accounts_document(accounts: Iterable[Account], protection: Protection) -> JsonObject:
    """The ``list --json`` document."""
    listed = [_account(a) for a in accounts]
    active = next((a["name"] for a in listed if a["is_active"]), None)
    return {
        "schema_version": SCHEMA_VERSION,
        "active": active,
        "protection": protection.value,
        "accounts": listed,
    }


def import_document(source: Path, imported: Sequence[str]) -> JsonObject:
    """The ``import --json`` document."""
    return {"schema_version": SCHEMA_VERSION, "source": str(source), "imported": list(imported)}


def _finite(value: Any) -> Any:
    """NaN and infinities are not JSON: they become null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_finite(item) for item in value]
    return value


def dumps(document: Mapping[str, Any]) -> str:
    """Stable text: keys in schema order, UTF-8 kept readable, strict JSON (no NaN).

    ``json`` escapes C0 controls but leaves DEL, C1 controls, bidi overrides and invisible
    characters raw; those are escaped too (``\\u202e``), so the document is the same data
    and cannot drive a terminal it is printed on.
    """
    text = json.dumps(_finite(dict(document)), ensure_ascii=False, allow_nan=False, indent=2)
    if text.isascii() and "\x7f" not in text:
        return text  # json escaped every C0 control; DEL is the one ASCII it leaves
    # JSON's own syntax is ASCII (its only control is the indent's newline), so every
    # unsafe character is inside a string, where a \u escape is the same data.
    return "".join(
        _json_escape(ch) if ch != "\n" and is_unsafe_character(ch) else ch for ch in text
    )


def _json_escape(char: str) -> str:
    code = ord(char)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    high, low = divmod(code - 0x10000, 0x400)
    return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"

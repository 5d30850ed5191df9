"""Tolerant parsing of Anthropic's JSON into :mod:`core.models` values. Pure: no I/O, no clock.

The rule is *what we understand must be right; what we don't understand can't break us*:

- The named windows (``five_hour``, ``seven_day``, ``seven_day_opus`` …) and ``extra_usage``
  are what people look at, so a malformed one rejects the whole response with
  :class:`ResponseFormatError` naming the key. Showing the last good values marked stale is
  more honest than silently dropping a bar or showing a wrong amount of money.
- Unknown keys holding a ``{utilization, resets_at}`` object are kept in ``windows``; if
  such an object is malformed it is skipped, because new code-named windows come and go.
- ``limits[]`` is a young, evolving list: entries that don't parse are skipped. Its
  entries also fill in windows: the model-scoped weekly limits (``weekly_scoped``) now
  come only there, and where an entry and a top-level window describe the same limit
  (``session`` ↔ ``five_hour``, ``weekly`` ↔ ``seven_day``, a model ↔ ``seven_day_opus``)
  the fresher one wins — the one resetting later; on a tie the ``limits[]`` entry, the
  server's newer source (after a 5-hour rollover ``five_hour`` can lag behind).
- ``cedar_ember`` (reset grants) and ``seven_day_overage_included`` are optional extras:
  a malformed one is dropped, never fatal.
- A valid percentage is a real number (not a bool), finite, within ``[0, 1e6]``; values over
  100 are kept as given (a limit can be exceeded), anything else is malformed.

Credentials text (Claude Code's ``.credentials.json``) is user input, so problems with it
raise :class:`InvalidInputError` with a message saying what is wrong and never echoing it.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from core.base.redact import remember_secret
from core.errors import InvalidInputError, NoClaudeSignInError, ResponseFormatError
from core.models import ExtraUsage, Limit, OAuthUsage, ResetGrant, UsageWindow

__all__ = [
    "DEFAULT_TOKEN_LIFETIME",
    "NAMED_WINDOWS",
    "SIGN_IN_LIFETIME",
    "ClaudeCredentials",
    "Profile",
    "TokenGrant",
    "fresher",
    "limit_window_key",
    "parse_claude_credentials",
    "parse_datetime",
    "parse_profile",
    "parse_reset_grant",
    "parse_token_response",
    "parse_usage",
    "rotated_credentials_json",
    "rotated_refresh_token",
    "salvaged_credentials_json",
    "usage_with_windows",
]

log = logging.getLogger(__name__)

# OAuthUsage attribute → the API key it comes from.
NAMED_WINDOWS: Mapping[str, str] = {
    "session": "five_hour",
    "weekly": "seven_day",
    "opus": "seven_day_opus",
    "sonnet": "seven_day_sonnet",
    "oauth_apps": "seven_day_oauth_apps",
    "cowork": "seven_day_cowork",
    "iguana_necktie": "iguana_necktie",
}
_NAMED_KEYS = frozenset(NAMED_WINDOWS.values())
# Model-scoped weekly windows that come as top-level keys rather than in ``limits[]``.
_MODEL_WINDOWS: Mapping[str, str] = {"seven_day_opus": "Opus", "seven_day_sonnet": "Sonnet"}
MAX_PERCENT = 1e6
MAX_DECIMAL_PLACES = 8
MAX_TOKEN_LIFETIME = 366 * 24 * 3600  # longer than any real token: treat as garbage
# When a token response omits ``expires_in``: assume short, so we refresh early, not late.
DEFAULT_TOKEN_LIFETIME = timedelta(hours=1)
# Refresh tokens die about 27–30 days after the sign-in that made them (anthropic-api.md §7).
SIGN_IN_LIFETIME = timedelta(days=28)
# Epoch values below this are seconds, not milliseconds (1e11 ms is March 1973).
_EPOCH_MS_THRESHOLD = 1e11


# -- small typed readers -------------------------------------------------------------------


def _as_float(value: object) -> float | None:
    """A finite float from a JSON number, else None. Bools are ints in Python but never a
    count; ints too large for a float are garbage."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def _finite(value: object, where: str) -> float:
    number = _as_float(value)
    if number is None:
        raise ResponseFormatError(f"{where} is not a number")
    return number


def _percent(value: object, where: str) -> float:
    number = _finite(value, where)
    if not 0 <= number <= MAX_PERCENT:
        raise ResponseFormatError(f"{where} is out of range ({number:g})")
    return number


def _opt_str(data: Mapping[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is None or isinstance(value, str):
        return value
    raise ResponseFormatError(f"{where}.{key} is not a string")


def _opt_mapping(value: object, where: str) -> Mapping[str, Any] | None:
    if value is None or isinstance(value, Mapping):
        return value
    raise ResponseFormatError(f"{where} is not an object")


def parse_datetime(value: object, where: str = "timestamp") -> datetime | None:
    """ISO-8601 (microseconds, ``Z`` or offsets) → aware UTC; None stays None.

    A timestamp without an offset is taken as UTC, which is what the API means.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ResponseFormatError(f"{where} is not a timestamp")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise ResponseFormatError(f"{where} is not an ISO-8601 timestamp") from exc
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except OverflowError as exc:
        raise ResponseFormatError(f"{where} is out of range") from exc


# -- usage --------------------------------------------------------------------------------


def _window(value: object, where: str) -> UsageWindow | None:
    """A ``{utilization, resets_at}`` object; null (or null utilization) means absent."""
    data = _opt_mapping(value, where)
    if data is None or data.get("utilization") is None:
        return None
    return UsageWindow(
        percent=_percent(data["utilization"], f"{where}.utilization"),
        resets_at=parse_datetime(data.get("resets_at"), f"{where}.resets_at"),
    )


def _looks_like_window(value: object) -> bool:
    return isinstance(value, Mapping) and "utilization" in value and "resets_at" in value


def _windows(data: Mapping[str, Any]) -> dict[str, UsageWindow]:
    """Every window by key: named ones strictly, unknown ones when they parse."""
    found: dict[str, UsageWindow] = {}
    for key, value in data.items():
        if key in _NAMED_KEYS:
            window = _window(value, key)
        elif _looks_like_window(value):
            window = _unknown_window(key, value)
        else:
            continue
        if window is not None:
            found[key] = window
    return found


def _unknown_window(key: str, value: object) -> UsageWindow | None:
    try:
        return _window(value, key)
    except ResponseFormatError as exc:
        log.debug("Skipping malformed unknown usage window: %s", exc)
        return None


def _limit(value: object, where: str) -> Limit:
    data = _opt_mapping(value, where)
    if data is None or not isinstance(data.get("kind"), str):
        raise ResponseFormatError(f"{where} has no kind")
    model = _scope_model(data.get("scope"), where)
    is_active = data.get("is_active", True)
    return Limit(
        kind=data["kind"],
        group=_opt_str(data, "group", where),
        percent=_percent(data.get("percent"), f"{where}.percent"),
        severity=_opt_str(data, "severity", where),
        resets_at=parse_datetime(data.get("resets_at"), f"{where}.resets_at"),
        is_active=is_active if isinstance(is_active, bool) else True,
        model_id=_opt_str(model, "id", f"{where}.scope.model"),
        model_name=_opt_str(model, "display_name", f"{where}.scope.model"),
        surface=_surface(data.get("scope"), where),
    )


def _scope_model(scope: object, where: str) -> Mapping[str, Any]:
    scope_map = _opt_mapping(scope, f"{where}.scope") or {}
    return _opt_mapping(scope_map.get("model"), f"{where}.scope.model") or {}


def _surface(scope: object, where: str) -> str | None:
    """``scope.surface`` as text: a string as sent, an object by its name or id."""
    value = (_opt_mapping(scope, f"{where}.scope") or {}).get("surface")
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        name = value.get("display_name") or value.get("name") or value.get("id")
        return name if isinstance(name, str) else None
    raise ResponseFormatError(f"{where}.scope.surface is not a string")


def _limits(value: object) -> tuple[Limit, ...]:
    """``limits[]``, skipping entries that don't parse (the list is young and evolving)."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ResponseFormatError("limits is not a list")
    parsed: list[Limit] = []
    for index, item in enumerate(value):
        try:
            parsed.append(_limit(item, f"limits[{index}]"))
        except ResponseFormatError as exc:
            log.debug("Skipping malformed limit: %s", exc)
    return tuple(parsed)


def fresher(window: UsageWindow | None, entry: UsageWindow) -> UsageWindow:
    """The fresher of a top-level window and a ``limits[]`` entry for the same limit: the
    one resetting later (a window not started counts as oldest); the entry on a tie."""
    if window is None or window.resets_at is None:
        return entry
    if entry.resets_at is None or window.resets_at > entry.resets_at:
        return window
    return entry


def _limit_window(limit: Limit) -> UsageWindow:
    return UsageWindow(percent=limit.percent, resets_at=limit.resets_at)


def limit_window_key(limit: Limit) -> str | None:
    """The top-level key a ``limits[]`` entry stands for (``five_hour``, ``seven_day``,
    ``seven_day_opus`` …), or None for one with no such key (a model with no top-level
    window keeps its place in ``model_weekly`` only)."""
    if limit.model_name or limit.model_id:
        name = (limit.model_name or limit.model_id or "").strip().lower().replace(" ", "_")
        key = f"seven_day_{name}"
        return key if key in _MODEL_WINDOWS else None
    if limit.surface is not None:
        return None  # a limit of one surface only is not the account-wide window
    if limit.kind == "session":
        return "five_hour"
    if limit.kind in ("weekly", "weekly_all"):
        return "seven_day"
    return None


def _merged_windows(
    windows: Mapping[str, UsageWindow], limits: tuple[Limit, ...]
) -> dict[str, UsageWindow]:
    """The top-level windows, each replaced by its ``limits[]`` entry when that is fresher."""
    merged = dict(windows)
    for limit in limits:
        key = limit_window_key(limit)
        if key is None or (key in _MODEL_WINDOWS and key not in merged):
            continue  # a model sent only in limits[] stays in model_weekly, under its name
        merged[key] = fresher(merged.get(key), _limit_window(limit))
    return merged


def _model_weekly(
    windows: Mapping[str, UsageWindow], limits: tuple[Limit, ...]
) -> dict[str, UsageWindow]:
    """Model display name → weekly window, from ``seven_day_opus``-style keys and
    ``weekly_scoped`` entries (the fresher where both exist; ``windows`` already merged)."""
    result = {name: windows[key] for key, name in _MODEL_WINDOWS.items() if key in windows}
    for limit in limits:
        name = limit.model_name or limit.model_id
        if limit.kind == "weekly_scoped" and name:
            result[name] = fresher(result.get(name), _limit_window(limit))
    return result


def _overage_included(data: Mapping[str, Any]) -> bool | None:
    value = data.get("seven_day_overage_included")
    return value if isinstance(value, bool) else None


def parse_reset_grant(value: object) -> ResetGrant | None:
    """``cedar_ember``, read leniently (its shape is not settled); junk is dropped."""
    if not isinstance(value, Mapping):
        return None
    listed = value.get("resets")
    resets: list[Any] = listed if isinstance(listed, list) else []
    count = _as_float(value.get("available"))
    available = int(count) if count is not None and 0 <= count <= 1000 else len(resets)
    reason = value.get("ineligible_reason")
    return ResetGrant(
        available=available,
        targets=tuple(t for item in resets if (t := _reset_target(item)) is not None),
        ineligible_reason=reason if isinstance(reason, str) else None,
        raw=dict(value),
    )


def _reset_target(item: object) -> str | None:
    """What one grant would reset: "Weekly Opus", "Session", "Weekly" …"""
    if not isinstance(item, Mapping) or not isinstance(item.get("kind"), str):
        return None
    try:
        model = _scope_model(item.get("scope"), "cedar_ember.resets[]")
    except ResponseFormatError:
        return None
    name = model.get("display_name") or model.get("id")
    group = "Session" if item["kind"] == "session" else "Weekly"
    return f"{group} {name}" if isinstance(name, str) and name else group


def _money(value: object, scale: int, where: str) -> float | None:
    """Minor units (cents) → major units (dollars); None stays None."""
    if value is None:
        return None
    amount = _finite(value, where)
    if abs(amount) > 1e15:
        raise ResponseFormatError(f"{where} is out of range")
    return amount / 10.0**scale


def _decimal_places(data: Mapping[str, Any]) -> int:
    places = data.get("decimal_places")
    if places is None:
        return 2
    if not isinstance(places, int) or isinstance(places, bool):
        raise ResponseFormatError("extra_usage.decimal_places is not an integer")
    if not 0 <= places <= MAX_DECIMAL_PLACES:
        raise ResponseFormatError(f"extra_usage.decimal_places is out of range ({places})")
    return places


def _extra_usage(value: object) -> ExtraUsage | None:
    data = _opt_mapping(value, "extra_usage")
    if data is None:
        return None
    scale = _decimal_places(data)
    utilization = data.get("utilization")
    enabled = data.get("is_enabled") or False
    if not isinstance(enabled, bool):
        raise ResponseFormatError("extra_usage.is_enabled is not a boolean")
    return ExtraUsage(
        is_enabled=enabled,
        monthly_limit=_money(data.get("monthly_limit"), scale, "extra_usage.monthly_limit"),
        used_credits=_money(data.get("used_credits"), scale, "extra_usage.used_credits"),
        utilization=None
        if utilization is None
        else _percent(utilization, "extra_usage.utilization"),
        currency=_opt_str(data, "currency", "extra_usage"),
    )


def parse_usage(data: Any, *, account_name: str, fetched_at: datetime) -> OAuthUsage:
    """``/api/oauth/usage`` JSON → :class:`OAuthUsage` (see the module docstring for rules)."""
    if not isinstance(data, Mapping):
        raise ResponseFormatError(
            f"Usage response is not a JSON object (got {type(data).__name__})"
        )
    limits = _limits(data.get("limits"))
    windows = _merged_windows(_windows(data), limits)
    return usage_with_windows(
        windows,
        account_name=account_name,
        model_weekly=_model_weekly(windows, limits),
        limits=limits,
        extra_usage=_extra_usage(data.get("extra_usage")),
        fetched_at=fetched_at,
        overage_included=_overage_included(data),
        reset_grant=parse_reset_grant(data.get("cedar_ember")),
    )


def usage_with_windows(windows: Mapping[str, UsageWindow], **fields: Any) -> OAuthUsage:
    """An :class:`OAuthUsage` whose named windows (``session``, ``weekly`` …) are read from
    ``windows`` through :data:`NAMED_WINDOWS`, so the two can never disagree."""
    named: dict[str, Any] = {attr: windows.get(key) for attr, key in NAMED_WINDOWS.items()}
    return OAuthUsage(windows=windows, **named, **fields)


# -- profile ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Profile:
    """Who an OAuth token belongs to (``/api/oauth/profile``); ``account_id`` is stable."""

    account_id: str | None
    email: str | None
    display_name: str | None
    plan: str | None
    organization_name: str | None


def _plan(account: Mapping[str, Any], organization: Mapping[str, Any]) -> str | None:
    """The org's ``rate_limit_tier`` names the plan best; the account flags are a fallback."""
    tier = _opt_str(organization, "rate_limit_tier", "organization")
    if tier:
        return tier
    if account.get("has_claude_max") is True:
        return "max"
    if account.get("has_claude_pro") is True:
        return "pro"
    return None


def parse_profile(data: Any) -> Profile:
    """``/api/oauth/profile`` JSON → :class:`Profile`; missing parts become None."""
    if not isinstance(data, Mapping):
        raise ResponseFormatError("Profile response is not a JSON object")
    account = _opt_mapping(data.get("account"), "account") or {}
    organization = _opt_mapping(data.get("organization"), "organization") or {}
    return Profile(
        account_id=_opt_str(account, "uuid", "account"),
        email=_opt_str(account, "email", "account"),
        display_name=_opt_str(account, "display_name", "account")
        or _opt_str(account, "full_name", "account"),
        plan=_plan(account, organization),
        organization_name=_opt_str(organization, "name", "organization"),
    )


# -- tokens -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class TokenGrant:
    """A token endpoint answer. ``refresh_token`` None: keep the old one (the API may omit it)."""

    access_token: str = field(repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    expires_in: int | None = None
    scopes: tuple[str, ...] | None = None


def _expires_in(value: object) -> int | None:
    """Seconds from a JSON number or numeric string (``"28800"``); None when unusable.

    Unusable (junk, negative, absurdly long) is not an error: the caller then assumes
    :data:`DEFAULT_TOKEN_LIFETIME`, i.e. refreshes early, which is always safe.
    """
    if value is None:
        return None
    number = _as_float(value)
    if number is None and isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            number = None
    if number is None or not math.isfinite(number) or not 0 <= number <= MAX_TOKEN_LIFETIME:
        log.warning("Token response has an unusable expires_in; assuming a short lifetime")
        return None
    return int(number)


def _granted_scopes(value: object) -> tuple[str, ...] | None:
    """``scope`` as the documented space-separated string or as a list; None when unusable."""
    if isinstance(value, str):
        return tuple(value.split()) or None
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(scope for item in value for scope in item.split()) or None
    if value is not None:
        log.warning("Token response has an unusable scope; keeping the previous scopes")
    return None


def rotated_refresh_token(data: Any) -> str | None:
    """The new refresh token in a token answer, if there is a usable one.

    Read on its own, before anything else in the answer is judged: the server has already
    spent the old refresh token, so this value is the only way back into the account and
    must be kept even when the rest of the answer cannot be understood.
    """
    if not isinstance(data, Mapping):
        return None
    value = data.get("refresh_token")
    if not isinstance(value, str) or not value:
        return None
    _remember_tokens(value)  # redacted wherever it shows up, even if the rest is junk
    return value


def parse_token_response(data: Any) -> TokenGrant:
    """Token endpoint JSON → :class:`TokenGrant`; no access token is a malformed answer.

    Everything but the access token is read leniently (``expires_in`` as a string,
    ``scope`` as a list, a junk value dropped with a warning): a refresh token the server
    has already rotated must never be lost over a quirk in a field we can do without.
    """
    if not isinstance(data, Mapping):
        raise ResponseFormatError("Token response is not a JSON object")
    access = data.get("access_token")
    if not isinstance(access, str) or not access:
        raise ResponseFormatError("Token response has no access_token")
    refresh = rotated_refresh_token(data)
    if refresh is None and data.get("refresh_token") not in (None, ""):
        log.warning("Token response has an unusable refresh_token; keeping the previous one")
    _remember_tokens(access)  # the refresh token was remembered as it was read
    return TokenGrant(
        access_token=access,
        refresh_token=refresh,
        expires_in=_expires_in(data.get("expires_in")),
        scopes=_granted_scopes(data.get("scope")),
    )


# -- Claude Code credentials --------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaudeCredentials:
    """Claude Code's ``claudeAiOauth`` login. Tokens and the raw JSON never appear in a repr."""

    access_token: str = field(repr=False)
    refresh_token: str | None = field(repr=False)
    expires_at: datetime | None
    scopes: tuple[str, ...] = ()
    subscription_type: str | None = None
    rate_limit_tier: str | None = None
    # ``refreshTokenExpiresAt`` where the credentials carry it: when the sign-in ends.
    refresh_token_expires_at: datetime | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def expires_within(self, margin: timedelta, now: datetime) -> bool:
        """True if the token is expired or will be within ``margin`` (unknown expiry: False)."""
        return self.expires_at is not None and self.expires_at - margin <= now


def _load_json(text: str) -> Any:
    if not isinstance(text, str):
        raise InvalidInputError("Credentials must be text (JSON)")
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise InvalidInputError("Credentials are not JSON") from exc


def _cred_str(oauth: Mapping[str, Any], key: str) -> str | None:
    value = oauth.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise InvalidInputError(f"claudeAiOauth.{key} is not a string")


def _epoch_ms(value: object, key: str = "expiresAt") -> datetime | None:
    """``expiresAt`` (epoch ms; plain seconds tolerated) → aware UTC."""
    if value is None:
        return None
    number = _as_float(value)
    if number is None:
        raise InvalidInputError(f"claudeAiOauth.{key} is not a number")
    seconds = number if abs(number) < _EPOCH_MS_THRESHOLD else number / 1000
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError) as exc:
        raise InvalidInputError(f"claudeAiOauth.{key} is out of range") from exc


def _optional_epoch_ms(value: object, key: str) -> datetime | None:
    """A field we only read for display: unusable means unknown, never a refused login."""
    try:
        return _epoch_ms(value, key)
    except InvalidInputError:
        log.info("Ignoring an unusable claudeAiOauth.%s", key)
        return None


def _scopes(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
        raise InvalidInputError("claudeAiOauth.scopes is not a list of strings")
    return tuple(value)


def _remember_tokens(*tokens: str | None) -> None:
    """Every token passes through here before it is used or stored, so registering them
    here means a server echoing one back is redacted whatever its shape."""
    for token in tokens:
        remember_secret(token)


def parse_claude_credentials(text: str) -> ClaudeCredentials:
    """Claude Code's credentials JSON → :class:`ClaudeCredentials` (also the save-time check)."""
    data = _load_json(text)
    if not isinstance(data, dict):
        raise InvalidInputError("Credentials JSON is not an object")
    oauth = data.get("claudeAiOauth")
    if oauth is None and "accessToken" in data:
        # The inner object pasted on its own: kept in Claude Code's shape from here on.
        oauth, data = data, {"claudeAiOauth": data}
    if oauth is None and "mcpOAuth" in data:
        raise NoClaudeSignInError()  # Claude Code's item with only its MCP servers' logins
    if not isinstance(oauth, dict):
        raise InvalidInputError("Credentials JSON has no claudeAiOauth object")
    access = _cred_str(oauth, "accessToken")
    if not access:
        raise InvalidInputError("Credentials JSON has no claudeAiOauth.accessToken")
    refresh = _cred_str(oauth, "refreshToken")
    _remember_tokens(access, refresh)
    return ClaudeCredentials(
        access_token=access,
        refresh_token=refresh,
        expires_at=_epoch_ms(oauth.get("expiresAt")),
        scopes=_scopes(oauth.get("scopes")),
        subscription_type=_cred_str(oauth, "subscriptionType"),
        rate_limit_tier=_cred_str(oauth, "rateLimitTier"),
        refresh_token_expires_at=_optional_epoch_ms(
            oauth.get("refreshTokenExpiresAt"), "refreshTokenExpiresAt"
        ),
        raw=data,
    )


def rotated_credentials_json(creds: ClaudeCredentials, grant: TokenGrant, now: datetime) -> str:
    """The same credentials JSON with the new pair; every other field is kept as it was.

    ``expiresAt`` is epoch **milliseconds**, as Claude Code writes it. A grant without a
    refresh token keeps the old one (the endpoint may omit it).
    """
    data = dict(creds.raw)  # nested values are replaced below, never changed in place
    oauth = dict(data.get("claudeAiOauth") or {})
    lifetime = timedelta(seconds=grant.expires_in) if grant.expires_in else DEFAULT_TOKEN_LIFETIME
    oauth["accessToken"] = grant.access_token
    oauth["refreshToken"] = grant.refresh_token or creds.refresh_token
    oauth["expiresAt"] = int((now + lifetime).timestamp() * 1000)
    if grant.scopes:
        oauth["scopes"] = list(grant.scopes)
    data["claudeAiOauth"] = oauth
    return json.dumps(data)


def salvaged_credentials_json(creds: ClaudeCredentials, refresh_token: str, now: datetime) -> str:
    """The credentials with a rotated refresh token from an answer that was otherwise unusable.

    The old access token is kept but marked expired, so the next call refreshes with the
    new refresh token instead of finding the account signed out.
    """
    data = dict(creds.raw)
    oauth = dict(data.get("claudeAiOauth") or {})
    oauth["refreshToken"] = refresh_token
    oauth["expiresAt"] = int(now.timestamp() * 1000)
    data["claudeAiOauth"] = oauth
    return json.dumps(data)

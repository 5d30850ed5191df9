"""The values ``core`` hands out: frozen dataclasses, UTC-aware datetimes, percents 0–100.

``AccountUsage`` is the discriminated union ``OAuthUsage | AdminUsage`` (``account_type``
is ``"oauth"`` or ``"admin"``). Sequences are tuples and mappings are read-only by contract,
so a snapshot can be shared between the scheduler, the tray and the CLI without copying.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal, TypeAlias

from core.errors import (
    AuthenticationError,
    BlockedError,
    LoginExpiredError,
    NeedsSignInError,
    NetworkError,
    RateLimitedError,
    ScopeError,
)

__all__ = [
    "Account",
    "AccountRecord",
    "AccountStatus",
    "AccountType",
    "AccountUsage",
    "ActorUsage",
    "AdminUsage",
    "CredentialSource",
    "ExtraUsage",
    "Forecast",
    "Limit",
    "ModelUsage",
    "OAuthUsage",
    "PasteCheck",
    "ProductivityTotals",
    "ResetGrant",
    "SpendLimit",
    "SpendLimits",
    "ToolActions",
    "UsageWindow",
    "new_account_id",
    "status_for_error",
]

AccountType: TypeAlias = Literal["oauth", "admin"]


def new_account_id() -> str:
    """A fresh stable id for a saved account (random; never derived from a secret)."""
    return uuid.uuid4().hex


class CredentialSource(StrEnum):
    """Where an account's credentials come from, which decides who may refresh them."""

    CLAUDE_CODE = "claude_code"  # linked to Claude Code's login: read-only by default
    APP = "app"  # signed in by this app (or pasted): this app owns and refreshes the grant
    ADMIN_KEY = "admin_key"  # an Admin API key


class AccountStatus(StrEnum):
    """Why a snapshot looks the way it does; the tray turns it into the card's state line."""

    OK = "ok"
    RATE_LIMITED = "rate_limited"
    BLOCKED = "blocked"  # Cloudflare challenge in front of the API: not a login problem
    LOGIN_EXPIRED = "login_expired"  # linked Claude Code login expired: run `claude`
    NEEDS_SIGN_IN = "needs_sign_in"  # refresh grant dead: sign in again
    SCOPE_MISSING = "scope_missing"  # token cannot read usage (e.g. `claude setup-token`)
    AUTH_FAILED = "auth_failed"  # any other refusal (bad admin key, 401 after refresh)
    OFFLINE = "offline"  # network unreachable / timeout
    ERROR = "error"  # anything else (server error, malformed response, storage)


# Most specific first: LoginExpiredError etc. are AuthenticationErrors too.
_STATUS_BY_ERROR: tuple[tuple[type[BaseException], AccountStatus], ...] = (
    (RateLimitedError, AccountStatus.RATE_LIMITED),
    (BlockedError, AccountStatus.BLOCKED),
    (LoginExpiredError, AccountStatus.LOGIN_EXPIRED),
    (NeedsSignInError, AccountStatus.NEEDS_SIGN_IN),
    (ScopeError, AccountStatus.SCOPE_MISSING),
    (AuthenticationError, AccountStatus.AUTH_FAILED),
    (NetworkError, AccountStatus.OFFLINE),
)


def status_for_error(exc: BaseException) -> AccountStatus:
    """The status a card shows for a failed fetch (OAuth and admin alike)."""
    for kind, status in _STATUS_BY_ERROR:
        if isinstance(exc, kind):
            return status
    return AccountStatus.ERROR


@dataclass(frozen=True, slots=True, kw_only=True)
class UsageWindow:
    """One rate-limit window. ``resets_at`` None means the window has not started yet."""

    percent: float
    resets_at: datetime | None

    @property
    def started(self) -> bool:
        return self.resets_at is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class Limit:
    """One entry of the API's ``limits[]`` list (model-scoped weekly limits appear here)."""

    kind: str
    group: str | None
    percent: float
    severity: str | None
    resets_at: datetime | None
    is_active: bool
    model_id: str | None = None
    model_name: str | None = None
    surface: str | None = None  # ``scope.surface`` on some entries (kept, not interpreted)


@dataclass(frozen=True, slots=True, kw_only=True)
class ResetGrant:
    """Usage-limit resets the user may claim (the API's ``cedar_ember`` object, uncertain).

    ``available`` resets, each naming what it would reset (``targets``: "Weekly", "Weekly
    Opus" …); ``ineligible_reason`` when the server says why none can be claimed. ``raw`` is
    the object as sent, kept because its shape is not settled.
    """

    available: int
    targets: tuple[str, ...] = ()
    ineligible_reason: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtraUsage:
    """Pay-as-you-go credits. Money in major units (dollars); ``monthly_limit`` None = uncapped."""

    is_enabled: bool
    monthly_limit: float | None
    used_credits: float | None
    utilization: float | None
    currency: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Forecast:
    """What history says about one window: burn rate, when it runs out, pace."""

    window_key: str
    burn_rate_per_hour: float | None  # percentage points per hour; None when unknown
    runs_out_at: datetime | None  # None: won't run out before reset (or unknown)
    runs_out_before_reset: bool
    pace: float | None  # used share ÷ elapsed share of the window; >1 means ahead of pace


@dataclass(frozen=True, slots=True, kw_only=True)
class OAuthUsage:
    """Usage of a subscription (OAuth) account."""

    account_name: str
    email: str | None = None
    session: UsageWindow | None = None
    weekly: UsageWindow | None = None
    opus: UsageWindow | None = None
    sonnet: UsageWindow | None = None
    oauth_apps: UsageWindow | None = None
    cowork: UsageWindow | None = None
    iguana_necktie: UsageWindow | None = None
    windows: Mapping[str, UsageWindow] = field(default_factory=dict)
    model_weekly: Mapping[str, UsageWindow] = field(default_factory=dict)
    limits: tuple[Limit, ...] = ()
    extra_usage: ExtraUsage | None = None
    fetched_at: datetime | None = None
    stale: bool = False
    error: str | None = None
    status: AccountStatus = AccountStatus.OK
    retry_at: datetime | None = None
    plan: str | None = None
    account_id: str | None = None
    forecasts: Mapping[str, Forecast] = field(default_factory=dict)
    overage_included: bool | None = None  # ``seven_day_overage_included``, where sent
    reset_grant: ResetGrant | None = None
    # When the sign-in behind this account stops working (refresh tokens die ~28 days after
    # the sign-in that made them); ``sign_in_estimated`` when it is sign-in time + 28 days
    # rather than the credentials' own ``refreshTokenExpiresAt``.
    sign_in_expires_at: datetime | None = None
    sign_in_estimated: bool = False
    blocked_by: str | None = None  # with status BLOCKED: "cloudflare" or "proxy"
    account_type: Literal["oauth"] = "oauth"

    @property
    def has_data(self) -> bool:
        return self.fetched_at is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class ModelUsage:
    """Tokens and cost of one model over the period. Cost in cents."""

    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    cache_creation_tokens: int = 0
    cache_read_tokens: int = 0
    estimated_cost_cents: float = 0.0
    price_known: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorUsage:
    """Tokens and cost of one API key (``api_key``) or Claude Code user (``user``)."""

    actor_type: Literal["api_key", "user"]
    actor_name: str
    input_tokens: int = 0
    output_tokens: int = 0
    cache_creation_tokens: int = 0
    cache_read_tokens: int = 0
    estimated_cost_cents: float = 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class ToolActions:
    """Claude Code's edits offered through one tool, accepted or rejected by the user."""

    accepted: int = 0
    rejected: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class ProductivityTotals:
    """Claude Code's ``core_metrics`` and ``tool_actions`` summed over the period.

    ``actor_name`` is the user's email or the API key's name; the organisation's total has
    ``actor_name`` None.
    """

    actor_name: str | None = None
    sessions: int = 0
    lines_added: int = 0
    lines_removed: int = 0
    commits: int = 0
    pull_requests: int = 0
    tool_actions: Mapping[str, ToolActions] = field(default_factory=dict)
    estimated_cost_cents: float = 0.0

    @property
    def accepted(self) -> int:
        return sum(action.accepted for action in self.tool_actions.values())

    @property
    def rejected(self) -> int:
        return sum(action.rejected for action in self.tool_actions.values())


@dataclass(frozen=True, slots=True, kw_only=True)
class SpendLimit:
    """One member's effective spend limit and spend to date (money in cents).

    ``limit_cents`` None means no limit applies to this member.
    """

    member: str
    limit_cents: float | None
    spent_cents: float
    currency: str = "USD"

    @property
    def percent(self) -> float | None:
        if not self.limit_cents:
            return None
        return self.spent_cents / self.limit_cents * 100


@dataclass(frozen=True, slots=True, kw_only=True)
class SpendLimits:
    """``/v1/organizations/spend_limits/effective``: the organisation's and each member's.

    ``available`` False: the endpoint answered 403/404 (not available for this
    organisation); the other fields are then empty.
    """

    available: bool = True
    organization_limit_cents: float | None = None
    organization_spent_cents: float = 0.0
    currency: str = "USD"
    members: tuple[SpendLimit, ...] = ()

    @property
    def organization_percent(self) -> float | None:
        if not self.organization_limit_cents:
            return None
        return self.organization_spent_cents / self.organization_limit_cents * 100

    def members_above(self, percent: float) -> tuple[SpendLimit, ...]:
        """Members whose spend is at or above ``percent`` of their own limit."""
        return tuple(m for m in self.members if (m.percent or 0.0) >= percent)


@dataclass(frozen=True, slots=True, kw_only=True)
class AdminUsage:
    """An organisation's usage over a period, from the Admin API."""

    account_name: str
    period_start: datetime | None = None
    period_end: datetime | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    cache_creation_tokens: int = 0
    cache_read_tokens: int = 0
    web_search_requests: int = 0
    estimated_cost_cents: float = 0.0
    actual_cost_cents: float | None = None
    currency: str = "USD"
    model_breakdown: tuple[ModelUsage, ...] = ()
    actors: tuple[ActorUsage, ...] = ()
    unpriced_models: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # extras that failed without failing the usage (e.g. cost)
    # Claude Code productivity month to date: per user (by email / key name) and in total.
    productivity: tuple[ProductivityTotals, ...] = ()
    productivity_total: ProductivityTotals | None = None
    spend_limits: SpendLimits | None = None
    fetched_at: datetime | None = None
    stale: bool = False
    error: str | None = None
    status: AccountStatus = AccountStatus.OK
    retry_at: datetime | None = None
    blocked_by: str | None = None  # with status BLOCKED: "cloudflare" or "proxy"
    account_type: Literal["admin"] = "admin"

    @property
    def has_data(self) -> bool:
        return self.fetched_at is not None


AccountUsage: TypeAlias = OAuthUsage | AdminUsage


@dataclass(frozen=True, slots=True, kw_only=True)
class Account:
    """A saved account as listed to callers (no secrets)."""

    name: str
    account_type: AccountType
    is_active: bool
    saved_at: datetime
    email: str | None = None
    source: CredentialSource = CredentialSource.APP
    account_id: str | None = None
    plan: str | None = None
    id: str = ""  # this app's stable id of the saved account (see AccountRecord.id)
    config_dir: str | None = None  # linked accounts: Claude Code's folder (None: the default)


@dataclass(frozen=True, slots=True, kw_only=True)
class PasteCheck:
    """What pasted credentials are, found before saving them (``check_credentials``).

    Claude Code's refresh tokens are single use: an app-owned copy of Claude Code's own
    login signs Claude Code out the first time the app refreshes it. ``claude_code_login``:
    the very login Claude Code uses on this computer (same refresh or access token);
    ``claude_code_account``: the same account Claude Code is signed in to here (another
    login of it). ``verified``: the server answered a profile request with these
    credentials (False when their access token had already expired: checking would mean
    refreshing, which is what must not happen to Claude Code's login).
    """

    email: str | None
    account_id: str | None
    plan: str | None
    verified: bool
    claude_code_login: bool
    claude_code_account: bool

    @property
    def is_claude_codes(self) -> bool:
        return self.claude_code_login or self.claude_code_account


@dataclass(frozen=True, slots=True, kw_only=True)
class AccountRecord:
    """A saved account as the store keeps it. ``credentials`` never appears in a repr.

    ``credentials`` is Claude Code's credentials JSON for app-owned accounts, the
    ``{"adminApiKey": …}`` JSON for admin accounts, and None for accounts linked to Claude
    Code's login (those are re-read from their source on every fetch).

    ``id`` is this app's own stable id of the saved account (not Anthropic's
    ``account_id``): the name is only a label people may change, so everything kept per
    account beyond one call (token refresh, last good values) is keyed by ``id``. A rename
    or a re-save under the same name keeps it; a delete and a new save get a new one.
    """

    name: str
    account_type: AccountType
    source: CredentialSource
    saved_at: datetime
    credentials: str | None = field(default=None, repr=False)
    email: str | None = None
    account_id: str | None = None
    plan: str | None = None
    config_dir: str | None = None  # for linked accounts: Claude Code's folder when saved
    id: str = field(default_factory=new_account_id)
    # When this app's own browser sign-in made the credentials (app-owned logins only):
    # the refresh token dies about 28 days later, whatever refreshes happen.
    signed_in_at: datetime | None = None

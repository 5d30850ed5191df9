"""Which limit is holding an account back, as the server judges it.

``limits[]`` carries the server's own view: ``is_active`` (the limit in force) and
``severity`` (``"normal"``, ``"warning"`` …). The binding limit is the active entry with
the worst severity, then the highest percent — so a weekly Opus limit at 93 % binds over a
session at 40 %, and a server "warning" outranks a higher "normal". Without ``limits[]``
(older answers, snapshots from before), the fullest window binds: Anthropic refuses a
request as soon as any one limit is full.

Pure functions of an :class:`~core.models.OAuthUsage`; the tray, the CLI and the icon all
name the same limit through :func:`binding_limit`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from core.models import Limit, OAuthUsage, UsageWindow
from core.usage.parsing import limit_window_key

__all__ = [
    "SESSION_KEY",
    "BindingLimit",
    "binding_limit",
    "severity_by_key",
    "severity_rank",
    "worst_severity",
]

SESSION_KEY = "five_hour"
# Severities known to mean "all is well"; any other value (warning, critical, exceeded …)
# is at least a warning: a server inventing a new word is not saying things are fine.
_CALM = frozenset({"normal", "ok", "none", "info", "low"})
WARNING, SEVERE = 1, 2


def severity_rank(severity: str | None) -> int:
    """0 for calm or absent, 1 for ``warning``, 2 for anything worse or unknown."""
    if severity is None or severity.strip().lower() in _CALM:
        return 0
    return WARNING if severity.strip().lower() == "warning" else SEVERE


@dataclass(frozen=True, slots=True, kw_only=True)
class BindingLimit:
    """The limit that stops the account first.

    ``key`` is the window's key as ``usage --json`` lists it (``five_hour``, ``seven_day``,
    ``seven_day_opus``, ``model_weekly:Opus``); ``scope`` is "session", "weekly" or
    "weekly" with ``model`` set; ``severity`` is the server's word, when it sent one.
    """

    key: str
    scope: str
    model: str | None
    percent: float
    resets_at: datetime | None
    severity: str | None = None

    @property
    def is_session(self) -> bool:
        """A 5-hour session limit (the account's, or one surface's)."""
        return self.scope == "session"

    @property
    def severity_rank(self) -> int:
        return severity_rank(self.severity)


def binding_limit(usage: OAuthUsage) -> BindingLimit | None:
    """The binding limit of a snapshot, or None when it has no limits at all."""
    active = [limit for limit in usage.limits if limit.is_active]
    candidates = [_from_limit(usage, limit) for limit in active]
    if not candidates:
        candidates = _from_windows(usage)
    return max(candidates, key=lambda c: (c.severity_rank, c.percent), default=None)


def worst_severity(usage: OAuthUsage) -> int:
    """The worst :func:`severity_rank` among the active limits (0 when none says more)."""
    return max((severity_rank(lim.severity) for lim in usage.limits if lim.is_active), default=0)


def severity_by_key(usage: OAuthUsage) -> dict[str, int]:
    """The server's :func:`severity_rank` of each window, by the key ``usage --json`` uses
    (only windows an active ``limits[]`` entry speaks for)."""
    ranks: dict[str, int] = {}
    for limit in usage.limits:
        if limit.is_active:
            key = _from_limit(usage, limit).key
            ranks[key] = max(ranks.get(key, 0), severity_rank(limit.severity))
    return ranks


def _model_key(usage: OAuthUsage, name: str) -> str:
    """The key ``usage --json`` uses for a model's weekly window."""
    top_level = "seven_day_" + name.strip().lower().replace(" ", "_")
    return top_level if top_level in usage.windows else f"model_weekly:{name}"


def _from_limit(usage: OAuthUsage, limit: Limit) -> BindingLimit:
    """The entry, with the figures of the window it stands for (already the fresher)."""
    model = limit.model_name or limit.model_id
    key = limit_window_key(limit)
    window: UsageWindow | None = usage.windows.get(key) if key else None
    if model and limit.kind == "weekly_scoped":
        window = usage.model_weekly.get(model, window)
        key = _model_key(usage, model)
    shown = window or UsageWindow(percent=limit.percent, resets_at=limit.resets_at)
    return BindingLimit(
        key=key or limit.kind,
        scope="session" if limit.kind == "session" else (limit.group or "weekly"),
        model=model,
        percent=shown.percent,
        resets_at=shown.resets_at,
        severity=limit.severity,
    )


def _from_windows(usage: OAuthUsage) -> list[BindingLimit]:
    found = []
    if usage.session is not None:
        found.append(_plain(SESSION_KEY, "session", None, usage.session))
    if usage.weekly is not None:
        found.append(_plain("seven_day", "weekly", None, usage.weekly))
    for name, window in usage.model_weekly.items():
        found.append(_plain(_model_key(usage, name), "weekly", name, window))
    return found


def _plain(key: str, scope: str, model: str | None, window: UsageWindow) -> BindingLimit:
    return BindingLimit(
        key=key, scope=scope, model=model, percent=window.percent, resets_at=window.resets_at
    )

"""``claude-usage statusline``: one short line for Claude Code's ``statusLine`` setting.

Claude Code runs the command after every message with a JSON document on stdin
(``session_id``, ``model``, ``workspace`` … and, since 2.1.80, ``rate_limits.five_hour`` /
``seven_day`` with ``used_percentage`` and ``resets_at`` for the logged-in account). Every
part is optional here: a missing or malformed document is simply no figures.

The line is the account Claude Code is logged in as (``oauthAccount`` in ``.claude.json``,
matched to a saved snapshot by account uuid, then email), from the last good snapshot the
tray or ``claude-usage usage`` saved; Claude Code's own session and week figures replace
the snapshot's, being newer (they came with the answer just shown). The model-scoped
limits come from the snapshot only. Nothing here touches the network, the keyring or the
encrypted store. The limit holding the account back — the one ``limits[]`` marks active
with the worst severity, else the fullest — gets a ``!`` once it is at 50 % or more or the
server calls it a warning, and ``{binding}`` names it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any, NamedTuple

from core.cli.bar_formats import band, format_duration_short, printable
from core.credentials.login_file import LoginIdentity
from core.usage.snapshot_view import BINDING_NAMED_FROM, Gauge, SnapshotView, binding_gauge

__all__ = [
    "NO_DATA_LINE",
    "TEMPLATE_FIELDS",
    "StatusInput",
    "TemplateError",
    "choose_account",
    "parse_status_input",
    "status_line",
]

NO_DATA_LINE = "Claude Usage: no data yet — run the tray or `claude-usage usage`"
STDIN_ONLY_NAME = "Claude"

# --format's fields; percent fields are numbers without "%", empty when unknown.
TEMPLATE_FIELDS = {
    "name": "the account's name in this app (Claude when only Claude Code's figures are known)",
    "email": "the account's email",
    "session": "the 5-hour session's percent used",
    "session_reset": "time until the session resets (1h59m)",
    "week": "the weekly limit's percent used",
    "week_reset": "time until the weekly limit resets (3d4h)",
    "models": "the model-scoped weekly limits (Opus 93%)",
    "binding": "the binding limit's label (5h, wk or a model name)",
    "binding_percent": "the binding limit's percent used",
    "model": "the model Claude Code is using (its display name)",
    "line": "the default line",
}

_ANSI = {"ok": "\x1b[32m", "warning": "\x1b[33m", "high": "\x1b[38;5;208m", "critical": "\x1b[31m"}
_RESET = "\x1b[0m"
_MAX_INPUT = 1 << 20


class TemplateError(ValueError):
    """``--format`` names a field that does not exist, or is not a valid template."""


class StatusInput(NamedTuple):
    """The parts of Claude Code's status-line JSON this command uses."""

    session: Gauge | None = None
    week: Gauge | None = None
    model: str | None = None


def parse_status_input(text: str) -> StatusInput:
    """Claude Code's document; anything missing or malformed is left out, never raised."""
    try:
        document: Any = json.loads(text[:_MAX_INPUT]) if text.strip() else {}
    except (ValueError, RecursionError):
        return StatusInput()
    if not isinstance(document, dict):
        return StatusInput()
    limits = document.get("rate_limits")
    limits = limits if isinstance(limits, dict) else {}
    model = document.get("model")
    name = model.get("display_name") if isinstance(model, dict) else None
    return StatusInput(
        session=_stdin_gauge("5h", limits.get("five_hour")),
        week=_stdin_gauge("wk", limits.get("seven_day")),
        model=name if isinstance(name, str) and name else None,
    )


def _stdin_gauge(label: str, window: Any) -> Gauge | None:
    if not isinstance(window, dict):
        return None
    percent = window.get("used_percentage")
    if not isinstance(percent, int | float) or isinstance(percent, bool):
        return None
    if not 0 <= percent <= 1000:  # NaN and nonsense out; > 100 happens with overage
        return None
    return Gauge(label, float(percent), _reset_time(window.get("resets_at")))


def _reset_time(value: Any) -> datetime | None:
    """Unix seconds (what Claude Code sends), or an ISO 8601 time with a zone."""
    try:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return datetime.fromtimestamp(value, UTC)
        if isinstance(value, str):
            moment = datetime.fromisoformat(value)
            return moment if moment.tzinfo is not None else None
    except (ValueError, OverflowError, OSError):
        return None
    return None


def choose_account(
    views: list[SnapshotView], login: LoginIdentity | None
) -> tuple[SnapshotView | None, bool]:
    """The snapshot of Claude Code's login, and whether it is that login's (True) or only
    the most recently updated account's, shown when the login is unknown (False)."""
    if login is not None:
        for view in views:
            if login.account_uuid and view.account_uuid == login.account_uuid:
                return view, True
        for view in views:
            if login.email and view.email and view.email.casefold() == login.email.casefold():
                return view, True
    return most_recent(views), False


def most_recent(views: list[SnapshotView]) -> SnapshotView | None:
    """The account fetched last (a snapshot with no time counts as oldest)."""
    floor = datetime.min.replace(tzinfo=UTC)
    return max(views, key=lambda view: view.fetched_at or floor, default=None)


def _merged(view: SnapshotView | None, matched: bool, status: StatusInput) -> SnapshotView | None:
    """Claude Code's figures (newer) over the snapshot's, when both are the same login's;
    Claude Code's alone when its login has no snapshot."""
    has_stdin = status.session is not None or status.week is not None
    if not has_stdin:
        return view
    if view is not None and matched:
        return view._replace(session=status.session or view.session, week=status.week or view.week)
    return SnapshotView(STDIN_ONLY_NAME, None, None, None, status.session, status.week, ())


def status_line(
    views: list[SnapshotView],
    login: LoginIdentity | None,
    status: StatusInput,
    now: datetime,
    *,
    colour: bool = False,
    template: str | None = None,
) -> str:
    """The line to print (raises :class:`TemplateError` for a bad ``template``)."""
    view, matched = choose_account(views, login)
    shown = _merged(view, matched, status)
    if shown is None:
        return NO_DATA_LINE
    fields = _fields(shown, status, now, colour)
    if template is None:
        return fields["line"]
    try:
        return printable(template).format_map(fields)
    except KeyError as exc:
        known = ", ".join(TEMPLATE_FIELDS)
        raise TemplateError(f"unknown field {{{exc.args[0]}}} (fields: {known})") from None
    except (ValueError, IndexError, AttributeError) as exc:
        raise TemplateError(f"not a valid template: {exc}") from None


def _fields(view: SnapshotView, status: StatusInput, now: datetime, colour: bool) -> dict[str, str]:
    binding = binding_gauge(view.gauges, view.binding_label)
    warned = (
        binding is not None and binding.label == view.binding_label and bool(view.binding_severity)
    )

    def percent(gauge: Gauge | None) -> str:
        return _paint(f"{gauge.percent:.0f}", gauge.percent, colour) if gauge else ""

    def reset(gauge: Gauge | None) -> str:
        return format_duration_short(gauge.resets_at, now) if gauge else ""

    def shown(gauge: Gauge) -> str:
        mark = "!" if gauge is binding and (gauge.percent >= BINDING_NAMED_FROM or warned) else ""
        return _paint(f"{gauge.percent:.0f}%{mark}", gauge.percent, colour)

    parts = []
    if view.session is not None:
        session_reset = reset(view.session)
        parts.append(f"{shown(view.session)} 5h" + (f" ({session_reset})" if session_reset else ""))
    if view.week is not None:
        parts.append(f"{shown(view.week)} wk")
    models = " · ".join(f"{printable(g.label)} {shown(g)}" for g in view.models)
    name = printable(view.name)
    line = " · ".join([*parts, models] if models else parts)
    return {
        "name": name,
        "email": printable(view.email or ""),
        "session": percent(view.session),
        "session_reset": reset(view.session),
        "week": percent(view.week),
        "week_reset": reset(view.week),
        "models": models,
        "binding": printable(binding.label) if binding else "",
        "binding_percent": percent(binding),
        "model": printable(status.model or ""),
        "line": f"{name} {line}" if line else name,
    }


def _paint(text: str, percent: float, colour: bool) -> str:
    return f"{_ANSI[band(percent)]}{text}{_RESET}" if colour else text

"""A read-only view of the saved snapshots for the status line and the bars.

Claude Code runs its ``statusLine`` command after every message, so reading the last good
values must cost milliseconds: this module imports only ``json``, ``os`` and ``datetime``
(no dataclasses, no models, no logging — each costs a few milliseconds at start-up) and
builds small named tuples straight from the files :mod:`core.usage.snapshots` writes. The
file format lives here (:data:`SNAPSHOT_DIRNAME`, :data:`FORMAT_VERSION`) and that module
imports it, so the two cannot drift apart. Nothing here raises on a damaged file: it is
skipped, as :class:`core.usage.snapshots.SnapshotCache` skips it.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from typing import Any, NamedTuple

from core.base.strict_json import moment, number, opt_text, text

__all__ = [
    "BINDING_NAMED_FROM",
    "FORMAT_VERSION",
    "SNAPSHOT_DIRNAME",
    "Gauge",
    "SnapshotView",
    "binding_gauge",
    "read_snapshot_views",
    "view_from_dict",
]

SNAPSHOT_DIRNAME = "snapshots"
FORMAT_VERSION = 1
# The binding limit is named (status line "!", the CLI's Binding line) from the warning band
# up, or whenever the server warns.
BINDING_NAMED_FROM = 50.0
_MAX_FILE_BYTES = 1 << 20  # a snapshot is ~2 KB; a huge file there is not ours


class Gauge(NamedTuple):
    """One limit as a bar shows it: ``label`` (``5h``, ``wk``, a model name), percent used."""

    label: str
    percent: float
    resets_at: datetime | None


class SnapshotView(NamedTuple):
    """What the status line needs of one account's last good snapshot."""

    name: str
    email: str | None
    account_uuid: str | None
    fetched_at: datetime | None
    session: Gauge | None
    week: Gauge | None
    models: tuple[Gauge, ...]
    # The label of the limit the server marks as binding (``limits[]``' ``is_active`` and
    # ``severity``), and that severity's rank (0 calm, 1 warning, 2 worse); None: unknown.
    binding_label: str | None = None
    binding_severity: int = 0

    @property
    def gauges(self) -> tuple[Gauge, ...]:
        """Session, week, then the model-scoped weekly limits (the order a line shows)."""
        return tuple(g for g in (self.session, self.week, *self.models) if g is not None)


def binding_gauge(gauges: tuple[Gauge, ...], label: str | None = None) -> Gauge | None:
    """The limit that will stop you first: the one the server marked (``label``, from
    ``limits[]``), else the highest percent (the first on a tie) — Anthropic refuses
    requests when any one limit reaches 100 %."""
    marked = next((gauge for gauge in gauges if label and gauge.label == label), None)
    return marked or max(gauges, key=lambda gauge: gauge.percent, default=None)


def read_snapshot_views(folder: str | os.PathLike[str]) -> list[SnapshotView]:
    """Every readable snapshot in ``folder`` (none when it does not exist)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return []
    views = []
    for entry in entries:
        if not entry.name.endswith(".json"):
            continue
        view = _read(entry.path)
        if view is not None:
            views.append(view)
    return views


def _read(path: str) -> SnapshotView | None:
    try:
        with open(path, "rb") as file:
            raw = file.read(_MAX_FILE_BYTES + 1)
        if len(raw) > _MAX_FILE_BYTES:
            return None
        return view_from_dict(json.loads(raw))
    except (OSError, LookupError, TypeError, ValueError, OverflowError, RecursionError):
        return None


def view_from_dict(data: Any) -> SnapshotView:
    """The view of one snapshot document; raises ValueError (or KeyError…) on anything off."""
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
        raise ValueError("not a snapshot")
    windows = data["windows"]
    models = data["model_weekly"]
    if not isinstance(windows, dict) or not isinstance(models, dict):
        raise ValueError("windows are not objects")
    return SnapshotView(
        name=text(data["account_name"]),
        email=opt_text(data.get("email")),
        account_uuid=opt_text(data.get("account_id")),
        fetched_at=moment(data.get("fetched_at")),
        session=_gauge("5h", windows.get("five_hour")),
        week=_gauge("wk", windows.get("seven_day")),
        models=tuple(
            gauge
            for label, window in sorted(models.items())
            if (gauge := _gauge(text(label), window)) is not None
        ),
        **_binding(data.get("limits")),
    )


_CALM = ("normal", "ok", "none", "info", "low")  # as core.usage.binding ranks severities


def _rank(severity: Any) -> int:
    if not isinstance(severity, str) or severity.strip().lower() in _CALM:
        return 0
    return 1 if severity.strip().lower() == "warning" else 2


def _limit_label(entry: dict[str, Any]) -> str | None:
    if entry.get("model_name") or entry.get("model_id"):
        return text(entry.get("model_name") or entry.get("model_id"))
    if entry.get("surface") is not None:
        return None
    return {"session": "5h", "weekly": "wk", "weekly_all": "wk"}.get(entry.get("kind", ""))


def _binding(limits: Any) -> dict[str, Any]:
    """The active entry with the worst severity, then the highest percent (as
    :func:`core.usage.binding.binding_limit` picks it); nothing from a malformed list."""
    if not isinstance(limits, list):
        return {}
    best: tuple[int, float, str] | None = None
    for entry in limits:
        if not isinstance(entry, dict) or entry.get("is_active") is not True:
            continue
        label = _limit_label(entry)
        if label is None:
            continue
        key = (_rank(entry.get("severity")), number(entry["percent"]), label)
        if best is None or key[:2] > best[:2]:
            best = key
    return {} if best is None else {"binding_label": best[2], "binding_severity": best[0]}


def _gauge(label: str, window: Any) -> Gauge | None:
    if window is None:
        return None
    if not isinstance(window, dict):
        raise ValueError("a window is not an object")
    return Gauge(label, number(window["percent"]), moment(window.get("resets_at")))

"""Each account's last good usage snapshot on disk, so a restart still has something to show.

Without it, a CLI run during a 429 cooldown (which survives restarts) could only say "rate
limited". One small JSON file per account under ``AppPaths.snapshots``, named by a hash
of the account's stable id (:attr:`core.models.AccountRecord.id`), so a rename — by this
process or another — keeps it; replaced atomically. Files written before ids existed are
named by a hash of the account name: they are still read (once, for that name) and
moved to the id's name when the account is renamed or fetched again. It holds
percentages, reset times, money and the email — no token. Nothing here raises: a missing,
unreadable or outdated file is simply no snapshot.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from core.base.atomic import write_atomic
from core.base.paths import ensure_private_dir
from core.base.strict_json import (
    mapping,
    moment,
    number,
    opt_bool,
    opt_number,
    opt_text,
    text,
)
from core.models import ExtraUsage, Limit, OAuthUsage, UsageWindow
from core.usage.parsing import parse_reset_grant, usage_with_windows
from core.usage.snapshot_view import FORMAT_VERSION, SNAPSHOT_DIRNAME

__all__ = ["SNAPSHOT_DIRNAME", "SnapshotCache", "usage_from_dict", "usage_to_dict"]

log = logging.getLogger(__name__)


def _time(when: datetime | None) -> str | None:
    return when.isoformat() if when is not None else None


def _window_dict(window: UsageWindow | None) -> dict[str, Any] | None:
    if window is None:
        return None
    return {"percent": window.percent, "resets_at": _time(window.resets_at)}


def _window(value: Any) -> UsageWindow | None:
    if value is None:
        return None
    data = mapping(value)
    return UsageWindow(percent=number(data["percent"]), resets_at=moment(data["resets_at"]))


def _windows(value: Any) -> dict[str, UsageWindow]:
    windows = {text(key): _window(item) for key, item in mapping(value).items()}
    return {key: window for key, window in windows.items() if window is not None}


def _flat_dict(value: Any) -> dict[str, Any]:
    """A flat dataclass's fields as a dict: :func:`dataclasses.asdict` deep-copies every
    value, which made a snapshot's conversion most of the cost of saving it (issue 17)."""
    return {field.name: getattr(value, field.name) for field in dataclasses.fields(value)}


def _limit_dict(limit: Limit) -> dict[str, Any]:
    return {**_flat_dict(limit), "resets_at": _time(limit.resets_at)}


def _limit(value: Any) -> Limit:
    data = mapping(value)
    if not isinstance(data.get("is_active"), bool):
        raise ValueError("is_active is not a boolean")
    return Limit(
        kind=text(data["kind"]),
        group=opt_text(data.get("group")),
        percent=number(data["percent"]),
        severity=opt_text(data.get("severity")),
        resets_at=moment(data.get("resets_at")),
        is_active=data["is_active"],
        model_id=opt_text(data.get("model_id")),
        model_name=opt_text(data.get("model_name")),
        surface=opt_text(data.get("surface")),
    )


def _limits(value: Any) -> tuple[Limit, ...]:
    if not isinstance(value, list):
        raise ValueError("limits is not a list")
    return tuple(_limit(item) for item in value)


def _extra(value: Any) -> ExtraUsage | None:
    if value is None:
        return None
    data = mapping(value)
    if not isinstance(data.get("is_enabled"), bool):
        raise ValueError("is_enabled is not a boolean")
    return ExtraUsage(
        is_enabled=data["is_enabled"],
        monthly_limit=opt_number(data.get("monthly_limit")),
        used_credits=opt_number(data.get("used_credits")),
        utilization=opt_number(data.get("utilization")),
        currency=opt_text(data.get("currency")),
    )


def usage_to_dict(usage: OAuthUsage) -> dict[str, Any]:
    """The data of a snapshot as JSON-ready values (status, error and forecasts left out)."""
    extra = usage.extra_usage
    return {
        "version": FORMAT_VERSION,
        "account_name": usage.account_name,
        "email": usage.email,
        "plan": usage.plan,
        "account_id": usage.account_id,
        "fetched_at": _time(usage.fetched_at),
        "windows": {key: _window_dict(w) for key, w in usage.windows.items()},
        "model_weekly": {key: _window_dict(w) for key, w in usage.model_weekly.items()},
        "limits": [_limit_dict(limit) for limit in usage.limits],
        "extra_usage": _flat_dict(extra) if extra is not None else None,
        "overage_included": usage.overage_included,
        "cedar_ember": dict(usage.reset_grant.raw) if usage.reset_grant is not None else None,
    }


def usage_from_dict(value: Any) -> OAuthUsage:
    """Inverse of :func:`usage_to_dict`; raises ValueError (or KeyError…) on anything off."""
    data = mapping(value)
    if data.get("version") != FORMAT_VERSION:
        raise ValueError("unknown snapshot format")
    return usage_with_windows(  # session, weekly …: derived from windows, as when fetched
        _windows(data["windows"]),
        account_name=text(data["account_name"]),
        email=opt_text(data["email"]),
        plan=opt_text(data["plan"]),
        account_id=opt_text(data["account_id"]),
        fetched_at=moment(data["fetched_at"]),
        model_weekly=_windows(data["model_weekly"]),
        limits=_limits(data["limits"]),
        extra_usage=_extra(data["extra_usage"]),
        overage_included=opt_bool(data.get("overage_included")),
        reset_grant=parse_reset_grant(data.get("cedar_ember")),
    )


class SnapshotCache:
    """Last good snapshot per account id; every method is best effort."""

    def __init__(self, folder: Path, *, private_root: Path | None = None) -> None:
        self.folder = Path(folder)
        self._private_root = private_root  # see core.base.paths.ensure_private_dir

    def _path(self, label: str, kind: str) -> Path:
        digest = hashlib.sha256(f"{kind}{label}".encode()).hexdigest()[:32]
        return self.folder / f"{digest}.json"

    def _id_path(self, key: str) -> Path:
        return self._path(key, "id:")

    def _name_path(self, name: str) -> Path:
        """Where a snapshot was kept before ids existed (hash of the bare name)."""
        return self._path(name, "")

    def save(self, key: str, usage: OAuthUsage) -> None:
        """Atomically replace account ``key``'s snapshot (a failure is only logged)."""
        self.save_many([(key, usage)])

    def save_many(self, snapshots: Sequence[tuple[str, OAuthUsage]]) -> None:
        """Atomically replace each ``(key, usage)``'s snapshot; a failure is only logged.

        A refresh saves every account at once: the folder is made private once for all of
        them, and a snapshot kept under a bare name (before ids) is looked for in one
        listing rather than removed blindly per account, so each account pays only for
        writing its own file (issue 17)."""
        try:
            ensure_private_dir(self.folder, owned_root=self._private_root)
            present = set(os.listdir(self.folder))
        except OSError as exc:
            log.warning("Could not save the last usage snapshot: %s", exc)
            return
        for key, usage in snapshots:
            try:
                payload = json.dumps({**usage_to_dict(usage), "key": key}).encode("utf-8")
                write_atomic(self._id_path(key), payload, durable=False)  # a cache
            except (OSError, TypeError, ValueError) as exc:
                log.warning("Could not save the last usage snapshot: %s", exc)
                continue
            legacy = self._name_path(usage.account_name)
            if legacy.name in present:
                self._remove(legacy)

    def forget(self, key: str, name: str | None = None) -> None:
        """Remove a deleted account's snapshot (and the one kept under ``name`` before ids)."""
        self._remove(self._id_path(key))
        if name is not None:
            self._remove(self._name_path(name))

    def adopt(self, key: str, name: str) -> None:
        """Move a snapshot kept under ``name`` (before ids) to ``key``: called before a
        rename, which would otherwise strand it under the old name."""
        if self._read(self._id_path(key), key=key) is not None:
            return
        usage = self._read(self._name_path(name), name=name)
        if usage is not None:
            self.save(key, usage)

    def relabel(self, key: str, name: str) -> None:
        """Write account ``key``'s snapshot under its new ``name``: the status line and the
        bars read names from the snapshots (they never open the store), so a rename shows
        there at once, not only after the next fetch."""
        usage = self._read(self._id_path(key), key=key)
        if usage is not None and usage.account_name != name:
            self.save(key, dataclasses.replace(usage, account_name=name))

    def load(self, key: str, name: str | None = None) -> OAuthUsage | None:
        """Account ``key``'s saved snapshot; else one kept under its ``name`` before ids."""
        usage = self._read(self._id_path(key), key=key)
        if usage is None and name is not None:
            usage = self._read(self._name_path(name), name=name)
        return usage

    def _read(
        self, path: Path, *, name: str | None = None, key: str | None = None
    ) -> OAuthUsage | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            usage = usage_from_dict(data)
        except FileNotFoundError:
            return None
        except (OSError, LookupError, TypeError, ValueError, OverflowError, RecursionError) as exc:
            log.info("Ignoring an unreadable usage snapshot: %s", exc)
            return None
        if key is not None and data.get("key") != key:
            return None
        return usage if name is None or usage.account_name == name else None

    def _remove(self, path: Path) -> None:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("Could not remove a usage snapshot: %s", exc)

"""Each account's last good usage snapshot on disk, so a restart still has something to show.

Without it, a CLI run during a 429 cooldown (which survives restarts) could only say "rate
limited". One small JSON file per account under ``data_home()/snapshots/``, named by a hash
of the account name (any characters are allowed in names), replaced atomically. It holds
percentages, reset times, money and the email — no token. Nothing here raises: a missing,
unreadable or outdated file is simply no snapshot.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import secrets
from datetime import datetime
from pathlib import Path
from typing import Any

from .models import ExtraUsage, Limit, OAuthUsage, UsageWindow
from .paths import data_home, ensure_private_dir

__all__ = ["SNAPSHOT_DIRNAME", "SnapshotCache", "usage_from_dict", "usage_to_dict"]

log = logging.getLogger(__name__)

SNAPSHOT_DIRNAME = "snapshots"
FORMAT_VERSION = 1
_NAMED = ("session", "weekly", "opus", "sonnet", "oauth_apps", "cowork", "iguana_necktie")


def _time(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _moment(text: Any) -> datetime | None:
    return datetime.fromisoformat(text) if text is not None else None


def _window_dict(window: UsageWindow | None) -> dict[str, Any] | None:
    if window is None:
        return None
    return {"percent": window.percent, "resets_at": _time(window.resets_at)}


def _window(data: Any) -> UsageWindow | None:
    if data is None:
        return None
    return UsageWindow(percent=float(data["percent"]), resets_at=_moment(data["resets_at"]))


def _limit_dict(limit: Limit) -> dict[str, Any]:
    return {**dataclasses.asdict(limit), "resets_at": _time(limit.resets_at)}


def _limit(data: dict[str, Any]) -> Limit:
    return Limit(**{**data, "resets_at": _moment(data.get("resets_at"))})


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
        "named": {name: _window_dict(getattr(usage, name)) for name in _NAMED},
        "windows": {key: _window_dict(w) for key, w in usage.windows.items()},
        "model_weekly": {key: _window_dict(w) for key, w in usage.model_weekly.items()},
        "limits": [_limit_dict(limit) for limit in usage.limits],
        "extra_usage": dataclasses.asdict(extra) if extra is not None else None,
    }


def usage_from_dict(data: dict[str, Any]) -> OAuthUsage:
    """Inverse of :func:`usage_to_dict`; raises KeyError/TypeError/ValueError on bad data."""
    if data.get("version") != FORMAT_VERSION:
        raise ValueError("unknown snapshot format")
    extra = data["extra_usage"]
    named = data["named"]
    return OAuthUsage(
        account_name=str(data["account_name"]),
        email=data["email"],
        plan=data["plan"],
        account_id=data["account_id"],
        fetched_at=_moment(data["fetched_at"]),
        windows={key: w for key, v in data["windows"].items() if (w := _window(v))},
        model_weekly={key: w for key, v in data["model_weekly"].items() if (w := _window(v))},
        limits=tuple(_limit(item) for item in data["limits"]),
        extra_usage=ExtraUsage(**extra) if extra is not None else None,
        session=_window(named.get("session")),
        weekly=_window(named.get("weekly")),
        opus=_window(named.get("opus")),
        sonnet=_window(named.get("sonnet")),
        oauth_apps=_window(named.get("oauth_apps")),
        cowork=_window(named.get("cowork")),
        iguana_necktie=_window(named.get("iguana_necktie")),
    )


class SnapshotCache:
    """Last good snapshot per account name; every method is best effort."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else data_home() / SNAPSHOT_DIRNAME

    def _path(self, name: str) -> Path:
        digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:32]
        return self.folder / f"{digest}.json"

    def save(self, usage: OAuthUsage) -> None:
        """Atomically replace the account's snapshot (a failure is only logged)."""
        path = self._path(usage.account_name)
        temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            ensure_private_dir(self.folder)
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(usage_to_dict(usage), handle)
            os.replace(temporary, path)
        except (OSError, TypeError, ValueError) as exc:
            log.warning("Could not save the last usage snapshot: %s", exc)

    def load(self, name: str) -> OAuthUsage | None:
        """The saved snapshot of account ``name``, or None."""
        try:
            data = json.loads(self._path(name).read_text(encoding="utf-8"))
            usage = usage_from_dict(data)
        except FileNotFoundError:
            return None
        except (OSError, KeyError, TypeError, ValueError, AttributeError) as exc:
            log.info("Ignoring an unreadable usage snapshot: %s", exc)
            return None
        return usage if usage.account_name == name else None

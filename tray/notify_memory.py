"""The notification memory on disk, so a restart does not repeat a notice of the same period.

:class:`~tray.notify_rules.NotificationRules` stays pure; this adapter turns its
:class:`~tray.notify_rules.RulesMemory` into a small JSON file in the data folder
and back. The file is rewritten atomically and only when its content changes. A missing,
unreadable or malformed file means "nothing remembered": at worst a notice repeats once,
which is better than the tray failing to start. Periods that are over are pruned by the
engine when the memory is restored.

Format (version 1)::

    {"version": 1,
     "windows": [{"account": str, "window": str, "resets_at": ISO,
                  "fired": [number, ...], "peak": number}, ...],
     "attention": {ACCOUNT: STATUS, ...}}
"""

from __future__ import annotations

import json
import logging
import math
from datetime import datetime
from typing import Any

from core import AccountStatus, AppPaths, write_atomic

from .notify_rules import RulesMemory, WindowMemory

__all__ = ["NOTIFY_MEMORY_FILENAME", "NotifyMemoryFile", "decode", "encode"]

log = logging.getLogger(__name__)

NOTIFY_MEMORY_FILENAME = "notifications.json"
FORMAT_VERSION = 1


def encode(memory: RulesMemory) -> bytes:
    """The file's content: stable (sorted) so an unchanged memory gives the same bytes."""
    windows = [
        {
            "account": account,
            "window": key,
            "resets_at": window.resets_at.isoformat(),
            "fired": sorted(window.fired),
            "peak": window.peak,
        }
        for (account, key), window in sorted(memory.windows.items())
        if window.resets_at is not None  # a period without an end cannot be resumed
    ]
    attention = {name: str(status) for name, status in sorted(memory.attention.items())}
    document = {"version": FORMAT_VERSION, "windows": windows, "attention": attention}
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


_STATUSES = frozenset(str(status) for status in AccountStatus)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"not a number: {value!r}")
    return float(value)


def _window(entry: Any) -> tuple[tuple[str, str], WindowMemory]:
    account, key = entry["account"], entry["window"]
    if not isinstance(account, str) or not isinstance(key, str):
        raise ValueError("account and window must be text")
    resets_at = datetime.fromisoformat(entry["resets_at"])
    if resets_at.tzinfo is None:
        raise ValueError("resets_at has no time zone")
    fired = {_number(value) for value in entry["fired"]}
    return (account, key), WindowMemory(resets_at, fired, _number(entry["peak"]))


def decode(data: bytes) -> RulesMemory:
    """The memory in ``data``; entries that do not parse are skipped, a wrong whole is empty."""
    document = json.loads(data)
    if not isinstance(document, dict) or document.get("version") != FORMAT_VERSION:
        raise ValueError("not a version 1 notification memory")
    windows: dict[tuple[str, str], WindowMemory] = {}
    for entry in _list(document.get("windows")):
        try:
            key, window = _window(entry)
        except (KeyError, TypeError, ValueError) as exc:
            log.debug("skipping a notification memory entry: %s", exc)
            continue
        windows[key] = window
    raw_attention = document.get("attention")
    attention = {
        name: AccountStatus(status)
        for name, status in (raw_attention if isinstance(raw_attention, dict) else {}).items()
        if isinstance(status, str) and status in _STATUSES
    }
    return RulesMemory(windows, attention)


class NotifyMemoryFile:
    """Load and save the notification memory in the data folder of ``paths``."""

    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        self.path = paths.home / NOTIFY_MEMORY_FILENAME
        self._saved: bytes | None = None

    def load(self) -> RulesMemory:
        """The remembered state; empty when there is none or it cannot be read."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return RulesMemory()
        except OSError as exc:
            log.warning("cannot read %s: %s", self.path.name, exc)
            return RulesMemory()
        try:
            memory = decode(data)
        except (ValueError, UnicodeDecodeError) as exc:
            log.warning("ignoring unreadable %s: %s", self.path.name, exc)
            return RulesMemory()
        self._saved = data
        return memory

    def save(self, memory: RulesMemory) -> None:
        """Write ``memory`` if it changed; a failed write is logged, never raised."""
        data = encode(memory)
        if data == self._saved:
            return
        try:
            self.paths.private_dir(self.path.parent)
            write_atomic(self.path, data)
        except OSError as exc:
            log.warning("cannot save %s: %s", self.path.name, exc)
            return
        self._saved = data

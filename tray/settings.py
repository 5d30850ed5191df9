"""The tray's preferences: one typed registry over ``QSettings``.

Every option is declared once in :class:`TraySettings` (name, type, default); ``SettingsStore``
reads and writes them with tolerant coercion because ``QSettings`` hands back strings from
INI files. Secrets never go here — accounts live in ``core``'s encrypted store.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QSettings

from core import DEFAULT_FEED_PORT, LANGUAGES, MAX_REFRESH_MINUTES, MIN_REFRESH_MINUTES

from .notify_rules import RulesConfig
from .theme import Appearance
from .viewmodel import ViewOptions

__all__ = [
    "MAX_FEED_PORT",
    "MAX_REFRESH_MINUTES",
    "MIN_FEED_PORT",
    "MIN_REFRESH_MINUTES",
    "Appearance",
    "IconStyle",
    "Language",
    "Port",
    "SettingsStore",
    "TraySettings",
    "WriteBackPolicy",
    "parse_thresholds",
]


Port = int  # a TCP port of the local feed: its own coercion (1024–65535)
Language = str  # "" (the system's), "en" or one of core's LANGUAGES: its own coercion
MIN_FEED_PORT = 1024  # below: privileged on most systems
MAX_FEED_PORT = 65535


class WriteBackPolicy(StrEnum):
    """What to do with Claude Code's login for linked accounts when its token expires."""

    READ_ONLY = "read_only"  # default: never refresh it; ask the user to run `claude`
    WRITE_BACK = "write_back"  # refresh it and write the rotated pair back atomically


class IconStyle(StrEnum):
    """How the tray icon shows usage."""

    NUMBER = "number"  # the worst session percent in a badge of its band colour
    BARS = "bars"  # two bars: the worst session and the worst week
    RING = "ring"  # a ring filled to the worst session, in its band colour


@dataclass(frozen=True, kw_only=True)
class TraySettings:
    """All preferences with their defaults. Field names are the keys in ``QSettings``."""

    refresh_minutes: int = 5
    session_thresholds: tuple[int, ...] = (80, 95)
    weekly_thresholds: tuple[int, ...] = (80, 95)
    notify_thresholds: bool = True
    notify_reset: bool = True
    notify_attention: bool = True
    show_session: bool = True
    show_weekly: bool = True
    show_models: bool = True
    show_extra: bool = True
    show_chart: bool = True
    # The icon's colour follows any binding limit (weekly, a model's), not only the session.
    colour_follows_binding: bool = False
    launch_at_login: bool = False
    write_back: WriteBackPolicy = WriteBackPolicy.READ_ONLY
    # The local read-only usage feed (core.feed): off unless the user turns it on.
    local_feed: bool = False
    local_feed_port: Port = DEFAULT_FEED_PORT
    # Accounts of claude-usage-core the user chose not to import: offered again only when
    # that store holds an account not in this list.
    legacy_import_dismissed: tuple[str, ...] = ()
    icon_style: IconStyle = IconStyle.NUMBER
    appearance: Appearance = Appearance.SYSTEM
    # The popup's order: sorted (attention, then fullest) unless the user keeps their own.
    keep_order: bool = False
    account_order: tuple[str, ...] = ()
    # A key combination that opens the popup from anywhere ("" = none), where the desktop
    # lets an application listen for one (see tray.shortcut).
    global_shortcut: str = ""
    # The language of the tray's words ("" follows the system); applied at the next start.
    language: Language = ""

    def popup_order(self) -> tuple[str, ...] | None:
        """The order the popup keeps (None: sorted by attention and usage)."""
        return self.account_order if self.keep_order else None

    def view_options(self) -> ViewOptions:
        return ViewOptions(
            show_session=self.show_session,
            show_weekly=self.show_weekly,
            show_models=self.show_models,
            show_extra=self.show_extra,
            show_chart=self.show_chart,
            follow_binding=self.colour_follows_binding,
        )

    def rules_config(self) -> RulesConfig:
        return RulesConfig(
            thresholds={
                "session": tuple(float(t) for t in self.session_thresholds),
                "weekly": tuple(float(t) for t in self.weekly_thresholds),
            },
            thresholds_enabled=self.notify_thresholds,
            reset_notice=self.notify_reset,
            attention_notice=self.notify_attention,
        )


def _to_bool(value: Any, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "1", "yes", "on"):
        return True
    if isinstance(value, str) and value.lower() in ("false", "0", "no", "off"):
        return False
    if isinstance(value, int):
        return bool(value)
    return default


def _to_int(value: Any, default: int) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    return min(max(number, MIN_REFRESH_MINUTES), MAX_REFRESH_MINUTES)


def _to_port(value: Any, default: int) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    return number if MIN_FEED_PORT <= number <= MAX_FEED_PORT else default


def parse_thresholds(value: Any) -> tuple[int, ...] | None:
    """``"80, 95"`` / ``[80, 95]`` → ``(80, 95)``: sorted, unique, each 1–100; None if invalid."""
    items = value.replace(";", ",").split(",") if isinstance(value, str) else value
    try:
        numbers = sorted({int(str(item).strip()) for item in items if str(item).strip()})
    except (TypeError, ValueError):
        return None
    if not all(1 <= n <= 100 for n in numbers):
        return None
    return tuple(numbers)


def _to_thresholds(value: Any, default: tuple[int, ...]) -> tuple[int, ...]:
    parsed = parse_thresholds(value) if value is not None else None
    return default if parsed is None else parsed


def _to_names(value: Any, default: tuple[str, ...]) -> tuple[str, ...]:
    """Names are kept as a JSON list (they may contain commas, which INI files split on)."""
    if value == "" or value == []:
        return ()
    try:
        names = json.loads(value) if isinstance(value, str) else None
    except ValueError:
        return default
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        return default
    return tuple(names)


def _to_language(value: Any, default: str) -> str:
    """A language the app has a catalogue for; anything else (a hand-edited file, a language
    dropped by an update) falls back to following the system."""
    text = str(value).strip()
    return text if text in ("", "en", *LANGUAGES) else default


def _to_enum(value: Any, default: StrEnum) -> StrEnum:
    """The stored text as ``default``'s enum; ``default`` when it names no member."""
    try:
        return type(default)(str(value))
    except ValueError:
        return default


def _to_text(value: Any, default: str) -> str:
    return value.strip() if isinstance(value, str) else default


_COERCE: dict[str, Callable[[Any, Any], Any]] = {
    "bool": _to_bool,
    "int": _to_int,
    "Port": _to_port,
    "Language": _to_language,
    "tuple[int, ...]": _to_thresholds,
    "tuple[str, ...]": _to_names,
    "WriteBackPolicy": _to_enum,
    "IconStyle": _to_enum,
    "Appearance": _to_enum,
    "str": _to_text,
}


def _encode(value: Any) -> Any:
    if isinstance(value, tuple) and any(isinstance(item, str) for item in value):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, tuple):
        return ",".join(str(v) for v in value)
    if isinstance(value, StrEnum):
        return value.value
    return value


class SettingsStore:
    """Loads and saves :class:`TraySettings` through a ``QSettings`` it is given."""

    GROUP = "preferences"

    def __init__(self, qsettings: QSettings) -> None:
        self._qsettings = qsettings

    def load(self) -> TraySettings:
        defaults = TraySettings()
        values: dict[str, Any] = {}
        self._qsettings.beginGroup(self.GROUP)
        try:
            for option in dataclasses.fields(TraySettings):
                default = getattr(defaults, option.name)
                raw = self._qsettings.value(option.name, None)
                coerce = _COERCE[str(option.type)]
                values[option.name] = default if raw is None else coerce(raw, default)
        finally:
            self._qsettings.endGroup()
        return TraySettings(**values)

    def save(self, settings: TraySettings) -> None:
        self._qsettings.beginGroup(self.GROUP)
        try:
            for option in dataclasses.fields(TraySettings):
                self._qsettings.setValue(option.name, _encode(getattr(settings, option.name)))
        finally:
            self._qsettings.endGroup()
        self._qsettings.sync()

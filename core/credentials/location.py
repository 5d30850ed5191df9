"""Where Claude Code keeps things, computed the way Claude Code computes them.

Claude Code names its macOS Keychain item ``Claude Code-credentials``, plus
``-<first 8 hex of sha256(CLAUDE_CONFIG_DIR)>`` whenever ``CLAUDE_CONFIG_DIR`` is set
(``getMacOsKeychainStorageServiceName`` in its ``macOsKeychainHelpers``). The hash input
is the variable's raw text, NFC-normalised, not a canonical path: ``/a/b`` and ``/a/b/``
are different items. So this module keeps that raw text (``custom_dir_text``) alongside
the folder itself.
"""

from __future__ import annotations

import getpass
import hashlib
import sys
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from core.credentials.login_file import CREDENTIALS_FILE_NAME, global_config_file
from core.errors import InvalidInputError

__all__ = [
    "PLATFORMS",
    "SERVICE_NAME",
    "ClaudeCodeEnv",
    "ClaudeLocation",
    "claude_user_name",
    "display_path",
    "file_comes_first",
    "keychain_service_name",
    "linked_folder",
    "locate",
    "resolve_platform",
]

SERVICE_NAME = "Claude Code-credentials"
PLATFORMS = ("macos", "linux", "windows", "none")
_FALLBACK_USER = "claude-code-user"  # Claude Code's own fallback when no user name is known


@dataclass(frozen=True, slots=True)
class ClaudeCodeEnv:
    """The variables Claude Code itself reads to find its login, as it would see them.

    ``config_dir_text`` is ``$CLAUDE_CONFIG_DIR`` exactly as written (its raw text names
    the Keychain item); ``user`` is ``$USER`` (the Keychain account); ``user_profile`` is
    ``%USERPROFILE%`` (Node's home folder on Windows). :class:`core.config.AppConfig` reads
    them at the program's edge and passes them down.
    """

    config_dir_text: str | None = None
    user: str | None = None
    user_profile: str | None = None

    @classmethod
    def from_mapping(cls, environ: Mapping[str, str]) -> ClaudeCodeEnv:
        return cls(
            config_dir_text=environ.get("CLAUDE_CONFIG_DIR") or None,
            user=environ.get("USER") or None,
            user_profile=environ.get("USERPROFILE") or None,
        )

    @property
    def config_dir(self) -> Path:
        """Claude Code's folder: ``$CLAUDE_CONFIG_DIR`` or ``~/.claude``."""
        if self.config_dir_text:
            return Path(self.config_dir_text).expanduser()
        return Path.home() / ".claude"


def linked_folder(config_dir: str | None, env: ClaudeCodeEnv) -> Path:
    """The Claude Code folder a linked account reads: the one it was saved from (its text
    as saved, ``~`` included), else Claude Code's current one."""
    return Path(config_dir).expanduser() if config_dir else env.config_dir


def resolve_platform(platform: str) -> str:
    """``auto`` becomes the running OS; anything else must be one of :data:`PLATFORMS`."""
    if platform == "auto":
        if sys.platform == "darwin":
            return "macos"
        if sys.platform in ("win32", "cygwin"):
            return "windows"
        return "linux"
    if platform in PLATFORMS:
        return platform
    raise InvalidInputError(
        f"Unknown platform {platform!r}: expected auto, macos, linux, windows or none"
    )


def file_comes_first(platform: str) -> bool:
    """Whether a linked login is read from Claude Code's ``.credentials.json`` before the
    OS's secret store (Linux, Windows); on macOS the Keychain comes first. ``platform`` as
    :func:`resolve_platform` gives it."""
    return platform in ("linux", "windows")


def keychain_service_name(custom_dir_text: str | None) -> str:
    """The Keychain service for a config dir (``None`` = the default ``~/.claude``)."""
    if custom_dir_text is None:
        return SERVICE_NAME
    normalised = unicodedata.normalize("NFC", custom_dir_text).encode("utf-8")
    return f"{SERVICE_NAME}-{hashlib.sha256(normalised).hexdigest()[:8]}"


def claude_user_name(env: ClaudeCodeEnv) -> str:
    """The Keychain account Claude Code uses: ``$USER``, else the login name."""
    user = env.user
    if user:
        return user
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return _FALLBACK_USER


def user_home(platform: str, env: ClaudeCodeEnv) -> Path:
    """The home folder Claude Code sees (Node's ``homedir()``: %USERPROFILE% on Windows)."""
    if platform == "windows":
        profile = env.user_profile
        if profile:
            return Path(profile)
    return Path.home()


def display_path(path: Path, home: Path) -> str:
    """``path`` for messages, with the home folder shown as ``~``."""
    try:
        relative = path.relative_to(home)
    except ValueError:
        return str(path)
    return "~/" + relative.as_posix()


@dataclass(frozen=True, slots=True)
class ClaudeLocation:
    """One Claude Code installation: its folder, the user's home, and how it was chosen.

    ``custom_dir_text`` is what ``CLAUDE_CONFIG_DIR`` held for that Claude Code, or
    ``None`` when it runs with the default folder; it decides the Keychain name and
    where ``.claude.json`` lives.
    """

    config_dir: Path
    home: Path
    custom_dir_text: str | None

    @property
    def credentials_file(self) -> Path:
        return self.config_dir / CREDENTIALS_FILE_NAME

    @property
    def keychain_service(self) -> str:
        return keychain_service_name(self.custom_dir_text)

    def global_config_file(self) -> Path:
        """``.claude.json``: ``$CLAUDE_CONFIG_DIR/.claude.json`` or ``~/.claude.json``.

        A legacy ``<config dir>/.config.json`` wins when it exists, as in Claude Code.
        """
        return global_config_file(
            self.config_dir, self.home, custom=self.custom_dir_text is not None
        )


def locate(platform: str, config_dir: Path | None, env: ClaudeCodeEnv) -> ClaudeLocation:
    """Claude Code's folder for ``platform``: ``config_dir``, ``$CLAUDE_CONFIG_DIR`` or default.

    An explicit ``config_dir`` counts as a custom ``CLAUDE_CONFIG_DIR`` unless it is the
    default folder; when it names the same folder as the environment variable, the
    variable's raw text is kept so the Keychain hash matches Claude Code's exactly.
    """
    home = user_home(platform, env)
    default_dir = home / ".claude"
    env_text = env.config_dir_text
    env_dir = Path(env_text).expanduser() if env_text else None
    if config_dir is None:
        if env_text is None or env_dir is None:
            return ClaudeLocation(default_dir, home, None)
        return ClaudeLocation(env_dir, home, env_text)
    if env_dir is not None and env_dir == config_dir:
        return ClaudeLocation(config_dir, home, env_text)
    if config_dir == default_dir:
        return ClaudeLocation(config_dir, home, None)
    return ClaudeLocation(config_dir, home, str(config_dir))

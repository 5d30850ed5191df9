"""The edge: where ``core`` learns where its files live and what the environment overrides.

Every setting ``core`` takes from the environment is read here, once, by
:meth:`AppConfig.from_environment`, at a program's edge (the CLI's ``main``, the tray's
``main``, a test). The value is then passed down: nothing below this module reads
``os.environ``, so two clients in one process can live in two folders, and a demo or a
self-test needs no change to the process's environment.

``AppPaths`` names every file of one client. ``UsageClient(storage_path=X)`` keeps them all
beside ``X``; without a path they live in the data folder (``$CLAUDE_USAGE_HOME`` or the
platform's default).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from core.anthropic.endpoints import Endpoints
from core.base.paths import (
    ENV_HOME,
    FEED_TOKEN_FILENAME,
    HISTORY_FILENAME,
    STORE_FILE_NAME,
    USER_AGENT_CACHE_FILENAME,
    data_home,
    ensure_private_dir,
    legacy_store_path,
)
from core.credentials import ClaudeCodeEnv
from core.usage.account_index import INDEX_FILENAME
from core.usage.limits import ENV_WATCH_MIN_INTERVAL, poll_floor
from core.usage.poll_records import COOLDOWNS_FILENAME
from core.usage.snapshot_view import SNAPSHOT_DIRNAME

if TYPE_CHECKING:  # keyring loads its backends (~50 ms): the tray's icon waits for this module
    from keyring.backend import KeyringBackend

__all__ = [
    "ENV_HOME",
    "ENV_USER_AGENT_VERSION",
    "ENV_WATCH_MIN_INTERVAL",
    "AppConfig",
    "AppPaths",
]

ENV_USER_AGENT_VERSION = "CLAUDE_USAGE_USER_AGENT_VERSION"
# Where Windows reaches WSL distributions (os.pathsep-separated); tests point it at a tree.
ENV_WSL_ROOTS = "CLAUDE_USAGE_WSL_ROOTS"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """Every file and folder of one client.

    ``private_root`` is the folder this app owns: an existing folder there (or below) is
    tightened to 0700; a folder the caller merely points into (``/tmp``, a home folder) is
    used as it is and never chmodded.
    """

    home: Path
    store: Path
    private_root: Path | None = None
    legacy_store: Path = field(default_factory=legacy_store_path)

    @classmethod
    def at(cls, home: str | Path) -> AppPaths:
        """Everything in ``home``, a folder this app owns."""
        folder = Path(home).expanduser()
        return cls(home=folder, store=folder / STORE_FILE_NAME, private_root=folder)

    @classmethod
    def beside_store(cls, store: str | Path, *, private_root: Path | None = None) -> AppPaths:
        """Everything in the folder of the store file ``store``."""
        path = Path(store).expanduser()
        return cls(home=path.parent, store=path, private_root=private_root)

    @property
    def history(self) -> Path:
        return self.home / HISTORY_FILENAME

    @property
    def cooldowns(self) -> Path:
        return self.home / COOLDOWNS_FILENAME

    @property
    def feed_token(self) -> Path:
        """The local usage feed's bearer token (see :mod:`core.feed`)."""
        return self.home / FEED_TOKEN_FILENAME

    @property
    def snapshots(self) -> Path:
        return self.home / SNAPSHOT_DIRNAME

    @property
    def account_index(self) -> Path:
        """The store's plaintext index, for cached answers (see core.usage.account_index)."""
        return self.home / INDEX_FILENAME

    @property
    def user_agent_cache(self) -> Path:
        return self.home / USER_AGENT_CACHE_FILENAME

    def private_dir(self, folder: Path) -> Path:
        """Create ``folder`` owner-only (see :func:`core.base.paths.ensure_private_dir`)."""
        return ensure_private_dir(folder, owned_root=self.private_root)


@dataclass(frozen=True, slots=True)
class AppConfig:
    """What a program tells ``core``: its files, Anthropic's addresses, and test knobs.

    ``user_agent_version`` pins the Claude Code version claimed in ``User-Agent`` (tests, or
    a user whose installed version is refused); ``watch_min_interval`` lowers the 60 s
    polling floor — ``claude-usage watch``'s and the per-token gate's, see
    :attr:`poll_floor` (tests only; never below 0.1 s, never above the floor). ``keyring``
    holds the store's key (``None``: the one the ``keyring`` package chose, which
    ``PYTHON_KEYRING_BACKEND`` selects); a demo or a self-test passes its own.
    """

    paths: AppPaths
    endpoints: Endpoints = field(default_factory=Endpoints)
    claude_code: ClaudeCodeEnv = field(default_factory=ClaudeCodeEnv)
    user_agent_version: str | None = None
    watch_min_interval: str | None = None
    keyring: KeyringBackend | None = None
    wsl_roots: tuple[str, ...] | None = None  # None: \\wsl.localhost, then \\wsl$

    @classmethod
    def from_environment(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        storage_path: str | Path | None = None,
    ) -> AppConfig:
        """Read every ``CLAUDE_USAGE_*`` variable and ``CLAUDE_CONFIG_DIR`` once.

        With ``storage_path`` the client's files live beside that store; the data folder
        still decides which existing folders are this app's to tighten.
        """
        env = os.environ if environ is None else environ
        home = data_home(env)
        paths = AppPaths.at(home)
        if storage_path:
            paths = AppPaths.beside_store(storage_path, private_root=home)
        return cls(
            paths=paths,
            endpoints=Endpoints.from_mapping(env),
            claude_code=ClaudeCodeEnv.from_mapping(env),
            user_agent_version=env.get(ENV_USER_AGENT_VERSION) or None,
            watch_min_interval=env.get(ENV_WATCH_MIN_INTERVAL) or None,
            wsl_roots=tuple(r for r in env.get(ENV_WSL_ROOTS, "").split(os.pathsep) if r) or None,
        )

    def with_paths(self, paths: AppPaths) -> AppConfig:
        return replace(self, paths=paths)

    @property
    def poll_floor(self) -> float:
        """Seconds between two polls of one token (see :func:`core.usage.limits.poll_floor`)."""
        return poll_floor(self.watch_min_interval)

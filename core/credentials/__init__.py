"""Where Claude Code keeps its login, per platform, behind one interface.

``credential_source()`` is the factory: it returns a :class:`ClaudeCodeCredentialSource`
for the running OS (or the one named), trying places in the order Claude Code uses them:

- macOS: the login Keychain item ``Claude Code-credentials[-<hash>]``, then
  ``<config dir>/.credentials.json`` (Claude Code's fallback storage there);
- Linux: ``<config dir>/.credentials.json``, then a Secret Service item with that
  ``service`` attribute;
- Windows: ``<config dir>\\.credentials.json``, then the Credential Manager via keyring;
- ``none``: :class:`NullCredentialSource`.

``<config dir>`` is ``$CLAUDE_CONFIG_DIR`` or ``~/.claude`` (``%USERPROFILE%\\.claude``).
Platform modules are imported only when chosen, so everything imports everywhere.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.credentials.account_info import read_claude_account_info
    from core.credentials.base import ClaudeCodeCredentialSource, NullCredentialSource
    from core.credentials.chain import ChainedCredentialSource
    from core.credentials.file import FileCredentialSource
    from core.credentials.location import (
        SERVICE_NAME,
        ClaudeCodeEnv,
        ClaudeLocation,
        keychain_service_name,
        locate,
    )

# Imported on first use (PEP 562): the status line reads only ``.claude.json``
# (core.credentials.login_file) and must start in milliseconds, without asyncio or
# dataclasses, which the sources and the location rules bring.
_LAZY = {
    **dict.fromkeys(
        (
            "SERVICE_NAME",
            "ClaudeCodeEnv",
            "ClaudeLocation",
            "keychain_service_name",
            "locate",
        ),
        "core.credentials.location",
    ),
    "ChainedCredentialSource": "core.credentials.chain",
    "ClaudeCodeCredentialSource": "core.credentials.base",
    "FileCredentialSource": "core.credentials.file",
    "NullCredentialSource": "core.credentials.base",
    "read_claude_account_info": "core.credentials.account_info",
}

__all__ = [
    "SERVICE_NAME",
    "ChainedCredentialSource",
    "ClaudeCodeCredentialSource",
    "ClaudeCodeEnv",
    "ClaudeLocation",
    "FileCredentialSource",
    "NullCredentialSource",
    "credential_source",
    "keychain_service_name",
    "locate",
    "read_claude_account_info",
]


def credential_source(
    platform: str, config_dir: Path | None, env: ClaudeCodeEnv
) -> ClaudeCodeCredentialSource:
    """Claude Code's login source for ``platform`` (auto|macos|linux|windows|none).

    ``config_dir`` overrides ``env``'s ``CLAUDE_CONFIG_DIR``; an unknown platform raises
    :class:`~core.errors.InvalidInputError`.
    """
    from core.credentials.base import NullCredentialSource
    from core.credentials.chain import ChainedCredentialSource
    from core.credentials.file import FileCredentialSource
    from core.credentials.location import (
        claude_user_name,
        display_path,
        file_comes_first,
        locate,
        resolve_platform,
    )

    name = resolve_platform(platform)
    if name == "none":
        return NullCredentialSource()
    location = locate(name, config_dir, env)
    user = claude_user_name(env)
    file_source = FileCredentialSource(
        location.credentials_file,
        description=display_path(location.credentials_file, location.home),
    )
    if not file_comes_first(name):  # macOS
        return ChainedCredentialSource([_keychain(location, user), file_source])
    if name == "windows":
        return ChainedCredentialSource([file_source, _credential_manager(location, user)])
    return ChainedCredentialSource([file_source, _secret_service(location, user)])


def _keychain(location: ClaudeLocation, user: str) -> ClaudeCodeCredentialSource:
    from core.credentials.keychain import MacKeychainSource

    return MacKeychainSource(location.keychain_service, user)


def _secret_service(location: ClaudeLocation, user: str) -> ClaudeCodeCredentialSource:
    from core.credentials.secret_service import SecretServiceSource

    return SecretServiceSource(location.keychain_service, user)


def _credential_manager(location: ClaudeLocation, user: str) -> ClaudeCodeCredentialSource:
    from core.credentials.keyring_source import KeyringCredentialSource

    return KeyringCredentialSource(location.keychain_service, user)


def __getattr__(name: str) -> Any:
    try:
        module = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'core.credentials' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value

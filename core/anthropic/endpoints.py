"""Where the Anthropic endpoints are, with safe overrides for tests and proxies."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from core.errors import InvalidInputError

__all__ = [
    "ENV_API_BASE",
    "ENV_AUTHORIZE_URL",
    "ENV_MANUAL_REDIRECT_URL",
    "ENV_TOKEN_URL",
    "Endpoints",
]

ENV_API_BASE = "CLAUDE_USAGE_API_BASE"
ENV_AUTHORIZE_URL = "CLAUDE_USAGE_AUTHORIZE_URL"
ENV_TOKEN_URL = "CLAUDE_USAGE_TOKEN_URL"
ENV_MANUAL_REDIRECT_URL = "CLAUDE_USAGE_MANUAL_REDIRECT_URL"

_LOOPBACK_NAMES = {"localhost"}


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_url(url: str, what: str) -> str:
    """Accept https anywhere, plain http only to a loopback address (the fake server)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme == "https" and host:
        return url.rstrip("/")
    if parts.scheme == "http" and _is_loopback(host):
        return url.rstrip("/")
    raise InvalidInputError(f"{what} must be https, or http to a loopback address: {url!r}")


@dataclass(frozen=True, slots=True)
class Endpoints:
    """Base URLs of the API, the OAuth authorize page and the token endpoint."""

    api_base: str = "https://api.anthropic.com"
    authorize_url: str = "https://claude.ai/oauth/authorize"
    token_url: str = "https://platform.claude.com/v1/oauth/token"
    manual_redirect_url: str = "https://platform.claude.com/oauth/code/callback"

    def __post_init__(self) -> None:
        for name in ("api_base", "authorize_url", "token_url", "manual_redirect_url"):
            object.__setattr__(self, name, _check_url(getattr(self, name), name))

    @classmethod
    def from_env(cls) -> Endpoints:
        """The defaults, overridden by the ``CLAUDE_USAGE_*`` environment variables.

        Kept because DESIGN.md's public API names it; the app itself gets its endpoints from
        :class:`core.config.AppConfig`, which reads the same variables at the edge.
        """
        return cls.from_mapping(os.environ)

    @classmethod
    def from_mapping(cls, environ: Mapping[str, str]) -> Endpoints:
        """The defaults, overridden by the ``CLAUDE_USAGE_*`` address variables in ``environ``."""
        defaults = cls()
        return cls(
            api_base=environ.get(ENV_API_BASE) or defaults.api_base,
            authorize_url=environ.get(ENV_AUTHORIZE_URL) or defaults.authorize_url,
            token_url=environ.get(ENV_TOKEN_URL) or defaults.token_url,
            manual_redirect_url=environ.get(ENV_MANUAL_REDIRECT_URL)
            or defaults.manual_redirect_url,
        )

    def api(self, path: str) -> str:
        """Absolute URL of an API path such as ``/api/oauth/usage``."""
        return f"{self.api_base}{path}"

from __future__ import annotations

import pytest

from core import Endpoints
from core.errors import InvalidInputError


def test_defaults_are_the_real_hosts() -> None:
    endpoints = Endpoints()
    assert endpoints.api("/api/oauth/usage") == "https://api.anthropic.com/api/oauth/usage"
    assert endpoints.token_url == "https://platform.claude.com/v1/oauth/token"
    assert endpoints.authorize_url == "https://claude.ai/oauth/authorize"


def test_from_env_reads_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAUDE_USAGE_API_BASE", "http://127.0.0.1:8123/")
    monkeypatch.setenv("CLAUDE_USAGE_TOKEN_URL", "http://localhost:8123/v1/oauth/token")
    monkeypatch.setenv("CLAUDE_USAGE_AUTHORIZE_URL", "https://example.test/authorize")
    endpoints = Endpoints.from_env()
    assert endpoints.api_base == "http://127.0.0.1:8123"
    assert endpoints.token_url == "http://localhost:8123/v1/oauth/token"
    assert endpoints.authorize_url == "https://example.test/authorize"


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com",
        "http://10.0.0.5:80",
        "ftp://127.0.0.1",
        "file:///etc/passwd",
        "nonsense",
    ],
)
def test_plain_http_only_to_loopback(url: str) -> None:
    with pytest.raises(InvalidInputError, match="https, or http to a loopback"):
        Endpoints(api_base=url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:1", "http://[::1]:9", "http://localhost"])
def test_loopback_http_is_allowed(url: str) -> None:
    assert Endpoints(api_base=url).api_base == url

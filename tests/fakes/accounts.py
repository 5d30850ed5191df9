"""Fake OAuth accounts and the canned payloads (from ``tests/data``) the fake server serves."""

from __future__ import annotations

import copy
import json
import secrets
import time
import uuid
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
CLIENT_ID = "9d1c250a-e61b-44d9-88ed-5944d1962f5e"
DEFAULT_SCOPES: tuple[str, ...] = ("user:inference", "user:profile")
DEFAULT_PLAN = "default_claude_max_5x"
DEFAULT_ADMIN_KEY = "sk-ant-admin01-test-FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE-AAAA"


@cache
def _load(name: str) -> Any:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def sample(name: str) -> Any:
    """A fresh deep copy of ``tests/data/<name>`` (callers may mutate it)."""
    return copy.deepcopy(_load(name))


def new_access_token() -> str:
    return "sk-ant-oat01-" + secrets.token_urlsafe(48)


def new_refresh_token() -> str:
    return "sk-ant-ort01-" + secrets.token_urlsafe(48)


def subscription_type(plan: str) -> str:
    """Claude Code's ``subscriptionType`` for a ``rate_limit_tier``."""
    if "max" in plan:
        return "max"
    if "pro" in plan:
        return "pro"
    return "free"


@dataclass(eq=False)
class FakeAccount:
    """A subscription account; ``access_token``/``refresh_token`` are its newest grant.

    ``usage`` is the payload ``/api/oauth/usage`` answers (mutable; the server reads it
    under its lock at request time, so prefer :meth:`FakeAnthropic.set_usage` from threads).
    """

    email: str
    plan: str = DEFAULT_PLAN
    usage: dict[str, Any] = field(default_factory=lambda: sample("usage_full.json"))
    access_token: str = field(default_factory=new_access_token, repr=False)
    refresh_token: str = field(default_factory=new_refresh_token, repr=False)
    expires_in: int = 28800
    scopes: tuple[str, ...] = DEFAULT_SCOPES
    uuid: str = field(default_factory=lambda: str(uuid.uuid4()))
    organization_uuid: str = field(default_factory=lambda: str(uuid.uuid4()))
    full_name: str = "Dev Example"

    def credentials_json(self, expires_at_ms: int | None = None) -> str:
        """This account's current grant in Claude Code's ``.credentials.json`` format."""
        if expires_at_ms is None:
            expires_at_ms = int((time.time() + self.expires_in) * 1000)
        oauth = {
            "accessToken": self.access_token,
            "refreshToken": self.refresh_token,
            "expiresAt": expires_at_ms,
            "scopes": list(self.scopes),
            "subscriptionType": subscription_type(self.plan),
            "rateLimitTier": self.plan,
        }
        return json.dumps({"claudeAiOauth": oauth})

    def profile(self) -> dict[str, Any]:
        """The ``/api/oauth/profile`` payload, shaped like ``tests/data/profile.json``."""
        payload: dict[str, Any] = sample("profile.json")
        account = payload["account"]
        account.update(
            uuid=self.uuid,
            email=self.email,
            full_name=self.full_name,
            display_name=self.full_name.split()[0] if self.full_name else "",
            has_claude_max="max" in self.plan,
            has_claude_pro="pro" in self.plan,
        )
        organization = payload["organization"]
        organization.update(
            uuid=self.organization_uuid,
            name=f"{self.email}'s Organization",
            organization_type=f"claude_{subscription_type(self.plan)}",
            rate_limit_tier=self.plan,
        )
        return payload


@dataclass
class AccessGrant:
    account: FakeAccount
    scopes: tuple[str, ...]
    expires_at: float  # epoch seconds


@dataclass
class RefreshGrant:
    account: FakeAccount
    scopes: tuple[str, ...]
    expires_in: int


@dataclass
class PendingCode:
    """An authorization code issued by ``/oauth/authorize``, waiting for exchange."""

    client_id: str
    redirect_uri: str
    code_challenge: str
    state: str
    scopes: tuple[str, ...]
    account: FakeAccount | None
    expires_at: float

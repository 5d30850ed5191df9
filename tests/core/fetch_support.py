"""Shared wiring for the token / fetcher tests: real store, real sockets to the fake server."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.anthropic.api import AnthropicApi, new_http_client
from core.anthropic.endpoints import Endpoints
from core.credentials import ClaudeCodeCredentialSource, FileCredentialSource
from core.models import AccountRecord, CredentialSource
from core.store.accounts import AccountManager
from core.store.storage import AccountStore
from core.usage.fetcher import HistoryLike, UsageFetcher
from core.usage.parsing import parse_claude_credentials
from core.usage.ratelimit import RateLimitGate
from core.usage.snapshots import SnapshotCache
from core.usage.tokens import TokenManager
from tests.fakes.server import FakeAccount, FakeAnthropic

USER_AGENT = "claude-code/2.0.31"
SAVED_AT = datetime(2026, 3, 1, tzinfo=UTC)


def _utcnow() -> datetime:
    return datetime.now(UTC)


def ms_from_now(seconds: float) -> int:
    return int((time.time() + seconds) * 1000)


Clock = Callable[[], datetime]
EXPIRED = -3600.0
NEAR_EXPIRY = 120.0
FRESH = 8 * 3600.0


@dataclass
class World:
    """Everything a token or fetch test needs, pointed at one fake server."""

    fake: FakeAnthropic
    api: AnthropicApi
    accounts: AccountManager
    tmp: Path

    def source_for(self, config_dir: str | None) -> ClaudeCodeCredentialSource:
        folder = Path(config_dir) if config_dir else self.tmp / "claude-default"
        return FileCredentialSource(folder / ".credentials.json")

    def fetcher(
        self,
        *,
        gate_clock: Clock | None = None,
        clock: Clock | None = None,
        history: HistoryLike | None = None,
        tokens: TokenManager | None = None,
    ) -> UsageFetcher:
        """A fetcher whose cooldown file and snapshots live in this test's folder."""
        gate = RateLimitGate(self.tmp / "cooldowns.json", clock=gate_clock or _utcnow)
        return UsageFetcher(
            self.api,
            self.accounts,
            tokens=tokens or self.tokens(),
            gate=gate,
            history=history,
            snapshots=SnapshotCache(self.tmp / "snapshots"),
            clock=clock or _utcnow,
        )

    def tokens(self, **options: object) -> TokenManager:
        return TokenManager(self.api, self.accounts, source_for=self.source_for, **options)  # type: ignore[arg-type]

    async def save_app(
        self, name: str, account: FakeAccount, *, lifetime: float = FRESH, **extra: object
    ) -> AccountRecord:
        """An app-owned account holding ``account``'s grant, expiring ``lifetime`` s from now."""
        credentials = with_extra(account.credentials_json(expires_at_ms=ms_from_now(lifetime)))
        record = AccountRecord(
            name=name,
            account_type="oauth",
            source=CredentialSource.APP,
            saved_at=SAVED_AT,
            credentials=credentials,
            **extra,  # type: ignore[arg-type]
        )
        await self.accounts.save(record)
        return record

    async def save_linked(
        self, name: str, account: FakeAccount, *, lifetime: float = FRESH
    ) -> AccountRecord:
        """An account linked to a Claude Code folder whose file holds ``account``'s grant."""
        folder = self.tmp / f"claude-{name}"
        self.write_linked(folder, account, lifetime=lifetime)
        record = AccountRecord(
            name=name,
            account_type="oauth",
            source=CredentialSource.CLAUDE_CODE,
            saved_at=SAVED_AT,
            config_dir=str(folder),
        )
        await self.accounts.save(record)
        return record

    def write_linked(self, folder: Path, account: FakeAccount, *, lifetime: float) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / ".credentials.json"
        path.write_text(with_extra(account.credentials_json(expires_at_ms=ms_from_now(lifetime))))
        return path

    async def stored(self, name: str) -> dict[str, object]:
        record = await self.accounts.get(name)
        assert record.credentials is not None
        return json.loads(record.credentials)  # type: ignore[no-any-return]

    async def stored_tokens(self, name: str) -> tuple[str, str | None]:
        record = await self.accounts.get(name)
        assert record.credentials is not None
        creds = parse_claude_credentials(record.credentials)
        return creds.access_token, creds.refresh_token


def with_extra(credentials_json: str) -> str:
    """Claude Code's file carries other keys too; they must survive every rewrite."""
    data = json.loads(credentials_json)
    data["mcpOAuth"] = {"server": {"token": "keep-me"}}
    return json.dumps(data)


def expires_in_seconds(stored: dict[str, object]) -> float:
    oauth = stored["claudeAiOauth"]
    assert isinstance(oauth, dict)
    return float(oauth["expiresAt"]) / 1000 - time.time()


@pytest.fixture
async def world(fake_server: FakeAnthropic, tmp_path: Path) -> AsyncIterator[World]:
    endpoints = Endpoints(
        api_base=fake_server.base_url,
        token_url=fake_server.token_url,
        authorize_url=fake_server.authorize_url,
    )
    async with new_http_client() as http:
        api = AnthropicApi(http, endpoints, user_agent=USER_AGENT)
        accounts = AccountManager(AccountStore(tmp_path / "accounts.enc"))
        yield World(fake_server, api, accounts, tmp_path)


class FakeClock:
    """A settable UTC clock for code that takes ``clock=``."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)

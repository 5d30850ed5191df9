"""``--demo``: the real app over a simulated Anthropic, so a newcomer sees it work at once.

An ``httpx.MockTransport`` answers in-process with the shapes of the real endpoints (usage,
profile, token, admin reports); the real ``core.UsageClient`` talks to it, so the demo
exercises the same code paths as real use. Three accounts: "Personal" (Max, close to its
session limit, then resetting), "Work" (Pro, session not started at first) and "Acme Org"
(an Admin API key), with a week of made-up history so the cards' 7-day charts have something
to show. Nothing is written outside a temporary folder: the client's :class:`core.AppConfig`
puts its data folder and Claude Code's folder in it and holds an in-memory keyring, the
settings are an INI file there, and the folder is deleted on exit. The process's environment
and the ``keyring`` package's global choice are left as they were.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
from keyring.backend import KeyringBackend

from core import (
    Account,
    AppConfig,
    AppPaths,
    ClaudeCodeEnv,
    Endpoints,
    History,
    OAuthUsage,
    UsageWindow,
)

from .backend import ClientBackend, UsageBackend

__all__ = [
    "DEMO_ENDPOINTS",
    "DemoEnvironment",
    "DemoWorld",
    "MemoryKeyring",
    "demo_backend",
    "demo_transport",
    "prepare_environment",
    "seed_accounts",
    "seed_history",
    "week_of_samples",
]

# ``.invalid`` can never resolve: if anything bypassed the mock transport it would fail.
DEMO_ENDPOINTS = Endpoints(
    api_base="https://api.demo.invalid",
    authorize_url="https://claude.demo.invalid/oauth/authorize",
    token_url="https://platform.demo.invalid/v1/oauth/token",
    manual_redirect_url="https://platform.demo.invalid/oauth/code/callback",
)
FAR_FUTURE_MS = 4_102_444_800_000  # 2100-01-01: demo tokens never need refreshing
SESSION_CYCLE = 600.0  # seconds of real time per simulated 5-hour window
PERSONAL_WEEK_RESET = timedelta(days=2, hours=7, minutes=13)  # after the demo starts
WORK_WEEK_RESET = timedelta(days=4, hours=2, minutes=41)
ADMIN_KEY = "sk-ant-admin01-demo-acme-0000000000000000"


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything on exit (the demo must not touch the real one)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._items.pop((service, username), None)


@dataclass(frozen=True)
class DemoEnvironment:
    """The demo's temporary folder and the configuration that keeps the app inside it."""

    folder: Path
    config: AppConfig

    @property
    def paths(self) -> AppPaths:
        return self.config.paths

    @property
    def settings_path(self) -> Path:
        return self.folder / "settings.ini"

    def cleanup(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def prepare_environment() -> DemoEnvironment:
    """A fresh temporary folder, and a configuration pointing every place the app writes
    to into it: data, Claude Code's folder, and an in-memory keyring for the store's key."""
    folder = Path(tempfile.mkdtemp(prefix="claude-usage-demo-"))
    config = AppConfig(
        paths=AppPaths.at(folder / "data"),
        endpoints=DEMO_ENDPOINTS,
        claude_code=ClaudeCodeEnv(config_dir_text=str(folder / "claude-code")),
        keyring=MemoryKeyring(),
    )
    return DemoEnvironment(folder, config)


# ---------------------------------------------------------------- the simulated world


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _window(percent: float, resets_at: datetime | None) -> dict[str, Any]:
    return {
        "utilization": round(min(max(percent, 0.0), 100.0)),
        "resets_at": None if resets_at is None else _iso(resets_at),
    }


@dataclass(frozen=True)
class DemoAccount:
    name: str
    token: str
    email: str
    full_name: str
    tier: str  # rate_limit_tier, which names the plan


ACCOUNTS = (
    DemoAccount(
        "Personal",
        "sk-ant-oat01-demo-personal-000000000000",
        "ada@example.com",
        "Ada Lovelace",
        "default_claude_max_5x",
    ),
    DemoAccount(
        "Work",
        "sk-ant-oat01-demo-work-0000000000000000",
        "ada@acme.example",
        "Ada L.",
        "default_claude_pro",
    ),
)
API_KEYS = (
    ("apikey_demo_backend", "backend-prod"),
    ("apikey_demo_data", "data-team"),
    ("apikey_demo_ci", "ci-bot"),
)
MODELS = (
    ("claude-sonnet-4-5-20250929", 1.0),
    ("claude-opus-4-1-20250805", 0.12),
    ("claude-haiku-4-5-20251001", 0.6),
)


class DemoWorld:
    """Usage that moves with (real) time. ``clock`` is injectable so tests can move it."""

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, start: datetime | None = None
    ) -> None:
        self._clock = clock
        self._t0 = clock()
        self.start = start or datetime.now(UTC)
        self.requests: list[str] = []

    def elapsed(self) -> float:
        return max(0.0, self._clock() - self._t0)

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.elapsed())

    # -------------------------------------------------------- OAuth accounts

    def _personal(self) -> dict[str, Any]:
        e = self.elapsed()
        cycle, phase = divmod(e, SESSION_CYCLE)
        ramp = min(phase / (SESSION_CYCLE * 0.9), 1.0)
        session = (86 + 14 * ramp) if cycle == 0 else (35 + 65 * ramp)
        resets = self.start + timedelta(seconds=(cycle + 1) * SESSION_CYCLE)
        weekly_reset = self.start + PERSONAL_WEEK_RESET
        used = 27992 + 3 * e  # minor units (cents)
        return {
            "five_hour": _window(session, resets),
            "seven_day": _window(72 + e / 120, weekly_reset),
            "seven_day_opus": _window(12 + e / 600, weekly_reset),
            "seven_day_sonnet": _window(41 + e / 200, weekly_reset),
            "seven_day_oauth_apps": None,
            "extra_usage": {
                "is_enabled": True,
                "monthly_limit": 40000,
                "used_credits": used,
                "utilization": round(100 * used / 40000, 2),
                "currency": "USD",
                "decimal_places": 2,
            },
        }

    def _work(self) -> dict[str, Any]:
        e = self.elapsed()
        weekly_reset = self.start + WORK_WEEK_RESET
        started = e >= 45
        session = (
            _window(3 + (e - 45) / 20, self.start + timedelta(seconds=45, hours=5))
            if started
            else _window(0, None)
        )
        return {"five_hour": session, "seven_day": _window(38 + e / 300, weekly_reset)}

    def _stranger(self) -> dict[str, Any]:
        """Any other token (e.g. credentials pasted in the demo): a quiet account."""
        return {
            "five_hour": _window(
                12 + self.elapsed() / 60, self.now() + timedelta(hours=3, minutes=20)
            ),
            "seven_day": _window(21, self.now() + timedelta(days=5)),
        }

    def usage(self, token: str) -> dict[str, Any]:
        if token == ACCOUNTS[0].token:
            return self._personal()
        if token == ACCOUNTS[1].token:
            return self._work()
        return self._stranger()

    def profile(self, token: str) -> dict[str, Any]:
        account = next((a for a in ACCOUNTS if a.token == token), None)
        email = account.email if account else "guest@example.com"
        name = account.full_name if account else "Demo Guest"
        tier = account.tier if account else "default_claude_pro"
        ident = hashlib.sha256(token.encode()).hexdigest()[:12]
        return {
            "account": {
                "uuid": f"00000000-0000-4000-8000-{ident}",
                "email": email,
                "full_name": name,
                "display_name": name.split()[0],
                "has_claude_max": "max" in tier,
                "has_claude_pro": "pro" in tier,
            },
            "organization": {
                "uuid": "00000000-0000-4000-8000-000000000001",
                "name": f"{name}'s organisation",
                "organization_type": "claude_max" if "max" in tier else "claude_pro",
                "rate_limit_tier": tier,
                "billing_type": "stripe_subscription",
                "has_extra_usage_enabled": "max" in tier,
                "subscription_status": "active",
            },
        }

    # -------------------------------------------------------- admin reports

    def _days(self, query: dict[str, list[str]]) -> list[date]:
        start = _parse_day(query.get("starting_at", [None])[0]) or self.now().date().replace(day=1)
        end = _parse_day(query.get("ending_at", [None])[0]) or self.now().date() + timedelta(days=1)
        today = self.now().date()
        days, day = [], start
        while day < end and day <= today:
            days.append(day)
            day += timedelta(days=1)
        return days

    def _scale(self, day: date) -> float:
        """Past days are complete; today grows while the demo runs."""
        today = self.now().date()
        return 1.0 if day < today else 0.4 + min(self.elapsed() / 3600, 0.6)

    def messages(self, query: dict[str, list[str]]) -> dict[str, Any]:
        buckets = []
        for day in self._days(query):
            scale = self._scale(day)
            results = []
            for k, (key_id, _name) in enumerate(API_KEYS):
                for model, weight in MODELS:
                    base = int(180_000 * weight * scale / (k + 1))
                    results.append(
                        {
                            "api_key_id": key_id,
                            "workspace_id": "wrkspc_demo",
                            "model": model,
                            "uncached_input_tokens": base,
                            "cache_read_input_tokens": base * 3,
                            "cache_creation": {
                                "ephemeral_5m_input_tokens": base // 10,
                                "ephemeral_1h_input_tokens": 0,
                            },
                            "output_tokens": base // 4,
                            "server_tool_use": {"web_search_requests": k},
                        }
                    )
            buckets.append(_bucket(day, results))
        return {"data": buckets, "has_more": False, "next_page": None}

    def cost(self, query: dict[str, list[str]]) -> dict[str, Any]:
        buckets = []
        for day in self._days(query):
            cents = 2150.0 * self._scale(day)
            results = [
                {
                    "currency": "USD",
                    "amount": f"{cents:.2f}",
                    "cost_type": "tokens",
                    "model": MODELS[0][0],
                }
            ]
            buckets.append(_bucket(day, results))
        return {"data": buckets, "has_more": False, "next_page": None}

    def claude_code(self, query: dict[str, list[str]]) -> dict[str, Any]:
        day = _parse_day(query.get("starting_at", [None])[0]) or self.now().date()
        scale = self._scale(day)
        entries = []
        for email, weight in (("grace@acme.example", 1.0), ("linus@acme.example", 0.55)):
            tokens = int(90_000 * weight * scale)
            entries.append(
                {
                    "date": f"{day.isoformat()}T00:00:00Z",
                    "actor": {"type": "user_actor", "email_address": email},
                    "organization_id": "00000000-0000-4000-8000-000000000001",
                    "customer_type": "api",
                    "terminal_type": "vscode",
                    "core_metrics": {"num_sessions": 3},
                    "model_breakdown": [
                        {
                            "model": MODELS[0][0],
                            "tokens": {
                                "input": tokens,
                                "output": tokens // 4,
                                "cache_read": tokens * 2,
                                "cache_creation": 0,
                            },
                            "estimated_cost": {"currency": "USD", "amount": round(tokens / 1500)},
                        }
                    ],
                }
            )
        return {"data": entries, "has_more": False, "next_page": None}

    def api_keys(self) -> dict[str, Any]:
        data = [
            {
                "id": key_id,
                "type": "api_key",
                "name": name,
                "status": "active",
                "workspace_id": "wrkspc_demo",
            }
            for key_id, name in API_KEYS
        ]
        return {
            "data": data,
            "has_more": False,
            "first_id": data[0]["id"],
            "last_id": data[-1]["id"],
        }


def _parse_day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _bucket(day: date, results: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "starting_at": f"{day.isoformat()}T00:00:00Z",
        "ending_at": f"{(day + timedelta(days=1)).isoformat()}T00:00:00Z",
        "results": results,
    }


# ---------------------------------------------------------------- the transport


def _json(status: int, body: Any) -> httpx.Response:
    return httpx.Response(status, json=body)


def _token_grant() -> dict[str, Any]:
    suffix = f"{int(time.time() * 1000) % 10**9:09d}"
    return {
        "token_type": "Bearer",
        "access_token": f"sk-ant-oat01-demo-refreshed-{suffix}",
        "refresh_token": f"sk-ant-ort01-demo-refreshed-{suffix}",
        "expires_in": 28800,
        "scope": "user:inference user:profile",
    }


def demo_transport(world: DemoWorld) -> httpx.MockTransport:
    """Answer the app's requests in-process, as Anthropic would."""
    admin_routes: dict[str, Callable[[dict[str, list[str]]], dict[str, Any]]] = {
        "/v1/organizations/usage_report/messages": world.messages,
        "/v1/organizations/cost_report": world.cost,
        "/v1/organizations/usage_report/claude_code": world.claude_code,
        "/v1/organizations/api_keys": lambda _query: world.api_keys(),
    }

    def handle(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        world.requests.append(path)
        query = parse_qs(request.url.query.decode())
        if path in admin_routes:
            if request.headers.get("x-api-key") != ADMIN_KEY:
                return _json(
                    401,
                    {
                        "type": "error",
                        "error": {"type": "authentication_error", "message": "invalid x-api-key"},
                    },
                )
            return _json(200, admin_routes[path](query))
        if path.endswith("/oauth/token"):
            return _json(200, _token_grant())
        token = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not token:
            return _json(
                401,
                {
                    "type": "error",
                    "error": {"type": "authentication_error", "message": "missing token"},
                },
            )
        if path == "/api/oauth/usage":
            return _json(200, world.usage(token))
        if path == "/api/oauth/profile":
            return _json(200, world.profile(token))
        return _json(404, {"type": "error", "error": {"type": "not_found_error", "message": path}})

    return httpx.MockTransport(handle)


# ---------------------------------------------------------------- wiring


def credentials_json(account: DemoAccount) -> str:
    return json.dumps(
        {
            "claudeAiOauth": {
                "accessToken": account.token,
                "refreshToken": account.token.replace("oat01", "ort01"),
                "expiresAt": FAR_FUTURE_MS,
                "scopes": ["user:inference", "user:profile"],
                "subscriptionType": "max" if "max" in account.tier else "pro",
                "rateLimitTier": account.tier,
            }
        }
    )


def demo_backend(config: AppConfig, world: DemoWorld | None = None) -> ClientBackend:
    """A real client over the simulated server, configured by :func:`prepare_environment`."""
    http = httpx.AsyncClient(transport=demo_transport(world or DemoWorld()))
    return ClientBackend(
        config=config,
        endpoints=DEMO_ENDPOINTS,
        http_client=http,
        client_options={"jitter": 0.0},
        close_http_client=True,
    )


async def seed_accounts(backend: UsageBackend) -> list[Account]:
    """Save the demo's three accounts (once; a running demo keeps what the user changed)."""
    saved = await backend.list_accounts()
    if saved:
        return saved
    for account in ACCOUNTS:
        await backend.add_credentials(account.name, credentials_json(account))
    await backend.add_admin_key("Acme Org", ADMIN_KEY)
    return await backend.list_accounts()


# ---------------------------------------------------------------- a week of history

FIVE_HOURS = timedelta(hours=5)
WEEK = timedelta(days=7)


@dataclass(frozen=True)
class HistoryPlan:
    """How one demo account was used over the past week."""

    weekly_reset: timedelta  # from the demo's start, as in :class:`DemoWorld`
    weekly_now: float  # the week's percent the simulated server reports at the start
    intensity: float  # how hard the sessions are pushed
    previous_week_end: float  # the percent the week before ended at


HISTORY_PLANS = {
    "Personal": HistoryPlan(PERSONAL_WEEK_RESET, 72.0, 1.1, 64.0),
    "Work": HistoryPlan(WORK_WEEK_RESET, 38.0, 0.8, 41.0),
}


def week_of_samples(
    plan: HistoryPlan, now: datetime, seed: str
) -> list[tuple[datetime, float, datetime, float, datetime]]:
    """Hourly ``(time, session %, session reset, week %, week reset)`` over the past 7 days:
    working hours on weekdays (and a few weekend ones), 5-hour sessions pushed to varying
    peaks, and a week that resets where the simulated server says it did."""
    rng = random.Random(seed)
    week_reset = now + plan.weekly_reset
    last_reset = week_reset - WEEK
    active: list[tuple[datetime, float, datetime]] = []
    session_start: datetime | None = None
    session = 0.0
    moment = now.replace(minute=0, second=0, microsecond=0) - WEEK
    while moment < now - timedelta(hours=1):  # the live data fills the last hour
        moment += timedelta(hours=1)
        local = moment.astimezone()
        weekend = local.weekday() >= 5
        if not 8 <= local.hour < 20 or (weekend and rng.random() < 0.75):
            continue
        if session_start is None or moment - session_start >= FIVE_HOURS:
            session_start, session = moment, 0.0
        session = min(100.0, session + rng.uniform(3, 24) * plan.intensity)
        active.append((moment, session, session_start + FIVE_HOURS))
    return _with_week(active, plan, last_reset, week_reset)


def _with_week(
    active: list[tuple[datetime, float, datetime]],
    plan: HistoryPlan,
    last_reset: datetime,
    week_reset: datetime,
) -> list[tuple[datetime, float, datetime, float, datetime]]:
    """The week's percent climbs with every active hour: the week before up to where it
    ended, this week from 0 to where the simulated server has it now."""
    before = [a for a in active if a[0] < last_reset]
    after = [a for a in active if a[0] >= last_reset]
    rows = []
    for part, low, high, reset in (
        (before, plan.previous_week_end * 0.55, plan.previous_week_end, last_reset),
        (after, 0.0, plan.weekly_now, week_reset),
    ):
        for index, (moment, session, session_reset) in enumerate(part, 1):
            week = low + (high - low) * index / len(part)
            rows.append((moment, session, session_reset, week, reset))
    return rows


def _record_history(history: History, accounts: list[Account], now: datetime) -> None:
    for account in accounts:
        plan = HISTORY_PLANS.get(account.name)
        if plan is None or account.account_type != "oauth":
            continue
        for moment, session, session_reset, week, week_reset in week_of_samples(
            plan, now, account.name
        ):
            history.record(
                OAuthUsage(
                    account_name=account.name,
                    account_id=account.account_id,
                    session=UsageWindow(percent=round(session), resets_at=session_reset),
                    weekly=UsageWindow(percent=round(week), resets_at=week_reset),
                    fetched_at=moment + timedelta(minutes=7),
                )
            )


async def seed_history(backend: UsageBackend, paths: AppPaths, now: datetime | None = None) -> None:
    """Write a plausible past week for the demo's subscription accounts into the (temporary)
    history database, so a newcomer sees the 7-day charts at once."""
    accounts = await backend.list_accounts()
    with History(paths.history) as history:
        await asyncio.to_thread(_record_history, history, accounts, now or datetime.now(UTC))

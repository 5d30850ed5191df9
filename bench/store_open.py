"""Opening the account store with 50 accounts: cold (first read in a process) and warm.

Every fetch reads the store (the newest credentials, read inside the token lock), so a
warm read must be cheap. A cold read also fetches the key: from the keyring (a D-Bus round
trip to the Secret Service) or, without one, PBKDF2 over the machine id (slow by design).
Cold is measured in-process with a fresh key provider and the PBKDF2 cache cleared, which
is what a new process pays minus its imports. Targets are this benchmark's own: a warm
read well under a frame of UI work, a cold one under a second.
"""

from __future__ import annotations

import json
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from core.models import AccountRecord, CredentialSource
from core.store.keys import derive_machine_key
from core.store.storage import AccountStore, StoreData
from tests.app_paths import app_paths

from .env import sandbox
from .report import Figure

NAME = "store open"
ACCOUNTS = 50
COLD_RUNS = 5
WARM_RUNS = 50
WARM_TARGET = 0.020
COLD_TARGET = 1.0


def _credentials(index: int) -> str:
    oauth = {
        "accessToken": f"sk-ant-oat01-{'a' * 80}{index:04d}",
        "refreshToken": f"sk-ant-ort01-{'r' * 80}{index:04d}",
        "expiresAt": 1_900_000_000_000,
        "scopes": ["user:inference", "user:profile"],
        "subscriptionType": "max",
        "rateLimitTier": "default_claude_max_5x",
    }
    return json.dumps({"claudeAiOauth": oauth})


def _seed_store() -> AccountStore:
    records = tuple(
        AccountRecord(
            name=f"account{i}",
            account_type="oauth",
            source=CredentialSource.APP,
            saved_at=datetime.now(UTC),
            credentials=_credentials(i),
            email=f"user{i}@example.com",
            account_id=f"uuid-{i}",
            plan="default_claude_max_5x",
        )
        for i in range(ACCOUNTS)
    )
    store = AccountStore(app_paths().store)
    store.update(lambda _: StoreData(records, "account0"))
    return store


def _cold_read(path: Path) -> float:
    derive_machine_key.cache_clear()
    started = time.perf_counter()
    data = AccountStore(path).read()
    elapsed = time.perf_counter() - started
    assert len(data.accounts) == ACCOUNTS
    return elapsed


def run() -> list[Figure]:
    with sandbox():
        store = _seed_store()
        path = store.path
        protection = str(store.protection)
        cold = statistics.median(_cold_read(path) for _ in range(COLD_RUNS))
        store.read()
        warm_runs = []
        for _ in range(WARM_RUNS):
            started = time.perf_counter()
            store.read()
            warm_runs.append(time.perf_counter() - started)
        warm = statistics.median(warm_runs)
        size_kb = path.stat().st_size / 1024
    note = f"key protection: {protection}; store file {size_kb:.0f} KB"
    return [
        Figure(NAME, f"{ACCOUNTS} accounts, cold key cache", cold * 1000, "ms",
               f"< {COLD_TARGET * 1000:.0f} ms", cold < COLD_TARGET, note),
        Figure(NAME, f"{ACCOUNTS} accounts, warm", warm * 1000, "ms",
               f"< {WARM_TARGET * 1000:.0f} ms", warm < WARM_TARGET),
    ]  # fmt: skip

"""A second process for the store's concurrency and crash tests.

Run as ``python -m tests.core.storage_worker STORE COMMAND ARG…``. It inherits the test's
isolated environment (test keyring file, ``PYTHONPATH``).

- ``add PREFIX COUNT``: print ``ready``, wait for ``go`` on stdin, then save COUNT accounts
  named ``PREFIX-0`` … one store update each.
- ``rotate NAME COUNT``: same handshake, then rotate NAME's credentials COUNT times.
- ``churn``: rewrite the store forever with a large payload, printing each generation
  written, so the parent can kill it mid-write.
- ``stall``: start one update whose temp file is fully written, then print ``stalled`` and
  hang before the rename (inside fsync) until killed.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from core.models import AccountRecord, CredentialSource
from core.store.accounts import AccountManager
from core.store.storage import AccountStore, StoreData

CHURN_PAYLOAD = "p" * 1_000_000


def record(name: str, credentials: str) -> AccountRecord:
    return AccountRecord(
        name=name,
        account_type="oauth",
        source=CredentialSource.APP,
        saved_at=datetime.now(UTC),
        credentials=credentials,
    )


def wait_for_go() -> None:
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        raise SystemExit("no go signal")


async def add(manager: AccountManager, prefix: str, count: int) -> None:
    for index in range(count):
        await manager.save(record(f"{prefix}-{index}", f"secret-{prefix}-{index}"))


async def rotate(manager: AccountManager, name: str, count: int) -> None:
    for index in range(count):
        await manager.update_credentials(name, f"{name}-rotation-{index}")


def replace_with(data: StoreData) -> Callable[[StoreData], StoreData]:
    return lambda _current: data


def churn(store: AccountStore) -> None:
    for generation in itertools.count(1):
        store.update(replace_with(StoreData((record(f"gen-{generation}", CHURN_PAYLOAD),), None)))
        print(generation, flush=True)


def stall(store: AccountStore) -> None:
    def hang(fd: object) -> None:
        print("stalled", flush=True)
        sys.stdin.readline()  # the parent kills us while we wait here
        raise SystemExit("not killed")

    os.fsync = hang
    store.update(replace_with(StoreData((record("never-renamed", CHURN_PAYLOAD),), None)))


def main(argv: list[str]) -> None:
    store = AccountStore(Path(argv[0]))
    command, args = argv[1], argv[2:]
    if command == "churn":
        churn(store)
        return
    if command == "stall":
        stall(store)
        return
    manager = AccountManager(store)
    wait_for_go()
    if command == "add":
        asyncio.run(add(manager, args[0], int(args[1])))
    elif command == "rotate":
        asyncio.run(rotate(manager, args[0], int(args[1])))
    else:
        raise SystemExit(f"unknown command {command!r}")


if __name__ == "__main__":
    main(sys.argv[1:])

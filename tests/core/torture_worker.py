"""Writer processes for tests/core/test_storage_torture.py.

Run as ``python -m tests.core.torture_worker COMMAND STORE ARG…`` with the test's isolated
environment (test keyring file, ``PYTHONPATH``).

- ``rewrite STORE ACCOUNTS PADDING``: rewrite the store forever. Generation ``g`` holds
  ACCOUNTS accounts whose credentials all carry ``g``; it prints ``writing g`` from inside
  the locked update (the write follows at once) and ``wrote g`` once it is on disk, so the
  parent can SIGKILL it at a chosen event instead of after a guessed sleep.
- ``manager STORE``: what the tray does while a CLI runs next to it — after ``ready``/``go``
  on stdio, until ``stop`` arrives: add account ``tray-i`` and rotate ``tray``'s credentials
  to generation ``i``, each its own store update through :class:`AccountManager`; then
  print ``done N`` (N rounds).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import sys
from pathlib import Path

from core.store.accounts import AccountManager
from core.store.storage import AccountStore, StoreData
from tests.core.storage_worker import record, wait_for_go


def credentials(generation: int, account: int, padding: int = 0) -> str:
    oauth = {
        "accessToken": f"sk-ant-oat01-gen{generation}-acct{account}",
        "refreshToken": f"sk-ant-ort01-gen{generation}-acct{account}",
        "expiresAt": 4_000_000_000_000,
        "scopes": ["user:inference", "user:profile"],
    }
    return json.dumps({"claudeAiOauth": oauth, "padding": "x" * padding})


def generation_of(text: str) -> int:
    """The generation an account's credentials were written in (see :func:`credentials`)."""
    token = json.loads(text)["claudeAiOauth"]["accessToken"]
    return int(token.split("-gen", 1)[1].split("-", 1)[0])


def rewrite(store: AccountStore, accounts: int, padding: int) -> None:
    current = store.read().accounts
    start = generation_of(current[0].credentials or "") + 1 if current else 1
    for generation in itertools.count(start):

        def change(_data: StoreData, generation: int = generation) -> StoreData:
            records = tuple(
                record(f"acct-{i}", credentials(generation, i, padding)) for i in range(accounts)
            )
            print(f"writing {generation}", flush=True)
            return StoreData(records, "acct-0")

        store.update(change)
        print(f"wrote {generation}", flush=True)


async def manage(manager: AccountManager) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    waiter = loop.run_in_executor(None, sys.stdin.readline)
    waiter.add_done_callback(lambda _: stop.set())
    rounds = 0
    while not stop.is_set():
        await manager.save(record(f"tray-{rounds}", credentials(rounds, 0)))
        await manager.update_credentials("tray", credentials(rounds, 1))
        rounds += 1
    return rounds


def main(argv: list[str]) -> None:
    command, store = argv[0], AccountStore(Path(argv[1]))
    if command == "rewrite":
        rewrite(store, int(argv[2]), int(argv[3]))
    elif command == "manager":
        wait_for_go()
        print(f"done {asyncio.run(manage(AccountManager(store)))}", flush=True)
    else:
        raise SystemExit(f"unknown command {command!r}")


if __name__ == "__main__":
    main(sys.argv[1:])

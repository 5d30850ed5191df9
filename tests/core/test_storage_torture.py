"""Storage torture: many SIGKILLs mid-write, and the tray and the real CLI writing at once.

tests/core/test_storage.py covers one kill between write and rename and a few random kills
of a one-account writer. Here a writer rewrites several accounts at once and is killed 30
times at chosen events of its write cycle (signalled through its stdout pipe, never guessed
with a sleep); after every kill the store must open and hold one whole generation — the old
state or the new, never a mix — with credentials that parse. Then an AccountManager process
(the tray) and several ``python -m core.cli save`` processes write the same store at the
same time, and nobody's update may be lost.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

from core.store.storage import AccountStore, StoreData
from core.usage.parsing import parse_claude_credentials
from tests.app_paths import app_paths
from tests.conftest import REPO_ROOT
from tests.core.torture_worker import credentials, generation_of, record
from tests.fakes.server import FakeAnthropic

KILLS = 30
ACCOUNTS = 5
PADDING = 50_000  # per account: big enough that a write takes a while
CLI_WRITERS = 4


def worker(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.core.torture_worker", *args],
        cwd=REPO_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_at_event(process: subprocess.Popen[str], events: int) -> tuple[int, int]:
    """SIGKILL the writer right after its ``events``-th line; (last writing, last wrote)."""
    assert process.stdout is not None
    writing = wrote = 0
    for _ in range(events):
        line = process.stdout.readline()
        assert line, process.stderr.read() if process.stderr else "writer died"
        kind, number = line.split()
        if kind == "writing":
            writing = int(number)
        else:
            wrote = int(number)
    process.kill()
    process.communicate(timeout=30)
    return writing, wrote


def one_generation(data: StoreData) -> int:
    """Every account parses and all carry the same generation (one whole update)."""
    assert [r.name for r in data.accounts] == [f"acct-{i}" for i in range(ACCOUNTS)]
    generations = set()
    for item in data.accounts:
        assert item.credentials is not None
        parse_claude_credentials(item.credentials)
        generations.add(generation_of(item.credentials))
    assert len(generations) == 1, f"a mix of generations {sorted(generations)}"
    return generations.pop()


def test_store_survives_many_kills_mid_write(tmp_path: Path) -> None:
    seed = random.randrange(1 << 30)
    chooser = random.Random(seed)
    path = tmp_path / "torture" / "accounts.enc"
    store = AccountStore(path)
    store.update(
        lambda _: StoreData(
            tuple(record(f"acct-{i}", credentials(0, i, PADDING)) for i in range(ACCOUNTS))
        )
    )
    committed = 0
    for round_number in range(KILLS):
        events = chooser.randint(1, 6)
        writing, wrote = kill_at_event(worker("rewrite", str(path), str(ACCOUNTS), str(PADDING)),
                                       events)  # fmt: skip

        generation = one_generation(AccountStore(path).read())

        where = f"seed {seed}, round {round_number}, killed after event {events}"
        assert generation >= max(wrote, committed), where  # nothing committed was lost
        assert generation <= writing + 1, where
        committed = generation

    store.update(lambda data: StoreData(data.accounts, "acct-1"))
    assert one_generation(store.read()) == committed
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def cli_save(name: str, text: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "core.cli", "save", name, "--credentials-file", "-"],
        cwd=REPO_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdin is not None
    process.stdin.write(text)
    process.stdin.close()
    return process


def test_tray_manager_and_cli_writing_at_once_lose_nothing(fake_server: FakeAnthropic) -> None:
    store = AccountStore(app_paths().store)  # where the CLI writes too
    store.update(lambda _: StoreData((record("tray", credentials(-1, 1)),), "tray"))
    accounts = [fake_server.add_account(email=f"cli{i}@example.com") for i in range(CLI_WRITERS)]
    tray = worker("manager", str(store.path))
    assert tray.stdout is not None
    assert tray.stdin is not None
    assert tray.stdout.readline().strip() == "ready"
    tray.stdin.write("go\n")
    tray.stdin.flush()

    clis = [cli_save(f"cli-{i}", a.credentials_json()) for i, a in enumerate(accounts)]
    for process in clis:
        assert process.wait(timeout=60) == 0, process.stderr.read() if process.stderr else ""
    tray.stdin.write("stop\n")
    tray.stdin.flush()
    out, err = tray.communicate(timeout=60)
    assert tray.returncode == 0, err
    rounds = int(out.split()[-1])

    data = store.read()
    cli_names = [f"cli-{i}" for i in range(CLI_WRITERS)]
    tray_names = [f"tray-{i}" for i in range(rounds)]
    assert sorted(data.names) == sorted(["tray", *cli_names, *tray_names])
    assert [n for n in data.names if n.startswith("tray-")] == tray_names  # order kept
    by_name = {item.name: item for item in data.accounts}
    assert generation_of(by_name["tray"].credentials or "") == rounds - 1
    for name, account in zip(cli_names, accounts, strict=True):
        saved = by_name[name]
        assert saved.credentials is not None
        creds = parse_claude_credentials(saved.credentials)
        assert (creds.access_token, creds.refresh_token) == (
            account.access_token,
            account.refresh_token,
        )
        assert saved.email == account.email  # the CLI's profile lookup landed too
    assert data.active == "tray"

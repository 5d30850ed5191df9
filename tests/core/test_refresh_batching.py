"""A refresh of many accounts costs about what one costs: the per-account disk work of a
cycle is done once for all of them (issue 17), over real sockets to the fake server."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import pytest

from core import UsageClient
from core.models import AccountRecord, AccountStatus
from tests.fakes.server import FakeAnthropic

ACCOUNTS = 12
USAGE = "/api/oauth/usage"


def counted(calls: list[Any], method: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return method(*args, **kwargs)

    return wrapper


async def test_a_refresh_reads_the_store_and_claims_polls_once_and_batches_history(
    fake_server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with UsageClient(jitter=0) as client:
        for index in range(ACCOUNTS):
            account = fake_server.add_account(email=f"user{index}@example.com")
            await client.save_account(f"Account {index}", account.credentials_json())
        fake_server.latency = 0.2  # every request in flight at the same time, or not
        store_reads: list[Any] = []
        poll_writes: list[Any] = []
        history_writes: list[Any] = []
        polls = client._fetcher.gate._polls
        history = client._history
        assert history is not None
        monkeypatch.setattr(client.store, "read", counted(store_reads, client.store.read))
        monkeypatch.setattr(polls, "_write", counted(poll_writes, polls._write))
        monkeypatch.setattr(history, "record_many", counted(history_writes, history.record_many))

        usages = await client.get_all_accounts_usage(user_initiated=True)

    assert [usage.status for usage in usages] == [AccountStatus.OK] * ACCOUNTS
    assert fake_server.peak_concurrency(USAGE) == ACCOUNTS
    assert len(store_reads) == 2  # the account list, then every token at once
    assert len(poll_writes) == 1
    # Snapshots are saved as they arrive, those arriving together in one transaction:
    # holding them all for one would put the whole write after the last answer.
    assert sum(len(usages) for (usages,) in history_writes) == ACCOUNTS
    assert len(history_writes) < ACCOUNTS
    for usage in usages:
        assert usage.forecasts, "each snapshot still gets its forecasts"


async def test_accounts_polled_moments_ago_by_another_process_are_reused_not_asked(
    fake_server: FakeAnthropic,
) -> None:
    """The batched claims keep the cross-process rule: a second client (another process's
    view of the same files) asks nothing within the minimum interval."""
    async with UsageClient(jitter=0) as first:
        for index in range(ACCOUNTS):
            account = fake_server.add_account(email=f"user{index}@example.com")
            await first.save_account(f"Account {index}", account.credentials_json())
        fresh = await first.get_all_accounts_usage()
    asked = fake_server.count(USAGE)
    async with UsageClient(jitter=0) as second:
        reused = await second.get_all_accounts_usage()

    assert fake_server.count(USAGE) == asked == ACCOUNTS
    assert [u.session for u in reused] == [u.session for u in fresh]
    assert all(usage.status is AccountStatus.OK for usage in reused)


async def test_a_background_refresh_answered_from_a_recent_poll_does_not_wait_the_stagger(
    fake_server: FakeAnthropic,
) -> None:
    """The stagger spreads requests (per-IP 429s); accounts that need no request — polled
    moments ago by another process — answer at once, so a one-shot CLI run is quick."""
    async with UsageClient(jitter=0) as poller:
        for index in range(ACCOUNTS):
            account = fake_server.add_account(email=f"user{index}@example.com")
            await poller.save_account(f"Account {index}", account.credentials_json())
        await poller.get_all_accounts_usage()
    async with UsageClient(jitter=3600) as reader:  # a stagger that would never end
        usages = await asyncio.wait_for(reader.get_all_accounts_usage(), 30)

    assert [usage.status for usage in usages] == [AccountStatus.OK] * ACCOUNTS
    assert fake_server.count(USAGE) == ACCOUNTS


class HeldSnapshots:
    """The snapshot cache's batch write, held until released: files still being written."""

    def __init__(self, client: UsageClient, monkeypatch: pytest.MonkeyPatch) -> None:
        self.cache = client._fetcher.snapshots
        self.release = threading.Event()
        self.writes = 0
        write = self.cache.save_many

        def held(snapshots: Any) -> None:
            assert self.release.wait(10)
            write(snapshots)
            self.writes += 1

        monkeypatch.setattr(self.cache, "save_many", held)


async def _one_account(client: UsageClient, fake_server: FakeAnthropic) -> AccountRecord:
    account = fake_server.add_account(email="held@example.com")
    await client.save_account("Held", account.credentials_json())
    return await client.accounts.get("Held")


async def test_the_answer_does_not_wait_for_the_snapshot_file_and_closing_writes_it(
    fake_server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is for the next process; the answer is for the one waiting (issue 17)."""
    client = UsageClient(jitter=0)
    record = await _one_account(client, fake_server)
    held = HeldSnapshots(client, monkeypatch)

    [usage] = await client.get_all_accounts_usage(user_initiated=True)

    assert usage.status is AccountStatus.OK
    assert usage.forecasts
    assert held.cache.load(record.id) is None  # still being written
    closing = asyncio.ensure_future(client.aclose())
    await asyncio.wait([closing], timeout=0)
    assert not closing.done(), "closing waits for the file"
    held.release.set()
    await closing
    saved = held.cache.load(record.id)
    assert saved is not None
    assert saved.session == usage.session


def release_on_flush(
    held: HeldSnapshots, client: UsageClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The held write goes on only once somebody waits for it: what did not wait runs
    before it, and the file lands afterwards (with a deleted account, or the old name)."""
    flush = client._fetcher.flush

    async def releasing() -> None:
        held.release.set()
        await flush()

    monkeypatch.setattr(client._fetcher, "flush", releasing)


async def refreshed_while_held(
    client: UsageClient, fake_server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch
) -> tuple[AccountRecord, HeldSnapshots]:
    """One account refreshed, its snapshot file held until somebody flushes."""
    record = await _one_account(client, fake_server)
    held = HeldSnapshots(client, monkeypatch)
    await client.get_all_accounts_usage(user_initiated=True)
    release_on_flush(held, client, monkeypatch)
    return record, held


async def test_deleting_an_account_whose_snapshot_is_being_written_leaves_no_file(
    fake_server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with UsageClient(jitter=0) as client:
        record, held = await refreshed_while_held(client, fake_server, monkeypatch)

        await client.delete_account("Held")
        await client.flush()  # a write that had not been waited for lands now

        assert held.writes == 1
        assert held.cache.load(record.id, "Held") is None


async def test_renaming_an_account_whose_snapshot_is_being_written_labels_it_with_the_new_name(
    fake_server: FakeAnthropic, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with UsageClient(jitter=0) as client:
        record, held = await refreshed_while_held(client, fake_server, monkeypatch)

        await client.rename_account("Held", "Renamed")
        await client.flush()

        saved = held.cache.load(record.id)
        assert saved is not None
        assert saved.account_name == "Renamed"

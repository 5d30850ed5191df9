"""The chained source: first place with a login wins, and a write goes back to it."""

from __future__ import annotations

import asyncio
import threading

import pytest

from core.credentials import ChainedCredentialSource
from core.credentials._blocking import run_blocking
from core.errors import CredentialsError


class Place:
    """An in-memory credential place; ``error`` makes reads fail."""

    def __init__(self, name: str, text: str | None = None, error: bool = False) -> None:
        self.description = name
        self.text = text
        self.error = error
        self.writes: list[str] = []

    async def read(self) -> str | None:
        if self.error:
            raise CredentialsError(f"{self.description} is locked")
        return self.text

    async def write(self, text: str) -> None:
        self.writes.append(text)
        self.text = text


async def test_first_place_with_a_login_wins_and_gets_the_write() -> None:
    first, second = Place("keychain", '{"a": 1}'), Place("file", '{"b": 2}')
    chain = ChainedCredentialSource([first, second])
    assert await chain.read() == '{"a": 1}'
    assert chain.answered is first
    assert chain.description == "keychain"
    await chain.write('{"a": 2}')
    assert (first.writes, second.writes) == (['{"a": 2}'], [])


async def test_falls_through_absent_places_and_writes_back_there() -> None:
    first, second = Place("keychain"), Place("file", '{"b": 2}')
    chain = ChainedCredentialSource([first, second])
    assert await chain.read() == '{"b": 2}'
    await chain.write('{"b": 3}')
    assert (first.writes, second.writes) == ([], ['{"b": 3}'])


async def test_a_failing_place_is_skipped_when_another_has_the_login() -> None:
    # Claude Code's fallback storage also treats a failed primary read as "nothing there".
    chain = ChainedCredentialSource([Place("keychain", error=True), Place("file", '{"b": 2}')])
    assert await chain.read() == '{"b": 2}'


async def test_a_failure_is_reported_when_no_place_has_the_login() -> None:
    chain = ChainedCredentialSource([Place("file"), Place("keyring", error=True)])
    with pytest.raises(CredentialsError, match="keyring is locked"):
        await chain.read()


async def test_no_login_anywhere_is_none_and_lists_every_place() -> None:
    chain = ChainedCredentialSource([Place("file"), Place("keyring")])
    assert await chain.read() is None
    assert chain.answered is None
    assert chain.description == "file or keyring"


async def test_write_without_a_read_finds_the_login_first() -> None:
    first, second = Place("file"), Place("keyring", "{}")
    await ChainedCredentialSource([first, second]).write('{"new": 1}')
    assert (first.writes, second.writes) == ([], ['{"new": 1}'])


async def test_write_with_no_login_anywhere_goes_to_the_first_place() -> None:
    first, second = Place("file"), Place("keyring")
    await ChainedCredentialSource([first, second]).write("{}")
    assert (first.writes, second.writes) == (["{}"], [])


async def test_a_login_that_disappears_is_no_longer_the_write_target() -> None:
    first, second = Place("keychain", "{}"), Place("file", '{"f": 1}')
    chain = ChainedCredentialSource([first, second])
    await chain.read()
    first.text = None
    assert await chain.read() == '{"f": 1}'
    await chain.write('{"f": 2}')
    assert second.writes == ['{"f": 2}']


def test_an_empty_chain_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="at least one source"):
        ChainedCredentialSource([])


# --------------------------------------------------- blocking keyring calls, deadline


async def test_blocking_call_result_and_error_come_back() -> None:
    assert await run_blocking(lambda: 42, timeout=5, what="reading x") == 42

    def fail() -> None:
        raise CredentialsError("boom")

    with pytest.raises(CredentialsError, match="boom"):
        await run_blocking(fail, timeout=5, what="reading x")


async def test_blocking_call_that_hangs_times_out_and_is_abandoned() -> None:
    release = threading.Event()
    finished = threading.Event()

    def hang() -> str:
        release.wait(30)
        finished.set()
        return "late"

    with pytest.raises(CredentialsError, match=r"Timed out after 0\.2 s reading the item"):
        await run_blocking(hang, timeout=0.2, what="reading the item")
    release.set()
    await asyncio.to_thread(finished.wait, 5)
    assert finished.is_set()  # the late result is dropped without an error

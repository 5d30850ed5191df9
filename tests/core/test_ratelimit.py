"""core.usage.ratelimit: hashed persisted cooldowns, back-off, bypass once, min interval."""

from __future__ import annotations

import asyncio
import email.utils
import json
import os
import stat
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from core.anthropic.api import AnthropicApi, new_http_client
from core.anthropic.endpoints import Endpoints
from core.errors import NetworkError, RateLimitedError
from core.usage.ratelimit import (
    COOLDOWN_CEILING,
    COOLDOWN_FLOOR,
    Cooldown,
    RateLimitGate,
    TooSoonError,
    cooldown_delay,
    token_key,
)
from tests.fakes.server import FakeAnthropic

T0 = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
TOKEN = "sk-ant-oat01-TOKEN-AAAA"


class FakeClock:
    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class Server:
    """A request function that answers from a script and counts calls."""

    def __init__(self) -> None:
        self.calls = 0
        self.script: list[Exception | None] = []

    async def __call__(self) -> str:
        self.calls += 1
        outcome = self.script.pop(0) if self.script else None
        if outcome is not None:
            raise outcome
        return "ok"


def limited(retry_at: datetime | None = None) -> RateLimitedError:
    return RateLimitedError("Rate limited by Anthropic: slow down", retry_at=retry_at)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "state" / "cooldowns.json"


@pytest.fixture
def gate(path: Path, clock: FakeClock) -> RateLimitGate:
    return RateLimitGate(path, clock=clock)


@pytest.fixture
def server() -> Server:
    return Server()


async def hit_429(
    gate: RateLimitGate, server: Server, retry_at: datetime | None = None
) -> RateLimitedError:
    server.script.append(limited(retry_at))
    with pytest.raises(RateLimitedError) as caught:
        await gate.call(TOKEN, server, user_initiated=True)
    return caught.value


# -- the delay rule ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("retry_after", "strikes", "expected"),
    [
        (None, 0, 60),  # missing → floor
        (0, 0, 60),  # "retry-after: 0" → floor
        (30, 0, 60),  # below the floor
        (600, 0, 600),  # honoured
        (5 * 3600, 0, 3600),  # ceiling
        (None, 1, 120),  # back-off floor·2^n
        (None, 3, 480),
        (None, 10, 3600),  # capped
        (600, 3, 600),  # the longer of the two
        (100, 2, 240),
    ],
)
def test_cooldown_delay(retry_after: int | None, strikes: int, expected: int) -> None:
    retry_at = None if retry_after is None else T0 + timedelta(seconds=retry_after)
    assert cooldown_delay(retry_at, strikes, T0) == timedelta(seconds=expected)


def test_retry_at_in_the_past_means_the_floor() -> None:
    assert cooldown_delay(T0 - timedelta(hours=1), 0, T0) == COOLDOWN_FLOOR


# -- cooldowns -----------------------------------------------------------------------------


async def test_429_starts_a_cooldown_that_blocks_without_a_request(
    gate: RateLimitGate, server: Server, clock: FakeClock
) -> None:
    error = await hit_429(gate, server, T0 + timedelta(seconds=300))
    assert error.retry_at == T0 + timedelta(seconds=300)
    clock.advance(120)
    with pytest.raises(RateLimitedError) as caught:
        await gate.call(TOKEN, server)
    assert caught.value.retry_at == T0 + timedelta(seconds=300)
    assert server.calls == 1
    clock.advance(181)
    assert await gate.call(TOKEN, server) == "ok"
    assert server.calls == 2


async def test_cooldown_survives_a_restart_and_stores_only_a_hash(
    gate: RateLimitGate, server: Server, clock: FakeClock, path: Path
) -> None:
    await hit_429(gate, server, T0 + timedelta(seconds=900))
    restarted = RateLimitGate(path, clock=clock)
    clock.advance(60)
    with pytest.raises(RateLimitedError) as caught:
        await restarted.call(TOKEN, server)
    assert caught.value.retry_at == T0 + timedelta(seconds=900)
    assert server.calls == 1
    content = path.read_text()
    assert TOKEN not in content
    assert "TOKEN" not in content
    assert token_key(TOKEN) in json.loads(content)["tokens"]
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


async def test_repeated_429s_back_off_exponentially(
    gate: RateLimitGate, server: Server, clock: FakeClock
) -> None:
    waits = []
    for _ in range(4):
        error = await hit_429(gate, server)  # retry-after missing
        assert error.retry_at is not None
        waits.append((error.retry_at - clock.now).total_seconds())
        clock.now = error.retry_at
    assert waits == [60, 120, 240, 480]


async def test_success_forgives_strikes(
    gate: RateLimitGate, server: Server, clock: FakeClock
) -> None:
    first = await hit_429(gate, server)
    assert first.retry_at is not None
    clock.now = first.retry_at
    second = await hit_429(gate, server)
    assert second.retry_at is not None
    clock.now = second.retry_at
    assert await gate.call(TOKEN, server, user_initiated=True) == "ok"
    third = await hit_429(gate, server)
    assert third.retry_at == clock.now + COOLDOWN_FLOOR
    assert (await gate.cooldown(TOKEN)) is not None


async def test_user_refresh_bypasses_a_cooldown_once(
    gate: RateLimitGate, server: Server, clock: FakeClock
) -> None:
    server.script.append(limited(T0 + timedelta(minutes=30)))
    with pytest.raises(RateLimitedError):
        await gate.call(TOKEN, server)
    clock.advance(5)
    assert await gate.call(TOKEN, server, user_initiated=True) == "ok"  # the bypass
    assert server.calls == 2
    assert await gate.cooldown(TOKEN) is None  # success cleared it


async def test_bypass_is_spent_when_it_is_rate_limited_too(
    gate: RateLimitGate, server: Server, clock: FakeClock, path: Path
) -> None:
    await hit_429(gate, server, T0 + timedelta(minutes=30))
    clock.advance(5)
    await hit_429(gate, server)  # the bypass request itself got a 429
    clock.advance(5)
    with pytest.raises(RateLimitedError):
        await gate.call(TOKEN, server, user_initiated=True)
    with pytest.raises(RateLimitedError):  # spent across a restart too
        await RateLimitGate(path, clock=clock).call(TOKEN, server, user_initiated=True)
    assert server.calls == 2


async def test_bypass_comes_back_with_a_new_cooldown(
    gate: RateLimitGate, server: Server, clock: FakeClock
) -> None:
    await hit_429(gate, server)
    clock.advance(1)
    second = await hit_429(gate, server)  # bypass used, and failed
    assert second.retry_at is not None
    clock.now = second.retry_at + timedelta(seconds=1)  # that cooldown ended
    third = await hit_429(gate, server)  # a new cooldown starts
    assert third.retry_at is not None
    clock.advance(1)
    assert await gate.call(TOKEN, server, user_initiated=True) == "ok"


async def test_cooldowns_are_per_token(gate: RateLimitGate, server: Server) -> None:
    await hit_429(gate, server)
    assert await gate.call("sk-ant-oat01-OTHER-BBBB", server) == "ok"


async def test_other_errors_do_not_start_a_cooldown(
    gate: RateLimitGate, server: Server, clock: FakeClock
) -> None:
    server.script.append(NetworkError("down"))
    with pytest.raises(NetworkError):
        await gate.call(TOKEN, server)
    clock.advance(61)
    assert await gate.call(TOKEN, server) == "ok"
    assert not gate.path.exists() or token_key(TOKEN) not in gate.path.read_text()


async def test_expired_entries_are_garbage_collected(
    gate: RateLimitGate, server: Server, clock: FakeClock, path: Path
) -> None:
    await hit_429(gate, server)
    clock.advance(3 * 3600)  # the token has long been rotated
    server.script.append(limited())
    with pytest.raises(RateLimitedError):
        await gate.call("sk-ant-oat01-NEW-CCCC", server)
    tokens = json.loads(path.read_text())["tokens"]
    assert list(tokens) == [token_key("sk-ant-oat01-NEW-CCCC")]


async def test_finished_cooldown_is_remembered_for_back_off_within_the_hour(
    gate: RateLimitGate, server: Server, clock: FakeClock
) -> None:
    first = await hit_429(gate, server)
    assert first.retry_at is not None
    clock.now = first.retry_at + timedelta(minutes=30)
    second = await hit_429(gate, server)
    assert second.retry_at == clock.now + 2 * COOLDOWN_FLOOR


@pytest.mark.parametrize("content", ["{not json", "[]", '{"tokens": []}', '{"tokens": {"k": 5}}'])
async def test_corrupt_file_is_ignored_and_rewritten(
    gate: RateLimitGate, server: Server, path: Path, content: str
) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(content)
    assert await gate.call(TOKEN, server) == "ok"
    await hit_429(gate, server)
    assert token_key(TOKEN) in json.loads(path.read_text())["tokens"]


async def test_unwritable_state_is_enforced_in_memory(
    tmp_path: Path, server: Server, clock: FakeClock
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    gate = RateLimitGate(blocker / "cooldowns.json", clock=clock)
    error = await hit_429(gate, server)
    assert error.retry_at == T0 + COOLDOWN_FLOOR
    clock.advance(61)
    second = await hit_429(gate, server)
    assert second.retry_at == clock.now + 2 * COOLDOWN_FLOOR  # strike 1 was remembered
    clock.advance(61)
    with pytest.raises(RateLimitedError):
        await gate.call(TOKEN, server)
    assert server.calls == 2


def test_cooldown_active() -> None:
    assert Cooldown(T0).active(T0 - timedelta(seconds=1))
    assert not Cooldown(T0).active(T0)


# -- minimum interval and one in flight ----------------------------------------------------


async def test_polls_closer_than_the_minimum_interval_are_refused(
    gate: RateLimitGate, server: Server, clock: FakeClock
) -> None:
    assert await gate.call(TOKEN, server) == "ok"
    clock.advance(30)
    with pytest.raises(TooSoonError) as caught:
        await gate.call(TOKEN, server)
    assert caught.value.next_at == T0 + timedelta(seconds=60)
    assert await gate.call(TOKEN, server, user_initiated=True) == "ok"
    clock.advance(60)
    assert await gate.call(TOKEN, server) == "ok"
    assert server.calls == 3


async def test_one_request_in_flight_per_token(gate: RateLimitGate) -> None:
    release = asyncio.Event()
    started: list[str] = []

    async def slow() -> str:
        started.append("x")
        await release.wait()
        return "ok"

    first = asyncio.create_task(gate.call(TOKEN, slow))
    second = asyncio.create_task(gate.call(TOKEN, slow))
    other = asyncio.create_task(gate.call("sk-ant-oat01-OTHER-DDDD", slow))
    while len(started) < 2:
        await asyncio.sleep(0)
    assert not second.done()  # waiting for the first, not sending
    release.set()
    assert await first == "ok"
    assert await other == "ok"
    with pytest.raises(TooSoonError):
        await second  # reuses the first one's result instead of asking again
    assert len(started) == 2


# -- over real sockets ---------------------------------------------------------------------


@pytest.fixture
async def api(fake_server: FakeAnthropic) -> AsyncIterator[AnthropicApi]:
    endpoints = Endpoints(
        api_base=fake_server.base_url,
        token_url=fake_server.token_url,
        authorize_url=fake_server.authorize_url,
    )
    async with new_http_client() as http:
        yield AnthropicApi(http, endpoints, user_agent="claude-code/2.0.31")


@pytest.mark.parametrize(
    ("header", "expected_seconds"),
    [("120", 120), ("0", 60), (None, 60), ("7200", 3600), ("date+600", 600)],
)
async def test_retry_after_from_the_server(
    fake_server: FakeAnthropic,
    api: AnthropicApi,
    path: Path,
    header: str | None,
    expected_seconds: int,
) -> None:
    account = fake_server.add_account()
    now = datetime.now(UTC).replace(microsecond=0)
    if header == "date+600":
        header = email.utils.format_datetime(now + timedelta(seconds=600), usegmt=True)
    fake_server.rate_limit("/api/oauth/usage", retry_after=header)
    gate = RateLimitGate(path, clock=lambda: now)
    with pytest.raises(RateLimitedError) as caught:
        await gate.call(account.access_token, lambda: api.get_usage(account.access_token))
    assert caught.value.retry_at is not None
    waited = (caught.value.retry_at - now).total_seconds()
    assert waited == pytest.approx(expected_seconds, abs=2)
    assert waited <= COOLDOWN_CEILING.total_seconds()


async def test_429_cooldown_honoured_across_a_client_restart(
    fake_server: FakeAnthropic, api: AnthropicApi, path: Path
) -> None:
    account = fake_server.add_account()
    fake_server.rate_limit("/api/oauth/usage", retry_after=600)
    request = lambda: api.get_usage(account.access_token)  # noqa: E731
    with pytest.raises(RateLimitedError):
        await RateLimitGate(path).call(account.access_token, request)
    assert fake_server.count("/api/oauth/usage") == 1
    with pytest.raises(RateLimitedError) as caught:  # a new process: new gate, same file
        await RateLimitGate(path).call(account.access_token, request)
    assert fake_server.count("/api/oauth/usage") == 1  # no request was sent
    assert caught.value.retry_at is not None
    assert caught.value.retry_at > datetime.now(UTC) + timedelta(seconds=590)


async def test_mock_transport_429_without_retry_after(path: Path, clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, json={"error": {"type": "rate_limit_error", "message": "x"}})

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        api = AnthropicApi(http, Endpoints())
        gate = RateLimitGate(path, clock=clock)
        with pytest.raises(RateLimitedError) as caught:
            await gate.call(TOKEN, lambda: api.get_usage(TOKEN))
    assert caught.value.retry_at == T0 + COOLDOWN_FLOOR


async def test_poll_times_of_rotated_tokens_are_forgotten(
    gate: RateLimitGate, server: Server, clock: FakeClock
) -> None:
    for index in range(70):
        await gate.call(f"sk-ant-oat01-ROTATED-{index:04d}", server)
    clock.advance(61)
    await gate.call(TOKEN, server)
    assert len(gate._last_poll) == 1  # memory stays bounded as tokens rotate
    assert len(gate._locks) == 1


# -- the minimum interval across processes (a gate per process, one shared file) ------------


async def test_another_process_within_the_interval_is_told_too_soon(
    path: Path, server: Server, clock: FakeClock
) -> None:
    await RateLimitGate(path, clock=clock).call(TOKEN, server)
    clock.advance(30)
    with pytest.raises(TooSoonError) as caught:
        await RateLimitGate(path, clock=clock).call(TOKEN, server)  # another process
    assert server.calls == 1
    assert caught.value.next_at == T0 + timedelta(seconds=60)
    clock.advance(30)
    assert await RateLimitGate(path, clock=clock).call(TOKEN, server) == "ok"
    assert server.calls == 2


async def test_a_neighbour_that_read_the_clock_a_moment_later_still_counts(
    path: Path, server: Server, clock: FakeClock
) -> None:
    """Two processes start together and the one that gets the file lock second read "now"
    a moment before the other's claim: that claim is still within its interval. (Before:
    a claim "in the future" was not counted, and both asked — seen with 20 readers.)"""
    neighbour = FakeClock()
    neighbour.now = clock.now + timedelta(seconds=0.2)
    await RateLimitGate(path, clock=neighbour).call(TOKEN, server)
    with pytest.raises(TooSoonError):
        await RateLimitGate(path, clock=clock).call(TOKEN, server)
    assert server.calls == 1


async def test_a_poll_time_far_in_the_future_is_damage_and_ignored(
    path: Path, server: Server, clock: FakeClock
) -> None:
    polls = path.with_name("polls.json")
    polls.parent.mkdir(parents=True, exist_ok=True)
    future = (clock.now + timedelta(days=1)).timestamp()
    polls.write_text(json.dumps({"version": 1, "polls": {token_key(TOKEN): future}}))
    assert await RateLimitGate(path, clock=clock).call(TOKEN, server) == "ok"
    assert server.calls == 1


async def test_another_token_is_not_held_back_by_a_poll_of_this_one(
    path: Path, server: Server, clock: FakeClock
) -> None:
    await RateLimitGate(path, clock=clock).call(TOKEN, server)
    await RateLimitGate(path, clock=clock).call("sk-ant-oat01-OTHER-BBBB", server)
    assert server.calls == 2


async def test_a_user_refresh_in_another_process_still_asks(
    path: Path, server: Server, clock: FakeClock
) -> None:
    await RateLimitGate(path, clock=clock).call(TOKEN, server)
    clock.advance(5)
    await RateLimitGate(path, clock=clock).call(TOKEN, server, user_initiated=True)
    assert server.calls == 2
    clock.advance(30)  # the user's poll moved the interval on
    with pytest.raises(TooSoonError):
        await RateLimitGate(path, clock=clock).call(TOKEN, server)


@pytest.mark.faults
@pytest.mark.parametrize("content", [b"", b"not json", b"[]", b'{"polls": {"k": "x"}}'])
async def test_an_unreadable_poll_file_counts_as_no_polls_and_is_rewritten(
    path: Path, server: Server, clock: FakeClock, content: bytes
) -> None:
    polls = path.with_name("polls.json")
    polls.parent.mkdir(parents=True, exist_ok=True)
    polls.write_bytes(content)
    await RateLimitGate(path, clock=clock).call(TOKEN, server)
    assert server.calls == 1
    assert token_key(TOKEN) in json.loads(polls.read_text())["polls"]
    assert TOKEN not in polls.read_text()  # a hash, never the token


@pytest.mark.faults
async def test_an_unwritable_poll_file_keeps_the_interval_in_this_process(
    path: Path, server: Server, clock: FakeClock
) -> None:
    path.parent.mkdir(parents=True)
    path.with_name("polls.json").mkdir()  # a folder where the file should be
    gate = RateLimitGate(path, clock=clock)
    await gate.call(TOKEN, server)
    with pytest.raises(TooSoonError):
        await gate.call(TOKEN, server)
    assert server.calls == 1

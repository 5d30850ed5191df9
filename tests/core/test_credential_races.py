"""Credentials must never be lost: real ``claude-usage`` processes racing over one account.

Each case forces its interleaving instead of hoping for it: the fake server handles a
token request on arrival (the refresh token is spent at once, as the real server does)
but holds the answer back until the test releases it, after the other process has acted.
What is checked afterwards is what people would see: the next run works without asking
to sign in again, and the store holds a refresh token the server still honours.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

import pytest

from core.store.storage import AccountStore
from core.usage.parsing import parse_claude_credentials
from tests.app_paths import app_paths
from tests.core.test_cli import REPO_ROOT, TOKEN, cli, cli_env, save_copy, usage_payload
from tests.fakes.server import FakeAccount, FakeAnthropic

pytestmark = pytest.mark.faults

TOKEN_PATH = "/v1/oauth/token"
USAGE_PATH = "/api/oauth/usage"
WAITING = "waiting for it to finish"  # what a process logs (-v) when it queues on the lock


class Running:
    """A ``claude-usage`` process in the background, its output read as it comes."""

    def __init__(self, fake: FakeAnthropic, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "core.cli", *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(fake),
            cwd=REPO_ROOT,
        )
        self._out: list[str] = []
        self._err: list[str] = []
        self._said = threading.Condition()
        assert self.process.stdout is not None
        assert self.process.stderr is not None
        self._readers = [
            threading.Thread(target=self._read, args=(self.process.stdout, self._out)),
            threading.Thread(target=self._read, args=(self.process.stderr, self._err)),
        ]
        for reader in self._readers:
            reader.start()

    def _read(self, stream: IO[str], lines: list[str]) -> None:
        for line in stream:
            with self._said:
                lines.append(line)
                self._said.notify_all()

    def said(self, text: str) -> bool:
        with self._said:
            return any(text in line for line in self._err)

    def finish(self, timeout: float = 60) -> tuple[int, str, str]:
        """Exit status, stdout and stderr once the process has ended."""
        code = self.process.wait(timeout=timeout)
        for reader in self._readers:
            reader.join(timeout=timeout)
        out, err = "".join(self._out), "".join(self._err)
        assert not TOKEN.search(out + err), "a secret was printed"
        return code, out, err

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.finish()


@contextmanager
def running(fake: FakeAnthropic, *args: str) -> Iterator[Running]:
    process = Running(fake, *args)
    try:
        yield process
    finally:
        process.kill()


def wait_until(condition: Any, what: str, timeout: float = 30) -> None:
    """Poll state held by another process (its log, the fake's request count) to a deadline."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        pause.wait(0.02)


def save_expired(fake: FakeAnthropic, name: str, account: FakeAccount) -> None:
    """Save an app-owned copy whose access token looks expired, so the next use refreshes."""
    expired = account.credentials_json(expires_at_ms=int((time.time() - 60) * 1000))
    result = cli(fake, "save", name, "--credentials-file", "-", stdin=expired)
    assert result.returncode == 0, result.stderr


def stored_tokens(name: str) -> tuple[str, str | None]:
    """The access and refresh token the store holds for ``name`` (read like another process)."""
    record = AccountStore(app_paths().store).read().find(name)
    assert record is not None, f"{name!r} is not in the store"
    creds = parse_claude_credentials(record.credentials or "")
    return creds.access_token, creds.refresh_token


def usage_of(result_stdout: str) -> dict[str, Any]:
    (account,) = json.loads(result_stdout)["accounts"]
    return dict(account)


def assert_works_without_a_new_refresh(
    fake: FakeAnthropic, name: str, account: FakeAccount
) -> None:
    """The next run uses the stored pair: no sign-in, no refresh, and it is the live pair."""
    refreshes = fake.count(TOKEN_PATH)
    result = cli(fake, "usage", name, "--json")
    assert result.returncode == 0, result.stderr
    assert usage_of(result.stdout)["status"] == "ok"
    assert fake.count(TOKEN_PATH) == refreshes
    assert stored_tokens(name) == (account.access_token, account.refresh_token)
    assert fake.is_live_refresh_token(account.refresh_token)


# -- 1. a rename in one process while another refreshes ------------------------------------------


def test_rename_while_another_process_refreshes_keeps_the_rotated_pair(
    fake_server: FakeAnthropic,
) -> None:
    account = fake_server.add_account(email="ana@example.com", usage=usage_payload())
    save_expired(fake_server, "A", account)
    hold = fake_server.hold(TOKEN_PATH)

    with running(fake_server, "usage", "A", "--json") as refreshing:
        hold.wait_until_held()  # the old refresh token is spent; the answer is on hold
        renamed = cli(fake_server, "rename", "A", "A2")
        assert renamed.returncode == 0, renamed.stderr
        hold.release()
        code, out, err = refreshing.finish()

    assert code == 0, out + err
    assert usage_of(out)["status"] == "ok"
    assert_works_without_a_new_refresh(fake_server, "A2", account)


# -- 2. new credentials saved under a name while its refresh is in flight ------------------------


def test_new_sign_in_saved_during_a_refresh_is_not_overwritten(
    fake_server: FakeAnthropic,
) -> None:
    old = fake_server.add_account(email="old@example.com", usage=usage_payload(session=10.0))
    new = fake_server.add_account(email="new@example.com", usage=usage_payload(session=90.0))
    save_expired(fake_server, "A", old)
    hold = fake_server.hold(TOKEN_PATH)

    with running(fake_server, "usage", "A", "--json") as refreshing:
        hold.wait_until_held()
        saved = cli(
            fake_server, "save", "A", "--credentials-file", "-", stdin=new.credentials_json()
        )
        assert saved.returncode == 0, saved.stderr
        hold.release()
        code, out, err = refreshing.finish()

    assert code == 0, out + err
    shown = usage_of(out)  # it went on with the new sign-in, and says whose usage it is
    assert (shown["email"], shown["session"]["percent"]) == ("new@example.com", 90)
    assert stored_tokens("A") == (new.access_token, new.refresh_token)
    after = cli(fake_server, "usage", "A", "--json")
    assert after.returncode == 0, after.stderr
    assert usage_of(after.stdout)["email"] == "new@example.com"
    assert usage_of(after.stdout)["session"]["percent"] == 90


# -- 3. a token answer with quirky fields ---------------------------------------------------------


@pytest.mark.parametrize(
    "quirks",
    [
        {"expires_in": "28800", "scope": ["user:inference", "user:profile"]},
        {"expires_in": "soon", "scope": {"not": "a scope"}},
        {"expires_in": None, "scope": None},
    ],
    ids=["string-expires_in-list-scope", "junk", "nulls"],
)
def test_quirky_token_answer_still_stores_the_rotated_pair(
    fake_server: FakeAnthropic, quirks: dict[str, Any]
) -> None:
    account = fake_server.add_account(usage=usage_payload())
    save_expired(fake_server, "A", account)
    fake_server.token_response_quirks = quirks

    first = cli(fake_server, "usage", "A", "--json")

    assert first.returncode == 0, first.stdout + first.stderr
    assert usage_of(first.stdout)["status"] == "ok"
    assert fake_server.count(TOKEN_PATH) == 1
    assert_works_without_a_new_refresh(fake_server, "A", account)


def test_token_answer_without_an_access_token_still_keeps_the_new_refresh_token(
    fake_server: FakeAnthropic,
) -> None:
    account = fake_server.add_account(usage=usage_payload())
    save_expired(fake_server, "A", account)
    fake_server.token_response_quirks = {"access_token": None}

    first = cli(fake_server, "usage", "A", "--json")

    assert first.returncode == 1  # this answer is unusable, and it says so ...
    assert usage_of(first.stdout)["status"] == "error"
    assert stored_tokens("A")[1] == account.refresh_token  # ... but the grant was kept
    fake_server.token_response_quirks = {}
    second = cli(fake_server, "usage", "A", "--json")
    assert second.returncode == 0, second.stderr
    assert usage_of(second.stdout)["status"] == "ok"
    assert fake_server.count(TOKEN_PATH) == 2
    assert_works_without_a_new_refresh(fake_server, "A", account)


# -- 4. two processes refreshing the same expired account at once ---------------------------------


def test_second_process_waits_for_the_first_refresh_and_uses_its_pair(
    fake_server: FakeAnthropic,
) -> None:
    account = fake_server.add_account(usage=usage_payload())
    save_expired(fake_server, "A", account)
    hold = fake_server.hold(TOKEN_PATH)

    with (
        running(fake_server, "usage", "A", "--json") as first,
        running_after(hold, fake_server, "-v", "usage", "A", "--json") as second,
    ):
        # The second one has acted once it queues behind the first (it says so) or, without
        # the account lock, once its own refresh request with the spent token arrives.
        wait_until(
            lambda: second.said(WAITING) or fake_server.count(TOKEN_PATH) >= 2,
            "the second process neither waited nor refreshed",
        )
        hold.release()
        first_code, first_out, first_err = first.finish()
        assert first_code == 0, first_out + first_err
        second_code, second_out, second_err = second.finish()

    assert second_code == 0, second_out + second_err
    assert usage_of(second_out)["status"] == "ok"
    assert fake_server.count(TOKEN_PATH) == 1  # one refresh between them
    assert_works_without_a_new_refresh(fake_server, "A", account)


@contextmanager
def running_after(hold: Any, fake: FakeAnthropic, *args: str) -> Iterator[Running]:
    """Start a process once the first one's refresh is on hold."""
    hold.wait_until_held()
    with running(fake, *args) as process:
        yield process


# -- 5. last good values across a rename ----------------------------------------------------------


def test_failure_right_after_a_rename_still_shows_the_last_good_values(
    fake_server: FakeAnthropic,
) -> None:
    account = fake_server.add_account(usage=usage_payload(session=37.0))
    save_copy(fake_server, "A", account)
    good = cli(fake_server, "usage", "A", "--json")
    assert good.returncode == 0, good.stderr

    renamed = cli(fake_server, "rename", "A", "A2")
    assert renamed.returncode == 0, renamed.stderr
    fake_server.fail(USAGE_PATH, 503, times=None)
    failed = cli(fake_server, "usage", "A2", "--json", "--refresh")  # asks again

    assert failed.returncode == 0  # 1 only when there is nothing at all to show
    shown = usage_of(failed.stdout)
    assert (shown["name"], shown["status"], shown["stale"]) == ("A2", "error", True)
    assert shown["session"]["percent"] == 37

"""``claude-usage usage [--json]`` answered from the cache (core.cli.from_cache).

Real processes against the fake server, as tests/core/test_cli.py runs them. Which path
answered is read from the process itself: it reports the modules it loaded, and a cached
answer never loads the keyring, cryptography, httpx or asyncio (the full path needs all
four to open the store and ask the server).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from core.usage.account_index import INDEX_FILENAME
from core.usage.poll_records import POLLS_FILENAME, token_key
from tests.core.test_cli import REPO_ROOT, TOKEN, cli, cli_env, save_copy
from tests.fakes.server import FakeAnthropic

USAGE = "/api/oauth/usage"
TOKEN_PATH = "/v1/oauth/token"
# What the full path must load to open the store and ask; a cached answer loads none.
HEAVY = ("keyring", "cryptography", "httpx", "httpcore", "asyncio", "filelock", "jeepney")
_REPORTING = (
    "import sys\n"
    "from core.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "sys.stdout.flush()\n"
    "print('MODULES ' + ' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def run(fake: FakeAnthropic, *args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """``claude-usage ARGS`` in a process that reports the modules it loaded."""
    result = subprocess.run(
        [sys.executable, "-c", _REPORTING, *args],
        capture_output=True,
        text=True,
        env=cli_env(fake),
        cwd=REPO_ROOT,
        timeout=60,
        check=False,
    )
    assert not TOKEN.search(result.stdout + result.stderr), "a secret was printed"
    *_, report = result.stderr.splitlines()
    assert report.startswith("MODULES ")
    modules = {name.split(".")[0] for name in report.split()[1:]}
    return result, modules


def answered_from_cache(modules: set[str]) -> bool:
    return not modules.intersection(HEAVY)


def home() -> Path:
    return Path(os.environ["CLAUDE_USAGE_HOME"])


def document(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert result.returncode == 0, result.stderr
    parsed: dict[str, Any] = json.loads(result.stdout)
    parsed.pop("generated_at")
    return parsed


def names(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [account["name"] for account in document(result)["accounts"]]


@pytest.fixture
def fake(fake_server: FakeAnthropic) -> FakeAnthropic:
    """Three app-owned accounts saved, and polled once (so their snapshots exist)."""
    for name in ("Work", "Home", "Spare"):
        save_copy(fake_server, name, fake_server.add_account())
    assert cli(fake_server, "usage", "--json").returncode == 0
    fake_server.clear_requests()
    return fake_server


def test_polled_moments_ago_it_answers_as_the_full_path_without_the_store(
    fake: FakeAnthropic,
) -> None:
    cached, modules = run(fake, "usage", "--json")
    assert answered_from_cache(modules), modules & set(HEAVY)
    assert fake.requests == []
    (home() / INDEX_FILENAME).unlink()  # now only the full path can answer
    full, modules = run(fake, "usage", "--json")
    assert not answered_from_cache(modules)
    assert fake.requests == []  # it too reuses the poll of moments ago
    assert document(cached) == document(full)
    assert names(cached) == ["Work", "Home", "Spare"]
    assert all(account["forecasts"] for account in document(cached)["accounts"])


def test_the_text_answer_comes_from_the_cache_too(fake: FakeAnthropic) -> None:
    for args in ((), ("usage",)):
        result, modules = run(fake, *args)
        assert result.returncode == 0, result.stderr
        assert answered_from_cache(modules)
        positions = [result.stdout.index(name) for name in ("Work", "Home", "Spare")]
        assert positions == sorted(positions)  # every account, in storage order
        assert "Session" in result.stdout


def test_the_index_holds_no_secret(fake: FakeAnthropic) -> None:
    index = home() / INDEX_FILENAME
    text = index.read_text(encoding="utf-8")
    for account in fake.accounts:
        assert account.access_token not in text
        assert account.refresh_token not in text
        assert account.access_token[-12:] not in text  # not even a piece of one
    keyring_file = Path(os.environ["CLAUDE_USAGE_TEST_KEYRING"])
    for key in json.loads(keyring_file.read_text()).values():  # the store's key
        assert key not in text
    assert "credentials" not in text
    assert "claudeAiOauth" not in text
    if os.name == "posix":
        assert index.stat().st_mode & 0o777 == 0o600
    # Of a token, only the key the gate's shared files already hold in plaintext.
    keys = {entry["token_key"] for entry in json.loads(text)["accounts"]}
    assert keys == {token_key(account.access_token) for account in fake.accounts}


def test_a_deleted_or_renamed_account_is_never_shown_from_the_cache(fake: FakeAnthropic) -> None:
    assert cli(fake, "delete", "Home").returncode == 0
    assert cli(fake, "rename", "Spare", "Reserve").returncode == 0
    result, modules = run(fake, "usage", "--json")
    assert names(result) == ["Work", "Reserve"]
    assert answered_from_cache(modules)  # the writers refreshed the index


def test_an_index_from_other_store_bytes_is_never_trusted(fake: FakeAnthropic) -> None:
    """An index left behind by any writer that did not refresh it (an older version, a
    crash between the two writes, a store restored from a backup) is not used."""
    index = home() / INDEX_FILENAME
    before = index.read_bytes()
    assert cli(fake, "delete", "Home").returncode == 0
    assert cli(fake, "rename", "Spare", "Reserve").returncode == 0
    index.write_bytes(before)  # still lists Home and Spare, for the old store's bytes
    result, modules = run(fake, "usage", "--json")
    assert not answered_from_cache(modules)
    assert names(result) == ["Work", "Reserve"]
    assert index.read_bytes() != before  # the full path wrote it again


def test_a_damaged_store_is_reported_not_hidden_by_the_cache(fake: FakeAnthropic) -> None:
    store = home() / "accounts.enc"
    store.write_bytes(store.read_bytes()[:-1] + b"\0")
    result, modules = run(fake, "usage", "--json")
    assert not answered_from_cache(modules)
    assert result.returncode == 1
    assert "cannot be decrypted" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("index_text", ["", "{", "[]", '{"version": 99}', '{"version": 1}'])
def test_a_damaged_index_leaves_the_answer_to_the_full_path(
    fake: FakeAnthropic, index_text: str
) -> None:
    (home() / INDEX_FILENAME).write_text(index_text, encoding="utf-8")
    result, modules = run(fake, "usage", "--json")
    assert not answered_from_cache(modules)
    assert names(result) == ["Work", "Home", "Spare"]
    assert json.loads((home() / INDEX_FILENAME).read_text())["version"] == 1


def test_polls_older_than_the_interval_are_asked_again(fake: FakeAnthropic) -> None:
    polls = home() / POLLS_FILENAME
    recorded = json.loads(polls.read_text())
    long_ago = (datetime.now(UTC) - timedelta(minutes=5)).timestamp()
    recorded["polls"] = dict.fromkeys(recorded["polls"], long_ago)
    polls.write_text(json.dumps(recorded))
    result, modules = run(fake, "usage", "--json")
    assert not answered_from_cache(modules)
    assert fake.count(USAGE) == 3
    assert names(result) == ["Work", "Home", "Spare"]


def test_an_account_cooling_down_is_reported_by_the_full_path(fake: FakeAnthropic) -> None:
    (home() / POLLS_FILENAME).unlink()  # the interval is over for everyone
    fake.rate_limit(USAGE, retry_after=600)  # one of the three gets a 429
    first, _ = run(fake, "usage", "--json")
    assert [a["status"] for a in document(first)["accounts"]].count("rate_limited") == 1
    again, modules = run(fake, "usage", "--json")
    assert not answered_from_cache(modules)
    statuses = [(a["name"], a["status"], a["stale"]) for a in document(again)["accounts"]]
    assert statuses == [(a["name"], a["status"], a["stale"]) for a in document(first)["accounts"]]


def test_a_token_due_for_renewal_is_renewed_by_the_full_path(fake_server: FakeAnthropic) -> None:
    soon = int((datetime.now(UTC) + timedelta(minutes=2)).timestamp() * 1000)
    account = fake_server.add_account()
    result = cli(
        fake_server, "save", "Soon", "--credentials-file", "-", stdin=account.credentials_json(soon)
    )
    assert result.returncode == 0, result.stderr
    polled_now = {token_key(account.access_token): datetime.now(UTC).timestamp()}
    (home() / POLLS_FILENAME).write_text(json.dumps({"version": 1, "polls": polled_now}))
    fake_server.clear_requests()
    result, modules = run(fake_server, "usage", "--json")
    assert not answered_from_cache(modules)
    assert fake_server.count(TOKEN_PATH) == 1  # renewed first, then asked with the new token
    assert fake_server.count(USAGE) == 1
    fake_server.clear_requests()
    result, modules = run(fake_server, "usage", "--json")
    assert answered_from_cache(modules)  # the renewed token is not due: cached again
    assert names(result) == ["Soon"]
    assert fake_server.requests == []


def test_accounts_whose_login_lives_elsewhere_go_to_the_full_path(
    fake_server: FakeAnthropic,
) -> None:
    """A linked account's token is Claude Code's (not in the store), so the index cannot
    know which token the full path would poll."""
    account = fake_server.add_account()
    folder = Path(os.environ["CLAUDE_CONFIG_DIR"])
    folder.mkdir(parents=True)
    (folder / ".credentials.json").write_text(account.credentials_json())
    assert cli(fake_server, "save", "Linked").returncode == 0
    assert cli(fake_server, "usage", "--json").returncode == 0
    fake_server.clear_requests()
    result, modules = run(fake_server, "usage", "--json")
    assert not answered_from_cache(modules)
    assert fake_server.requests == []  # the full path too reuses the recent poll
    assert names(result) == ["Linked"]


def test_a_locked_keyring_does_not_stop_a_cached_answer(fake: FakeAnthropic) -> None:
    """The answer holds nothing secret (the status line shows the same snapshots without a
    keyring); the next answer that needs the store says the keyring is locked."""
    locked = cli_env(fake) | {"PYTHON_KEYRING_BACKEND": "tests.fakes.keyring_backend.LockedKeyring"}
    cached = subprocess.run(
        [sys.executable, "-m", "core.cli", "usage", "--json"],
        capture_output=True,
        text=True,
        env=locked,
        cwd=REPO_ROOT,
        timeout=60,
        check=False,
    )
    assert names(cached) == ["Work", "Home", "Spare"]
    (home() / POLLS_FILENAME).unlink()
    fresh = subprocess.run(
        [sys.executable, "-m", "core.cli", "usage", "--json"],
        capture_output=True,
        text=True,
        env=locked,
        cwd=REPO_ROOT,
        timeout=60,
        check=False,
    )
    assert fresh.returncode == 1
    assert "keyring" in fresh.stderr


@pytest.mark.parametrize(
    "args", [("usage", "Work", "--json"), ("-v", "usage", "--json"), ("list", "--json")]
)
def test_other_commands_and_options_go_to_the_full_path(
    fake: FakeAnthropic, args: tuple[str, ...]
) -> None:
    result, modules = run(fake, *args)
    assert result.returncode == 0, result.stderr
    assert not answered_from_cache(modules)


def test_an_address_override_the_full_path_refuses_is_left_to_it(fake: FakeAnthropic) -> None:
    env = cli_env(fake) | {"CLAUDE_USAGE_API_BASE": "http://example.com"}
    result = subprocess.run(
        [sys.executable, "-m", "core.cli", "usage", "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "must be https, or http to a loopback address" in result.stderr
    assert result.stdout == ""


@pytest.mark.faults
@pytest.mark.parametrize("damage", ["garbage", "folder"])
def test_damaged_history_costs_the_cached_answer_only_its_forecasts(
    fake: FakeAnthropic, damage: str
) -> None:
    history = home() / "history.sqlite3"
    history.unlink()
    if damage == "garbage":
        history.write_bytes(b"garbage, not sqlite" * 50)
    else:
        history.mkdir()
    result, modules = run(fake, "usage", "--json")
    assert answered_from_cache(modules)
    assert names(result) == ["Work", "Home", "Spare"]
    assert all(a["windows"] and a["status"] == "ok" for a in document(result)["accounts"])
    assert "history" in result.stderr.lower()

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
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from core.base.paths import STORE_FILE_NAME
from core.cli.from_cache import with_linked_logins
from core.usage.account_index import INDEX_FILENAME, INDEX_VERSION, read_index
from core.usage.poll_records import POLLS_FILENAME, token_key
from tests.core.test_cli import cli, python, save_copy, usage_payload
from tests.fakes.server import FakeAccount, FakeAnthropic

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


def run(
    fake: FakeAnthropic, *args: str, env: Mapping[str, str] | None = None
) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """``claude-usage ARGS`` in a process that reports the modules it loaded."""
    result = python(fake, "-c", _REPORTING, *args, env=env)
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
    assert json.loads((home() / INDEX_FILENAME).read_text())["version"] == INDEX_VERSION


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


def test_an_admin_key_goes_to_the_full_path(fake: FakeAnthropic) -> None:
    """An admin account is answered by its own poller (its own interval), not the gate."""
    key = fake.add_admin_key()
    assert cli(fake, "admin", "Org", stdin=key).returncode == 0
    assert cli(fake, "usage", "--json").returncode == 0
    result, modules = run(fake, "usage", "--json")
    assert not answered_from_cache(modules)
    assert names(result) == ["Work", "Home", "Spare", "Org"]


def test_a_locked_keyring_does_not_stop_a_cached_answer(fake: FakeAnthropic) -> None:
    """The answer holds nothing secret (the status line shows the same snapshots without a
    keyring); the next answer that needs the store says the keyring is locked."""
    locked = {"PYTHON_KEYRING_BACKEND": "tests.fakes.keyring_backend.LockedKeyring"}
    cached = cli(fake, "usage", "--json", env=locked)
    assert names(cached) == ["Work", "Home", "Spare"]
    (home() / POLLS_FILENAME).unlink()
    fresh = cli(fake, "usage", "--json", env=locked)
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
    result = cli(fake, "usage", "--json", env={"CLAUDE_USAGE_API_BASE": "http://example.com"})
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


# -- accounts linked to Claude Code's login -------------------------------------------------

SIGN_IN_ENDS = datetime(2026, 12, 30, 9, 0, tzinfo=UTC)


def claude_code_file(folder: Path | None = None) -> Path:
    return (folder or Path(os.environ["CLAUDE_CONFIG_DIR"])) / ".credentials.json"


def sign_in_to_claude_code(
    account: FakeAccount,
    *,
    folder: Path | None = None,
    expires_at: datetime | None = None,
    sign_in_ends: datetime | None = None,
) -> Path:
    """Claude Code's login file holding ``account``'s current grant, as Claude Code writes it."""
    moment = int(expires_at.timestamp() * 1000) if expires_at else None
    document = json.loads(account.credentials_json(moment))
    if sign_in_ends is not None:
        ms = int(sign_in_ends.timestamp() * 1000)
        document["claudeAiOauth"]["refreshTokenExpiresAt"] = ms
    path = claude_code_file(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    path.chmod(0o600)
    return path


def account_entry(result: subprocess.CompletedProcess[str], name: str) -> dict[str, Any]:
    (entry,) = (a for a in document(result)["accounts"] if a["name"] == name)
    return entry


def session_percent(result: subprocess.CompletedProcess[str], name: str) -> float:
    percent: float = account_entry(result, name)["session"]["percent"]
    return percent


@pytest.fixture
def linked(fake: FakeAnthropic) -> FakeAccount:
    """Beside the three app-owned accounts, "Linked" reads Claude Code's login (with its
    sign-in deadline); all four were polled moments ago."""
    account = fake.add_account(email="linked@example.com", usage=usage_payload(session=81.0))
    sign_in_to_claude_code(account, sign_in_ends=SIGN_IN_ENDS)
    assert cli(fake, "save", "Linked").returncode == 0
    assert cli(fake, "usage", "--json").returncode == 0
    assert fake.count(USAGE) == 1  # only the new one: the others were polled moments ago
    fake.clear_requests()
    return account


def test_a_linked_login_is_answered_from_the_cache_as_the_full_path_answers_it(
    fake: FakeAnthropic, linked: FakeAccount
) -> None:
    login = claude_code_file()
    before = (login.read_bytes(), login.stat().st_mtime_ns)
    cached, modules = run(fake, "usage", "--json")
    assert answered_from_cache(modules), modules & set(HEAVY)
    assert fake.requests == []
    assert (login.read_bytes(), login.stat().st_mtime_ns) == before  # only ever read
    (home() / INDEX_FILENAME).unlink()  # now only the full path can answer
    full, modules = run(fake, "usage", "--json")
    assert not answered_from_cache(modules)
    assert fake.requests == []  # it too reuses the poll of moments ago
    assert document(cached) == document(full)
    entry = account_entry(cached, "Linked")
    assert (entry["status"], entry["stale"], entry["session"]["percent"]) == ("ok", False, 81.0)
    assert entry["forecasts"]
    assert datetime.fromisoformat(entry["sign_in_expires_at"]) == SIGN_IN_ENDS  # Claude Code's
    assert entry["sign_in_estimated"] is False


def test_the_text_answer_for_a_linked_login_comes_from_the_cache_too(
    fake: FakeAnthropic, linked: FakeAccount
) -> None:
    result, modules = run(fake, "usage")
    assert result.returncode == 0, result.stderr
    assert answered_from_cache(modules)
    assert "Linked" in result.stdout
    assert fake.requests == []


def test_the_index_holds_no_secret_of_claude_codes_login(
    fake: FakeAnthropic, linked: FakeAccount
) -> None:
    text = (home() / INDEX_FILENAME).read_text(encoding="utf-8")
    for secret in (linked.access_token, linked.refresh_token, linked.access_token[-12:]):
        assert secret not in text
    (entry,) = (e for e in json.loads(text)["accounts"] if e["name"] == "Linked")
    assert entry["token_key"] is None  # Claude Code's token is read from its file each time
    assert entry["config_dir"] == os.environ["CLAUDE_CONFIG_DIR"]


def test_claude_code_signed_in_to_another_account_is_asked_not_shown_stale(
    fake: FakeAnthropic, linked: FakeAccount
) -> None:
    other = fake.add_account(email="other@example.com", usage=usage_payload(session=5.0))
    sign_in_to_claude_code(other)
    result, modules = run(fake, "usage", "--json")
    assert not answered_from_cache(modules)
    assert [r.headers.get("authorization") for r in fake.requests_to(USAGE)] == [
        f"Bearer {other.access_token}"
    ]
    assert session_percent(result, "Linked") == 5.0  # the new login's figures, not 81
    again, modules = run(fake, "usage", "--json")
    assert answered_from_cache(modules)  # the new login was polled moments ago
    assert session_percent(again, "Linked") == 5.0


def test_a_token_claude_code_renewed_is_asked_not_shown_stale(
    fake: FakeAnthropic, linked: FakeAccount
) -> None:
    fake.refresh_elsewhere(linked)  # Claude Code renewed: a new access token, same account
    fake.set_usage(linked, usage_payload(session=90.0))
    sign_in_to_claude_code(linked)
    result, modules = run(fake, "usage", "--json")
    assert not answered_from_cache(modules)
    assert fake.count(USAGE) == 1
    assert session_percent(result, "Linked") == 90.0
    again, modules = run(fake, "usage", "--json")
    assert answered_from_cache(modules)
    assert document(again) == document(result)


def test_an_expired_linked_login_is_reported_by_the_full_path(
    fake: FakeAnthropic, linked: FakeAccount
) -> None:
    """Polled moments ago with the same token, but expired since: the full path says
    "run `claude`" (a linked login is not renewed by default); the cache must not hide it."""
    sign_in_to_claude_code(linked, expires_at=datetime.now(UTC) - timedelta(seconds=1))
    result, modules = run(fake, "usage", "--json")
    assert not answered_from_cache(modules)
    entry = account_entry(result, "Linked")
    assert (entry["status"], entry["stale"]) == ("login_expired", True)
    assert fake.requests == []


UNUSABLE_LOGINS: dict[str, Any] = {
    "missing": None,
    "blank": b"  \n",
    "not JSON": b"{not json",
    "not UTF-8": b'{"claudeAiOauth": {"accessToken": "\xff\xfe"}}',
    "only MCP logins": b'{"mcpOAuth": {"server": {}}}',
    "no access token": b'{"claudeAiOauth": {"refreshToken": "r"}}',
    "a folder": "folder",
}


@pytest.mark.faults
@pytest.mark.parametrize("content", UNUSABLE_LOGINS.values(), ids=UNUSABLE_LOGINS.keys())
def test_a_login_file_the_full_path_cannot_use_leaves_the_answer_to_it(
    fake: FakeAnthropic, linked: FakeAccount, content: bytes | str | None
) -> None:
    """Missing, blank, unreadable or malformed: the full path tries the next place (the
    Secret Service) or reports it, with the last good values; the cache says nothing."""
    login = claude_code_file()
    login.unlink()
    if content == "folder":
        login.mkdir()  # read_bytes fails: unreadable, as a file without permission is
    elif isinstance(content, bytes):
        login.write_bytes(content)
    result, modules = run(fake, "usage", "--json")
    assert not answered_from_cache(modules)
    entry = account_entry(result, "Linked")
    assert (entry["stale"], entry["session"]["percent"]) == (True, 81.0)
    assert entry["status"] != "ok"
    assert fake.requests == []
    assert login.is_dir() if content == "folder" else (login.exists() == (content is not None))


def test_a_linked_account_reads_the_folder_it_was_saved_from(
    fake: FakeAnthropic, linked: FakeAccount, tmp_path: Path
) -> None:
    """With another CLAUDE_CONFIG_DIR now (another Claude Code, another login), the linked
    account still reads its own folder, on both paths."""
    elsewhere = tmp_path / "other-claude"
    sign_in_to_claude_code(fake.add_account(email="else@example.com"), folder=elsewhere)
    env = {"CLAUDE_CONFIG_DIR": str(elsewhere)}
    cached, modules = run(fake, "usage", "--json", env=env)
    assert answered_from_cache(modules)
    (home() / INDEX_FILENAME).unlink()
    full, modules = run(fake, "usage", "--json", env=env)
    assert not answered_from_cache(modules)
    assert fake.requests == []
    assert document(cached) == document(full)
    assert session_percent(cached, "Linked") == 81.0


def test_on_macos_a_linked_login_is_left_to_the_full_path(
    fake: FakeAnthropic, linked: FakeAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    """There the Keychain item comes before the file: only the full path may read it."""
    accounts = read_index(home() / INDEX_FILENAME, home() / STORE_FILE_NAME)
    assert accounts is not None
    resolved = with_linked_logins(accounts, os.environ)
    assert resolved is not None
    assert resolved[-1].token_key == token_key(linked.access_token)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert with_linked_logins(accounts, os.environ) is None
    app_owned = [a for a in accounts if a.name != "Linked"]
    assert with_linked_logins(app_owned, os.environ) == tuple(app_owned)  # unaffected

"""``claude-usage statusline`` and ``usage --format`` as real processes, over snapshots a real
``claude-usage usage`` run saved from the fake server — whose request log proves the cached
commands never ask it anything."""

from __future__ import annotations

import json
import subprocess
import tomllib
from pathlib import Path

import pytest

from core.cli import COLLECTOR_THRESHOLDS
from core.cli.statusline import NO_DATA_LINE
from tests.core.test_cli import REPO_ROOT, cli, cli_env, python, save_copy, usage_payload
from tests.fakes.accounts import FakeAccount
from tests.fakes.server import FakeAnthropic


@pytest.fixture
def fake(fake_server: FakeAnthropic) -> FakeAnthropic:
    return fake_server


def log_in_claude_code(account: FakeAccount | None, *, email: str | None = None) -> None:
    """Claude Code's ``.claude.json`` (CLAUDE_CONFIG_DIR is custom in the tests)."""
    folder = Path(cli_env(None)["CLAUDE_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    login = {"accountUuid": account.uuid} if account is not None else {}
    if email is not None:
        login["emailAddress"] = email
    (folder / ".claude.json").write_text(json.dumps({"oauthAccount": login}), encoding="utf-8")


def seed_two_accounts(fake: FakeAnthropic) -> tuple[FakeAccount, FakeAccount]:
    """Work (37 % session) and Home (81 %), fetched once so their snapshots exist."""
    work = fake.add_account(email="work@example.com", usage=usage_payload(37.0, 41.0))
    home = fake.add_account(email="home@example.com", usage=usage_payload(81.0, 20.0))
    save_copy(fake, "Work", work)
    save_copy(fake, "Home", home)
    assert cli(fake, "usage").returncode == 0
    fake.clear_requests()
    return work, home


def statusline(
    fake: FakeAnthropic, stdin: str = "", *args: str
) -> subprocess.CompletedProcess[str]:
    result = cli(fake, "statusline", "--no-color", *args, stdin=stdin)
    assert result.returncode == 0, result.stderr  # Claude Code shows what it prints: always 0
    assert result.stderr == ""
    return result


def test_statusline_shows_claude_codes_login_from_the_cache_without_a_request(
    fake: FakeAnthropic,
) -> None:
    _, home = seed_two_accounts(fake)
    log_in_claude_code(home)
    result = statusline(fake, json.dumps({"session_id": "s", "model": {"display_name": "Opus"}}))
    assert result.stdout.startswith("Home 81%! 5h (2h1"), result.stdout
    assert "20% wk" in result.stdout
    assert "Sonnet 12%" in result.stdout
    assert fake.requests == []


def test_claude_codes_figures_replace_the_older_cached_ones(fake: FakeAnthropic) -> None:
    work, _ = seed_two_accounts(fake)
    log_in_claude_code(work)
    limits = {"five_hour": {"used_percentage": 55, "resets_at": 4102444800}}
    result = statusline(fake, json.dumps({"rate_limits": limits}))
    assert result.stdout.startswith("Work 55%! 5h (")
    assert "41% wk" in result.stdout
    assert fake.requests == []


def test_login_matched_by_email_when_claude_json_has_no_uuid(fake: FakeAnthropic) -> None:
    seed_two_accounts(fake)
    log_in_claude_code(None, email="WORK@example.com")
    assert statusline(fake).stdout.startswith("Work 37% 5h")


def test_template_fields(fake: FakeAnthropic) -> None:
    work, _ = seed_two_accounts(fake)
    log_in_claude_code(work)
    result = statusline(fake, "", "--format", "{name}|{session}|{week}%|{binding}|{email}")
    assert result.stdout == "Work|37|41%|wk|work@example.com\n"


def test_a_bad_template_is_said_on_the_line(fake: FakeAnthropic) -> None:
    seed_two_accounts(fake)
    result = statusline(fake, "", "--format", "{nope}")
    assert result.stdout.startswith("Claude Usage: --format: unknown field {nope} (fields: name")


def test_no_snapshot_yet(fake: FakeAnthropic) -> None:
    assert statusline(fake, "").stdout == NO_DATA_LINE + "\n"
    limits = {"seven_day": {"used_percentage": 12.4}}
    assert statusline(fake, json.dumps({"rate_limits": limits})).stdout == "Claude 12% wk\n"
    assert fake.requests == []


@pytest.mark.faults
@pytest.mark.parametrize("stdin", ["{not json", "[1, 2]", '{"rate_limits": "x"}', "\x00\xff"])
def test_malformed_stdin_still_gives_the_cached_line(fake: FakeAnthropic, stdin: str) -> None:
    work, _ = seed_two_accounts(fake)
    log_in_claude_code(work)
    assert statusline(fake, stdin).stdout.startswith("Work 37% 5h")


def python_script(fake: FakeAnthropic, script: str) -> subprocess.CompletedProcess[str]:
    """``python -c script`` with the CLI's test environment and empty stdin; must succeed."""
    result = python(fake, "-c", script)
    assert result.returncode == 0, result.stderr
    return result


def test_statusline_path_imports_no_network_keyring_or_store(fake: FakeAnthropic) -> None:
    """What keeps it fast (and harmless): none of these is even imported."""
    seed_two_accounts(fake)
    heavy = ["httpx", "cryptography", "keyring", "core.store.storage", "argparse", "asyncio"]
    script = (
        "import sys\nfrom core.cli import main\nmain(['statusline'])\n"
        f"print(sorted(set({heavy!r}) & set(sys.modules)))"
    )
    result = python_script(fake, script)
    assert result.stdout.splitlines()[-1] == "[]"


def test_waybar_from_the_cache(fake: FakeAnthropic) -> None:
    _, home = seed_two_accounts(fake)
    log_in_claude_code(home)
    result = cli(fake, "usage", "--format", "waybar")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["text"] == "Home 81% 5h · 20% wk · Sonnet 12%"
    assert document["class"] == "high"
    assert document["percentage"] == 81
    assert "Work (work@example.com)" in document["tooltip"]
    assert fake.requests == []


def test_named_account_and_unknown_name(fake: FakeAnthropic) -> None:
    seed_two_accounts(fake)
    assert cli(fake, "usage", "work", "--format=plain").stdout == (
        "Work 37% 5h · 41% wk · Sonnet 12%\n"
    )
    missing = cli(fake, "usage", "Nobody", "--format", "plain")
    assert missing.returncode == 1
    assert "No account named 'Nobody'" in missing.stderr


def test_refresh_fetches_before_printing_the_bar(fake: FakeAnthropic) -> None:
    work, _ = seed_two_accounts(fake)
    fake.set_usage(work, usage_payload(66.0, 41.0))
    result = cli(fake, "usage", "Work", "--format", "tmux", "--refresh")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "#[fg=yellow]Work 66% 5h · 41% wk · Sonnet 12%#[default]\n"
    assert fake.count("/api/oauth/usage") == 1


def test_a_rename_shows_at_once_without_a_fetch(fake: FakeAnthropic) -> None:
    """The cached commands never open the store: the snapshot itself carries the new name."""
    work, _ = seed_two_accounts(fake)
    assert cli(fake, "rename", "Work", "Job").returncode == 0
    log_in_claude_code(work)
    assert statusline(fake).stdout.startswith("Job 37% 5h")
    assert cli(fake, "usage", "Job", "--format", "plain").stdout.startswith("Job 37% 5h")
    assert fake.count("/api/oauth/usage") == 0


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("console_main", f"{COLLECTOR_THRESHOLDS} frozen"),  # its process ends with it
        ("main", "unchanged not frozen"),  # in-process callers keep their collector
    ],
)
def test_only_the_scripts_entry_tunes_the_cycle_collector(
    fake: FakeAnthropic, entry: str, expected: str
) -> None:
    seed_two_accounts(fake)
    script = (
        f"import gc, sys\nfrom core.cli import {entry}\nsys.argv[1:] = ['statusline']\n"
        f"before = gc.get_threshold()\nrc = {entry}()\nafter = gc.get_threshold()\n"
        "print(rc, 'unchanged' if after == before else after,"
        " 'frozen' if gc.get_freeze_count() else 'not frozen')"
    )
    result = python_script(fake, script)
    assert result.stdout.splitlines()[-1] == f"0 {expected}"


def test_python_m_core_cli_and_the_script_run_the_tuned_entry(fake: FakeAnthropic) -> None:
    seed_two_accounts(fake)
    script = (
        "import atexit, gc, runpy, sys\nsys.argv[1:] = ['statusline']\n"
        "atexit.register(lambda: print('frozen' if gc.get_freeze_count() else 'not frozen'))\n"
        "runpy.run_module('core.cli', run_name='__main__')"
    )
    result = python_script(fake, script)
    assert result.stdout.splitlines()[-1] == "frozen"
    scripts = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["claude-usage"] == "core.cli:console_main"

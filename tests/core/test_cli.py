"""The real ``claude-usage`` entry point, run as a subprocess against the fake server.

Every run gets the isolated environment of tests/conftest.py (CLAUDE_USAGE_HOME, HOME,
CLAUDE_CONFIG_DIR, test keyring) plus the fake server's endpoints, and ``TZ=UTC`` so the
local times printed are predictable.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import subprocess
import sys
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from core.base.paths import legacy_store_path
from core.store.keys import machine_id
from tests.core.legacy_data import legacy_document, write_legacy
from tests.fakes.server import DEFAULT_ADMIN_KEY, FakeAccount, FakeAnthropic, manual_code_from_page

REPO_ROOT = Path(__file__).resolve().parents[2]
TOKEN = re.compile(r"sk-ant-(oat|ort|admin)\d+-[A-Za-z0-9_\-]{12,}")


@pytest.fixture
def fake(fake_server: FakeAnthropic) -> FakeAnthropic:
    return fake_server


def usage_payload(session: float | None = 37.0, weekly: float = 64.0) -> dict[str, Any]:
    """Usage whose windows reset in the future (recorded samples have fixed, past dates)."""
    now = datetime.now(UTC)
    week = (now + timedelta(days=3, hours=2)).isoformat()
    five_hour = (
        {"utilization": session, "resets_at": (now + timedelta(hours=2, minutes=13)).isoformat()}
        if session is not None
        else {"utilization": 0.0, "resets_at": None}
    )
    return {
        "five_hour": five_hour,
        "seven_day": {"utilization": weekly, "resets_at": week},
        "seven_day_sonnet": {"utilization": 12.0, "resets_at": week},
        "seven_day_opus": None,
    }


def cli(
    fake: FakeAnthropic | None,
    *args: str,
    stdin: str | None = None,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``claude-usage ARGS`` in a process of its own, with the fake's environment."""
    return python(fake, "-m", "core.cli", *args, stdin=stdin, env=env)


def python(
    fake: FakeAnthropic | None,
    *argv: str,
    stdin: str | None = None,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``python ARGV`` with the CLI's test environment; it must print no secret."""
    result = subprocess.run(
        [sys.executable, *argv],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        env=cli_env(fake, env),
        cwd=REPO_ROOT,
        timeout=60,
        check=False,
    )
    assert not TOKEN.search(result.stdout + result.stderr), "a secret was printed"
    return result


def cli_env(fake: FakeAnthropic | None, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ) | {"TZ": "UTC"}
    for name in ("NO_COLOR", "FORCE_COLOR"):
        env.pop(name, None)
    if fake is not None:
        env |= fake.env()
    return env | dict(extra or {})


def save_copy(fake: FakeAnthropic, name: str, account: FakeAccount) -> None:
    result = cli(fake, "save", name, "--credentials-file", "-", stdin=account.credentials_json())
    assert result.returncode == 0, result.stderr


def listed(fake: FakeAnthropic) -> dict[str, Any]:
    result = cli(fake, "list", "--json")
    assert result.returncode == 0, result.stderr
    document: dict[str, Any] = json.loads(result.stdout)
    return document


# -- parser --------------------------------------------------------------------------------


def test_version_and_help() -> None:
    version = cli(None, "--version")
    assert version.returncode == 0
    assert re.fullmatch(r"claude-usage \S+\n", version.stdout)
    for command in (
        "usage",
        "list",
        "save",
        "auth",
        "admin",
        "switch",
        "rename",
        "delete",
        "import",
        "watch",
    ):
        result = cli(None, command, "--help")
        assert result.returncode == 0, command
        assert f"claude-usage {command}" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["rename", "OnlyOld"],
        ["switch"],
        ["usage", "--bogus"],
        ["watch", "--interval", "1"],
        ["watch", "--interval", "soon"],
        ["watch", "--count", "0"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = cli(None, *args)
    assert result.returncode == 2
    assert "usage: claude-usage" in result.stderr
    assert result.stdout == ""


def test_console_script_is_the_same_entry_point() -> None:
    script = Path(sys.executable).parent / "claude-usage"
    if not script.exists():
        pytest.skip("package not installed in this interpreter's environment")
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert result.stdout.startswith("claude-usage ")


# -- no accounts ---------------------------------------------------------------------------


def test_no_accounts_yet(fake: FakeAnthropic) -> None:
    result = cli(fake)
    assert result.returncode == 0
    assert "No accounts saved yet" in result.stdout
    assert listed(fake) == {
        "schema_version": 1,
        "active": None,
        "protection": "keyring",
        "accounts": [],
    }
    document = json.loads(cli(fake, "usage", "--json").stdout)
    assert document["accounts"] == []


# -- usage ---------------------------------------------------------------------------------


def test_usage_shows_bars_for_a_saved_copy(fake: FakeAnthropic) -> None:
    save_copy(fake, "Work", fake.add_account(email="ana@example.com", usage=usage_payload()))
    result = cli(fake)  # no command = usage
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Work")
    assert re.search(
        r"^  Session  █+░+  37%  resets in 2 h 1\d m \((\w\w\w )?\d\d:\d\d\)$", result.stdout, re.M
    )
    assert re.search(r"^  Weekly   █+░+  64%  resets in 3 d [12] h", result.stdout, re.M)
    assert "\x1b" not in result.stdout  # not a terminal: no colour


def test_usage_of_window_not_started(fake: FakeAnthropic) -> None:
    save_copy(fake, "Work", fake.add_account(usage=usage_payload(session=None)))
    result = cli(fake, "usage", "Work")
    assert result.returncode == 0, result.stderr
    assert "  Session  not started" in result.stdout.splitlines()


def test_usage_json_document(fake: FakeAnthropic) -> None:
    account = fake.add_account(email="ana@example.com", usage=usage_payload())
    save_copy(fake, "Work", account)
    result = cli(fake, "usage", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)  # exactly one JSON document, nothing else
    assert document["schema_version"] == 1
    datetime.fromisoformat(document["generated_at"])
    (work,) = document["accounts"]
    assert work["name"] == "Work"
    assert work["account_type"] == "oauth"
    assert work["status"] == "ok"
    assert work["error"] is None
    assert work["stale"] is False
    assert work["email"] == "ana@example.com"
    assert work["session"]["percent"] == 37
    assert work["session"]["label"] == "Session"
    assert datetime.fromisoformat(work["session"]["resets_at"]) > datetime.now(UTC)
    assert set(work["windows"]) >= {"five_hour", "seven_day", "seven_day_sonnet"}
    assert isinstance(work["forecasts"], dict)
    datetime.fromisoformat(work["fetched_at"])


def test_usage_of_one_named_account(fake: FakeAnthropic) -> None:
    save_copy(fake, "Work", fake.add_account(usage=usage_payload(session=10)))
    save_copy(fake, "Home", fake.add_account(usage=usage_payload(session=90)))
    document = json.loads(cli(fake, "usage", "Home", "--json").stdout)
    assert [(a["name"], a["session"]["percent"]) for a in document["accounts"]] == [("Home", 90)]


def test_unknown_account_exits_1_with_its_name(fake: FakeAnthropic) -> None:
    save_copy(fake, "Work", fake.add_account(usage=usage_payload()))
    for args in (
        ["usage", "Nope"],
        ["usage", "Nope", "--json"],
        ["switch", "Nope"],
        ["delete", "Nope"],
        ["rename", "Nope", "New"],
    ):
        result = cli(fake, *args)
        assert result.returncode == 1, args
        assert "No account named 'Nope'" in result.stderr
        assert result.stdout == ""


def test_failed_fetch_shows_state_line_and_exits_1(fake: FakeAnthropic) -> None:
    save_copy(fake, "Work", fake.add_account(usage=usage_payload()))
    fake.fail("/api/oauth/usage", 500, times=None)
    result = cli(fake, "usage", "--refresh")
    assert result.returncode == 1
    heading, state = result.stdout.splitlines()
    assert heading.startswith("Work")
    assert state.startswith("  ! ")
    document = json.loads(cli(fake, "usage", "--json", "--refresh").stdout)
    assert document["accounts"][0]["status"] == "error"
    assert document["accounts"][0]["error"]


def test_colour_only_when_forced_and_never_with_no_color(fake: FakeAnthropic) -> None:
    save_copy(fake, "Work", fake.add_account(usage=usage_payload()))
    forced = cli(fake, env={"FORCE_COLOR": "1"})
    assert "\x1b[" in forced.stdout
    opted_out = cli(fake, env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "\x1b" not in opted_out.stdout
    as_json = cli(fake, "usage", "--json", env={"FORCE_COLOR": "1"})
    assert "\x1b" not in as_json.stdout


def test_corrupt_history_does_not_stop_usage(fake: FakeAnthropic) -> None:
    save_copy(fake, "Work", fake.add_account(usage=usage_payload()))
    history = Path(os.environ["CLAUDE_USAGE_HOME"]) / "history.sqlite3"
    history.write_bytes(b"garbage, not sqlite" * 50)
    result = cli(fake)
    assert result.returncode == 0, result.stderr
    assert "37%" in result.stdout
    assert "moved aside" in result.stderr


def test_unusable_history_does_not_stop_usage(fake: FakeAnthropic) -> None:
    save_copy(fake, "Work", fake.add_account(usage=usage_payload()))
    history = Path(os.environ["CLAUDE_USAGE_HOME"]) / "history.sqlite3"
    history.mkdir(parents=True)  # cannot be opened as a file
    result = cli(fake)
    assert result.returncode == 0, result.stderr
    assert "37%" in result.stdout
    assert "history" in result.stderr.lower()


# -- save ----------------------------------------------------------------------------------


def test_save_links_claude_codes_login(fake: FakeAnthropic) -> None:
    account = fake.add_account(email="cc@example.com", usage=usage_payload())
    config = Path(os.environ["CLAUDE_CONFIG_DIR"])
    config.mkdir(parents=True, exist_ok=True)
    (config / ".credentials.json").write_text(account.credentials_json())
    result = cli(fake, "save", "Linked")
    assert result.returncode == 0, result.stderr
    assert "linked to Claude Code's login" in result.stdout
    (entry,) = listed(fake)["accounts"]
    assert entry["source"] == "claude_code"
    assert "37%" in cli(fake, "usage", "Linked").stdout


def test_save_without_claude_code_login_exits_1(fake: FakeAnthropic) -> None:
    result = cli(fake, "save", "Linked")
    assert result.returncode == 1
    assert "claude" in result.stderr.lower()
    assert listed(fake)["accounts"] == []


def test_save_from_a_credentials_file(fake: FakeAnthropic, tmp_path: Path) -> None:
    path = tmp_path / "creds.json"
    path.write_text(fake.add_account(usage=usage_payload()).credentials_json())
    result = cli(fake, "save", "Copy", "--credentials-file", str(path))
    assert result.returncode == 0, result.stderr
    assert [a["source"] for a in listed(fake)["accounts"]] == ["app"]


@pytest.mark.parametrize("content", ["", "not json", '{"claudeAiOauth": {}}'])
def test_save_rejects_bad_credentials_and_keeps_nothing(fake: FakeAnthropic, content: str) -> None:
    result = cli(fake, "save", "Bad", "--credentials-file", "-", stdin=content)
    assert result.returncode == 1
    assert result.stderr.startswith("claude-usage: ")
    assert listed(fake)["accounts"] == []


def test_save_with_missing_file_exits_1(fake: FakeAnthropic, tmp_path: Path) -> None:
    result = cli(fake, "save", "Copy", "--credentials-file", str(tmp_path / "absent.json"))
    assert result.returncode == 1
    assert "absent.json" in result.stderr


# -- admin ---------------------------------------------------------------------------------


def test_admin_key_from_stdin_is_saved_and_never_echoed(fake: FakeAnthropic) -> None:
    key = fake.add_admin_key()
    result = cli(fake, "admin", "Org", stdin=key + "\n")
    assert result.returncode == 0, result.stderr
    assert key not in result.stdout + result.stderr
    (entry,) = listed(fake)["accounts"]
    assert (entry["name"], entry["account_type"], entry["source"]) == ("Org", "admin", "admin_key")
    usage = cli(fake)
    assert usage.returncode == 0, usage.stderr
    assert re.search(r"^  Tokens  .* in · .* out", usage.stdout, re.M)
    assert re.search(r"^  Spend   \$", usage.stdout, re.M)
    assert key not in usage.stdout
    document = json.loads(cli(fake, "usage", "Org", "--json").stdout)
    assert document["accounts"][0]["account_type"] == "admin"
    assert isinstance(document["accounts"][0]["input_tokens"], int)


def test_admin_key_as_argument(fake: FakeAnthropic) -> None:
    result = cli(fake, "admin", "Org", fake.add_admin_key())
    assert result.returncode == 0, result.stderr


def test_admin_without_key_exits_1(fake: FakeAnthropic) -> None:
    result = cli(fake, "admin", "Org", stdin="")
    assert result.returncode == 1
    assert "No admin key given" in result.stderr
    assert listed(fake)["accounts"] == []


@pytest.mark.parametrize("key", ["not-a-key", DEFAULT_ADMIN_KEY[:-4] + "ZZZZ"])
def test_admin_with_bad_or_refused_key_exits_1(fake: FakeAnthropic, key: str) -> None:
    fake.add_admin_key()
    result = cli(fake, "admin", "Org", stdin=key + "\n")
    assert result.returncode == 1
    assert key not in result.stderr
    assert listed(fake)["accounts"] == []


# -- switch / rename / delete --------------------------------------------------------------


def test_switch_rename_delete(fake: FakeAnthropic) -> None:
    save_copy(fake, "Work", fake.add_account(usage=usage_payload()))
    save_copy(fake, "Home", fake.add_account(usage=usage_payload()))
    assert cli(fake, "switch", "Home").returncode == 0
    assert listed(fake)["active"] == "Home"
    assert "* Home" in cli(fake, "list").stdout
    assert cli(fake, "rename", "Home", "House").returncode == 0
    assert listed(fake)["active"] == "House"
    clash = cli(fake, "rename", "House", "Work")
    assert clash.returncode == 1
    assert "already exists" in clash.stderr
    assert cli(fake, "delete", "House").returncode == 0
    document = listed(fake)
    assert [a["name"] for a in document["accounts"]] == ["Work"]
    assert document["active"] is None


# -- import --------------------------------------------------------------------------------


def test_import_from_claude_usage_core(fake: FakeAnthropic) -> None:
    # Written with this machine's real id, as the TypeScript library would have done here.
    legacy = write_legacy(legacy_store_path(), legacy_document(), ident=machine_id())
    before = legacy.read_bytes()
    result = cli(fake, "import")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Imported 3 accounts from {legacy}: Work, Org, Personal.\n"
    accounts = listed(fake)["accounts"]
    assert [(a["name"], a["account_type"], a["source"]) for a in accounts] == [
        ("Work", "oauth", "app"),
        ("Org", "admin", "admin_key"),
        ("Personal", "oauth", "app"),
    ]
    assert accounts[0]["email"] == "work@example.com"
    again = cli(fake, "import", "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == {
        "schema_version": 1,
        "source": str(legacy),
        "imported": [],
    }
    assert "Nothing new to import" in cli(fake, "import").stdout
    assert legacy.read_bytes() == before  # the old library's file is never changed


def test_import_skips_names_already_saved(fake: FakeAnthropic, tmp_path: Path) -> None:
    save_copy(fake, "Work", fake.add_account(email="mine@example.com", usage=usage_payload()))
    legacy = write_legacy(tmp_path / "elsewhere.enc", legacy_document(), ident=machine_id())
    result = cli(fake, "import", "--from", str(legacy), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["imported"] == ["Org", "Personal"]
    work = listed(fake)["accounts"][0]
    assert (work["name"], work["email"]) == ("Work", "mine@example.com")  # not overwritten


def test_import_without_a_store_exits_1(fake: FakeAnthropic, tmp_path: Path) -> None:
    for args in (["import"], ["import", "--from", str(tmp_path / "absent.enc"), "--json"]):
        result = cli(fake, *args)
        assert result.returncode == 1, args
        assert "No claude-usage-core store found at" in result.stderr
        assert result.stdout == ""
    assert listed(fake)["accounts"] == []


def test_import_of_a_store_from_another_machine_exits_1(fake: FakeAnthropic) -> None:
    write_legacy(legacy_store_path(), legacy_document(), ident="another-machine")
    result = cli(fake, "import")
    assert result.returncode == 1
    assert "another machine" in result.stderr
    assert listed(fake)["accounts"] == []


# -- auth ----------------------------------------------------------------------------------


def start_cli(fake: FakeAnthropic, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "core.cli", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(fake),
        cwd=REPO_ROOT,
    )


def read_until(stream: Any, predicate: Any) -> str:
    for line in stream:
        if predicate(line):
            return str(line)
    raise AssertionError("output ended before the expected line")


def test_auth_without_browser_takes_the_pasted_code(fake: FakeAnthropic) -> None:
    fake.sign_in_account = fake.add_account(email="signed@example.com", usage=usage_payload())
    process = start_cli(fake, "auth", "Signed", "--no-browser")
    try:
        url = read_until(process.stdout, lambda line: line.startswith("http")).strip()
        page = httpx.get(url, follow_redirects=True, timeout=10)
        assert process.stdin is not None
        process.stdin.write(manual_code_from_page(page.text) + "\n")
        process.stdin.flush()
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert "Signed" in out
    (entry,) = listed(fake)["accounts"]
    assert (entry["name"], entry["source"], entry["email"]) == (
        "Signed",
        "app",
        "signed@example.com",
    )


def test_auth_in_the_browser_via_the_loopback_callback(fake: FakeAnthropic) -> None:
    fake.sign_in_account = fake.add_account(email="browser@example.com", usage=usage_payload())
    # webbrowser honours $BROWSER ("&": in the background, as desktop browsers are run);
    # this "browser" follows the redirects to the CLI's loopback listener.
    browser = f"{sys.executable} -c {shlex.quote(FOLLOW_REDIRECTS)} %s &"
    result = cli(fake, "auth", "Browser", env={"BROWSER": browser})
    assert result.returncode == 0, result.stderr
    assert "Opening your browser" in result.stdout
    (entry,) = listed(fake)["accounts"]
    assert (entry["name"], entry["email"]) == ("Browser", "browser@example.com")


FOLLOW_REDIRECTS = "import sys, httpx; httpx.get(sys.argv[1], follow_redirects=True, timeout=30)"


def test_auth_without_browser_and_nothing_pasted_exits_1(fake: FakeAnthropic) -> None:
    result = cli(fake, "auth", "Signed", "--no-browser", stdin="\n")
    assert result.returncode == 1
    assert "No code was pasted" in result.stderr
    assert listed(fake)["accounts"] == []


def test_auth_without_browser_rejects_a_forged_code(fake: FakeAnthropic) -> None:
    result = cli(fake, "auth", "Signed", "--no-browser", stdin="forged#wrong-state\n")
    assert result.returncode == 1
    assert listed(fake)["accounts"] == []


# -- watch ---------------------------------------------------------------------------------


def test_watch_with_count_draws_then_exits_0(fake: FakeAnthropic) -> None:
    save_copy(fake, "Work", fake.add_account(usage=usage_payload()))
    result = cli(fake, "watch", "--count", "1")
    assert result.returncode == 0, result.stderr
    assert "Ctrl-C to quit" in result.stdout
    assert "37%" in result.stdout
    assert "\x1b" not in result.stdout  # not a terminal: no cursor control either


def test_watch_exits_0_on_ctrl_c(fake: FakeAnthropic) -> None:
    save_copy(fake, "Work", fake.add_account(usage=usage_payload()))
    process = start_cli(fake, "watch", "--interval", "60")
    try:
        assert process.stdout is not None
        read_until(process.stdout, lambda line: "37%" in line)  # first frame is drawn
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert "Traceback" not in err


def run_on_terminal(fake: FakeAnthropic, *args: str, env: Mapping[str, str]) -> tuple[int, str]:
    """Run the CLI with stdout on a pseudo-terminal; return its status and what it wrote."""
    pty = pytest.importorskip("pty")  # POSIX only
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "core.cli", *args],
        stdin=subprocess.DEVNULL,
        stdout=terminal,
        stderr=subprocess.PIPE,
        env=cli_env(fake, env),
        cwd=REPO_ROOT,
    )
    os.close(terminal)
    chunks = []
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(controller)
    process.communicate(timeout=30)
    return process.returncode, b"".join(chunks).decode("utf-8", "replace")


def test_watch_on_a_terminal_redraws_in_place_and_colours(fake: FakeAnthropic) -> None:
    save_copy(fake, "Work", fake.add_account(usage=usage_payload()))
    status, output = run_on_terminal(fake, "watch", "--count", "1", env={})
    assert status == 0
    assert output.startswith("\x1b[H\x1b[2J")
    assert "\x1b[32m" in output  # a green bar


def test_no_color_on_a_terminal_keeps_cursor_control_but_drops_colour(fake: FakeAnthropic) -> None:
    save_copy(fake, "Work", fake.add_account(usage=usage_payload()))
    status, output = run_on_terminal(fake, "watch", "--count", "1", env={"NO_COLOR": "1"})
    assert status == 0
    assert output.startswith("\x1b[H\x1b[2J")
    assert "37%" in output
    assert re.search(r"\x1b\[[0-9;]*m", output) is None


# -- the stagger -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "staggered"), [(["usage", "--json"], False), (["watch", "--count", "1"], True)]
)
def test_only_watchs_background_schedule_staggers_its_requests(
    fake: FakeAnthropic, monkeypatch: pytest.MonkeyPatch, args: list[str], staggered: bool
) -> None:
    """A one-shot command is waited for: its accounts' requests go out together, as a
    refresh the user asked for does. `watch` polls on a schedule and keeps the stagger
    (a delay drawn per account after the first, against per-IP 429s)."""
    from core import client as client_module
    from core.cli.main import main as cli_main

    for name in ("A", "B", "C"):
        save_copy(fake, name, fake.add_account(usage=usage_payload()))
    draws: list[tuple[float, float]] = []

    def uniform(low: float, high: float) -> float:
        draws.append((low, high))
        return 0.0

    monkeypatch.setattr(client_module.random, "uniform", uniform)
    assert cli_main(args) == 0
    assert fake.count("/api/oauth/usage") == 3
    assert bool(draws) is staggered

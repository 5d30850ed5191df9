"""Hostile text and unbounded input through the real ``claude-usage`` process.

Each case runs the CLI as a subprocess (over real sockets to the fake server where it
fetches): what reaches the terminal is what a person would see. "Raw control" below means
an ESC, BEL or bidi override arriving unescaped — enough to retitle, clear or reorder the
terminal.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from core.base.paths import legacy_store_path
from core.models import AccountRecord, CredentialSource
from core.store.keys import machine_id
from core.store.storage import AccountStore, StoreData
from tests.app_paths import app_paths
from tests.core.legacy_data import OAUTH_CREDENTIALS, write_legacy
from tests.core.test_cli import (
    REPO_ROOT,
    cli,
    cli_env,
    listed,
    read_until,
    save_copy,
    usage_payload,
)
from tests.fakes.server import FakeAnthropic

pytestmark = pytest.mark.faults

USAGE = "/api/oauth/usage"
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\u202egnp.exe"
RAW_CONTROLS = ("\x1b", "\x07", "\u202e", "\x9b")


@pytest.fixture
def fake(fake_server: FakeAnthropic) -> FakeAnthropic:
    return fake_server


def assert_no_raw_controls(*texts: str) -> None:
    for text in texts:
        for control in RAW_CONTROLS:
            assert control not in text, f"raw {control!r} reached the terminal: {text!r}"


def store_path() -> Path:
    return app_paths().home / "accounts.enc"


# -- hostile text from servers and stores -------------------------------------------------


def test_server_error_text_is_escaped_not_obeyed(fake: FakeAnthropic) -> None:
    account = fake.add_account(usage=usage_payload())
    save_copy(fake, "Work", account)
    fake.fail(USAGE, 500, body={"error": {"type": "api_error", "message": HOSTILE}}, times=None)

    result = cli(fake, "usage", "--refresh", env={"FORCE_COLOR": "1"})

    assert result.returncode == 1  # nothing to show for the account
    assert_no_raw_controls(result.stdout.replace("\x1b[", "CSI["), result.stderr)
    assert "\\x1b]0;pwned\\x07\\x1b[2J\\u202egnp.exe" in result.stdout  # visible, readable
    assert "\x1b[1m" in result.stdout  # our own colour survives FORCE_COLOR


def test_server_window_names_are_escaped(fake: FakeAnthropic) -> None:
    payload = usage_payload()
    payload["\x1b[2Jevil\u202e"] = {"utilization": 5.0, "resets_at": None}
    save_copy(fake, "Work", fake.add_account(usage=payload))

    text = cli(fake, "usage")
    document = cli(fake, "usage", "--json")

    assert text.returncode == 0, text.stderr
    assert_no_raw_controls(text.stdout, document.stdout)
    assert "\\x1b[2Jevil\\u202e" in text.stdout
    windows = json.loads(document.stdout)["accounts"][0]["windows"]
    assert "\x1b[2Jevil\u202e" in windows  # JSON keeps the data exact, only escaped


def put_in_store(*names: str) -> None:
    """Write accounts straight into the store, as a store from before the name rule (or
    another program) could hold them."""
    records = tuple(
        AccountRecord(
            name=name,
            account_type="oauth",
            source=CredentialSource.APP,
            saved_at=datetime.now(UTC),
            credentials=OAUTH_CREDENTIALS,
        )
        for name in names
    )
    AccountStore(store_path()).update(lambda _: StoreData(records, None))


def test_odd_names_from_an_old_store_are_listed_escaped_and_can_be_deleted(
    fake: FakeAnthropic,
) -> None:
    put_in_store(HOSTILE, "Plain")

    text = cli(fake, "list")
    document = cli(fake, "list", "--json")
    deleted = cli(fake, "delete", HOSTILE)

    assert text.returncode == 0, text.stderr
    assert_no_raw_controls(text.stdout, document.stdout, deleted.stdout, deleted.stderr)
    assert "\\x1b]0;pwned" in text.stdout
    assert json.loads(document.stdout)["accounts"][0]["name"] == HOSTILE
    assert deleted.returncode == 0, deleted.stderr
    assert [a["name"] for a in listed(fake)["accounts"]] == ["Plain"]


def test_parser_messages_escape_what_was_typed(fake: FakeAnthropic) -> None:
    result = cli(fake, "list", "extra\x1b]0;pwned\x07")  # argparse quotes these raw
    assert result.returncode == 2
    assert_no_raw_controls(result.stderr)
    assert "unrecognized arguments: extra\\x1b]0;pwned\\x07" in result.stderr


# -- the name rule --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "bell\x07",
        "back\x08space",
        "del\x7f",
        "\u202eevil",
        "iso\u2066late",
        "zero\u200bwidth",
        "joiner\u200d",
        "bom\ufeff",
        "line\u2028sep",
        "x" * 101,
    ],
)
def test_names_breaking_the_rule_are_refused_and_nothing_is_saved(
    fake: FakeAnthropic, name: str
) -> None:
    account = fake.add_account(usage=usage_payload())
    result = cli(fake, "save", name, "--credentials-file", "-", stdin=account.credentials_json())
    assert result.returncode == 1
    assert "Account names" in result.stderr
    assert "Traceback" not in result.stderr
    assert_no_raw_controls(result.stderr)
    assert listed(fake)["accounts"] == []


def test_nfc_and_nfd_spellings_are_one_account(fake: FakeAnthropic) -> None:
    nfc, nfd = unicodedata.normalize("NFC", "Café"), unicodedata.normalize("NFD", "Café")
    assert nfc != nfd
    save_copy(fake, nfc, fake.add_account(usage=usage_payload()))
    save_copy(fake, nfd, fake.add_account(usage=usage_payload()))  # replaces, not a twin

    assert [a["name"] for a in listed(fake)["accounts"]] == [nfc]
    assert cli(fake, "usage", nfd).returncode == 0  # typed decomposed, found
    assert cli(fake, "switch", nfd).returncode == 0
    assert listed(fake)["active"] == nfc
    assert cli(fake, "delete", nfd).returncode == 0
    assert listed(fake)["accounts"] == []


def run_bytes(fake: FakeAnthropic, *args: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable.encode(), b"-m", b"core.cli", *args],
        capture_output=True,
        env=cli_env(fake),
        cwd=REPO_ROOT,
        timeout=60,
        check=False,
    )


def test_a_name_that_is_not_utf8_is_a_usage_error(fake: FakeAnthropic) -> None:
    result = run_bytes(fake, b"save", b"Caf\xe9", b"--credentials-file", b"-")
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, err
    assert "not valid UTF-8" in err
    assert "Traceback" not in err
    assert listed(fake)["accounts"] == []


# -- the legacy import ------------------------------------------------------------------------


def test_legacy_import_applies_the_name_rule_and_survives_odd_dates(fake: FakeAnthropic) -> None:
    nfd = unicodedata.normalize("NFD", "  Café ")
    entries: list[dict[str, Any]] = [
        {"name": HOSTILE, "credentials": OAUTH_CREDENTIALS, "savedAt": "2025-06-01T10:00:00Z"},
        {"name": nfd, "credentials": OAUTH_CREDENTIALS, "savedAt": "0001-01-01T00:00:00+01:00"},
        {"name": "Late", "credentials": OAUTH_CREDENTIALS, "savedAt": "9999-12-31T23:59:59-01:00"},
        {"name": "Future", "credentials": OAUTH_CREDENTIALS, "savedAt": "9000-01-01T00:00:00Z"},
    ]
    write_legacy(legacy_store_path(), {"accounts": entries}, ident=machine_id())

    result = cli(fake, "import")

    assert result.returncode == 0, result.stderr
    assert "Skipping account #1" in result.stderr
    assert_no_raw_controls(result.stdout, result.stderr)
    accounts = listed(fake)["accounts"]
    assert [a["name"] for a in accounts] == ["Café", "Late", "Future"]
    now = datetime.now(UTC)
    for account in accounts:  # unusable dates become "now", not a crash or year 9000
        saved = datetime.fromisoformat(account["saved_at"])
        assert abs(saved - now) < timedelta(minutes=5)


# -- redaction by value -----------------------------------------------------------------------


def test_a_token_of_any_shape_echoed_by_the_server_is_redacted(fake: FakeAnthropic) -> None:
    token = "legacyShapedBearer0123456789abcdefWXYZ"  # no sk-ant- prefix: no pattern knows it
    save_copy(fake, "Work", fake.add_account(usage=usage_payload(), access_token=token))
    body = {"error": {"type": "api_error", "message": f"bad bearer {token} rejected"}}
    fake.fail(USAGE, 500, body=body, times=None)

    result = cli(fake, "-vv", "usage", "--refresh")

    assert token not in result.stdout + result.stderr
    assert "…WXYZ" in result.stdout  # shown redacted, so a person can tell which token


# -- bounded input ----------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="/dev/zero and FIFOs are POSIX")
def test_credentials_from_dev_zero_are_refused_at_once(fake: FakeAnthropic) -> None:
    started = time.monotonic()
    result = cli(fake, "save", "Zero", "--credentials-file", "/dev/zero")
    assert result.returncode == 1
    assert "not a regular file" in result.stderr
    assert time.monotonic() - started < 30
    assert listed(fake)["accounts"] == []


@pytest.mark.skipif(os.name != "posix", reason="/dev/zero and FIFOs are POSIX")
def test_credentials_from_a_fifo_without_writer_do_not_hang(
    fake: FakeAnthropic, tmp_path: Path
) -> None:
    fifo = tmp_path / "creds.fifo"
    os.mkfifo(fifo)
    result = cli(fake, "save", "Pipe", "--credentials-file", str(fifo))  # 60 s timeout
    assert result.returncode == 1
    assert "pipe (FIFO), not a regular file" in result.stderr


def test_a_huge_credentials_file_is_refused_and_the_store_stays_small(
    fake: FakeAnthropic, tmp_path: Path
) -> None:
    account = fake.add_account(usage=usage_payload())
    document = json.loads(account.credentials_json())
    document["padding"] = "x" * (30 * 1024 * 1024)
    huge = tmp_path / "huge.json"
    huge.write_text(json.dumps(document))

    from_file = cli(fake, "save", "Huge", "--credentials-file", str(huge))
    from_stdin = cli(fake, "save", "Huge", "--credentials-file", "-", stdin=huge.read_text())

    for result in (from_file, from_stdin):
        assert result.returncode == 1
        assert "too large" in result.stderr
    assert not store_path().exists() or store_path().stat().st_size < 64 * 1024


@pytest.mark.parametrize(
    ("args", "expected"),
    [(("admin", "Org"), "an Admin API key"), (("auth", "Me", "--no-browser"), "a sign-in code")],
)
@pytest.mark.skipif(os.name != "posix", reason="/dev/zero and FIFOs are POSIX")
def test_endless_stdin_for_a_key_or_code_is_refused(
    fake: FakeAnthropic, args: tuple[str, ...], expected: str
) -> None:
    with open("/dev/zero", "rb") as endless:
        result = subprocess.run(
            [sys.executable, "-m", "core.cli", *args],
            stdin=endless,
            capture_output=True,
            text=True,
            env=cli_env(fake),
            cwd=REPO_ROOT,
            timeout=60,
            check=False,
        )
    assert result.returncode == 1
    assert f"too long for {expected}" in result.stderr
    assert listed(fake)["accounts"] == []


# -- odd environments -------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_output_to_a_non_utf8_stream_never_crashes(fake: FakeAnthropic, encoding: str) -> None:
    """cp1252 is stdout on Windows when redirected; ASCII under some LANG=C set-ups."""
    save_copy(fake, "Wörk ✓", fake.add_account(usage=usage_payload()))
    for args in (("usage",), ("list",), ("usage", "--json"), ("delete", "Nobody ✓")):
        result = subprocess.run(
            [sys.executable, "-m", "core.cli", *args],
            capture_output=True,
            encoding=encoding,  # strict: what was written is valid in that encoding
            env=cli_env(fake, {"PYTHONIOENCODING": encoding}),
            cwd=REPO_ROOT,
            timeout=60,
            check=False,
        )
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode == (1 if args[0] == "delete" else 0), result.stderr
        assert "\\u2713" in result.stdout + result.stderr  # the ✓ escaped, not lost


def test_watch_on_a_damaged_store_says_so_and_exits_1(fake: FakeAnthropic) -> None:
    store_path().parent.mkdir(parents=True, exist_ok=True)
    store_path().write_bytes(b"CUTSTORE\x01\x01" + b"\x00" * 60)
    result = cli(fake, "watch")  # 60 s timeout: before, this never ended
    assert result.returncode == 1
    assert "account store" in result.stderr
    assert "Traceback" not in result.stderr


def test_watch_on_an_unreadable_store_says_so_and_exits_1(fake: FakeAnthropic) -> None:
    store_path().mkdir(parents=True)  # a folder where the file should be
    result = cli(fake, "watch")
    assert result.returncode == 1
    assert "is a folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_watch_ends_when_the_store_is_damaged_while_it_runs(fake: FakeAnthropic) -> None:
    save_copy(fake, "Work", fake.add_account(usage=usage_payload()))
    process = subprocess.Popen(
        [sys.executable, "-m", "core.cli", "watch", "--interval", "0.2"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(fake, {"CLAUDE_USAGE_WATCH_MIN_INTERVAL": "0.2"}),
        cwd=REPO_ROOT,
    )
    try:
        assert process.stdout is not None
        read_until(process.stdout, lambda line: "37%" in line)  # first frame drawn
        store_path().write_bytes(b"damaged by another program")
        _, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 1, err
    assert "not a Claude Usage Tray account store" in err
    assert "Traceback" not in err


def test_admin_key_on_the_command_line_is_warned_about(fake: FakeAnthropic) -> None:
    key = fake.add_admin_key()
    result = cli(fake, "admin", "Org", key)
    assert result.returncode == 0, result.stderr
    assert "process list" in result.stderr
    assert "admin NAME < keyfile" in result.stderr
    piped = cli(fake, "admin", "Org2", stdin=key + "\n")
    assert "process list" not in piped.stderr


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_store_readable_by_others_is_made_private_with_a_warning(fake: FakeAnthropic) -> None:
    save_copy(fake, "Work", fake.add_account(usage=usage_payload()))
    store_path().chmod(0o644)  # as a copy by hand or a restored backup leaves it

    result = cli(fake, "list")

    assert result.returncode == 0, result.stderr
    assert "readable by other users (mode 644)" in result.stderr
    assert stat.S_IMODE(store_path().stat().st_mode) == 0o600
    assert "readable by other users" not in cli(fake, "list").stderr


def test_list_states_the_protection_in_force(fake: FakeAnthropic) -> None:
    save_copy(fake, "Work", fake.add_account(usage=usage_payload()))
    result = cli(fake, "list")
    assert "Store protection: key in the OS keyring" in result.stdout
    assert listed(fake)["protection"] == "keyring"


def test_list_says_when_only_the_machine_key_protects_the_store(fake: FakeAnthropic) -> None:
    no_keyring = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    account = fake.add_account(usage=usage_payload())
    saved = cli(
        fake,
        "save",
        "Work",
        "--credentials-file",
        "-",
        stdin=account.credentials_json(),
        env=no_keyring,
    )
    assert saved.returncode == 0, saved.stderr

    text = cli(fake, "list", env=no_keyring)
    document = cli(fake, "list", "--json", env=no_keyring)

    assert "Store protection: machine-derived key (no usable keyring" in text.stdout
    assert json.loads(document.stdout)["protection"] == "machine"

"""The macOS Keychain source, against a fake ``security`` executable.

The fake is a small Python program written to the test's folder: it keeps a "keychain"
in a JSON file, answers ``find-generic-password``/``add-generic-password`` (and both
inside ``security -i``) like Apple's tool — exit 44 when the item is missing, hex output
for non-ASCII data — and logs every argv and stdin it received.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from core.credentials import FileCredentialSource, locate
from core.credentials.chain import ChainedCredentialSource
from core.credentials.keychain import MacKeychainSource
from core.credentials.location import claude_user_name
from core.errors import CredentialsError
from tests.app_paths import claude_env

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="the fake `security` is a script run through its #! line"
)

TOKEN = "sk-ant-oat01-" + "A" * 40 + "SECRETTAIL"
CREDENTIALS = json.dumps({"claudeAiOauth": {"accessToken": TOKEN, "expiresAt": 1748658860401}})

FAKE_SECURITY = textwrap.dedent(
    r"""
    import json, os, shlex, sys

    STORE, LOG, MODE = {store!r}, {log!r}, {mode!r}

    def load():
        return json.load(open(STORE)) if os.path.exists(STORE) else {{}}

    def options(args):
        found, i = {{}}, 0
        while i < len(args):
            flag = args[i]
            takes_value = flag in ("-s", "-a", "-X") or (flag == "-w" and i + 1 < len(args))
            found[flag] = args[i + 1] if takes_value else True
            i += 2 if takes_value else 1
        return found

    def command(args):
        opts = options(args[1:])
        key = f"{{opts.get('-s')}}\0{{opts.get('-a')}}"
        if args[0] == "find-generic-password":
            items = load()
            if key not in items:
                print("security: SecKeychainSearchCopyNext: The specified item could not be "
                      "found in the keychain.", file=sys.stderr)
                return 44
            data = bytes.fromhex(items[key])
            printable = all(32 <= b < 127 for b in data)
            print(data.decode() if printable else data.hex())
            return 0
        if args[0] == "add-generic-password":
            items = load()
            if key in items and "-U" not in opts:
                return 45
            value = opts.get("-X") or opts["-w"].encode().hex()
            if MODE != "drop-writes":
                items[key] = value
                json.dump(items, open(STORE, "w"))
            return 0
        return 2

    argv = sys.argv[1:]
    stdin = sys.stdin.read() if argv == ["-i"] else None
    with open(LOG, "a") as log:
        log.write(json.dumps({{"argv": argv, "stdin": stdin}}) + "\n")
    if MODE.startswith("exit:"):
        print("security: " + MODE[5:].split(":", 1)[1], file=sys.stderr)
        sys.exit(int(MODE[5:].split(":", 1)[0]))
    if stdin is not None:
        codes = [command(shlex.split(line)) for line in stdin.splitlines() if line.strip()]
        sys.exit(max(codes, default=0))
    sys.exit(command(argv))
    """
)


class FakeSecurity:
    """A fake ``security`` program and its keychain file."""

    def __init__(self, folder: Path, mode: str = "normal") -> None:
        self.store = folder / "keychain.json"
        self.log = folder / "security-log.jsonl"
        self.path = folder / "security"
        self.pid_file = folder / "security.pid"
        script = FAKE_SECURITY.format(store=str(self.store), log=str(self.log), mode=mode)
        self.path.write_text(f"#!{sys.executable}\n{script}")
        if mode == "hang":  # a shell starts fast enough to record its pid before the deadline
            self.path.write_text(f"#!/bin/sh\necho $$ > '{self.pid_file}'\nexec sleep 60\n")
        self.path.chmod(0o755)

    def put(self, service: str, account: str, text: str) -> None:
        items = json.loads(self.store.read_text()) if self.store.exists() else {}
        items[f"{service}\0{account}"] = text.encode().hex()
        self.store.write_text(json.dumps(items))

    def get(self, service: str, account: str) -> str | None:
        items = json.loads(self.store.read_text()) if self.store.exists() else {}
        value = items.get(f"{service}\0{account}")
        return bytes.fromhex(value).decode() if value is not None else None

    def calls(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.log.read_text().splitlines()]


@pytest.fixture
def security(tmp_path: Path) -> FakeSecurity:
    return FakeSecurity(tmp_path)


@pytest.fixture
def custom_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    text = str(tmp_path / "profiles" / "work")
    monkeypatch.setenv("CLAUDE_CONFIG_DIR", text)
    monkeypatch.setenv("USER", "alice")
    return text


def _source(security: FakeSecurity, **kwargs: float) -> MacKeychainSource:
    location = locate("macos", None, claude_env())
    return MacKeychainSource(
        location.keychain_service,
        claude_user_name(claude_env()),
        security=str(security.path),
        **kwargs,
    )


async def test_reads_the_hashed_item_of_a_custom_config_dir(
    security: FakeSecurity, custom_dir: str
) -> None:
    service = "Claude Code-credentials-" + hashlib.sha256(custom_dir.encode()).hexdigest()[:8]
    security.put(service, "alice", CREDENTIALS)
    security.put("Claude Code-credentials", "alice", '{"other": "profile"}')
    assert await _source(security).read() == CREDENTIALS
    assert security.calls() == [
        {"argv": ["find-generic-password", "-s", service, "-a", "alice", "-w"], "stdin": None}
    ]


async def test_reads_the_plain_item_without_claude_config_dir(
    security: FakeSecurity, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLAUDE_CONFIG_DIR")
    monkeypatch.setenv("USER", "bob")
    security.put("Claude Code-credentials", "bob", CREDENTIALS)
    assert await _source(security).read() == CREDENTIALS
    assert security.calls()[0]["argv"] == [
        "find-generic-password",
        "-s",
        "Claude Code-credentials",
        "-a",
        "bob",
        "-w",
    ]


async def test_missing_item_is_no_login(security: FakeSecurity, custom_dir: str) -> None:
    assert await _source(security).read() is None


async def test_non_ascii_item_printed_as_hex_is_decoded(
    security: FakeSecurity, custom_dir: str
) -> None:
    text = json.dumps({"claudeAiOauth": {"accessToken": TOKEN}, "note": "café"}, ensure_ascii=False)
    security.put(locate("macos", None, claude_env()).keychain_service, "alice", text)
    assert await _source(security).read() == text


async def test_write_goes_through_stdin_never_argv(security: FakeSecurity, custom_dir: str) -> None:
    service = locate("macos", None, claude_env()).keychain_service
    security.put(service, "alice", "{}")
    await _source(security).write(CREDENTIALS)
    assert security.get(service, "alice") == CREDENTIALS
    write_call, verify_call = security.calls()
    assert write_call["argv"] == ["-i"]
    assert write_call["stdin"] == (
        f'add-generic-password -U -a "alice" -s "{service}" -X "{CREDENTIALS.encode().hex()}"\n'
    )
    assert verify_call["argv"] == ["find-generic-password", "-s", service, "-a", "alice", "-w"]
    assert not any("SECRETTAIL" in arg for call in security.calls() for arg in call["argv"])


async def test_write_too_long_for_one_stdin_line_falls_back_to_argv(
    security: FakeSecurity, custom_dir: str
) -> None:
    # Claude Code does the same: `security -i` reads lines into a 4 KiB buffer.
    big = json.dumps({"claudeAiOauth": {"accessToken": TOKEN}, "mcpOAuth": {"x": "y" * 3000}})
    await _source(security).write(big)
    service = locate("macos", None, claude_env()).keychain_service
    assert security.get(service, "alice") == big
    assert security.calls()[0]["argv"] == [
        "add-generic-password",
        "-U",
        "-a",
        "alice",
        "-s",
        service,
        "-X",
        big.encode().hex(),
    ]


async def test_write_that_does_not_stick_is_an_error(tmp_path: Path, custom_dir: str) -> None:
    security = FakeSecurity(tmp_path, mode="drop-writes")
    with pytest.raises(CredentialsError, match="could not be verified"):
        await _source(security).write(CREDENTIALS)


async def test_user_name_security_cannot_quote_is_refused(
    security: FakeSecurity, custom_dir: str
) -> None:
    source = MacKeychainSource("Claude Code-credentials", 'al"ice', security=str(security.path))
    with pytest.raises(CredentialsError, match="nothing was written"):
        await source.write(CREDENTIALS)
    assert not security.log.exists()


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("exit:36:User interaction is not allowed.", "locked"),
        ("exit:128:User canceled the operation.", "denied at the Keychain prompt"),
        (f"exit:1:unexpected {TOKEN}", r"status 1: security: unexpected sk-ant-oat01-…TAIL"),
    ],
)
async def test_security_failures_are_explained_without_secrets(
    tmp_path: Path, custom_dir: str, mode: str, message: str
) -> None:
    security = FakeSecurity(tmp_path, mode=mode)
    with pytest.raises(CredentialsError, match=message) as caught:
        await _source(security).read()
    assert "SECRETTAIL" not in str(caught.value)
    assert "macOS Keychain item 'Claude Code-credentials-" in str(caught.value)


async def test_a_hanging_security_is_killed_at_the_deadline(
    tmp_path: Path, custom_dir: str
) -> None:
    security = FakeSecurity(tmp_path, mode="hang")
    started = time.monotonic()
    with pytest.raises(CredentialsError, match=r"Timed out after 0\.5 s .*Keychain prompt"):
        await _source(security, timeout=0.5).read()
    assert time.monotonic() - started < 10  # not the 60 s the fake would sleep
    pid = int(security.pid_file.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # killed and reaped, not left behind


async def test_missing_security_tool_is_an_error(tmp_path: Path) -> None:
    source = MacKeychainSource("s", "a", security=str(tmp_path / "no-such-security"))
    with pytest.raises(CredentialsError, match="Cannot run"):
        await source.read()


async def test_macos_chain_falls_back_to_the_file_and_writes_there(
    security: FakeSecurity, custom_dir: str
) -> None:
    # Claude Code on macOS: Keychain first, .credentials.json as its fallback storage.
    location = locate("macos", None, claude_env())
    path = location.credentials_file
    path.parent.mkdir(parents=True)
    path.write_text(CREDENTIALS)
    chain = ChainedCredentialSource([_source(security), FileCredentialSource(path)])
    assert await chain.read() == CREDENTIALS
    await chain.write("{}")
    assert path.read_text() == "{}"
    assert security.get(location.keychain_service, "alice") is None


# -- as on a Mac: the factory picks the Keychain and finds `security` on PATH ---------------


@pytest.fixture
def security_on_path(
    security: FakeSecurity, custom_dir: str, monkeypatch: pytest.MonkeyPatch
) -> FakeSecurity:
    """The fake ``security`` first on PATH and ``sys.platform`` saying macOS, so the app's own
    factory (``credential_source()``) chooses and runs it (/usr/bin/security is hidden)."""
    monkeypatch.setenv("PATH", f"{security.path.parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(sys, "platform", "darwin")
    real_exists = os.path.exists  # on a real Mac, Apple's tool must not be the one run here
    monkeypatch.setattr(os.path, "exists", lambda p: p != "/usr/bin/security" and real_exists(p))
    return security


async def test_on_macos_the_factory_runs_security_from_path(
    security_on_path: FakeSecurity,
) -> None:
    from core.credentials import credential_source

    service = locate("macos", None, claude_env()).keychain_service
    security_on_path.put(service, "alice", CREDENTIALS)
    source = credential_source("auto", None, claude_env())
    assert isinstance(source, ChainedCredentialSource)
    keychain = source.sources[0]
    assert isinstance(keychain, MacKeychainSource)
    assert keychain.security == str(security_on_path.path)
    assert await source.read() == CREDENTIALS
    await source.write(CREDENTIALS.replace("1748658860401", "1748658860402"))
    assert security_on_path.get(service, "alice") == CREDENTIALS.replace(
        "1748658860401", "1748658860402"
    )
    write_call = security_on_path.calls()[1]
    assert write_call["argv"] == ["-i"]  # the secret went through stdin


def test_apples_security_wins_over_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """On a Mac /usr/bin/security exists and is used, not a `security` planted on PATH."""
    from core.credentials import keychain

    real_exists = os.path.exists
    monkeypatch.setattr(
        keychain.os.path, "exists", lambda p: p == "/usr/bin/security" or real_exists(p)
    )
    assert keychain.default_security_path() == "/usr/bin/security"


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("exit:51:SecKeychainItemCopyContent: authorization failed", "the Keychain refused"),
        (
            "exit:45:The specified item already exists in the keychain.",
            "status 45: security: The specified item already exists",
        ),
    ],
)
async def test_write_refusals_are_explained(
    tmp_path: Path, custom_dir: str, mode: str, message: str
) -> None:
    security = FakeSecurity(tmp_path, mode=mode)
    with pytest.raises(CredentialsError, match=f"Cannot write .*{message}"):
        await _source(security).write(CREDENTIALS)
    assert "SECRETTAIL" not in security.log.read_text()  # stdin held hex, never the text


async def test_hex_looking_text_that_is_not_utf8_is_kept_as_is(
    security: FakeSecurity, custom_dir: str
) -> None:
    """`security -w` prints hex only for non-ASCII data; ASCII that merely looks like hex
    (here: not valid UTF-8 once decoded) is the item's real text."""
    security.put(locate("macos", None, claude_env()).keychain_service, "alice", "c3c3")
    assert await _source(security).read() == "c3c3"


async def test_a_blank_item_is_no_login(security: FakeSecurity, custom_dir: str) -> None:
    security.put(locate("macos", None, claude_env()).keychain_service, "alice", "   ")
    assert await _source(security).read() is None

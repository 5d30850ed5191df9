"""Secrets audit: a whole session with DEBUG logging, then a search for every secret.

One test drives everything a person does, against the fake server over real sockets:
browser sign-in (scripted browser), usage, a 401 answered by refresh-and-retry, a proactive
refresh of an expired token, 429 / 500 / malformed / invalid_grant, a pasted-but-broken
credentials JSON, an OAuth token pasted as an admin key, a refused admin key, an admin key
saved and fetched, and the real CLI (``usage``, ``list --json``, ``admin NAME`` with the key
on stdin) at ``-vv``. Logging is captured at DEBUG for every logger (httpx and httpcore
included), through caplog *and* a file handler, with no redaction filter installed: the
library must not log secrets in the first place.

Then every access token, refresh token and admin key that existed during the session (the
fake's issued grants and every credential sent to it) is looked for — by its middle 12
characters, so a redacted ``sk-ant-oat01-…abcd`` does not count — in: the log records and
the log file, the message, repr and formatted traceback (causes included) of every error,
the repr of every snapshot, Account, AccountRecord and helper object, the CLI's stdout and
stderr, and every plaintext file the app wrote under ``CLAUDE_USAGE_HOME``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import subprocess
import sys
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from core.anthropic.endpoints import Endpoints
from core.base.redact import SecretFilter
from core.client import UsageClient
from core.errors import ClaudeUsageError
from core.models import AccountStatus, AdminUsage
from core.usage.parsing import parse_claude_credentials
from tests.app_paths import app_paths
from tests.conftest import REPO_ROOT
from tests.fakes.server import FakeAccount, FakeAnthropic

USAGE = "/api/oauth/usage"
NOISY_LOGGERS = ("", "core", "httpx", "httpcore", "tray", "asyncio")


def middle(secret: str) -> str:
    half = len(secret) // 2
    return secret[half - 6 : half + 6]


def new_admin_key() -> str:
    return "sk-ant-admin01-" + secrets.token_urlsafe(40)


class Evidence:
    """Everything that could leak a secret, collected as text as the session goes."""

    def __init__(self) -> None:
        self.texts: dict[str, list[str]] = {}
        self.secrets: set[str] = set()

    def add(self, where: str, text: str) -> None:
        self.texts.setdefault(where, []).append(text)

    def reprs(self, *objects: Any) -> None:
        for item in objects:
            self.add("repr", repr(item))
            self.add("str", str(item))

    def error(self, exc: BaseException) -> None:
        self.add("error", f"{exc}\n{exc!r}\n" + "".join(traceback.format_exception(exc)))

    def usage(self, usage: Any) -> None:
        self.reprs(usage)
        if usage.error:
            self.add("snapshot error", usage.error)

    def remember(self, *accounts: FakeAccount) -> None:
        for account in accounts:
            self.secrets.update((account.access_token, account.refresh_token))

    def leaks(self) -> list[str]:
        found = []
        for secret in sorted(self.secrets):
            needle = middle(secret)
            for where, texts in self.texts.items():
                if any(needle in text for text in texts):
                    found.append(f"{secret[:13]}… ({secret[-4:]}) found in {where}")
        return found


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> Iterator[Path]:
    """Every logger at DEBUG into caplog and into a file, exactly as emitted."""
    path = tmp_path / "debug.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    levels = {name: logging.getLogger(name).level for name in NOISY_LOGGERS}
    redactors = {  # a redacting filter on a logger would hide what the library emits
        name: [f for f in logging.getLogger(name).filters if isinstance(f, SecretFilter)]
        for name in NOISY_LOGGERS
    }
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
        caplog.set_level(logging.DEBUG, logger=name)
        for redactor in redactors[name]:
            logging.getLogger(name).removeFilter(redactor)
    yield path
    root.removeHandler(handler)
    handler.close()
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
        for redactor in redactors[name]:
            logging.getLogger(name).addFilter(redactor)


class ScriptedBrowser:
    """``open_browser``: follows the fake's authorize redirect to our loopback listener."""

    def __init__(self) -> None:
        self.visits: list[asyncio.Task[httpx.Response]] = []

    def __call__(self, url: str) -> bool:
        self.visits.append(asyncio.create_task(self._visit(url)))
        return True

    @staticmethod
    async def _visit(url: str) -> httpx.Response:
        async with httpx.AsyncClient(follow_redirects=True, timeout=10) as http:
            return await http.get(url)


async def expect_error(evidence: Evidence, work: Any) -> ClaudeUsageError:
    try:
        await work
    except ClaudeUsageError as exc:
        evidence.error(exc)
        return exc
    raise AssertionError("expected a ClaudeUsageError")


async def fetch(client: UsageClient, evidence: Evidence, name: str) -> Any:
    usage = await client.get_account_usage(name, user_initiated=True)
    evidence.usage(usage)
    return usage


def run_cli(evidence: Evidence, *args: str, stdin: str | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "core.cli", "-vv", *args],
        cwd=REPO_ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    evidence.add(f"cli {args[0]} stdout", result.stdout)
    evidence.add(f"cli {args[0]} stderr", result.stderr)
    return result.stdout


def sent_credentials(fake: FakeAnthropic) -> set[str]:
    """Every bearer token, refresh token and admin key the app sent to the fake."""
    found: set[str] = set()
    for request in fake.requests:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and token:
            found.add(token.strip())
        if request.headers.get("x-api-key"):
            found.add(request.headers["x-api-key"])
        body = request.json if isinstance(request.json, dict) else {}
        if isinstance(body.get("refresh_token"), str):
            found.add(body["refresh_token"])
    return found


async def oauth_part(fake: FakeAnthropic, client: UsageClient, evidence: Evidence) -> None:
    signed = fake.add_account(email="ana@example.com")
    fake.sign_in_account = signed
    evidence.remember(signed)
    browser = ScriptedBrowser()
    evidence.reprs(await client.authenticate("Signed", open_browser=browser, timeout=10))
    for visit in browser.visits:
        evidence.add("browser page", (await visit).text)
    evidence.remember(signed)
    assert (await fetch(client, evidence, "Signed")).status is AccountStatus.OK

    fake.expire_access_token(signed)  # 401 → refresh → retry
    assert (await fetch(client, evidence, "Signed")).status is AccountStatus.OK
    evidence.remember(signed)

    copy = fake.add_account(email="bo@example.com")
    evidence.remember(copy)
    past = int((time.time() - 3600) * 1000)  # expired: refreshed before use
    await client.save_account("Copy", copy.credentials_json(expires_at_ms=past))
    assert (await fetch(client, evidence, "Copy")).status is AccountStatus.OK
    evidence.remember(copy)

    fake.rate_limit(USAGE, retry_after="30")
    assert (await fetch(client, evidence, "Signed")).status is AccountStatus.RATE_LIMITED
    fake.fail(USAGE, 500)
    assert (await fetch(client, evidence, "Copy")).status is AccountStatus.ERROR
    fake.malformed(USAGE, body=b'{"five_hour": ' + copy.access_token.encode())
    assert (await fetch(client, evidence, "Copy")).status is AccountStatus.ERROR
    fake.expire_access_token(copy)
    fake.revoke_refresh_token(copy)
    assert (await fetch(client, evidence, "Copy")).status is AccountStatus.NEEDS_SIGN_IN

    broken = json.dumps({"claudeAiOauth": {"accessToken": 5, "refreshToken": copy.refresh_token}})
    await expect_error(evidence, client.save_account("Broken", broken))
    await expect_error(evidence, client.save_account("Broken", copy.refresh_token))


async def admin_part(fake: FakeAnthropic, client: UsageClient, evidence: Evidence) -> str:
    key, refused, cli_key = new_admin_key(), new_admin_key(), new_admin_key()
    evidence.secrets.update((key, refused, cli_key))
    fake.add_admin_key(key)
    fake.add_admin_key(cli_key)
    evidence.reprs(await client.save_admin_account("Org", key))
    usage = await fetch(client, evidence, "Org")
    assert isinstance(usage, AdminUsage)
    assert usage.status is AccountStatus.OK, usage.error
    await expect_error(evidence, client.save_admin_account("Refused", refused))
    signed = next(a for a in fake.accounts if a.email == "ana@example.com")
    await expect_error(evidence, client.save_admin_account("Pasted", signed.access_token))
    await expect_error(evidence, client.get_account_usage("Nobody"))
    return cli_key


async def inspect_objects(client: UsageClient, evidence: Evidence) -> None:
    records = await client.accounts.records()
    evidence.reprs(*records, *(await client.list_accounts()), client, client.store)
    evidence.reprs(client.accounts, client.api, client.endpoints)
    for record in records:
        if record.account_type == "oauth" and record.credentials:
            evidence.reprs(parse_claude_credentials(record.credentials))


def plaintext_files(evidence: Evidence) -> None:
    """What the app wrote next to the (encrypted) store: cooldowns, snapshots, history."""
    for path in app_paths().home.rglob("*"):
        if path.is_file() and path.name != "accounts.enc":
            evidence.add(f"file {path.name}", path.read_bytes().decode("utf-8", "replace"))


async def test_no_secret_in_logs_errors_reprs_or_cli_output(
    fake_server: FakeAnthropic, debug_logs: Path, caplog: pytest.LogCaptureFixture
) -> None:
    evidence = Evidence()
    async with UsageClient(endpoints=Endpoints.from_env(), jitter=0) as client:
        await oauth_part(fake_server, client, evidence)
        cli_key = await admin_part(fake_server, client, evidence)
        await inspect_objects(client, evidence)

    listing = json.loads(run_cli(evidence, "list", "--json"))
    assert {"Signed", "Copy", "Org"} <= {a["name"] for a in listing["accounts"]}
    assert "Signed" in run_cli(evidence, "usage")
    run_cli(evidence, "usage", "--json")
    assert "Org2" in run_cli(evidence, "admin", "Org2", stdin=cli_key + "\n")
    run_cli(evidence, "usage", "Org2", "--json")

    evidence.secrets |= sent_credentials(fake_server)
    evidence.remember(*fake_server.accounts)
    evidence.add("caplog", caplog.text)
    for record in caplog.records:
        evidence.add(f"log record {record.name}", record.getMessage())
        if record.exc_info and record.exc_info[1] is not None:
            evidence.error(record.exc_info[1])
    evidence.add("log file", debug_logs.read_text(encoding="utf-8"))
    plaintext_files(evidence)

    assert len(evidence.secrets) >= 10  # the session really issued and used secrets
    assert any("refresh" in t.lower() or "token" in t.lower() for t in evidence.texts["caplog"])
    assert evidence.leaks() == []

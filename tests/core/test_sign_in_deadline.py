"""Issue 15, item 3 (core side): when a sign-in stops working.

Refresh tokens die about 28 days after the sign-in that made them, whatever refreshes
happen. Before: nothing recorded when this app signed in, ``refreshTokenExpiresAt`` was
ignored, and the account was simply "Needs sign-in" one day. After: the store keeps
``signed_in_at`` for this app's own sign-ins, every snapshot carries
``sign_in_expires_at`` (the credentials' own field first, else sign-in + 28 days, marked
estimated), over the fake server's real sockets, and the CLI and JSON say it.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core import UsageClient
from core.errors import StorageError
from core.models import AccountRecord, CredentialSource, OAuthUsage
from core.store.storage import AccountStore, StoreData, decode_store, encode_store
from core.usage.display import sign_in_text
from core.usage.fetcher import sign_in_deadline
from core.usage.parsing import SIGN_IN_LIFETIME, parse_claude_credentials
from tests.core import fetch_support
from tests.core.fetch_support import World
from tests.core.test_cli import cli
from tests.core.test_oauth_e2e import Browser, endpoints_of
from tests.fakes.server import FakeAnthropic

world = fetch_support.world
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def with_refresh_expiry(credentials_json: str, moment: datetime) -> str:
    data = json.loads(credentials_json)
    data["claudeAiOauth"]["refreshTokenExpiresAt"] = int(moment.timestamp() * 1000)
    return json.dumps(data)


# -- the store -----------------------------------------------------------------------------------


def record(**fields: object) -> AccountRecord:
    base: dict[str, object] = {
        "name": "Mine",
        "account_type": "oauth",
        "source": CredentialSource.APP,
        "saved_at": NOW,
        "credentials": "{}",
    }
    return AccountRecord(**(base | fields))  # type: ignore[arg-type]


def test_the_store_keeps_the_sign_in_time(tmp_path: Path) -> None:
    signed = NOW - timedelta(days=26)
    data = StoreData((record(signed_in_at=signed),), None)
    (loaded,) = decode_store(encode_store(data), tmp_path / "s").accounts
    assert loaded.signed_in_at == signed


def test_a_store_written_before_has_no_sign_in_time(tmp_path: Path) -> None:
    plain = json.loads(encode_store(StoreData((record(),), None)))
    del plain["accounts"][0]["signed_in_at"]
    (loaded,) = decode_store(json.dumps(plain).encode(), tmp_path / "s").accounts
    assert loaded.signed_in_at is None


@pytest.mark.parametrize("bad", [12, "yesterday", ["2026-11-01"]])
def test_a_bad_sign_in_time_is_a_clear_store_error(tmp_path: Path, bad: object) -> None:
    plain = json.loads(encode_store(StoreData((record(),), None)))
    plain["accounts"][0]["signed_in_at"] = bad
    with pytest.raises(StorageError, match="signed_in_at"):
        decode_store(json.dumps(plain).encode(), tmp_path / "s")


# -- the deadline --------------------------------------------------------------------------------


def test_the_credentials_own_expiry_wins_over_the_estimate() -> None:
    expires = NOW + timedelta(days=9)
    creds = with_refresh_expiry('{"claudeAiOauth": {"accessToken": "a"}}', expires)
    found = sign_in_deadline(record(credentials=creds, signed_in_at=NOW), None)
    assert found == (expires, False)


def test_an_own_sign_in_is_estimated_at_28_days() -> None:
    found = sign_in_deadline(record(signed_in_at=NOW), None)
    assert found == (NOW + SIGN_IN_LIFETIME, True)
    assert timedelta(days=28) == SIGN_IN_LIFETIME


def test_a_pasted_copy_and_a_plain_linked_login_have_no_known_deadline() -> None:
    assert sign_in_deadline(record(), None) is None
    linked = record(source=CredentialSource.CLAUDE_CODE, credentials=None)
    assert sign_in_deadline(linked, None) is None
    creds = parse_claude_credentials(
        with_refresh_expiry('{"claudeAiOauth": {"accessToken": "a"}}', NOW)
    )
    assert sign_in_deadline(linked, creds) == (NOW, False)


@pytest.mark.parametrize("junk", ['"soon"', "true", "1e300"])
def test_an_unusable_refresh_expiry_is_unknown_not_a_refused_login(junk: str) -> None:
    text = f'{{"claudeAiOauth": {{"accessToken": "a", "refreshTokenExpiresAt": {junk}}}}}'
    assert parse_claude_credentials(text).refresh_token_expires_at is None


@pytest.mark.parametrize(
    ("left", "text"),
    [
        (timedelta(days=4, hours=3), "sign-in expires in 4 days"),
        (timedelta(days=1, hours=23), "sign-in expires in 2 days"),
        (timedelta(hours=30), "sign-in expires in 1 d 6 h"),
        (timedelta(hours=5), "sign-in expires in 5 h"),
        (timedelta(seconds=-1), "sign-in expired"),
    ],
)
def test_sign_in_text(left: timedelta, text: str) -> None:
    assert sign_in_text(NOW + left, NOW) == text


# -- over real sockets -----------------------------------------------------------------------------


async def test_an_app_login_signed_in_26_days_ago_carries_its_deadline(world: World) -> None:
    account = world.fake.add_account()
    signed = datetime.now(UTC) - timedelta(days=26)
    saved = await world.save_app("Ana", account, signed_in_at=signed)
    usage = await world.fetcher().fetch(saved)
    assert usage.status.value == "ok"
    assert usage.sign_in_expires_at == signed + timedelta(days=28)
    assert usage.sign_in_estimated is True


async def test_a_failed_fetch_still_carries_the_deadline(world: World) -> None:
    account = world.fake.add_account()
    signed = datetime.now(UTC) - timedelta(days=26)
    saved = await world.save_app("Ana", account, signed_in_at=signed)
    world.fake.fail("/api/oauth/usage", 500, times=None)
    usage = await world.fetcher().fetch(saved)
    assert usage.sign_in_expires_at == signed + timedelta(days=28)


async def test_a_linked_login_shows_claude_codes_own_deadline(world: World) -> None:
    account = world.fake.add_account()
    linked = await world.save_linked("Cc", account)
    expires = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3)
    path = Path(linked.config_dir or "") / ".credentials.json"
    path.write_text(with_refresh_expiry(path.read_text(), expires))
    usage = await world.fetcher().fetch(linked)
    assert usage.sign_in_expires_at == expires
    assert usage.sign_in_estimated is False


async def test_the_deadline_survives_refreshes(world: World) -> None:
    """A refresh rotates the tokens but keeps refreshTokenExpiresAt (it does not extend it)."""
    account = world.fake.add_account()
    expires = datetime.now(UTC).replace(microsecond=0) + timedelta(days=5)
    credentials = with_refresh_expiry(account.credentials_json(expires_at_ms=0), expires)
    saved = AccountRecord(
        name="Old",
        account_type="oauth",
        source=CredentialSource.APP,
        saved_at=NOW,
        credentials=credentials,
    )
    await world.accounts.save(saved)
    usage = await world.fetcher().fetch(saved)
    assert world.fake.count("/v1/oauth/token") == 1  # the expired access token was renewed
    assert usage.sign_in_expires_at == expires
    stored = await world.stored("Old")
    assert stored["claudeAiOauth"]["refreshTokenExpiresAt"] == int(expires.timestamp() * 1000)  # type: ignore[index]


async def test_authenticate_records_when_it_signed_in(
    fake_server: FakeAnthropic, tmp_path: Path
) -> None:
    account = fake_server.add_account(email="ana@example.com")
    fake_server.sign_in_account = account
    before = datetime.now(UTC)
    endpoints = endpoints_of(fake_server)
    async with UsageClient(tmp_path / "accounts.enc", endpoints=endpoints) as client:
        await client.authenticate("Personal", timeout=5, open_browser=Browser())
        usage = await client.get_account_usage("Personal")
    (saved,) = AccountStore(tmp_path / "accounts.enc").read().accounts
    assert saved.signed_in_at is not None
    assert before <= saved.signed_in_at <= datetime.now(UTC)
    assert isinstance(usage, OAuthUsage)
    assert usage.sign_in_expires_at == saved.signed_in_at + SIGN_IN_LIFETIME


def test_cli_shows_a_near_deadline_and_its_json(fake_server: FakeAnthropic) -> None:
    account = fake_server.add_account()
    expires = datetime.fromtimestamp(int(time.time()) + 4 * 86400 + 3600, UTC)
    creds = with_refresh_expiry(account.credentials_json(), expires)
    saved = cli(fake_server, "save", "Mine", "--credentials-file", "-", stdin=creds)
    assert saved.returncode == 0, saved.stderr
    text = cli(fake_server, "usage", "Mine")
    assert "! sign-in expires in 4 days" in text.stdout
    (entry,) = json.loads(cli(fake_server, "usage", "Mine", "--json").stdout)["accounts"]
    assert entry["sign_in_expires_at"] == expires.isoformat()
    assert entry["sign_in_estimated"] is False


def test_cli_is_quiet_about_a_far_deadline(fake_server: FakeAnthropic) -> None:
    account = fake_server.add_account()
    expires = datetime.fromtimestamp(int(time.time()) + 20 * 86400, UTC)
    creds = with_refresh_expiry(account.credentials_json(), expires)
    assert cli(fake_server, "save", "Mine", "--credentials-file", "-", stdin=creds).returncode == 0
    assert "sign-in" not in cli(fake_server, "usage", "Mine").stdout

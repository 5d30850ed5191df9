"""The Secret Service source, against a real gnome-keyring on a private D-Bus session.

Run through ``tools/with-test-session`` (``make test`` does): the tests that need the
Secret Service skip locally without it and fail in CI, through the ``secret_service_keyring``
fixture of tests/conftest.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from core.credentials import credential_source
from core.credentials.secret_service import SecretServiceSource, pick_item
from core.errors import CredentialsError
from tests.app_paths import claude_env

SERVICE = "Claude Code-credentials"
TOKEN = "sk-ant-oat01-" + "A" * 40 + "SECRETTAIL"
CREDENTIALS = json.dumps({"claudeAiOauth": {"accessToken": TOKEN, "expiresAt": 1748658860401}})


def _delete_items(service: str) -> None:
    import secretstorage

    with closing(secretstorage.dbus_init()) as connection:
        for item in secretstorage.search_items(connection, {"service": service}):
            item.delete()


def _secret_tool(*args: str, stdin: str | None = None) -> str:
    done = subprocess.run(
        ["secret-tool", *args], input=stdin, capture_output=True, text=True, timeout=30, check=True
    )
    return done.stdout


@pytest.fixture
def secret_service(secret_service_keyring: object) -> Iterator[None]:
    """The real Secret Service, with no Claude Code item before or after the test."""
    services = [SERVICE, _hashed_service()]
    for service in services:
        _delete_items(service)
    yield
    for service in services:
        _delete_items(service)


def _hashed_service() -> str:
    custom = os.environ["CLAUDE_CONFIG_DIR"]
    return f"{SERVICE}-{hashlib.sha256(custom.encode()).hexdigest()[:8]}"


@pytest.fixture
def user(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("USER", "alice")
    return "alice"


async def test_reads_an_item_stored_by_secret_tool(secret_service: None, user: str) -> None:
    _secret_tool(
        "store", "--label=Claude Code", "service", SERVICE, "account", user, stdin=CREDENTIALS
    )
    assert await SecretServiceSource(SERVICE, user).read() == CREDENTIALS


async def test_finds_the_item_by_service_alone(secret_service: None, user: str) -> None:
    # `secret-tool lookup service "Claude Code-credentials"` finds items with other attributes too.
    _secret_tool("store", "--label=x", "service", SERVICE, "username", "someone", stdin=CREDENTIALS)
    assert await SecretServiceSource(SERVICE, user).read() == CREDENTIALS


async def test_no_item_is_no_login(secret_service: None, user: str) -> None:
    assert await SecretServiceSource(SERVICE, user).read() is None


async def test_write_back_replaces_the_item_that_was_read(secret_service: None, user: str) -> None:
    _secret_tool("store", "--label=x", "service", SERVICE, "account", user, stdin="{}")
    source = SecretServiceSource(SERVICE, user)
    assert await source.read() == "{}"
    await source.write(CREDENTIALS)
    assert _secret_tool("lookup", "service", SERVICE) == CREDENTIALS
    assert _secret_tool("search", "--all", "service", SERVICE).count("[/") == 1  # no second item


async def test_write_creates_the_item_when_there_is_none(secret_service: None, user: str) -> None:
    await SecretServiceSource(SERVICE, user).write(CREDENTIALS)
    assert _secret_tool("lookup", "service", SERVICE, "account", user) == CREDENTIALS


async def test_linux_factory_falls_back_to_the_secret_service(
    secret_service: None, user: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLAUDE_CONFIG_DIR")  # Claude Code with its default folder, no file there
    _secret_tool("store", "--label=x", "service", SERVICE, "account", user, stdin=CREDENTIALS)
    source = credential_source("linux", None, claude_env())
    assert await source.read() == CREDENTIALS
    assert source.description == "Secret Service item with service='Claude Code-credentials'"
    await source.write("{}")
    assert _secret_tool("lookup", "service", SERVICE) == "{}"
    assert not (Path(os.environ["HOME"]) / ".claude" / ".credentials.json").exists()


async def test_custom_config_dir_uses_its_own_item(secret_service: None, user: str) -> None:
    # The plain item belongs to the default profile: a custom folder must not borrow it.
    _secret_tool("store", "--label=x", "service", SERVICE, "account", user, stdin='{"default": 1}')
    source = credential_source("linux", None, claude_env())
    assert await source.read() is None
    _secret_tool("store", "--label=x", "service", _hashed_service(), stdin=CREDENTIALS)
    assert await source.read() == CREDENTIALS


# ----------------------------------------------- without a Secret Service (always run)


async def test_no_session_bus_is_no_login(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus")
    source = SecretServiceSource(SERVICE, "alice")
    assert await source.read() is None
    with pytest.raises(CredentialsError, match="No Secret Service is running"):
        await source.write(CREDENTIALS)


async def test_no_session_bus_variable_is_no_login(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/nonexistent")
    assert await SecretServiceSource(SERVICE, "alice").read() is None


class FakeItem:
    def __init__(self, attributes: dict[str, str], locked: bool = False) -> None:
        self.attributes = attributes
        self.locked = locked

    def get_attributes(self) -> dict[str, str]:
        return self.attributes

    def is_locked(self) -> bool:
        return self.locked


def test_pick_prefers_the_users_item_then_an_unlocked_one() -> None:
    other = FakeItem({"service": SERVICE, "account": "bob"})
    locked_mine = FakeItem({"service": SERVICE, "account": "alice"}, locked=True)
    mine = FakeItem({"service": SERVICE, "username": "alice"})
    assert pick_item([other, locked_mine, mine], "alice") is mine
    assert pick_item([other, locked_mine], "alice") is locked_mine
    assert pick_item([FakeItem({}, locked=True), other], "carol") is other
    assert pick_item([], "alice") is None


def test_a_locked_item_is_reported_not_unlocked() -> None:
    source = SecretServiceSource(SERVICE, "alice")
    with pytest.raises(CredentialsError, match="is locked; unlock your keyring"):
        source._ensure_unlocked(FakeItem({}, locked=True))

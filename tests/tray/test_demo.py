"""The demo drives the real UsageClient over an in-process simulated Anthropic, and keeps
everything it writes inside its own temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from core.models import AdminUsage, OAuthUsage
from tray.demo import (
    DemoEnvironment,
    DemoWorld,
    MemoryKeyring,
    demo_backend,
    prepare_environment,
    seed_accounts,
)
from tray.viewmodel import Level, build_cards, icon_state


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def demo_env() -> Iterator[DemoEnvironment]:
    env = prepare_environment()
    yield env
    env.cleanup()


async def test_demo_accounts_come_through_the_real_client(
    demo_env: DemoEnvironment, isolated_environment: Path
) -> None:
    clock = Clock()
    world = DemoWorld(clock=clock)
    backend = demo_backend(demo_env.config, world)
    try:
        accounts = await seed_accounts(backend)
        assert [a.name for a in accounts] == ["Personal", "Work", "Acme Org"]
        usages = await backend.refresh(user_initiated=True)
        personal, work, org = usages
        assert isinstance(personal, OAuthUsage)
        assert isinstance(work, OAuthUsage)
        assert isinstance(org, AdminUsage)
        assert personal.session is not None
        assert personal.session.percent >= 86
        assert personal.email == "ada@example.com"
        assert work.session is not None
        assert not work.session.started
        assert org.has_data
        assert org.estimated_cost_cents > 0
        assert icon_state(usages).level is Level.WARNING  # Personal is near its limit
        cards = build_cards(usages, world.now())
        assert cards[1].bars[0].caption == "not started"
        assert "/api/oauth/usage" in world.requests
        assert "/v1/organizations/usage_report/messages" in world.requests

        clock.now += 400  # the simulated usage moves on
        later = await backend.refresh(user_initiated=True)
        assert isinstance(later[0], OAuthUsage)
        assert later[0].session is not None
        assert later[0].session.percent > personal.session.percent
        assert isinstance(later[1], OAuthUsage)
        assert later[1].session is not None
        assert later[1].session.started
    finally:
        await backend.close()
    # Nothing outside the demo's folder: not the test's data home, not its HOME.
    assert demo_env.folder in demo_env.paths.store.parents
    assert not (isolated_environment / "usage-home").exists()
    assert list((isolated_environment / "home").iterdir()) == []
    assert any(demo_env.folder.rglob("*"))


async def test_seeding_twice_keeps_what_is_there(demo_env: DemoEnvironment) -> None:
    backend = demo_backend(demo_env.config, DemoWorld())
    try:
        await seed_accounts(backend)
        await backend.rename_account("Work", "Job")
        names = [a.name for a in await seed_accounts(backend)]
        assert names == ["Personal", "Job", "Acme Org"]
    finally:
        await backend.close()


def test_the_demo_changes_no_environment_and_no_global_keyring(
    isolated_environment: Path,
) -> None:
    environment, chosen = dict(os.environ), keyring.get_keyring()
    env = prepare_environment()
    assert env.paths.home == env.folder / "data"
    assert env.config.claude_code.config_dir == env.folder / "claude-code"
    assert isinstance(env.config.keyring, MemoryKeyring)
    assert dict(os.environ) == environment
    assert keyring.get_keyring() is chosen
    env.cleanup()
    assert not env.folder.exists()


def test_unknown_tokens_get_a_quiet_account() -> None:
    world = DemoWorld(clock=Clock())
    usage = world.usage("sk-ant-oat01-pasted-by-someone")
    assert usage["five_hour"]["utilization"] < 50

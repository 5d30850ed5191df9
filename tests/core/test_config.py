"""core.config: one configuration value, built at the edge, decides where a client's files
live; nothing below it reads the environment, so two clients in one process stay apart."""

from __future__ import annotations

import ast
import os
from pathlib import Path

from core import AppConfig, AppPaths, ClaudeCodeEnv, Endpoints, UsageClient
from core.anthropic import user_agent
from core.base.paths import default_data_home
from core.models import AccountStatus
from tests.conftest import REPO_ROOT
from tests.core.fetch_support import ms_from_now
from tests.fakes.keyring_backend import FileKeyring
from tests.fakes.server import FakeAnthropic

USAGE = "/api/oauth/usage"
TOKEN = "/v1/oauth/token"
CORE = REPO_ROOT / "core"

# Where os.environ may be read below core, and why (everything else gets an AppConfig).
ENVIRONMENT_READERS = {
    # The edge: every CLAUDE_USAGE_* variable and Claude Code's ones, read once.
    "core/config.py",
    # The CLI's main hands its terminal's NO_COLOR / FORCE_COLOR / TERM to the colour choice.
    "core/cli/main.py",
    # The cached-only edge (statusline, usage --format): the data folder, CLAUDE_CONFIG_DIR
    # and the colour variables, read once without importing core.config's heavy imports.
    "core/cli/cached.py",
    # The answer from cache (usage [--json] polled moments ago): the data folder, the poll
    # floor and the colour variables, read once without core.config's heavy imports.
    "core/cli/from_cache.py",
    # DESIGN.md's public ``Endpoints.from_env()``; the app itself uses AppConfig's endpoints.
    "core/anthropic/endpoints.py",
    # The locale of figures and clock times, from POSIX's LC_ALL / LC_TIME … / LANG, read once
    # per process as gettext (which reads LANGUAGE … itself) does for the words.
    "core/base/translation.py",
}


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


async def use(client: UsageClient, fake: FakeAnthropic, name: str) -> None:
    """Save an account, fetch it, then hit a 429: store, history, snapshot, cooldown."""
    await client.save_account(name, fake.add_account().credentials_json())
    usage = await client.get_account_usage(name, user_initiated=True)
    assert usage.status is AccountStatus.OK
    fake.rate_limit(USAGE, retry_after=600)
    limited = await client.get_account_usage(name, user_initiated=True)
    assert limited.status is AccountStatus.RATE_LIMITED


async def test_two_clients_with_different_stores_share_nothing_on_disk(
    tmp_path: Path, fake_server: FakeAnthropic
) -> None:
    user_agent.reset_cache()  # the first client resolves (and caches) Claude Code's version
    one, two = tmp_path / "one", tmp_path / "two"
    try:
        async with (
            UsageClient(one / "accounts.enc", jitter=0) as first,
            UsageClient(two / "accounts.enc", jitter=0) as second,
        ):
            await use(first, fake_server, "A")
            await use(second, fake_server, "B")
            assert [a.name for a in await first.list_accounts()] == ["A"]
            assert [a.name for a in await second.list_accounts()] == ["B"]
            assert (await first.usage_history("A"))["five_hour"]
            assert (await second.usage_history("B"))["five_hour"]
    finally:
        user_agent.reset_cache()
    for folder in (one, two):
        names = files_under(folder)
        assert {"accounts.enc", "history.sqlite3", "cooldowns.json"} <= names, names
        assert any(name.startswith("snapshots/") for name in names), names
    assert "claude-version.json" in files_under(one)  # resolved once, by the first client
    assert not Path(os.environ["CLAUDE_USAGE_HOME"]).exists()  # the environment's folder


async def test_without_a_store_path_the_environment_decides(fake_server: FakeAnthropic) -> None:
    home = Path(os.environ["CLAUDE_USAGE_HOME"])
    async with UsageClient(jitter=0) as client:
        assert client.paths == AppPaths.at(home)
        assert client.endpoints == Endpoints.from_env()
        await use(client, fake_server, "A")
    assert {"accounts.enc", "history.sqlite3", "cooldowns.json"} <= files_under(home)


async def test_a_config_keeps_every_file_where_it_says(
    tmp_path: Path, fake_server: FakeAnthropic
) -> None:
    """No environment variable needed: the config names the folder, endpoints, Claude Code's
    folder and the keyring (the demo runs this way)."""
    keyring = FileKeyring()
    config = AppConfig(
        paths=AppPaths.at(tmp_path / "data"),
        endpoints=Endpoints.from_mapping(fake_server.env()),
        claude_code=ClaudeCodeEnv(config_dir_text=str(tmp_path / "cc")),
        keyring=keyring,
    )
    async with UsageClient(config=config, jitter=0) as client:
        await use(client, fake_server, "A")
        assert client.protection.value == "keyring"
    assert "accounts.enc" in files_under(tmp_path / "data")
    assert not Path(os.environ["CLAUDE_USAGE_HOME"]).exists()


async def test_a_store_path_with_a_config_moves_only_the_store(tmp_path: Path) -> None:
    config = AppConfig(paths=AppPaths.at(tmp_path / "data"))
    async with UsageClient(tmp_path / "elsewhere" / "x.enc", config=config) as client:
        assert client.paths.store == tmp_path / "elsewhere" / "x.enc"
        assert client.paths.history == tmp_path / "data" / "history.sqlite3"


def test_from_environment_reads_every_variable(tmp_path: Path) -> None:
    environ = {
        "CLAUDE_USAGE_HOME": str(tmp_path / "h"),
        "CLAUDE_CONFIG_DIR": "~/cc/",
        "USER": "ada",
        "CLAUDE_USAGE_API_BASE": "http://127.0.0.1:9",
        "CLAUDE_USAGE_USER_AGENT_VERSION": "1.2.3",
        "CLAUDE_USAGE_WATCH_MIN_INTERVAL": "0.5",
    }
    config = AppConfig.from_environment(environ)
    assert config.paths == AppPaths.at(tmp_path / "h")
    assert config.paths.private_root == tmp_path / "h"
    assert config.endpoints.api_base == "http://127.0.0.1:9"
    assert config.claude_code == ClaudeCodeEnv(config_dir_text="~/cc/", user="ada")
    assert config.user_agent_version == "1.2.3"
    assert config.watch_min_interval == "0.5"


def test_from_an_empty_environment_the_defaults(tmp_path: Path) -> None:
    config = AppConfig.from_environment({})
    assert config.paths.home == default_data_home()
    assert config.endpoints == Endpoints()
    assert config.claude_code.config_dir == Path.home() / ".claude"
    assert config.user_agent_version is None


def test_a_store_path_puts_the_other_files_beside_it(tmp_path: Path) -> None:
    environ = {"CLAUDE_USAGE_HOME": str(tmp_path / "h")}
    config = AppConfig.from_environment(environ, storage_path=tmp_path / "s" / "a.enc")
    assert config.paths.store == tmp_path / "s" / "a.enc"
    assert config.paths.cooldowns == tmp_path / "s" / "cooldowns.json"
    assert config.paths.private_root == tmp_path / "h"  # only the data folder is tightened


async def test_write_back_is_a_setting_of_the_running_client(
    fake_server: FakeAnthropic,
) -> None:
    """Turning write-back on takes effect at the next refresh, in the same client."""
    account = fake_server.add_account()
    folder = Path(os.environ["CLAUDE_CONFIG_DIR"])
    folder.mkdir(parents=True)
    (folder / ".credentials.json").write_text(account.credentials_json(ms_from_now(-3600)))
    async with UsageClient(jitter=0) as client:
        await client.save_account("Linked")
        assert client.write_back is False
        before = await client.get_account_usage("Linked", user_initiated=True)
        assert before.status is AccountStatus.LOGIN_EXPIRED
        assert fake_server.count(TOKEN) == 0
        client.write_back = True
        after = await client.get_account_usage("Linked", user_initiated=True)
    assert after.status is AccountStatus.OK
    assert fake_server.count(TOKEN) == 1


_ENV_NAMES = {"environ", "environb", "getenv", "getenvb"}


def _reads_environ(path: Path) -> bool:
    """``os.environ`` / ``os.getenv``, or those names imported from ``os``."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in _ENV_NAMES:
            return True
        imported = node.names if isinstance(node, ast.ImportFrom) and node.module == "os" else []
        if any(alias.name in _ENV_NAMES for alias in imported):
            return True
    return False


def test_only_the_edges_read_the_environment() -> None:
    readers = {
        path.relative_to(REPO_ROOT).as_posix()
        for path in CORE.rglob("*.py")
        if _reads_environ(path)
    }
    assert readers == ENVIRONMENT_READERS

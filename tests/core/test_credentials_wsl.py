"""Issue 15, item 6: Claude Code logins inside WSL distributions, found from Windows.

Windows is simulated as the other platform tests do it (the platform named, or
``sys.platform`` patched), ``wsl.exe`` is a real executable on ``PATH`` that prints what
the real one prints (UTF-16-LE with a BOM), and the ``\\\\wsl.localhost`` / ``\\\\wsl$``
shares are a temporary tree of the same shape, given through ``CLAUDE_USAGE_WSL_ROOTS``.
Before: such logins were invisible to a Windows-side monitor. After: listed, linked with
``save NAME --from-wsl DISTRO``, read from that file only, their usage fetched.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import UsageClient
from core.anthropic.endpoints import Endpoints
from core.cli.main import main as cli_main
from core.config import AppConfig
from core.credentials.wsl import (
    WslLogin,
    discover_wsl_logins,
    find_wsl_logins,
    is_wsl_folder,
    list_distributions,
    parse_distributions,
    wsl_credential_source,
)
from core.errors import InvalidInputError
from core.models import CredentialSource, OAuthUsage
from tests.fakes.server import FakeAnthropic

UTF16_LIST = "\ufeffUbuntu\r\nDebian\r\nLegacy\r\n".encode("utf-16-le")


def fake_wsl(
    bin_dir: Path, *, output: bytes = UTF16_LIST, status: int = 0, hang: bool = False
) -> Path:
    """A ``wsl.exe`` on ``PATH`` printing ``output`` (or never answering)."""
    bin_dir.mkdir(parents=True, exist_ok=True)
    (bin_dir / "list.bin").write_bytes(output)
    body = "exec sleep 30\n" if hang else f'cat "{bin_dir / "list.bin"}"\nexit {status}\n'
    script = bin_dir / "wsl.exe"
    script.write_text(f'#!/bin/sh\n[ "$1 $2" = "-l -q" ] || exit 9\n{body}')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def login_file(
    root: Path,
    distro: str,
    home: str,
    credentials: str = '{"claudeAiOauth": {"accessToken": "sk-ant-oat01-x"}}',
) -> Path:
    folder = root / distro / home / ".claude"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ".credentials.json"
    path.write_text(credentials)
    return path


@pytest.fixture
def shares(tmp_path: Path) -> tuple[Path, Path]:
    """``\\\\wsl.localhost`` and ``\\\\wsl$`` as a tree: Ubuntu (two users, one logged in),
    Debian (root), Legacy (only on the old share)."""
    localhost, dollar = tmp_path / "wsl.localhost", tmp_path / "wsl$"
    login_file(localhost, "Ubuntu", "home/ana")
    (localhost / "Ubuntu" / "home" / "guest").mkdir(parents=True)
    login_file(localhost, "Debian", "root")
    login_file(dollar, "Legacy", "home/old")
    login_file(dollar, "Ubuntu", "home/ana")  # the same distribution seen twice
    return localhost, dollar


# -- the pieces ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "output",
    [
        UTF16_LIST,
        "Ubuntu\r\nDebian\r\nLegacy\r\n".encode("utf-16-le"),  # no BOM
        b"Ubuntu\nDebian\nLegacy\n",  # WSL_UTF8=1
        "Ubuntu\r\n\r\nDebian\r\n..\r\nLegacy\r\nx\\..\\y\r\n".encode("utf-16-le"),
    ],
)
def test_distribution_names_in_any_encoding_and_never_a_path(output: bytes) -> None:
    assert parse_distributions(output) == ["Ubuntu", "Debian", "Legacy"]


def test_logins_are_found_on_the_first_share_that_has_the_distribution(
    shares: tuple[Path, Path],
) -> None:
    roots = tuple(str(root) for root in shares)
    found = find_wsl_logins(["Ubuntu", "Debian", "Legacy", "Gone"], roots)
    assert [(login.distro, login.user) for login in found] == [
        ("Ubuntu", "ana"),
        ("Debian", "root"),
        ("Legacy", "old"),
    ]
    assert found[0].config_dir == str(shares[0] / "Ubuntu" / "home" / "ana" / ".claude")
    assert found[0].label == "Ubuntu (ana)"


def test_wsl_exe_is_run_and_read(tmp_path: Path) -> None:
    script = fake_wsl(tmp_path / "bin")
    assert list_distributions(str(script)) == ["Ubuntu", "Debian", "Legacy"]


@pytest.mark.faults
def test_a_wsl_exe_that_hangs_is_given_up_at_the_deadline(tmp_path: Path) -> None:
    script = fake_wsl(tmp_path / "bin", hang=True)
    assert list_distributions(str(script), timeout=0.5) == []


@pytest.mark.faults
@pytest.mark.parametrize("status", [1, 255])
def test_a_failing_wsl_exe_is_no_distributions(tmp_path: Path, status: int) -> None:
    script = fake_wsl(tmp_path / "bin", status=status)
    assert list_distributions(str(script)) == []


def test_no_wsl_exe_is_no_distributions(tmp_path: Path) -> None:
    assert list_distributions(str(tmp_path / "nowhere" / "wsl.exe")) == []


async def test_only_windows_looks_for_wsl(tmp_path: Path, shares: tuple[Path, Path]) -> None:
    script = fake_wsl(tmp_path / "bin")
    roots = tuple(str(root) for root in shares)
    assert await discover_wsl_logins("linux", roots=roots, wsl=str(script)) == []
    found = await discover_wsl_logins("windows", roots=roots, wsl=str(script))
    assert [login.distro for login in found] == ["Ubuntu", "Debian", "Legacy"]


def test_wsl_folders_are_recognised_by_their_share() -> None:
    assert is_wsl_folder(r"\\wsl.localhost\Ubuntu\home\ana\.claude")
    assert is_wsl_folder(r"\\WSL$\Ubuntu\home\ana\.claude")
    assert is_wsl_folder("//wsl.localhost/Ubuntu/home/ana/.claude")
    assert not is_wsl_folder(r"C:\Users\ana\.claude")
    assert not is_wsl_folder(r"\\wsl.localhostile\x")
    source = wsl_credential_source(r"\\wsl.localhost\Ubuntu\home\ana\.claude")
    assert source.description.endswith(".credentials.json (WSL)")


@pytest.fixture
def root_logging() -> Iterator[None]:
    """The CLI's ``main`` sets up the root logger for its process: put it back afterwards,
    or later tests would log into this test's (closed) captured stderr."""
    root = logging.getLogger()
    handlers, level, filters = root.handlers[:], root.level, root.filters[:]
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    root.filters[:] = filters


# -- through the client, on simulated Windows ------------------------------------------------------


@pytest.fixture
def windows_with_wsl(
    tmp_path: Path, shares: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> AppConfig:
    """``PATH`` with the fake ``wsl.exe``, the shares' roots in the environment."""
    fake_wsl(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("CLAUDE_USAGE_WSL_ROOTS", os.pathsep.join(str(r) for r in shares))
    return AppConfig.from_environment()


async def test_client_lists_links_and_fetches_a_wsl_login(
    windows_with_wsl: AppConfig, shares: tuple[Path, Path], fake_server: FakeAnthropic
) -> None:
    account = fake_server.add_account(email="ana@example.com")
    login_file(shares[0], "Ubuntu", "home/ana", account.credentials_json())
    endpoints = Endpoints(api_base=fake_server.base_url, token_url=fake_server.token_url)
    async with UsageClient(
        config=windows_with_wsl, platform="windows", endpoints=endpoints
    ) as client:
        found = await client.wsl_logins()
        assert [login.label for login in found] == ["Ubuntu (ana)", "Debian (root)", "Legacy (old)"]
        saved = await client.save_account("Wsl", from_wsl="ubuntu")
        usage = await client.get_account_usage("Wsl")
    assert saved.source is CredentialSource.CLAUDE_CODE
    assert saved.email == "ana@example.com"
    assert isinstance(usage, OAuthUsage)
    assert usage.error is None
    assert usage.session is not None


async def test_an_unknown_or_ambiguous_distribution_names_what_exists(
    windows_with_wsl: AppConfig, shares: tuple[Path, Path]
) -> None:
    login_file(shares[0], "Ubuntu", "home/bob")
    async with UsageClient(config=windows_with_wsl, platform="windows") as client:
        with pytest.raises(InvalidInputError, match="found: Ubuntu/ana, Ubuntu/bob") as caught:
            await client.save_account("Wsl", from_wsl="Ubuntu")
        assert "does not name one login" in str(caught.value)
        with pytest.raises(InvalidInputError, match="Debian/root"):
            await client.save_account("Wsl", from_wsl="Arch")
        await client.save_account("Bob", from_wsl="Ubuntu/bob")
        assert [a.name for a in await client.list_accounts()] == ["Bob"]


async def test_a_wsl_item_without_a_claude_sign_in_is_refused(
    windows_with_wsl: AppConfig, shares: tuple[Path, Path]
) -> None:
    login_file(shares[0], "Debian", "root", '{"mcpOAuth": {}}')
    async with UsageClient(config=windows_with_wsl, platform="windows") as client:
        with pytest.raises(InvalidInputError, match="holds no Claude sign-in"):
            await client.save_account("Deb", from_wsl="Debian")
        assert await client.list_accounts() == []


@pytest.mark.usefixtures("root_logging")
def test_cli_save_from_wsl_on_simulated_windows(
    windows_with_wsl: AppConfig,
    shares: tuple[Path, Path],
    fake_server: FakeAnthropic,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    account = fake_server.add_account(email="ana@example.com")
    login_file(shares[0], "Ubuntu", "home/ana", account.credentials_json())
    for name, value in fake_server.env().items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "platform", "win32")

    assert cli_main(["save", "Wsl", "--from-wsl", "Ubuntu"]) == 0
    assert "linked to the Claude Code login in WSL 'Ubuntu'" in capsys.readouterr().out
    assert cli_main(["list", "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)["accounts"]
    assert entry["source"] == "claude_code"


@pytest.mark.usefixtures("root_logging")
def test_cli_from_wsl_elsewhere_says_none_found(
    fake_server: FakeAnthropic, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert cli_main(["save", "Wsl", "--from-wsl", "Ubuntu"]) == 1
    assert "No Claude Code login found in WSL distribution 'Ubuntu'" in capsys.readouterr().err


def test_wsl_login_is_a_plain_value() -> None:
    login = WslLogin("Ubuntu", "ana", r"\\wsl.localhost\Ubuntu\home\ana\.claude")
    assert login == WslLogin("Ubuntu", "ana", r"\\wsl.localhost\Ubuntu\home\ana\.claude")

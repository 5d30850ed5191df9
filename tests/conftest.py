"""Every test runs isolated from the user's real data.

The autouse fixture points ``CLAUDE_USAGE_HOME``, ``CLAUDE_CONFIG_DIR`` and ``HOME`` at
temporary folders and selects a file-backed test keyring, so neither this process nor its
subprocesses can read or write the user's store, Claude Code login or keyring.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from core.base import translation
from tests.fakes.keyring_backend import FileKeyring
from tests.fakes.server import FakeAnthropic

TEST_DATA = Path(__file__).parent / "data"
REPO_ROOT = Path(__file__).resolve().parent.parent


def _stale_catalogues() -> list[Path]:
    """The translation sources whose compiled file is missing or older (packaging/catalogues)."""
    sources = [
        *(REPO_ROOT / "tray" / "translations").glob("*.ts"),
        *(REPO_ROOT / "core" / "locale").glob("*/LC_MESSAGES/*.po"),
    ]
    stale = []
    for source in sources:
        built = source.with_suffix(".qm" if source.suffix == ".ts" else ".mo")
        if not built.exists() or built.stat().st_mtime < source.stat().st_mtime:
            stale.append(source)
    return stale


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues() -> None:
    """Compile the catalogues when a source is newer, as ``make`` does: ``pytest`` alone, in
    a fresh clone or after editing a ``.ts``/``.po``, tests what is in the sources."""
    if _stale_catalogues():
        subprocess.run(
            [sys.executable, str(REPO_ROOT / "packaging" / "catalogues.py"), "compile"],
            check=True,
            capture_output=True,
        )


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("CLAUDE_USAGE_HOME", str(tmp_path / "usage-home"))
    monkeypatch.setenv("CLAUDE_CONFIG_DIR", str(home / ".claude"))
    monkeypatch.setenv("CLAUDE_USAGE_TEST_KEYRING", str(tmp_path / "test-keyring.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.fakes.keyring_backend.FileKeyring")
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join([str(REPO_ROOT), os.environ.get("PYTHONPATH", "")])
    )
    for name in (
        "CLAUDE_USAGE_API_BASE",
        "CLAUDE_USAGE_AUTHORIZE_URL",
        "CLAUDE_USAGE_TOKEN_URL",
        "CLAUDE_USAGE_MANUAL_REDIRECT_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    # Output in the house style and English, whatever the developer's own locale is.
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_TIME", "LC_NUMERIC", "LC_MONETARY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    translation.set_language(None)
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield tmp_path
    keyring.set_keyring(previous)


def require_or_skip(condition: bool, reason: str) -> None:
    """Skip when a desktop/Secret Service part is missing — but fail in CI, where it must exist."""
    if condition:
        return
    if os.environ.get("CLAUDE_USAGE_REQUIRE_DESKTOP"):
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy settings: core.anthropic.api.new_http_client takes httpx's own pool when
    one is set, and tests of the project's pools (core.anthropic.transport) need those."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture
def secret_service_keyring() -> Iterator[object]:
    """The real Secret Service (gnome-keyring on the private bus of tools/with-test-session)."""
    require_or_skip(
        bool(os.environ.get("CLAUDE_USAGE_TEST_SECRET_SERVICE")),
        "no private Secret Service; run through tools/with-test-session (make test)",
    )
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def fake_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeAnthropic]:
    """A started fake Anthropic server on 127.0.0.1, stopped after the test.

    Its ``env()`` is also set in ``os.environ`` (so ``Endpoints.from_env()`` and
    subprocesses reach the fake, never a real Anthropic host).
    """
    with FakeAnthropic() as fake:
        for name, value in fake.env().items():
            monkeypatch.setenv(name, value)
        yield fake

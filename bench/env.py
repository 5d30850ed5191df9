"""Throw-away environments for benchmarks: data folders, keyring choice, the standalone fake.

Nothing here may reach the user's data or keyring, nor a real Anthropic host: every
sandbox has its own ``CLAUDE_USAGE_HOME``, ``CLAUDE_CONFIG_DIR``, ``HOME`` and XDG folders,
and, unless ``tools/with-test-session`` provides a private Secret Service, the store key
falls back to the machine-derived one (keyring's null backend).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.anthropic.endpoints import Endpoints

ROOT = Path(__file__).resolve().parent.parent
NULL_KEYRING = "keyring.backends.null.Keyring"


def private_keyring_available() -> bool:
    """True inside tools/with-test-session (a private, unlocked gnome-keyring)."""
    return bool(os.environ.get("CLAUDE_USAGE_TEST_SECRET_SERVICE"))


def choose_keyring() -> str:
    """Make this process and its children use a keyring that is not the user's."""
    import keyring
    from keyring.backends import null

    if private_keyring_available():
        return "private Secret Service"
    os.environ["PYTHON_KEYRING_BACKEND"] = NULL_KEYRING
    keyring.set_keyring(null.Keyring())  # type: ignore[no-untyped-call]
    return "none (machine-derived key)"


@dataclass
class Sandbox:
    root: Path
    env: dict[str, str]

    @property
    def home(self) -> Path:
        return Path(self.env["CLAUDE_USAGE_HOME"])

    def cached_bytecode_env(self, pycache: Path) -> dict[str, str]:
        """``env`` with bytecode cached as on any install: in ``pycache``, never turned off
        by a ``PYTHONDONTWRITEBYTECODE`` the development environment may set."""
        env = self.env | {"PYTHONPYCACHEPREFIX": str(pycache)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        return env


@contextmanager
def sandbox(extra: dict[str, str] | None = None) -> Iterator[Sandbox]:
    """A temporary folder tree, and ``os.environ`` pointing at it until the block ends."""
    with tempfile.TemporaryDirectory(prefix="claude-usage-bench-") as folder:
        root = Path(folder)
        layout = {
            "CLAUDE_USAGE_HOME": root / "usage-home",
            "CLAUDE_CONFIG_DIR": root / "claude-code",
            "HOME": root / "home",
            "XDG_CONFIG_HOME": root / "config",
            "XDG_CACHE_HOME": root / "cache",
        }
        for path in layout.values():
            path.mkdir(mode=0o700)
        changes = {name: str(path) for name, path in layout.items()} | (extra or {})
        saved = {name: os.environ.get(name) for name in changes}
        os.environ.update(changes)
        try:
            yield Sandbox(root, dict(os.environ))
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


@dataclass
class FakeServer:
    process: subprocess.Popen[str]
    info: dict[str, Any]

    @property
    def env(self) -> dict[str, str]:
        return dict(self.info["env"])

    @property
    def accounts(self) -> list[dict[str, str]]:
        return list(self.info["accounts"])

    def endpoints(self) -> Endpoints:
        """The fake's URLs, whatever ``os.environ`` says: never a real Anthropic host."""
        env = self.env
        return Endpoints(
            api_base=env["CLAUDE_USAGE_API_BASE"],
            authorize_url=env["CLAUDE_USAGE_AUTHORIZE_URL"],
            token_url=env["CLAUDE_USAGE_TOKEN_URL"],
            manual_redirect_url=env["CLAUDE_USAGE_MANUAL_REDIRECT_URL"],
        )

    def requests(self) -> list[dict[str, Any]]:
        """Every request the fake has seen (its ``/_fake/requests`` control endpoint)."""
        with _open(self.info["base_url"] + "/_fake/requests") as answer:
            return list(json.load(answer))

    def count(self, path: str) -> int:
        return sum(1 for request in self.requests() if request["path"] == path)

    def set_latency(self, seconds: float) -> None:
        self._post("latency", {"seconds": seconds})

    def set_usage(self, email: str, usage: dict[str, Any]) -> None:
        self._post("usage", {"email": email, "usage": usage})

    def clear(self) -> None:
        self._post("clear", {})

    def fault(self, **fields: Any) -> None:
        """Queue a fault (``tests.fakes.control``'s ``/_fake/fault`` fields)."""
        self._post("fault", fields)

    def _post(self, action: str, body: dict[str, Any]) -> None:
        url = f"{self.info['base_url']}/_fake/{action}"
        with _open(url, json.dumps(body).encode()):
            pass


def _open(url: str, body: bytes | None = None) -> Any:
    """A control request to the fake: plain http, and only ever to 127.0.0.1."""
    if not url.startswith("http://127.0.0.1:"):
        raise ValueError(f"not the loopback fake: {url}")
    headers = {"Content-Type": "application/json"} if body is not None else {}
    request = urllib.request.Request(url, data=body, headers=headers)  # noqa: S310
    return urllib.request.urlopen(request, timeout=10)  # noqa: S310


@contextmanager
def fake_server(
    accounts: int, latency: float = 0.0, *, drift: bool = False
) -> Iterator[FakeServer]:
    """The fake (``tests.fakes.server``) in its own process: a server that is not us.
    ``drift``: every usage answer differs from the one before (see the fake's ``--drift``)."""
    command = [sys.executable, "-m", "tests.fakes.server", "--port", "0"]
    command += ["--seed-accounts", str(accounts), "--latency", str(latency)]
    command += ["--drift"] if drift else []
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise RuntimeError("the fake server did not start")
        yield FakeServer(process, json.loads(line))
    finally:
        process.terminate()
        process.wait(timeout=10)


async def save_accounts(server: FakeServer, count: int | None = None) -> None:
    """Save the fake's seeded accounts as app-owned copies into the current sandbox.

    Saving looks up each profile, so it goes to the fake's endpoints, not ``from_env()``:
    the tray benchmarks seed in a sandbox that does not carry the fake's URLs.
    """
    from core.client import UsageClient

    seeded = server.accounts[:count]
    async with UsageClient(endpoints=server.endpoints(), history=False) as client:
        for account in seeded:
            await client.save_account(account["name"], account["credentials_json"])

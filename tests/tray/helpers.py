"""Builders of snapshots and an in-memory backend, shared by the tray tests."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from core.credentials.wsl import WslLogin
from core.models import (
    Account,
    AccountUsage,
    CredentialSource,
    OAuthUsage,
    PasteCheck,
    UsageWindow,
)
from tray.local_usage import LocalFigures

NOW = datetime(2026, 11, 24, 15, 47, tzinfo=UTC)


def window(percent: float, hours: float | None = 2.2) -> UsageWindow:
    """A window ``hours`` from reset (None: not started)."""
    resets = None if hours is None else NOW + timedelta(hours=hours)
    return UsageWindow(percent=percent, resets_at=resets)


def oauth(
    name: str = "Work", session: float | UsageWindow | None = 37, **fields: object
) -> OAuthUsage:
    """An OAuth snapshot; ``session`` as a percent, a window, or None (no session window)."""
    values: dict[str, object] = {
        "account_name": name,
        "email": "dev@example.com",
        "session": window(session) if isinstance(session, int | float) else session,
        "weekly": window(64, hours=90),
        "fetched_at": NOW,
        "plan": "default_claude_max_5x",
    }
    values.update(fields)
    return OAuthUsage(**values)  # type: ignore[arg-type]


class FakeBackend:
    """An in-memory :class:`tray.backend.UsageBackend`: records calls, serves given snapshots."""

    def __init__(self, usages: list[AccountUsage] | None = None) -> None:
        self.usages = list(usages or [])
        self.calls: list[tuple[str, tuple[object, ...]]] = []
        self.claude_code = False
        self.write_back = False
        self.fail_with: Exception | None = None
        self.waiting_for_code = asyncio.Event()
        self.legacy: list[str] = []  # names in a claude-usage-core store
        self.wsl: list[WslLogin] = []  # Claude Code logins inside WSL (Windows)
        self.histories: dict[str, dict[str, list[tuple[datetime, float]]]] = {}
        self.local = LocalFigures()
        self.email = "me@example.com"  # Claude Code's account here
        self.paste_check = PasteCheck(
            email="other@example.com",
            account_id="other",
            plan=None,
            verified=True,
            claude_code_login=False,
            claude_code_account=False,
        )

    def _record(self, name: str, *args: object) -> None:
        self.calls.append((name, args))
        if self.fail_with is not None and name not in ("refresh", "list_accounts"):
            raise self.fail_with

    async def start(self) -> None:
        self.calls.append(("start", ()))

    async def close(self) -> None:
        self.calls.append(("close", ()))

    async def refresh(self, *, user_initiated: bool = False) -> list[AccountUsage]:
        self.calls.append(("refresh", (user_initiated,)))
        return list(self.usages)

    async def list_accounts(self) -> list[Account]:
        return [
            Account(
                name=u.account_name,
                account_type=u.account_type,
                is_active=False,
                saved_at=NOW,
                source=CredentialSource.APP,
            )
            for u in self.usages
        ]

    async def claude_code_login_available(self) -> bool:
        return self.claude_code

    async def link_claude_code(self, name: str) -> None:
        self._record("link_claude_code", name)
        self.usages.append(oauth(name))

    async def wsl_logins(self) -> list[WslLogin]:
        return list(self.wsl)

    async def link_wsl(self, name: str, distro: str) -> None:
        self._record("link_wsl", name, distro)
        self.usages.append(oauth(name))

    async def sign_in(self, name, *, on_url, manual_code=None) -> None:  # type: ignore[no-untyped-def]
        self._record("sign_in", name)
        on_url("https://claude.example/oauth/authorize?demo")
        self.waiting_for_code.set()
        code = await manual_code
        self.calls.append(("code", (code,)))
        self.usages.append(oauth(name))

    async def add_credentials(self, name: str, credentials_json: str) -> None:
        self._record("add_credentials", name, credentials_json)
        self.usages.append(oauth(name))

    async def check_credentials(self, credentials_json: str) -> PasteCheck:
        self._record("check_credentials", credentials_json)
        return self.paste_check

    async def claude_code_email(self) -> str | None:
        return self.email if self.claude_code else None

    async def add_admin_key(self, name: str, key: str) -> None:
        self._record("add_admin_key", name, key)

    async def rename_account(self, old: str, new: str) -> None:
        self._record("rename_account", old, new)
        self.usages = [oauth(new) if u.account_name == old else u for u in self.usages]

    async def remove_account(self, name: str) -> None:
        self._record("remove_account", name)
        self.usages = [u for u in self.usages if u.account_name != name]

    async def legacy_import_candidates(self) -> list[str]:
        saved = {u.account_name for u in self.usages}
        return [name for name in self.legacy if name not in saved]

    async def import_legacy(self) -> list[str]:
        self._record("import_legacy")
        fresh = await self.legacy_import_candidates()
        self.usages.extend(oauth(name) for name in fresh)
        return fresh

    async def usage_history(self, name: str) -> dict[str, list[tuple[datetime, float]]]:
        self.calls.append(("usage_history", (name,)))
        return self.histories.get(name, {"five_hour": [], "seven_day": []})

    async def local_usage(self) -> LocalFigures:
        self.calls.append(("local_usage", ()))
        return self.local

    def set_write_back(self, enabled: bool) -> None:
        self.write_back = enabled


async def callbacks_run() -> None:
    """Let the callbacks already scheduled with ``call_soon`` run (they run in order, so
    they are done when this one is): one loop turn, not a wait for time."""
    loop = asyncio.get_running_loop()
    turn = loop.create_future()
    loop.call_soon(turn.set_result, None)
    await turn

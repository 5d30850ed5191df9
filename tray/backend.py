"""The one seam between the tray and ``core``: the :class:`UsageBackend` protocol.

View-models, dialogs and tests depend on this protocol only; :class:`ClientBackend` implements
it over ``core.UsageClient`` (imported lazily so the tray starts even while ``core`` grows),
and tests use an in-memory fake. Nothing in ``tray`` talks HTTP or reads credentials itself.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from core import Account, AccountUsage, PasteCheck, WslLogin

from .local_usage import LocalFigures

if TYPE_CHECKING:
    import httpx

    from core import AppConfig, Endpoints, LocalSummary, LocalUsage, UsageClient

__all__ = ["ClientBackend", "UsageBackend"]

log = logging.getLogger(__name__)


class UsageBackend(Protocol):
    """What the tray needs from the usage library."""

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def refresh(self, *, user_initiated: bool = False) -> list[AccountUsage]: ...

    async def list_accounts(self) -> list[Account]: ...

    async def claude_code_login_available(self) -> bool: ...

    async def link_claude_code(self, name: str) -> None: ...

    async def wsl_logins(self) -> list[WslLogin]:
        """Claude Code logins inside WSL distributions (Windows; none elsewhere)."""
        ...

    async def link_wsl(self, name: str, distro: str) -> None:
        """Link the login of ``DISTRO/USER`` found by :meth:`wsl_logins`."""
        ...

    async def sign_in(
        self,
        name: str,
        *,
        on_url: Callable[[str], None],
        manual_code: Awaitable[str] | None = None,
    ) -> None: ...

    async def add_credentials(self, name: str, credentials_json: str) -> None: ...

    async def check_credentials(self, credentials_json: str) -> PasteCheck:
        """Whose pasted credentials are (one profile request) and whether they are Claude
        Code's own login or account here; raises what the server refuses."""
        ...

    async def claude_code_email(self) -> str | None:
        """The account Claude Code is signed in to here, for the Link page (None: unknown)."""
        ...

    async def add_admin_key(self, name: str, key: str) -> None: ...

    async def rename_account(self, old: str, new: str) -> None: ...

    async def remove_account(self, name: str) -> None: ...

    async def legacy_import_candidates(self) -> list[str]:
        """Accounts of the TypeScript claude-usage-core store not saved here yet; [] when
        there is no such store or it cannot be read (nothing to offer then)."""
        ...

    async def import_legacy(self) -> list[str]:
        """Import them (names already saved are skipped); the names imported."""
        ...

    async def usage_history(self, name: str) -> dict[str, list[tuple[datetime, float]]]:
        """The last 7 days of an account's ``five_hour`` and ``seven_day`` hourly peaks."""
        ...

    async def local_usage(self) -> LocalFigures:
        """Claude Code's local usage per config folder, the transcripts scanned off the
        GUI thread (only what they gained since the last call is read)."""
        ...

    def set_write_back(self, enabled: bool) -> None: ...


class ClientBackend:
    """:class:`UsageBackend` over a real ``core.UsageClient``.

    The client is built once, by :meth:`start` (or first use), from ``config`` — the
    :class:`core.AppConfig` the tray's ``main`` read from the environment, or the demo's.
    The write-back policy is a setting of the running client: changing it keeps its caches.
    """

    def __init__(
        self,
        *,
        config: AppConfig | None = None,
        storage_path: Path | None = None,
        endpoints: Endpoints | None = None,
        http_client: httpx.AsyncClient | None = None,
        write_back: bool = False,
        client_options: dict[str, Any] | None = None,
        close_http_client: bool = False,
    ) -> None:
        self._config = config
        self._storage_path = storage_path
        self._endpoints = endpoints
        self._http_client = http_client
        self._write_back = write_back
        self._options = dict(client_options or {})
        self._close_http = close_http_client
        self._client: UsageClient | None = None
        self._local: LocalUsage | None = None

    def _make_client(self) -> UsageClient:
        from core import UsageClient

        return UsageClient(
            self._storage_path,
            config=self._config,
            endpoints=self._endpoints,
            http_client=self._http_client,
            write_back=self._write_back,
            **self._options,
        )

    @property
    def client(self) -> UsageClient:
        if self._client is None:
            self._client = self._make_client()
        return self._client

    async def start(self) -> None:
        _ = self.client

    async def close(self) -> None:
        local, self._local = self._local, None
        if local is not None:
            await asyncio.to_thread(local.close)
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()
        if self._close_http and self._http_client is not None:
            await self._http_client.aclose()

    def set_write_back(self, enabled: bool) -> None:
        self._write_back = enabled
        if self._client is not None:
            self._client.write_back = enabled

    async def refresh(self, *, user_initiated: bool = False) -> list[AccountUsage]:
        return await self.client.get_all_accounts_usage(user_initiated=user_initiated)

    async def list_accounts(self) -> list[Account]:
        return await self.client.list_accounts()

    async def claude_code_login_available(self) -> bool:
        from core import ClaudeUsageError

        try:
            return await self.client.get_system_token() is not None
        except ClaudeUsageError as exc:
            log.info("no usable Claude Code login: %s", exc)
            return False

    async def link_claude_code(self, name: str) -> None:
        await self.client.save_account(name)

    async def wsl_logins(self) -> list[WslLogin]:
        return await self.client.wsl_logins()

    async def link_wsl(self, name: str, distro: str) -> None:
        await self.client.save_account(name, from_wsl=distro)

    async def sign_in(
        self,
        name: str,
        *,
        on_url: Callable[[str], None],
        manual_code: Awaitable[str] | None = None,
    ) -> None:
        await self.client.authenticate(
            name, open_browser=_open_in_browser, on_url=on_url, manual_code=manual_code
        )

    async def add_credentials(self, name: str, credentials_json: str) -> None:
        await self.client.save_account(name, credentials_json)

    async def check_credentials(self, credentials_json: str) -> PasteCheck:
        return await self.client.check_credentials(credentials_json)

    async def claude_code_email(self) -> str | None:
        return await self.client.claude_code_email()

    async def add_admin_key(self, name: str, key: str) -> None:
        await self.client.save_admin_account(name, key)

    async def rename_account(self, old: str, new: str) -> None:
        await self.client.rename_account(old, new)

    async def remove_account(self, name: str) -> None:
        await self.client.delete_account(name)

    async def legacy_import_candidates(self) -> list[str]:
        from core import ClaudeUsageError

        try:
            return await self.client.importable_legacy_accounts()
        except ClaudeUsageError as exc:
            log.info("claude-usage-core store not offered for import: %s", exc)
            return []

    async def import_legacy(self) -> list[str]:
        return await self.client.import_legacy_store()

    async def usage_history(self, name: str) -> dict[str, list[tuple[datetime, float]]]:
        return await self.client.usage_history(name)

    async def local_usage(self) -> LocalFigures:
        from core import LocalUsage, summary_for_account

        accounts = await self._accounts_for_local()
        config = self.client.config
        if self._local is None:
            self._local = LocalUsage.for_config(config, accounts=accounts)
        else:  # an account linked since may bring its own folder
            self._local.folders = LocalUsage.folders_for(config, accounts)
        summaries = await asyncio.to_thread(_refreshed_summaries, self._local)
        owners = {a.name: summary_for_account(a, summaries, config.claude_code) for a in accounts}
        folders = {name: found.folder for name, found in owners.items() if found is not None}
        return LocalFigures(tuple(summaries), folders)

    async def _accounts_for_local(self) -> list[Account]:
        """Saved accounts (linked ones add their folders); none if the store cannot be read:
        the transcripts do not need it."""
        from core import ClaudeUsageError

        try:
            return await self.client.list_accounts()
        except ClaudeUsageError as exc:
            log.info("local usage without the saved accounts' folders: %s", exc)
            return []


def _refreshed_summaries(local: LocalUsage) -> list[LocalSummary]:
    """In a worker thread: bring the index up to date, then sum the last 30 days."""
    local.refresh()
    return local.summaries()


def _open_in_browser(url: str) -> bool:
    """Qt's way to open the system browser (runs on the loop's thread, as core expects)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl(url))

"""``UsageClient``: the façade of ``core``. It wires storage, credentials, tokens, the HTTP
API, parsing and history together and exposes the small API of DESIGN.md.

Every per-account fetch is isolated: ``get_all_accounts_usage`` returns one snapshot per
saved account, in storage order, and never raises because one account failed.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from core.anthropic.api import DEFAULT_DEADLINE, AnthropicApi, new_http_client
from core.anthropic.endpoints import Endpoints
from core.anthropic.user_agent import FALLBACK_VERSION, VersionCache, claude_code_user_agent
from core.base.small_files import MAX_CREDENTIALS_BYTES
from core.config import AppConfig, AppPaths
from core.credentials import ClaudeCodeCredentialSource, read_claude_account_info
from core.credentials.location import linked_folder, resolve_platform
from core.errors import (
    ClaudeUsageError,
    CredentialsError,
    InvalidInputError,
    NoClaudeSignInError,
    StorageError,
)
from core.history.database import History, SeriesPoint
from core.models import (
    Account,
    AccountRecord,
    AccountUsage,
    AdminUsage,
    CredentialSource,
    OAuthUsage,
    PasteCheck,
)
from core.names import normalize_account_name
from core.store.accounts import AccountManager
from core.store.keys import SystemKeyProvider
from core.store.legacy import legacy_store_available, read_legacy_store
from core.store.storage import AccountStore, Protection
from core.usage.account_index import write_index
from core.usage.fetcher import UsageFetcher
from core.usage.parsing import ClaudeCredentials, Profile, parse_claude_credentials, parse_profile
from core.usage.ratelimit import RateLimitGate, SignInServerGate
from core.usage.snapshots import SnapshotCache
from core.usage.tokens import TokenManager, default_source_for

if TYPE_CHECKING:
    from core.admin.fetcher import AdminFetcher
    from core.credentials.wsl import WslLogin

__all__ = ["CHART_WINDOWS", "UsageClient"]

log = logging.getLogger(__name__)

CHART_WINDOWS = ("five_hour", "seven_day")  # session and week: what the popup's chart shows


def _now() -> datetime:
    return datetime.now(UTC)


class UsageClient:
    """All accounts, one object. Use as ``async with UsageClient() as client: …``.

    Where its files live comes from ``config`` (see :mod:`core.config`): by default the
    environment's data folder; with ``storage_path`` every file lives beside that store,
    unless ``config`` names their folder too. Two clients with different folders share
    nothing on disk.
    """

    def __init__(
        self,
        storage_path: str | Path | None = None,
        *,
        beta_version: str = "oauth-2025-04-20",
        platform: str = "auto",
        endpoints: Endpoints | None = None,
        http_client: httpx.AsyncClient | None = None,
        write_back: bool = False,
        history: History | bool = True,
        jitter: float = 0.25,
        request_deadline: float = DEFAULT_DEADLINE,
        config: AppConfig | None = None,
    ) -> None:
        self.config = _config_for(storage_path, config)
        paths = self.config.paths
        self.paths = paths
        self.endpoints = endpoints or self.config.endpoints
        self.platform = platform
        self._owns_http = http_client is None
        self._http = http_client or new_http_client()
        self.store = AccountStore(
            paths.store,
            key_provider=SystemKeyProvider(backend=self.config.keyring),
            private_root=paths.private_root,
            on_contents=functools.partial(write_index, paths.account_index),
        )
        self.accounts = AccountManager(self.store)
        self._jitter = jitter
        self._history = _make_history(history, paths)
        self.api = AnthropicApi(
            self._http,
            self.endpoints,
            beta_version=beta_version,
            user_agent=f"claude-code/{FALLBACK_VERSION}",  # the real one: _ensure_user_agent
            deadline=request_deadline,  # whole request, body included (seconds)
            token_gate=SignInServerGate(paths.cooldowns, private_root=paths.private_root),
        )
        self._user_agent_resolved = False
        self._user_agent_lock = asyncio.Lock()
        self._tokens = TokenManager(
            self.api,
            self.accounts,
            source_for=self._source_for,
            write_back=write_back,
        )
        self._fetcher = UsageFetcher(
            self.api,
            self.accounts,
            tokens=self._tokens,
            gate=RateLimitGate(
                paths.cooldowns,
                private_root=paths.private_root,
                min_interval=timedelta(seconds=self.config.poll_floor),
            ),
            history=self._history,
            snapshots=SnapshotCache(paths.snapshots, private_root=paths.private_root),
        )
        self._admin_fetcher: AdminFetcher | None = None

    @property
    def _admin(self) -> AdminFetcher:
        """Admin reports, set up when an admin account is first used (most runs have none:
        their modules stay unimported)."""
        if self._admin_fetcher is None:
            from core.admin.fetcher import AdminFetcher

            self._admin_fetcher = AdminFetcher(self.api)
        return self._admin_fetcher

    # ------------------------------------------------------------------ lifecycle
    async def __aenter__(self) -> UsageClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def flush(self) -> None:
        """Return once the snapshot files of every fetch already answered are written.

        A fetch answers as soon as its values (and their forecasts) are known; the files
        that let the next process — the status line, a bar, a CLI run — show them are
        written just after, behind the answer. Call this before reading those files in
        this process; :meth:`aclose` does it too."""
        await self._fetcher.flush()

    async def aclose(self) -> None:
        """Write what is still to be written (:meth:`flush`), close the history database,
        and the HTTP client if this object created it."""
        await self.flush()
        if self._history is not None:
            self._history.close()
        if self._owns_http:
            await self._http.aclose()

    @property
    def write_back(self) -> bool:
        """Whether a linked Claude Code login is refreshed here and written back (opt-in).

        A setting of the running client: changing it keeps every cache (last good values,
        profiles, cooldowns) and applies from the next refresh on.
        """
        return self._tokens.write_back

    @write_back.setter
    def write_back(self, enabled: bool) -> None:
        self._tokens.write_back = enabled

    @property
    def protection(self) -> Protection:
        """How the store's key is kept: the OS keyring, or derived from the machine id."""
        return self.store.protection

    # ------------------------------------------------------------------ accounts
    async def save_account(
        self, name: str, credentials_json: str | None = None, *, from_wsl: str | None = None
    ) -> Account:
        """Link Claude Code's current login (no JSON) or store an app-owned copy of raw JSON;
        ``from_wsl``: link the login inside that WSL distribution (Windows)."""
        await self._ensure_user_agent()
        name = normalize_account_name(name)
        if from_wsl is not None:
            record = await self._wsl_record(name, from_wsl)
        elif credentials_json is None:
            record = await self._linked_record(name)
        else:
            record = _owned_record(name, credentials_json)
        await self.accounts.save(record)
        await self._lookup_profile(record)
        return await self._account(name)

    async def check_credentials(self, credentials_json: str) -> PasteCheck:
        """Before saving pasted credentials: whose they are, asked of the server with one
        profile request (which also proves the token is accepted — a wrong token raises
        AuthenticationError and nothing is saved), and whether they are Claude Code's own
        login on this computer or its account, which a saved copy would sign out.

        An access token that has already expired is not sent (the only way on would be a
        refresh, which is exactly what must not happen to Claude Code's login): the check
        then compares with Claude Code's login only, and says it was not verified.
        """
        await self._ensure_user_agent()
        _owned_record("check", credentials_json)  # the size cap and the format, as on save
        pasted = parse_claude_credentials(credentials_json)
        expired = pasted.expires_at is not None and pasted.expires_at <= _now()
        profile = (
            None if expired else parse_profile(await self.api.get_profile(pasted.access_token))
        )
        same_login, same_account = await self._claude_code_match(pasted, profile)
        return PasteCheck(
            email=profile.email if profile else None,
            account_id=profile.account_id if profile else None,
            plan=(profile.plan if profile else None) or pasted.rate_limit_tier,
            verified=profile is not None,
            claude_code_login=same_login,
            claude_code_account=same_account,
        )

    async def _claude_code_match(
        self, pasted: ClaudeCredentials, profile: Profile | None
    ) -> tuple[bool, bool]:
        """(same login, same account) against Claude Code's login on this computer and the
        Claude Code folders linked accounts read."""
        folders: set[str | None] = {None}
        folders |= {
            record.config_dir
            for record in await self.accounts.records()
            if record.source is CredentialSource.CLAUDE_CODE
        }
        same_login = same_account = False
        for folder in folders:
            current = await self._claude_code_login(folder)
            if current is not None and _same_login(pasted, current):
                same_login = True
            if profile is not None and await asyncio.to_thread(
                self._claude_code_account_is, folder, profile
            ):
                same_account = True
        return same_login, same_account

    async def _claude_code_login(self, folder: str | None) -> ClaudeCredentials | None:
        try:
            text = await self._source_for(folder).read()
            return parse_claude_credentials(text) if text is not None else None
        except ClaudeUsageError as exc:  # no readable login there: nothing to compare with
            log.info("Claude Code's login not compared: %s", exc)
            return None

    def _claude_code_account_is(self, folder: str | None, profile: Profile) -> bool:
        env = self.config.claude_code
        info = read_claude_account_info(linked_folder(folder, env), env=env) or {}
        uuid, email = info.get("accountUuid"), info.get("emailAddress")
        if profile.account_id and uuid == profile.account_id:
            return True
        return bool(
            profile.email and isinstance(email, str) and email.lower() == profile.email.lower()
        )

    async def save_admin_account(self, name: str, admin_key: str) -> Account:
        """Check the key's format, then validate it with one cheap request, then save it."""
        await self._ensure_user_agent()
        name = normalize_account_name(name)
        from core.admin.fetcher import validate_admin_key_format

        key = validate_admin_key_format(admin_key)
        await self._admin.validate_key(key)
        record = AccountRecord(
            name=name,
            account_type="admin",
            source=CredentialSource.ADMIN_KEY,
            saved_at=_now(),
            credentials=_admin_credentials(key),
        )
        await self.accounts.save(record)
        account = await self._account(name)
        self._admin.forget(account.id)  # a new key may be another organisation's
        return account

    async def authenticate(
        self,
        name: str,
        *,
        timeout: float = 120,
        open_browser: Callable[[str], object] | None = None,
        on_url: Callable[[str], None] | None = None,
        manual_code: Awaitable[str] | None = None,
    ) -> Account:
        """Sign in with Claude in the browser (PKCE); save the app-owned account it yields."""
        await self._ensure_user_agent()
        name = normalize_account_name(name)
        from core.anthropic.oauth import authorize  # signing in is rare: loaded when used

        credentials = await authorize(
            timeout,
            open_browser,
            endpoints=self.endpoints,
            http_client=self._http,
            on_url=on_url,
            manual_code=manual_code,
        )
        parsed = parse_claude_credentials(credentials)
        profile = parse_profile(await self.api.get_profile(parsed.access_token))
        record = replace(
            _owned_record(name, credentials),
            email=profile.email,
            account_id=profile.account_id,
            plan=profile.plan,
            signed_in_at=_now(),  # the grant's ~28-day lifetime counts from here
        )
        await self.accounts.save(record)
        return await self._account(name)

    async def list_accounts(self) -> list[Account]:
        """Every saved account, in the order they were first saved."""
        return await self.accounts.list_accounts()

    async def switch_account(self, name: str) -> None:
        await self.accounts.switch(name)

    async def rename_account(self, old: str, new: str) -> None:
        """A pure change of label: tokens, last good values and history follow the
        account's stable id, in this process and in any other running at the time."""
        await self._fetcher.before_rename(await self.accounts.get(old))
        await self.accounts.rename(old, new)
        await self._fetcher.after_rename(await self.accounts.get(new))

    async def delete_account(self, name: str) -> None:
        removed = await self.accounts.delete(name)
        await self._fetcher.forget(removed)
        if self._admin_fetcher is not None:  # none made: nothing remembered
            self._admin_fetcher.forget(removed.id)

    # ------------------------------------------------------------------ legacy import
    async def legacy_store_available(self, path: str | Path | None = None) -> bool:
        """True when a TypeScript ``claude-usage-core`` store exists (default
        ``~/.claude-usage/accounts.enc``), so a UI can offer to import it."""
        return await asyncio.to_thread(legacy_store_available, self._legacy_path(path))

    async def importable_legacy_accounts(self, path: str | Path | None = None) -> list[str]:
        """Names :meth:`import_legacy_store` would import now: the legacy store's accounts
        not saved here yet. Empty when there is no legacy store; StorageError when it exists
        but cannot be read (e.g. it was written on another machine)."""
        where = self._legacy_path(path)
        if not await asyncio.to_thread(legacy_store_available, where):
            return []
        legacy = await asyncio.to_thread(read_legacy_store, where)
        taken = {record.name for record in await self.accounts.records()}
        names = (record.name for record in legacy if record.name not in taken)
        return list(dict.fromkeys(names))  # a legacy store may list a name twice

    async def import_legacy_store(self, path: str | Path | None = None) -> list[str]:
        """Copy the accounts of a ``claude-usage-core`` store into this app's store.

        Returns the names imported, in the legacy store's order. Names already saved here are
        skipped (never overwritten). The old file is only read, never changed: people may
        still use the old library. StorageError when there is no store at ``path``.
        """
        where = self._legacy_path(path)
        if not await asyncio.to_thread(legacy_store_available, where):
            raise StorageError(f"No claude-usage-core store found at {where}.")
        return await self.accounts.import_legacy(where)

    # ------------------------------------------------------------------ history
    async def usage_history(self, name: str) -> dict[str, list[SeriesPoint]]:
        """The last 7 days of one account's session and weekly usage, for a chart.

        ``{"five_hour": [(hour, max percent), …], "seven_day": […]}``, oldest first, one
        point per hour that has samples. Empty lists when there is no history yet or history
        is off; AccountNotFoundError if no account has that name. Samples are filed under
        the account's id when known (as :func:`core.history.database.account_key` does), so
        the chart survives renames.
        """
        record = await self.accounts.get(name)
        if self._history is None:
            return {window: [] for window in CHART_WINDOWS}
        key = record.account_id or record.name
        return await asyncio.to_thread(self._history.series_7d, key, CHART_WINDOWS)

    # ------------------------------------------------------------------ usage
    async def get_all_accounts_usage(self, *, user_initiated: bool = False) -> list[AccountUsage]:
        """One snapshot per saved account, fetched concurrently, in storage order."""
        await self._ensure_user_agent()
        records = await self.accounts.records()
        tasks = [
            self._fetch_staggered(record, index, user_initiated)
            for index, record in enumerate(records)
        ]
        return list(await asyncio.gather(*tasks))

    async def get_account_usage(self, name: str, *, user_initiated: bool = False) -> AccountUsage:
        """One account's snapshot; AccountNotFoundError if no account has that name."""
        await self._ensure_user_agent()
        record = await self.accounts.get(name)
        return await self._fetch(record, user_initiated)

    async def claude_code_email(self) -> str | None:
        """The email of the account Claude Code is signed in to on this computer (what
        linking it would track, for a label), or None when it does not say."""
        env = self.config.claude_code
        info = await asyncio.to_thread(read_claude_account_info, env.config_dir, env=env)
        return _str_or_none((info or {}).get("emailAddress"))

    async def get_system_token(self) -> str | None:
        """Claude Code's current access token, or None when it has no login here."""
        text = await self._source_for(None).read()
        if text is None:
            return None
        try:
            return parse_claude_credentials(text).access_token
        except NoClaudeSignInError:
            return None  # the item holds only MCP servers' logins

    # ------------------------------------------------------------------ internals
    async def _ensure_user_agent(self) -> None:
        """Ask ``claude --version`` once, in a worker thread: it can take seconds, and the
        tray builds its client on the GUI thread. Requests need it; construction does not."""
        if self._user_agent_resolved:
            return
        async with self._user_agent_lock:
            if not self._user_agent_resolved:
                cache = VersionCache(self.paths.user_agent_cache, self.paths.private_root)
                override = self.config.user_agent_version
                user_agent = await asyncio.to_thread(
                    lambda: claude_code_user_agent(cache=cache, override=override)
                )
                self.api.user_agent = user_agent
                self._user_agent_resolved = True

    def _legacy_path(self, path: str | Path | None) -> Path:
        return Path(path).expanduser() if path else self.paths.legacy_store

    def _source_for(self, config_dir: str | None) -> ClaudeCodeCredentialSource:
        if config_dir and _in_wsl(config_dir, self._wsl_roots):
            from core.credentials.wsl import wsl_credential_source

            return wsl_credential_source(config_dir)
        return default_source_for(config_dir, self.platform, self.config.claude_code)

    @property
    def _wsl_roots(self) -> tuple[str, ...] | None:
        return self.config.wsl_roots  # None: core.credentials.wsl's own

    async def wsl_logins(self) -> list[WslLogin]:
        """Claude Code logins inside WSL distributions (Windows only; none elsewhere)."""
        from core.credentials.wsl import WSL_ROOTS, discover_wsl_logins

        roots = self._wsl_roots or WSL_ROOTS
        return await discover_wsl_logins(resolve_platform(self.platform), roots=roots)

    async def _wsl_record(self, name: str, distro: str) -> AccountRecord:
        """A linked record for the login in WSL distribution ``distro`` (``DISTRO`` or
        ``DISTRO/USER`` when several users there have one)."""
        from core.credentials.wsl import choose_wsl_login

        login = choose_wsl_login(await self.wsl_logins(), distro)
        text = await self._source_for(login.config_dir).read()
        if text is None:
            raise CredentialsError(f"The Claude Code login in WSL {distro!r} has gone")
        parse_claude_credentials(text)  # says what is wrong before anything is saved
        return AccountRecord(
            name=name,
            account_type="oauth",
            source=CredentialSource.CLAUDE_CODE,
            saved_at=_now(),
            config_dir=login.config_dir,
        )

    async def _fetch_staggered(
        self, record: AccountRecord, index: int, user_initiated: bool
    ) -> AccountUsage:
        # Accounts polled in lockstep have hit a per-IP 429: background polls spread their
        # requests over at most ``jitter`` seconds. Only requests wait — an account answered
        # from a poll moments ago (or held by a cooldown) answers at once — and a refresh
        # the user asked for is not delayed: they are waiting for it.
        spread = index and not user_initiated and self._jitter > 0
        stagger = random.uniform(0, self._jitter) if spread else 0.0
        return await self._fetch(record, user_initiated, stagger)

    async def _fetch(
        self, record: AccountRecord, user_initiated: bool, stagger: float = 0.0
    ) -> AccountUsage:
        if record.account_type == "admin":
            return await self._fetch_admin(record, user_initiated, stagger)
        return await self._fetcher.fetch(record, user_initiated=user_initiated, stagger=stagger)

    async def _fetch_admin(
        self, record: AccountRecord, user_initiated: bool, stagger: float = 0.0
    ) -> AdminUsage:
        from core.admin.fetcher import ADMIN_POLL_INTERVAL

        cached = self._admin.last_good(record)
        if cached and not user_initiated and _younger_than(cached, ADMIN_POLL_INTERVAL):
            return cached
        if stagger > 0:
            await asyncio.sleep(stagger)
        return await self._admin.fetch(record, user_initiated=user_initiated)

    async def _linked_record(self, name: str) -> AccountRecord:
        claude_code = self.config.claude_code
        folder = claude_code.config_dir
        source = self._source_for(str(folder))
        text = await source.read()
        if text is None:
            raise CredentialsError(
                f"No Claude Code login found ({source.description}): run `claude` and sign in"
            )
        parse_claude_credentials(text)  # says what is wrong before anything is saved
        info = read_claude_account_info(folder, env=claude_code) or {}
        return AccountRecord(
            name=name,
            account_type="oauth",
            source=CredentialSource.CLAUDE_CODE,
            saved_at=_now(),
            email=_str_or_none(info.get("emailAddress")),
            account_id=_str_or_none(info.get("accountUuid")),
            # Claude Code hashes the variable's raw text into its Keychain name: keep it exact.
            config_dir=claude_code.config_dir_text or str(folder),
        )

    async def _lookup_profile(self, record: AccountRecord) -> None:
        """Best effort: email, plan and the stable account id; failures change nothing."""
        try:
            token = await self._current_token(record)
            profile = parse_profile(await self.api.get_profile(token))
        except ClaudeUsageError as exc:
            log.info("profile lookup for %r skipped: %s", record.name, exc)
            return
        await self.accounts.update_profile(
            record.name, email=profile.email, account_id=profile.account_id, plan=profile.plan
        )

    async def _current_token(self, record: AccountRecord) -> str:
        if record.credentials is not None:
            return parse_claude_credentials(record.credentials).access_token
        text = await self._source_for(record.config_dir).read()
        if text is None:
            raise CredentialsError("Claude Code's login has gone")
        return parse_claude_credentials(text).access_token

    async def _account(self, name: str) -> Account:
        for account in await self.accounts.list_accounts():
            if account.name == name:
                return account
        raise ClaudeUsageError(f"Account {name!r} vanished while saving")


def _in_wsl(config_dir: str, roots: tuple[str, ...] | None) -> bool:
    """Whether a linked account's folder is inside a WSL distribution (Windows' view of
    it). The WSL support loads with the first linked account: app-owned ones never ask."""
    from core.credentials.wsl import WSL_ROOTS, is_wsl_folder

    return is_wsl_folder(config_dir, roots or WSL_ROOTS)


def _config_for(storage_path: str | Path | None, config: AppConfig | None) -> AppConfig:
    """``config``, or the environment's; a ``storage_path`` moves the store (and, when no
    ``config`` was given, every other file with it)."""
    if config is None:
        return AppConfig.from_environment(storage_path=storage_path)
    if storage_path:
        return config.with_paths(replace(config.paths, store=Path(storage_path).expanduser()))
    return config


def _make_history(history: History | bool, paths: AppPaths) -> History | None:
    if isinstance(history, History):
        return history
    return History(paths.history, private_root=paths.private_root) if history else None


def _owned_record(name: str, credentials_json: str) -> AccountRecord:
    # Here, not only in the CLI: the tray's paste comes here too, and the store re-encrypts
    # every record on each write.
    if len(credentials_json.encode("utf-8", "surrogatepass")) > MAX_CREDENTIALS_BYTES:
        raise InvalidInputError(
            f"The credentials JSON is too large: at most {MAX_CREDENTIALS_BYTES // 1024} KiB"
        )
    parsed = parse_claude_credentials(credentials_json)  # raises InvalidInputError
    return AccountRecord(
        name=name,
        account_type="oauth",
        source=CredentialSource.APP,
        saved_at=_now(),
        credentials=credentials_json,
        plan=parsed.rate_limit_tier,
    )


def _same_login(a: ClaudeCredentials, b: ClaudeCredentials) -> bool:
    """The same login: the same refresh token (or, without one, the same access token)."""
    if a.refresh_token and b.refresh_token:
        return a.refresh_token == b.refresh_token
    return a.access_token == b.access_token


def _admin_credentials(key: str) -> str:
    return json.dumps({"adminApiKey": key})


def _younger_than(usage: AdminUsage | OAuthUsage, seconds: float) -> bool:
    if usage.fetched_at is None:
        return False
    return (_now() - usage.fetched_at).total_seconds() < seconds


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None

"""``claude-usage [usage] [--json]`` answered from the cache, when the full path would be.

Run moments after another poll (by the tray, ``watch`` or another run), ``usage`` asks
the server nothing: for every account the shared poll file says its token was polled
less than the minimum interval ago, so the answer is the saved snapshot. The full path
still opened the store to learn the accounts (keyring over D-Bus, cryptography, a
decrypt) and loaded httpx to make no request — most of its time. Here the accounts come
from the plaintext index (:mod:`core.usage.account_index`), trusted only while the store
file has the bytes it was made from, and only httpx-, keyring-, cryptography- and
asyncio-free modules are imported.

An account linked to Claude Code's login is polled with whatever token Claude Code holds
now, so its token is read here as the full path reads it on every fetch: Claude Code's
``.credentials.json`` in the folder the account reads (the first place the full path
tries on Linux and Windows), read and parsed by the same functions. That token's key
finds its poll; a login that changed since (Claude Code signed in to another account, or
renewed its token) has a token nobody polled yet, so the full path asks the server. The
token is refused once expired (a linked login is never renewed by default: the full path
says "run `claude`"), and the sign-in deadline is the file's ``refreshTokenExpiresAt``.

The answer is the full path's, made by the same parts: for each account what
:meth:`core.usage.fetcher.UsageFetcher.fetch` returns when its gate says "polled moments
ago" — the saved snapshot under the account's current name with its forecasts (or the
account's bare identity when it has none yet), and its sign-in deadline — rendered by the
same JSON or text output through the same terminal edge.

Anything else goes to the full path (:func:`answer` returns None): other commands or
options, an address override it refuses, an index that is missing or does not match the
store, an admin key, a linked login the full path would not read from that file (on macOS
the Keychain comes first; a missing, unreadable or malformed file sends it to the next
place or to its error), a token that would be renewed first (or, linked, has expired),
one that was not polled within the interval, or one cooling down after a 429 (the full
path says so). Claude Code's file is only ever read.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from core.anthropic.endpoints import Endpoints
from core.base.paths import HISTORY_FILENAME, STORE_FILE_NAME, data_home
from core.cli.terminal import (
    configure_logging,
    never_fail_on_encoding,
    silence_stdout,
    terminal_safe,
)
from core.errors import ClaudeUsageError, InvalidInputError
from core.history.database import History
from core.models import CredentialSource, OAuthUsage
from core.usage.account_index import INDEX_FILENAME, IndexedAccount, read_index
from core.usage.limits import ENV_WATCH_MIN_INTERVAL, poll_floor
from core.usage.poll_records import (
    COOLDOWNS_FILENAME,
    POLLS_FILENAME,
    Cooldown,
    read_cooldowns,
    read_polls,
    recent_poll,
    token_key,
)
from core.usage.snapshot_view import SNAPSHOT_DIRNAME
from core.usage.snapshots import SnapshotCache

if TYPE_CHECKING:
    from core.credentials.location import ClaudeCodeEnv

__all__ = ["answer", "answerable", "cached_usages", "with_linked_logins"]

_fetcher_log = logging.getLogger("core.usage.fetcher")  # the full path logs there
_FORMS = {(): False, ("usage",): False, ("usage", "--json"): True}  # argv → wants JSON


def answer(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> int | None:
    """Print the cached answer to ``usage [--json]`` and return the exit status, or None
    (nothing printed) when the full command line must answer."""
    wants_json = _FORMS.get(tuple(argv))
    if wants_json is None:
        return None
    env = os.environ if environ is None else environ  # the edge: read once, passed down
    if not _configured_well(env):
        return None
    home = data_home(env)
    now = datetime.now(UTC)
    indexed = read_index(home / INDEX_FILENAME, home / STORE_FILE_NAME)
    accounts = with_linked_logins(indexed, env) if indexed is not None else None
    floor = timedelta(seconds=poll_floor(env.get(ENV_WATCH_MIN_INTERVAL)))
    if accounts is None or not answerable(accounts, home, now, floor):
        return None
    never_fail_on_encoding()
    configure_logging(0, sys.stderr)
    usages = cached_usages(accounts, home)
    return _print(usages, datetime.now(UTC), wants_json, env)


def _configured_well(environ: Mapping[str, str]) -> bool:
    """An address override the full path refuses is left to it to say so, even though the
    answer from cache would not use it."""
    try:
        Endpoints.from_mapping(environ)
    except InvalidInputError:
        return False
    return True


def with_linked_logins(
    accounts: Sequence[IndexedAccount], environ: Mapping[str, str]
) -> tuple[IndexedAccount, ...] | None:
    """``accounts`` with each linked one's token, expiry and sign-in deadline as Claude
    Code's file holds them now; None when the full path would read a linked login from
    elsewhere, or could not use the file (it then says why, or tries the next place)."""
    if not any(account.source == CredentialSource.CLAUDE_CODE for account in accounts):
        return tuple(accounts)
    from core.credentials.location import (  # only when linked
        ClaudeCodeEnv,
        file_comes_first,
        resolve_platform,
    )

    if not file_comes_first(resolve_platform("auto")):
        return None
    env = ClaudeCodeEnv.from_mapping(environ)
    resolved = []
    for account in accounts:
        if account.source == CredentialSource.CLAUDE_CODE:
            linked = _linked_login(account, env)
            if linked is None:
                return None
            account = linked
        resolved.append(account)
    return tuple(resolved)


def _linked_login(account: IndexedAccount, env: ClaudeCodeEnv) -> IndexedAccount | None:
    """As TokenManager._linked_token reads it through FileCredentialSource, without asyncio."""
    from core.credentials.location import linked_folder
    from core.credentials.login_file import CREDENTIALS_FILE_NAME, read_credentials_text
    from core.usage.parsing import parse_claude_credentials

    try:
        path = linked_folder(account.config_dir, env) / CREDENTIALS_FILE_NAME
        text = read_credentials_text(path)
        creds = parse_claude_credentials(text) if text is not None else None
    except (OSError, ValueError, RuntimeError, ClaudeUsageError):
        return None  # unreadable, not UTF-8, malformed, no claudeAiOauth; ~user unknown
    if creds is None or account.account_type != "oauth":
        return None
    return account._replace(
        token_key=token_key(creds.access_token),
        renew_at=creds.expires_at,  # not renewed: refused once expired, "run `claude`"
        sign_in_expires_at=creds.refresh_token_expires_at,  # as fetcher.sign_in_deadline
        sign_in_estimated=False,
    )


def answerable(
    accounts: Sequence[IndexedAccount], home: Path, now: datetime, floor: timedelta
) -> bool:
    """Whether the full path would ask the server nothing and report no cooldown: every
    account's token is known (in the store, or Claude Code's, see
    :func:`with_linked_logins`), fresh enough not to be renewed (linked: not expired),
    polled less than ``floor`` ago (by any process) and not cooling down."""
    polls = read_polls(home / POLLS_FILENAME)
    cooldowns = read_cooldowns(home / COOLDOWNS_FILENAME)
    return all(_polled_moments_ago(a, polls, cooldowns, now, floor) for a in accounts)


def _polled_moments_ago(
    account: IndexedAccount,
    polls: Mapping[str, datetime],
    cooldowns: Mapping[str, Cooldown],
    now: datetime,
    floor: timedelta,
) -> bool:
    key = account.token_key
    if key is None or (account.renew_at is not None and account.renew_at <= now):
        return False
    cooldown = cooldowns.get(key)
    if cooldown is not None and cooldown.active(now):
        return False
    return recent_poll(polls.get(key), now, floor) is not None


def cached_usages(accounts: Sequence[IndexedAccount], home: Path) -> list[OAuthUsage]:
    """Each account's saved snapshot with its forecasts, as the full path answers it when
    the account was polled moments ago (UsageFetcher._recent, then _with_sign_in)."""
    snapshots = SnapshotCache(home / SNAPSHOT_DIRNAME, private_root=home)
    history = History(home / HISTORY_FILENAME, private_root=home)
    try:
        return [
            _usage(account, snapshots.load(account.id, account.name), history)
            for account in accounts
        ]
    finally:
        history.close()


def _usage(account: IndexedAccount, saved: OAuthUsage | None, history: History) -> OAuthUsage:
    if saved is None:
        usage = OAuthUsage(
            account_name=account.name,
            email=account.email,
            plan=account.plan,
            account_id=account.account_id,
        )
    else:
        usage = dataclasses.replace(_with_forecasts(saved, history), account_name=account.name)
    if account.sign_in_expires_at is None:
        return usage
    return dataclasses.replace(
        usage,
        sign_in_expires_at=account.sign_in_expires_at,
        sign_in_estimated=account.sign_in_estimated,
    )


def _with_forecasts(usage: OAuthUsage, history: History) -> OAuthUsage:
    try:
        forecasts = history.forecast(usage)
    except Exception:  # as the fetcher's: history trouble never loses the snapshot
        _fetcher_log.warning("History failed for %r", usage.account_name, exc_info=True)
        return usage
    return dataclasses.replace(usage, forecasts=dict(forecasts))


def _print(
    usages: list[OAuthUsage], now: datetime, wants_json: bool, environ: Mapping[str, str]
) -> int:
    if wants_json:
        from core.cli.json_output import usage_json

        text, styled = usage_json(usages, now), False
    else:
        from core.cli.text_output import format_usage, style_for

        text, styled = format_usage(usages, now, style_for(sys.stdout, environ)), True
    try:
        print(terminal_safe(text, keep_colours=styled), flush=True)
    except BrokenPipeError:  # `claude-usage | head`: as the full path, nothing more to say
        silence_stdout()
        return 1
    return 0

"""``claude-usage``: the command line over :class:`core.UsageClient`.

Commands (``claude-usage COMMAND --help`` for each)::

    claude-usage                      same as `claude-usage usage`
    claude-usage usage [NAME] [--json] [--refresh] [--format waybar|polybar|i3blocks|tmux|plain]
    claude-usage statusline [--format TEMPLATE]   for Claude Code's statusLine (core.cli.cached)
    claude-usage list [--json]
    claude-usage save NAME [--credentials-file PATH|-|--from-wsl DISTRO]
    claude-usage auth NAME [--no-browser]
    claude-usage admin NAME [KEY]     no KEY: read from stdin (hidden on a terminal)
    claude-usage switch NAME | rename OLD NEW | delete NAME
    claude-usage import [--from PATH] [--json]   accounts of the TypeScript claude-usage-core
    claude-usage watch [--interval SECONDS] [--count N]

Exit status: 0 done; 2 usage error (bad arguments, from argparse); 1 the command could not
do what was asked — any :class:`ClaudeUsageError` (message on stderr, e.g. "No account
named 'X'"), and for ``usage`` when an account has neither fresh nor stale values to show.
Ctrl-C ends ``watch`` with 0 and any other command with 130.

Everything printed passes one edge (:class:`Console`, the log formatter, the parser's
messages): secrets are redacted and control, bidi and invisible characters are shown as
escapes, so a server's error text or an odd name can never drive the terminal. Output
never fails on encoding (unencodable characters are escaped), and arguments that are not
valid UTF-8 are a usage error.

Endpoints and folders come from the environment, read once by :meth:`AppConfig.from_environment`
in :func:`main`. The ``--json`` schemas are in :mod:`core.cli.json_output` and docs/cli-json.md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import itertools
import logging
import os
import sys
import threading
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from core.base.safe_text import safe_text
from core.base.small_files import MAX_CREDENTIALS_BYTES, read_small_file, read_small_stream
from core.base.translation import N_, TranslatedMapping, _, ngettext
from core.cli.bar_formats import FORMATS
from core.cli.cached import bar_output
from core.cli.json_output import accounts_document, dumps, import_document, usage_json
from core.cli.local import add_local
from core.cli.terminal import (
    PROG,
    configure_logging,
    never_fail_on_encoding,
    silence_stdout,
    terminal_safe,
)
from core.cli.text_output import Style, format_accounts, format_usage, style_for
from core.client import UsageClient
from core.config import AppConfig
from core.credentials.location import locate, resolve_platform
from core.credentials.login_file import LoginIdentity, read_login_identity
from core.errors import AccountNotFoundError, ClaudeUsageError, InvalidInputError
from core.models import Account, AccountUsage
from core.store.storage import Protection
from core.usage.display import format_clock
from core.usage.scheduler import DEFAULT_INTERVAL, MIN_INTERVAL, Scheduler
from core.version import package_version

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

__all__ = ["main"]

MANUAL_SIGN_IN_TIMEOUT = 900.0  # signing in on another device and pasting back takes a while
_CLEAR = "\x1b[H\x1b[2J"
PROTECTION_TEXT = TranslatedMapping(
    {
        Protection.KEYRING: N_("key in the OS keyring"),
        Protection.MACHINE: N_(
            "machine-derived key (no usable keyring: this only stops copying the file "
            "to another machine)"
        ),
    }
)

log = logging.getLogger(__name__)


@dataclass
class Console:
    """Where a command writes, and how (colour decided once per run)."""

    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    style: Style = field(default_factory=Style)

    def print(self, text: str = "", *, styled: bool = False) -> None:
        """Print ``text`` made safe; ``styled`` keeps the colours of cli_format's Style
        (whose functions clean what they are given, so no other escape remains)."""
        print(terminal_safe(text, keep_colours=styled), file=self.out, flush=True)

    def error(self, text: str) -> None:
        print(terminal_safe(f"{PROG}: {text}"), file=self.err, flush=True)

    def warn(self, text: str) -> None:
        self.error(f"warning: {text}")


Handler = Callable[[argparse.Namespace, UsageClient, Console], Awaitable[int]]


def _now() -> datetime:
    return datetime.now(UTC)


# -- commands -----------------------------------------------------------------------------


async def cmd_usage(args: argparse.Namespace, client: UsageClient, console: Console) -> int:
    """Show usage of every account, or of NAME."""
    if args.format:
        return await _usage_for_bar(args, client, console)
    if args.name:
        usages = [await client.get_account_usage(args.name, user_initiated=args.refresh)]
    else:
        usages = await client.get_all_accounts_usage(user_initiated=args.refresh)
    now = _now()
    if args.json:
        console.print(usage_json(usages, now))
    else:
        console.print(format_usage(usages, now, console.style), styled=True)
    return 1 if any(_nothing_to_show(u) for u in usages) else 0


async def _usage_for_bar(args: argparse.Namespace, client: UsageClient, console: Console) -> int:
    """``--format``: a status bar's line from the saved snapshots; with ``--refresh``, after
    fetching as ``usage`` does (which saves them). Without it :mod:`core.cli.cached` usually
    answers before this module is even imported (global options such as ``-v`` come here)."""
    if args.refresh:
        if args.name:
            await client.get_account_usage(args.name, user_initiated=True)
        else:
            await client.get_all_accounts_usage(user_initiated=True)
        await client.flush()  # the bar is read from the snapshot files
    text = bar_output(args.format, args.name, client.paths.snapshots, lambda: _login(client))
    if text is None:
        raise AccountNotFoundError(f"No account named {args.name!r} has usage saved yet")
    console.out.write(text + "\n")
    return 0


def _login(client: UsageClient) -> LoginIdentity | None:
    """Claude Code's login, as the client's configuration locates its ``.claude.json``."""
    location = locate(resolve_platform(client.platform), None, client.config.claude_code)
    return read_login_identity(location.global_config_file())


def _nothing_to_show(usage: AccountUsage) -> bool:
    return not usage.has_data and usage.error is not None


async def cmd_list(args: argparse.Namespace, client: UsageClient, console: Console) -> int:
    """List saved accounts; ``*`` marks the active one. Also says how the store is
    protected (OS keyring, or the weaker machine-derived key)."""
    accounts = await client.list_accounts()
    protection = await asyncio.to_thread(lambda: client.protection)
    if args.json:
        console.print(dumps(accounts_document(accounts, protection)))
    else:
        console.print(format_accounts(accounts, console.style), styled=True)
        console.print(_("Store protection: {how}").format(how=PROTECTION_TEXT[protection]))
    return 0


async def cmd_save(args: argparse.Namespace, client: UsageClient, console: Console) -> int:
    """Link Claude Code's login, or store a copy of credentials JSON from a file or stdin."""
    if args.from_wsl is not None:
        account = await client.save_account(args.name, from_wsl=args.from_wsl)
        message = _(
            "Saved account {name} (linked to the Claude Code login in WSL {distro}){email}."
        )
        console.print(
            message.format(
                name=repr(account.name), distro=repr(args.from_wsl), email=_email(account)
            )
        )
        return 0
    text = _read_credentials(args.credentials_file, console) if args.credentials_file else None
    account = await client.save_account(args.name, text)
    if text is None:
        message = _("Saved account {name} (linked to Claude Code's login){email}.")
    else:
        message = _("Saved account {name} (saved from credentials){email}.")
    console.print(message.format(name=repr(account.name), email=_email(account)))
    return 0


def _read_credentials(source: str, console: Console) -> str:
    """Bounded, and never blocking on a FIFO or reading a device (core.base.small_files)."""
    if source == "-":
        return read_small_stream(
            console.stdin, limit=MAX_CREDENTIALS_BYTES, what="credentials JSON"
        )
    path = Path(source).expanduser()
    return read_small_file(path, limit=MAX_CREDENTIALS_BYTES, what="credentials file")


def _email(account: Account) -> str:
    return f" — {account.email}" if account.email else ""


async def cmd_auth(args: argparse.Namespace, client: UsageClient, console: Console) -> int:
    """Sign in with Claude (PKCE) and save the account this app then owns."""
    if args.no_browser:
        account = await client.authenticate(
            args.name,
            open_browser=_no_browser,
            on_url=lambda url: _show_manual_url(url, console),
            manual_code=_read_pasted_code(console),
            timeout=MANUAL_SIGN_IN_TIMEOUT,
        )
    else:
        account = await client.authenticate(args.name, on_url=lambda url: _show_url(url, console))
    message = _("Signed in and saved account {name}{email}.")
    console.print(message.format(name=repr(account.name), email=_email(account)))
    return 0


def _no_browser(url: str) -> None:
    """Open nothing: the person opens the printed address wherever they like."""


def _show_url(url: str, console: Console) -> None:
    console.print(_("Opening your browser to sign in with Claude. If it does not open, visit:"))
    console.print(url)


def _show_manual_url(url: str, console: Console) -> None:
    console.print(
        _("Open this address in a browser, sign in, then paste the code shown (CODE#STATE):")
    )
    console.print(url)


async def _read_pasted_code(console: Console) -> str:
    """One pasted line. Read on a daemon thread: if the loopback callback wins instead,
    a blocked ``readline`` must not keep the process alive (``to_thread`` would)."""
    loop = asyncio.get_running_loop()
    pasted: asyncio.Future[str] = loop.create_future()

    def deliver(line: str | InvalidInputError) -> None:
        if pasted.done():  # cancelled when the loopback callback won
            return
        if isinstance(line, InvalidInputError):
            pasted.set_exception(line)
        else:
            pasted.set_result(line)

    def read() -> None:
        try:
            line: str | InvalidInputError = _read_line(console.stdin, "a sign-in code")
        except InvalidInputError as exc:
            line = exc
        with contextlib.suppress(RuntimeError):  # the loop is gone: nobody is waiting
            loop.call_soon_threadsafe(deliver, line)

    threading.Thread(target=read, name="paste-code", daemon=True).start()
    code = (await pasted).strip()
    if not code:
        raise InvalidInputError("No code was pasted; sign-in cancelled")
    return code


async def cmd_admin(args: argparse.Namespace, client: UsageClient, console: Console) -> int:
    """Save an organisation's Admin API key (checked with one request first)."""
    if args.key is not None:
        console.warn(
            "a key given on the command line is visible to other users in the process "
            f"list and stays in your shell history; pipe it instead: `{PROG} admin NAME < keyfile`"
        )
    key = args.key if args.key is not None else _read_secret(console)
    if not key.strip():
        raise InvalidInputError("No admin key given (expected sk-ant-admin…)")
    account = await client.save_admin_account(args.name, key.strip())
    console.print(_("Saved admin account {name}.").format(name=repr(account.name)))
    return 0


def _read_secret(console: Console) -> str:
    """Never echoed: getpass on a terminal, else one line of piped stdin."""
    if console.stdin.isatty():
        return getpass.getpass(_("Admin API key (input hidden): "))
    return _read_line(console.stdin, "an Admin API key")


_MAX_LINE = 4096  # a key or a code is ~100 characters; /dev/zero on stdin must not eat memory


def _read_line(stream: TextIO, expected: str) -> str:
    """One line of input, bounded: more than a key or code could be is refused."""
    try:
        line = stream.readline(_MAX_LINE + 1)
    except UnicodeDecodeError:
        raise InvalidInputError(f"Standard input is not UTF-8 text (expected {expected})") from None
    if len(line) > _MAX_LINE:
        raise InvalidInputError(f"The line on standard input is too long for {expected}")
    return line


async def cmd_switch(args: argparse.Namespace, client: UsageClient, console: Console) -> int:
    """Make NAME the active account."""
    await client.switch_account(args.name)
    console.print(_("Active account is now {name}.").format(name=repr(args.name)))
    return 0


async def cmd_rename(args: argparse.Namespace, client: UsageClient, console: Console) -> int:
    """Rename OLD to NEW (history follows accounts whose id is known)."""
    await client.rename_account(args.old, args.new)
    console.print(_("Renamed {old} to {new}.").format(old=repr(args.old), new=repr(args.new)))
    return 0


async def cmd_delete(args: argparse.Namespace, client: UsageClient, console: Console) -> int:
    """Forget NAME (Claude Code's own login is never touched)."""
    await client.delete_account(args.name)
    console.print(_("Deleted account {name}.").format(name=repr(args.name)))
    return 0


async def cmd_import(args: argparse.Namespace, client: UsageClient, console: Console) -> int:
    """Import the accounts of the TypeScript claude-usage-core library (default store
    ~/.claude-usage/accounts.enc). Names already saved here are skipped, never overwritten;
    the old file is only read, never changed."""
    source = _import_source(args.source, client)
    imported = await client.import_legacy_store(source)
    if args.json:
        console.print(dumps(import_document(source, imported)))
    elif imported:
        message = ngettext(
            "Imported {n} account from {source}: {names}.",
            "Imported {n} accounts from {source}: {names}.",
            len(imported),
        )
        console.print(message.format(n=len(imported), source=source, names=", ".join(imported)))
    else:
        message = _("Nothing new to import from {source}: its accounts are already saved.")
        console.print(message.format(source=source))
    return 0


def _import_source(given: str | None, client: UsageClient) -> Path:
    return Path(given).expanduser() if given else client.paths.legacy_store


async def cmd_watch(args: argparse.Namespace, client: UsageClient, console: Console) -> int:
    """Redraw every account's usage on the shared polling schedule until Ctrl-C.

    The schedule is the tray's (:class:`core.usage.scheduler.Scheduler`): every INTERVAL seconds,
    slower while nothing changes, jittered, within the per-account rate-limit gate. A store
    that cannot be read (damaged before or while watching) ends it with the reason and 1:
    every later poll would fail the same way until someone repairs it.
    """
    frames: asyncio.Queue[list[AccountUsage] | ClaudeUsageError] = asyncio.Queue()

    async def fetch(user: bool) -> list[AccountUsage]:
        try:
            return await client.get_all_accounts_usage(user_initiated=user)
        except ClaudeUsageError as exc:  # per-account failures never get here: the store's do
            frames.put_nowait(exc)  # read before the empty frame below: the loop ends on it
            return []

    scheduler = Scheduler(
        fetch, frames.put_nowait, interval=args.interval, min_interval=args.min_interval
    )
    updates: Iterable[int] = range(args.count) if args.count else itertools.count()
    scheduler.start()
    try:
        for _ in updates:
            frame = await frames.get()
            if isinstance(frame, ClaudeUsageError):
                raise frame
            _draw(frame, console)
    finally:
        await scheduler.stop()
    return 0


def min_interval(config: AppConfig) -> float:
    """The polite minimum, unless a test lowers it (``CLAUDE_USAGE_WATCH_MIN_INTERVAL``;
    see :attr:`core.config.AppConfig.poll_floor`)."""
    return config.poll_floor


def _draw(usages: list[AccountUsage], console: Console) -> None:
    """On a terminal, redraw in place; piped, append frames separated by a blank line."""
    now = _now()
    header = _("Claude usage · updated {clock} · Ctrl-C to quit").format(
        clock=format_clock(now, now)
    )
    if console.out.isatty():
        console.out.write(_CLEAR)
    console.print(f"{header}\n\n{format_usage(usages, now, console.style)}\n", styled=True)


# -- parser -------------------------------------------------------------------------------


def _interval_at_least(least: float) -> Callable[[str], float]:
    def interval(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not value >= least:
            raise argparse.ArgumentTypeError(f"must be at least {least:g} seconds")
        return value

    return interval


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number ≥ 1: {text!r}")
    return int(text)


def _add_usage(commands: argparse._SubParsersAction[_Parser]) -> None:
    usage = commands.add_parser(
        "usage", help=_("show usage (the default command)"), description=cmd_usage.__doc__
    )
    usage.add_argument("name", nargs="?", metavar="NAME", help=_("only this account"))
    usage.add_argument("--json", action="store_true", help=_("print one JSON document"))
    usage.add_argument("--refresh", action="store_true", help=_("ask now even during a cooldown"))
    usage.add_argument(
        "--format",
        choices=FORMATS,
        help=_("one line for a status bar, from the saved values (with --refresh: fetched now)"),
    )
    usage.set_defaults(handler=cmd_usage)
    listing = commands.add_parser(
        "list", help=_("list saved accounts"), description=cmd_list.__doc__
    )
    listing.add_argument("--json", action="store_true", help=_("print one JSON document"))
    listing.set_defaults(handler=cmd_list)


def _add_account_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    save = commands.add_parser(
        "save", help=_("link Claude Code's login or save credentials"), description=cmd_save.__doc__
    )
    save.add_argument("name", metavar="NAME")
    source = save.add_mutually_exclusive_group()
    source.add_argument(
        "--credentials-file", metavar="PATH", help=_("credentials JSON file, or - for stdin")
    )
    source.add_argument(
        "--from-wsl",
        metavar="DISTRO",
        help=_(
            "link the Claude Code login inside this WSL distribution (Windows; DISTRO/USER "
            "when several users there have one)"
        ),
    )
    save.set_defaults(handler=cmd_save)
    auth = commands.add_parser(
        "auth", help=_("sign in with Claude in the browser"), description=cmd_auth.__doc__
    )
    auth.add_argument("name", metavar="NAME")
    auth.add_argument(
        "--no-browser",
        action="store_true",
        help=_("print the address and read the pasted CODE#STATE"),
    )
    auth.set_defaults(handler=cmd_auth)
    admin = commands.add_parser(
        "admin", help=_("save an Admin API key account"), description=cmd_admin.__doc__
    )
    admin.add_argument("name", metavar="NAME")
    admin.add_argument(
        "key",
        nargs="?",
        metavar="KEY",
        help=_("sk-ant-admin… (default: read from stdin, not echoed)"),
    )
    admin.set_defaults(handler=cmd_admin)


def _add_management(commands: argparse._SubParsersAction[_Parser], least: float) -> None:
    for name, handler, what in (
        ("switch", cmd_switch, N_("make NAME active")),
        ("delete", cmd_delete, N_("delete NAME")),
    ):
        parser = commands.add_parser(name, help=_(what), description=handler.__doc__)
        parser.add_argument("name", metavar="NAME")
        parser.set_defaults(handler=handler)
    imports = commands.add_parser(
        "import",
        help=_("import accounts from the TypeScript claude-usage-core"),
        description=cmd_import.__doc__,
    )
    imports.add_argument(
        "--from",
        dest="source",
        metavar="PATH",
        help=_("the store to read (default: ~/.claude-usage/accounts.enc)"),
    )
    imports.add_argument("--json", action="store_true", help=_("print one JSON document"))
    imports.set_defaults(handler=cmd_import)
    rename = commands.add_parser(
        "rename", help=_("rename an account"), description=cmd_rename.__doc__
    )
    rename.add_argument("old", metavar="OLD")
    rename.add_argument("new", metavar="NEW")
    rename.set_defaults(handler=cmd_rename)
    watch = commands.add_parser(
        "watch", help=_("keep showing usage, redrawn in place"), description=cmd_watch.__doc__
    )
    watch.add_argument(
        "--interval",
        type=_interval_at_least(least),
        default=DEFAULT_INTERVAL,
        metavar="SECONDS",
        help=_("seconds between updates (default {default}, min {least})").format(
            default=f"{DEFAULT_INTERVAL:.0f}", least=f"{MIN_INTERVAL:.0f}"
        ),
    )
    watch.add_argument(
        "--count", type=_positive, default=None, metavar="N", help=_("stop after N updates")
    )
    watch.set_defaults(handler=cmd_watch, min_interval=least)


class _Parser(argparse.ArgumentParser):
    """argparse whose messages (which quote the arguments given) pass the same edge."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        super()._print_message(terminal_safe(message), file)


class _VersionWhenAsked(argparse._VersionAction):
    """argparse's ``--version``, with the version read only when it is asked for (reading
    it costs every other command ~5–10 ms: see core.version)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        self.version = f"{PROG} {package_version()}"
        super().__call__(parser, namespace, values, option_string)


def build_parser(min_interval: float = MIN_INTERVAL) -> argparse.ArgumentParser:
    """The parser; ``min_interval`` is ``watch``'s floor (lowered only by tests)."""
    parser = _Parser(
        prog=PROG,
        description=_("Claude subscription and organisation usage across all your accounts."),
        epilog=_("Without a command, shows usage. Exit status: 0 ok, 1 failed, 2 bad arguments."),
    )
    parser.add_argument("--version", action=_VersionWhenAsked)
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help=_("log more (twice: debug)")
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_usage(commands)
    _add_account_commands(commands)
    _add_management(commands, min_interval)
    add_local(commands)
    parser.set_defaults(handler=cmd_usage, json=False, refresh=False, name=None, format=None)
    return parser


# -- running ------------------------------------------------------------------------------


async def _run(args: argparse.Namespace, console: Console, config: AppConfig) -> int:
    handler: Handler = args.handler
    async with client_for(handler, config) as client:
        return await handler(args, client, console)


def client_for(handler: Handler, config: AppConfig) -> UsageClient:
    """The client a command runs with. Only ``watch`` polls on a schedule in the background,
    where accounts' requests are spread out (the stagger against per-IP 429s); any other
    command is run once by someone waiting for it, so its requests go out together, as a
    refresh the user asked for does (the minimum interval and cooldowns still hold)."""
    if handler is cmd_watch:
        return UsageClient(config=config)
    return UsageClient(config=config, jitter=0.0)


def run(args: argparse.Namespace, console: Console, config: AppConfig) -> int:
    """Run one parsed command; map failures to exit statuses and messages."""
    try:
        return asyncio.run(_run(args, console, config))
    except KeyboardInterrupt:
        return 0 if args.handler is cmd_watch else 130
    except AccountNotFoundError as exc:
        console.error(f"{exc} (see `{PROG} list`)")
    except ClaudeUsageError as exc:
        console.error(str(exc))
    except BrokenPipeError:  # `claude-usage | head`: the reader left, nothing more to say
        silence_stdout()
    except OSError as exc:  # e.g. the data folder cannot be created
        console.error(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
    return 1


def _require_utf8(parser: argparse.ArgumentParser, argv: Sequence[str]) -> None:
    """Python hands undecodable argument bytes over as lone surrogates; they would fail
    deep inside (writing the store, printing). Say so at once, as a usage error."""
    for position, arg in enumerate(argv, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            parser.error(
                f"argument {position} ({safe_text(arg)}) is not valid UTF-8 text; "
                "names and paths must be UTF-8"
            )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``claude-usage`` and ``python -m core.cli``."""
    never_fail_on_encoding()
    config = AppConfig.from_environment()  # the edge: the only place the CLI reads it
    parser = build_parser(min_interval(config))
    arguments = sys.argv[1:] if argv is None else list(argv)
    _require_utf8(parser, arguments)
    args = parser.parse_args(arguments)
    console = Console(style=style_for(sys.stdout, os.environ))
    configure_logging(args.verbose, console.err)
    return run(args, console, config)

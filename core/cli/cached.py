"""The cached-only commands: ``claude-usage statusline`` and ``claude-usage usage --format``.

An edge of its own, beside :mod:`core.cli.main`: Claude Code runs the status line after
every message and bars poll every few seconds, so these read the environment here, once,
and import only what they need — the snapshot view, ``.claude.json``'s login and the
renderers — never httpx, cryptography, keyring or the store (``python -X importtime -m
core.cli statusline`` shows the list; ``bench/statusline.py`` times it). They never touch
the network: the tray or ``claude-usage usage`` keeps the snapshots fresh.

Exit status: ``statusline`` always 0 (Claude Code shows whatever it prints, so problems
are printed as the line); ``usage --format`` 0, or 1 when NAME matches no account.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, TextIO

from core.base.paths import data_home
from core.cli.bar_formats import FORMATS, format_bar
from core.cli.statusline import (
    TEMPLATE_FIELDS,
    TemplateError,
    choose_account,
    parse_status_input,
    status_line,
)
from core.credentials.login_file import (
    LoginIdentity,
    global_config_file,
    read_login_identity,
)
from core.usage.snapshot_view import SNAPSHOT_DIRNAME, read_snapshot_views

if TYPE_CHECKING:
    import argparse

__all__ = ["bar_output", "is_cached_command", "login_identity", "main", "snapshot_folder"]

PROG = "claude-usage"
_MAX_STDIN = 1 << 20


def is_cached_command(argv: Sequence[str]) -> bool:
    """``statusline …``, or ``usage … --format X`` without ``--refresh`` (which fetches,
    and so goes through the full command line)."""
    if not argv:
        return False
    if argv[0] == "statusline":
        return True
    if argv[0] != "usage" or "--refresh" in argv:
        return False
    return any(arg == "--format" or arg.startswith("--format=") for arg in argv[1:])


def snapshot_folder(environ: Mapping[str, str]) -> Path:
    """Where the snapshots are: ``$CLAUDE_USAGE_HOME/snapshots`` or the data folder's."""
    return data_home(environ) / SNAPSHOT_DIRNAME


def login_identity(environ: Mapping[str, str]) -> LoginIdentity | None:
    """Claude Code's current login, from ``.claude.json`` (``CLAUDE_CONFIG_DIR`` honoured,
    as :class:`core.credentials.ClaudeCodeEnv` reads it)."""
    custom = environ.get("CLAUDE_CONFIG_DIR") or None
    home = Path.home()
    if sys.platform in ("win32", "cygwin") and environ.get("USERPROFILE"):
        home = Path(environ["USERPROFILE"])  # Node's homedir(), as Claude Code sees it
    config_dir = Path(custom).expanduser() if custom else home / ".claude"
    return read_login_identity(global_config_file(config_dir, home, custom=custom is not None))


def quick_parse(argv: Sequence[str]) -> SimpleNamespace | None:
    """The plain forms, parsed without argparse (which, with the ``gettext``, ``locale``
    and ``shutil`` it loads to print, costs ~10 ms of the status line's budget); ``None``
    for anything else (help, a mistake, abbreviations), which :func:`build_parser` handles
    with the same meaning."""
    values: dict[str, object] = {"template": None, "no_color": False, "format": None}
    positional: list[str] = []
    command, *rest = argv
    options = {"statusline": ("--format", "--no-color"), "usage": ("--format",)}[command]
    items = iter(rest)
    for arg in items:
        name, equals, value = arg.partition("=")
        if name not in options:
            if arg.startswith("-"):
                return None
            positional.append(arg)
        elif name == "--no-color" and not equals:
            values["no_color"] = True
        elif name == "--format":
            given = value if equals else next(items, None)
            if given is None:
                return None
            values["template" if command == "statusline" else "format"] = given
        else:
            return None
    if command == "statusline":
        return None if positional else SimpleNamespace(command=command, **values)
    if values["format"] not in FORMATS or len(positional) > 1:
        return None
    return SimpleNamespace(command=command, name=next(iter(positional), None), **values)


def build_parser() -> argparse.ArgumentParser:
    import argparse  # only here: see quick_parse

    parser = argparse.ArgumentParser(prog=PROG)
    commands = parser.add_subparsers(dest="command", required=True)
    fields = "; ".join(f"{{{name}}}: {what}" for name, what in TEMPLATE_FIELDS.items())
    statusline = commands.add_parser(
        "statusline",
        help="one line for Claude Code's statusLine (reads its JSON on stdin)",
        description=f"Fields of --format: {fields}.",
    )
    statusline.add_argument("--format", dest="template", metavar="TEMPLATE")
    statusline.add_argument("--no-color", action="store_true", help="never colour the line")
    usage = commands.add_parser("usage", help="show usage from the cache for a status bar")
    usage.add_argument(
        "name", nargs="?", metavar="NAME", help="this account (default: Claude Code's login)"
    )
    usage.add_argument("--format", choices=FORMATS, required=True)
    return parser


def colour_wanted(environ: Mapping[str, str], no_color: bool) -> bool:
    """Claude Code renders ANSI colours but pipes stdout, so a pipe counts as a terminal
    here; ``NO_COLOR`` (non-empty) or ``--no-color`` turns colour off, ``TERM=dumb`` too
    unless ``FORCE_COLOR`` says otherwise — the CLI's rules otherwise."""
    if no_color or environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR") not in (None, "", "0", "false"):
        return True
    return environ.get("TERM") != "dumb"


def run_statusline(
    args: SimpleNamespace, environ: Mapping[str, str], stdin: TextIO, out: TextIO
) -> int:
    text = _read_stdin(stdin)
    now = datetime.now(UTC)
    try:
        line = status_line(
            read_snapshot_views(snapshot_folder(environ)),
            login_identity(environ),
            parse_status_input(text),
            now,
            colour=colour_wanted(environ, args.no_color),
            template=args.template,
        )
    except TemplateError as exc:
        line = f"Claude Usage: --format: {exc}"
    out.write(line + "\n")
    return 0


def _read_stdin(stdin: TextIO) -> str:
    """Claude Code's JSON; nothing when run by hand at a terminal (never wait for it)."""
    try:
        if stdin.isatty():
            return ""
        return stdin.read(_MAX_STDIN)
    except (OSError, ValueError, UnicodeDecodeError):
        return ""


def run_bar(args: SimpleNamespace, environ: Mapping[str, str], out: TextIO, err: TextIO) -> int:
    folder = snapshot_folder(environ)
    text = bar_output(args.format, args.name, folder, lambda: login_identity(environ))
    if text is None:
        err.write(f"{PROG}: No account named {args.name!r} has usage saved yet\n")
        return 1
    out.write(text + "\n")
    return 0


def bar_output(
    kind: str, name: str | None, folder: Path, login: Callable[[], LoginIdentity | None]
) -> str | None:
    """Bar ``kind``'s text for NAME from the snapshots in ``folder``; without NAME, for
    ``login`` (Claude Code's, asked only then), else the most recently updated account.
    ``None`` when NAME (compared case-insensitively) has no snapshot."""
    views = read_snapshot_views(folder)
    if name:
        wanted = name.casefold()
        view = next((view for view in views if view.name.casefold() == wanted), None)
        if view is None:
            return None
    else:
        view = choose_account(views, login())[0]
    return format_bar(kind, view, views, datetime.now(UTC))


def main(
    argv: Sequence[str],
    environ: Mapping[str, str] | None = None,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
) -> int:
    """Run ``statusline`` or ``usage --format`` (see :func:`is_cached_command`)."""
    env = os.environ if environ is None else environ  # the edge: read once, passed down
    out = sys.stdout if out is None else out
    _never_fail_on_encoding(out)
    args = quick_parse(argv) or SimpleNamespace(**vars(build_parser().parse_args(list(argv))))
    try:
        if args.command == "statusline":
            return run_statusline(args, env, sys.stdin if stdin is None else stdin, out)
        return run_bar(args, env, out, sys.stderr)
    except BrokenPipeError:
        return 0


def _never_fail_on_encoding(stream: TextIO) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")

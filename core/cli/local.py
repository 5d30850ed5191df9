"""``claude-usage local``: tokens and API-equivalent cost from Claude Code's transcripts.

    claude-usage local [--since YYYY-MM-DD] [--by day|project|model|session] [--json]

Refreshes the index (:mod:`core.local`) first — only what the transcripts gained since the
last run is read — then prints the totals. Costs are list-price estimates from the admin
price table; tokens of models it has no price for are shown apart, never priced at 0.
``--json`` prints one document (schema in docs/cli-json.md, built by :func:`local_document`).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import logging
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.base.text_width import pad_to, text_width
from core.base.translation import _
from core.cli.json_output import SCHEMA_VERSION, dumps
from core.credentials.location import display_path
from core.errors import ClaudeUsageError
from core.models import Account
from core.usage.display import format_cents, format_tokens

if TYPE_CHECKING:
    from core.cli.main import Console
    from core.client import UsageClient
    from core.local import LocalReport, ScanStats, UsageGroup

__all__ = ["add_local", "cmd_local", "format_report", "local_document"]

log = logging.getLogger(__name__)

# core.local.GROUPINGS, spelled out so that building the parser — which every command does,
# the status bars' included — does not import the scanner (tests pin the two equal).
BY_CHOICES = ("day", "project", "model", "session")


async def cmd_local(args: argparse.Namespace, client: UsageClient, console: Console) -> int:
    """Tokens and API-equivalent cost of Claude Code on this machine, from its transcripts
    (every config folder's projects/). Costs are estimates at API list prices."""
    accounts = await _linked_accounts(client)
    report, stats, folders = await asyncio.to_thread(_scan_and_report, client, accounts, args)
    if args.json:
        document = local_document(report, stats, folders, args.since, datetime.now(UTC))
        console.print(dumps(document))
    else:
        console.print(format_report(report, folders, args.since))
    return 0


async def _linked_accounts(client: UsageClient) -> list[Account]:
    """Saved accounts, whose linked logins' folders are scanned too; none when the store
    cannot be read (local usage does not need it, so that is no reason to fail)."""
    try:
        return await client.list_accounts()
    except ClaudeUsageError as exc:
        log.info("saved accounts not read, their folders not added: %s", exc)
        return []


def _scan_and_report(
    client: UsageClient, accounts: list[Account], args: argparse.Namespace
) -> tuple[LocalReport, ScanStats, list[Path]]:
    from core.local import LocalUsage  # only this command pays for the scanner's imports

    with LocalUsage.for_config(client.config, accounts=accounts) as usage:
        stats = usage.refresh()
        return usage.report(args.by, args.since), stats, usage.folders


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_local(commands: argparse._SubParsersAction[Any]) -> None:
    """The ``local`` subcommand (main.py's one hook)."""
    local = commands.add_parser(
        "local", help="usage and cost from Claude Code's transcripts", description=cmd_local.__doc__
    )
    local.add_argument("--since", type=_day, metavar="DATE", help="from this day on (YYYY-MM-DD)")
    local.add_argument("--by", choices=BY_CHOICES, default="day", help="group by (default: day)")
    local.add_argument("--json", action="store_true", help="print one JSON document")
    local.set_defaults(handler=cmd_local)


# -- text -----------------------------------------------------------------------------------


def format_report(report: LocalReport, folders: Sequence[Path], since: date | None) -> str:
    """A table, one row per group, then the total and what could not be priced."""
    if not folders:
        return _("No Claude Code transcripts found (looked for projects/ in ~/.claude, "
                 "~/.config/claude and $CLAUDE_CONFIG_DIR).")  # fmt: skip
    columns = _columns(report.by)
    # The grouping is named by its translated column title, not the --by keyword.
    heading = _("Claude Code on this machine, by {by}, at API prices").format(by=columns[0])
    if since is not None:
        heading += _(", since {day}").format(day=since.isoformat())
    rows = [columns, *(_row(g, report.currency) for g in report.groups)]
    rows.append(_row(report.total, report.currency, name=_("Total")))
    shown = ", ".join(display_path(folder, Path.home()) for folder in folders)
    lines = [heading, _("Folders: {folders}").format(folders=shown), ""]
    lines += _table(rows)
    if report.unpriced_models:
        lines += ["", _("+? also {tokens} tokens of models without a price: {models}").format(
            tokens=format_tokens(report.total.unpriced_tokens),
            models=", ".join(report.unpriced_models))]  # fmt: skip
    return "\n".join(lines)


def _columns(by: str) -> tuple[str, ...]:
    first = {"day": _("Day"), "project": _("Project"), "model": _("Model"),
             "session": _("Session")}[by]  # fmt: skip
    return (first, _("Msgs"), _("Input"), _("Output"), _("Cache write"), _("Cache read"),
            _("Cost"))  # fmt: skip


def _row(group: UsageGroup, currency: str, *, name: str | None = None) -> tuple[str, ...]:
    counts = group.counts
    cost = format_cents(float(group.cost_cents), currency)
    if group.unpriced_tokens:
        cost += " +?"  # some tokens had no price: the sum is a floor
    return (
        name or group.name or _("(unknown)"),
        str(group.messages),
        format_tokens(counts.uncached_input),
        format_tokens(counts.output),
        format_tokens(counts.cache_creation),
        format_tokens(counts.cache_read),
        cost,
    )


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    """Columns padded by terminal width (CJK headers take two columns a character)."""
    widths = [max(text_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(pad_to(cell, w, right=i > 0) for i, (cell, w) in
                  enumerate(zip(row, widths, strict=True))).rstrip()
        for row in rows
    ]  # fmt: skip


# -- JSON -----------------------------------------------------------------------------------


def local_document(
    report: LocalReport,
    stats: ScanStats,
    folders: Sequence[Path],
    since: date | None,
    now: datetime,
) -> dict[str, Any]:
    """``local --json``: docs/cli-json.md describes it."""
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": now.isoformat(),
        "by": report.by,
        "since": since.isoformat() if since else None,
        "currency": report.currency,
        "folders": [str(folder) for folder in folders],
        "groups": [_group(group) for group in report.groups],
        "total": _group(report.total),
        "unpriced_models": list(report.unpriced_models),
        "scan": dataclasses.asdict(stats),  # counts only; docs/cli-json.md names them
    }


def _group(group: UsageGroup) -> dict[str, Any]:
    counts = group.counts
    return {
        "name": group.name,
        "messages": group.messages,
        "input_tokens": counts.uncached_input,
        "output_tokens": counts.output,
        "cache_creation_5m_tokens": counts.cache_write_5m,
        "cache_creation_1h_tokens": counts.cache_write_1h,
        "cache_read_tokens": counts.cache_read,
        "estimated_cost_cents": _cents(group.cost_cents),
        "unpriced_tokens": group.unpriced_tokens,
    }


def _cents(value: Decimal) -> float:
    return float(round(value, 4))

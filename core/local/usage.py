"""``LocalUsage``: what Claude Code spent on this machine, from its transcripts.

The one object front ends use: it finds the config folders, keeps the index up to date in
the history database file and answers with reports (the CLI) and summaries (the popup).
Every call is blocking file work — a first scan of years of transcripts takes seconds — so
asynchronous callers run it in a thread (``asyncio.to_thread``), never on a UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from core.admin.pricing import PriceTable, default_price_table
from core.credentials.location import ClaudeCodeEnv, linked_folder
from core.history.database import History
from core.local.folders import config_folders, real_path
from core.local.index import LocalIndex, ScanStats
from core.local.report import SUMMARY_DAYS, LocalReport, LocalSummary, build_report, summarize
from core.models import Account, CredentialSource

if TYPE_CHECKING:
    from core.config import AppConfig

__all__ = ["LocalUsage", "linked_folders", "local_midnight", "summary_for_account"]


def local_midnight(day: date) -> float:
    """The epoch seconds at which ``day`` starts in local time."""
    return datetime(day.year, day.month, day.day).astimezone().timestamp()


class LocalUsage:
    """Local usage of every Claude config folder, indexed in ``history_path``."""

    def __init__(
        self,
        history_path: Path,
        folders: Sequence[Path],
        *,
        prices: PriceTable | None = None,
        private_root: Path | None = None,
    ) -> None:
        self.folders = list(folders)
        self.prices = prices or default_price_table()
        self.index = LocalIndex(history_path, private_root=private_root)
        self._history = History(history_path, private_root=private_root)
        self._checked = False

    @classmethod
    def for_config(
        cls, config: AppConfig, *, accounts: Sequence[Account] = (), home: Path | None = None
    ) -> LocalUsage:
        """:meth:`folders_for` ``config`` and ``accounts``, indexed in the config's history."""
        folders = cls.folders_for(config, accounts, home)
        return cls(config.paths.history, folders, private_root=config.paths.private_root)

    @staticmethod
    def folders_for(
        config: AppConfig, accounts: Sequence[Account] = (), home: Path | None = None
    ) -> list[Path]:
        """The folders Claude Code uses as ``config`` sees them, and those linked
        ``accounts`` were saved from (a folder per login, each with its own figures)."""
        linked = linked_folders(accounts, config.claude_code)
        return config_folders(config.claude_code, home, also=linked)

    def refresh(self) -> ScanStats:
        """Index what the transcripts gained since the last call."""
        self._check_database()
        return self.index.refresh(self.folders)

    def _check_database(self) -> None:
        """Let history open the file first, once: a file that is not a database is moved
        aside and a fresh one started by its rules (nothing deleted), not refused here."""
        if not self._checked:
            self._history.prune()
            self._history.close()
            self._checked = True

    def report(self, by: str = "day", since: date | None = None) -> LocalReport:
        """Totals of every folder grouped ``by``, from local day ``since`` on (None: all)."""
        start = local_midnight(since) if since is not None else None
        return build_report(self.index.rows(start), by, self.prices)

    def summaries(self, today: date | None = None) -> list[LocalSummary]:
        """The popup's figures, one per config folder (a folder with no transcripts too)."""
        day = today or date.today()
        start = local_midnight(day - timedelta(days=SUMMARY_DAYS - 1))
        return [
            summarize(self.index.rows(start, str(folder)), str(folder), day, self.prices)
            for folder in self.folders
        ]

    def close(self) -> None:
        self.index.close()
        self._history.close()

    def __enter__(self) -> LocalUsage:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def linked_folders(accounts: Sequence[Account], env: ClaudeCodeEnv) -> list[Path]:
    """The config folders linked accounts' logins live in (each linked account has one)."""
    return [linked_folder(account.config_dir, env) for account in accounts if _is_linked(account)]


def _is_linked(account: Account) -> bool:
    return account.source is CredentialSource.CLAUDE_CODE


def summary_for_account(
    account: Account, summaries: Sequence[LocalSummary], env: ClaudeCodeEnv
) -> LocalSummary | None:
    """The local figures of a linked account: those of the config folder its login lives
    in. Other accounts (signed in here, admin keys) have no folder of theirs: None."""
    if not _is_linked(account):
        return None
    wanted = real_path(linked_folder(account.config_dir, env))
    return next((s for s in summaries if real_path(Path(s.folder)) == wanted), None)

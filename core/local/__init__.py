"""Local usage: tokens and API-equivalent cost from Claude Code's own transcripts.

Layers, each a module with one job::

    folders   where the transcripts are (every Claude config folder's projects/)
    records   one JSON line → the usage it records (counts and names, never text)
    scanner   a transcript's new bytes → records, reading large chunks, decoding few lines
    index     what was counted, in the history database file, so refreshes read only appends
    report    counted messages → totals per day/project/model/session, priced
    usage     LocalUsage, the object front ends call (blocking: run it in a thread)

Privacy: only counts and the names of projects, sessions and models leave the scanner;
message text is decoded only transiently for the lines that carry usage, never kept,
stored or logged.
"""

from __future__ import annotations

from core.local.index import LocalIndex, MessageRow, ScanStats
from core.local.report import (
    GROUPINGS,
    SUMMARY_DAYS,
    LocalReport,
    LocalSummary,
    UsageGroup,
    project_label,
)
from core.local.usage import LocalUsage, linked_folders, summary_for_account

__all__ = [
    "GROUPINGS",
    "SUMMARY_DAYS",
    "LocalIndex",
    "LocalReport",
    "LocalSummary",
    "LocalUsage",
    "MessageRow",
    "ScanStats",
    "UsageGroup",
    "linked_folders",
    "project_label",
    "summary_for_account",
]

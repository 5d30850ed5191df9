"""The one edge everything ``claude-usage`` prints passes: secrets redacted, control
characters escaped, output that never fails on encoding, and log lines made the same way.

Shared by the full command line (:mod:`core.cli.main`) and the answer from cache
(:mod:`core.cli.from_cache`), which must print exactly what the full path would, so it
imports nothing heavy.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from typing import TextIO

from core.base.redact import install_log_redaction, redact_text
from core.base.safe_text import safe_text

__all__ = [
    "PROG",
    "configure_logging",
    "never_fail_on_encoding",
    "silence_stdout",
    "terminal_safe",
]

PROG = "claude-usage"
# The only escape sequences output may carry: the colours of cli_format.Style.
_OUR_COLOURS = re.compile(r"(\x1b\[(?:0|1|2|31|32|33)m)")


def terminal_safe(text: str, *, keep_colours: bool = False) -> str:
    """``text`` with secrets redacted and every control character escaped (newlines kept;
    with ``keep_colours``, also our own colour codes)."""
    text = redact_text(text)
    if not keep_colours:
        return safe_text(text, keep_newlines=True)
    pieces = _OUR_COLOURS.split(text)  # odd indexes are the colour codes themselves
    return "".join(
        piece if index % 2 else safe_text(piece, keep_newlines=True)
        for index, piece in enumerate(pieces)
    )


class _SafeFormatter(logging.Formatter):
    """Log lines quote servers and names too: escape their control characters."""

    def format(self, record: logging.LogRecord) -> str:
        return terminal_safe(super().format(record))


def configure_logging(verbosity: int, stream: TextIO) -> None:
    level = logging.WARNING if verbosity == 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    handler = logging.StreamHandler(stream)
    handler.setFormatter(_SafeFormatter(f"{PROG}: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    install_log_redaction(root)


def never_fail_on_encoding() -> None:
    """A stream that cannot encode a character (cp1252 when redirected on Windows, ASCII
    under some ``LANG=C`` set-ups) escapes it instead of ending the command."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())

"""Keep secrets out of logs, exceptions and reprs.

Tokens are shown as ``sk-ant-oat01-…abcd``: the kind prefix and the last four characters,
enough to tell two tokens apart, never enough to use one.

Two rules, applied together: a pattern for Anthropic's ``sk-ant-…`` shape, and the values
themselves. A token of another shape (an older format, a proxy's, one pasted by mistake)
matches no pattern, yet a server may echo it in an error message; so every secret is
registered with :func:`remember_secret` where it enters the process (credentials parsed,
a token response, an admin key read) and redacted wherever it later appears.
"""

from __future__ import annotations

import logging
import re
import threading

__all__ = [
    "SecretFilter",
    "install_log_redaction",
    "redact",
    "redact_text",
    "remember_secret",
]

_SECRET_PATTERN = re.compile(r"(sk-ant-[a-z]+\d*-)[A-Za-z0-9_\-]+")
_KIND_PREFIX = re.compile(r"^(sk-ant-[a-z]+\d*-)")
# Shorter values would redact ordinary words; real tokens are far longer.
MIN_SECRET_LENGTH = 12
# Refresh tokens rotate: a long-running tray registers a new pair every few hours. The
# oldest are dropped past this many; by then no server can still echo them.
MAX_REMEMBERED = 1024


class _KnownSecrets:
    """The secret values this process holds, and one regex that finds any of them."""

    def __init__(self) -> None:
        self._values: dict[str, None] = {}  # insertion-ordered set
        self._pattern: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def add(self, value: str) -> None:
        with self._lock:
            if value in self._values:
                return
            self._values[value] = None
            while len(self._values) > MAX_REMEMBERED:
                del self._values[next(iter(self._values))]
            self._pattern = None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where remembered secrets stand in ``text``, overlapping ones included: a scan
        that resumed after each find would miss a second secret starting inside the first
        and leave its tail in clear (:func:`redact_text` merges the spans)."""
        pattern = self._compiled()
        if pattern is None:
            return []
        found: list[tuple[int, int]] = []
        match = pattern.search(text)
        while match is not None:
            found.append(match.span())
            match = pattern.search(text, match.start() + 1)
        return found

    def _compiled(self) -> re.Pattern[str] | None:
        with self._lock:
            if self._pattern is None and self._values:
                longest_first = sorted(self._values, key=len, reverse=True)
                self._pattern = re.compile("|".join(map(re.escape, longest_first)))
            return self._pattern


_KNOWN = _KnownSecrets()


def remember_secret(value: str | None) -> None:
    """Redact ``value`` from now on wherever it appears (values shorter than
    :data:`MIN_SECRET_LENGTH` are ignored: they cannot be told from ordinary text)."""
    if isinstance(value, str) and len(value.strip()) >= MIN_SECRET_LENGTH:
        _KNOWN.add(value.strip())


def redact(secret: str | None) -> str:
    """One secret shown safely: its kind prefix, an ellipsis and the last four characters."""
    if not secret:
        return "<none>"
    match = _KIND_PREFIX.match(secret)
    prefix = match.group(1) if match else ""
    tail = secret[-4:] if len(secret) >= 12 else ""
    return f"{prefix}…{tail}"


def redact_text(text: str) -> str:
    """Every remembered secret and every ``sk-ant-…`` token inside free text replaced by
    its redacted form.

    Both rules look at the original text and where their finds overlap they are merged and
    redacted as one: a remembered value may hold a token and more (or be part of a longer
    token), and redacting one rule's find first would leave the other unable to match —
    the rest of the secret then printed in clear."""
    spans = sorted([m.span() for m in _SECRET_PATTERN.finditer(text)] + _KNOWN.spans(text))
    if not spans:
        return text
    pieces, written = [], 0
    for start, end in _merged(spans):
        pieces += [text[written:start], redact(text[start:end])]
        written = end
    return "".join([*pieces, text[written:]])


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with every overlapping (or touching) pair joined into one."""
    merged = [spans[0]]
    for start, end in spans[1:]:
        last_start, last_end = merged[-1]
        if start <= last_end:
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged


class SecretFilter(logging.Filter):
    """A logging filter that redacts tokens in every record's message and traceback.

    Tracebacks matter as much as messages: an exception from a bug was not written with
    secrets in mind, and ``log.exception`` prints it whole.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact_text(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            # The formatter reuses exc_text when set, so this is what handlers will print.
            record.exc_text = _TRACEBACK_FORMATTER.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info)
        return True


_TRACEBACK_FORMATTER = logging.Formatter()


def install_log_redaction(logger: logging.Logger | None = None) -> None:
    """Attach :class:`SecretFilter` to every handler of ``logger`` (root by default).

    Also quiets ``httpx``/``httpcore``, whose DEBUG lines could carry headers.
    """
    target = logger or logging.getLogger()
    for handler in target.handlers:
        if not any(isinstance(f, SecretFilter) for f in handler.filters):
            handler.addFilter(SecretFilter())
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)

"""Keep secrets out of logs, exceptions and reprs.

Tokens are shown as ``sk-ant-oat01-…abcd``: the kind prefix and the last four characters,
enough to tell two tokens apart, never enough to use one.
"""

from __future__ import annotations

import logging
import re

__all__ = ["SecretFilter", "install_log_redaction", "redact", "redact_text"]

_SECRET_PATTERN = re.compile(r"(sk-ant-[a-z]+\d*-)[A-Za-z0-9_\-]+")
_KIND_PREFIX = re.compile(r"^(sk-ant-[a-z]+\d*-)")


def redact(secret: str | None) -> str:
    """One secret shown safely: its kind prefix, an ellipsis and the last four characters."""
    if not secret:
        return "<none>"
    match = _KIND_PREFIX.match(secret)
    prefix = match.group(1) if match else ""
    tail = secret[-4:] if len(secret) >= 12 else ""
    return f"{prefix}…{tail}"


def redact_text(text: str) -> str:
    """Every ``sk-ant-…`` token inside free text replaced by its redacted form."""
    return _SECRET_PATTERN.sub(lambda m: redact(m.group(0)), text)


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

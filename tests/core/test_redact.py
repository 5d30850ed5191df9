from __future__ import annotations

import logging

import pytest

from core.base.redact import (
    SecretFilter,
    install_log_redaction,
    redact,
    redact_text,
    remember_secret,
)

TOKEN = "sk-ant-oat01-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-abcd"


def test_redact_keeps_kind_and_last_four() -> None:
    assert redact(TOKEN) == "sk-ant-oat01-…abcd"
    assert redact("sk-ant-admin01-secretsecretsecret-wxyz") == "sk-ant-admin01-…wxyz"
    assert redact(None) == "<none>"
    assert redact("short") == "…"


def test_redact_text_finds_tokens_in_prose() -> None:
    text = f"failed with {TOKEN} and sk-ant-ort01-ZZZZZZZZZZZZZZZZ-9876 twice"
    cleaned = redact_text(text)
    assert "AbCdEfGh" not in cleaned
    assert "ZZZZ" not in cleaned
    assert "sk-ant-oat01-…abcd" in cleaned
    assert "sk-ant-ort01-…9876" in cleaned


def test_log_filter_redacts_formatted_arguments(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test.redact")
    caplog.handler.addFilter(SecretFilter())
    with caplog.at_level(logging.INFO, logger="test.redact"):
        logger.info("token is %s", TOKEN)
    assert TOKEN not in caplog.text
    assert "sk-ant-oat01-…abcd" in caplog.text


def test_install_quiets_httpx() -> None:
    install_log_redaction(logging.getLogger("test.install"))
    assert logging.getLogger("httpx").level == logging.WARNING


def test_log_filter_redacts_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test.redact.traceback")
    caplog.handler.addFilter(SecretFilter())
    with caplog.at_level(logging.ERROR, logger="test.redact.traceback"):
        try:
            raise RuntimeError(f"bug while holding {TOKEN}")
        except RuntimeError:
            logger.exception("unexpected")
    assert "RuntimeError" in caplog.text
    assert TOKEN not in caplog.text
    assert "sk-ant-oat01-…abcd" in caplog.text


def test_a_remembered_prefix_of_a_token_does_not_garble_the_whole_token() -> None:
    """A tray test once remembered a short token that was the start of a longer one: the
    longer token came out as two redacted halves, depending on test order."""
    token = "sk-ant-oat01-" + "q" * 40 + "WXYZ"
    remember_secret(token[:30])
    assert redact_text(f"token {token} refused") == "token sk-ant-oat01-…WXYZ refused"


@pytest.mark.parametrize(
    "secret",
    [
        "sk-ant-oat01-abcdefgh.SECRETPARTXYZ",  # a token, then more of the same secret
        "tok+SECRETsk-ant-oat01-abcdefghijk/MORESECRET",  # a token inside a longer secret
    ],
)
def test_a_remembered_secret_holding_a_token_is_redacted_whole(secret: str) -> None:
    """Redacting the token first left the rest of the remembered value unmatched, so it
    was printed in clear."""
    remember_secret(secret)
    cleaned = redact_text(f"server said: {secret} is invalid")
    assert "SECRET" not in cleaned
    assert cleaned == f"server said: {redact(secret)} is invalid"


def test_remembered_secrets_that_overlap_in_the_text_are_both_redacted_whole() -> None:
    remember_secret("abcdefghijklmnop")
    remember_secret("mnopSECRETSECRET123")
    shown = redact_text("x abcdefghijklmnopSECRETSECRET123 y")
    assert "SECRET" not in shown
    assert shown.startswith("x ")
    assert shown.endswith(" y")

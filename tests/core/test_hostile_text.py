"""Generated hostile text through the sanitiser, the name rule, JSON output, redaction and
the CLI's argv handling. ``make faults`` runs many more examples (FAULT_EXAMPLES)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.base.redact import redact_text, remember_secret
from core.base.safe_text import is_unsafe_character, safe_text
from core.base.small_files import read_small_file
from core.cli.json_output import dumps
from core.cli.main import terminal_safe
from core.errors import InvalidInputError
from core.models import AccountRecord, CredentialSource
from core.names import MAX_NAME_LENGTH, account_name_key, normalize_account_name
from core.store.accounts import AccountManager
from core.store.legacy import _saved_at
from core.store.storage import AccountStore, StoreData
from tests.core.test_cli import REPO_ROOT, cli_env
from tests.fakes.server import FakeAnthropic

pytestmark = pytest.mark.faults

EXAMPLES = int(os.environ.get("FAULT_EXAMPLES", "25"))
HOSTILE_CHARS = (
    [chr(c) for c in range(0x20)]
    + ["\x7f"]
    + [chr(c) for c in range(0x80, 0xA0)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u2028", "\u2029", "\u00ad"]
    + ["\udcff", "\ud800", "\U000e0041"]  # lone surrogates (surrogateescape), a tag char
    + ["\u0301", "\u00e9", "\u212b", " ", "\u00a0", "\u3000"]  # NFD/NFC and spaces
)
hostile_text = st.text(
    alphabet=st.one_of(st.characters(), st.sampled_from(HOSTILE_CHARS)), max_size=120
)
some = settings(max_examples=EXAMPLES, deadline=None)
# Our colours and the sequences a server might try; only the first kind may survive.
OUR_COLOUR = "\x1b[1m"


def no_unsafe(text: str, allowed: str = "") -> bool:
    return not any(is_unsafe_character(ch) and ch not in allowed for ch in text)


# -- the display sanitiser ----------------------------------------------------------------


@some
@given(hostile_text)
def test_sanitised_text_has_no_unsafe_character(text: str) -> None:
    assert no_unsafe(safe_text(text))
    assert no_unsafe(safe_text(text, keep_newlines=True), allowed="\n")
    safe_text(text).encode("utf-8")  # lone surrogates no longer crash an encoder


@some
@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp"))))
def test_text_without_unsafe_characters_is_unchanged(text: str) -> None:
    assert safe_text(text) == text


@some
@given(st.lists(st.one_of(hostile_text, st.just("\n"))).map("".join))
def test_multi_line_text_keeps_its_newlines_and_escapes_the_rest(text: str) -> None:
    """Whatever path safe_text takes (a document with only newlines to keep is returned
    as it is), the result is the character-by-character one."""
    one_by_one = "".join(
        ch if ch == "\n" or not is_unsafe_character(ch) else safe_text(ch) for ch in text
    )
    assert safe_text(text, keep_newlines=True) == one_by_one


@some
@given(hostile_text)
def test_the_cli_edge_keeps_only_our_colours(text: str) -> None:
    shown = terminal_safe(f"{OUR_COLOUR}{safe_text(text)}\x1b[0m{text}", keep_colours=True)
    assert shown.startswith(OUR_COLOUR)
    leftover = shown.replace(OUR_COLOUR, "").replace("\x1b[0m", "")
    assert no_unsafe(leftover, allowed="\n")


@some
@given(hostile_text)
def test_json_output_is_exact_data_and_terminal_safe(text: str) -> None:
    document = {"name": text, "nested": [{text: text}]}
    printed = dumps(document)
    assert no_unsafe(printed, allowed="\n")
    assert json.loads(printed) == document


# -- the name rule --------------------------------------------------------------------------


@some
@given(hostile_text)
def test_a_name_is_refused_or_comes_back_clean(raw: str) -> None:
    try:
        name = normalize_account_name(raw)
    except InvalidInputError as exc:
        message = str(exc)
    else:
        message = ""
    assert no_unsafe(message)  # a refusal never echoes the bad characters
    if message:
        return
    assert name == unicodedata.normalize("NFC", name) == name.strip()
    assert 0 < len(name) <= MAX_NAME_LENGTH
    assert safe_text(name) == name  # a valid name always displays exactly as typed
    assert normalize_account_name(name) == name
    assert account_name_key(unicodedata.normalize("NFD", raw)) == name


@settings(max_examples=max(5, EXAMPLES // 5), deadline=None)
@given(raw=hostile_text)
def test_the_store_only_ever_holds_valid_names(
    raw: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    manager = AccountManager(AccountStore(tmp_path_factory.mktemp("store") / "accounts.enc"))
    record = AccountRecord(
        name=raw,
        account_type="oauth",
        source=CredentialSource.APP,
        saved_at=datetime.now(UTC),
        credentials="{}",
    )

    async def save_then_list() -> list[str]:
        with contextlib.suppress(InvalidInputError):
            await manager.save(record)
        return [account.name for account in await manager.list_accounts()]

    names = asyncio.run(save_then_list())
    assert all(normalize_account_name(name) == name for name in names)


@some
@given(st.text(max_size=40))
def test_legacy_saved_at_never_raises(value: str) -> None:
    moment = _saved_at(value)
    assert moment.tzinfo is not None
    moment.astimezone()  # shown in local time later: must not overflow


# -- redaction by value ---------------------------------------------------------------------


# Remembered for the rest of this process: a marker keeps them from matching other tests' text.
secrets = st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1).map(
    lambda tail: f"test-secret-{tail}"
)


@some
@given(secrets, hostile_text)
def test_a_remembered_secret_never_survives_redaction(secret: str, around: str) -> None:
    remember_secret(secret)
    cleaned = redact_text(f"{around}{secret}{around}")
    assert secret not in cleaned


def test_secrets_in_the_store_are_redacted_once_it_is_read(tmp_path: Path) -> None:
    """Written without parsing (as another process would), then only listed: never used,
    yet redacted — the process holds it."""
    # Not "test-secret-…": the property test above remembers values of that shape, and one
    # such as "test-secret-1" would already match the start of this token.
    token = f"stored-token-{os.urandom(12).hex()}"
    oauth_json = json.dumps({"claudeAiOauth": {"accessToken": token, "refreshToken": None}})
    record = AccountRecord(
        name="A",
        account_type="oauth",
        source=CredentialSource.APP,
        saved_at=datetime.now(UTC),
        credentials=oauth_json,
    )
    store = AccountStore(tmp_path / "accounts.enc")
    store.update(lambda _: StoreData((record,), None))
    assert token in redact_text(f"echo {token}")  # not known yet

    asyncio.run(AccountManager(AccountStore(store.path)).list_accounts())

    assert token not in redact_text(f"echo {token}")


# -- bounded reads --------------------------------------------------------------------------


@some
@given(size=st.integers(min_value=0, max_value=3000))
def test_files_over_the_limit_are_refused_and_under_it_read_whole(
    size: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("files") / "f.json"
    path.write_text("x" * size)
    limit = 1500
    if size > limit:
        with pytest.raises(InvalidInputError, match="too large"):
            read_small_file(path, limit=limit, what="credentials file")
    else:
        assert read_small_file(path, limit=limit, what="credentials file") == "x" * size


# -- arbitrary bytes as argv ----------------------------------------------------------------


@pytest.fixture(scope="module")
def module_fake() -> Iterator[FakeAnthropic]:
    with FakeAnthropic() as fake:
        yield fake


@settings(
    max_examples=max(3, EXAMPLES // 5),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(raw=st.binary(min_size=1, max_size=40).filter(lambda b: b"\x00" not in b))
def test_any_bytes_as_a_name_end_cleanly(raw: bytes, module_fake: FakeAnthropic) -> None:
    """``delete NAME`` prints the name back ("No account named …"): whatever the bytes,
    the process exits 1 or 2 with a message, never a traceback or a raw control."""
    result = subprocess.run(
        [sys.executable.encode(), b"-m", b"core.cli", b"delete", b"--", raw],
        capture_output=True,
        env=cli_env(module_fake),
        cwd=REPO_ROOT,
        timeout=60,
        check=False,
    )
    err = result.stderr.decode("utf-8")  # strict: what we print is valid UTF-8
    assert result.returncode in (1, 2), err
    assert "Traceback" not in err
    assert no_unsafe(err, allowed="\n")
    assert no_unsafe(result.stdout.decode("utf-8"), allowed="\n")

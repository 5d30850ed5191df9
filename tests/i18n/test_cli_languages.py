"""``claude-usage`` speaks the user's language with the user's formats; JSON never changes.

Real processes against the fake Anthropic server, with ``LANG`` as a user would set it.
"""

from __future__ import annotations

import json
import re

import pytest

from core.base.text_width import text_width
from tests.core.test_cli import cli, save_copy, usage_payload
from tests.fakes.server import FakeAnthropic


@pytest.fixture
def fake(fake_server: FakeAnthropic) -> FakeAnthropic:
    save_copy(fake_server, "Work", fake_server.add_account(usage=usage_payload()))
    return fake_server


def test_german_usage_with_german_words_and_figures(fake: FakeAnthropic) -> None:
    result = cli(fake, "usage", env={"LANG": "de_DE.UTF-8"})
    assert result.returncode == 0, result.stderr
    assert re.search(
        r"^  Sitzung  █+░+ 37\u00a0%  zurückgesetzt in 2 Std\. 1\d Min\. \(\d\d:\d\d\)$",
        result.stdout,
        re.M,
    ), result.stdout
    assert re.search(
        r"^  Woche    █+░+ 64\u00a0%  zurückgesetzt in 3 T\. [12] Std\.", result.stdout, re.M
    )


def test_japanese_usage_aligns_wide_characters(fake: FakeAnthropic) -> None:
    result = cli(fake, "usage", env={"LANG": "ja_JP.UTF-8"})
    assert result.returncode == 0, result.stderr
    session = next(line for line in result.stdout.splitlines() if "セッション" in line)
    weekly = next(line for line in result.stdout.splitlines() if "週間" in line)
    assert re.search(r"2時間1\d分後にリセット（\d\d:\d\d）", session), session
    # "セッション" takes 10 terminal columns, "週間" 4 (padded to 10): the bars line up.
    assert text_width(session[: session.index("█")]) == 14
    assert text_width(weekly[: weekly.index("█")]) == 14


def test_english_locale_has_a_12_hour_clock_the_c_locale_24(fake: FakeAnthropic) -> None:
    english = cli(fake, "usage", env={"LANG": "en_US.UTF-8"}).stdout
    assert re.search(r"resets in 2 h 1\d m \(\d{1,2}:\d\d\s?[AP]M\)", english), english
    plain = cli(fake, "usage", env={"LANG": "C.UTF-8"}).stdout
    assert re.search(r"resets in 2 h 1\d m \(\d\d:\d\d\)", plain), plain


def test_lc_all_wins_and_language_picks_the_words(fake: FakeAnthropic) -> None:
    """Words from LANGUAGE (gettext's order), formats from LC_ALL: English words, German
    figures."""
    result = cli(fake, "usage", env={"LANGUAGE": "en", "LC_ALL": "de_DE.UTF-8"})
    assert re.search(r"^  Session  █+░+ 37\u00a0%  resets in", result.stdout, re.M), result.stdout


def test_an_unknown_locale_falls_back_to_english_and_the_house_style(fake: FakeAnthropic) -> None:
    result = cli(fake, "usage", env={"LANG": "xx_YY.UTF-8"})
    assert result.returncode == 0, result.stderr
    assert re.search(r"^  Session  █+░+  37%  resets in 2 h", result.stdout, re.M)


@pytest.mark.parametrize("command", [("usage", "--json"), ("list", "--json")])
def test_json_is_the_same_in_every_language(fake: FakeAnthropic, command: tuple[str, ...]) -> None:
    def document(lang: str) -> object:
        result = cli(fake, *command, env={"LANG": lang})
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        for account in data.get("accounts", []):  # fetched at a different moment each run
            account.pop("fetched_at", None)
        data.pop("generated_at", None)
        return data

    english = document("C.UTF-8")
    for lang in ("de_DE.UTF-8", "ja_JP.UTF-8", "tr_TR.UTF-8", "ar_EG.UTF-8"):
        assert document(lang) == english, lang


def test_messages_of_commands_are_translated(fake: FakeAnthropic) -> None:
    result = cli(fake, "rename", "Work", "Arbeit", env={"LANG": "de_DE.UTF-8"})
    assert result.stdout == "'Work' in 'Arbeit' umbenannt.\n"
    result = cli(fake, "switch", "Arbeit", env={"LANG": "fr_FR.UTF-8"})
    assert result.stdout == "Le compte actif est désormais 'Arbeit'.\n"

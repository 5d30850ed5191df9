"""Names and server text in the tray: shown escaped, never as markup, never obeyed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from core.base.safe_text import is_unsafe_character
from core.errors import InvalidInputError
from core.models import AccountStatus, ActorUsage, AdminUsage, ModelUsage
from core.names import normalize_account_name
from tests.core.test_hostile_text import EXAMPLES, hostile_text
from tests.tray.helpers import NOW, oauth, window
from tray.cards import AccountCard
from tray.dialogs.remove import remove_message_box
from tray.dialogs.rename import RenameDialog
from tray.validation import validate_name
from tray.viewmodel import UsageViewModel, build_card, tooltip_text

pytestmark = pytest.mark.faults

HOSTILE = "\x1b]0;pwned\x07\u202eevil\u200b"
MARKUP = "<img src=x><b>big</b>"


def card_texts(model: object) -> list[str]:
    """Every string a card model carries, recursively."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, tuple | list):
            for item in value:
                walk(item)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                if name not in ("name", "key"):  # identities code uses, never shown
                    walk(getattr(value, name))

    walk(model)
    return found


def assert_clean(texts: list[str]) -> None:
    for text in texts:
        assert not any(is_unsafe_character(ch) for ch in text), repr(text)


def test_oauth_card_escapes_name_email_error_and_model_windows() -> None:
    usage = oauth(
        HOSTILE,
        email=f"a{HOSTILE}@example.com",
        plan=HOSTILE,
        status=AccountStatus.ERROR,
        error=f"server said {HOSTILE}",
        model_weekly={HOSTILE: window(10)},
    )
    card = build_card(usage, NOW)
    assert card.name == HOSTILE  # rename/remove still find the stored account
    assert card.title == "\\x1b]0;pwned\\x07\\u202eevil\\u200b"
    assert_clean([card.title, *card_texts(card), *tooltip_text([usage], NOW).splitlines()])
    assert card.state is not None
    assert "\\x1b]0;pwned" in card.state.text


def test_admin_card_escapes_model_and_actor_names_and_notes() -> None:
    usage = AdminUsage(
        account_name="Org",
        model_breakdown=(ModelUsage(model=HOSTILE, input_tokens=5, estimated_cost_cents=1),),
        actors=(ActorUsage(actor_type="user", actor_name=HOSTILE, input_tokens=5),),
        notes=(HOSTILE,),
        fetched_at=NOW,
        input_tokens=5,
    )
    assert_clean(card_texts(build_card(usage, NOW)))


def test_banner_is_escaped() -> None:
    model = UsageViewModel()
    model.set_banner(f"Could not remove “{HOSTILE}”")
    assert model.banner is not None
    assert_clean([model.banner])


def test_card_labels_are_plain_text_never_markup(qtbot: QtBot) -> None:
    card = AccountCard(build_card(oauth(MARKUP, error=MARKUP, status=AccountStatus.ERROR), NOW))
    qtbot.addWidget(card)
    assert MARKUP in card.texts()  # shown literally
    shown = [label for label in card.findChildren(QLabel) if MARKUP in label.text()]
    assert shown
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)
    assert card.name_label.text() == MARKUP


@pytest.mark.parametrize("name", ["bell\x07", "\u202eevil", "zero\u200bwidth", "del\x7f"])
def test_dialogs_refuse_what_core_refuses(name: str) -> None:
    assert validate_name(name) is not None


def test_dialogs_compare_names_normalised() -> None:
    assert validate_name("Cafe\u0301", ["Caf\u00e9"]) is not None
    assert validate_name("Cafe\u0301", ["Caf\u00e9"], current="Caf\u00e9") is None


def test_remove_and_rename_dialogs_show_odd_names_escaped_as_plain_text(qtbot: QtBot) -> None:
    box = remove_message_box(MARKUP + HOSTILE)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert MARKUP in box.text()
    assert_clean([box.text()])

    dialog = RenameDialog(MARKUP + HOSTILE, [])
    qtbot.addWidget(dialog)
    prompt = next(label for label in dialog.findChildren(QLabel) if MARKUP in label.text())
    assert prompt.textFormat() == Qt.TextFormat.PlainText
    assert_clean([prompt.text()])
    dialog.error.show_error(f"Anthropic said: {MARKUP}{HOSTILE}")
    assert dialog.error.textFormat() == Qt.TextFormat.PlainText
    assert MARKUP in dialog.error.text()
    assert_clean([dialog.error.text()])


@settings(max_examples=EXAMPLES, deadline=None)
@given(hostile_text)
def test_the_tray_uses_the_same_rule(raw: str) -> None:
    try:
        normalize_account_name(raw)
        valid = True
    except InvalidInputError:
        valid = False
    assert (validate_name(raw) is None) == valid

"""The popup as assistive technologies see it: Qt's accessibility tree, which Qt's AT-SPI
bridge (Linux), UI Automation (Windows) and NSAccessibility (macOS) hand to screen readers.

Read through :func:`QAccessible.queryAccessibleInterface`, as the bridges do: every card a
group named by its account, every usage bar a progress bar named by what it measures whose
*value* is the percent, state lines worded without their symbols, every button named.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.models import AccountStatus, AdminUsage, ExtraUsage, ModelUsage
from tests.tray.helpers import NOW, oauth, window
from tray.popup import Popup
from tray.viewmodel import UsageViewModel

Role = QAccessible.Role
Text = QAccessible.Text


@dataclass(frozen=True)
class Accessible:
    """One node of the accessibility tree, read once."""

    role: Role
    name: str
    description: str
    value: float | None
    invisible: bool
    children: tuple[Accessible, ...]

    def walk(self) -> Iterator[Accessible]:
        yield self
        for child in self.children:
            yield from child.walk()

    def find_all(self, role: Role, name: str | None = None) -> list[Accessible]:
        return [
            node
            for node in self.walk()
            if node.role == role and (name is None or node.name == name) and not node.invisible
        ]

    def find(self, role: Role, name: str) -> Accessible:
        (found,) = self.find_all(role, name)
        return found


def read(interface: QAccessibleInterface) -> Accessible:
    value = interface.valueInterface()
    return Accessible(
        role=interface.role(),
        name=interface.text(Text.Name),
        description=interface.text(Text.Description),
        value=float(value.currentValue()) if value is not None else None,
        invisible=interface.state().invisible,
        children=tuple(read(interface.child(i)) for i in range(interface.childCount())),
    )


def tree(widget: QWidget) -> Accessible:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    assert interface.isValid()
    return read(interface)


def cards(popup: Popup) -> dict[str, Accessible]:
    """The popup's cards by accessible name: its groupings."""
    return {card.name: card for card in tree(popup).find_all(Role.Grouping)}


def bars(card: Accessible) -> dict[str, float | None]:
    """A card's progress bars: accessible name → value."""
    return {bar.name: bar.value for bar in card.find_all(Role.ProgressBar)}


@pytest.fixture
def model() -> UsageViewModel:
    return UsageViewModel()


@pytest.fixture
def popup(qtbot: QtBot, model: UsageViewModel) -> Popup:
    widget = Popup(model, clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.show()  # the tree marks hidden widgets invisible; a shown popup is what users read
    return widget


def _admin(name: str = "Org", **fields: object) -> AdminUsage:
    values: dict[str, object] = {
        "account_name": name,
        "period_start": NOW.replace(day=1),
        "input_tokens": 1_200_000,
        "output_tokens": 300_000,
        "actual_cost_cents": 4550.0,
        "fetched_at": NOW,
        "model_breakdown": (
            ModelUsage(model="claude-opus-4-1-20250805", input_tokens=10, estimated_cost_cents=99),
        ),
    }
    values.update(fields)
    return AdminUsage(**values)  # type: ignore[arg-type]


def test_every_account_is_a_group_named_by_the_account(popup: Popup, model: UsageViewModel) -> None:
    model.set_usages([oauth("Work", 88), oauth("Personal", 37), _admin("Org")], NOW)
    found = cards(popup)
    assert list(found) == ["Work", "Personal", "Org"]
    assert found["Work"].description == "dev@example.com · Max 5×"
    assert found["Org"].description == "Admin API · since 01 Nov"


def test_usage_bars_expose_their_percent_as_a_value(popup: Popup, model: UsageViewModel) -> None:
    extra = ExtraUsage(
        is_enabled=True, monthly_limit=400.0, used_credits=279.92, utilization=69.98, currency="USD"
    )
    usage = oauth("Work", 88, sonnet=window(12.4, hours=90), extra_usage=extra)
    model.set_usages([usage, oauth("Personal", 37)], NOW)
    collapsed = cards(popup)
    assert bars(collapsed["Work"]) == {"Session (5 h)": 88, "Week (all models)": 64}
    popup.card("Work").set_expanded(True)  # type: ignore[union-attr]  # the details
    found = cards(popup)
    assert bars(found["Work"]) == {
        "Session (5 h)": 88,
        "Week (all models)": 64,
        "Week · Sonnet": 12,  # whole percents, as the card's text shows them
        "Extra usage": 70,
    }
    assert bars(found["Personal"]) == {"Session (5 h)": 37, "Week (all models)": 64}
    session = found["Work"].find(Role.ProgressBar, "Session (5 h)")
    assert session.description == "88 % · resets in 2 h 12 m (17:59)"
    extra_bar = found["Work"].find(Role.ProgressBar, "Extra usage")
    assert extra_bar.description == "$279.92 / $400.00 · used this month"


def test_a_bar_value_follows_a_refresh(popup: Popup, model: UsageViewModel) -> None:
    model.set_usages([oauth("Work", 88)], NOW)
    assert bars(cards(popup)["Work"])["Session (5 h)"] == 88
    model.set_usages([oauth("Work", 97)], NOW)
    assert bars(cards(popup)["Work"])["Session (5 h)"] == 97


def test_out_of_range_percents_are_clamped_to_the_bar(popup: Popup, model: UsageViewModel) -> None:
    """A bad figure from the server cannot make a bar report a value outside 0–100."""
    usage = oauth("Work", 130, weekly=window(-5, hours=90))
    model.set_usages([usage], NOW)
    assert bars(cards(popup)["Work"]) == {"Session (5 h)": 100, "Week (all models)": 0}


def test_a_session_not_started_reads_zero_and_says_so(popup: Popup, model: UsageViewModel) -> None:
    model.set_usages([oauth("Fresh", window(0, hours=None))], NOW)
    session = cards(popup)["Fresh"].find(Role.ProgressBar, "Session (5 h)")
    assert session.value == 0
    assert session.description == "not started"


def test_admin_account_has_its_figures_and_no_bars(popup: Popup, model: UsageViewModel) -> None:
    model.set_usages([_admin("Org")], NOW)
    popup.card("Org").set_expanded(True)  # type: ignore[union-attr]
    card = cards(popup)["Org"]
    assert bars(card) == {}
    texts = [node.name for node in card.find_all(Role.StaticText)]
    for expected in ("Tokens", "1.2 M in · 300 k out", "Spend", "$45.50", "Opus 4.1"):
        assert expected in texts


def test_error_and_stale_states_are_worded_for_screen_readers(
    popup: Popup, model: UsageViewModel
) -> None:
    old = oauth(
        "Old",
        status=AccountStatus.LOGIN_EXPIRED,
        stale=True,
        fetched_at=NOW - timedelta(minutes=10),
    )
    refused = _admin("Org", status=AccountStatus.AUTH_FAILED, error="key refused")
    model.set_usages([old, refused], NOW)
    for name in ("Old", "Org"):
        popup.card(name).set_expanded(True)  # type: ignore[union-attr]
    found = cards(popup)
    old_texts = [node.name for node in found["Old"].find_all(Role.StaticText)]
    assert "Error: Claude Code login expired — run `claude` to refresh it" in old_texts
    assert "Stale — showing values from 15:37" in old_texts  # without the clock symbol
    assert not any(text.startswith(("⚠", "◷")) for text in old_texts)
    session = found["Old"].find(Role.ProgressBar, "Session (5 h)")
    assert session.value == 37
    assert session.description.endswith("· stale")
    org_texts = [node.name for node in found["Org"].find_all(Role.StaticText)]
    assert any(text.startswith("Error: ") for text in org_texts), org_texts


def test_warnings_are_worded_as_warnings(popup: Popup, model: UsageViewModel) -> None:
    limited = oauth("Busy", status=AccountStatus.RATE_LIMITED, retry_at=NOW + timedelta(minutes=12))
    model.set_usages([limited], NOW)
    texts = [node.name for node in cards(popup)["Busy"].find_all(Role.StaticText)]
    assert any(text.startswith("Warning: ") for text in texts), texts


def test_buttons_are_named(popup: Popup, model: UsageViewModel) -> None:
    model.set_usages([oauth("Work", 88), _admin("Org")], NOW)
    root = tree(popup)
    assert root.name == "Claude usage"
    buttons = {node.name for node in root.find_all(Role.PushButton)}
    assert {"Refresh", "Add account…", "Settings…", "Quit"} <= buttons
    menus = {node.name for node in root.find_all(Role.ButtonMenu)}
    assert menus == {"Actions for Work", "Actions for Org"}
    model.set_usages([oauth("Work", 88, status=AccountStatus.NEEDS_SIGN_IN)], NOW)
    buttons = {node.name for node in tree(popup).find_all(Role.PushButton)}
    assert "Sign in again — Work" in buttons  # whose sign-in, for a screen reader
    assert all(node.name for node in root.find_all(Role.PushButton))


def test_last_update_is_read_as_its_text(popup: Popup, model: UsageViewModel) -> None:
    """Its accessible name is the text itself ("Updated …"), not a fixed label hiding it."""
    model.set_usages([oauth("Work", 88)], NOW)
    texts = [node.name for node in tree(popup).find_all(Role.StaticText)]
    assert any(text.startswith("Updated ") for text in texts), texts


def test_removed_accounts_leave_the_tree(popup: Popup, model: UsageViewModel, qtbot: QtBot) -> None:
    model.set_usages([oauth("Work", 88), oauth("Personal", 37)], NOW)
    model.set_usages([oauth("Personal", 37)], NOW)
    qtbot.waitUntil(lambda: list(cards(popup)) == ["Personal"])

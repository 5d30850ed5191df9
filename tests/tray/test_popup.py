"""The popup's widgets show what the view-model says, and sit next to the icon on screen."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from core.models import AccountStatus, AdminUsage, ModelUsage
from tests.tray.helpers import NOW, oauth, window
from tray.cards import AccountCard
from tray.popup import Popup, popup_position, uses_grabbing_popup
from tray.viewmodel import UsageViewModel


@pytest.fixture
def model() -> UsageViewModel:
    return UsageViewModel()


@pytest.fixture
def popup(qtbot: QtBot, model: UsageViewModel) -> Popup:
    widget = Popup(model, clock=lambda: NOW)
    qtbot.addWidget(widget)
    return widget


def texts(card: AccountCard) -> list[str]:
    return card.texts()


def test_oauth_card_contents(popup: Popup, model: UsageViewModel) -> None:
    model.set_usages([oauth("Work", 37, sonnet=window(12, hours=90))], NOW)
    (card,) = popup.cards
    shown = texts(card)
    assert shown[:2] == ["Work", "dev@example.com · Max 5×"]
    for expected in (
        "Session (5 h)",
        "37 %",
        "resets in 2 h 12 m (17:59)",
        "Week (all models)",
        "64 %",
        "Week · Sonnet",
        "12 %",
    ):
        assert expected in shown
    assert card.state_label is None
    assert [row.bar.percent for row in card.bar_rows] == [37, 64, 12]


def test_not_started_card(popup: Popup, model: UsageViewModel) -> None:
    model.set_usages([oauth("Fresh", window(0, hours=None))], NOW)
    shown = texts(popup.cards[0])
    assert "not started" in shown
    assert "—" in shown
    assert "0 %" not in shown


def test_error_card_has_a_state_line(popup: Popup, model: UsageViewModel) -> None:
    usage = oauth(
        "Old",
        status=AccountStatus.LOGIN_EXPIRED,
        stale=True,
        fetched_at=NOW - timedelta(minutes=10),
    )
    model.set_usages([usage], NOW)
    card = popup.cards[0]
    assert card.state_label is not None
    assert "Claude Code login expired — run `claude`" in card.state_label.text()
    assert any("Stale — showing values from 15:37" in text for text in texts(card))
    assert all(row.bar.dimmed for row in card.bar_rows)


def test_admin_card(popup: Popup, model: UsageViewModel) -> None:
    usage = AdminUsage(
        account_name="Org",
        period_start=NOW.replace(day=1),
        input_tokens=1_200_000,
        output_tokens=300_000,
        actual_cost_cents=4550.0,
        fetched_at=NOW,
        model_breakdown=(
            ModelUsage(model="claude-opus-4-1-20250805", input_tokens=10, estimated_cost_cents=99),
        ),
    )
    model.set_usages([usage], NOW)
    shown = texts(popup.cards[0])
    for expected in (
        "Org",
        "Admin API · since 01 Nov",
        "Tokens",
        "1.2 M in · 300 k out",
        "Spend",
        "$45.50",
        "TOP MODELS",
        "Opus 4.1",
    ):
        assert expected in shown
    assert popup.cards[0].bar_rows == []


def test_first_run_offers_the_ways_to_add_an_account(popup: Popup, model: UsageViewModel) -> None:
    model.set_has_accounts(False)
    popup.empty.set_claude_code_found(True)
    popup.show()
    assert popup.empty.isVisible()
    assert not popup.cards_scroll.isVisible()
    assert popup.empty.link_button.isVisible()
    assert popup.empty.sign_in_button.isVisible()
    assert popup.empty.admin_button.isVisible()
    popup.empty.set_claude_code_found(False)
    assert not popup.empty.link_button.isVisible()


def test_buttons_and_card_menus_emit_requests(
    qtbot: QtBot, popup: Popup, model: UsageViewModel
) -> None:
    model.set_usages([oauth("Work", status=AccountStatus.NEEDS_SIGN_IN)], NOW)
    with qtbot.waitSignal(popup.refresh_requested):
        popup.refresh_button.click()
    with qtbot.waitSignal(popup.add_requested):
        popup.add_button.click()
    with qtbot.waitSignal(popup.settings_requested):
        popup.settings_button.click()
    with qtbot.waitSignal(popup.quit_requested):
        popup.quit_button.click()
    menu = popup.cards[0].menu_button.menu()
    actions = {action.text(): action for action in menu.actions()}
    assert list(actions) == ["Sign in again…", "Rename…", "Remove…"]
    with qtbot.waitSignal(popup.rename_requested) as renamed:
        actions["Rename…"].trigger()
    assert renamed.args == ["Work"]
    with qtbot.waitSignal(popup.sign_in_again_requested) as again:
        actions["Sign in again…"].trigger()
    assert again.args == ["Work"]


def test_footer_says_how_old_the_data_is(popup: Popup, model: UsageViewModel) -> None:
    model.set_usages([oauth()], NOW - timedelta(seconds=42))
    assert popup.updated_label.text() == "Updated 42 s ago"
    model.set_refreshing(True)
    assert popup.updated_label.text() == "Updating…"
    assert not popup.refresh_button.isEnabled()


def test_banner_shows_a_whole_refresh_failure(popup: Popup, model: UsageViewModel) -> None:
    popup.show()
    model.set_banner("The account store cannot be read")
    assert popup.banner.isVisible()
    assert popup.banner.text() == "The account store cannot be read"


def test_keyboard_refresh_and_focus(qtbot: QtBot, popup: Popup, model: UsageViewModel) -> None:
    model.set_usages([oauth()], NOW)
    popup.show_at(QRect(1200, 0, 24, 24))
    qtbot.waitUntil(popup.isVisible)
    assert popup.focusWidget() is popup.refresh_button
    with qtbot.waitSignal(popup.refresh_requested):
        qtbot.keyClick(popup, Qt.Key.Key_F5)  # type: ignore[no-untyped-call]


def test_popup_uses_palette_colours_not_hard_coded_white(popup: Popup) -> None:
    assert "#fff" not in popup.styleSheet().lower()
    assert "white" not in popup.styleSheet().lower()
    assert "palette(window)" in popup.styleSheet()


def test_cards_are_rebuilt_not_duplicated(popup: Popup, model: UsageViewModel) -> None:
    model.set_usages([oauth("A"), oauth("B")], NOW)
    model.set_usages([oauth("A")], NOW)
    assert [card.model.name for card in popup.cards] == ["A"]
    assert (
        len([w for w in popup.findChildren(QLabel) if w.text() == "B" and w.isVisibleTo(popup)])
        == 0
    )


# ---------------------------------------------------------------- placement

SCREEN = QRect(0, 0, 1280, 800)
SIZE = QSize(380, 500)


def test_below_an_icon_in_a_top_panel_clamped_to_the_right_edge() -> None:
    point = popup_position(QRect(1250, 4, 24, 24), SIZE, SCREEN)
    assert point.y() == 4 + 24 + 6
    assert point.x() + SIZE.width() <= SCREEN.right() + 1
    assert point.x() == 1280 - 380 - 6


def test_above_an_icon_in_a_bottom_panel() -> None:
    point = popup_position(QRect(600, 770, 24, 24), SIZE, QRect(0, 0, 1280, 766))
    assert point.y() + SIZE.height() <= 766
    assert abs(point.x() + SIZE.width() // 2 - 612) <= 1


def test_unknown_icon_geometry_uses_the_cursor() -> None:
    point = popup_position(QRect(), SIZE, SCREEN, cursor=QPoint(100, 10))
    assert point == QPoint(6, 17)


def test_always_on_screen() -> None:
    for anchor in (QRect(-50, -50, 10, 10), QRect(5000, 5000, 10, 10), QRect(0, 400, 24, 24)):
        point = popup_position(anchor, SIZE, SCREEN)
        assert SCREEN.contains(QRect(point, SIZE))


def test_unchanged_cards_are_kept_and_countdowns_move_on(
    qtbot: QtBot, model: UsageViewModel
) -> None:
    clock = {"now": NOW}
    popup = Popup(model, clock=lambda: clock["now"])
    qtbot.addWidget(popup)
    model.set_usages([oauth("Work", 37)], NOW)
    first = popup.cards[0]
    model.set_usages([oauth("Work", 37)], NOW)
    assert popup.cards[0] is first  # same content: the widget (and any open menu) survives
    popup.show()
    clock["now"] = NOW + timedelta(minutes=5)
    popup._tick()
    assert popup.cards[0] is not first
    assert "resets in 2 h 7 m (17:59)" in texts(popup.cards[0])


def test_popup_fits_its_content_after_changes_while_hidden(
    qtbot: QtBot, popup: Popup, model: UsageViewModel
) -> None:
    model.set_usages([oauth("A")], NOW)
    popup.show_at(QRect(1250, 0, 24, 24))
    qtbot.waitUntil(popup.isVisible)
    small = popup.height()
    popup.hide()
    model.set_usages([oauth("A"), oauth("B")], NOW)
    popup.show_at(QRect(1250, 0, 24, 24))
    qtbot.waitUntil(popup.isVisible)
    assert popup.cards_scroll.height() >= popup.cards_host.sizeHint().height()
    assert popup.height() > small
    model.set_usages([oauth("A")], NOW)
    assert popup.height() == small


# ---------------------------------------------------------------- window kind (Wayland)


def test_grabbing_popup_everywhere_but_wayland() -> None:
    assert uses_grabbing_popup("xcb")
    assert uses_grabbing_popup("windows")
    assert uses_grabbing_popup("cocoa")
    assert not uses_grabbing_popup("wayland")
    assert not uses_grabbing_popup("wayland-egl")


def test_wayland_popup_is_a_frameless_top_level_window(qtbot: QtBot, model: UsageViewModel) -> None:
    """Qt refuses a grabbing Qt.Popup without a parent window on Wayland: a plain window."""
    popup = Popup(model, clock=lambda: NOW, grabbing=False)
    qtbot.addWidget(popup)
    assert popup.windowType() == Qt.WindowType.Window
    assert popup.windowFlags() & Qt.WindowType.FramelessWindowHint
    grabbing = Popup(model, clock=lambda: NOW, grabbing=True)
    qtbot.addWidget(grabbing)
    assert grabbing.windowType() == Qt.WindowType.Popup


@pytest.fixture
def top_level_popup(qtbot: QtBot, model: UsageViewModel) -> Popup:
    model.set_usages([oauth()], NOW)
    popup = Popup(model, clock=lambda: NOW, grabbing=False)
    qtbot.addWidget(popup)
    popup.show_at(QRect())
    qtbot.waitUntil(popup.isActiveWindow)
    return popup


def test_top_level_popup_takes_focus_and_closes_on_escape(
    qtbot: QtBot, top_level_popup: Popup
) -> None:
    assert top_level_popup.focusWidget() is top_level_popup.refresh_button
    qtbot.keyClick(top_level_popup, Qt.Key.Key_Escape)  # type: ignore[no-untyped-call]
    assert not top_level_popup.isVisible()
    QApplication.processEvents()  # the posted release of the native window
    top_level_popup.show_at(QRect())  # and again, with the keyboard again
    qtbot.waitUntil(top_level_popup.isActiveWindow)
    qtbot.keyClick(top_level_popup, Qt.Key.Key_Escape)  # type: ignore[no-untyped-call]
    assert not top_level_popup.isVisible()


def test_top_level_popup_closes_when_another_window_takes_focus(
    qtbot: QtBot, top_level_popup: Popup
) -> None:
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not top_level_popup.isVisible())
    assert top_level_popup.last_hidden_at == NOW


def test_reopened_top_level_popup_still_closes_when_focus_moves(
    qtbot: QtBot, top_level_popup: Popup
) -> None:
    """Shown a second time, it must still learn that it lost the keyboard (Qt kept the
    hidden window's focus state; it now starts from a fresh native window each time)."""
    qtbot.keyClick(top_level_popup, Qt.Key.Key_Escape)  # type: ignore[no-untyped-call]
    QApplication.processEvents()
    top_level_popup.show_at(QRect())
    qtbot.waitUntil(top_level_popup.isActiveWindow)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not top_level_popup.isVisible())


def test_top_level_popup_ignores_moves(qtbot: QtBot, model: UsageViewModel) -> None:
    """Wayland places windows itself; the popup does not pretend to (no move, no clamp)."""
    popup = Popup(model, clock=lambda: NOW, grabbing=False)
    qtbot.addWidget(popup)
    popup.move(QPoint(17, 23))
    popup.show_at(QRect(1250, 0, 24, 24))
    qtbot.waitUntil(popup.isVisible)
    assert popup.pos() == QPoint(17, 23)

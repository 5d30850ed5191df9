"""The popup's widgets show what the view-model says, and sit next to the icon on screen."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from core.models import AccountStatus, AdminUsage, ModelUsage
from tests.tray.helpers import NOW, oauth, window
from tray.cards import AccountCard
from tray.limit_widgets import BindingChipRow
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


def test_oauth_row_shows_name_bars_and_reset_and_details_on_demand(
    popup: Popup, model: UsageViewModel
) -> None:
    model.set_usages([oauth("Work", 37, sonnet=window(12, hours=90))], NOW)
    (card,) = popup.cards
    row = texts(card)
    assert row == ["Work", "37 %", "64 %", "2 h 12 m"]  # the row: a glance
    assert card.session_bar.percent == 37
    assert card.week_bar.percent == 64
    assert card.reset_label.toolTip() == "The session resets at 17:59"
    assert not card.state_label.isVisibleTo(card)
    assert not card.details.isVisibleTo(card)
    card.set_expanded(True)
    shown = texts(card)
    for expected in (
        "dev@example.com · Max 5×",
        "Session (5 h)",
        "resets in 2 h 12 m (17:59)",
        "Week · Sonnet",
        "12 %",
    ):
        assert expected in shown
    assert [row.bar.percent for row in card.bar_rows] == [12]


def test_not_started_row(popup: Popup, model: UsageViewModel) -> None:
    model.set_usages([oauth("Fresh", window(0, hours=None), weekly=None)], NOW)
    card = popup.cards[0]
    assert texts(card) == ["Fresh", "—", "—"]
    card.set_expanded(True)
    assert "Session (5 h)" in texts(card)
    assert "not started" in texts(card)
    assert "0 %" not in texts(card)


def test_error_row_says_what_and_offers_the_fix(popup: Popup, model: UsageViewModel) -> None:
    usage = oauth(
        "Old",
        status=AccountStatus.LOGIN_EXPIRED,
        stale=True,
        fetched_at=NOW - timedelta(minutes=10),
    )
    model.set_usages([usage], NOW)
    card = popup.cards[0]
    assert card.state_label.isVisibleTo(card)
    assert "Claude Code login expired" in card.state_label.text()
    assert card.dot.severity is not None
    assert card.action_button.text() == "Retry"  # after running `claude`
    assert card.dot.stale  # old values are marked (a ring), not faded
    card.set_expanded(True)
    assert any("Stale — showing values from 15:37" in text for text in texts(card))
    assert card.session_bar.dimmed


def test_sign_in_again_is_a_button_on_the_row(
    qtbot: QtBot, popup: Popup, model: UsageViewModel
) -> None:
    model.set_usages([oauth("Work", status=AccountStatus.NEEDS_SIGN_IN)], NOW)
    card = popup.cards[0]
    assert card.state_label.text().endswith("Needs sign-in")
    assert card.action_button.isVisibleTo(card)
    assert card.action_button.text() == "Sign in again"
    with qtbot.waitSignal(popup.sign_in_again_requested) as again:
        card.action_button.click()
    assert again.args == ["Work"]


def test_admin_row(popup: Popup, model: UsageViewModel) -> None:
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
    card = popup.cards[0]
    assert texts(card) == ["Org", "$45.50 spent since 01 Nov"]
    card.set_expanded(True)
    shown = texts(card)
    for expected in (
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
    assert not card.session_bar.isVisibleTo(card)


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
    actions = {action.text(): action for action in menu.actions() if action.isVisible()}
    assert list(actions) == ["Sign in again…", "&Rename…", "Re&move…"]
    with qtbot.waitSignal(popup.rename_requested) as renamed:
        actions["&Rename…"].trigger()
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
    assert not popup.retry_button.isVisible()  # retrying would not help


def test_an_outage_is_one_banner_with_retry_not_a_line_on_every_card(
    qtbot: QtBot, popup: Popup, model: UsageViewModel
) -> None:
    popup.show()
    offline = [
        oauth(name, status=AccountStatus.OFFLINE, stale=True, fetched_at=NOW - timedelta(minutes=6))
        for name in ("A", "B")
    ]
    model.set_usages(offline, NOW - timedelta(minutes=5), next_poll=NOW + timedelta(minutes=1))
    model.set_usages(offline, NOW, next_poll=NOW + timedelta(minutes=5))
    assert popup.banner.text() == "Can't reach Anthropic since 15:42 · retrying 15:52"
    assert popup.retry_button.isVisible()
    assert all(not card.state_label.isVisibleTo(card) for card in popup.cards)
    assert popup.updated_label.text() == "Data from 15:41 (6 m ago)"  # not "Updated just now"
    with qtbot.waitSignal(popup.refresh_requested):
        popup.retry_button.click()


def test_keyboard_refresh_and_focus(qtbot: QtBot, popup: Popup, model: UsageViewModel) -> None:
    model.set_usages([oauth()], NOW)
    popup.show_at(QRect(1200, 0, 24, 24))
    qtbot.waitUntil(popup.isVisible)
    assert popup.focusWidget() is popup.cards[0]  # the keyboard starts on the first account
    with qtbot.waitSignal(popup.refresh_requested):
        qtbot.keyClick(popup, Qt.Key.Key_F5)  # type: ignore[no-untyped-call]


def test_keyboard_moves_between_rows_and_opens_them(
    qtbot: QtBot, popup: Popup, model: UsageViewModel
) -> None:
    model.set_usages([oauth("A", 90), oauth("B", 50), oauth("C", 10)], NOW)
    popup.show_at(QRect(1200, 0, 24, 24))
    qtbot.waitUntil(popup.isVisible)
    first, second, third = popup.cards
    assert popup.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Down)  # type: ignore[no-untyped-call]
    assert popup.focusWidget() is second
    qtbot.keyClick(second, Qt.Key.Key_Down)  # type: ignore[no-untyped-call]
    qtbot.keyClick(third, Qt.Key.Key_Down)  # type: ignore[no-untyped-call]  # stays on the last
    assert popup.focusWidget() is third
    qtbot.keyClick(third, Qt.Key.Key_Up)  # type: ignore[no-untyped-call]
    assert popup.focusWidget() is second
    qtbot.keyClick(second, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    assert second.details.isVisible()
    assert popup.expanded == {"B"}
    qtbot.keyClick(second, Qt.Key.Key_Space)  # type: ignore[no-untyped-call]
    assert not second.details.isVisible()
    tab_order = []
    widget = popup.focusWidget()
    for _ in range(4):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()):
            widget = widget.nextInFocusChain()
        tab_order.append(widget)
    assert second.menu_button in tab_order  # Tab reaches the row's menu, then the next row
    assert third in tab_order


def test_footer_buttons_have_mnemonics(popup: Popup) -> None:
    texts = [b.text() for b in (popup.refresh_button, popup.add_button, popup.settings_button)]
    assert all("&" in text for text in texts)
    letters = {text[text.index("&") + 1].lower() for text in [*texts, popup.quit_button.text()]}
    assert len(letters) == 4  # one letter each


def test_popup_uses_theme_colours(popup: Popup) -> None:
    from tray.theme import current_theme

    theme = current_theme(popup.palette())
    assert theme.window in popup.styleSheet()
    assert theme.focus in popup.styleSheet()  # the focus ring
    assert "white" not in popup.styleSheet().lower()


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


def test_rows_are_updated_in_place_under_an_open_menu(qtbot: QtBot, model: UsageViewModel) -> None:
    clock = {"now": NOW}
    popup = Popup(model, clock=lambda: clock["now"])
    qtbot.addWidget(popup)
    model.set_usages([oauth("Work", 37), oauth("Home", 20)], NOW)
    popup.show_at(QRect(1200, 0, 24, 24))
    qtbot.waitUntil(popup.isVisible)
    first = popup.card("Work")
    assert first is not None
    menu = first.menu_button.menu()
    menu.popup(first.menu_button.mapToGlobal(first.menu_button.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    model.set_usages([oauth("Work", 55), oauth("Home", 96)], NOW)  # a refresh
    clock["now"] = NOW + timedelta(minutes=5)
    popup._tick()  # and a tick
    assert popup.card("Work") is first  # the same widget: nothing rebuilt
    assert menu.isVisible()
    assert first.session_bar.percent == 55
    assert first.reset_label.text() == "2 h 7 m"
    # while shown the rows keep their places (Home is now fuller, but the list stays still)
    assert [card.model.name for card in popup.cards] == ["Work", "Home"]
    menu.hide()
    popup.hide()
    popup.show_at(QRect(1200, 0, 24, 24))
    assert [card.model.name for card in popup.cards] == ["Home", "Work"]  # reordered when shown


def test_refreshes_that_move_every_figure_build_no_widgets(
    qtbot: QtBot, model: UsageViewModel
) -> None:
    """Each refresh moves every figure (the percents, the binding limit's, this hour's
    peak in the chart) and each tick every countdown; the popup shows them in the widgets
    it has. Nothing is built or deleted: each widget built anew cost memory that PySide6
    never gave back (the soak, issue 17), and took the focus or a menu with it."""
    clock = {"now": NOW}
    popup = Popup(model, clock=lambda: clock["now"])
    qtbot.addWidget(popup)
    hour = NOW.replace(minute=0)

    def refresh(step: int) -> None:
        weekly = window(70 + step, hours=90)
        model.set_usages([oauth("Work", 20 + step, weekly=weekly), oauth("Home", 5 + step)], NOW)
        earlier = [(hour - timedelta(hours=h), 10.0 + h) for h in (3, 2, 1)]
        model.set_histories(
            {"Work": {"five_hour": [*earlier, (hour, 20.0 + step)], "seven_day": earlier}}
        )
        clock["now"] = NOW + timedelta(seconds=step)
        popup._tick()

    refresh(0)
    popup.show_at(QRect(1200, 0, 24, 24))
    qtbot.waitUntil(popup.isVisible)
    work = popup.card("Work")
    assert work is not None
    work.set_expanded(True)
    chart, chip = work.chart_row, work.limits_box.findChild(BindingChipRow)
    assert chart is not None
    assert chip is not None
    work.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the chart's first build
    objects, widgets = len(popup.findChildren(QObject)), len(QApplication.allWidgets())

    for step in range(1, 11):
        refresh(step)
    assert popup.focusWidget() is work
    menu = work.menu_button.menu()
    menu.popup(work.menu_button.mapToGlobal(work.menu_button.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    for step in range(11, 21):
        refresh(step)
    assert menu.isVisible()

    # Replaced widgets would still be here, hidden and waiting for their deferred deletion.
    assert len(popup.findChildren(QObject)) == objects
    assert len(QApplication.allWidgets()) == widgets
    assert (work.chart_row, work.limits_box.findChild(BindingChipRow)) == (chart, chip)
    assert chart.sparkline.chart.summary == "Last 7 days · session peak 40 % · week peak 13 %"
    assert chip.text().startswith("Holding you back: weekly limit 90 %")
    assert work.session_bar.percent == 40
    menu.hide()


def test_rows_are_ordered_attention_then_fullest_first(popup: Popup, model: UsageViewModel) -> None:
    model.set_usages(
        [
            oauth("Calm", 10),
            oauth("Busy", 97),
            oauth("Broken", 5, status=AccountStatus.NEEDS_SIGN_IN),
            oauth("Mid", 60),
        ],
        NOW,
    )
    assert [card.model.name for card in popup.cards] == ["Broken", "Busy", "Mid", "Calm"]
    model.set_keep_order(["Calm", "Mid", "Busy", "Broken"])
    assert [card.model.name for card in popup.cards] == ["Calm", "Mid", "Busy", "Broken"]


def test_opens_scrolled_to_the_top_and_a_new_account_is_revealed(
    qtbot: QtBot, popup: Popup, model: UsageViewModel
) -> None:
    popup.available_height = lambda: 500  # type: ignore[method-assign]  # a small screen
    model.set_usages([oauth(f"A{i}", 90 - i) for i in range(14)], NOW)
    popup.show_at(QRect(1200, 0, 24, 24))
    qtbot.waitUntil(popup.isVisible)
    bar = popup.cards_scroll.verticalScrollBar()
    assert bar.maximum() > 0  # 14 rows on a small screen: it scrolls
    bar.setValue(bar.maximum())
    popup.hide()
    popup.show_at(QRect(1200, 0, 24, 24))
    assert bar.value() == 0  # opens at the top, where the account that matters is
    model.set_usages([*model.usages, oauth("Zed", 1)], NOW)
    popup.reveal("Zed")
    zed = popup.card("Zed")
    assert zed is not None
    assert zed.property("fresh") is True
    assert bar.value() > 0  # scrolled to it
    assert popup.focusWidget() is zed
    qtbot.waitUntil(lambda: zed.property("fresh") is False, timeout=5000)


def test_ten_accounts_fit_an_800_px_screen_without_scrolling(
    qtbot: QtBot, popup: Popup, model: UsageViewModel
) -> None:
    popup.available_height = lambda: 800 - 32  # type: ignore[method-assign]  # a panel
    model.set_usages([oauth(f"Account {i}", 9 * i) for i in range(10)], NOW)
    popup.show_at(QRect(1200, 0, 24, 24))
    qtbot.waitUntil(popup.isVisible)
    assert popup.cards_scroll.verticalScrollBar().maximum() == 0
    assert popup.height() <= 0.6 * 800
    assert all(
        card.visibleRegion().boundingRect().height() == card.height() for card in popup.cards
    )


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
    assert top_level_popup.focusWidget() is top_level_popup.cards[0]
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


def test_column_heads_sit_over_the_bars_even_when_the_first_row_has_none(
    qtbot: QtBot, popup: Popup, model: UsageViewModel
) -> None:
    broken = oauth("Old", None, weekly=None, status=AccountStatus.NEEDS_SIGN_IN)
    model.set_usages([broken, oauth("Work", 50)], NOW)
    popup.show_at(QRect(1200, 0, 24, 24))
    qtbot.waitUntil(popup.isVisible)
    work = popup.card("Work")
    assert work is not None
    assert popup.cards[0].model.name == "Old"  # attention first, and it has no bars
    for head, column in (
        (popup.heads.session_head, work.session_bar),
        (popup.heads.week_head, work.week_bar),
        (popup.heads.reset_head, work.reset_label),
    ):
        assert head.mapTo(popup, QPoint(0, 0)).x() == column.mapTo(popup, QPoint(0, 0)).x()


def test_square_corners_without_a_compositor(
    qtbot: QtBot, model: UsageViewModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A translucent corner shows black on an X server that composites nothing."""
    import tray.popup

    monkeypatch.setattr(tray.popup, "has_compositor", lambda: False)
    square = Popup(model, clock=lambda: NOW)
    qtbot.addWidget(square)
    assert not square.testAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
    assert "border-radius: 0px" in square.styleSheet()
    monkeypatch.setattr(tray.popup, "has_compositor", lambda: True)
    rounded = Popup(model, clock=lambda: NOW)
    qtbot.addWidget(rounded)
    assert rounded.testAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
    assert "border-radius: 10px" in rounded.styleSheet()

"""The popup next to the tray icon: one card per account, and a footer with the actions.

It closes on a click elsewhere or Escape, takes keyboard focus, and is placed by
:func:`popup_position` next to the icon, clamped to the screen's available area.

Two window kinds, chosen by :func:`uses_grabbing_popup`. On X11, Windows and macOS a
``Qt.Popup``: it grabs the pointer, so a click anywhere else closes it, even on a bare X server
without a window manager. On Wayland a grabbing popup must be the child of a window that
has just received input, and a tray icon (a StatusNotifierItem drawn by the panel) has no
window: Qt refuses it ("Failed to create grabbing popup") and a click on the icon does nothing.
There the popup is a frameless top-level window instead. Wayland does not let a client choose
where its windows go, so the compositor places it (sway floats it, as its width is fixed);
it hides when it loses keyboard focus (a click elsewhere) or on Escape.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QHideEvent,
    QIcon,
    QKeyEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .cards import AccountCard, ColumnHeads, _label, fit_wrapped, secondary_color
from .desktop import has_compositor
from .theme import Theme, current_theme
from .viewmodel import CardModel, UsageViewModel, legacy_import_text

__all__ = [
    "MAX_SCREEN_SHARE",
    "POPUP_WIDTH",
    "EmptyState",
    "Popup",
    "popup_position",
    "popup_style",
    "uses_grabbing_popup",
]

POPUP_WIDTH = 456
GAP = 6
MAX_SCREEN_SHARE = 0.6  # the popup is a glance: never taller than this share of the screen
HIGHLIGHT_MS = 2500  # how long a newly added account stays highlighted
ACCOUNT_MIME = "application/x-claude-usage-account"  # a row dragged to a new place


def popup_style(theme: Theme, rounded: bool) -> str:
    """The popup's style sheet in ``theme``'s colours; square corners without a compositor
    (a translucent corner would show black on an X server that composites nothing)."""
    radius = 10 if rounded else 0
    card_radius = 7 if rounded else 2
    return f"""
#popupRoot {{ background: {theme.window}; border: 1px solid {theme.border};
  border-radius: {radius}px; }}
#card {{ background: {theme.card}; border: 2px solid {theme.card}; border-radius: {card_radius}px;
  outline: none; }}
#card:hover {{ border-color: {theme.border}; }}
#card:focus {{ border-color: {theme.focus}; }}
#card[fresh="true"] {{ background: {theme.highlight}; }}
#banner {{ background: {theme.card}; border: 1px solid {theme.border}; border-radius: 6px; }}
QScrollArea, #cardsHost {{ background: transparent; border: none; }}
"""


def uses_grabbing_popup(platform_name: str | None = None) -> bool:
    """Whether the popup can be a ``Qt.Popup`` on this Qt platform (all but Wayland)."""
    name = QGuiApplication.platformName() if platform_name is None else platform_name
    return not name.startswith("wayland")


def popup_position(
    anchor: QRect, size: QSize, available: QRect, cursor: QPoint | None = None
) -> QPoint:
    """Where the popup's top-left goes: beside the tray icon, entirely on screen.

    The icon's geometry may be empty (some Linux panels do not report it); then the cursor,
    else the top-right corner of the screen, stands in for it.
    """
    if anchor.isEmpty():
        point = cursor if cursor is not None else available.topRight()
        anchor = QRect(point, QSize(1, 1))
    below = anchor.center().y() < available.center().y()
    y = anchor.bottom() + 1 + GAP if below else anchor.top() - size.height() - GAP
    x = anchor.center().x() - size.width() // 2
    if anchor.right() < available.left() or anchor.left() > available.right():
        y = anchor.center().y() - size.height() // 2  # a vertical panel beside the screen
    x = min(max(x, available.left() + GAP), available.right() + 1 - size.width() - GAP)
    y = min(max(y, available.top() + GAP), available.bottom() + 1 - size.height() - GAP)
    return QPoint(x, y)


class EmptyState(QWidget):
    """First run: how to add the first account."""

    link_requested = Signal()
    sign_in_requested = Signal()
    admin_requested = Signal()
    paste_requested = Signal()
    import_requested = Signal()
    import_dismissed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.claude_code_found = False
        self.legacy_count = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 8)
        layout.setSpacing(8)
        title = _label(self.tr("Add your first account"), point_delta=2, bold=True)
        layout.addWidget(title)
        intro = _label(
            self.tr(
                "Claude Usage shows how much of your Claude limits you have used. "
                "Choose how to connect an account:"
            ),
            muted=True,
        )
        layout.addWidget(fit_wrapped(intro, POPUP_WIDTH - 40))
        layout.addLayout(self._import_row())
        self.link_button = QPushButton(self.tr("&Use Claude Code's login"))
        self.link_button.setToolTip(
            self.tr("Track the account Claude Code is signed in to (read-only)")
        )
        self.link_button.clicked.connect(self.link_requested)
        self.sign_in_button = QPushButton(self.tr("Sign &in with Claude…"))
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        self.admin_button = QPushButton(self.tr("Add an Ad&min API key…"))
        self.admin_button.clicked.connect(self.admin_requested)
        self.paste_button = QPushButton(self.tr("&Paste credentials (advanced)…"))
        self.paste_button.setToolTip(
            self.tr(
                "For a login from another computer. Not Claude Code's login on this one: "
                "use the first choice for that"
            )
        )
        self.paste_button.clicked.connect(self.paste_requested)
        for button in (self.link_button, self.sign_in_button, self.admin_button, self.paste_button):
            layout.addWidget(button)
        self.link_button.setVisible(False)
        self._update_default()

    def _import_row(self) -> QHBoxLayout:
        """The offer to import the TypeScript library's accounts (hidden unless found)."""
        row = QHBoxLayout()
        row.setSpacing(6)
        self.import_button = QPushButton(legacy_import_text(0))
        self.import_button.setToolTip(
            self.tr(
                "Copy the accounts saved by claude-usage-core (~/.claude-usage/accounts.enc); "
                "that file is only read"
            )
        )
        self.import_button.clicked.connect(self.import_requested)
        # A small ✕: a "Dismiss" button beside the long import text would not fit the popup.
        self.dismiss_import_button = QToolButton()
        self.dismiss_import_button.setText("✕")
        self.dismiss_import_button.setAutoRaise(True)
        self.dismiss_import_button.setToolTip(self.tr("Dismiss: don't offer these accounts again"))
        self.dismiss_import_button.setAccessibleName(self.tr("Dismiss the import offer"))
        self.dismiss_import_button.clicked.connect(self.import_dismissed)
        row.addWidget(self.import_button, 1)
        row.addWidget(self.dismiss_import_button)
        self.import_button.hide()
        self.dismiss_import_button.hide()
        return row

    def set_claude_code_found(self, found: bool) -> None:
        self.claude_code_found = found
        self.link_button.setVisible(found)
        self._update_default()

    def set_legacy_offer(self, count: int) -> None:
        """Offer to import ``count`` accounts of claude-usage-core (0: no offer)."""
        self.legacy_count = count
        self.import_button.setText(legacy_import_text(count))
        self.import_button.setVisible(count > 0)
        self.dismiss_import_button.setVisible(count > 0)
        self._update_default()
        layout = self.layout()
        if layout is not None:  # the row is a nested layout: re-measure it before the popup
            layout.invalidate()  # sizes itself (posted layout requests come too late)
            layout.activate()

    def _update_default(self) -> None:
        """Enter picks the most likely way: import what was found, else link, else sign in."""
        offered = self.legacy_count > 0
        self.import_button.setDefault(offered)
        self.link_button.setDefault(not offered and self.claude_code_found)
        self.sign_in_button.setDefault(not offered and not self.claude_code_found)

    def first_choice(self) -> QPushButton:
        return next(
            button
            for button in (self.import_button, self.link_button, self.sign_in_button)
            if button.isDefault()
        )


class Popup(QWidget):
    """The usage popup. Emits signals; the app decides what they do.

    One compact row per account (see :class:`~tray.cards.AccountCard`), in the view-model's
    order: attention first, then the fullest. It is still while in use: rows update in
    place on every refresh and tick, and the order only changes while it is hidden (a new
    account is inserted at its place, scrolled to and highlighted). It opens scrolled to the
    top with the keyboard on the first row. :attr:`sections` is a slot under the rows for
    more (e.g. the local usage of Claude Code's folders).
    """

    refresh_requested = Signal()
    add_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()
    rename_requested = Signal(str)
    remove_requested = Signal(str)
    sign_in_again_requested = Signal(str)
    link_requested = Signal()
    sign_in_requested = Signal()
    admin_requested = Signal()
    paste_requested = Signal()
    import_requested = Signal()
    import_dismissed = Signal()
    visibility_changed = Signal(bool)
    order_changed = Signal(list)  # the names, top first, after a drag or Alt+↑/↓

    def __init__(
        self,
        model: UsageViewModel,
        icon: QIcon | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        grabbing: bool | None = None,
    ) -> None:
        self.grabbing = uses_grabbing_popup() if grabbing is None else grabbing
        kind = Qt.WindowType.Popup if self.grabbing else Qt.WindowType.Window
        super().__init__(None, kind | Qt.WindowType.FramelessWindowHint)
        self.model = model
        self.clock = clock
        self.rounded = has_compositor()
        if self.rounded:
            self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setWindowTitle(self.tr("Claude Usage"))
        self.setAccessibleName(self.tr("Claude usage"))
        self.setFixedWidth(POPUP_WIDTH)
        self.cards: list[AccountCard] = []  # in the order shown
        self.expanded: set[str] = set()  # accounts whose details are open
        # When it last closed because the user clicked elsewhere (see :meth:`dismiss`).
        self.last_hidden_at: datetime | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        root = self.root = QFrame()
        root.setObjectName("popupRoot")
        outer.addWidget(root)
        self._restyle()
        layout = QVBoxLayout(root)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(self._title_row(icon))
        layout.addWidget(self._banner())
        layout.addWidget(self._cards_area(), 1)
        self.empty = EmptyState()
        self._connect_empty()
        layout.addWidget(self.empty)
        self.sections = QVBoxLayout()  # more under the rows (other modules add widgets)
        self.sections.setSpacing(6)
        layout.addLayout(self.sections)
        layout.addLayout(self._footer())
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._fresh_timer = QTimer(self)
        self._fresh_timer.setSingleShot(True)
        self._fresh_timer.timeout.connect(self._clear_fresh)
        model.subscribe(self.update_from_model)
        self.update_from_model()

    # ------------------------------------------------------------ building

    def _title_row(self, icon: QIcon | None) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        if icon is not None and not icon.isNull():
            logo = QLabel()
            logo.setPixmap(icon.pixmap(20, 20))
            row.addWidget(logo)
        row.addWidget(_label(self.tr("Claude Usage"), point_delta=1.5, bold=True))
        row.addStretch(1)
        self.updated_label = _label("", point_delta=-1, muted=True)
        # No accessible name: it would replace the text ("Updated 5 s ago") screen readers read.
        self.updated_label.setAccessibleDescription(self.tr("How old the figures shown are"))
        row.addWidget(self.updated_label)
        return row

    def _banner(self) -> QFrame:
        """One line for what concerns every account (an outage, a failed import), with a
        Retry button when fetching again may help."""
        frame = self.banner_frame = QFrame()
        frame.setObjectName("banner")
        row = QHBoxLayout(frame)
        row.setContentsMargins(10, 6, 6, 6)
        row.setSpacing(8)
        self.banner = _label("", point_delta=-0.5)
        self.banner.setWordWrap(True)
        self.banner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.banner, 1)
        self.retry_button = QPushButton(self.tr("Re&try"))
        self.retry_button.setToolTip(self.tr("Fetch usage now"))
        self.retry_button.clicked.connect(self.refresh_requested)
        row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        frame.hide()
        return frame

    def _cards_area(self) -> QScrollArea:
        self.cards_scroll = QScrollArea()
        self.cards_scroll.setAccessibleName(self.tr("Accounts"))
        self.cards_scroll.setWidgetResizable(True)
        self.cards_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        host = self.cards_host = _CardsHost(self)
        host.setObjectName("cardsHost")
        self.cards_layout = QVBoxLayout(host)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(3)
        self.heads = ColumnHeads()
        self.cards_layout.addWidget(self.heads)
        self.cards_layout.addStretch(1)
        self.cards_scroll.setWidget(host)
        self.cards_scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return self.cards_scroll

    def _footer(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        actions.setSpacing(6)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Fetch usage now (F5)"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.add_button = QPushButton(self.tr("&Add account…"))
        self.add_button.clicked.connect(self.add_requested)
        self.settings_button = QPushButton(self.tr("&Settings…"))
        self.settings_button.clicked.connect(self.settings_requested)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.clicked.connect(self.quit_requested)
        for button in (self.refresh_button, self.add_button, self.settings_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        self.quit_button.setAutoDefault(False)
        actions.addWidget(self.quit_button)
        return actions

    def _connect_empty(self) -> None:
        self.empty.link_requested.connect(self.link_requested)
        self.empty.sign_in_requested.connect(self.sign_in_requested)
        self.empty.admin_requested.connect(self.admin_requested)
        self.empty.paste_requested.connect(self.paste_requested)
        self.empty.import_requested.connect(self.import_requested)
        self.empty.import_dismissed.connect(self.import_dismissed)

    def _restyle(self) -> None:
        self.setStyleSheet(popup_style(current_theme(QGuiApplication.palette()), self.rounded))

    def retheme(self) -> None:
        """The theme changed (the Appearance setting, the desktop's palette): new colours
        everywhere — the style sheet, muted texts, and rows built afresh in the new theme."""
        self._restyle()
        muted = secondary_color(self)
        for label in self.findChildren(QLabel):
            if label.property("muted"):
                palette = label.palette()
                palette.setColor(QPalette.ColorRole.WindowText, muted)
                label.setPalette(palette)
        for card in list(self.cards):
            self._drop(card)
        self._apply_model()
        if self.isVisible():
            self._fit_height()

    # ------------------------------------------------------------ model → widgets

    def update_from_model(self) -> None:
        """Follow the model; measuring the window waits until it is shown (a hidden popup
        follows every refresh, and :meth:`show_at` sizes it before showing it)."""
        self._apply_model()
        if self.isVisible():
            self._fit_height()

    def _apply_model(self) -> None:
        now = self.clock()
        self._sync_cards(now)
        no_accounts = self.model.has_accounts is False
        self.empty.setVisible(no_accounts)
        self.cards_scroll.setVisible(not no_accounts)
        text = self.model.banner_text(now)
        self.banner_frame.setVisible(bool(text))
        self.banner.setText(text or "")
        fit_wrapped(self.banner, POPUP_WIDTH - 140)
        self.retry_button.setVisible(self.model.outage is not None and not self.model.banner)
        self.retry_button.setEnabled(not self.model.refreshing)
        self.refresh_button.setEnabled(not self.model.refreshing)
        self.refresh_button.setVisible(not no_accounts)
        self.updated_label.setVisible(not no_accounts)
        self.updated_label.setText(self.model.updated_text(now))  # the cards are current
        self.heads.setVisible(any(not card.session_bar.isHidden() for card in self.cards))

    def _sync_cards(self, now: datetime) -> list[str]:
        """Bring the rows in line with the model, in place: existing rows get their new
        values, new accounts a new row, removed ones lose theirs. Returns the new names."""
        models = self.model.cards(now)
        wanted = {model.name: model for model in models}
        for card in [card for card in self.cards if card.model.name not in wanted]:
            self._drop(card)
        shown = {card.model.name: card for card in self.cards}
        added: list[str] = []
        for model in models:
            existing = shown.get(model.name)
            if existing is None:
                shown[model.name] = self._new_card(model)
                added.append(model.name)
            elif existing.model != model:
                existing.set_model(model)
        self._arrange([shown[model.name] for model in models])
        return added

    def _new_card(self, model: CardModel) -> AccountCard:
        card = AccountCard(model, expanded=model.name in self.expanded)
        card.rename_requested.connect(self.rename_requested)
        card.remove_requested.connect(self.remove_requested)
        card.sign_in_requested.connect(self.sign_in_again_requested)
        card.retry_requested.connect(self.refresh_requested)
        card.expanded_changed.connect(self._expanded_changed)
        card.step_requested.connect(lambda step, card=card: self._step(card, step))
        card.move_requested.connect(self._move)
        card.drag_requested.connect(lambda card=card: self.cards_host.start_drag(card))
        card.setProperty("fresh", False)
        return card

    def _drop(self, card: AccountCard) -> None:
        self.cards_layout.removeWidget(card)
        self.cards.remove(card)
        card.hide()
        card.deleteLater()

    def _arrange(self, ordered: list[AccountCard]) -> None:
        """Lay the rows out in ``ordered``, except while the popup is shown: then rows the
        user sees keep their places (a list that jumps under the pointer is no glance), and
        only new rows go to their place in the order."""
        if self.isVisible() and self.model.keep_order is None:
            kept = [card for card in self.cards if card in ordered]
            for card in ordered:
                if card not in kept:
                    kept.insert(min(ordered.index(card), len(kept)), card)
            ordered = kept
        if ordered == self.cards and all(card.parent() is self.cards_host for card in ordered):
            return
        for index, card in enumerate(ordered):
            self.cards_layout.insertWidget(index + 1, card)  # after the column heads
            card.show()  # now, not queued: the height is measured right after
        self.cards = ordered

    def _expanded_changed(self, name: str, expanded: bool) -> None:
        if expanded:
            self.expanded.add(name)
        else:
            self.expanded.discard(name)
        if self.isVisible():
            self._fit_height()
            if expanded:  # once laid out; the popup as context: no call after it is gone
                QTimer.singleShot(0, self, lambda: self._scroll_to(name))

    def _scroll_to(self, name: str) -> None:
        card = self.card(name)  # looked up again: the row may have gone meanwhile
        if card is not None:
            self.cards_scroll.ensureWidgetVisible(card, 0, 0)

    def card(self, name: str) -> AccountCard | None:
        return next((card for card in self.cards if card.model.name == name), None)

    def _tick(self) -> None:
        """Every second while shown (the ticker runs only then): the age line, and
        countdowns that moved on, in place."""
        self._apply_model()

    # ------------------------------------------------------------ order, keyboard, reveal

    def _step(self, card: AccountCard, step: int) -> None:
        """↑/↓ on a row: the focus moves to the row above or below (and stays in the list)."""
        index = self.cards.index(card) + step
        if 0 <= index < len(self.cards):
            target = self.cards[index]
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self.cards_scroll.ensureWidgetVisible(target, 0, 0)

    def _move(self, name: str, step: int) -> None:
        """Alt+↑/↓ on a row: move that account (the user's own order from then on)."""
        names = [card.model.name for card in self.cards]
        index = names.index(name)
        target = min(max(index + step, 0), len(names) - 1)
        if target != index:
            names.insert(target, names.pop(index))
            self.order_changed.emit(names)

    def move_to(self, name: str, before: str | None) -> None:
        """A dropped row: ``name`` goes before ``before`` (None: to the end)."""
        names = [card.model.name for card in self.cards if card.model.name != name]
        names.insert(names.index(before) if before in names else len(names), name)
        if names != [card.model.name for card in self.cards]:
            self.order_changed.emit(names)

    def reveal(self, name: str) -> None:
        """Scroll to ``name``'s row and highlight it for a moment (a newly added account)."""
        card = self.card(name)
        if card is None:
            return
        self._clear_fresh()
        card.setProperty("fresh", True)
        card.style().unpolish(card)
        card.style().polish(card)
        self._fresh_timer.start(HIGHLIGHT_MS)
        self.cards_scroll.ensureWidgetVisible(card, 0, 0)
        card.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_fresh(self) -> None:
        for card in self.cards:
            if card.property("fresh"):
                card.setProperty("fresh", False)
                card.style().unpolish(card)
                card.style().polish(card)

    # ------------------------------------------------------------ size

    def _fit_height(self) -> None:
        """Show every row without scrolling when the screen is tall enough, but never take
        more than :data:`MAX_SCREEN_SHARE` of it.

        Heights are asked for at the popup's fixed width, so wrapped lines get their room,
        and from freshly invalidated layouts (Qt refreshes cached size hints only later,
        which would otherwise size the popup from the previous content).
        """
        inner = POPUP_WIDTH - 2 * 12 - 2
        for card in self.cards:  # a row's own layout keeps hints from before its change
            card.invalidate_layout()
        self.cards_layout.invalidate()
        if self.cards_layout.hasHeightForWidth():  # wrapped names: their height at this width
            wanted = self.cards_layout.totalHeightForWidth(inner)
        else:
            wanted = self.cards_host.sizeHint().height()
        self.cards_scroll.setFixedHeight(0)
        chrome = self._content_height()
        room = round(self.available_height() * MAX_SCREEN_SHARE)
        visible = 0 if self.model.has_accounts is False else min(wanted, max(120, room - chrome))
        self.cards_scroll.setFixedHeight(visible)
        self.resize(POPUP_WIDTH, self._content_height())
        self._place_heads()

    def _place_heads(self) -> None:
        """The column heads over the first row that has bars (none: no heads)."""
        with_bars = [card for card in self.cards if not card.session_bar.isHidden()]
        self.heads.setVisible(bool(with_bars))
        if with_bars:
            self.heads.place(with_bars[0])

    def available_height(self) -> int:
        """The height of the screen the popup is on, less panels."""
        screen = self.screen()
        return screen.availableGeometry().height() if screen else 800

    def _content_height(self) -> int:
        for layout in (self.root.layout(), self.layout()):
            if layout is not None:
                layout.invalidate()
                layout.activate()  # also lowers the window's minimum size when content shrank
        return max(self.root.sizeHint().height(), self.root.heightForWidth(POPUP_WIDTH))

    # ------------------------------------------------------------ showing

    def show_at(
        self, anchor: QRect, cursor: QPoint | None = None, account: str | None = None
    ) -> None:
        """Show next to ``anchor`` (the tray icon's geometry), on the screen it is on,
        scrolled to the top (or to ``account``'s row, from the tray menu)."""
        self._arrange_fresh()
        self._apply_model()
        self._fit_height()
        screen = self.screen()
        found = QGuiApplication.screenAt(anchor.center()) if not anchor.isEmpty() else None
        screen = found or (QGuiApplication.screenAt(cursor) if cursor else None) or screen
        available = screen.availableGeometry() if screen else QRect(0, 0, 1280, 800)
        if self.grabbing:  # a Wayland client cannot place its windows: moving is ignored
            self.move(popup_position(anchor, self.size(), available, cursor))
        self.show()
        self.raise_()
        self.activateWindow()
        self.cards_scroll.verticalScrollBar().setValue(0)
        self._place_heads()
        self._focus_first(account)

    def _arrange_fresh(self) -> None:
        """While hidden the rows take the model's order (attention and fullest first)."""
        if not self.isVisible():
            self._sync_cards(self.clock())

    def dismiss(self) -> None:
        """Close on purpose (Escape, a click on the icon while open). Unlike a close caused
        by a click elsewhere, it leaves no :attr:`last_hidden_at`: the next click on the icon
        opens the popup again, however soon it comes."""
        self.hide()
        self.last_hidden_at = None

    def _focus_first(self, account: str | None = None) -> None:
        """The keyboard starts on the row that matters most (or the one asked for)."""
        if self.empty.isVisible():
            self.empty.first_choice().setFocus(Qt.FocusReason.PopupFocusReason)
            return
        card = self.card(account) if account else (self.cards[0] if self.cards else None)
        if card is None:
            self.refresh_button.setFocus(Qt.FocusReason.PopupFocusReason)
            return
        card.setFocus(Qt.FocusReason.PopupFocusReason)
        if account:
            card.set_expanded(True)
            self.cards_scroll.ensureWidgetVisible(card, 0, 0)

    def showEvent(self, event: QShowEvent) -> None:
        self._ticker.start()
        super().showEvent(event)
        self.visibility_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        self._ticker.stop()
        self._fresh_timer.stop()  # a highlight is for now, not for the next opening
        self._clear_fresh()
        self.last_hidden_at = self.clock()
        super().hideEvent(event)
        self.visibility_changed.emit(False)
        if not self.grabbing:
            QTimer.singleShot(0, self, self._release_native_window)

    def _release_native_window(self) -> None:
        """Let the next show start from a fresh native window. Qt's Wayland plugin keeps a
        hidden window's keyboard-focus bookkeeping: shown again, the window never heard that
        it lost the focus, so a click elsewhere did not close it (seen on sway)."""
        handle = self.windowHandle()
        if handle is not None and not self.isVisible():
            handle.destroy()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        """A top-level popup closes when another window takes the keyboard, as a
        ``Qt.Popup`` does on a click elsewhere (its own menus and tooltips do not count:
        Qt keeps the popup active while they are open). A new palette (the Appearance
        setting, the desktop's theme) restyles it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.retheme()
        if (
            event.type() == QEvent.Type.ActivationChange
            and not self.grabbing
            and self.isVisible()
            and not self.isActiveWindow()
        ):
            self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        if event.key() == Qt.Key.Key_F5 or (
            event.key() == Qt.Key.Key_R and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.refresh_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.cards:
            index = 0 if event.key() == Qt.Key.Key_Down else len(self.cards) - 1
            self.cards[index].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().keyPressEvent(event)

    def texts(self) -> Sequence[str]:
        """Every visible text of the popup (for tests)."""
        return [
            label.text()
            for label in self.findChildren(QLabel)
            if label.text() and label.isVisibleTo(self)
        ]


class _CardsHost(QWidget):
    """The rows' parent: a row dragged with the mouse is dropped here at a new place."""

    def __init__(self, popup: Popup) -> None:
        super().__init__()
        self.popup = popup
        self.setAcceptDrops(True)

    def start_drag(self, card: AccountCard) -> None:
        mime = QMimeData()
        mime.setData(ACCOUNT_MIME, card.model.name.encode("utf-8"))
        drag = QDrag(card)
        drag.setMimeData(mime)
        drag.setPixmap(card.grab())
        drag.setHotSpot(QPoint(20, card.height() // 2))
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(ACCOUNT_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(ACCOUNT_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        name = bytes(event.mimeData().data(ACCOUNT_MIME).data()).decode("utf-8", "replace")
        self.popup.move_to(name, self.name_at(event.position().toPoint().y()))
        event.acceptProposedAction()

    def name_at(self, y: int) -> str | None:
        """The row a drop at height ``y`` goes before (None: after the last)."""
        for card in self.popup.cards:
            if y < card.geometry().center().y():
                return card.model.name
        return None

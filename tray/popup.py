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

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QHideEvent, QIcon, QKeyEvent, QShowEvent
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

from .cards import AccountCard, _label, fit_wrapped
from .viewmodel import UsageViewModel, legacy_import_text

__all__ = ["POPUP_WIDTH", "EmptyState", "Popup", "popup_position", "uses_grabbing_popup"]

POPUP_WIDTH = 380
GAP = 6

STYLE = """
#popupRoot { background: palette(window); border: 1px solid palette(mid); border-radius: 12px; }
#card { background: palette(base); border: 1px solid palette(midlight); border-radius: 10px; }
#banner { background: palette(alternate-base); border-radius: 8px; padding: 6px 10px; }
QScrollArea, #cardsHost { background: transparent; border: none; }
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
        title = _label("Add your first account", point_delta=2, bold=True)
        layout.addWidget(title)
        intro = _label(
            "Claude Usage shows how much of your Claude limits you have used. "
            "Choose how to connect an account:",
            muted=True,
        )
        layout.addWidget(fit_wrapped(intro, POPUP_WIDTH - 40))
        layout.addLayout(self._import_row())
        self.link_button = QPushButton("Use Claude Code's login")
        self.link_button.setToolTip("Track the account Claude Code is signed in to (read-only)")
        self.link_button.clicked.connect(self.link_requested)
        self.sign_in_button = QPushButton("Sign in with Claude…")
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        self.admin_button = QPushButton("Add an Admin API key…")
        self.admin_button.clicked.connect(self.admin_requested)
        self.paste_button = QPushButton("Paste credentials JSON…")
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
            "Copy the accounts saved by claude-usage-core (~/.claude-usage/accounts.enc); "
            "that file is only read"
        )
        self.import_button.clicked.connect(self.import_requested)
        # A small ✕: a "Dismiss" button beside the long import text would not fit the popup.
        self.dismiss_import_button = QToolButton()
        self.dismiss_import_button.setText("✕")
        self.dismiss_import_button.setAutoRaise(True)
        self.dismiss_import_button.setToolTip("Dismiss: don't offer these accounts again")
        self.dismiss_import_button.setAccessibleName("Dismiss the import offer")
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
    """The usage popup. Emits signals; the app decides what they do."""

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
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setWindowTitle("Claude Usage")
        self.setAccessibleName("Claude usage")
        self.setFixedWidth(POPUP_WIDTH)
        self.cards: list[AccountCard] = []
        # When it last closed because the user clicked elsewhere (see :meth:`dismiss`).
        self.last_hidden_at: datetime | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        root = self.root = QFrame()
        root.setObjectName("popupRoot")
        outer.addWidget(root)
        self.setStyleSheet(STYLE)
        layout = QVBoxLayout(root)
        layout.setContentsMargins(12, 12, 12, 10)
        layout.setSpacing(10)
        layout.addLayout(self._title_row(icon))
        self.banner = _label("", point_delta=-0.5)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)
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
        model.subscribe(self.update_from_model)
        self.update_from_model()

    # ------------------------------------------------------------ building

    def _title_row(self, icon: QIcon | None) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        if icon is not None and not icon.isNull():
            logo = QLabel()
            logo.setPixmap(icon.pixmap(22, 22))
            row.addWidget(logo)
        row.addWidget(_label("Claude Usage", point_delta=2, bold=True))
        row.addStretch(1)
        self.updated_label = _label("", point_delta=-1, muted=True)
        # No accessible name: it would replace the text ("Updated 5 s ago") screen readers read.
        self.updated_label.setAccessibleDescription("When the figures were last fetched")
        row.addWidget(self.updated_label)
        return row

    def _cards_area(self) -> QScrollArea:
        self.cards_scroll = QScrollArea()
        self.cards_scroll.setAccessibleName("Accounts")
        self.cards_scroll.setWidgetResizable(True)
        self.cards_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        host = self.cards_host = QWidget()
        host.setObjectName("cardsHost")
        self.cards_layout = QVBoxLayout(host)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(10)
        self.cards_layout.addStretch(1)
        self.cards_scroll.setWidget(host)
        self.cards_scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return self.cards_scroll

    def _footer(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        actions.setSpacing(6)
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.setToolTip("Fetch usage now (F5)")
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.add_button = QPushButton("Add account…")
        self.add_button.clicked.connect(self.add_requested)
        self.settings_button = QPushButton("Settings…")
        self.settings_button.clicked.connect(self.settings_requested)
        self.quit_button = QPushButton("Quit")
        self.quit_button.clicked.connect(self.quit_requested)
        for button in (self.refresh_button, self.add_button, self.settings_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.quit_button)
        return actions

    def _connect_empty(self) -> None:
        self.empty.link_requested.connect(self.link_requested)
        self.empty.sign_in_requested.connect(self.sign_in_requested)
        self.empty.admin_requested.connect(self.admin_requested)
        self.empty.paste_requested.connect(self.paste_requested)
        self.empty.import_requested.connect(self.import_requested)
        self.empty.import_dismissed.connect(self.import_dismissed)

    # ------------------------------------------------------------ model → widgets

    def update_from_model(self) -> None:
        """Follow the model; measuring the window waits until it is shown (a hidden popup
        follows every refresh, and :meth:`show_at` sizes it before showing it)."""
        self._apply_model()
        if self.isVisible():
            self._fit_height()

    def _apply_model(self) -> None:
        now = self.clock()
        self._rebuild_cards(now)
        no_accounts = self.model.has_accounts is False
        self.empty.setVisible(no_accounts)
        self.cards_scroll.setVisible(not no_accounts)
        self.banner.setVisible(bool(self.model.banner))
        self.banner.setText(self.model.banner or "")
        fit_wrapped(self.banner, POPUP_WIDTH - 44)
        self.refresh_button.setEnabled(not self.model.refreshing)
        self.refresh_button.setVisible(not no_accounts)
        self.updated_label.setVisible(not no_accounts)
        self.updated_label.setText(self.model.updated_text(now))  # the cards are current

    def _rebuild_cards(self, now: datetime) -> bool:
        """Replace the cards if what they show changed (an open card menu survives otherwise)."""
        models = self.model.cards(now)
        if [card.model for card in self.cards] == models:
            return False
        for card in self.cards:
            self.cards_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        for index, model in enumerate(models):
            card = AccountCard(model)
            card.rename_requested.connect(self.rename_requested)
            card.remove_requested.connect(self.remove_requested)
            card.sign_in_requested.connect(self.sign_in_again_requested)
            self.cards_layout.insertWidget(index, card)
            card.show()  # now, not queued: the height is measured right after
            self.cards.append(card)
        return True

    def _tick(self) -> None:
        """Every second while shown: the age line, and captions whose countdown moved on."""
        now = self.clock()
        self.updated_label.setText(self.model.updated_text(now))
        if self.isVisible() and self._rebuild_cards(now):
            self._fit_height()

    def _fit_height(self) -> None:
        """Show every card without scrolling when the screen is tall enough.

        Heights are asked for at the popup's fixed width, so wrapped lines get their room,
        and from freshly invalidated layouts (Qt refreshes cached size hints only later,
        which would otherwise size the popup from the previous content).
        """
        inner = POPUP_WIDTH - 2 * 12 - 2
        self.cards_layout.invalidate()
        wanted = max(
            self.cards_layout.totalHeightForWidth(inner), self.cards_host.sizeHint().height()
        )
        self.cards_scroll.setFixedHeight(0)
        chrome = self._content_height()
        screen = self.screen()
        room = screen.availableGeometry().height() - 8 * GAP if screen else 700
        visible = 0 if self.model.has_accounts is False else min(wanted, max(160, room - chrome))
        self.cards_scroll.setFixedHeight(visible)
        self.resize(POPUP_WIDTH, self._content_height())

    def _content_height(self) -> int:
        for layout in (self.root.layout(), self.layout()):
            if layout is not None:
                layout.invalidate()
                layout.activate()  # also lowers the window's minimum size when content shrank
        return max(self.root.sizeHint().height(), self.root.heightForWidth(POPUP_WIDTH))

    # ------------------------------------------------------------ showing

    def show_at(self, anchor: QRect, cursor: QPoint | None = None) -> None:
        """Show next to ``anchor`` (the tray icon's geometry), on the screen it is on."""
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
        self._focus_first()

    def dismiss(self) -> None:
        """Close on purpose (Escape, a click on the icon while open). Unlike a close caused
        by a click elsewhere, it leaves no :attr:`last_hidden_at`: the next click on the icon
        opens the popup again, however soon it comes."""
        self.hide()
        self.last_hidden_at = None

    def _focus_first(self) -> None:
        target = self.empty.first_choice() if self.empty.isVisible() else self.refresh_button
        target.setFocus(Qt.FocusReason.PopupFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        self._ticker.start()
        super().showEvent(event)
        self.visibility_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        self._ticker.stop()
        self.last_hidden_at = self.clock()
        super().hideEvent(event)
        self.visibility_changed.emit(False)
        if not self.grabbing:
            QTimer.singleShot(0, self._release_native_window)

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
        Qt keeps the popup active while they are open)."""
        super().changeEvent(event)
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
        super().keyPressEvent(event)

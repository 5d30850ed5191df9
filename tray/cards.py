"""The widgets of one account's card: header, state line, usage bars, admin figures.

Thin views over :class:`~tray.viewmodel.CardModel`: no decisions here, only layout. Colours
come from the palette (so light and dark themes both work) plus the band colours the icon uses.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .icon import level_color
from .viewmodel import BarModel, CardModel, Level, ListSection, Severity, StateLine

__all__ = ["CARD_TEXT_WIDTH", "AccountCard", "UsageBar", "fit_wrapped", "secondary_color"]

CARD_TEXT_WIDTH = 300  # the text width inside a card of the fixed-width popup

SEVERITY_COLORS = {Severity.INFO: None, Severity.WARNING: "#d9822b", Severity.ERROR: "#e5484d"}
SEVERITY_MARKS = {Severity.INFO: "ℹ", Severity.WARNING: "⚠", Severity.ERROR: "⚠"}


def secondary_color(widget: QWidget) -> QColor:
    """A muted text colour that works on both light and dark palettes."""
    palette = widget.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Window)
    return QColor(
        (text.red() * 3 + base.red() * 2) // 5,
        (text.green() * 3 + base.green() * 2) // 5,
        (text.blue() * 3 + base.blue() * 2) // 5,
    )


def fit_wrapped(label: QLabel, width: int) -> QLabel:
    """Reserve the height a word-wrapped label needs at ``width``; Qt's layouts do not ask
    top-level popups for height-for-width, so wrapped lines would otherwise be clipped."""
    label.setWordWrap(True)
    label.setMinimumHeight(max(0, label.heightForWidth(width)))
    return label


def _label(text: str, *, point_delta: float = 0, bold: bool = False, muted: bool = False) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    if point_delta:
        font.setPointSizeF(max(6.0, font.pointSizeF() + point_delta))
    font.setBold(bold)
    label.setFont(font)
    if muted:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, secondary_color(label))
        label.setPalette(palette)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class UsageBar(QWidget):
    """A rounded progress bar in the band colour over a palette-derived track."""

    def __init__(self, percent: float | None, level: Level, *, dimmed: bool = False) -> None:
        super().__init__()
        self.percent = percent
        self.level = level
        self.dimmed = dimmed
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(f"{round(percent or 0)} percent")

    def sizeHint(self) -> QSize:
        return QSize(200, 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 8)

    def fill_color(self) -> QColor:
        color = level_color(self.level)
        if self.dimmed:
            color.setAlphaF(0.45)
        return color

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = rect.height() / 2
        track = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        track.setAlphaF(0.12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, radius, radius)
        share = min(max((self.percent or 0.0) / 100.0, 0.0), 1.0)
        if share > 0:
            filled = QRectF(
                rect.left(), rect.top(), max(rect.height(), rect.width() * share), rect.height()
            )
            painter.setBrush(self.fill_color())
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()


class _BarRow(QWidget):
    """Label and value over the bar, caption (and pace) under it. A bar with nothing to say
    underneath (per-model bars sharing the week's reset) is drawn compactly on one line."""

    def __init__(self, bar: BarModel, *, dimmed: bool) -> None:
        super().__init__()
        self.model = bar
        self.value = _label(bar.value_text, bold=True)
        self.bar = UsageBar(bar.percent if bar.started else 0.0, bar.level, dimmed=dimmed)
        self.caption = _label(bar.caption, point_delta=-1.5, muted=True)
        self.detail = _label(bar.detail or "", point_delta=-1.5, muted=True)
        if bar.caption or bar.detail:
            self._full(bar)
        else:
            self._compact(bar)

    def _full(self, bar: BarModel) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(_label(bar.label))
        top.addStretch(1)
        top.addWidget(self.value)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        under = QHBoxLayout()
        under.addWidget(self.caption)
        under.addStretch(1)
        under.addWidget(self.detail)
        layout.addLayout(under)

    def _compact(self, bar: BarModel) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        name = _label(bar.label)
        name.setMinimumWidth(120)
        row.addWidget(name)
        row.addWidget(self.bar, 1, Qt.AlignmentFlag.AlignVCenter)
        self.value.setMinimumWidth(44)
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.value)


def _state_label(state: StateLine) -> QLabel:
    label = _label(f"{SEVERITY_MARKS[state.severity]}  {state.text}", point_delta=-0.5)
    fit_wrapped(label, CARD_TEXT_WIDTH)
    color = SEVERITY_COLORS[state.severity]
    if color:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
        label.setPalette(palette)
    label.setObjectName("stateLine")
    return label


class AccountCard(QFrame):
    """One account: header with a menu, state line, bars or figures."""

    rename_requested = Signal(str)
    remove_requested = Signal(str)
    sign_in_requested = Signal(str)

    def __init__(self, model: CardModel) -> None:
        super().__init__()
        self.model = model
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(f"Account {model.name}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(7)
        layout.addLayout(self._header())
        if model.state is not None:
            self.state_label: QLabel | None = _state_label(model.state)
            layout.addWidget(self.state_label)
        else:
            self.state_label = None
        if model.stale_text:
            stale = _label(f"◷  {model.stale_text}", point_delta=-1.5, muted=True)
            stale.setObjectName("staleLine")
            layout.addWidget(stale)
        self.bar_rows = [_BarRow(bar, dimmed=model.stale) for bar in model.bars]
        for row in self.bar_rows:
            layout.addWidget(row)
        if model.stats:
            layout.addLayout(self._stats())
        for section in model.sections:
            layout.addLayout(self._section(section))
        if model.empty_text:
            layout.addWidget(_label(model.empty_text, muted=True))

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        names = QVBoxLayout()
        names.setSpacing(1)
        self.name_label = _label(self.model.name, point_delta=1.5, bold=True)
        names.addWidget(self.name_label)
        self.subtitle_label = _label(self.model.subtitle, point_delta=-1, muted=True)
        if self.model.subtitle:
            names.addWidget(self.subtitle_label)
        row.addLayout(names, 1)
        row.addWidget(self._menu_button(), 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _menu_button(self) -> QToolButton:
        button = QToolButton()
        button.setText("⋯")
        button.setAutoRaise(True)
        button.setToolTip(f"Actions for {self.model.name}")
        button.setAccessibleName(f"Actions for {self.model.name}")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        menu = QMenu(button)
        name = self.model.name
        if self.model.needs_sign_in and self.model.kind == "oauth":
            menu.addAction("Sign in again…", lambda: self.sign_in_requested.emit(name))
        menu.addAction("Rename…", lambda: self.rename_requested.emit(name))
        menu.addAction("Remove…", lambda: self.remove_requested.emit(name))
        button.setMenu(menu)
        button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.menu_button = button
        return button

    def _stats(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        for index, stat in enumerate(self.model.stats):
            grid.addWidget(_label(stat.label, muted=True), index, 0)
            value = _label(stat.value, bold=stat.label == "Spend")
            grid.addWidget(value, index, 1, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        return grid

    def _section(self, section: ListSection) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(3)
        box.addSpacing(2)
        box.addWidget(_label(section.title.upper(), point_delta=-2, bold=True, muted=True))
        for row in section.rows:
            line = QHBoxLayout()
            name = _label(row.label, point_delta=-0.5)
            name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            line.addWidget(name, 1)
            line.addWidget(_label(row.value, point_delta=-0.5, muted=True))
            box.addLayout(line)
        return box

    def texts(self) -> list[str]:
        """Every visible text in the card (for tests and accessibility checks)."""
        return [label.text() for label in self.findChildren(QLabel) if label.text()]

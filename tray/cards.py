"""The widgets of one account's card: header, state line, usage bars, admin figures.

Thin views over :class:`~tray.viewmodel.CardModel`: no decisions here, only layout. Colours
come from the palette (so light and dark themes both work) plus the band colours the icon uses.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from .icon import level_color
from .limit_widgets import add_limit_widgets
from .viewmodel import (
    BarModel,
    CardModel,
    ChartModel,
    Level,
    ListSection,
    Severity,
    StateLine,
    level_for,
)

__all__ = [
    "CARD_TEXT_WIDTH",
    "AccountCard",
    "ChartRow",
    "Sparkline",
    "UsageBar",
    "fit_wrapped",
    "secondary_color",
]

CARD_TEXT_WIDTH = 300  # the text width inside a card of the fixed-width popup

SEVERITY_COLORS = {Severity.INFO: None, Severity.WARNING: "#d9822b", Severity.ERROR: "#e5484d"}
SEVERITY_MARKS = {Severity.INFO: "ℹ", Severity.WARNING: "⚠", Severity.ERROR: "⚠"}
SEVERITY_WORDS = {Severity.INFO: "", Severity.WARNING: "Warning: ", Severity.ERROR: "Error: "}


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
    # Names and server text must never be read as markup (Qt's AutoText would render
    # "<img src=…>" in an account name); the one rich label sets RichText itself.
    label.setTextFormat(Qt.TextFormat.PlainText)
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


class UsageBar(QProgressBar):
    """A rounded progress bar in the band colour over a palette-derived track.

    A real :class:`QProgressBar` (painted our way) so assistive technologies get a
    progress bar whose value is the percent: Qt exposes it as AT-SPI's Value interface
    (``CurrentValue``), which screen readers announce. ``name`` is what it measures
    ("Session (5 h)"); ``description`` the figures and reset time as the card shows them.
    """

    def __init__(
        self,
        percent: float | None,
        level: Level,
        *,
        dimmed: bool = False,
        name: str = "",
        description: str = "",
    ) -> None:
        super().__init__()
        self.percent = percent
        self.level = level
        self.dimmed = dimmed
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setTextVisible(False)
        self.setRange(0, 100)
        # Whole percents, as the card's text rounds them; an unknown share (extra usage
        # without a monthly cap) reads as 0 with the figures in the description.
        self.setValue(round(min(max(percent or 0.0, 0.0), 100.0)))
        self.setAccessibleName(name or f"{self.value()} percent")
        self.setAccessibleDescription(description)

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


def _bar_description(bar: BarModel, *, stale: bool = False) -> str:
    """What a bar says besides its percent, for screen readers: the figure as the card
    shows it, the reset, the pace, and whether the values are old."""
    parts = [part for part in (bar.value_text, bar.caption, bar.detail) if part and part != "—"]
    if stale:
        parts.append("stale")
    return " · ".join(parts)


class _BarRow(QWidget):
    """Label and value over the bar, caption (and pace) under it. A bar with nothing to say
    underneath (per-model bars sharing the week's reset) is drawn compactly on one line."""

    def __init__(self, bar: BarModel, *, dimmed: bool) -> None:
        super().__init__()
        self.model = bar
        self.value = _label(bar.value_text, bold=True)
        self.bar = UsageBar(
            bar.percent if bar.started else 0.0,
            bar.level,
            dimmed=dimmed,
            name=bar.label,
            description=_bar_description(bar, stale=dimmed),
        )
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
        wanted = self.caption.sizeHint().width() + self.detail.sizeHint().width() + 12
        if wanted > CARD_TEXT_WIDTH:  # side by side they would widen the card: stack them
            layout.addWidget(self.caption)
            layout.addWidget(self.detail)
            return
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


def _faint(widget: QWidget, alpha: float) -> QColor:
    """The text colour, faded: reads as a light line on light themes and on dark ones."""
    color = QColor(widget.palette().color(QPalette.ColorRole.WindowText))
    color.setAlphaF(alpha)
    return color


_HOUR = timedelta(hours=1)
_STEP_AFTER = timedelta(hours=1, minutes=30)  # a hole in the samples: the app was not running


def _local_midnights(start: datetime, end: datetime) -> list[datetime]:
    """Local midnights strictly inside ``(start, end)`` (naive local times, so DST-correct)."""
    day = start.astimezone().date()
    found: list[datetime] = []
    while True:
        day += timedelta(days=1)
        midnight = datetime.combine(day, time()).astimezone()
        if midnight >= end:
            return found
        found.append(midnight)


class Sparkline(QWidget):
    """The last 7 days, painted: one bar per hour for the session's peak (in its band colour)
    and a line for the week's, over a subtle baseline with a tick at each local midnight.

    Painted with ``QPainter`` (QtCharts would add megabytes to the bundle for a few lines).
    It hides itself while there are fewer than two points. Hovering names the hour's values.
    """

    HEIGHT = 40

    def __init__(self, chart: ChartModel) -> None:
        super().__init__()
        self.chart = chart
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(chart.summary)
        self.setAccessibleName(chart.summary)
        if not chart.drawable:
            self.hide()

    def sizeHint(self) -> QSize:
        return QSize(CARD_TEXT_WIDTH, self.HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self.HEIGHT)

    def plot_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(0.5, 2.5, -0.5, -1.5)

    def x_for(self, moment: datetime) -> float:
        area = self.plot_rect()
        span = (self.chart.end - self.chart.start).total_seconds()
        share = (moment - self.chart.start).total_seconds() / span
        return area.left() + area.width() * min(max(share, 0.0), 1.0)

    def y_for(self, percent: float) -> float:
        area = self.plot_rect()
        return area.bottom() - area.height() * min(max(percent, 0.0), 100.0) / 100.0

    def moment_at(self, x: float) -> datetime:
        area = self.plot_rect()
        share = (x - area.left()) / area.width() if area.width() > 0 else 0.0
        return self.chart.start + (self.chart.end - self.chart.start) * min(max(share, 0.0), 1.0)

    def week_color(self) -> QColor:
        """The palette's highlight: apart from the band colours, right in light and dark."""
        return QColor(self.palette().color(QPalette.ColorRole.Highlight))

    def tooltip_at(self, x: float) -> str:
        """The nearest sampled hour's values (a few pixels of slack: hours are ~2 px wide)."""
        moment = self.moment_at(x)
        slack = self.moment_at(x + 4) - moment
        found = self.chart.describe_at(moment, max(slack, timedelta(hours=1)))
        return found or self.chart.summary

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            QToolTip.showText(event.globalPos(), self.tooltip_at(event.pos().x()), self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_guides(painter)
        self._paint_session(painter)
        self._paint_week(painter)
        painter.end()

    def _paint_guides(self, painter: QPainter) -> None:
        area = self.plot_rect()
        painter.setPen(QPen(_faint(self, 0.07), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QLineF(area.left(), area.top(), area.right(), area.top()))  # 100 %
        painter.setPen(QPen(_faint(self, 0.22), 1))
        painter.drawLine(QLineF(area.left(), area.bottom(), area.right(), area.bottom()))
        for midnight in _local_midnights(self.chart.start, self.chart.end):
            x = round(self.x_for(midnight)) + 0.5
            painter.drawLine(QLineF(x, area.bottom() - 3, x, area.bottom()))

    def _paint_session(self, painter: QPainter) -> None:
        bottom = self.plot_rect().bottom()
        painter.setPen(Qt.PenStyle.NoPen)
        for start, percent in self.chart.session:
            if percent < 0.5:
                continue  # a session not started: nothing to draw
            left, right = self.x_for(start), self.x_for(start + _HOUR)
            width = max(1.0, right - left - (0.6 if right - left > 2.5 else 0.0))
            top = min(self.y_for(percent), bottom - 1.0)  # 1 % still shows as a sliver
            color = level_color(level_for(percent))
            color.setAlphaF(0.85)
            painter.setBrush(color)
            painter.drawRect(QRectF(left, top, width, bottom - top))

    def _paint_week(self, painter: QPainter) -> None:
        """The week's percent only moves while in use: across hours without samples the
        line stays level, then steps (up with use, down at the weekly reset)."""
        path = QPainterPath()
        previous: datetime | None = None
        for start, percent in self.chart.weekly:
            point = QPointF(self.x_for(start + _HOUR / 2), self.y_for(percent))
            if previous is None:
                path.moveTo(point)
            elif start - previous > _STEP_AFTER:
                path.lineTo(QPointF(point.x(), path.currentPosition().y()))
            path.lineTo(point)
            previous = start
        pen = QPen(self.week_color(), 1.5)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


class ChartRow(QWidget):
    """``Last 7 days`` and a legend over the sparkline; hidden with it."""

    def __init__(self, chart: ChartModel) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(_label("Last 7 days", point_delta=-1.5, muted=True))
        top.addStretch(1)
        self.sparkline = Sparkline(chart)
        top.addWidget(self._legend())
        layout.addLayout(top)
        layout.addWidget(self.sparkline)
        if not chart.drawable:
            self.hide()

    def _legend(self) -> QLabel:
        """The marks in the colours they are drawn in: a band colour and the week's line."""
        session = level_color(Level.OK).name()
        week = self.sparkline.week_color().name()
        legend = _label("", point_delta=-2, muted=True)
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setText(
            f'<span style="color:{session}">▮</span> session&nbsp;&nbsp;&nbsp;'
            f'<span style="color:{week}">━</span> week'
        )
        legend.setAccessibleName("Bars: session peak per hour; line: weekly usage")
        return legend


def _state_label(state: StateLine) -> QLabel:
    label = _label(f"{SEVERITY_MARKS[state.severity]}  {state.text}", point_delta=-0.5)
    fit_wrapped(label, CARD_TEXT_WIDTH)
    color = SEVERITY_COLORS[state.severity]
    if color:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
        label.setPalette(palette)
    label.setObjectName("stateLine")
    label.setAccessibleName(f"{SEVERITY_WORDS[state.severity]}{state.text}")  # not the mark
    return label


class AccountCard(QGroupBox):
    """One account: header with a menu, state line, bars or figures.

    A group box without a title (the header shows the name): to assistive technologies it
    is a group ("panel" in AT-SPI) named by the account, so a screen reader announces whose
    figures follow, and tests find an account's bars inside its card.
    """

    rename_requested = Signal(str)
    remove_requested = Signal(str)
    sign_in_requested = Signal(str)

    def __init__(self, model: CardModel) -> None:
        super().__init__()
        self.model = model
        self.setObjectName("card")
        self.setFlat(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(model.title)  # what a screen reader says: the name as shown
        self.setAccessibleDescription(model.subtitle)
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
            stale.setAccessibleName(model.stale_text)
            layout.addWidget(stale)
        self.bar_rows = [_BarRow(bar, dimmed=model.stale) for bar in model.bars]
        for row in self.bar_rows:
            layout.addWidget(row)
        self.chart_row: ChartRow | None = None
        if model.chart is not None and model.chart.drawable:
            self.chart_row = ChartRow(model.chart)
            layout.addWidget(self.chart_row)
        if model.stats:
            layout.addLayout(self._stats())
        for section in model.sections:
            layout.addLayout(self._section(section))
        if model.empty_text:
            layout.addWidget(_label(model.empty_text, muted=True))
        add_limit_widgets(self, layout, model.limits, model.name)  # issue 15: limit_widgets

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        names = QVBoxLayout()
        names.setSpacing(1)
        self.name_label = _label(self.model.title, point_delta=1.5, bold=True)
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
        button.setToolTip(f"Actions for {self.model.title}")
        button.setAccessibleName(f"Actions for {self.model.title}")
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

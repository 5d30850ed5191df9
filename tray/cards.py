"""The widgets of one account's card: the compact row, its attention slot, the details
behind its disclosure (usage bars, the chart, admin figures), and the column heads.

Thin views over :class:`~tray.viewmodel.CardModel`: no decisions here, only layout. Colours
come from the theme (:mod:`tray.theme`, one set for light and one for dark palettes).
"""

from __future__ import annotations

import html
from datetime import datetime, time, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLineF,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from . import formats
from .formats import caps
from .i18n import current_language
from .limit_view import LimitExtras
from .limit_widgets import add_limit_widgets, limits_shape, update_limit_widgets
from .theme import CHIP_TINT, blend, current_theme
from .viewmodel import (
    Action,
    BarModel,
    CardModel,
    ChartModel,
    Chip,
    Level,
    ListSection,
    Severity,
    StateLine,
    StatRow,
    level_for,
)

__all__ = [
    "CARD_TEXT_WIDTH",
    "AccountCard",
    "AttentionDot",
    "ChartRow",
    "ChipLabel",
    "ColumnHeads",
    "Sparkline",
    "UsageBar",
    "fit_wrapped",
    "secondary_color",
]

CARD_TEXT_WIDTH = 340  # the text width inside a card of the fixed-width popup
DETAIL_WIDTH = 360  # the width of the details under a row, scroll bar shown

SEVERITY_MARKS = {Severity.INFO: "ℹ", Severity.WARNING: "⚠", Severity.ERROR: "⚠"}


def secondary_color(widget: QWidget) -> QColor:
    """The theme's muted text colour (readable on the popup and on cards, light or dark)."""
    return QColor(current_theme(QApplication.palette()).muted)


def fit_wrapped(label: QLabel, width: int) -> QLabel:
    """Reserve the height a word-wrapped label needs at ``width``; Qt's layouts do not ask
    top-level popups for height-for-width, so wrapped lines would otherwise be clipped."""
    label.setWordWrap(True)
    label.setMinimumHeight(max(0, label.heightForWidth(width)))
    return label


class WrappedLabel(QLabel):
    """A word-wrapped label whose size hints are its height at the width it gets (``width``
    until it is laid out). QLabel's own hints for wrapped text guess a narrow width: rows
    measured from them were squeezed or padded when their details opened."""

    def __init__(self, text: str = "", width: int = CARD_TEXT_WIDTH) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.width_hint = width
        policy = self.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)  # its lines' height, no more
        self.setSizePolicy(policy)

    def _height(self) -> int:
        width = (
            self.width()
            if self.testAttribute(Qt.WidgetAttribute.WA_WState_Created) and self.width() > 40
            else self.width_hint
        )
        return self.heightForWidth(width)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())


def _label(
    text: str,
    *,
    point_delta: float = 0,
    bold: bool = False,
    muted: bool = False,
    wrap_width: int | None = None,
) -> QLabel:
    label = WrappedLabel(text, wrap_width) if wrap_width is not None else QLabel(text)
    # Names and server text must never be read as markup (Qt's AutoText would render
    # "<img src=…>" in an account name); the one rich label sets RichText itself.
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    if point_delta:
        font.setPointSizeF(max(6.0, font.pointSizeF() + point_delta))
    font.setBold(bold)
    label.setFont(font)
    if muted:
        label.setProperty("muted", True)  # re-coloured when the theme changes (Popup.retheme)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, secondary_color(label))
        label.setPalette(palette)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def level_color(level: Level, palette: QPalette | None = None) -> QColor:
    """A band's bar colour in the theme of ``palette`` (the application's by default)."""
    return current_theme(palette).band(level)


class UsageBar(QProgressBar):
    """A rounded progress bar in the band colour over the theme's track, with a tick where
    an even pace would be now (left of it: under pace; the fill past it: ahead).

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
        pace: float | None = None,
    ) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setTextVisible(False)
        self.setRange(0, 100)
        self._set(percent, level, dimmed, name, description, pace)

    def _set(
        self,
        percent: float | None,
        level: Level,
        dimmed: bool,
        name: str,
        description: str,
        pace: float | None,
    ) -> None:
        self.percent = percent
        self.level = level
        self.dimmed = dimmed
        self.pace = pace
        # Whole percents, as the card's text rounds them; an unknown share (extra usage
        # without a monthly cap) reads as 0 with the figures in the description.
        self.setValue(round(min(max(percent or 0.0, 0.0), 100.0)))
        self.setAccessibleName(name or self.tr("{value} percent").format(value=self.value()))
        self.setAccessibleDescription(description)
        self.update()

    def set_bar(self, bar: BarModel, *, dimmed: bool = False) -> None:
        """Show ``bar`` (in place: the same widget across refreshes)."""
        self._set(
            bar.percent if bar.started else 0.0,
            bar.level,
            dimmed,
            bar.label,
            _bar_description(bar, stale=dimmed),
            bar.pace,
        )

    def sizeHint(self) -> QSize:
        return QSize(200, 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 8)

    def fill_color(self) -> QColor:
        """The band's colour; old (stale) values are hatched, not faded, to stay readable."""
        return level_color(self.level)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = rect.height() / 2
        theme = current_theme()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.track))
        painter.drawRoundedRect(rect, radius, radius)
        share = min(max((self.percent or 0.0) / 100.0, 0.0), 1.0)
        if share > 0:
            filled = QRectF(
                rect.left(), rect.top(), max(rect.height(), rect.width() * share), rect.height()
            )
            painter.setBrush(self.fill_color())
            painter.drawRoundedRect(filled, radius, radius)
            if self.dimmed:  # stale: a hatch over the fill, the colour stays readable
                painter.setBrush(QBrush(QColor(theme.card), Qt.BrushStyle.BDiagPattern))
                painter.drawRoundedRect(filled, radius, radius)
        if self.pace is not None and 0 < self.pace < 100:
            x = round(rect.left() + rect.width() * self.pace / 100.0) + 0.5
            painter.setPen(QPen(QColor(theme.text), 1.5))
            painter.drawLine(QLineF(x, rect.top() - 0.5, x, rect.bottom() + 0.5))
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
        self.bar = UsageBar(None, Level.NONE)
        self.bar.set_bar(bar, dimmed=dimmed)
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

    def set_bar(self, bar: BarModel, *, dimmed: bool) -> None:
        """New values in the same widgets (the shape, full or compact, does not change)."""
        self.model = bar
        self.value.setText(bar.value_text)
        self.bar.set_bar(bar, dimmed=dimmed)
        self.caption.setText(bar.caption)
        self.detail.setText(bar.detail or "")

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
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_chart(chart)
        if not chart.drawable:
            self.hide()

    def set_chart(self, chart: ChartModel) -> None:
        """Draw ``chart`` in place: the same widget as the hour's peaks move (whether there
        is a chart to draw at all is the details' shape, see :func:`_details_shape`)."""
        self.chart = chart
        self.setToolTip(chart.summary)
        self.setAccessibleName(chart.summary)
        self.update()

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
        top.addWidget(_label(self.tr("Last 7 days"), point_delta=-1.5, muted=True))
        top.addStretch(1)
        self.sparkline = Sparkline(chart)
        top.addWidget(self._legend())
        layout.addLayout(top)
        layout.addWidget(self.sparkline)
        if not chart.drawable:
            self.hide()

    def set_chart(self, chart: ChartModel) -> None:
        self.sparkline.set_chart(chart)

    def _legend(self) -> QLabel:
        """The marks in the colours they are drawn in: a band colour and the week's line."""
        session = level_color(Level.OK).name()
        week = self.sparkline.week_color().name()
        legend = _label("", point_delta=-2, muted=True)
        legend.setTextFormat(Qt.TextFormat.RichText)
        words = (html.escape(self.tr("session")), html.escape(self.tr("week")))
        legend.setText(
            f'<span style="color:{session}">▮</span> {words[0]}&nbsp;&nbsp;&nbsp;'
            f'<span style="color:{week}">━</span> {words[1]}'
        )
        legend.setAccessibleName(self.tr("Bars: session peak per hour; line: weekly usage"))
        return legend


def _state_label(state: StateLine) -> QLabel:
    text = f"{SEVERITY_MARKS[state.severity]}  {state.text}"
    label = _label(text, point_delta=-0.5, wrap_width=DETAIL_WIDTH - 120)  # beside a button
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, current_theme().severity(state.severity))
    label.setPalette(palette)
    label.setObjectName("stateLine")
    label.setAccessibleName(f"{_severity_word(state.severity)}{state.text}")  # not the mark
    return label


def _severity_word(severity: Severity) -> str:
    if severity is Severity.WARNING:
        return QCoreApplication.translate("Cards", "Warning: ")
    if severity is Severity.ERROR:
        return QCoreApplication.translate("Cards", "Error: ")
    return ""


# ---------------------------------------------------------------- the compact row

BAR_WIDTH = 52  # a row's session and week bars
COLUMN_SPACING = 5


def column_widths(metrics: QFontMetrics) -> tuple[int, int]:
    """The widths of a row's percent and reset columns, from the font and the language: the
    widest percent and the longest reset as this language writes them (``23 h 59 m``,
    German ``23 Std. 59 Min.``) fit at any scale, so columns line up across rows."""
    percent = metrics.horizontalAdvance(formats.percent(100)) + 4
    longest = (
        formats.duration(timedelta(hours=23, minutes=59)),
        formats.duration(timedelta(days=6, hours=23)),
        QCoreApplication.translate("ViewModel", "now"),
        QCoreApplication.translate("ColumnHeads", "Resets"),
    )
    reset = max(metrics.horizontalAdvance(text) for text in longest)
    return percent, reset + 2


class AttentionDot(QWidget):
    """The row's dot: filled in the severity colour when the account needs attention; a
    ring in the muted colour when its figures are old (the last fetch failed)."""

    SIZE = 8

    def __init__(self) -> None:
        super().__init__()
        self.severity: Severity | None = None
        self.stale = False
        self.setFixedSize(self.SIZE, self.SIZE)

    def set_state(self, severity: Severity | None, stale: bool) -> None:
        if (severity, stale) != (self.severity, self.stale):
            self.severity, self.stale = severity, stale
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.severity is None and not self.stale:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = current_theme()
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        if self.severity is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.severity(self.severity))
        else:
            painter.setPen(QPen(QColor(theme.muted), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
        painter.end()


class ChipLabel(WrappedLabel):
    """The loud line: ``Session runs out 01:25 — 10 h before reset`` in a tinted box with
    a bar in its band colour (the text itself stays in the text colour: readable)."""

    def __init__(self) -> None:
        super().__init__("", DETAIL_WIDTH)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("chip")
        self.level = Level.NONE

    def set_chip(self, chip: Chip | None) -> None:
        self.setVisible(chip is not None)
        if chip is None:
            return
        self.level = chip.level
        self.setText(chip.text)
        theme = current_theme()
        tint = blend(theme.bands[chip.level], CHIP_TINT, theme.card).name()
        sheet = (
            f"QLabel#chip {{ background: {tint}; color: {theme.text}; border-radius: 4px;"
            f" border-left: 3px solid {theme.bands[chip.level]}; padding: 2px 6px; }}"
        )
        if sheet != self.styleSheet():  # Qt re-polishes on every call, even for the same sheet
            self.setStyleSheet(sheet)


class AccountCard(QGroupBox):
    """One account as one compact row, with its details behind a disclosure.

    The row: a dot when it needs attention, the name, the session and week bars with their
    percents, and when the window that binds resets. Under it, when there is something to
    act on or say loudly, one line: the state with a button ("Sign in again", "Retry"), or a
    chip ("Session runs out 01:25 — 10 h before reset"). The details (a click, Enter or
    Space): the account's email and plan, the windows in words, per-model and extra bars, the
    chart, admin figures, and :attr:`extra_rows`, a layout other modules add lines to.

    A group box without a title (the row shows the name): to assistive technologies it
    is a group ("panel" in AT-SPI) named by the account, so a screen reader announces whose
    figures follow, and tests find an account's bars inside its card. It takes the keyboard
    focus (the popup moves it with ↑/↓) and updates in place: :meth:`set_model` changes
    texts and values, so an open menu or the focus survives every refresh.
    """

    rename_requested = Signal(str)
    remove_requested = Signal(str)
    sign_in_requested = Signal(str)
    retry_requested = Signal()
    expanded_changed = Signal(str, bool)
    step_requested = Signal(int)  # ↑/↓: the popup moves the focus to the next card
    move_requested = Signal(str, int)  # Alt+↑/↓: move this account up or down (own order)
    drag_requested = Signal()  # the row was dragged: the popup moves it where it is dropped

    def __init__(self, model: CardModel, *, expanded: bool = False) -> None:
        super().__init__()
        self.model = model
        self.expanded = expanded
        self.setObjectName("card")
        self.setFlat(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 2, 3)
        layout.setSpacing(3)
        layout.addLayout(self._row())
        layout.addWidget(self._slot())
        self.details = _Details()
        self.details.setObjectName("details")
        self.details.setCursor(Qt.CursorShape.ArrowCursor)
        self.details_layout = QVBoxLayout(self.details)
        self.details_layout.setContentsMargins(14, 2, 6, 4)
        self.details_layout.setSpacing(5)
        layout.addWidget(self.details)
        self.extra_rows = QVBoxLayout()  # lines other modules add to the details
        self.extra_rows.setSpacing(4)
        self._details_key: tuple[object, ...] | None = None
        self._pressed_at: QPointF | None = None
        self.set_model(model)

    # ------------------------------------------------------------ building

    def _row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(COLUMN_SPACING)
        self.dot = AttentionDot()
        row.addWidget(self.dot, 0, Qt.AlignmentFlag.AlignVCenter)
        self.name_label = _label("", bold=True, wrap_width=90)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.name_label.setMinimumWidth(56)
        row.addWidget(self.name_label, 1)
        percent_width, reset_width = column_widths(QFontMetrics(self.font()))
        self.session_bar, self.session_value = self._bar_cell(row, percent_width)
        self.week_bar, self.week_value = self._bar_cell(row, percent_width)
        self.summary_label = _label("", muted=True)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.summary_label)
        self.reset_label = _label("", muted=True)
        self.reset_label.setFixedWidth(reset_width)
        self.reset_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.reset_label)
        row.addWidget(self._menu_button(), 0, Qt.AlignmentFlag.AlignVCenter)
        return row

    def _bar_cell(self, row: QHBoxLayout, percent_width: int) -> tuple[UsageBar, QLabel]:
        bar = UsageBar(None, Level.NONE)
        bar.setFixedWidth(BAR_WIDTH)
        value = _label("")
        value.setFixedWidth(percent_width)
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(bar, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(value)
        return bar, value

    def _slot(self) -> QWidget:
        """The attention slot under the row: the state and its button, and the chip. Each
        a widget of its own, hidden whole when empty (a hidden widget in a nested layout
        still counted in Qt's height-for-width: rows grew and squeezed their details)."""
        slot = QWidget()
        layout = QVBoxLayout(slot)
        layout.setContentsMargins(14, 0, 0, 0)
        layout.setSpacing(3)
        self.state_box = QWidget()
        line = QHBoxLayout(self.state_box)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(8)
        self.state_label = _state_label(StateLine("", Severity.INFO))
        line.addWidget(self.state_label, 1)
        self.action_button = QPushButton()
        self.action_button.setCursor(Qt.CursorShape.ArrowCursor)
        self.action_button.clicked.connect(self._act)
        line.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.state_box)
        self.chip = ChipLabel()
        layout.addWidget(self.chip)
        self.slot = slot
        return slot

    def _menu_button(self) -> QToolButton:
        button = QToolButton()
        button.setText("⋯")
        button.setAutoRaise(True)
        height = QFontMetrics(self.font()).height() + 4
        button.setFixedSize(max(22, button.minimumSizeHint().width()), height)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setCursor(Qt.CursorShape.ArrowCursor)
        menu = QMenu(button)
        self.sign_in_action = menu.addAction(self.tr("Sign in again…"))
        self.sign_in_action.triggered.connect(lambda: self.sign_in_requested.emit(self.model.name))
        menu.addAction(self.tr("&Rename…")).triggered.connect(
            lambda: self.rename_requested.emit(self.model.name)
        )
        menu.addAction(self.tr("Re&move…")).triggered.connect(
            lambda: self.remove_requested.emit(self.model.name)
        )
        button.setMenu(menu)
        button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.menu_button = button
        return button

    # ------------------------------------------------------------ model → widgets

    def set_model(self, model: CardModel) -> None:
        """Show ``model`` in the widgets already there (no rebuild: menus, focus and the
        disclosure survive). Only the details are rebuilt, when their shape changed."""
        self.model = model
        self.setAccessibleName(model.title)  # what a screen reader says: the name as shown
        self.setAccessibleDescription(model.subtitle)
        self.name_label.setText(model.title)
        self.name_label.setToolTip(model.subtitle)
        self.dot.set_state(model.state.severity if model.state is not None else None, model.stale)
        self._set_bars(model)
        self._set_slot(model)
        self.menu_button.setToolTip(self.tr("Actions for {name}").format(name=model.title))
        self.menu_button.setAccessibleName(self.tr("Actions for {name}").format(name=model.title))
        self.sign_in_action.setVisible(model.needs_sign_in and model.kind == "oauth")
        self._set_details(model)

    def _set_bars(self, model: CardModel) -> None:
        admin = model.kind == "admin"
        for key, bar, value in (
            ("session", self.session_bar, self.session_value),
            ("weekly", self.week_bar, self.week_value),
        ):
            found = model.row_bar(key)
            bar.setVisible(found is not None)
            value.setVisible(found is not None or not admin)
            if found is None:
                value.setText("")
                continue
            bar.set_bar(found, dimmed=model.stale)
            value.setText(found.value_text)
            value.setToolTip(found.caption)
        self.summary_label.setText(model.summary if admin else "")
        self.summary_label.setVisible(admin)
        self.reset_label.setVisible(not admin)
        self.reset_label.setText(model.reset_text if not admin else "")
        tip = "\n".join(part for part in (model.reset_tip, model.stale_text) if part)
        self.reset_label.setToolTip(tip)
        # Read as words, without the clock mark: "The session resets at 17:59 · Stale — …"
        spoken = " · ".join(part for part in (model.reset_tip, model.stale_text) if part)
        self.reset_label.setAccessibleName(spoken or model.reset_text)

    def _set_slot(self, model: CardModel) -> None:
        state = model.state
        action = model.action if state is not None else None
        self.state_box.setVisible(state is not None)
        if state is not None:
            shown = state.headline if action is not None and state.headline else state.text
            self.state_label.setText(f"{SEVERITY_MARKS[state.severity]}  {shown}")
            self.state_label.setToolTip(state.text)
            self.state_label.setAccessibleName(f"{_severity_word(state.severity)}{state.text}")
            palette = self.state_label.palette()
            theme = current_theme()
            palette.setColor(QPalette.ColorRole.WindowText, theme.severity(state.severity))
            self.state_label.setPalette(palette)
        self.action_button.setVisible(action is not None)
        if action is Action.SIGN_IN:
            self.action_button.setText(self.tr("Sign in again"))
        elif action is Action.RETRY:
            self.action_button.setText(self.tr("Retry"))
        self.action_button.setAccessibleName(
            f"{self.action_button.text()} — {model.title}" if action is not None else ""
        )
        self.chip.set_chip(model.chip)
        self.slot.setVisible(state is not None or model.chip is not None)

    def _act(self) -> None:
        if self.model.action is Action.SIGN_IN:
            self.sign_in_requested.emit(self.model.name)
        else:
            self.retry_requested.emit()

    # ------------------------------------------------------------ the details

    def _set_details(self, model: CardModel) -> None:
        key = _details_shape(model)
        if key != self._details_key:
            self._build_details(model)
            self._details_key = key
        else:
            self._update_details(model)
        self.details.setVisible(self.expanded)

    def _build_details(self, model: CardModel) -> None:
        """The details' widgets for this shape of card (built when the shape changes: an
        account gains a window, its chart appears; values change in place)."""
        layout = self.details_layout
        layout.removeItem(self.extra_rows)  # kept: other modules' lines stay across rebuilds
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.subtitle_label = _label(
            model.subtitle, point_delta=-1, muted=True, wrap_width=DETAIL_WIDTH
        )
        layout.addWidget(self.subtitle_label)
        self.stale_label = _label("", point_delta=-1, muted=True)
        self.stale_label.setObjectName("staleLine")
        layout.addWidget(self.stale_label)
        self.window_rows = [_DetailRow(row) for row in model.details]
        for row in self.window_rows:
            layout.addWidget(row)
        self.bar_rows = [_BarRow(bar, dimmed=model.stale) for bar in model.detail_bars]
        for bar_row in self.bar_rows:
            layout.addWidget(bar_row)
        self.limits_box = _LimitsBox(self)  # issue 15: the binding chip by the bars, the org
        if model.kind != "admin":
            layout.addWidget(self.limits_box)
        self.chart_row: ChartRow | None = None
        if model.chart is not None and model.chart.drawable:
            self.chart_row = ChartRow(model.chart)
            layout.addWidget(self.chart_row)
        self.stat_rows = [_DetailRow(stat, bold=_is_spend(stat)) for stat in model.stats]
        for stat_row in self.stat_rows:
            layout.addWidget(stat_row)
        self.section_blocks = [_Section(section) for section in model.sections]
        for block in self.section_blocks:
            layout.addWidget(block)
        if model.kind == "admin":  # the organisation block after the admin figures
            layout.addWidget(self.limits_box)
        self.empty_label = _label(model.empty_text or "", muted=True)
        layout.addWidget(self.empty_label)
        layout.addLayout(self.extra_rows)
        self._update_details(model)

    def _update_details(self, model: CardModel) -> None:
        self.subtitle_label.setText(model.subtitle)
        self.subtitle_label.setVisible(bool(model.subtitle))
        self.stale_label.setText(f"◷  {model.stale_text}" if model.stale_text else "")
        self.stale_label.setAccessibleName(model.stale_text or "")
        self.stale_label.setVisible(bool(model.stale_text))
        for widget, row in zip(self.window_rows, model.details, strict=True):
            widget.set_row(row)
        for bar_row, bar in zip(self.bar_rows, model.detail_bars, strict=True):
            bar_row.set_bar(bar, dimmed=model.stale)
        for stat_widget, stat in zip(self.stat_rows, model.stats, strict=True):
            stat_widget.set_row(stat)
        if self.chart_row is not None and model.chart is not None:
            self.chart_row.set_chart(model.chart)
        for block, section in zip(self.section_blocks, model.sections, strict=True):
            block.set_section(section)
        self.empty_label.setText(model.empty_text or "")
        self.empty_label.setVisible(bool(model.empty_text))
        self.limits_box.set_extras(model.limits, model.name)

    def set_expanded(self, expanded: bool) -> None:
        if expanded != self.expanded:
            self.expanded = expanded
            self.details.setVisible(expanded)
            self.invalidate_layout()
            self.expanded_changed.emit(self.model.name, expanded)

    def invalidate_layout(self) -> None:
        """Forget the sizes measured before the row changed (Qt would only do so later, on
        its posted layout request — after the popup has measured the rows)."""
        if self.expanded:
            self.details.fit()
        for layout in (self.details_layout, self.layout()):
            if layout is not None:
                layout.invalidate()
        self.updateGeometry()

    # ------------------------------------------------------------ input

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = event.position()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        start = self._pressed_at
        if start is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = (event.position() - start).manhattanLength()
            if moved >= QApplication.startDragDistance():
                self._pressed_at = None
                self.drag_requested.emit()
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed_at = self._pressed_at, None
        if (
            event.button() == Qt.MouseButton.LeftButton
            and pressed is not None
            and self._on_row(event.position())
        ):
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_expanded(not self.expanded)
            return
        super().mouseReleaseEvent(event)

    def _on_row(self, point: QPointF) -> bool:
        """A click on the row (not in the opened details) toggles the disclosure."""
        return not self.details.isVisible() or point.y() < self.details.geometry().top()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.set_expanded(not self.expanded)
        elif key == Qt.Key.Key_Right:
            self.set_expanded(True)
        elif key == Qt.Key.Key_Left:
            self.set_expanded(False)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            if alt:
                self.move_requested.emit(self.model.name, step)
            else:
                self.step_requested.emit(step)
        elif key == Qt.Key.Key_Menu:
            self.menu_button.showMenu()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def texts(self) -> list[str]:
        """Every visible text in the card (for tests and accessibility checks)."""
        return [
            label.text()
            for label in self.findChildren(QLabel)
            if label.text() and label.isVisibleTo(self)
        ]


class _LimitsBox(QWidget):
    """What Claude enforces, in the details (tray/limit_widgets.py): the binding chip and
    the reset-grant line, an organisation's block with its "Details…". Rebuilt only when
    their shape changes (a limit starts or stops binding); new figures are set in place,
    so a refresh keeps the widgets (and focus)."""

    def __init__(self, card: AccountCard) -> None:
        super().__init__()
        self.card = card
        self.extras: LimitExtras | None = None
        self.lines = QVBoxLayout(self)
        self.lines.setContentsMargins(0, 0, 0, 0)
        self.lines.setSpacing(4)
        self.setVisible(False)

    def set_extras(self, extras: LimitExtras | None, name: str) -> None:
        if extras == self.extras and self.lines.count():
            return
        same_shape = limits_shape(extras) == limits_shape(self.extras)
        if extras is not None and same_shape and self.lines.count():
            self.extras = extras
            update_limit_widgets(self, extras)
            return
        self.extras = extras
        while self.lines.count():
            item = self.lines.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        add_limit_widgets(self.card, self.lines, extras, name)
        self.setVisible(self.lines.count() > 0)


class _Details(QWidget):
    """The disclosure's content, as tall as its lines at its width (:meth:`fit`): a box
    layout would size it from QLabel's guesses for wrapped text and squeeze or pad it."""

    def fit(self) -> None:
        """Take the height the lines need (at the width it has, or will have)."""
        layout = self.layout()
        if layout is None:
            return
        layout.invalidate()
        width = self.width() if self.width() > 40 else DETAIL_WIDTH
        self.setFixedHeight(max(layout.totalHeightForWidth(width), layout.minimumSize().height()))


def _details_shape(model: CardModel) -> tuple[object, ...]:
    """What decides the details' widgets (not their values: the chart's points, a ranked
    list's figures and the like change in place, so a refresh builds no widget)."""
    return (
        tuple(row.label for row in model.details),
        tuple(bar.key for bar in model.detail_bars),
        tuple(bool(bar.caption or bar.detail) for bar in model.detail_bars),
        model.chart is not None and model.chart.drawable,
        tuple(stat.label for stat in model.stats),
        tuple((section.title, len(section.rows)) for section in model.sections),
    )


def _is_spend(stat: StatRow) -> bool:
    return stat.label == QCoreApplication.translate("ViewModel", "Spend")


class _DetailRow(QWidget):
    """``Label ........ value`` in the details; the value wraps when long."""

    def __init__(self, row: StatRow, *, bold: bool = False) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.label = _label(row.label, point_delta=-0.5, muted=True)
        self.value = _label(row.value, point_delta=-0.5, bold=bold, wrap_width=DETAIL_WIDTH // 2)
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label)
        layout.addWidget(self.value, 1)
        self.set_row(row)

    def set_row(self, row: StatRow) -> None:
        self.label.setText(row.label)
        self.value.setText(row.value)


class _Section(QWidget):
    """A short ranked list on admin cards (top models, top keys/users)."""

    def __init__(self, section: ListSection) -> None:
        super().__init__()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 2, 0, 0)
        box.setSpacing(3)
        heading = caps(section.title, current_language())
        box.addWidget(_label(heading, point_delta=-2, bold=True, muted=True))
        self.lines: list[tuple[QLabel, QLabel]] = []
        for row in section.rows:
            line = QHBoxLayout()
            name = _label(row.label, point_delta=-0.5)
            name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            line.addWidget(name, 1)
            value = _label(row.value, point_delta=-0.5, muted=True)
            line.addWidget(value)
            box.addLayout(line)
            self.lines.append((name, value))

    def set_section(self, section: ListSection) -> None:
        """New names and figures in the same lines (the title and length stay)."""
        for (name, value), row in zip(self.lines, section.rows, strict=True):
            name.setText(row.label)
            value.setText(row.value)


class ColumnHeads(QWidget):
    """``Session  Week  Resets`` over the rows' columns: placed by :meth:`place` where a
    row's bars and reset are, so the heads line up at any font size and scale."""

    def __init__(self) -> None:
        super().__init__()
        self.session_head = _label(self.tr("Session"), point_delta=-1.5, muted=True)
        self.week_head = _label(self.tr("Week"), point_delta=-1.5, muted=True)
        self.reset_head = _label(self.tr("Resets"), point_delta=-1.5, muted=True)
        self.reset_head.setAlignment(Qt.AlignmentFlag.AlignRight)
        for head in self.heads():
            head.setParent(self)
        self.setFixedHeight(self.session_head.sizeHint().height())

    def heads(self) -> tuple[QLabel, QLabel, QLabel]:
        return (self.session_head, self.week_head, self.reset_head)

    def place(self, card: AccountCard) -> None:
        """Move the heads over ``card``'s session bar, week bar and reset column."""
        if card.session_bar.isHidden():
            return
        targets = (
            (self.session_head, card.session_bar, card.session_value),
            (self.week_head, card.week_bar, card.week_value),
            (self.reset_head, card.reset_label, card.reset_label),
        )
        for head, first, last in targets:
            left = first.mapTo(self.window(), QPoint(0, 0)).x()
            right = last.mapTo(self.window(), QPoint(last.width(), 0)).x()
            origin = self.mapTo(self.window(), QPoint(0, 0)).x()
            head.setGeometry(left - origin, 0, right - left, self.height())

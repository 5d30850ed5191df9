"""The popup's local-usage section: what Claude Code spent here, per config folder.

For each folder: "Today $4.12 · 30 days $212 (API prices)", the top projects, and on
demand a bar per day of the last 30 (:class:`DailyBars`). A self-contained widget fed with
:class:`~tray.local_usage.LocalFigures`; the popup only places it. Hidden while there is
nothing to show (no Claude Code folder on this machine).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import LocalSummary

from .cards import _label as cards_label
from .local_usage import (
    LocalFigures,
    bar_tooltip,
    folder_label,
    format_cost,
    format_day,
    projects_line,
    summary_line,
    unpriced_line,
)

__all__ = ["DailyBars", "FolderBlock", "LocalPanel"]

TEXT_WIDTH = 330


def _label(text: str, *, bold: bool = False, muted: bool = False, smaller: bool = False) -> QLabel:
    """Plain text, wrapped: project and folder names come from the disk, never read as
    markup. Muted text takes the theme's secondary colour and follows a theme change, as
    every muted label of the popup does (:func:`tray.cards._label`)."""
    label = cards_label(text, bold=bold, muted=muted, point_delta=-1 if smaller else 0)
    label.setWordWrap(True)
    return label


class DailyBars(QWidget):
    """One bar per day, oldest left, today's in the highlight colour; hover names the day."""

    HEIGHT = 44

    def __init__(self, summary: LocalSummary) -> None:
        super().__init__()
        self.summary = summary
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.description())
        self.setMouseTracking(True)

    def description(self) -> str:
        days = self.summary.days
        peak_day, peak = max(
            days, key=lambda item: item[1], default=(self.summary.today, Decimal(0))
        )
        text = self.tr("Cost per day, last {count} days; highest {cost} on {day}")
        return text.format(
            count=len(days),
            cost=format_cost(peak, self.summary.currency),
            day=format_day(peak_day),
        )

    def sizeHint(self) -> QSize:
        return QSize(TEXT_WIDTH, self.HEIGHT)

    def bar_rects(self) -> list[QRectF]:
        """Where each day's bar is drawn (a sliver for a day with any cost at all)."""
        days = self.summary.days
        peak = max((cents for _, cents in days), default=Decimal(0))
        area = QRectF(self.rect()).adjusted(0, 2, 0, -1)
        step = area.width() / max(1, len(days))
        rects = []
        for index, (_, cents) in enumerate(days):
            share = float(cents / peak) if peak > 0 else 0.0
            height = max(1.5, area.height() * share) if cents > 0 else 0.0
            left = area.left() + index * step
            rects.append(QRectF(left + 1, area.bottom() - height, max(1.0, step - 2), height))
        return rects

    def day_at(self, x: float) -> tuple[date, Decimal] | None:
        days = self.summary.days
        if not days or self.width() <= 0:
            return None
        index = int(x / (self.width() / len(days)))
        return days[min(max(index, 0), len(days) - 1)]

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """The hovered day's cost becomes the tooltip (Qt shows it the usual way)."""
        found = self.day_at(event.position().x())
        if found is not None:
            self.setToolTip(bar_tooltip(found[0], found[1], self.summary.currency))
        super().mouseMoveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        highlight = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        muted = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        muted.setAlphaF(0.35)
        painter.setPen(Qt.PenStyle.NoPen)
        rects = self.bar_rects()
        for index, rect in enumerate(rects):
            painter.setBrush(highlight if index == len(rects) - 1 else muted)
            painter.drawRect(rect)
        painter.end()


class FolderBlock(QWidget):
    """One config folder: its label (when there are several), the figures, the chart."""

    def __init__(self, summary: LocalSummary, title: str | None, *, chart: bool) -> None:
        super().__init__()
        self.summary = summary
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.title_label = _label(title or "", muted=True, smaller=True)
        self.title_label.setVisible(title is not None)
        layout.addWidget(self.title_label)
        self.summary_label = _label(summary_line(summary), bold=True)
        layout.addWidget(self.summary_label)
        self.projects_label = _label(projects_line(summary), muted=True, smaller=True)
        layout.addWidget(self.projects_label)
        unpriced = unpriced_line(summary)
        self.unpriced_label = _label(unpriced or "", muted=True, smaller=True)
        self.unpriced_label.setVisible(unpriced is not None)
        layout.addWidget(self.unpriced_label)
        self.bars = DailyBars(summary)
        self.bars.setVisible(chart)
        layout.addWidget(self.bars)


class LocalPanel(QFrame):
    """The section: a heading with the chart's toggle, one :class:`FolderBlock` per Claude
    config folder."""

    resized = Signal()  # the popup re-measures itself (a chart opened or closed)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setAccessibleName(self.tr("Claude Code on this computer"))
        self.figures = LocalFigures()
        self.blocks: list[FolderBlock] = []
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        heading = QHBoxLayout()
        heading.addWidget(_label(self.tr("Claude Code on this computer"), bold=True), 1)
        self.chart_button = QToolButton()
        self.chart_button.setText(self.tr("30-day chart"))
        self.chart_button.setCheckable(True)
        self.chart_button.setAutoRaise(True)
        self.chart_button.setToolTip(self.tr("Show the cost of each of the last 30 days"))
        self.chart_button.toggled.connect(self._show_charts)
        heading.addWidget(self.chart_button)
        layout.addLayout(heading)
        self.problem_label = _label("", muted=True, smaller=True)
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        self.hide()

    def set_figures(self, figures: LocalFigures) -> None:
        """Show ``figures``; an open chart stays open across updates. The scan runs after
        every poll and mostly finds nothing new: the same figures change no widget."""
        if figures == self.figures:
            return
        self.figures = figures
        for block in self.blocks:
            self._layout.removeWidget(block)
            block.deleteLater()
        several = len(figures.summaries) > 1
        self.blocks = [self._block(s, several) for s in figures.summaries]
        self.problem_label.setText(figures.problem or "")
        self.problem_label.setVisible(figures.problem is not None)
        self.setVisible(bool(figures.summaries) or figures.problem is not None)
        self.resized.emit()

    def _block(self, summary: LocalSummary, several: bool) -> FolderBlock:
        accounts = self.figures.accounts_of(summary)
        title = folder_label(summary.folder, accounts) if several or accounts else None
        block = FolderBlock(summary, title, chart=self.chart_button.isChecked())
        self._layout.insertWidget(self._layout.count() - 1, block)
        block.show()  # a widget added to a shown parent stays hidden until told
        return block

    def _show_charts(self, shown: bool) -> None:
        for block in self.blocks:
            block.bars.setVisible(shown)
        self.resized.emit()

"""Small widgets for what Claude enforces (issue 15): the binding chip, the reset-grant line,
and an organisation's summary block with its "Details…" table.

Thin views over :class:`~tray.limit_view.LimitExtras`; :func:`add_limit_widgets` puts them
into a layout of the card's details. The sign-in deadline and the row's own binding chip
are the compact row's attention slot (``CardModel.state``/``action``/``chip``, set by
:func:`tray.limit_view.with_limit_extras`), so they need no widget of their own here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .icon import level_color
from .limit_view import (
    BindingChip,
    LimitExtras,
    OrgPerson,
    OrgSummary,
    percent_text,
    spend_text,
)
from .viewmodel import Level

__all__ = [
    "BindingChipRow",
    "OrgSummaryBlock",
    "add_limit_widgets",
    "limits_shape",
    "update_limit_widgets",
]


def _small(text: str, *, bold: bool = False, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # server and user text is never markup
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(max(6.0, font.pointSizeF() - 1))
    font.setBold(bold)
    label.setFont(font)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class BindingChipRow(QWidget):
    """ "Holding you back: weekly Opus limit 93 %, resets Tue 09:00" after a mark in the
    limit's band colour; said in full to screen readers."""

    def __init__(self, chip: BindingChip) -> None:
        super().__init__()
        self.chip = chip
        self.setObjectName("bindingChip")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(6)
        self.mark = QLabel("◆")
        self.mark.setAccessibleName("")
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        self.label = _small(chip.text, bold=True)
        row.addWidget(self.label, 1)
        self.set_chip(chip)

    def set_chip(self, chip: BindingChip) -> None:
        """Show ``chip`` in the same widgets (its figures move with every refresh)."""
        self.chip = chip
        band = chip.level if chip.level is not Level.NONE else Level.OK
        palette = self.mark.palette()
        palette.setColor(QPalette.ColorRole.WindowText, level_color(band))
        self.mark.setPalette(palette)
        self.label.setText(chip.text)
        self.label.setAccessibleName(chip.text)

    def text(self) -> str:
        return self.label.text()


class OrgSummaryBlock(QWidget):
    """The organisation's figures: productivity, the spend limit, members near their limit,
    the top spenders, and "Details…" for everyone (a sortable table)."""

    details_requested = Signal()

    def __init__(self, summary: OrgSummary) -> None:
        super().__init__()
        self.summary = summary
        self.setObjectName("orgSummary")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.setSpacing(4)
        title = _small(self.tr("CLAUDE CODE THIS MONTH"), bold=True, muted=True)
        box.addWidget(title)
        for text in (summary.productivity, summary.spend_limit, summary.members_above):
            if text:
                box.addWidget(_small(text))
        if summary.unavailable:
            box.addWidget(_small(summary.unavailable, muted=True))
        if summary.top:
            box.addLayout(self._top_grid(summary.top))
        footer = QHBoxLayout()
        if summary.more:
            more = self.tr("… and %n more", "", summary.more)
            footer.addWidget(_small(more, muted=True))
        footer.addStretch(1)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setToolTip(self.tr("Everyone, sortable by spend and productivity"))
        self.details_button.clicked.connect(self.details_requested)
        footer.addWidget(self.details_button)
        box.addLayout(footer)

    def _top_grid(self, people: tuple[OrgPerson, ...]) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        heads = (self.tr("Top by spend"), self.tr("Spend"), self.tr("of limit"))
        for column, head in enumerate(heads):
            grid.addWidget(_small(head, muted=True), 0, column)
        for row, person in enumerate(people, start=1):
            name = _small(person.name)
            name.setWordWrap(False)
            name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            name.setToolTip(person.name)
            grid.addWidget(name, row, 0)
            spend = _small(spend_text(person.spend_cents, self.summary.currency))
            grid.addWidget(spend, row, 1, Qt.AlignmentFlag.AlignRight)
            share = _small(percent_text(person.percent_of_limit), bold=person.over_warning)
            grid.addWidget(share, row, 2, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(0, 1)
        return grid


def add_limit_widgets(
    card: QWidget, layout: QVBoxLayout, extras: LimitExtras | None, name: str
) -> None:
    """Put ``extras`` into a card's details: the chip and reset line under the bars, the org
    block (its "Details…" opens the table over ``card``'s window, titled by ``name``)."""
    if extras is None:
        return
    if extras.binding is not None:
        layout.addWidget(BindingChipRow(extras.binding))
    if extras.reset_grant:
        grant = _small("↺  " + extras.reset_grant)
        grant.setObjectName("resetGrant")
        layout.addWidget(grant)
    if extras.org is not None:
        block = OrgSummaryBlock(extras.org)
        block.details_requested.connect(lambda: _open_details(card, name, extras))
        layout.addWidget(block)


def update_limit_widgets(box: QWidget, extras: LimitExtras) -> None:
    """New figures in the widgets :func:`add_limit_widgets` put under ``box``, for extras of
    the same shape (see :func:`limits_shape`): a refresh builds no widget."""
    chip = box.findChild(BindingChipRow)
    if chip is not None and extras.binding is not None:
        chip.set_chip(extras.binding)
    grant = box.findChild(QLabel, "resetGrant")
    if grant is not None and extras.reset_grant:
        grant.setText("↺  " + extras.reset_grant)


def limits_shape(extras: LimitExtras | None) -> tuple[object, ...] | None:
    """What decides the limit widgets (not their figures); the organisation's block is
    rebuilt when its figures change (they come with the monthly reports, seldom)."""
    if extras is None:
        return None
    return (extras.binding is not None, bool(extras.reset_grant), extras.org, extras.people)


def _open_details(card: QWidget, name: str, extras: LimitExtras) -> None:
    from .dialogs.org_details import OrgDetailsDialog  # only when asked for

    dialog = OrgDetailsDialog(name, extras.people, extras.org, parent=card.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()

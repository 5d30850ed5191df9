"""Small widgets for what Claude enforces (issue 15): the binding chip, the sign-in deadline
with its "Sign in again" button, the reset-grant line, and an organisation's summary block
with its "Details…" table.

Thin views over :class:`~tray.limit_view.LimitExtras`; :func:`add_limit_widgets` puts them
into a card's layout (the one line ``tray/cards.py`` needs), so the same pieces can be
carried into any card design.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
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
    SignInDeadline,
    percent_text,
    spend_text,
)
from .viewmodel import Level

__all__ = [
    "BindingChipRow",
    "OrgSummaryBlock",
    "SignInDeadlineRow",
    "add_limit_widgets",
]

WARNING_COLOR = "#d9822b"
TEXT_WIDTH = 300  # as tray.cards.CARD_TEXT_WIDTH: the popup's fixed card width


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
        band = chip.level if chip.level is not Level.NONE else Level.OK
        palette = self.mark.palette()
        palette.setColor(QPalette.ColorRole.WindowText, level_color(band))
        self.mark.setPalette(palette)
        self.mark.setAccessibleName("")
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        self.label = _small(chip.text, bold=True)
        self.label.setAccessibleName(chip.text)
        row.addWidget(self.label, 1)

    def text(self) -> str:
        return self.label.text()


class SignInDeadlineRow(QWidget):
    """ "sign-in expires in 4 days" and, in place, the "Sign in again…" button."""

    sign_in_requested = Signal()

    def __init__(self, deadline: SignInDeadline) -> None:
        super().__init__()
        self.deadline = deadline
        self.setObjectName("signInDeadline")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        mark = "⚠  " if deadline.urgent else "◷  "
        self.label = _small(mark + deadline.text, bold=deadline.urgent)
        self.label.setToolTip(deadline.hint)
        self.label.setAccessibleName(deadline.text)
        self.label.setAccessibleDescription(deadline.hint)
        if deadline.urgent:
            palette = self.label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(WARNING_COLOR))
            self.label.setPalette(palette)
        row.addWidget(self.label, 1)
        self.button = QPushButton(self.tr("Sign in again…"))
        self.button.setToolTip(deadline.hint)
        self.button.clicked.connect(self.sign_in_requested)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)


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
    """Put ``extras`` into a card: the chip and reset line under the bars, the deadline row
    (its button asks ``card.sign_in_requested`` for account ``name``), the org block."""
    if extras is None:
        return
    if extras.binding is not None:
        layout.addWidget(BindingChipRow(extras.binding))
    if extras.reset_grant:
        grant = _small("↺  " + extras.reset_grant)
        grant.setObjectName("resetGrant")
        layout.addWidget(grant)
    if extras.sign_in is not None:
        row = SignInDeadlineRow(extras.sign_in)
        signal = getattr(card, "sign_in_requested", None)
        if signal is not None:
            row.sign_in_requested.connect(lambda: signal.emit(name))
        layout.addWidget(row)
    if extras.org is not None:
        block = OrgSummaryBlock(extras.org)
        block.details_requested.connect(lambda: _open_details(card, name, extras))
        layout.addWidget(block)


def _open_details(card: QWidget, name: str, extras: LimitExtras) -> None:
    from .dialogs.org_details import OrgDetailsDialog  # only when asked for

    dialog = OrgDetailsDialog(name, extras.people, extras.org, parent=card.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()

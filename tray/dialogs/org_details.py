"""An organisation's people in one sortable table: spend beside Claude Code productivity.

The card shows the top 5 by spend; this table shows everyone (200 people stay usable:
sort by any column, type to filter by name). An item model over
:class:`~tray.limit_view.OrgPerson` rows, tested without the dialog; each cell carries its
number under :data:`SORT_ROLE`, so "$1,200.00" sorts after "$950.00".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..limit_view import OrgPerson, OrgSummary, count_text, percent_text, spend_text

__all__ = ["COLUMNS", "SORT_ROLE", "OrgDetailsDialog", "OrgPeopleModel", "sorted_proxy"]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT = "OrgPeopleModel"
_Index = QModelIndex | QPersistentModelIndex


def _accepted(person: OrgPerson) -> float:
    return -1.0 if person.accepted_share is None else person.accepted_share


# (header, the number it sorts by, its text given the currency)
COLUMNS: tuple[tuple[object, Callable[[OrgPerson], Any], Callable[[OrgPerson, str], str]], ...] = (
    (
        QT_TRANSLATE_NOOP("OrgPeopleModel", "Member"),
        lambda p: p.name.casefold(),
        lambda p, _: p.name,
    ),
    (
        QT_TRANSLATE_NOOP("OrgPeopleModel", "Spend"),
        lambda p: p.spend_cents,
        lambda p, c: spend_text(p.spend_cents, c),
    ),
    (
        QT_TRANSLATE_NOOP("OrgPeopleModel", "Limit"),
        lambda p: -1.0 if p.limit_cents is None else p.limit_cents,
        lambda p, c: "—" if p.limit_cents is None else spend_text(p.limit_cents, c),
    ),
    (
        QT_TRANSLATE_NOOP("OrgPeopleModel", "% of limit"),
        lambda p: -1.0 if p.percent_of_limit is None else p.percent_of_limit,
        lambda p, _: percent_text(p.percent_of_limit),
    ),
    (
        QT_TRANSLATE_NOOP("OrgPeopleModel", "Sessions"),
        lambda p: p.sessions,
        lambda p, _: count_text(p.sessions),
    ),
    (
        QT_TRANSLATE_NOOP("OrgPeopleModel", "Lines +"),
        lambda p: p.lines_added,
        lambda p, _: count_text(p.lines_added),
    ),
    (
        QT_TRANSLATE_NOOP("OrgPeopleModel", "Lines −"),
        lambda p: p.lines_removed,
        lambda p, _: count_text(p.lines_removed),
    ),
    (
        QT_TRANSLATE_NOOP("OrgPeopleModel", "Commits"),
        lambda p: p.commits,
        lambda p, _: count_text(p.commits),
    ),
    (
        QT_TRANSLATE_NOOP("OrgPeopleModel", "PRs"),
        lambda p: p.pull_requests,
        lambda p, _: count_text(p.pull_requests),
    ),
    (
        QT_TRANSLATE_NOOP("OrgPeopleModel", "Accepted"),
        _accepted,
        lambda p, _: percent_text(p.accepted_share),
    ),
)


class OrgPeopleModel(QAbstractTableModel):
    """One row per person; display text and, under :data:`SORT_ROLE`, the number."""

    def __init__(self, people: Sequence[OrgPerson], currency: str = "USD") -> None:
        super().__init__()
        self.people = list(people)
        self.currency = currency

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.people[index.row()]
        _, number, text = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text(person, self.currency)
        if role == SORT_ROLE:
            return number(person)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return person.name
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, str(COLUMNS[section][0]))
        return None


def sorted_proxy(model: OrgPeopleModel) -> QSortFilterProxyModel:
    """Sorts by the numbers, filters by the member's name (any case)."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(0)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


class OrgDetailsDialog(QDialog):
    """ "Org — Claude Code this month": the summary lines over the everyone table."""

    def __init__(
        self,
        account: str,
        people: Sequence[OrgPerson],
        summary: OrgSummary | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{name} — Claude Code this month").format(name=account))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        for text in _summary_lines(summary):
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.model = OrgPeopleModel(people, summary.currency if summary else "USD")
        self.proxy = sorted_proxy(self.model)
        self.proxy.setParent(self)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = self._table()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # highest spend first
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)  # 200 rows: keep them dense
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # whole names
        header.setStretchLastSection(True)
        table.setAccessibleName(self.tr("Members"))
        return table

    def shown_names(self) -> list[str]:
        """The names in the order the table shows them (for tests)."""
        return [
            str(self.proxy.data(self.proxy.index(row, 0))) for row in range(self.proxy.rowCount())
        ]


def _summary_lines(summary: OrgSummary | None) -> list[str]:
    if summary is None:
        return []
    found = (summary.productivity, summary.spend_limit, summary.members_above, summary.unavailable)
    return [text for text in found if text]

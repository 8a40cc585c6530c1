"""The 督考 table: every KPI of every department (street), sortable, the totals row kept last.

A click on a header sorts by that figure (no value sorts below every number); the totals
row (全部) stays at the bottom whatever the order. Double-click or Enter on a figure asks for
the cases behind it (`cases_requested`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from console.charts.kpi_columns import COLUMNS, Column, name_header
from widgets.sla_palette import INK

SORT_ROLE = Qt.ItemDataRole.UserRole
TOTALS_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class KpiTableModel(QAbstractTableModel):
    """The rows of GET /kpis and its totals row, last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by = "department"
        self.rows: list[dict[str, Any]] = []

    def show(self, body: dict[str, Any]) -> None:
        """Take a new answer (rows with nothing in them are left out; the totals last)."""
        self.beginResetModel()
        self.by = str(body.get("by") or self.by)
        rows = [r for r in body.get("rows") or [] if _has_cases(r)]
        totals = body.get("totals")
        self.rows = [*rows, {**totals, "_totals": True}] if totals else rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return name_header(self.by) if section == 0 else COLUMNS[section].title()
        if role == Qt.ItemDataRole.TextAlignmentRole and section:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort_value(row)
        if role == TOTALS_ROLE:
            return bool(row.get("_totals"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.explain(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.get("_totals"):
            font = QFont()
            font.setBold(True)
            return font
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column.field == "overdue_open"
            and row.get("overdue_open")
        ):
            return QBrush(QColor(INK["red"]))
        return None

    def row_at(self, row: int) -> dict[str, Any]:
        """The answer's row shown at this (model) row."""
        return self.rows[row]


def _has_cases(row: dict[str, Any]) -> bool:
    return bool(row.get("intake") or row.get("overdue_open") or row.get("open"))


class TotalsLastProxy(QSortFilterProxyModel):
    """Sorts by the figures, the totals row always at the bottom."""

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        left_totals = bool(model.data(left, TOTALS_ROLE))
        right_totals = bool(model.data(right, TOTALS_ROLE))
        if left_totals != right_totals:
            # Ascending: totals are "greatest"; descending: "least" (so last either way).
            return right_totals if self.sortOrder() == Qt.SortOrder.AscendingOrder else left_totals
        a, b = model.data(left, SORT_ROLE), model.data(right, SORT_ROLE)
        if isinstance(a, str) or isinstance(b, str):
            return str(a) < str(b)
        return bool(a < b)


class KpiTable(QTableView):
    """The table view: sortable by any figure; asks for the cases behind a figure."""

    cases_requested = Signal(dict, str)  # the row (as answered), the column's field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTable")
        self.source = KpiTableModel(self)
        self.proxy = TotalsLastProxy(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(COLUMNS.index(_column("score")), Qt.SortOrder.DescendingOrder)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        # Every column as wide as its figures and header, names whole; a narrow pane scrolls
        # (no column stretched: a wide one would part the figures from their names).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        self.doubleClicked.connect(self._on_double_clicked)

    def show_kpis(self, body: dict[str, Any]) -> None:
        """Show an answer of GET /kpis, in the order chosen."""
        self.source.show(body)

    def shown_rows(self) -> list[dict[str, Any]]:
        """The rows in their order on screen (the totals last)."""
        return [
            self.source.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]

    def cell_index(self, key: str, field: str) -> QModelIndex:
        """The view's index of a row's figure (invalid: not shown)."""
        column = COLUMNS.index(_column(field))
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, column)
            if self.source.row_at(self.proxy.mapToSource(index).row()).get("key") == key:
                return index
        return QModelIndex()

    def request_cases(self, index: AnyIndex) -> None:
        """Ask for the cases behind the figure at this (view) index, if there are any."""
        if not index.isValid():
            return
        column = COLUMNS[index.column()]
        row = self.source.row_at(self.proxy.mapToSource(index).row())
        if column.cases_behind(row):
            self.cases_requested.emit(row, column.field)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in _ENTER:
            self.request_cases(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self.request_cases(index)


def _column(field: str) -> Column:
    return next(c for c in COLUMNS if c.field == field)

"""The SLA rules as an editable table: scope, urgency, step, limit, unit, clock; rows marked
with what is wrong with them (found here or by the server)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from console.admin.sla_rules_rows import (
    STEPS,
    UNITS,
    URGENCIES,
    Problem,
    SlaRow,
    amount_text,
    clock_label,
    kind_label,
    tr,
    unit_label,
)
from console.models import labels
from console.translatable import QT_TRANSLATE_NOOP

SCOPE, URGENCY, STEP, LIMIT, UNIT, CLOCK = range(6)
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1  # [(value, label)] for a combo editor
_HEADERS = (
    QT_TRANSLATE_NOOP("SlaRules", "Scope"),
    QT_TRANSLATE_NOOP("SlaRules", "Urgency"),
    QT_TRANSLATE_NOOP("SlaRules", "Step"),
    QT_TRANSLATE_NOOP("SlaRules", "Limit"),
    QT_TRANSLATE_NOOP("SlaRules", "Unit"),
    QT_TRANSLATE_NOOP("SlaRules", "Clock"),
)
_FIELD_COLUMN = {
    "category": SCOPE,
    "category_kind": SCOPE,
    "scope": SCOPE,
    "duplicate": SCOPE,
    "urgency": URGENCY,
    "step": STEP,
    "minutes": LIMIT,
    "clock": CLOCK,
}
_ROW_BAD = QBrush(QColor(142, 31, 31, 90))
_CELL_BAD = QBrush(QColor(142, 31, 31, 200))
Index = QModelIndex | QPersistentModelIndex


class SlaRulesModel(QAbstractTableModel):
    """Rows of SlaRow; read-only for an old version."""

    edited = Signal()

    def __init__(self, parent: Any = None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.rows: list[SlaRow] = []
        self.read_only = read_only
        self.categories: list[dict[str, Any]] = []
        self.kinds: list[str] = []
        self.problems: dict[int, list[Problem]] = {}

    # -- content ----------------------------------------------------------------------------

    def set_catalog(self, categories: list[dict[str, Any]], kinds: list[str]) -> None:
        """The categories and kinds a rule may name (from the server's rule set)."""
        self.categories = list(categories)
        self.kinds = list(kinds)

    def set_rows(self, rows: list[SlaRow]) -> None:
        """Show these rows (problems are cleared)."""
        self.beginResetModel()
        self.rows = list(rows)
        self.problems = {}
        self.endResetModel()

    def insert_row(self, at: int, row: SlaRow) -> None:
        """Insert a rule before `at`."""
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, row)
        self.endInsertRows()
        self.edited.emit()

    def remove_row(self, at: int) -> None:
        """Remove a rule."""
        self.beginRemoveRows(QModelIndex(), at, at)
        del self.rows[at]
        self.endRemoveRows()
        self.problems = {}
        self.edited.emit()

    def set_problems(self, problems: list[Problem]) -> None:
        """Mark the rows these problems name (the others are unmarked)."""
        self.problems = {}
        for problem in problems:
            if problem.row is not None and 0 <= problem.row < len(self.rows):
                self.problems.setdefault(problem.row, []).append(problem)
        if self.rows:
            last = self.index(len(self.rows) - 1, CLOCK)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- labels -----------------------------------------------------------------------------

    def scope_label(self, scope: str) -> str:
        """全部类别, 类型：投诉, 类别：噪声扰民."""
        kind, _, code = scope.partition(":")
        if kind == "kind":
            return tr(QT_TRANSLATE_NOOP("SlaRules", "Kind: %1")).replace("%1", kind_label(code))
        if kind == "category":
            name = next((c.get("name") for c in self.categories if c.get("code") == code), code)
            return tr(QT_TRANSLATE_NOOP("SlaRules", "Category: %1")).replace("%1", str(name))
        return tr(QT_TRANSLATE_NOOP("SlaRules", "All categories"))

    def choices(self, column: int) -> list[tuple[str, str]]:
        """The values a combo column offers."""
        if column == SCOPE:
            scopes = ["", *(f"kind:{k}" for k in self.kinds)]
            scopes += [f"category:{c.get('code')}" for c in self.categories]
            return [(s, self.scope_label(s)) for s in scopes]
        if column == URGENCY:
            return [(u, labels.urgency_label(u)) for u in URGENCIES]
        if column == STEP:
            return [(s, labels.step_label(s)) for s in STEPS]
        if column == UNIT:
            return [(u, unit_label(u)) for u in UNITS]
        if column == CLOCK:
            return [(c, clock_label(c)) for c in ("work", "natural")]
        return []

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr(_HEADERS[section])
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            values = (row.scope, row.urgency, row.step, row.amount, row.unit, row.clock)
            return values[column]
        if role == CHOICES_ROLE:
            return self.choices(column)
        problems = self.problems.get(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            columns = {_FIELD_COLUMN.get(p.field) for p in problems}
            return _CELL_BAD if column in columns else _ROW_BAD
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(p.message for p in problems)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LIMIT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if self.read_only or role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = self.rows[index.row()], index.column()
        if column == SCOPE:
            row.scope = str(value or "")
        elif column == URGENCY:
            row.urgency = str(value)
        elif column == STEP:
            row.step = str(value)
        elif column == LIMIT:
            try:
                row.amount = float(str(value).replace(",", "."))
            except ValueError:
                return False
        elif column == UNIT:
            row.unit = str(value)
        elif column == CLOCK:
            if value == row.clock:
                return False
            row.unit = "hours" if value == "natural" else "work_hours"
        self.problems.pop(index.row(), None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), CLOCK))
        self.edited.emit()
        return True

    def _display(self, row: SlaRow, column: int) -> str:
        if column == SCOPE:
            return self.scope_label(row.scope)
        if column == URGENCY:
            return labels.urgency_label(row.urgency)
        if column == STEP:
            return labels.step_label(row.step)
        if column == LIMIT:
            return amount_text(row.amount)
        if column == UNIT:
            return unit_label(row.unit)
        return clock_label(row.clock)

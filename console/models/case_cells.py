"""How the queue's cells read: the text, tints, tags and roles of each row of a `CaseStore`'s
cases, cell by cell for Qt (`data`) and a row at once for the queue's painter (`row_look`).
The rows themselves are `SortedRowsModel`'s; `CaseTableModel` changes them."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from console.models.case_records import COLOR_NAMES, NO_COLOR
from console.models.columns import COLUMN_INDEX, COLUMNS
from console.models.pending import MARK, ROLES, pending_data
from console.models.sorted_rows import Index, SortedRowsModel
from widgets import sla_palette
from widgets.plain_tip import plain_tip

CENTERED_COLUMNS = frozenset(
    COLUMN_INDEX[name] for name in ("sla", "urgency", "state", "age", "escalation")
)
_FRESH = QColor(40, 90, 150)
_FLASH = tuple(QColor(tint) for tint in sla_palette.ROW_FLASH)
_ALERTED = QColor(sla_palette.ROW_ALERTED)  # an alert not yet acknowledged: a steady red tint
_STATE_COLUMN = COLUMN_INDEX["state"]
_URGENCY_COLUMN = COLUMN_INDEX["urgency"]
# Roles as plain ints: compared ~2,500 times per paint.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_NEVER = frozenset(int(r) for r in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.CheckStateRole))
_PENDING_ONLY = frozenset(
    int(r) for r in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole)
)
_ALIGN = tuple(
    Qt.AlignmentFlag.AlignCenter if i in CENTERED_COLUMNS else None for i in range(len(COLUMNS))
)


class RowLook(NamedTuple):
    """What a queue row shows, read in one call (the view paints a screenful of rows itself)."""

    texts: tuple[str, ...]  # every column's cell, in model order
    color: str | None  # the SLA color's name (red, yellow, green); None: no clock
    urgency: str | None  # the urgency code (the urgency column's tag)
    background: QColor | None  # flash, unacknowledged alert or just arrived; None: none
    pending: bool  # actions waiting in the outbox: italic, grey


class CaseCells(SortedRowsModel):
    """The cells of the shown cases: what `data()` answers and `row_look` gives at once."""

    CaseIdRole = Qt.ItemDataRole.UserRole + 1
    ColorRole = Qt.ItemDataRole.UserRole + 2
    CaseRole = Qt.ItemDataRole.UserRole + 3
    TagRole = Qt.ItemDataRole.UserRole + 4  # the urgency code, for the urgency column's tag

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._now = 0.0  # the instant colors and countdowns are read at
        self._fresh: dict[int, float] = {}
        self._flash: dict[int, float] = {}
        self._alerted: set[int] = set()  # cases with an alert not yet acknowledged
        self._pending: set[int] = set()  # cases with actions waiting in the outbox

    # -- Qt model interface -----------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A screenful asks ~2,500 times per paint: the roles with nothing to say leave first.
        if role in _NEVER:
            return None
        column = index.column()
        if role == _ALIGNMENT:
            return _ALIGN[column] if column >= 0 else None
        if role in _PENDING_ONLY and not self._pending:
            return None
        if role == _BACKGROUND and not (self._flash or self._alerted or self._fresh):
            return None
        row = index.row()
        if row < 0:
            return None
        store = self._store
        slot = self._rows.item(self._internal(row))
        case_id = store.id_list[slot]
        if role == _DISPLAY:
            return self._text(slot, column, case_id)
        if case_id in self._pending and role in ROLES:
            return pending_data(role)
        if role == self.ColorRole:
            rank = store.color_of(slot, self._now)
            return None if rank == NO_COLOR else COLOR_NAMES[rank]
        if role == self.TagRole and column == _URGENCY_COLUMN:
            return store.get(slot, "urgency")
        if role == _BACKGROUND:
            return self._background(case_id)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[column].name == "title":
            return plain_tip(store.get(slot, "description") or store.get(slot, "title"))
        if role == self.CaseIdRole:
            return case_id
        if role == self.CaseRole:
            return store.case(slot)
        return None

    def _text(self, slot: int, column: int, case_id: int) -> str:
        text = COLUMNS[column].text(self._store, slot, self._now)
        if column == _STATE_COLUMN and case_id in self._pending:
            return MARK + text
        return text

    def row_look(self, row: int) -> RowLook:
        """Row `row` as `data()` tells it cell by cell, in one call."""
        store = self._store
        slot = self._rows.item(self._internal(row))
        case_id = store.id_list[slot]
        rank = store.color_of(slot, self._now)
        tinted = self._flash or self._alerted or self._fresh
        return RowLook(
            tuple(self._text(slot, column, case_id) for column in range(len(COLUMNS))),
            None if rank == NO_COLOR else COLOR_NAMES[rank],
            store.get(slot, "urgency"),
            self._background(case_id) if tinted else None,
            case_id in self._pending,
        )

    def _background(self, case_id: int) -> QColor | None:
        if case_id in self._flash:
            return _FLASH[int(self._now) % 2]
        if case_id in self._alerted:
            return _ALERTED
        if case_id in self._fresh:
            return _FRESH
        return None

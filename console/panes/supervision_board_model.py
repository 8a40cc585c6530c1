"""The 督办 board's two tables as Qt models: the open 督办/通报 items, most late first, and the
requests waiting for a supervisor. Plain data in (the board's `SupervisionItem`s and
`PendingRequest`s), no network, no widgets.

Lateness is the server's: working minutes past due at the moment of its answer
(`overdue_min`), shown as days of 450 working minutes and hours ("超时 2天3小时").
"""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from console.contract import Case
from console.contract.supervision import Counter, PendingRequest, SupervisionItem
from console.models import center_time, labels
from console.translatable import QT_TRANSLATE_NOOP
from widgets import sla_palette
from widgets.plain_tip import plain_tip

WORK_DAY_MIN = labels.WORK_MINUTES_PER_DAY  # 08:30–12:00 and 13:30–17:30
_CTX = "SupervisionBoard"
_KIND = {
    "supervise": QT_TRANSLATE_NOOP("SupervisionBoard", "Supervision"),
    "notice": QT_TRANSLATE_NOOP("SupervisionBoard", "Public notice"),
}
_PENDING = {
    "extension": QT_TRANSLATE_NOOP("SupervisionBoard", "Extension"),
    "park": QT_TRANSLATE_NOOP("SupervisionBoard", "Park"),
}
# The board's actions newer than the console's labels (console/models/labels.py names the
# others): 督办 by hand and the park request's refusal.
_NEW_ACTIONS = {
    "supervise": QT_TRANSLATE_NOOP("SupervisionBoard", "Supervise"),
    "request_park": QT_TRANSLATE_NOOP("SupervisionBoard", "Request parking"),
    "reject_park": QT_TRANSLATE_NOOP("SupervisionBoard", "Refuse parking"),
}
_NO_DEPARTMENT = QT_TRANSLATE_NOOP("SupervisionBoard", "Not dispatched")
_NO_STREET = QT_TRANSLATE_NOOP("SupervisionBoard", "No street")
_NOT_YET = QT_TRANSLATE_NOOP("SupervisionBoard", "Not yet overdue")
_OVERDUE_DH = QT_TRANSLATE_NOOP("SupervisionBoard", "Overdue %1d %2h")
_OVERDUE_HM = QT_TRANSLATE_NOOP("SupervisionBoard", "Overdue %1h %2m")
_OVERDUE_M = QT_TRANSLATE_NOOP("SupervisionBoard", "Overdue %1m")
_LADDER = QT_TRANSLATE_NOOP("SupervisionBoard", "Ladder")
_PAST_STEP = QT_TRANSLATE_NOOP("SupervisionBoard", "Working time past the %1 step's deadline")
ITEM_COLUMNS = (
    ("kind", QT_TRANSLATE_NOOP("SupervisionBoard", "Kind")),
    ("case", QT_TRANSLATE_NOOP("SupervisionBoard", "Case")),
    ("title", QT_TRANSLATE_NOOP("SupervisionBoard", "Title")),
    ("department", QT_TRANSLATE_NOOP("SupervisionBoard", "Holder")),
    ("street", QT_TRANSLATE_NOOP("SupervisionBoard", "Street")),
    ("overdue", QT_TRANSLATE_NOOP("SupervisionBoard", "Overdue (work time)")),
    ("level", QT_TRANSLATE_NOOP("SupervisionBoard", "Ladder")),
    ("urged", QT_TRANSLATE_NOOP("SupervisionBoard", "Last urge")),
    ("by", QT_TRANSLATE_NOOP("SupervisionBoard", "Issued by")),
)
PENDING_COLUMNS = (
    ("kind", QT_TRANSLATE_NOOP("SupervisionBoard", "Request")),
    ("case", QT_TRANSLATE_NOOP("SupervisionBoard", "Case")),
    ("title", QT_TRANSLATE_NOOP("SupervisionBoard", "Title")),
    ("department", QT_TRANSLATE_NOOP("SupervisionBoard", "Holder")),
    ("asked_by", QT_TRANSLATE_NOOP("SupervisionBoard", "Asked by")),
    ("asked_at", QT_TRANSLATE_NOOP("SupervisionBoard", "Asked at")),
    ("minutes", QT_TRANSLATE_NOOP("SupervisionBoard", "Extension")),
    ("reason", QT_TRANSLATE_NOOP("SupervisionBoard", "Reason")),
)
KIND_INK = {"supervise": "#ff8a65", "notice": "#ff5252"}
ItemRole = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def kind_label(kind: str) -> str:
    """督办 or 通报."""
    return _tr(_KIND.get(kind, _KIND["supervise"]))


def action_label(code: str) -> str:
    """The action's name, as the console's labels give it, else the board's own."""
    text = labels.action_label(code)
    return _tr(_NEW_ACTIONS[code]) if text == code and code in _NEW_ACTIONS else text


def pending_label(kind: str) -> str:
    """延期 or 挂起."""
    return _tr(_PENDING.get(kind, kind))


def overdue_text(minutes: int | None) -> str:
    """'超时 2天3小时' / 'overdue 2d 3h' in working time; '未超时' at 0; '' when unknown."""
    if minutes is None:
        return ""
    if minutes <= 0:
        return _tr(_NOT_YET)
    days, rest = divmod(int(minutes), WORK_DAY_MIN)
    hours, mins = divmod(rest, 60)
    if days:
        text = _tr(_OVERDUE_DH).replace("%1", str(days)).replace("%2", str(hours))
    elif hours:
        text = _tr(_OVERDUE_HM).replace("%1", str(hours)).replace("%2", str(mins))
    else:
        text = _tr(_OVERDUE_M).replace("%1", str(mins))
    return text


def by_lateness(items: Iterable[SupervisionItem]) -> list[SupervisionItem]:
    """The most late first (unknown lateness last), then the oldest item, then the id: the
    server's order, kept whatever a server sends."""
    return sorted(
        items,
        key=lambda i: (i.overdue_min is None, -(i.overdue_min or 0), i.opened_at, i.id),
    )


def counters_of(items: Iterable[SupervisionItem]) -> tuple[list[Counter], list[Counter]]:
    """Counters by department and street from the items (for a server that sends none)."""
    departments: Tally[tuple[str | None, str]] = Tally()
    streets: Tally[tuple[str | None, str]] = Tally()
    for item in items:
        departments[(item.department, item.department_name)] += 1
        streets[(item.street, item.street_name)] += 1

    def listed(tally: Tally[tuple[str | None, str]]) -> list[Counter]:
        counters = [Counter(code, name, n) for (code, name), n in tally.items()]
        return sorted(counters, key=lambda c: (-c.count, c.name))

    return listed(departments), listed(streets)


def counter_name(counter: Counter, *, street: bool) -> str:
    """The counter's name; 未派遣 / 未定街道 for the items without one."""
    if counter.code is None and not counter.name:
        return _tr(_NO_STREET if street else _NO_DEPARTMENT)
    return counter.name or str(counter.code)


class _RowsModel(QAbstractTableModel):
    """Rows of frozen records that each carry a `case`; the case is kept current from the
    feed between two reads of the board."""

    COLUMNS: tuple[tuple[str, str], ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        # The rows of each case (a case may have several items): a flood of feed events
        # finds its rows at once instead of walking them all for every case.
        self._rows_of: dict[int, list[int]] = {}
        self._alerted: frozenset[int] = frozenset()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.COLUMNS[section][1])
        return None

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (a new answer of the server)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._rows_of = {}
        for n, record in enumerate(self._rows):
            self._rows_of.setdefault(record.case.id, []).append(n)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        """The record of a row (None out of range)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Any]:
        """Every record, in the shown order."""
        return list(self._rows)

    def row_of_case(self, case_id: int) -> int:
        """The first row of this case (-1 if none)."""
        found = self._rows_of.get(case_id)
        return found[0] if found else -1

    def case_ids(self) -> set[int]:
        """The cases the rows are about."""
        return set(self._rows_of)

    def update_case(self, case: Case) -> bool:
        """A newer version of a listed case: its rows read it (an older one is ignored)."""
        changed = False
        for n in self._rows_of.get(case.id, ()):
            record = self._rows[n]
            if case.version > record.case.version:
                self._rows[n] = record.with_case(case)
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(self.COLUMNS) - 1))
                changed = True
        return changed

    def set_alerted(self, case_ids: Iterable[int]) -> None:
        """The cases with an alert not yet acknowledged (shown in bold, with a mark)."""
        alerted = frozenset(case_ids)
        if alerted != self._alerted:
            self._alerted = alerted
            if self._rows:
                last = self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
                self.dataChanged.emit(self.index(0, 0), last)

    def _font(self, record: Any) -> QFont | None:
        if record.case.id not in self._alerted:
            return None
        font = QFont()
        font.setBold(True)
        return font


class BoardItemsModel(_RowsModel):
    """The open 督办 and 通报 items, most late first."""

    COLUMNS = ITEM_COLUMNS

    def set_items(self, items: Iterable[SupervisionItem]) -> None:
        """The items of an answer, in lateness order."""
        self.set_rows(by_lateness(items))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item: SupervisionItem | None = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self._tooltip(item, column))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "kind":
                return QBrush(QColor(KIND_INK.get(item.kind, KIND_INK["supervise"])))
            if column == "overdue" and (item.overdue_min or 0) > 0:
                return QBrush(QColor(sla_palette.INK["red"]))
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._font(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("overdue", "urged"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ItemRole:
            return item
        return None

    def _text(self, item: SupervisionItem, column: str) -> str:
        case = item.case
        if column == "kind":
            mark = "● " if case.id in self._alerted else ""
            return mark + kind_label(item.kind)
        if column == "case":
            return case.label
        if column == "title":
            return case.title
        if column == "department":
            return item.department_name or _tr(_NO_DEPARTMENT)
        if column == "street":
            return item.street_name or ""
        if column == "overdue":
            return overdue_text(item.overdue_min) or "—"
        if column == "level":
            label = labels.escalation_label(item.escalation_level)
            return f"{item.escalation_level} {label}".strip()
        if column == "urged":
            return center_time.when_text(item.last_urge_at) if item.last_urge_at else "—"
        if column == "by":
            return _tr(_LADDER) if item.opened_by in ("", "system") else item.opened_by
        return ""

    def _tooltip(self, item: SupervisionItem, column: str) -> str:
        if column == "title":
            return item.case.title
        if column in ("by", "kind") and item.note:
            return item.note
        if column == "overdue":
            return _tr(_PAST_STEP).replace("%1", labels.step_label(item.step))
        return ""


class PendingModel(_RowsModel):
    """Requests waiting for a supervisor: extensions and parking, oldest first."""

    COLUMNS = PENDING_COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        request: PendingRequest | None = self.row_at(index.row()) if index.isValid() else None
        if request is None:
            return None
        column = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(request, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("reason", "title"):
            return plain_tip(request.reason if column == "reason" else request.case.title)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(request)
        if role == ItemRole:
            return request
        return None

    def _text(self, request: PendingRequest, column: str) -> str:
        case = request.case
        if column == "kind":
            return pending_label(request.kind)
        if column == "case":
            return case.label
        if column == "title":
            return case.title
        if column == "department":
            return case.department_name or _tr(_NO_DEPARTMENT)
        if column == "asked_by":
            return request.asked_by
        if column == "asked_at":
            return center_time.when_text(request.asked_at) if request.asked_at else ""
        if column == "minutes":
            return labels.limit_text(request.minutes, case.sla_clock or "work") or "—"
        if column == "reason":
            return request.reason
        return ""


def pending_from_items(items: Iterable[SupervisionItem]) -> list[PendingRequest]:
    """Requests read off the items' cases, for a server whose board has no `pending`."""
    found: list[PendingRequest] = []
    for item in items:
        case = item.case
        if case.extension_pending_min:
            found.append(
                PendingRequest(kind="extension", case=case, minutes=case.extension_pending_min)
            )
        park = case.park_pending
        if park:
            found.append(PendingRequest(kind="park", case=case, reason=str(park)))
    return found

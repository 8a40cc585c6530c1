"""The 督办 list: open 督办 and 通报 items, the latest first, each with a live countdown.

Reads GET /api/v1/supervision (docs/api-supervision.md). Fields of the board's extension
(`kind`, `overdue_min`, `department`, `street`, `escalation_level`) are used when present and
fall back on the case's own; fields unknown here are ignored. One timer ticks the countdown
column of every row once a second (dataChanged on that column only).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from console.contract import Case
from console.models import labels
from console.wall.panel import WallPanel
from console.wall.scale import WallScale
from widgets.sla_palette import INK

KIND, TITLE, DEPARTMENT, STREET, LATE, COUNTDOWN = range(6)
Index = QModelIndex | QPersistentModelIndex


def _name(value: Any, fallback: str | None) -> str:
    if isinstance(value, dict):
        return str(value.get("name") or fallback or "")
    return str(fallback or "")


def _due(case: Case) -> float | None:
    due = case.due
    return due.timestamp() if due is not None else None


class SupervisionModel(QAbstractTableModel):
    """Rows of the 督办 list; `tick()` refreshes the countdowns."""

    def __init__(self, clock: Callable[[], float] = time.time, parent: Any = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.compact = False  # a narrow view: lateness over a day in days and hours
        self.items: list[dict[str, Any]] = []
        self.cases: list[Case] = []
        self.headers = [
            self.tr("Level"),
            self.tr("Case"),
            self.tr("Held by"),
            self.tr("Street"),
            self.tr("Late (working)"),
            self.tr("Countdown"),
        ]

    def set_items(self, items: list[dict[str, Any]]) -> None:
        """The open items, sorted the latest first (working lateness, then due time)."""
        rows = [(item, Case.from_json(item["case"])) for item in items if item.get("case")]
        rows.sort(key=lambda r: (-(r[0].get("overdue_min") or 0), _due(r[1]) or float("inf")))
        self.beginResetModel()
        self.items = [item for item, _case in rows]
        self.cases = [case for _item, case in rows]
        self.endResetModel()

    def tick(self) -> None:
        """The countdowns moved on by a second."""
        if self.cases:
            last = len(self.cases) - 1
            self.dataChanged.emit(self.index(0, COUNTDOWN), self.index(last, COUNTDOWN))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, case = self.items[index.row()], self.cases[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, case, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._ink(item, case, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LATE, COUNTDOWN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, item: dict[str, Any], case: Case, column: int) -> str:
        if column == KIND:
            level = 3 if item.get("kind") == "notice" else max(2, case.escalation_level)
            return labels.escalation_label(level)
        if column == TITLE:
            return case.title or case.category_name or case.label
        if column == DEPARTMENT:
            return _name(item.get("department"), case.department_name) or self.tr("Not dispatched")
        if column == STREET:
            return _name(item.get("street"), case.street_name)
        if column == LATE:
            minutes = item.get("overdue_min")
            return labels.age_text(float(minutes) * 60) if minutes else ""
        if column == COUNTDOWN:
            if case.sla_paused:
                return self.tr("paused")
            due = _due(case)
            if due is None:
                return ""
            left = due - self._clock()
            if self.compact and abs(left) >= 86400:
                return ("-" if left < 0 else "") + labels.age_text(abs(left))
            return labels.duration_text(left)
        return ""

    def _ink(self, item: dict[str, Any], case: Case, column: int) -> QColor | None:
        if column == KIND:
            return QColor(INK["red"] if item.get("kind") == "notice" else INK["yellow"])
        if column in (LATE, COUNTDOWN):
            due = _due(case)
            if due is None or case.sla_paused:
                return QColor(INK["none"])
            warn = case.warn
            now = self._clock()
            if due <= now:
                return QColor(INK["red"])
            soon = warn is not None and warn.timestamp() <= now
            return QColor(INK["yellow"] if soon else INK["green"])
        return None


class SupervisionView(WallPanel):
    """The list in large type: as many rows as the height holds, the count of the rest below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("supervision", self.tr("Supervision list"), parent)
        self.model = SupervisionModel(parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("wallTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.body.addWidget(self.table, 1)
        self.total = 0
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self.model.tick)
        self._tick.start()

    def apply_scale(self, scale: WallScale) -> None:
        super().apply_scale(scale)
        self.table.verticalHeader().setDefaultSectionSize(scale.row)
        self.table.horizontalHeader().setFixedHeight(round(scale.small * 1.7))
        # Fixed widths from the type size: no ResizeToContents over whole columns.
        em = scale.body
        widths = {KIND: 2.6, DEPARTMENT: 6.5, STREET: 4.2, LATE: 4.8, COUNTDOWN: 7.2}
        for column, ems in widths.items():
            self.table.setColumnWidth(column, round(ems * em))
        self._fit()

    def show_supervision(self, body: dict[str, Any]) -> None:
        """Fill the list from GET /supervision."""
        items = [i for i in body.get("items") or [] if i.get("status", "open") == "open"]
        self.model.set_items(items)
        self.total = int(body.get("total") or len(items))
        self._say_rest()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # A narrow view keeps the level, the holder and the countdown: who is late, how late.
        narrow = self.width() < 34 * self.scale.body
        for column in (TITLE, STREET, LATE):
            self.table.setColumnHidden(column, narrow)
        self.model.compact = narrow
        if narrow:
            self.table.setColumnWidth(DEPARTMENT, round(4.4 * self.scale.body))
        else:
            self.table.setColumnWidth(DEPARTMENT, round(6.5 * self.scale.body))
            self.table.setColumnWidth(COUNTDOWN, round(7.2 * self.scale.body))
        stretch = COUNTDOWN if narrow else TITLE
        header = self.table.horizontalHeader()
        for column in (TITLE, COUNTDOWN):
            mode = QHeaderView.ResizeMode
            header.setSectionResizeMode(
                column, mode.Stretch if column == stretch else mode.Interactive
            )
        self._say_rest()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        # A hidden page of the rotation had no rows on screen to count: count once laid out.
        QTimer.singleShot(0, self._say_rest)

    def fitting(self) -> int:
        """Rows the table shows whole."""
        room = self.table.viewport().height()
        return max(0, room // max(1, self.table.verticalHeader().defaultSectionSize()))

    def _say_rest(self) -> None:
        rest = self.model.rowCount() - self.fitting()
        total = self.tr("%1 open items").replace("%1", str(self.total))
        if rest > 0:
            total += self.tr(", %1 more not shown").replace("%1", str(rest))
        self.set_note(total if self.total else self.tr("No open supervision items"))
        self.title.setText(self.tr("Supervision list: %1").replace("%1", str(self.total)))

"""The scenario editor's dry run: every inject, its dispatch target and each scripted
department step at its drill minute, as the server worked it out (no case is made)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from console.models.labels import action_label, channel_label, state_label
from console.translatable import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "ScenarioTimeline"
HEADERS = (
    QT_TRANSLATE_NOOP("ScenarioTimeline", "Minute"),
    QT_TRANSLATE_NOOP("ScenarioTimeline", "Drill time"),
    QT_TRANSLATE_NOOP("ScenarioTimeline", "What"),
    QT_TRANSLATE_NOOP("ScenarioTimeline", "Inject"),
    QT_TRANSLATE_NOOP("ScenarioTimeline", "Channel"),
    QT_TRANSLATE_NOOP("ScenarioTimeline", "Department"),
    QT_TRANSLATE_NOOP("ScenarioTimeline", "Action / expected"),
    QT_TRANSLATE_NOOP("ScenarioTimeline", "Note"),
)
KIND = {
    "inject": QT_TRANSLATE_NOOP("ScenarioTimeline", "Arrives"),
    "dispatch_due": QT_TRANSLATE_NOOP("ScenarioTimeline", "Dispatch due"),
    "step": QT_TRANSLATE_NOOP("ScenarioTimeline", "Department acts"),
}
# Row tints by kind: arrivals stand out, the department's moves recede.
TINT = {"inject": "#1d3a5c", "dispatch_due": "#4a3b12", "step": "#20332a"}


BY_MINUTE = QT_TRANSLATE_NOOP("ScenarioTimeline", "to %1 by this minute")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def minute_text(minutes: float) -> str:
    """A drill minute as the trainer reads it: "+12" or "+12.5"."""
    return f"+{minutes:g}"


def drill_time_text(instant: str) -> str:
    """The drill instant's date and time ("06-12 07:32")."""
    try:
        return datetime.fromisoformat(instant).strftime("%m-%d %H:%M")
    except ValueError:
        return instant


class DryRunModel(QAbstractTableModel):
    """The dry run's rows (the server's `timeline`), in drill-minute order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self.department_names: dict[str, str] = {}  # code → name, from the reference data

    def set_rows(self, rows: list[dict[str, Any]] | tuple[dict[str, Any], ...]) -> None:
        """Show another dry run (empty: none)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> dict[str, Any]:
        """The server's row behind a table row."""
        return self._rows[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column(), self.department_names)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(TINT.get(row["kind"], "#202020")))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 7:
            return self.cell(row, 7, self.department_names) or None
        return None

    @staticmethod
    def cell(row: dict[str, Any], column: int, names: dict[str, str] | None = None) -> str:
        """The text of one cell (departments by `names` where known, else by code)."""
        kind = row["kind"]
        code = str(row.get("department") or "")
        department = (names or {}).get(code, code)
        if column == 0:
            return minute_text(float(row["at_min"]))
        if column == 1:
            return drill_time_text(str(row["at"]))
        if column == 2:
            return _t(KIND.get(kind, kind))
        if column == 3:
            duplicate = row.get("duplicate_of")
            return f"{row['inject']} → {duplicate}" if duplicate else str(row["inject"])
        if column == 4:
            return channel_label(row.get("channel")) if kind == "inject" else ""
        if column == 5:
            return department
        if column == 6:
            if kind == "step":
                return action_label(row.get("action"))
            return state_label(row.get("expect_state")) if kind == "inject" else ""
        note = str(row.get("note") or "") if kind == "step" else str(row.get("title") or "")
        if kind == "dispatch_due":
            return _t(BY_MINUTE).replace("%1", department or "?")
        photo = row.get("photo")
        return f"{note}  📷 {photo}" if photo else note


class ScenarioTimeline(QTableView):
    """The dry run as a table by drill minute (read only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioTimeline")
        self.dry_run = DryRunModel(self)
        self.setModel(self.dry_run)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((60, 96, 120, 190, 100, 130, 150)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def show_rows(self, rows: list[dict[str, Any]] | tuple[dict[str, Any], ...]) -> None:
        """Show the server's dry run."""
        self.dry_run.set_rows(rows)

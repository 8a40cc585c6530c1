"""The admin log as a table, newest first, grown page by page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from console.admin.admin_log_labels import action_label, kind_label
from console.translatable import QT_TRANSLATE_NOOP
from widgets.plain_tip import plain_tip

TIME, KIND, ACTION, ACTOR, TARGET, NOTE = range(6)
_HEADERS = (
    QT_TRANSLATE_NOOP("AdminLog", "Time"),
    QT_TRANSLATE_NOOP("AdminLog", "Kind"),
    QT_TRANSLATE_NOOP("AdminLog", "Action"),
    QT_TRANSLATE_NOOP("AdminLog", "By"),
    QT_TRANSLATE_NOOP("AdminLog", "Target"),
    QT_TRANSLATE_NOOP("AdminLog", "Note"),
)
_REFUSED = QBrush(QColor("#ff8a80"))
Index = QModelIndex | QPersistentModelIndex


def when_text(value: object) -> str:
    """'2026-12-06 09:14:05' from an ISO instant (the district's own offset)."""
    return str(value or "")[:19].replace("T", " ")


def actor_text(record: dict[str, Any]) -> str:
    """'管理员 (admin)', or the username tried for a refused sign-in."""
    name, username = record.get("actor") or "", record.get("actor_username") or ""
    if name and username and name != username:
        return f"{name} ({username})"
    return str(name or username)


class AdminLogModel(QAbstractTableModel):
    """Records as the server sent them; `append` adds the next page."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.records: list[dict[str, Any]] = []

    def reset(self, records: list[dict[str, Any]]) -> None:
        """Show these records only."""
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def append(self, records: list[dict[str, Any]]) -> None:
        """Add older records below (a record already shown is skipped)."""
        known = {r.get("id") for r in self.records}
        fresh = [r for r in records if r.get("id") not in known]
        if not fresh:
            return
        first = len(self.records)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self.records += fresh
        self.endInsertRows()

    def record(self, row: int) -> dict[str, Any] | None:
        """The record on a row."""
        return self.records[row] if 0 <= row < len(self.records) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("AdminLog", _HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self.records[index.row()], index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self.data(index, Qt.ItemDataRole.DisplayRole))
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TIME:
                return when_text(record.get("created_at"))
            if column == KIND:
                return kind_label(record.get("kind"))
            if column == ACTION:
                return action_label(record.get("kind"), record.get("action"))
            if column == ACTOR:
                return actor_text(record)
            if column == TARGET:
                return str(record.get("target") or "")
            return str(record.get("note") or "")
        if role == Qt.ItemDataRole.ForegroundRole and record.get("action") == "failure":
            return _REFUSED
        return None

"""The camera registry as a table: code, name, street, kind, status, coordinates, stream."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from console.admin.camera_form import kind_label, status_label
from widgets.plain_tip import plain_tip

ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_INK = {
    "online": QBrush(QColor("#5cd67a")),
    "offline": QBrush(QColor("#ff6b6b")),
    "maintenance": QBrush(QColor("#f9c74f")),
}


class CameraTable(QTableWidget):
    """One row per camera, sortable, filtered by a text; keeps the chosen camera on reload."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setObjectName("cameraTable")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Street"),
                self.tr("Kind"),
                self.tr("Status"),
                self.tr("Coordinates"),
                self.tr("Stream URL"),
            ]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((120, 190, 70, 100, 70, 160)):
            self.setColumnWidth(column, width)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.cameras: dict[int, dict[str, Any]] = {}
        self._filter = ""

    def set_cameras(self, items: list[dict[str, Any]]) -> None:
        """Show these cameras; the chosen one stays chosen when it is still there."""
        chosen = self.current_id()
        self.cameras = {int(item["id"]): item for item in items}
        self.setSortingEnabled(False)
        self.setRowCount(len(items))
        for row, item in enumerate(items):
            lat, lon = item.get("lat"), item.get("lon")
            place = f"{lat:.5f}, {lon:.5f}" if lat is not None and lon is not None else ""
            status = str(item.get("status") or "")
            texts = [
                str(item.get("code") or ""),
                str(item.get("name") or ""),
                str(item.get("street_name") or item.get("street") or ""),
                kind_label(str(item.get("kind") or "")),
                status_label(status),
                place,
                str(item.get("stream_url") or ""),
            ]
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, int(item["id"]))
                cell.setToolTip(plain_tip(text))
                if column == 4 and status in STATUS_INK:
                    cell.setForeground(STATUS_INK[status])
                self.setItem(row, column, cell)
        self.setSortingEnabled(True)
        self.apply_filter(self._filter)
        if chosen is not None:
            self.choose(chosen)

    def current_id(self) -> int | None:
        """The id of the chosen camera, if any."""
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        if not rows:
            return None
        item = self.item(rows[0].row(), 0)
        return int(item.data(ID_ROLE)) if item is not None else None

    def current(self) -> dict[str, Any] | None:
        """The chosen camera as the server sent it."""
        camera_id = self.current_id()
        return self.cameras.get(camera_id) if camera_id is not None else None

    def choose(self, camera_id: int) -> bool:
        """Select the camera's row; False when it is not listed."""
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.data(ID_ROLE) == camera_id:
                self.selectRow(row)
                self.scrollToItem(item)
                return True
        return False

    def row_texts(self) -> list[list[str]]:
        """What the table shows, row by row (visible rows only)."""
        return [
            [self.item(row, c).text() for c in range(self.columnCount())]  # type: ignore[union-attr]
            for row in range(self.rowCount())
            if not self.isRowHidden(row)
        ]

    def apply_filter(self, text: str) -> None:
        """Show only rows containing the text (code, name, street, URL…)."""
        self._filter = text.strip().lower()
        for row in range(self.rowCount()):
            cells = (self.item(row, c) for c in range(self.columnCount()))
            line = " ".join(cell.text().lower() for cell in cells if cell is not None)
            self.setRowHidden(row, bool(self._filter) and self._filter not in line)

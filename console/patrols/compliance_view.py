"""The week's 河长行动日 compliance: every river with its chief and its segments with theirs,
the ones nobody patrolled since Monday in red."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from console.models import center_time
from console.patrols.week import RiverWeek, missing_count
from widgets import sla_palette
from widgets.plain_text import PlainLabel
from widgets.tree_rows import child_item, top_item

RIVER_CODE = Qt.ItemDataRole.UserRole
MISSING = Qt.ItemDataRole.UserRole + 1
RED = QBrush(QColor(sla_palette.INK["red"]))
GREEN = QBrush(QColor(sla_palette.INK["green"]))
COLUMNS = 5


class ComplianceView(QWidget):
    """Rivers and segments of the week; `show_week(weeks, monday, current)` fills it."""

    river_requested = Signal(str)  # double-click: list this river's patrols

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patrolCompliance")
        self.summary = PlainLabel(self)
        self.summary.setObjectName("complianceSummary")
        self.summary.setWordWrap(True)
        self.counts = (0, 0)  # segments not patrolled, segments in all (as the summary says)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("complianceTree")
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels(
            [
                self.tr("River / segment"),
                self.tr("Chief"),
                self.tr("Street"),
                self.tr("Patrols"),
                self.tr("Last patrol"),
            ]
        )
        for column, width in enumerate((220, 110, 90, 70)):
            self.tree.setColumnWidth(column, width)
        self.tree.itemActivated.connect(self._on_item_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def show_week(self, weeks: list[RiverWeek], monday_text: str, current: bool) -> None:
        """The rivers of the week starting on `monday_text`; `current`: the week runs now
        (its summary says "since Monday")."""
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for river in weeks:
            row = QTreeWidgetItem(
                [
                    river.name,
                    river.chief,
                    "",
                    str(len(river.patrols)),
                    center_time.when_text(
                        max((str(p.get("started_at")) for p in river.patrols), default="")
                    ),
                ]
            )
            row.setData(0, RIVER_CODE, river.code)
            missing = not river.patrolled or bool(river.missing)
            row.setData(0, MISSING, not river.patrolled)
            self._paint(row, not river.patrolled, bold)
            if river.patrolled and river.missing:
                row.setForeground(0, RED)
            for segment in river.segments:
                child = QTreeWidgetItem(
                    [
                        segment.name,
                        segment.chief,
                        segment.street_name,
                        str(len(segment.patrols)),
                        center_time.when_text(segment.last)
                        if segment.last
                        else self.tr("none since Monday"),
                    ]
                )
                child.setData(0, RIVER_CODE, river.code)
                child.setData(0, MISSING, not segment.patrolled)
                self._paint(child, not segment.patrolled, bold)
                row.addChild(child)
            self.tree.addTopLevelItem(row)
            row.setExpanded(missing)
        missing_segments, total = self.counts = missing_count(weeks)
        if missing_segments:
            text = (
                self.tr("%1 of %2 segments have no patrol since Monday %3.")
                if current
                else self.tr("%1 of %2 segments had no patrol in the week of %3.")
            )
        else:
            text = self.tr("Every segment was patrolled in the week of %3.")
        self.summary.setText(
            text.replace("%1", str(missing_segments))
            .replace("%2", str(total))
            .replace("%3", monday_text)
        )
        self.summary.setProperty("alert", bool(missing_segments))

    def missing_names(self) -> list[str]:
        """The rivers and segments shown as not patrolled (for the status line and tests)."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            river = top_item(self.tree, index)
            if river.data(0, MISSING):
                found.append(river.text(0))
            for child_index in range(river.childCount()):
                child = child_item(river, child_index)
                if child.data(0, MISSING):
                    found.append(child.text(0))
        return found

    @staticmethod
    def _paint(row: QTreeWidgetItem, missing: bool, bold: QFont) -> None:
        if not missing:
            row.setForeground(3, GREEN)
            return
        for column in range(COLUMNS):
            row.setForeground(column, RED)
            row.setFont(column, bold)

    def _on_item_activated(self, item: QTreeWidgetItem) -> None:
        code = str(item.data(0, RIVER_CODE) or "")
        if code:
            self.river_requested.emit(code)

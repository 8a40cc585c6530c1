"""What became of each action sent from this console: done, conflict, refused (and why), waiting.

Conflicts and refusals stay marked until the officer acknowledges them, also across a restart
(the outbox keeps them); a new one brings the pane to the front.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.controllers.context import PaneContext
from console.models import center_time, labels, problem_text
from console.store.outbox import OutboxItem
from widgets.plain_text import PlainLabel

WHEN, CASE, ACTION, RESULT = range(4)
ITEM_ID = Qt.ItemDataRole.UserRole
INK = {
    "done": QBrush(QColor("#5cd67a")),
    "conflict": QBrush(QColor("#f9c74f")),
    "refused": QBrush(QColor("#ff6b6b")),
    "pending": QBrush(QColor("#9fb0c4")),
}
PROBLEMS = ("conflict", "refused")


class ResultsPane(QWidget):
    """One row per action (outbox item); problems are acknowledged here."""

    attention_requested = Signal()

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPane")
        self._ctx = ctx
        self._rows: dict[int, QTreeWidgetItem] = {}
        self._status: dict[int, str] = {}
        self._cases: dict[int, int] = {}
        self._problems: set[int] = set()
        self._why: dict[int, str] = {}
        self.summary = PlainLabel(self)
        self.summary.setObjectName("resultsSummary")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("resultList")
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setIndentation(12)
        self.tree.setHeaderLabels(
            [self.tr("Time"), self.tr("Case"), self.tr("Action"), self.tr("Result")]
        )
        for column, width in enumerate((64, 132, 150)):
            self.tree.setColumnWidth(column, width)
        # The why of the row the officer is on, in full (the list shows it on one line).
        self.detail = PlainLabel(self)
        self.detail.setObjectName("resultDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.acknowledge_button = QPushButton(self.tr("Acknowledge selected"), self)
        self.acknowledge_button.setObjectName("acknowledgeSelected")
        self.acknowledge_all_button = QPushButton(self.tr("Acknowledge all"), self)
        self.acknowledge_all_button.setObjectName("acknowledgeAll")
        self.clear_button = QPushButton(self.tr("Clear finished"), self)
        self.clear_button.setObjectName("clearFinished")
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.acknowledge_button, self.acknowledge_all_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        self.acknowledge_button.clicked.connect(self._on_acknowledge_clicked)
        self.acknowledge_all_button.clicked.connect(self._on_acknowledge_all_clicked)
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self.tree.currentItemChanged.connect(lambda *_: self._on_tree_current_changed())
        ctx.sync.queued.connect(self._on_sync_queued)
        ctx.sync.settled.connect(self._on_sync_settled)
        ctx.sync.problems_loaded.connect(self._on_sync_problems_loaded)
        ctx.sync.batch_submitted.connect(lambda _n: self.attention_requested.emit())
        self._update_summary()

    # -- public -----------------------------------------------------------------------------

    def statuses(self, case_ids: set[int] | None = None) -> dict[int, str]:
        """Outbox item id → status (done, conflict, refused, pending), optionally for some cases."""
        return {
            item_id: status
            for item_id, status in self._status.items()
            if case_ids is None or self._cases[item_id] in case_ids
        }

    def row_text(self, item_id: int) -> list[str]:
        """The texts of an item's row: time, case, action, result, and why."""
        row = self._rows[item_id]
        return [row.text(column) for column in range(4)] + [self._why[item_id]]

    def problems(self) -> set[int]:
        """Item ids of conflicts and refusals not yet acknowledged."""
        return set(self._problems)

    def acknowledge(self, item_ids: set[int]) -> None:
        """Mark these problems as seen (in the outbox too, so a restart does not show them)."""
        ids = item_ids & self._problems
        if not ids:
            return
        self._ctx.sync.acknowledge(sorted(ids))
        self._problems -= ids
        for item_id in ids:
            row = self._rows[item_id]
            row.setText(RESULT, row.text(RESULT) + self.tr(" (seen)"))
            font = QFont(row.font(RESULT))
            font.setBold(False)
            for column in range(4):
                row.setFont(column, font)
        self._update_summary()

    # -- handlers ---------------------------------------------------------------------------

    def _on_sync_queued(self, item: OutboxItem) -> None:
        self._show(item, "pending", problem_text.outcome_text(item, "pending", None))

    def _on_sync_settled(self, result: Any) -> None:
        why = problem_text.outcome_text(result.item, result.status, result.error)
        self._show(result.item, result.status, why)
        if result.status in PROBLEMS:
            self.attention_requested.emit()

    def _on_sync_problems_loaded(self, items: list[OutboxItem]) -> None:
        for item in items:
            self._show(item, item.status, problem_text.outcome_text(item, item.status, None))
        self.attention_requested.emit()

    def _on_tree_current_changed(self) -> None:
        row = self.tree.currentItem()
        if row is not None and row.parent() is not None:
            row = row.parent()
        self.detail.setText(self._why.get(int(row.data(WHEN, ITEM_ID)), "") if row else "")

    def _on_acknowledge_clicked(self) -> None:
        rows = [row.parent() or row for row in self.tree.selectedItems()]
        chosen = {int(row.data(WHEN, ITEM_ID)) for row in rows}
        self.acknowledge(chosen)

    def _on_acknowledge_all_clicked(self) -> None:
        self.acknowledge(set(self._problems))

    def _on_clear_clicked(self) -> None:
        for item_id, status in list(self._status.items()):
            if status == "done" or (status in PROBLEMS and item_id not in self._problems):
                row = self._rows.pop(item_id)
                self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(row))
                del self._status[item_id], self._cases[item_id], self._why[item_id]
        self._update_summary()

    # -- rows -------------------------------------------------------------------------------

    def _show(self, item: OutboxItem, status: str, why: str) -> None:
        row = self._rows.get(item.id)
        if row is None:
            row = QTreeWidgetItem()
            row.setData(WHEN, ITEM_ID, item.id)
            self.tree.insertTopLevelItem(0, row)  # newest first
            self._rows[item.id] = row
        case = self._ctx.model.case(item.case_id)
        action = labels.action_label(item.action)
        department = item.fields.get("department")
        if department:
            action += f" → {self._department_name(str(department))}"
        row.setText(WHEN, center_time.clock_text(self._ctx.model.now()))  # center time
        row.setText(CASE, case.label if case else f"#{item.case_id}")
        row.setToolTip(CASE, (case.title if case else "") or "")
        row.setText(ACTION, action)
        row.setText(RESULT, problem_text.status_label(status))
        row.setToolTip(RESULT, why)
        ink = INK.get(status, INK["pending"])
        font = QFont(self.tree.font())
        font.setBold(status in PROBLEMS)
        for column in range(4):
            row.setForeground(column, ink)
            row.setFont(column, font)
        row.takeChildren()
        if status in PROBLEMS:  # why, on its own full-width line under the row
            line = QTreeWidgetItem(row, [why])
            line.setFirstColumnSpanned(True)
            line.setForeground(0, ink)
            line.setToolTip(0, why)
            row.setExpanded(True)
        self._why[item.id] = why
        current = self.tree.currentItem()
        if current is None and status in PROBLEMS:
            self.detail.setText(why)  # the newest problem, in full, until a row is chosen
        elif current in (row, *(row.child(i) for i in range(row.childCount()))):
            self.detail.setText(why)
        self._status[item.id] = status
        self._cases[item.id] = item.case_id
        if status in PROBLEMS and not item.acknowledged:
            self._problems.add(item.id)
        self._update_summary()

    def _department_name(self, code: str) -> str:
        for department in self._ctx.reference.data.get("departments", []):
            if department.get("code") == code:
                return str(department.get("name"))
        return code

    def _update_summary(self) -> None:
        counts = {status: 0 for status in ("pending", "done", "conflict", "refused")}
        for status in self._status.values():
            counts[status] = counts.get(status, 0) + 1
        text = self.tr("Waiting %1 · done %2 · conflicts %3 · refused %4 · to acknowledge %5")
        for n, key in enumerate(("pending", "done", "conflict", "refused"), start=1):
            text = text.replace(f"%{n}", str(counts[key]))
        self.summary.setText(text.replace("%5", str(len(self._problems))))
        self.summary.setProperty("alert", bool(self._problems))
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.acknowledge_button.setEnabled(bool(self._problems))
        self.acknowledge_all_button.setEnabled(bool(self._problems))

"""Bulk work on the cases selected in the queue: dispatch them to one department, or urge them.

Each case is sent on the version the officer saw when the dialog opened: a case changed by
someone else meanwhile comes back as a conflict in the results list, never overwritten.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.contract import Case
from console.controllers.action_sync import Entry
from console.controllers.context import PaneContext
from console.controllers.dispatch_aids import rule_department
from console.models import labels
from widgets.plain_text import PlainLabel

CODE = Qt.ItemDataRole.UserRole


class BulkDialog(QDialog):
    """Which cases will get the action (and which cannot), the department, a note."""

    def __init__(
        self,
        action: str,
        cases: list[Case],
        ctx: PaneContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulkDialog")
        self.action = action
        self.cases = list(cases)  # the versions seen now (frozen)
        self.eligible = [c for c in self.cases if action in c.allowed_actions]
        skipped = len(self.cases) - len(self.eligible)
        what = labels.action_label(action)
        title = self.tr("%1 %2 cases").replace("%1", what)
        self.setWindowTitle(title.replace("%2", str(len(self.eligible))))
        summary = self.tr("%1 cases selected; %2 will get “%3”.")
        text = summary.replace("%1", str(len(self.cases))).replace("%2", str(len(self.eligible)))
        text = text.replace("%3", what)
        if skipped:
            text += " " + self.tr("%1 cannot in their present state and are left out.").replace(
                "%1", str(skipped)
            )
        self.summary = PlainLabel(text, self)
        self.summary.setWordWrap(True)
        self.departments = QListWidget(self)
        self.departments.setObjectName("bulkDepartments")
        suggested = Counter(rule_department(ctx.reference.data, case) for case in self.eligible)
        handling = [
            d for d in ctx.reference.data.get("departments", []) if d.get("handles_cases", True)
        ]
        handling.sort(key=lambda d: -suggested.get(d["code"], 0))
        for department in handling:
            count = suggested.get(department["code"], 0)
            text = department["name"]
            if count:
                text += "  " + self.tr("(category rule for %1 of them)").replace("%1", str(count))
            item = QListWidgetItem(text, self.departments)
            item.setData(CODE, department["code"])
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("bulkNote")
        self.note.setFixedHeight(60)
        self.note.setPlaceholderText(self.tr("Note sent with every case (optional)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if action == "dispatch":
            layout.addWidget(PlainLabel(self.tr("Dispatch all of them to:"), self))
            layout.addWidget(self.departments, 1)
        else:
            self.departments.hide()
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.departments.currentItemChanged.connect(lambda *_: self._update_ok())
        self.resize(520, 460 if action == "dispatch" else 220)
        self._update_ok()

    def department(self) -> str | None:
        """The department chosen (dispatch only)."""
        item = self.departments.currentItem()
        code: str | None = item.data(CODE) if item is not None else None
        return code

    def choose_department(self, code: str) -> bool:
        """Choose a department by code."""
        for i in range(self.departments.count()):
            if self.departments.item(i).data(CODE) == code:
                self.departments.setCurrentRow(i)
                return True
        return False

    def entries(self) -> list[Entry]:
        """What to send: one entry per eligible case, on the version seen when opened."""
        fields: dict[str, object] = {}
        if self.note.toPlainText().strip():
            fields["note"] = self.note.toPlainText().strip()
        if self.action == "dispatch":
            fields["department"] = self.department()
        return [(case, self.action, fields) for case in self.eligible]

    def _update_ok(self) -> None:
        ready = bool(self.eligible) and (self.action != "dispatch" or bool(self.department()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)


class BulkCommands(QObject):
    """The registry's bulk commands: enabled with a selection, each opening a BulkDialog."""

    def __init__(self, ctx: PaneContext, queue: Any, window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._queue = queue
        self._window = window
        self.dialog: BulkDialog | None = None
        self._actions = {name: ctx.actions.get(f"bulk_{name}") for name in ("dispatch", "urge")}
        for name, action in self._actions.items():
            if action is not None:
                action.triggered.connect(lambda _c=False, n=name: self.open_dialog(n))
        queue.selection_changed.connect(self._on_queue_selection_changed)
        self._on_queue_selection_changed()

    def open_dialog(self, action: str) -> BulkDialog | None:
        """Ask about the selected cases; on OK every eligible one goes to the outbox."""
        model = self._ctx.model
        cases = [c for c in map(model.case, self._queue.selected_case_ids()) if c is not None]
        if not cases:
            return None
        dialog = self.dialog = BulkDialog(action, cases, self._ctx, self._window)
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog))
        dialog.open()
        return dialog

    def _on_dialog_accepted(self, dialog: BulkDialog) -> None:
        self._ctx.sync.submit(dialog.entries())
        dialog.deleteLater()
        if self.dialog is dialog:
            self.dialog = None

    def _on_queue_selection_changed(self) -> None:
        selected = len(self._queue.selected_case_ids())
        for action in self._actions.values():
            if action is not None:
                action.setEnabled(selected > 0)

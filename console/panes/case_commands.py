"""Lifecycle actions on the current case: ask what the action needs, send it in order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from console.models import labels
from console.panes.context import PaneContext

# Actions whose note is a required reason, or an optional remark.
NEEDS_NOTE = {"urge": False, "comment": True, "resolve": False}


class CaseCommands(QObject):
    """Enables the registry's lifecycle actions per case and runs them on the write worker."""

    def __init__(self, ctx: PaneContext, window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window
        self._actions = ctx.actions.lifecycle()
        for name, action in self._actions.items():
            action.triggered.connect(lambda _checked=False, n=name: self._on_action_triggered(n))
        ctx.selection.changed.connect(self._on_selection_changed)
        ctx.model.dataChanged.connect(lambda *_: self.refresh())
        ctx.model.modelReset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Enable exactly the actions the server allows on the current case."""
        case = self._current()
        allowed = set(case.get("allowed_actions") or []) if case else set()
        for name, action in self._actions.items():
            action.setEnabled(name in allowed)

    def _current(self) -> dict[str, Any] | None:
        case_id = self._ctx.selection.case_id
        return self._ctx.model.case(case_id) if case_id else None

    def _on_selection_changed(self, _case_id: int) -> None:
        self.refresh()

    def _on_action_triggered(self, name: str) -> None:
        case = self._current()
        if case is None or name not in (case.get("allowed_actions") or []):
            return
        fields: dict[str, Any] = {}
        title = labels.action_label(name)
        if name == "dispatch":
            department = self._ask_department(case, title)
            if department is None:
                return
            fields["department"] = department
        elif name in NEEDS_NOTE:
            note, ok = QInputDialog.getText(self._window, title, self.tr("Note:"))
            if not ok or (NEEDS_NOTE[name] and not note.strip()):
                return
            fields["note"] = note.strip()
        self.run(case, name, **fields)

    def run(self, case: dict[str, Any], name: str, **fields: Any) -> None:
        """Send the action on the version shown; the updated case replaces the row."""
        client, case_id, version = self._ctx.client, int(case["id"]), int(case["version"])
        self._ctx.runner.run(
            lambda: client.act(case_id, name, version, **fields),
            self._on_act_done,
            what=f"{labels.action_label(name)} {case.get('ref', '')}",
            write=True,
        )

    def _on_act_done(self, updated: dict[str, Any]) -> None:
        self._ctx.model.upsert(updated, alert=False)
        self.refresh()

    def _ask_department(self, case: dict[str, Any], title: str) -> str | None:
        departments = [
            d for d in self._ctx.reference.data.get("departments", []) if d.get("handles_cases")
        ]
        if not departments:
            return None
        suggested = self._suggested(case)
        names = [d["name"] for d in departments]
        codes = [d["code"] for d in departments]
        current = codes.index(suggested) if suggested in codes else 0
        name, ok = QInputDialog.getItem(
            self._window, title, self.tr("Department:"), names, current, False
        )
        return codes[names.index(name)] if ok else None

    def _suggested(self, case: dict[str, Any]) -> str | None:
        """The routing rule's department for the case's category (the easy, right choice)."""
        for category in self._ctx.reference.data.get("categories", []):
            if category.get("code") == case.get("category"):
                return category.get("department")
        return None

"""The case commands of the registry: enabled per case, taken at once or opened as a form.

Commands that need nothing more (register, verify, sign, approve an extension, dispatch to the
suggested department) go straight to the outbox; the others open their form in the dispatch
pane. Either way the server's `allowed_actions` decide what is enabled.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from console.actions import ActionSpec
from console.contract import Case
from console.controllers.context import PaneContext
from console.controllers.dispatch_aids import rule_department, suggested_department


class CaseCommands(QObject):
    """Enables the registry's lifecycle commands for the current case and carries them out."""

    def __init__(self, ctx: PaneContext, window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window
        self._commands = [
            (ctx.actions.spec(action_id), action)
            for action_id, action in ctx.actions.lifecycle().items()
        ]
        for spec, action in self._commands:
            action.triggered.connect(lambda _checked=False, s=spec: self._on_action_triggered(s))
        ctx.selection.changed.connect(lambda _case_id: self.refresh())
        ctx.model.cases_changed.connect(self._on_model_cases_changed)
        ctx.model.layoutChanged.connect(self.refresh)  # a load merges in place
        self.refresh()

    def refresh(self) -> None:
        """Enable exactly the commands the server allows on the current case (dispatching a
        case still to register registers it first)."""
        case = self._current()
        allowed = set(case.allowed_actions) if case else set()
        for spec, action in self._commands:
            action.setEnabled(spec.lifecycle in allowed or self._registers_first(spec, allowed))

    def dispatch_suggested(self, case: Case) -> None:
        """Dispatch to the routing's first choice, on the version the officer saw (a case
        still to register is registered first, in the same go)."""
        seen = case  # frozen: the version the officer saw
        routing = self._ctx.aids.cached_routing(seen)
        if routing is not None:
            self._dispatch_to(seen, routing)
        else:
            self._ctx.aids.load_routing(seen, lambda body: self._dispatch_to(seen, body))

    @staticmethod
    def _registers_first(spec: ActionSpec, allowed: set[str]) -> bool:
        return spec.lifecycle == "dispatch" and "register" in allowed and "dispatch" not in allowed

    def _current(self) -> Case | None:
        case_id = self._ctx.selection.case_id
        return self._ctx.model.case(case_id) if case_id else None

    def _on_model_cases_changed(self, case_ids: frozenset[int]) -> None:
        if self._ctx.selection.case_id in case_ids:
            self.refresh()

    def _on_action_triggered(self, spec: ActionSpec) -> None:
        case = self._current()
        allowed = set(case.allowed_actions) if case else set()
        if case is None or not (spec.lifecycle in allowed or self._registers_first(spec, allowed)):
            return
        if spec.form:
            self._ctx.selection.action_requested.emit(spec.lifecycle)
        elif spec.lifecycle == "dispatch":
            self.dispatch_suggested(case)
        else:
            self._ctx.sync.submit([(case, spec.lifecycle, {})])

    def _dispatch_to(self, case: Case, routing: dict[str, Any] | None) -> None:
        suggestion = suggested_department(routing)
        code = suggestion.get("department") if suggestion else None
        if routing is None and not case.return_count:
            # Routing unreadable (offline): the category rule, unless the case has bounced.
            code = rule_department(self._ctx.reference.data, case)
        register = "register" in case.allowed_actions and not (
            self._ctx.sync.is_pending(case.id, "register")
        )
        if not code:
            self._ctx.selection.action_requested.emit("register" if register else "dispatch")
            return
        first: list[tuple[Case, str, dict[str, Any]]] = [(case, "register", {})] if register else []
        self._ctx.sync.submit([*first, (case, "dispatch", {"department": code})])

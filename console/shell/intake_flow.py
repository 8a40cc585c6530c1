"""From a call to a dispatched case without searching: after 新建案件 the new case is selected,
the dispatch pane has "register and dispatch" chosen with the suggested department and the
keyboard; one key sends, and the call form is ready for the next call. Created with
Ctrl+Shift+Enter, the case is registered and dispatched to the suggestion at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from console.contract import Case
from console.controllers.action_sync import row_of
from console.controllers.case_commands import CaseCommands
from console.controllers.context import PaneContext
from console.panes.call_intake import CallIntakePane
from console.panes.dispatch_pane import DispatchPane
from console.panes.queue_pane import QueuePane
from console.shell.docks import PaneDocks


class IntakeFlow(QObject):
    """Leads the officer from the call form to the dispatch pane and back."""

    def __init__(
        self,
        ctx: PaneContext,
        queue: QueuePane,
        docks: PaneDocks,
        commands: CaseCommands,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._queue = queue
        self._docks = docks
        self._commands = commands
        self._waiting = 0  # the new case whose dispatch the officer is about to send
        intake, dispatch = docks.panes.get("call_intake"), docks.panes.get("dispatch")
        self._intake = intake if isinstance(intake, CallIntakePane) else None
        self._dispatch = dispatch if isinstance(dispatch, DispatchPane) else None
        if self._intake is None or self._dispatch is None:
            return  # a role without the call form or the dispatch pane
        self._intake.case_created.connect(self._on_intake_case_created)
        self._dispatch.sent.connect(self._on_dispatch_sent)

    def select(self, case: Case) -> None:
        """Make the case current in the queue (clearing filters that hide it)."""
        case_id = case.id
        self._ctx.model.upsert(row_of(case), alert=False)  # before the feed brings it
        if self._queue.select_case(case_id):
            return
        self._queue.clear_filters()
        if not self._queue.select_case(case_id):
            self._ctx.selection.set(case_id)

    def _on_intake_case_created(self, case: Case) -> None:
        assert self._dispatch is not None and self._intake is not None
        self.select(case)
        if case.state == "closed":  # 直办: answered and closed at intake
            return
        if self._intake.express:  # Ctrl+Shift+Enter: no stop at the dispatch pane
            self._intake.express = False
            self._commands.dispatch_suggested(self._ctx.model.case(case.id) or case)
            self._intake.say_dispatching(case.ref or "")
            self._docks.show_pane("call_intake")
            return
        self._docks.show_pane("dispatch", focus=False)
        if self._dispatch.prepare_register_and_dispatch(case.id):
            self._waiting = case.id
        else:
            self._docks.focus("dispatch")
        # The dispatch fields change the docks' heights: keep the new case's row in view.
        QTimer.singleShot(0, lambda: self._queue.view.scrollTo(self._queue.view.currentIndex()))

    def _on_dispatch_sent(self, case_id: int, action: str) -> None:
        if case_id != self._waiting or self._intake is None or self._dispatch is None:
            return
        self._waiting = 0
        case = self._ctx.model.case(case_id)
        if action == "register_dispatch":
            department = self._dispatch.departments.selected_name()
            self._intake.say_dispatched((case.ref if case else None) or "", department)
        self._docks.forget_focus("call_intake")
        self._docks.show_pane("call_intake")  # the next call

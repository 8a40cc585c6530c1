"""What the 督办 board does to a case: urge, 督办 with a note, decide an extension or a park
request, void, escalate to the city; and open a 通报's document.

Every command is declared once in the window's registry (the Case menu and F1 list it, its
keys work with the keyboard in the board) and taken through the same outbox as dispatch
(`ctx.sync.submit`), on the case version the board shows: a stale one comes back as the
outbox's conflict, worded as everywhere (problem_text), in the board and the results pane.
Which commands are enabled is the server's word: the case's `allowed_actions`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from console.actions import ActionSpec
from console.contract import Case
from console.contract.supervision import PendingRequest, SupervisionItem
from console.controllers.context import PaneContext
from console.models import labels, problem_text
from console.panes import dispatch_form as form
from console.panes.supervision_board_dialog import BoardNoteDialog
from console.panes.supervision_board_model import action_label
from console.translatable import QT_TRANSLATE_NOOP

BOARD_ROLES = frozenset({"supervisor", "duty_officer"})
PANE = "supervision"


def _spec(action_id: str, text: str, keys: str, rule: str, first: bool = False) -> ActionSpec:
    return ActionSpec(
        action_id,
        text,
        "case",
        keys,
        roles=BOARD_ROLES,
        rule=rule,
        pane=PANE,
        separator_before=first,
    )


SPECS: tuple[ActionSpec, ...] = (
    _spec("board_urge", QT_TRANSLATE_NOOP("Actions", "Board: urge…"), "Ctrl+Alt+E", "urge", True),
    _spec(
        "board_supervise",
        QT_TRANSLATE_NOOP("Actions", "Board: supervise (督办)…"),
        "Ctrl+Alt+S",
        "supervise",
    ),
    _spec(
        "board_approve",
        QT_TRANSLATE_NOOP("Actions", "Board: approve the request"),
        "Ctrl+Alt+A",
        "approve_extension",
    ),
    _spec(
        "board_refuse",
        QT_TRANSLATE_NOOP("Actions", "Board: refuse the request…"),
        "Ctrl+Alt+R",
        "reject_extension",
    ),
    _spec("board_void", QT_TRANSLATE_NOOP("Actions", "Board: void…"), "Ctrl+Alt+V", "void"),
    _spec(
        "board_escalate_city",
        QT_TRANSLATE_NOOP("Actions", "Board: escalate to the city…"),
        "Ctrl+Alt+C",
        "escalate",
    ),
    ActionSpec(
        "board_bulletin",
        QT_TRANSLATE_NOOP("Actions", "Board: open the bulletin (通报)"),
        "case",
        "Ctrl+Alt+B",
        roles=BOARD_ROLES,
        pane=PANE,
    ),
)


@dataclass(frozen=True)
class Target:
    """What the officer is on in the board: the case, and the item or request it came from."""

    case: Case
    item: SupervisionItem | None = None
    request: PendingRequest | None = None


def decision(target: Target, approve: bool) -> str:
    """The lifecycle action that approves or refuses what the case waits for: the request
    chosen, else the case's pending extension, else its pending park request."""
    kind = target.request.kind if target.request else ""
    if not kind:
        case = target.case
        if case.extension_pending_min:
            kind = "extension"
        elif case.park_pending:
            kind = "park"
    if kind == "extension":
        return "approve_extension" if approve else "reject_extension"
    if kind == "park":
        return "park" if approve else "reject_park"
    return ""


class BoardActions(QObject):
    """The board's commands: enabled for the current target, sent through the outbox."""

    said = Signal(str, str)  # a sentence for the board, and its level (info, ok, warning, error)
    bulletin_requested = Signal()

    def __init__(
        self, ctx: PaneContext, pane: QWidget, current: Callable[[], Target | None]
    ) -> None:
        super().__init__(pane)
        self._ctx = ctx
        self._pane = pane
        self._current = current
        self._sent: set[tuple[int, str]] = set()  # saved, not settled: not offered twice
        self.dialog: BoardNoteDialog | None = None
        self.actions: dict[str, QAction] = {}
        for spec in SPECS:
            action = ctx.actions.add(spec)
            if action is None:
                continue
            pane.addAction(action)  # its keys work with the keyboard in the board
            action.triggered.connect(lambda _on=False, s=spec.id: self.take(s))
            self.actions[spec.id] = action
        ctx.sync.queued.connect(lambda _item: self.refresh())
        ctx.sync.settled.connect(self._on_sync_settled)

    # -- enabling -----------------------------------------------------------------------------

    def lifecycle_of(self, command: str, target: Target | None) -> str:
        """The server action a command takes on this target ('' for none)."""
        if target is None:
            return ""
        return {
            "board_urge": "urge",
            "board_supervise": "supervise",
            "board_approve": decision(target, True),
            "board_refuse": decision(target, False),
            "board_void": "void",
            "board_escalate_city": "escalate",
        }.get(command, "")

    def enabled(self, command: str, target: Target | None) -> bool:
        """Whether the command can be taken now on the target (the server allows it and it is
        not already on its way)."""
        if target is None:
            return False
        if command == "board_bulletin":
            return target.item is not None and target.item.kind == "notice"
        action = self.lifecycle_of(command, target)
        case = target.case
        return bool(action) and action in case.allowed_actions and not self._waiting(case, action)

    def refresh(self) -> None:
        """Enable each command for the board's current target."""
        target = self._current()
        for command, action in self.actions.items():
            action.setEnabled(self.enabled(command, target))

    # -- taking -------------------------------------------------------------------------------

    def take(self, command: str) -> bool:
        """Carry out a command on the current target: at once, or after its note."""
        target = self._current()
        if command == "board_bulletin":
            if self.enabled(command, target):
                self.bulletin_requested.emit()
            return True
        if target is None or not self.enabled(command, target):
            self.said.emit(self.tr("Not possible on this case now."), "warning")
            return False
        action = self.lifecycle_of(command, target)
        values = form.FormValues(action=action, target="city" if action == "escalate" else None)
        lead = self._lead(action, target)
        if form.note_kind(action) == "other" and action not in ("urge", "escalate"):
            self.submit(target.case, action, form.fields_of(values))  # needs nothing more
            return True
        self.dialog = BoardNoteDialog(
            target.case,
            values,
            lambda fields: self.submit(target.case, action, fields),
            lead=lead,
            parent=self._pane,
        )
        if action == "park" and target.request and target.request.reason:
            self.dialog.note.setText(target.request.reason)  # the department's reason
        self.dialog.open()
        return True

    def submit(self, case: Case, action: str, fields: dict[str, object]) -> None:
        """Into the outbox, on the newest version of the case this console knows."""
        known = self._ctx.model.case(case.id)
        seen = known if known is not None and known.version >= case.version else case
        self._ctx.sync.submit([(seen, action, fields)])
        self._sent.add((case.id, action))
        online = self._ctx.sync.online
        what = action_label(action)
        self.said.emit(
            (
                self.tr("%1 %2: saved; sending…")
                if online
                else self.tr("%1 %2: saved while offline; it is sent when the connection is back.")
            )
            .replace("%1", what)
            .replace("%2", seen.label),
            "info" if online else "warning",
        )
        self.refresh()

    def _lead(self, action: str, target: Target) -> str:
        if action == "escalate":
            return self.tr("Escalated to: %1").replace("%1", labels.target_label("city"))
        if action == "park" and target.request:
            return self.tr("Approve the department's request to park the case (the clock stops).")
        return ""

    def _waiting(self, case: Case, action: str) -> bool:
        return (case.id, action) in self._sent or self._ctx.sync.is_pending(case.id, action)

    # -- outcomes -----------------------------------------------------------------------------

    def _on_sync_settled(self, result: Any) -> None:
        key = (result.item.case_id, result.item.action)
        if key not in self._sent:
            return  # another pane's action: it says so itself
        self._sent.discard(key)
        what = action_label(result.item.action)
        case = self._ctx.model.case(result.item.case_id)
        ref = case.label if case else f"#{result.item.case_id}"
        if result.status == "done":
            self.said.emit(self.tr("Done: %1 %2.").replace("%1", what).replace("%2", ref), "ok")
        else:
            why = problem_text.outcome_text(result.item, result.status, result.error)
            level = "warning" if result.status == "conflict" else "error"
            text = self.tr("%1 %2: %3").replace("%1", what).replace("%2", ref)
            self.said.emit(text.replace("%3", why), level)
        self.refresh()

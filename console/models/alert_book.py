"""The officer's alerts: raised by transition, exactly once, and listed until acknowledged.

A case alerts when it turns red (by the console's clock or the server's event, whichever comes
first), when a 特急/紧急 case arrives, and when a 督办 lands on a case the officer holds. Each
happens once per case and SLA step (its deadline): a reload, a reconnect or the other source
of the same change finds the key already spent. A red case and the 督办 opened for it in the
same step are one alert. Bookkeeping is per change, never per row.

A window with the 督办 board of a supervisor (`watch_every_supervision`) is also told of
every new 督办 (the ladder's or another supervisor's) and every 通报, whoever holds the case:
once per case, step and rung. Alerts come from the feed's transitions only, so a restart or a
reload, which loads the items as they are, raises none of them again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from console.contract import Case
from console.models.case_table import CaseTableModel

URGENT = frozenset({"urgent", "emergency"})
SUPERVISE_ACTIONS = frozenset({"auto_supervise"})
# What a supervisor's board is told of besides: a 督办 by hand (another supervisor's), a 通报.
BOARD_SUPERVISE_ACTIONS = frozenset({"auto_supervise", "supervise"})
NOTICE_ACTIONS = frozenset({"auto_notice"})
# Actions that move a case on: whoever may take one now holds the case.
MOVES = frozenset(
    {
        "register",
        "dispatch",
        "sign",
        "resolve",
        "return",
        "verify_pass",
        "verify_fail",
        "unpark",
        "approve_extension",
        "reject_extension",
    }
)


@dataclass(frozen=True)
class Alert:
    """One unacknowledged alert: which case, why (overdue, supervision, urgent; on a
    supervisor's board also new_supervision, notice), since when."""

    case_id: int
    ref: str
    title: str
    kind: str
    at: float
    urgency: str = "normal"
    drill: bool = False
    supervised: bool = False  # a 督办 landed on the case in the alert's step


def holds(case: Case) -> bool:
    """Whether the signed-in user may move the case on now (it waits for them)."""
    return bool(MOVES.intersection(case.allowed_actions))


def step_key(case: Case) -> tuple[str, int, str, str]:
    """The key of the case's current SLA step: its deadline changes with every new clock."""
    return ("step", case.id, case.sla_step or "", str(case.due_at))


class AlertBook(QObject):
    """Decides which changes alert, remembers the spent keys, lists the open alerts."""

    raised = Signal(object)  # a new Alert: flash, status message, taskbar, sound
    changed = Signal()  # the list of open alerts changed

    def __init__(self, model: CaseTableModel, me: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._me = me
        self._spent: set[tuple[Any, ...]] = set()
        self._open: dict[int, Alert] = {}
        self._every_supervision = False
        model.red_alert.connect(self._on_model_red_alert)
        model.arrived.connect(self._on_model_arrived)

    # -- reading ----------------------------------------------------------------------------

    def open_alerts(self) -> list[Alert]:
        """The unacknowledged alerts, newest first."""
        return sorted(self._open.values(), key=lambda a: (-a.at, a.case_id))

    def alert_for(self, case_id: int) -> Alert | None:
        """The case's unacknowledged alert, if any."""
        return self._open.get(case_id)

    def count(self) -> int:
        """How many alerts wait to be acknowledged."""
        return len(self._open)

    # -- changing ---------------------------------------------------------------------------

    def watch_every_supervision(self, on: bool = True) -> None:
        """Alert on every new 督办 and 通报, not only on the cases the officer holds (the
        supervisor's board)."""
        self._every_supervision = on

    def acknowledge(self, case_id: int) -> bool:
        """The officer has seen the case's alert; False if it had none."""
        if self._open.pop(case_id, None) is None:
            return False
        self._model.set_alerted(case_id, False)
        self.changed.emit()
        return True

    def acknowledge_all(self) -> None:
        """Every open alert seen."""
        for case_id in list(self._open):
            self.acknowledge(case_id)

    def note_events(self, events: Iterable[dict[str, Any]]) -> None:
        """Feed events just applied: a 督办 on a case the officer holds alerts."""
        for event in events:
            change = event.get("action") or {}
            action = change.get("action")
            if self._every_supervision and self._noted_for_board(event, change):
                continue
            if action not in SUPERVISE_ACTIONS:
                continue
            case = self._model.case(int(event.get("case_id") or 0))
            if case is None:
                continue
            key = step_key(case)
            alert = self._open.get(case.id)
            if key in self._spent:
                if alert is not None and not alert.supervised:
                    self._open[case.id] = replace(alert, supervised=True)
                    self.changed.emit()
            elif holds(case):
                self._raise(key, case, "supervision", supervised=True)

    def _noted_for_board(self, event: dict[str, Any], change: dict[str, Any]) -> bool:
        """A new 督办 or 通报 for the supervisor's board: alerted once per case, step and
        rung (a 督办 on a case already alerted red in the step joins that alert). True when
        the event was the board's business."""
        action = change.get("action")
        if action not in BOARD_SUPERVISE_ACTIONS and action not in NOTICE_ACTIONS:
            return False
        case = self._model.case(int(event.get("case_id") or 0))
        if case is None:
            return True
        if change.get("actor") == self._me:
            self._spent.add(step_key(case))  # the supervisor's own 督办: they know
            return True
        if action in NOTICE_ACTIONS:
            key = ("notice", *step_key(case)[1:])
            if key not in self._spent:
                self._raise(key, case, "notice", supervised=True)
            return True
        key = step_key(case)
        alert = self._open.get(case.id)
        if key not in self._spent:
            self._raise(key, case, "new_supervision", supervised=True)
        elif alert is not None and not alert.supervised:
            self._open[case.id] = replace(alert, supervised=True)
            self.changed.emit()
        return True

    # -- handlers ---------------------------------------------------------------------------

    def _on_model_red_alert(self, case: Case) -> None:
        key = step_key(case)
        if key not in self._spent:
            self._raise(key, case, "overdue")

    def _on_model_arrived(self, case: Case, event: dict[str, Any]) -> None:
        if case.urgency not in URGENT:
            return
        if (event.get("action") or {}).get("actor") == self._me:
            return  # the officer's own call: they know
        key = ("urgent", case.id)
        if key not in self._spent:
            self._raise(key, case, "urgent")

    def _raise(
        self, key: tuple[Any, ...], case: Case, kind: str, *, supervised: bool = False
    ) -> None:
        self._spent.add(key)
        alert = Alert(
            case_id=case.id,
            ref=case.ref or "",
            title=case.title,
            kind=kind,
            at=self._model.now(),
            urgency=case.urgency or "normal",
            drill=case.drill,
            supervised=supervised,
        )
        self._open[alert.case_id] = alert
        self._model.set_alerted(alert.case_id, True)
        self._model.flash(alert.case_id)
        self.raised.emit(alert)
        self.changed.emit()

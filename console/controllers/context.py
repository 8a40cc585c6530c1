"""What every pane is built with: the session, the client, the runner, the model, the registry."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from console.actions import ActionRegistry
from console.api import ApiClient, UserSession
from console.controllers.action_sync import ActionSync
from console.controllers.dispatch_aids import DispatchAids
from console.controllers.live import LiveQueue
from console.models.alert_book import AlertBook
from console.models.case_table import CaseTableModel
from console.tasks import TaskRunner


class CaseSelection(QObject):
    """The case the officer is looking at; panes follow it."""

    changed = Signal(int)  # case id, 0 for none
    open_requested = Signal(int)  # the officer asked to see this case in full
    action_requested = Signal(str)  # the officer asked for this action's form (dispatch pane)
    # the officer asked the queue for these cases, e.g. {"department": "water", "color": "red"}
    queue_filter_requested = Signal(dict)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.case_id = 0

    def set(self, case_id: int) -> None:
        """Make this case the current one."""
        if case_id != self.case_id:
            self.case_id = case_id
            self.changed.emit(case_id)


class Reference(QObject):
    """Reference data (streets, departments, categories), loaded once in the background."""

    loaded = Signal(dict)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data: dict[str, Any] = {}

    def set(self, data: dict[str, Any]) -> None:
        """Store what the server sent and tell the panes."""
        self.data = data
        self.loaded.emit(data)


@dataclass
class PaneContext:
    """The shared objects of one signed-in window."""

    session: UserSession
    client: ApiClient
    runner: TaskRunner
    model: CaseTableModel
    live: LiveQueue
    actions: ActionRegistry
    selection: CaseSelection
    reference: Reference
    server_url: str
    sync: ActionSync
    aids: DispatchAids
    alerts: AlertBook
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def drill(self) -> bool:
        """Trainers work on drill data only: every screen carries the drill watermark."""
        return self.session.role == "trainer"

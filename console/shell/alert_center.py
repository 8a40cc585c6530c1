"""How an alert reaches the officer: the row flashes (the model), a status message, the
taskbar, the sound unless muted; the status bar counts what is not yet acknowledged, and Space
(in the queue, the alerts list or the 督办 board) or Ctrl+K acknowledges. Enter on an alert or
a board item makes its case the queue's current one."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMainWindow

from console.actions import ActionRegistry
from console.controllers.alert_sound import AlertSound
from console.models import labels
from console.models.alert_book import Alert, AlertBook
from console.panes.alerts_pane import AlertsPane
from console.panes.queue_pane import QueuePane
from console.panes.supervision_board import SupervisionBoardPane
from console.shell.docks import PaneDocks
from console.shell.status import StatusBar

MESSAGE_MS = 15_000


class AlertCenter(QObject):
    """Connects the alert book to the window: messages, sound, count, acknowledging."""

    def __init__(
        self,
        window: QMainWindow,
        book: AlertBook,
        *,
        sound: AlertSound,
        status: StatusBar,
        queue: QueuePane,
        docks: PaneDocks,
        registry: ActionRegistry,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._book = book
        self._sound = sound
        self._status = status
        self._queue = queue
        self._docks = docks
        book.raised.connect(self._on_book_raised)
        book.changed.connect(self._on_book_changed)
        queue.acknowledge_requested.connect(book.acknowledge)
        status.alerts.clicked.connect(lambda: docks.show_pane("alerts") if self._list else None)
        registry["alert_acknowledge"].triggered.connect(self._on_acknowledge_triggered)
        if self._list is not None:
            self._list.case_requested.connect(self._on_list_case_requested)
        board = docks.panes.get("supervision")
        if isinstance(board, SupervisionBoardPane):  # Enter on an item: its case, in full
            board.case_requested.connect(self._on_board_case_requested)

    @property
    def _list(self) -> AlertsPane | None:
        pane = self._docks.panes.get("alerts")
        return pane if isinstance(pane, AlertsPane) else None

    def message(self, alert: Alert) -> str:
        """The status bar's sentence for a new alert, 【演练】 first in a drill."""
        prefix = self.tr("【DRILL】") if alert.drill else ""
        if alert.kind == "urgent":
            text = self.tr("New %1 case: %2 %3").replace("%1", labels.urgency_label(alert.urgency))
        elif alert.kind == "supervision":
            text = self.tr("Supervision opened on a case you hold: %2 %3")
        elif alert.kind == "new_supervision":
            text = self.tr("New supervision (督办): %2 %3")
        elif alert.kind == "notice":
            text = self.tr("New public notice (通报): %2 %3")
        else:
            text = self.tr("New overdue case: %2 %3")
        return prefix + text.replace("%2", alert.ref).replace("%3", alert.title)

    def _on_book_raised(self, alert: Alert) -> None:
        self._status.showMessage(self.message(alert), MESSAGE_MS)
        QApplication.alert(self._window, 0)  # the taskbar entry asks for attention
        self._sound.play()  # every sound has its visual alert: the flash and this message

    def _on_book_changed(self) -> None:
        self._status.set_alerts(self._book.count())

    def _on_acknowledge_triggered(self) -> None:
        # The alert selected in the list when the keyboard is there, else the current case's.
        pane = self._list
        if pane is not None and self._docks.has_focus("alerts") and pane.acknowledge_selected():
            return
        case_id = self._queue.current_case_id()
        if not (case_id and self._book.acknowledge(case_id)):
            text = self.tr("The selected case has no alert to acknowledge.")
            self._status.showMessage(text, 5000)

    def _on_list_case_requested(self, case_id: int) -> None:
        # The cases (案件) in the queue if it showed the volunteer requests, on this one.
        self._queue.choose_case(case_id)
        self._queue.view.setFocus()

    def _on_board_case_requested(self, case_id: int) -> None:
        # The keyboard stays on the board: the supervisor goes on down the list.
        self._queue.choose_case(case_id)
        if "detail" in self._docks.docks:
            self._docks.show_pane("detail", focus=False)

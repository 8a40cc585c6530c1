"""The 督办 board (issue #16): the supervisor's open 督办 and 通报 items, most late first, the
requests waiting for a decision, counters by department and street, and the actions on them.

The board reads `GET /api/v1/supervision` on a worker (console/api/supervision.py) when the
window comes online, when its filters change, and when the feed says something the board
shows has changed: a rung of the ladder, a 督办 by hand, a request, any change of a case
listed. Feed events are gathered for a moment (COALESCE_MS) and one read answers them all;
one read at a time, another after it if news came meanwhile. Between reads each listed case
follows the feed at once (its `allowed_actions` and version), so actions are sent on what
the officer sees. Lateness is the server's, in working time; the only timer besides is a slow
one (LATENESS_MS) that reads it again while nothing else happens.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView, QWidget

from console.api import supervision as board_api
from console.contract import Case
from console.contract.supervision import SupervisionBoard
from console.controllers.context import PaneContext
from console.panes.supervision_board_actions import BoardActions, Target
from console.panes.supervision_board_bulletin import BulletinOpener
from console.panes.supervision_board_model import counters_of, pending_from_items
from console.panes.supervision_board_view import BoardView

COALESCE_MS = 700  # feed events gathered into one read of the board
LATENESS_MS = 5 * 60_000  # lateness grows with working time: read again this often at most
# Feed actions that open or change a 督办/通报 item or a request, wherever the case is.
NEWS = frozenset(
    {
        "auto_supervise",
        "auto_notice",
        "supervise",
        "request_extension",
        "request_park",
        "calendar_changed",
    }
)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SupervisionBoardPane(BoardView):
    """The board: what is late and who holds it, and the decisions waiting."""

    attention_requested = Signal()
    case_requested = Signal(int)  # Enter on an item: the window shows the case (queue, detail)

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("supervisionBoard")
        self.board = SupervisionBoard()
        self.loads = 0  # answers shown so far (tests wait on it)
        self._loading = False
        self._again = False
        self._online = False
        self._coalesce = QTimer(self, singleShot=True, interval=COALESCE_MS)
        self._coalesce.timeout.connect(self.reload)
        self._lateness = QTimer(self, singleShot=True, interval=LATENESS_MS)
        self._lateness.timeout.connect(self.reload)
        self.commands = BoardActions(ctx, self, self.current)
        self.bulletins = BulletinOpener(ctx, self)
        self.place_buttons(self.commands.actions)
        self._connect()
        if ctx.session.role == "supervisor":
            ctx.alerts.watch_every_supervision()
        self.commands.refresh()

    def _connect(self) -> None:
        ctx = self._ctx
        ctx.live.status_changed.connect(self._on_live_status_changed)
        ctx.live.events_applied.connect(self._on_live_events_applied)
        ctx.model.cases_changed.connect(self._on_model_cases_changed)
        ctx.alerts.changed.connect(self._show_alerted)
        ctx.reference.loaded.connect(lambda _data: self.fill_filters(self.board))
        self.commands.said.connect(self.say)
        self.commands.bulletin_requested.connect(self._on_bulletin_requested)
        self.bulletins.said.connect(self.say)
        self.filters_changed.connect(self.reload)
        self.counter_chosen.connect(self._on_counter_chosen)
        for view in (self.items_view, self.pending_view):
            view.activated.connect(lambda _index, v=view: self._on_view_activated(v))
            view.selectionModel().currentChanged.connect(lambda *_: self.commands.refresh())
            view.installEventFilter(self)
        self.tabs.currentChanged.connect(lambda _i: self.commands.refresh())

    # -- public -----------------------------------------------------------------------------

    def take_focus(self) -> None:
        """The keyboard on the tab in front: on its current row, else its first."""
        if self.tabs.currentWidget() is self.side:  # the counters (a small screen's tab)
            self.departments.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        view = self.current_view()
        if not view.currentIndex().isValid() and view.model().rowCount():
            view.setCurrentIndex(view.model().index(0, 0))
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current(self) -> Target | None:
        """The case the officer is on in the board, with its item or request."""
        view = self.current_view()
        record = self.model_of(view).row_at(view.currentIndex().row())
        if record is None:
            return None
        if view is self.pending_view:
            return Target(case=record.case, request=record)
        return Target(case=record.case, item=record)

    def reload(self) -> None:
        """Read the board again (one read at a time; news during one brings another)."""
        self._coalesce.stop()
        if self._loading:
            self._again = True
            return
        self._loading, self._again = True, False
        client = self._ctx.client
        departments, streets, kind = self.chosen_filters()
        self._ctx.runner.run(
            lambda: board_api.board(client, departments=departments, streets=streets, kind=kind),
            self._on_board_loaded,
            on_error=self._on_board_failed,
            what=self.tr("Loading the supervision board"),
        )

    def shut_down(self) -> None:
        """No more reads: the window is closing."""
        self._coalesce.stop()
        self._lateness.stop()
        self._online = False

    # -- handlers ---------------------------------------------------------------------------

    def _on_board_loaded(self, board: SupervisionBoard) -> None:
        self._loading = False
        before = {item.id for item in self.board.items}
        self.board = board
        self.loads += 1
        departments, streets = (
            (list(board.departments), list(board.streets))
            if board.has_counters
            else counters_of(board.items)
        )
        pending = list(board.pending) if board.has_pending else pending_from_items(board.items)
        self.show_board(board, departments, streets, pending)
        self._show_alerted()
        self.commands.refresh()
        news = self.loads > 1 and {item.id for item in board.items} - before
        if news and self._ctx.session.role == "supervisor":
            self.attention_requested.emit()  # a new item: the supervisor's board to the front
        if self._again:
            self.reload()
        elif self._online:
            self._lateness.start()

    def _on_board_failed(self, exc: object) -> None:
        self._loading = False
        self.say(self.tr("The board could not be read: %1").replace("%1", str(exc)), "error")
        if self._again:
            self._coalesce.start()

    def _on_live_status_changed(self, status: str, _detail: str) -> None:
        online = status == "online"
        if online and not self._online:
            self.reload()  # at start, and after a reconnect or a reload: what was missed
        self._online = online
        if not online:
            self._lateness.stop()

    def _on_live_events_applied(self, events: list[dict[str, Any]]) -> None:
        listed = self.items_model.case_ids() | self.pending_model.case_ids()
        for event in events:
            action = (event.get("action") or {}).get("action")
            if action in NEWS or event.get("case_id") in listed:
                if not self._coalesce.isActive():  # a busy feed does not put the read off
                    self._coalesce.start()
                return

    def _on_model_cases_changed(self, case_ids: frozenset[int]) -> None:
        model = self._ctx.model
        changed = False
        for case_id in case_ids & (self.items_model.case_ids() | self.pending_model.case_ids()):
            case = model.case(case_id)
            if case is not None:
                changed |= self.items_model.update_case(case)
                changed |= self.pending_model.update_case(case)
        if changed:
            self.commands.refresh()

    def _show_alerted(self) -> None:
        alerted = {alert.case_id for alert in self._ctx.alerts.open_alerts()}
        self.items_model.set_alerted(alerted)
        self.pending_model.set_alerted(alerted)

    def _on_view_activated(self, view: QTableView) -> None:
        record = self.model_of(view).row_at(view.currentIndex().row())
        if record is not None:
            self._open_case(record.case)

    def _open_case(self, case: Case) -> None:
        """The case current everywhere: the queue's row (the window), the detail pane."""
        if self._ctx.model.case(case.id) is None:
            self._ctx.model.upsert(case, alert=False)  # e.g. parked long ago: not loaded
        self._ctx.selection.set(case.id)
        self.case_requested.emit(case.id)

    def _on_counter_chosen(self, kind: str, code: str, name: str) -> None:
        self._ctx.selection.queue_filter_requested.emit({kind: code, "name": name})
        self.say(self.tr("The queue shows the open cases of %1.").replace("%1", name), "info")

    def _on_bulletin_requested(self) -> None:
        target = self.current()
        if target is not None and target.item is not None:
            self.bulletins.open(target.item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched in (self.items_view, self.pending_view)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):  # Ctrl+Tab: the other tab (the table would take it for its next cell)
            step = -1 if event.key() == Qt.Key.Key_Backtab else 1
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
            self.take_focus()
            return True
        if (
            watched in (self.items_view, self.pending_view)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            if event.key() == Qt.Key.Key_Space:  # the item's alert seen
                target = self.current()
                if target is not None and self._ctx.alerts.acknowledge(target.case.id):
                    return True
            elif event.key() in _ENTER and isinstance(watched, QTableView):
                self._on_view_activated(watched)
                return True
        return super().eventFilter(watched, event)

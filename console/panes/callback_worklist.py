"""The 回访 worklist: closed cases not yet called back (and those still to verify), with the
callback form beside the list. Each callback is an officer action through the outbox."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.api import ApiError
from console.api.cases_extra import CALLBACK_DAYS, callback_worklist
from console.contract import Case
from console.controllers.context import PaneContext
from console.models import center_time, labels, problem_text
from console.panes.call_intake_style import STYLE
from console.panes.callback_form import CallbackForm
from console.store.outbox import OutboxItem
from console.store.replay import ReplayResult
from widgets.banner import Banner
from widgets.plain_text import PlainLabel
from widgets.tree_rows import top_item

CASE_ROLE = Qt.ItemDataRole.UserRole
TITLE_COLUMN = 3
WIDTHS = (128, 96, 110, 0, 120, 120)


class CallbackWorklist(QDialog):
    """Cases waiting for their 回访; the form records the callback of the chosen one."""

    def __init__(
        self,
        ctx: PaneContext,
        parent: QWidget | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callbackWorklist")
        self.setStyleSheet(STYLE)  # problems in red, as in the call form
        self.setWindowTitle(self.tr("Callbacks (回访)"))
        self._ctx = ctx
        self._now = now or (lambda: datetime.now(center_time.CENTER))
        self._loads = 0
        self._sending: tuple[int, str, str] | None = None  # case id, result, note
        self._items: dict[int, int] = {}  # outbox item → case id, until settled
        self.summary = PlainLabel(self)
        self.summary.setObjectName("callbackSummary")
        self.reload_button = QPushButton(self.tr("Re&load"), self)
        self.banner = Banner(self)
        self.banner.setObjectName("callbackBanner")
        self.list = QTreeWidget(self)
        self.list.setObjectName("callbackList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [
                self.tr("Ref"),
                self.tr("Closed"),
                self.tr("Category"),
                self.tr("Title"),
                self.tr("Caller"),
                self.tr("Department"),
            ]
        )
        header = self.list.header()
        header.setStretchLastSection(False)
        for column, width in enumerate(WIDTHS):
            if width:
                self.list.setColumnWidth(column, width)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.form = CallbackForm(self)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.reload_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.form)
        splitter.setSizes([300, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.reload_button.clicked.connect(self.reload)
        self.list.currentItemChanged.connect(lambda current, _p: self._on_list_current(current))
        self.list.itemActivated.connect(lambda _item, _c: self.form.focus_first())
        self.form.submit_requested.connect(self.send)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.send)
        QShortcut(QKeySequence("F5"), self, self.reload)
        ctx.sync.queued.connect(self._on_sync_queued)
        ctx.sync.settled.connect(self._on_sync_settled)
        self.resize(860, 600)

    # -- public -------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the list (loading it afresh) with the keyboard in it."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.reload()

    def reload(self) -> None:
        """Read the worklist from the server (the newest answer wins)."""
        self._loads += 1
        number, client, now = self._loads, self._ctx.client, self._now()
        self.summary.setText(self.tr("Loading…"))
        self._ctx.runner.run(
            lambda: callback_worklist(client, now),
            lambda cases: self._on_loaded(number, cases),
            on_error=lambda exc: self._on_load_failed(number, exc),
            what=self.tr("Loading the callback worklist"),
        )

    def cases(self) -> list[Case]:
        """The cases listed, in order."""
        return [
            top_item(self.list, r).data(0, CASE_ROLE) for r in range(self.list.topLevelItemCount())
        ]

    def select(self, case_id: int) -> bool:
        """Make this case the current row."""
        for row in range(self.list.topLevelItemCount()):
            item = top_item(self.list, row)
            if item.data(0, CASE_ROLE).id == case_id:
                self.list.setCurrentItem(item)
                return True
        return False

    def send(self) -> None:
        """Record the callback of the current case (checked first)."""
        case = self.form.case
        if case is None or self._sending is not None or not self.form.send_button.isEnabled():
            return
        problem = self.form.problem()
        self.form.set_error(problem)
        if problem and not self.form.result():
            self.form.focus_first()
            return
        if problem:
            self.form.note.setFocus()
            return
        fields = self.form.fields()
        self._sending = (case.id, str(fields["result"]), str(fields["note"]))
        self.form.send_button.setEnabled(False)
        self.banner.show_message(self.tr("Recording the callback…"), "info")
        self._ctx.sync.submit([(case, "callback", fields)])

    # -- handlers -----------------------------------------------------------------------------

    def _on_loaded(self, number: int, cases: list[Case]) -> None:
        if number != self._loads:
            return
        keep = self.form.case.id if self.form.case else None
        self.list.clear()
        for case in cases:
            self.list.addTopLevelItem(self._row(case))
        if not (keep and self.select(int(keep))) and cases:
            self.list.setCurrentItem(top_item(self.list, 0))
        if not cases:
            self.form.show_case(None)
        self._update_summary()

    def _on_load_failed(self, number: int, exc: object) -> None:
        if number == self._loads:
            why = problem_text.explain(exc) if isinstance(exc, ApiError) else str(exc)
            self.summary.setText(self.tr("The worklist could not be loaded: %1").replace("%1", why))

    def _row(self, case: Case) -> QTreeWidgetItem:
        closed = center_time.when_text(case.closed_at)
        if case.state != "closed":
            closed = labels.state_label(case.state)
        item = QTreeWidgetItem(
            [
                str(case.ref),
                closed,
                case.category_name or "",
                case.title,
                case.reporter_name or case.reporter_phone or "",
                case.department_name or "",
            ]
        )
        item.setData(0, CASE_ROLE, case)
        item.setToolTip(TITLE_COLUMN, case.description or case.title or "")
        return item

    def _update_summary(self) -> None:
        cases = self.cases()
        ready = sum(1 for c in cases if c.state == "closed")
        text = self.tr("%1 closed case(s) of the last %2 days wait for a callback; %3 to verify.")
        text = text.replace("%1", str(ready)).replace("%2", str(CALLBACK_DAYS))
        self.summary.setText(text.replace("%3", str(len(cases) - ready)))

    def _on_list_current(self, current: QTreeWidgetItem | None) -> None:
        case = current.data(0, CASE_ROLE) if current is not None else None
        self.form.show_case(case)
        if case is not None:  # the list masks the number; the case read in full does not
            client, case_id = self._ctx.client, case.id
            self._ctx.runner.run(
                lambda: client.case(case_id),
                self.form.update_details,
                on_error=lambda _exc: None,  # the masked number stays
                what=self.tr("Reading the caller's number"),
            )

    def _on_sync_queued(self, item: OutboxItem) -> None:
        if self._sending is None or item.action != "callback":
            return
        mine = (item.case_id, item.fields.get("result"), item.fields.get("note"))
        if mine != self._sending:
            return
        self._sending = None
        self._items[item.id] = item.case_id
        if not self._ctx.sync.online:
            self.banner.show_message(
                self.tr("Offline: the callback is saved and sent when the connection is back."),
                "warning",
            )

    def _on_sync_settled(self, result: ReplayResult) -> None:
        case_id = self._items.pop(result.item.id, None)
        if case_id is None:
            return
        ref = next((str(c.ref) for c in self.cases() if c.id == case_id), "")
        if result.status == "done":
            label = labels.callback_label(str(result.item.fields.get("result") or ""))
            text = self.tr("Callback of %1 recorded: %2.").replace("%1", ref).replace("%2", label)
            self.banner.show_message(text, "ok")
            self._remove(case_id)
            return
        why = problem_text.outcome_text(result.item, result.status, result.error)
        self.banner.show_message(self.tr("%1: %2").replace("%1", ref).replace("%2", why), "error")
        self.reload()  # shown as the case is now

    def _remove(self, case_id: int) -> None:
        for row in range(self.list.topLevelItemCount()):
            if top_item(self.list, row).data(0, CASE_ROLE).id == case_id:
                self.list.takeTopLevelItem(row)
                break
        current = self.list.currentItem()
        self.form.show_case(current.data(0, CASE_ROLE) if current is not None else None)
        self._update_summary()
        self.list.setFocus()

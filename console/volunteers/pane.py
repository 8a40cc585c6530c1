"""The volunteer service requests (点单-派单-接单-评单): open ones first, their deadlines
counting down (overdue in red), and the center's actions the server allows on the selected
one (`allowed_actions`): offer to a team (the team picker), withdraw, cancel, rate.

The requests, their reads, writes and the feed's `volunteer.*` events are the window's one
book (console/volunteers/book.py), shared with the queue's 志愿服务 filter and the dispatch
pane; a refusal is said in the console's words (console/volunteers/texts.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.controllers.context import PaneContext
from console.models import center_time
from console.translatable import QT_TRANSLATE_NOOP
from console.volunteers import columns, rows, texts
from console.volunteers.asking import ask_dialog, heading_text
from console.volunteers.book import RequestBook, api_error, book_of
from console.volunteers.dialogs import TeamPicker
from console.volunteers.figures import FiguresView
from console.volunteers.order_form import OrderForm
from widgets import sla_palette
from widgets.plain_text import PlainLabel
from widgets.plain_tip import plain_tip
from widgets.scrolled import scrolled
from widgets.tree_rows import top_item

PANE_TITLE = QT_TRANSLATE_NOOP("Panes", "Volunteer requests")  # the dock's title (catalog.py)
REQUEST_ID = Qt.ItemDataRole.UserRole
RED = QBrush(QColor(sla_palette.INK["red"]))
ENDED = QBrush(QColor("#8a949e"))
CENTER_ACTIONS = ("offer", "withdraw", "cancel", "rate")
COLUMNS = columns.COLUMNS
DEADLINE = columns.DEADLINE


class VolunteerPane(QWidget):
    """The requests, the selected one's trail and the center's actions on it."""

    loaded = Signal()  # the list was read from the server
    written = Signal(str, int)  # an action of this pane's went through: its name, the request
    refused = Signal(str)  # a write did not go through: what the officer was told

    def __init__(
        self,
        ctx: PaneContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("volunteerPane")
        self._ctx = ctx
        self._clock = clock
        self.book = book_of(ctx) or RequestBook(ctx, self)
        self.dialog: QDialog | None = None
        self._figures_asked = False
        self._build()
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._tick.start()
        self.book.changed.connect(self._fill_list)
        self.book.loaded.connect(self._on_book_loaded)
        self.book.history_loaded.connect(self._on_book_history_loaded)
        self.book.busy_changed.connect(self._on_book_history_loaded)
        self.book.moved.connect(self._on_book_moved)
        self.book.load_failed.connect(
            lambda why: self._say_failed(self.tr("Requests not loaded: %1"), why)
        )
        if self.book.loads:
            self._on_book_loaded()

    # The book's, as the tests and the window know them.
    @property
    def requests(self) -> dict[int, dict[str, Any]]:
        """The requests known, by id."""
        return self.book.requests

    @property
    def history(self) -> dict[int, list[dict[str, Any]]]:
        """The trails read, by request id."""
        return self.book.history

    @property
    def loads(self) -> int:
        """How many times the list was read."""
        return self.book.loads

    def _on_book_loaded(self) -> None:
        if not self._figures_asked:  # with the first list: the figures of the period shown
            self._figures_asked = True
            self.load_figures(self.figures.since())
        self.loaded.emit()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.new_button = QPushButton(self.tr("New request…"), self)
        self.new_button.setObjectName("volunteerNew")
        self.new_button.setToolTip(self.tr("Take down a resident's request (点单)"))
        self.open_only = QCheckBox(self.tr("Open only"), self)
        self.open_only.setObjectName("volunteerOpenOnly")
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.summary = PlainLabel(self)
        self.summary.setObjectName("volunteerSummary")
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_only)
        bar.addWidget(self.reload_button)
        bar.addStretch(1)
        bar.addWidget(self.summary)

        self.list = QTreeWidget(self)
        self.list.setObjectName("volunteerList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(columns.headers())
        for column, width in enumerate(columns.WIDTHS):
            self.list.setColumnWidth(column, width)

        self.heading = PlainLabel(self)
        self.heading.setObjectName("volunteerHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for action in CENTER_ACTIONS:
            button = QPushButton(texts.action_label(action) + "…", self)
            button.setObjectName(f"volunteer_{action}")
            button.clicked.connect(lambda _c=False, a=action: self.start_action(a))
            self.buttons[action] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.message = PlainLabel(self)
        self.message.setObjectName("volunteerMessage")
        self.message.setWordWrap(True)
        self.trail = QListWidget(self)
        self.trail.setObjectName("volunteerTrail")
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.heading)
        side_layout.addLayout(actions)
        side_layout.addWidget(self.message)
        side_layout.addWidget(PlainLabel(self.tr("Trail:"), self))
        side_layout.addWidget(self.trail, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        # Scrolled when low: in the dispatch pane's tab group its height must not make the
        # bottom docks taller (the queue keeps its rows on a small screen).
        split.addWidget(scrolled(side))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.figures = FiguresView(lambda: center_time.at(self._clock()), self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("volunteerTabs")
        self.tabs.addTab(split, self.tr("Requests"))
        self.tabs.addTab(self.figures, self.tr("Figures"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

        self.new_button.clicked.connect(self.start_order)
        self.open_only.toggled.connect(lambda _on: self._fill_list())
        self.reload_button.clicked.connect(self.book.load)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.figures.period_changed.connect(self.load_figures)
        self._show_selected()

    def take_focus(self) -> None:
        """The keyboard in the list."""
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- reading --------------------------------------------------------------------------

    def load_figures(self, since: datetime | None) -> None:
        """Read the figures for requests made since then."""
        api = self.book.api
        self._ctx.runner.run(
            lambda: api.stats(since=since),
            self.figures.show_figures,
            on_error=lambda exc: self.figures.totals.setText(
                self.tr("Figures not loaded: %1").replace("%1", texts.refusal_text(api_error(exc)))
            ),
            what=self.tr("Loading volunteer figures"),
        )

    # -- the list -------------------------------------------------------------------------

    def shown_requests(self) -> list[dict[str, Any]]:
        """The requests in the list's order, as the filter lets them through."""
        return self.book.ordered(open_only=self.open_only.isChecked())

    def _fill_list(self) -> None:
        keep = self.selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for request in self.shown_requests():
            row = QTreeWidgetItem(columns.cells(request))
            row.setData(0, REQUEST_ID, int(request["id"]))
            row.setToolTip(columns.SERVICE, plain_tip(str(request.get("description") or "")))
            self.list.addTopLevelItem(row)
            if int(request["id"]) == keep:
                chosen = row
        self.list.blockSignals(False)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self._paint_deadlines()
        self._show_selected()

    def _paint_deadlines(self) -> None:
        now = self._clock()
        open_count = late = 0
        for index in range(self.list.topLevelItemCount()):
            row = top_item(self.list, index)
            request = self.book.get(int(row.data(0, REQUEST_ID)))
            if request is None:
                continue
            is_open = request.get("state") in texts.OPEN
            open_count += is_open
            overdue = rows.overdue(request, now)
            late += overdue
            row.setText(DEADLINE, columns.deadline_text(request, now))
            ink = RED if overdue else None if is_open else ENDED
            for column in range(COLUMNS):
                if ink is not None:
                    row.setForeground(column, ink)
        text = self.tr("%1 open, %2 overdue")
        self.summary.setText(text.replace("%1", str(open_count)).replace("%2", str(late)))

    def selected_id(self) -> int:
        """The selected request (0 for none)."""
        item = self.list.currentItem()
        return int(item.data(0, REQUEST_ID)) if item is not None else 0

    def select(self, request_id: int) -> bool:
        """Make this request the selected one (if listed)."""
        for index in range(self.list.topLevelItemCount()):
            row = top_item(self.list, index)
            if int(row.data(0, REQUEST_ID)) == request_id:
                self.list.setCurrentItem(row)
                return True
        return False

    def _on_list_current_item_changed(self, item: QTreeWidgetItem | None, _old: object) -> None:
        self.say("")
        self._show_selected()
        if item is not None:
            self.book.refresh(int(item.data(0, REQUEST_ID)))

    def _on_book_history_loaded(self, request_id: int) -> None:
        if request_id == self.selected_id():
            self._show_selected()

    def _on_book_moved(self, request_ids: list[int]) -> None:
        if self.selected_id() in request_ids:
            self.book.refresh(self.selected_id())  # what the officer may now do on it

    def _show_selected(self) -> None:
        request = self.book.get(self.selected_id())
        allowed = set((request or {}).get("allowed_actions") or [])
        for action, button in self.buttons.items():
            button.setEnabled(
                request is not None
                and action in allowed
                and not self.book.is_busy(int(request["id"]))
            )
        self.trail.clear()
        if request is None:
            self.heading.setText(self.tr("Choose a request in the list."))
            return
        self.heading.setText(heading_text(request))
        for step in self.history.get(int(request["id"]), []):
            self.trail.addItem(texts.step_text(step, self.book.team_names))

    # -- the center's actions -------------------------------------------------------------

    def start_action(self, action: str) -> None:
        """Ask what the action needs (a team, a reason, the rating), then send it."""
        request = self.book.get(self.selected_id())
        if request is None or action not in (request.get("allowed_actions") or []):
            return
        if action == "offer":
            self.say(self.tr("Asking the server for the best teams…"))
            request_id = int(request["id"])
            self._ctx.runner.run(
                lambda: self.book.api.suggest(request_id),
                lambda teams: self._pick_team(request_id, teams),
                on_error=lambda exc: self._say_failed(
                    self.tr("Teams not loaded: %1"), texts.refusal_text(api_error(exc), str(exc))
                ),
                what=self.tr("Suggesting volunteer teams"),
            )
            return
        dialog = ask_dialog(request, action, self.send, self)
        if dialog is not None:
            self._open(dialog)

    def _pick_team(self, request_id: int, teams: list[dict[str, Any]]) -> None:
        self.say("")
        request = self.book.get(request_id)
        if request is None:
            return
        picker = TeamPicker(request, teams, self)
        picker.accepted.connect(lambda: self.send(request, "offer", team=picker.chosen_team()))
        self._open(picker)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        dialog.open()

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def send(self, request: dict[str, Any], action: str, **fields: object) -> None:
        """Send the action on the version shown, off the GUI thread, with a fresh key."""
        request_id = int(request["id"])
        self.say(self.tr("Sending…"))
        self.book.send(
            request,
            action,
            on_done=lambda _answer: self._on_written(action, request_id),
            on_refused=self._on_refused,
            **fields,
        )

    def _on_written(self, action: str, request_id: int) -> None:
        text = self.tr("Done: %1 (#%2).")
        self.say(text.replace("%1", texts.action_label(action)).replace("%2", str(request_id)))
        self.written.emit(action, request_id)

    def _on_refused(self, text: str) -> None:
        if not shiboken6.isValid(self.message):  # the window closed while it was sent
            return
        self.say(text, bad=True)
        self._show_selected()
        self.refused.emit(text)

    # -- 点单 -----------------------------------------------------------------------------

    def start_order(self) -> None:
        """Open the 点单 form."""
        form = OrderForm(self.book.categories, self._ctx.reference.data.get("streets") or [], self)
        form.submitted.connect(lambda body, key: self._send_order(form, body, key))
        self._open(form)

    def _send_order(self, form: OrderForm, body: dict[str, Any], key: str) -> None:
        def done(answer: dict[str, Any]) -> None:
            self.select(int(answer["id"]))
            form.finished_ok()
            self.written.emit("create", int(answer["id"]))

        self.book.create(body, key, done, form.refused)

    # -- time -----------------------------------------------------------------------------

    def _on_tick_timeout(self) -> None:
        if self.isVisible():
            self._paint_deadlines()

    def say(self, text: str, *, bad: bool = False) -> None:
        """A line under the actions: what happened to the officer's last action."""
        self.message.setText(text)
        self.message.setProperty("refused", bad)
        self.message.setStyleSheet("color: #ef5350;" if bad else "")

    def _say_failed(self, text: str, why: str) -> None:
        if not shiboken6.isValid(self.message):  # the window closed while it was sent
            return
        self.say(text.replace("%1", why), bad=True)

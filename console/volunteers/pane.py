"""The volunteer service requests (点单-派单-接单-评单): open ones first, their deadlines
counting down (overdue in red), and the center's actions the server allows on the selected
one (`allowed_actions`): offer to a team (the team picker), withdraw, cancel, rate.

Reads and writes go through the TaskRunner (writes in order, each with the version the
officer saw and an Idempotency-Key made once for the action); a refusal is said in the
console's words (console/volunteers/texts.py) and changes nothing here. The feed's
`volunteer.*` events move the rows as colleagues and the teams' phones act.
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

from console.api import ApiError, ServerUnavailable
from console.api.volunteers import VolunteersApi, new_key
from console.controllers.context import PaneContext
from console.models import center_time, labels
from console.translatable import QT_TRANSLATE_NOOP
from console.volunteers import rows, texts
from console.volunteers.dialogs import NoteDialog, RateDialog, TeamPicker
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
COLUMNS = 8
DEADLINE = 6


class VolunteerPane(QWidget):
    """The requests, the selected one's trail and the center's actions on it."""

    loaded = Signal()  # the list was read from the server
    written = Signal(str, int)  # an action went through: its name, the request
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
        self.api = VolunteersApi(ctx.client)
        self.requests: dict[int, dict[str, Any]] = {}
        self.history: dict[int, list[dict[str, Any]]] = {}
        self.categories: list[dict[str, Any]] = []
        self.team_names: dict[str, str] = {}  # code → name, for the trail
        self.dialog: QDialog | None = None
        self.loads = 0
        self._busy: set[int] = set()  # requests with a write on its way
        self._generation = 0
        self._refreshing: set[int] = set()
        self._build()
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._tick.start()
        ctx.live.events_applied.connect(self._on_live_events_applied)
        # The queue first (as the charts): the requests once the cases are loaded.
        self._started = False
        ctx.live.loaded.connect(self._start)

    def _start(self, _count: int = 0) -> None:
        if not self._started:
            self._started = True
            self.load()
            self.load_figures(self.figures.since())

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
        self.list.setHeaderLabels(
            [
                self.tr("No."),
                self.tr("State"),
                self.tr("Service"),
                self.tr("Street"),
                self.tr("Resident"),
                self.tr("Team"),
                self.tr("Time left"),
                self.tr("Made"),
            ]
        )
        for column, width in enumerate((50, 90, 80, 70, 80, 150, 90)):
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
        self.reload_button.clicked.connect(self.load)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.figures.period_changed.connect(self.load_figures)
        self._show_selected()

    def take_focus(self) -> None:
        """The keyboard in the list."""
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- reading --------------------------------------------------------------------------

    def load(self) -> None:
        """Read the open requests and the latest ended ones again."""
        self._generation += 1
        generation = self._generation
        self._ctx.runner.run(
            lambda: (self.api.requests(), self.api.categories(), self.api.teams()),
            lambda result: self._on_loaded(generation, result),
            on_error=lambda exc: self._say_failed(self.tr("Requests not loaded: %1"), exc),
            what=self.tr("Loading volunteer requests"),
        )

    def _on_loaded(self, generation: int, result: tuple[list[dict[str, Any]], ...]) -> None:
        if generation != self._generation:
            return
        items, self.categories, teams = result
        self.team_names = {str(t.get("code")): str(t.get("name") or t.get("code")) for t in teams}
        loaded = {int(r["id"]): r for r in items}
        for request_id, mine in self.requests.items():
            theirs = loaded.get(request_id)
            if theirs is not None and _version(mine) > _version(theirs):
                loaded[request_id] = mine  # a write answered after this read began
        self.requests = loaded
        self.loads += 1
        self._fill_list()
        self.loaded.emit()

    def refresh(self, request_id: int) -> None:
        """Read one request again (its trail and what the officer may now do)."""
        if request_id in self._refreshing:
            return
        self._refreshing.add(request_id)

        def done(body: dict[str, Any]) -> None:
            self._refreshing.discard(request_id)
            self.history[request_id] = list(body.get("history") or [])
            mine = self.requests.get(request_id)
            if mine is None or _version(body) >= _version(mine):  # not older than a write's answer
                self.upsert(body, force=True)

        def failed(exc: object) -> None:
            self._refreshing.discard(request_id)
            if isinstance(exc, ApiError) and exc.code == "not_found":
                self.requests.pop(request_id, None)
                self._fill_list()

        self._ctx.runner.run(
            lambda: self.api.request(request_id),
            done,
            on_error=failed,
            what=self.tr("Loading a volunteer request"),
        )

    def load_figures(self, since: datetime | None) -> None:
        """Read the figures for requests made since then."""
        self._ctx.runner.run(
            lambda: self.api.stats(since=since),
            self.figures.show_figures,
            on_error=lambda exc: self.figures.totals.setText(
                self.tr("Figures not loaded: %1").replace("%1", texts.refusal_text(_api(exc)))
            ),
            what=self.tr("Loading volunteer figures"),
        )

    # -- the list -------------------------------------------------------------------------

    def upsert(self, request: dict[str, Any], *, force: bool = False) -> None:
        """Take a request as the server now has it (an older version is ignored)."""
        request_id = int(request["id"])
        old = self.requests.get(request_id)
        if old is not None and not force and not rows.newer(old, request):
            return
        if old is not None and "allowed_actions" not in request:
            same = int(old.get("version") or 0) == int(request.get("version") or 0)
            request = {**request, "allowed_actions": old.get("allowed_actions") if same else None}
        if old is not None and "*" in str(request.get("resident_phone") or ""):
            request["resident_phone"] = old.get("resident_phone")  # events mask it
        self.requests[request_id] = request
        self._fill_list()

    def shown_requests(self) -> list[dict[str, Any]]:
        """The requests in the list's order, as the filter lets them through."""
        found = rows.ordered(list(self.requests.values()))
        if self.open_only.isChecked():
            found = [r for r in found if r.get("state") in texts.OPEN]
        return found

    def _fill_list(self) -> None:
        keep = self.selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for request in self.shown_requests():
            row = QTreeWidgetItem(
                [
                    str(request["id"]),
                    texts.state_label(request.get("state")),
                    str(request.get("category_name") or request.get("category") or ""),
                    str(request.get("street_name") or ""),
                    str(request.get("resident_name") or ""),
                    str(request.get("team_name") or ""),
                    "",
                    center_time.when_text(request.get("created_at")),
                ]
            )
            row.setData(0, REQUEST_ID, int(request["id"]))
            row.setToolTip(2, plain_tip(str(request.get("description") or "")))
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
            request = self.requests.get(int(row.data(0, REQUEST_ID)))
            if request is None:
                continue
            due = rows.due_epoch(request)
            is_open = request.get("state") in texts.OPEN
            open_count += is_open
            overdue = rows.overdue(request, now)
            late += overdue
            row.setText(DEADLINE, labels.duration_text(due - now) if is_open and due else "")
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
            self.refresh(int(item.data(0, REQUEST_ID)))

    def _show_selected(self) -> None:
        request = self.requests.get(self.selected_id())
        allowed = set((request or {}).get("allowed_actions") or [])
        for action, button in self.buttons.items():
            button.setEnabled(
                request is not None and action in allowed and int(request["id"]) not in self._busy
            )
        self.trail.clear()
        if request is None:
            self.heading.setText(self.tr("Choose a request in the list."))
            return
        self.heading.setText(self.heading_text(request))
        for step in self.history.get(int(request["id"]), []):
            self.trail.addItem(texts.step_text(step, self.team_names))

    def heading_text(self, request: dict[str, Any]) -> str:
        """The request in a few lines: what, where, who, and how it stands."""
        lines = [
            f"#{request['id']} {request.get('category_name') or ''} · "
            f"{texts.state_label(request.get('state'))} · "
            f"{texts.channel_label(request.get('channel'))}",
            str(request.get("description") or ""),
        ]
        where = " ".join(
            str(part) for part in (request.get("street_name"), request.get("address")) if part
        )
        if where:
            lines.append(self.tr("Where: %1").replace("%1", where))
        resident = " ".join(
            str(p) for p in (request.get("resident_name"), request.get("resident_phone")) if p
        )
        if resident:
            lines.append(self.tr("Resident: %1").replace("%1", resident))
        if request.get("team_name"):
            lines.append(self.tr("Team: %1").replace("%1", str(request["team_name"])))
        if request.get("hours") is not None:
            lines.append(
                self.tr("Done: %1 h. %2")
                .replace("%1", str(request["hours"]))
                .replace("%2", str(request.get("done_note") or ""))
            )
        if request.get("rating") is not None:
            lines.append(
                self.tr("Rated %1/5: %2")
                .replace("%1", str(request["rating"]))
                .replace("%2", str(request.get("rating_comment") or ""))
            )
        return "\n".join(line for line in lines if line)

    # -- the center's actions -------------------------------------------------------------

    def start_action(self, action: str) -> None:
        """Ask what the action needs (a team, a reason, the rating), then send it."""
        request = self.requests.get(self.selected_id())
        if request is None or action not in (request.get("allowed_actions") or []):
            return
        if action == "offer":
            self.say(self.tr("Asking the server for the best teams…"))
            request_id = int(request["id"])
            self._ctx.runner.run(
                lambda: self.api.suggest(request_id),
                lambda teams: self._pick_team(request_id, teams),
                on_error=lambda exc: self._say_failed(self.tr("Teams not loaded: %1"), exc),
                what=self.tr("Suggesting volunteer teams"),
            )
            return
        dialog: QDialog
        if action == "rate":
            rate = RateDialog(request, self)
            rate.accepted.connect(
                lambda: self.send(request, "rate", rating=rate.rating(), note=rate.note())
            )
            dialog = rate
        else:
            prompts = {
                "withdraw": self.tr(
                    "Why is the offer withdrawn? The request goes back to waiting for a team."
                ),
                "cancel": self.tr(
                    "Why is the request cancelled (the resident no longer needs it, …)?"
                ),
            }
            note = NoteDialog(texts.action_label(action), prompts.get(action, ""), self)
            note.accepted.connect(lambda: self.send(request, action, note=note.text()))
            dialog = note
        self._open(dialog)

    def _pick_team(self, request_id: int, teams: list[dict[str, Any]]) -> None:
        self.say("")
        request = self.requests.get(request_id)
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
        request_id, version, key = int(request["id"]), int(request["version"]), new_key()
        self._busy.add(request_id)
        self._show_selected()
        self.say(self.tr("Sending…"))
        self._ctx.runner.run(
            lambda: self.api.act(request_id, action, version, idempotency_key=key, **fields),
            lambda answer: self._on_written(action, request_id, answer),
            on_error=lambda exc: self._on_refused(request_id, exc),
            what=texts.action_label(action),
            write=True,
        )

    def _on_written(self, action: str, request_id: int, answer: dict[str, Any]) -> None:
        self._busy.discard(request_id)
        self.upsert(answer, force=True)
        text = self.tr("Done: %1 (#%2).")
        self.say(text.replace("%1", texts.action_label(action)).replace("%2", str(request_id)))
        self.refresh(request_id)  # its trail
        self.written.emit(action, request_id)

    def _on_refused(self, request_id: int, exc: object) -> None:
        self._busy.discard(request_id)
        error = _api(exc)
        text = _unsent(error) or texts.refusal_text(error, str(exc))
        self.say(text, bad=True)
        current = error.problem.get("request") if error is not None else None
        if isinstance(current, dict) and current.get("id"):
            self.upsert(current, force=True)
        self.refresh(request_id)
        self._show_selected()
        self.refused.emit(text)

    # -- 点单 -----------------------------------------------------------------------------

    def start_order(self) -> None:
        """Open the 点单 form."""
        form = OrderForm(self.categories, self._ctx.reference.data.get("streets") or [], self)
        form.submitted.connect(lambda body, key: self._send_order(form, body, key))
        self._open(form)

    def _send_order(self, form: OrderForm, body: dict[str, Any], key: str) -> None:
        def done(answer: dict[str, Any]) -> None:
            self.upsert(answer, force=True)
            self.select(int(answer["id"]))
            form.finished_ok()
            self.written.emit("create", int(answer["id"]))

        def failed(exc: object) -> None:
            error = _api(exc)
            form.refused(_unsent(error) or texts.refusal_text(error, str(exc)))

        self._ctx.runner.run(
            lambda: self.api.create(body, idempotency_key=key),
            done,
            on_error=failed,
            what=self.tr("New volunteer request"),
            write=True,
        )

    # -- time and the feed ----------------------------------------------------------------

    def _on_tick_timeout(self) -> None:
        if self.isVisible():
            self._paint_deadlines()

    def _on_live_events_applied(self, events: list[dict[str, Any]]) -> None:
        moved: list[int] = []
        for event in events:
            if not str(event.get("type") or "").startswith("volunteer."):
                continue
            request = event.get("request")
            if not isinstance(request, dict) or not request.get("id"):
                continue
            request_id = int(request["id"])
            old = self.requests.get(request_id)
            if old is not None and int(request.get("version") or 0) <= int(old.get("version") or 0):
                continue  # our own write's answer came first
            self.upsert(request)
            moved.append(request_id)
        if self.selected_id() in moved:
            self.refresh(self.selected_id())  # what the officer may now do on it

    def say(self, text: str, *, bad: bool = False) -> None:
        """A line under the actions: what happened to the officer's last action."""
        self.message.setText(text)
        self.message.setProperty("refused", bad)
        self.message.setStyleSheet("color: #ef5350;" if bad else "")

    def _say_failed(self, text: str, exc: object) -> None:
        if not shiboken6.isValid(self.message):  # the window closed while it was sent
            return
        self.say(text.replace("%1", texts.refusal_text(_api(exc), str(exc))), bad=True)


def _version(request: dict[str, Any]) -> int:
    return int(request.get("version") or 0)


def _api(exc: object) -> ApiError | None:
    return exc if isinstance(exc, ApiError) else None


def _unsent(error: ApiError | None) -> str:
    """A write that did not reach the server: nothing is kept to send later (unlike a case
    action, which the outbox keeps), so the officer is told to act again."""
    if error is None:
        return ""
    if isinstance(error, ServerUnavailable) and not error.code:
        return texts.tr(texts.UNREACHABLE)
    if error.code in ("unauthorized", "session_expired", "session_revoked"):
        return texts.tr(texts.SIGN_IN)
    return ""

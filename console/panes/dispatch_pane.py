"""The dispatch pane: exactly the actions the server allows on the selected case, each with
what it needs, the deadline it will set previewed before sending, and the likely duplicates.
While the queue shows the volunteer requests (志愿服务), the request chosen there instead: the
team picker (console/panes/volunteer_queue_dispatch.py); the case's page is kept as it was."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidgetItem, QWidget

from console.contract import Case
from console.controllers.context import PaneContext
from console.models import labels
from console.panes import dispatch_form as form
from console.panes.dispatch_helped import DispatchAidsView
from console.panes.volunteer_queue_dispatch import VolunteerDispatchPage
from console.volunteers.book import book_of

FETCH_MS = 150
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DispatchPane(DispatchAidsView):
    """Offers the case's `allowed_actions`, nothing else; sends the chosen one via the outbox."""

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._case_id = 0
        self._allowed: list[str] = []
        self._sent: set[tuple[int, str]] = set()  # saved, not settled: not offered twice
        self._routing_failed = False
        self._told = 0  # the case version a conflict message has already explained
        self._then_dispatch = 0  # the new case to register and dispatch in one go (intake)
        self._fetch = QTimer(self, singleShot=True, interval=FETCH_MS)
        self._fetch.timeout.connect(self._on_fetch_timeout)
        self._preview = QTimer(self, singleShot=True, interval=FETCH_MS)
        self._preview.timeout.connect(self._on_preview_timeout)
        self._connect()
        self._render()
        self.volunteer_page: VolunteerDispatchPage | None = None
        book = None if ctx.drill else book_of(ctx)
        if book is not None:
            self.volunteer_page = VolunteerDispatchPage(book, self.pages)
            self.pages.addWidget(self.volunteer_page)
            book.queue_changed.connect(self._on_book_queue_changed)
            book.queue_opened.connect(self._on_book_queue_opened)

    def _connect(self) -> None:
        ctx = self._ctx
        ctx.selection.changed.connect(self._on_selection_changed)
        ctx.selection.action_requested.connect(self._on_selection_action_requested)
        ctx.model.cases_changed.connect(self._on_model_cases_changed)
        ctx.live.events_applied.connect(self._on_live_events_applied)
        ctx.reference.loaded.connect(lambda _data: self._show_departments())
        ctx.aids.routing_loaded.connect(self._on_aids_routing_loaded)
        ctx.aids.duplicates_loaded.connect(self._on_aids_duplicates_loaded)
        ctx.aids.deadline_loaded.connect(self._on_aids_deadline_loaded)
        ctx.aids.unavailable.connect(self._on_aids_unavailable)
        ctx.sync.queued.connect(self._on_sync_queued)
        ctx.sync.settled.connect(self._on_sync_settled)
        self.action_list.currentItemChanged.connect(lambda *_: self._on_action_chosen())
        self.action_list.itemActivated.connect(lambda _item: self.focus_first_field())
        self.departments.changed.connect(self._update_send)
        self.duplicates.currentItemChanged.connect(lambda *_: self._on_duplicate_chosen())
        self.duplicates.itemActivated.connect(lambda _item: self._on_duplicate_activated())
        self.extension.valueChanged.connect(lambda _v: self._on_extension_changed())
        self.departments.list.installEventFilter(self)  # Enter on a department sends
        self.result_combo.currentIndexChanged.connect(lambda _i: self._on_action_fields_changed())
        self.target_combo.currentIndexChanged.connect(lambda _i: self._update_send())
        self.note.textChanged.connect(self._update_send)
        self.send_button.clicked.connect(self.send)
        for action_id, slot in (
            ("case_send", self._on_case_send_triggered),
            ("case_choose", self.focus_actions),
        ):
            action = ctx.actions.get(action_id)
            if action is not None:
                action.triggered.connect(slot)
                if ctx.actions.spec(action_id).pane:
                    self.addAction(action)  # its shortcut works with the keyboard in this pane

    # -- public -----------------------------------------------------------------------------

    @property
    def case_id(self) -> int:
        """The case the pane works on (0 for none)."""
        return self._case_id

    def case(self) -> Case | None:
        """The case as last known (the version an action is sent on)."""
        return self._ctx.model.case(self._case_id) if self._case_id else None

    def then_dispatch(self) -> bool:
        """Whether sending registers the case and dispatches it at once (a new call's case)."""
        return self._then_dispatch == self._case_id != 0 and self.chosen_action() == "register"

    def prepare_register_and_dispatch(self, case_id: int) -> bool:
        """A case just created from a call: register and dispatch chosen, the suggested
        department preselected, the keyboard on the departments; one key sends."""
        case = self.case()
        if case is None or case_id != self._case_id or not self.choose("register"):
            return False
        self._then_dispatch = case_id
        self._on_action_chosen()
        self._ctx.aids.load_routing(case)
        self.focus_requested.emit()
        self.departments.list.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def values(self) -> form.FormValues | None:
        """What is entered for the chosen action (None without a case)."""
        if self.case() is None:
            return None
        parent = self.duplicates.chosen()
        return form.FormValues(
            action=self.chosen_action(),
            note=self.note.toPlainText(),
            department=self.departments.selected(),
            parent_id=parent.id if parent else None,
            extension_minutes=round(self.extension.value() * 60),
            result=self.result_combo.currentData(),
            target=self.target_combo.currentData(),
        )

    def blocker(self) -> str:
        """Why the send button is disabled ('' when it is enabled)."""
        values = self.values()
        if values is not None and values.action == "correct":  # it has a form of its own
            return self.tr("Correct the case in its own form: Ctrl+Shift+C (Case menu).")
        asked = replace(values, action="dispatch") if values and self.then_dispatch() else values
        why = form.missing(asked, labels.action_label(asked.action) if asked else "")
        sent = values is not None and (
            (self._case_id, values.action) in self._sent
            or self._ctx.sync.is_pending(self._case_id, values.action)
        )
        if not why and sent:
            why = self.tr("Saved; waiting for the server before this can be done again.")
        return why

    def send(self) -> bool:
        """Send the chosen action through the outbox; False (and why) when something is missing."""
        why = self.blocker()
        values, case = self.values(), self.case()
        if why or values is None or case is None:
            self.say(why, "error")
            return False
        if self.then_dispatch():  # the note goes with the dispatch, to the department
            dispatch = replace(values, action="dispatch")
            self._ctx.sync.submit(
                [(case, "register", {}), (case, "dispatch", form.fields_of(dispatch))]
            )
        else:
            self._ctx.sync.submit([(case, values.action, form.fields_of(values))])
        self._sent.add((self._case_id, values.action))
        self.sent.emit(
            self._case_id, "register_dispatch" if self.then_dispatch() else values.action
        )
        self.note.clear()
        online = self._ctx.sync.online
        self.say(
            self.tr("Saved; sending…")
            if online
            else self.tr("Saved while offline: it is sent when the connection is back."),
            "info" if online else "warning",
        )
        self._update_send()
        return True

    # -- rendering --------------------------------------------------------------------------

    def _render(self) -> None:
        case = self.case()
        self.show_header(case)
        self.extension_hint.setText(self.extension_text(self.extension.value(), case))
        allowed = list(case.allowed_actions) if case else []
        if allowed != self._allowed:
            keep = self.chosen_action()
            self._allowed = allowed
            self.action_list.blockSignals(True)
            self.action_list.clear()
            for action in allowed:
                item = QListWidgetItem(labels.action_label(action), self.action_list)
                item.setData(Qt.ItemDataRole.UserRole, action)
            self.action_list.blockSignals(False)
            if not self.choose(keep if keep in allowed else form.primary_action(allowed)):
                self._on_action_chosen()
        self._show_pending()
        self._update_send()

    def _show_pending(self) -> None:
        count = self._ctx.sync.pending_for(self._case_id) if self._case_id else 0
        self.pending_label.setVisible(count > 0)
        text = self.tr("⏳ %1 action(s) on this case wait to be synchronized")
        self.pending_label.setText(text.replace("%1", str(count)))

    def _update_send(self) -> None:
        values = self.values()
        why = self.blocker()
        self.send_button.setEnabled(not why)
        self.blocker_label.setText(why)
        self.blocker_label.setProperty("blocked", bool(why))
        self.blocker_label.style().unpolish(self.blocker_label)
        self.blocker_label.style().polish(self.blocker_label)
        self.send_button.setText(
            self.send_text(
                values, self.departments.selected_name(), then_dispatch=self.then_dispatch()
            )
        )

    # -- handlers ---------------------------------------------------------------------------

    def _on_selection_changed(self, case_id: int) -> None:
        self._case_id = case_id
        self._routing_failed = False
        self._told = 0
        self._then_dispatch = 0
        self.say("", "")
        self.duplicates.set_items([])
        self._allowed = []
        self.action_list.clear()  # a new case starts on its primary action
        self._render()
        self._show_departments(keep=False)
        self._fetch.start()

    def _on_selection_action_requested(self, action: str) -> None:
        if self.choose(action):
            self.attention_requested.emit()
            self.focus_first_field()

    def _on_model_cases_changed(self, case_ids: frozenset[int]) -> None:
        if self._case_id in case_ids:
            self._sent = {s for s in self._sent if s[0] != self._case_id}
            self._render()
            self._fetch.start()
            self._preview.start()

    def _on_live_events_applied(self, events: list[dict[str, Any]]) -> None:
        me = self._ctx.session.display_name
        for event in events:
            change = event.get("action") or {}
            case = event.get("case")
            version = case.version if isinstance(case, Case) else 0
            if event.get("case_id") != self._case_id or not change or version <= self._told:
                continue
            if change.get("actor") != me:
                self.say_change(change)

    def _on_book_queue_changed(self) -> None:
        page, book = self.volunteer_page, book_of(self._ctx)
        if page is None or book is None:
            return
        if book.queue_shown:
            page.show_request(book.queue_current)
        self.pages.setCurrentWidget(page if book.queue_shown else self.case_page)

    def _on_book_queue_opened(self, request_id: int) -> None:
        if self.volunteer_page is not None:
            self.volunteer_page.show_request(request_id)
            self.focus_requested.emit()
            self.volunteer_page.focus_teams()

    def showing_volunteers(self) -> bool:
        """Whether the pane works on a volunteer request (the queue shows them) now."""
        return self.volunteer_page is not None and self.pages.currentWidget() is self.volunteer_page

    def _on_case_send_triggered(self) -> None:
        if self.volunteer_page is not None and self.showing_volunteers():
            if not self.volunteer_page.send_offer():  # Ctrl+Enter: 派单 to the chosen team
                self.focus_requested.emit()
                self.volunteer_page.focus_teams()
            return
        # Ctrl+Enter wherever a case is selected; what is missing is shown in the pane.
        if not self.send():
            self.focus_requested.emit()
            self.focus_first_field()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.departments.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _ENTER
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.send()
            return True
        return super().eventFilter(watched, event)

    def _on_action_chosen(self) -> None:
        action = self.chosen_action()
        self.show_fields(
            action, self.result_combo.currentData(), then_dispatch=self.then_dispatch()
        )
        self.deadline.set_deadline(self.tr("Deadline: loading…") if action else "", None)
        self._preview.start()
        self._update_send()

    def _on_action_fields_changed(self) -> None:
        self.show_fields(
            self.chosen_action(),
            self.result_combo.currentData(),
            then_dispatch=self.then_dispatch(),
        )
        self._update_send()

    def _on_extension_changed(self) -> None:
        self.extension_hint.setText(self.extension_text(self.extension.value(), self.case()))
        self._preview.start()
        self._update_send()

    def _on_sync_queued(self, _item: object) -> None:
        self._show_pending()
        self._update_send()

    def _on_sync_settled(self, result: Any) -> None:
        case_id = result.item.case_id
        self._sent = {s for s in self._sent if s[0] != case_id}
        if case_id == self._case_id:
            self.say_outcome(result)
            if result.status == "conflict" and result.case:
                self._told = result.case.version
            self._render()

"""The dispatch pane's page for a volunteer service request chosen in the queue's 志愿服务
view: the team picker (派单) with the server's suggestion first (same street, the skill,
fewer in hand; a team that declined it last, in red), the deadline counting down, and the
center's other actions the server allows now (withdraw, cancel, and 评单 once done).

Everything goes through the window's one book of requests (console/volunteers/book.py), as
in the volunteer pane: the version shown, an Idempotency-Key made once for the action, and a
refusal (a 409 among them) said in the console's words with the request shown as it now is.
Accepting or declining is the team's own, on its phone.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from console.models import center_time, labels
from console.volunteers import rows, texts
from console.volunteers.asking import ask_dialog, heading_text
from console.volunteers.book import RequestBook
from console.volunteers.dialogs import TeamList
from widgets.countdown import Countdown
from widgets.plain_text import PlainLabel
from widgets.scrolled import scrolled

OTHER_ACTIONS = ("withdraw", "cancel", "rate")  # each asks its reason or rating in a dialog
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class VolunteerDispatchPage(QWidget):
    """One request: what it is, the teams to offer it to, the send button and what came of
    the officer's last action."""

    written = Signal(str, int)  # an action of this page's went through: its name, the request
    refused = Signal(str)  # one did not: what the officer was told

    def __init__(self, book: RequestBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("volunteerDispatch")
        self.book = book
        self.request_id = 0
        self.dialog: QDialog | None = None
        self._suggested_for: tuple[int, int] = (0, 0)  # (request, version) the list is for
        self.title = PlainLabel(self.tr("No volunteer request selected"), self)
        self.title.setObjectName("dispatchTitle")
        self.details = PlainLabel(self)
        self.details.setObjectName("volunteerDispatchDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deadline = Countdown(self, duration=labels.duration_text)
        self.teams_title = PlainLabel(
            self.tr("Teams, best first (same street, the skill, fewer in hand)"), self
        )
        self.teams_title.setObjectName("sectionTitle")
        self.teams = TeamList(self)
        self.teams.setMinimumHeight(84)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("volunteerOffer")
        self.send_button.setDefault(True)
        self.send_button.setToolTip(self.tr("Enter on the team list; Ctrl+Enter"))
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        for action in OTHER_ACTIONS:
            button = QPushButton(texts.action_label(action) + "…", self)
            button.setObjectName(f"volunteerDispatch_{action}")
            button.clicked.connect(lambda _c=False, a=action: self.start_action(a))
            self.buttons[action] = button
            row.addWidget(button)
        row.addStretch(1)
        self.message = PlainLabel(self)
        self.message.setObjectName("volunteerDispatchMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        picker = QVBoxLayout()
        picker.setSpacing(2)
        picker.addWidget(self.teams_title)
        picker.addWidget(self.teams, 1)
        keys = PlainLabel(self.tr("↑↓ choose a team · Enter: offer it"), self)
        keys.setObjectName("keysHint")
        picker.addWidget(keys)
        facts = QWidget(self)
        side = QVBoxLayout(facts)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.details)
        side.addWidget(self.deadline)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(picker, 3)
        body.addWidget(scrolled(facts), 2)  # scrolled: the pane keeps its height when low
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.send_button.clicked.connect(self.send_offer)
        self.teams.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.teams.installEventFilter(self)
        book.changed.connect(self._on_book_changed)
        book.busy_changed.connect(lambda _id: self._update_buttons())
        book.history_loaded.connect(self._on_book_history_loaded)
        book.moved.connect(self._on_book_moved)
        self._render()

    # -- public ---------------------------------------------------------------------------

    def request(self) -> dict[str, Any] | None:
        """The request as last known (the version an action is sent on)."""
        return self.book.get(self.request_id) if self.request_id else None

    def show_request(self, request_id: int) -> None:
        """Work on this request (0: none); what the officer may do on it is read again."""
        if request_id != self.request_id:
            self.request_id = request_id
            self.say("")
            self.teams.clear()
            self._suggested_for = (0, 0)
        self._render()
        if request_id:
            self.book.refresh(request_id)

    def focus_teams(self) -> None:
        """The keyboard on the team list (the best team chosen): Enter offers."""
        self.teams.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def blocker(self) -> str:
        """Why the request cannot be offered now ('' when it can)."""
        request = self.request()
        if request is None:
            return self.tr("Choose a volunteer request in the queue.")
        if self.book.is_busy(self.request_id):
            return self.tr("Sending…")
        if "offer" not in (request.get("allowed_actions") or []):
            return self.tr("Not to be offered now: it is %1.").replace(
                "%1", texts.state_label(request.get("state"))
            )
        if not self.teams.chosen_team():
            return self.tr("Choose the team in the list.")
        return ""

    def send_offer(self) -> bool:
        """派单 to the chosen team on the version shown; False (and why) when it cannot go."""
        why, request = self.blocker(), self.request()
        if why or request is None:
            self.say(why, bad=True)
            return False
        team, name = self.teams.chosen_team(), self.teams.chosen_name()
        self._send(request, "offer", team=team, to=name)
        return True

    def start_action(self, action: str) -> None:
        """Withdraw, cancel or rate: ask the reason or the rating, then send."""
        request = self.request()
        if request is None or action not in (request.get("allowed_actions") or []):
            return
        dialog = ask_dialog(request, action, lambda r, a, **f: self._send(r, a, **f), self)
        if dialog is None:
            return
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        dialog.open()

    def say(self, text: str, *, bad: bool = False) -> None:
        """What came of the officer's last action (red when refused)."""
        self.message.setText(text)
        self.message.setProperty("refused", bad)
        self.message.setStyleSheet("color: #ef5350;" if bad else "")

    # -- sending --------------------------------------------------------------------------

    def _send(self, request: dict[str, Any], action: str, to: str = "", **fields: object) -> None:
        request_id = int(request["id"])
        self.say(self.tr("Sending…"))
        self.book.send(
            request,
            action,
            on_done=lambda _answer: self._on_written(action, request_id, to),
            on_refused=self._on_refused,
            **fields,
        )

    def _on_written(self, action: str, request_id: int, to: str) -> None:
        if not shiboken6.isValid(self.message):  # the window closed meanwhile
            return
        text = self.tr("Done: %1 (#%2).").replace("%1", texts.action_label(action))
        text = text.replace("%2", str(request_id))
        self.say(f"{text} {to}".strip())
        self.written.emit(action, request_id)

    def _on_refused(self, text: str) -> None:
        if not shiboken6.isValid(self.message):
            return
        self.say(text, bad=True)
        self.refused.emit(text)

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # -- rendering ------------------------------------------------------------------------

    def _render(self) -> None:
        request = self.request()
        if request is None:
            self.title.setText(self.tr("No volunteer request selected"))
            self.details.setText(self.tr("Choose a volunteer request in the queue."))
            self.deadline.clear()
        else:
            self.title.setText(
                self.tr("Volunteer request #%1 %2")
                .replace("%1", str(request["id"]))
                .replace("%2", str(request.get("category_name") or ""))
            )
            self.details.setText(heading_text(request))
            due = rows.due_epoch(request) if request.get("state") in texts.OPEN else None
            self.deadline.set_deadline(
                self.tr("Deadline:") if due else "",
                due,
                due - rows.WARN_SECONDS if due else None,
                center_time.when_text(request.get("due_at")) if due else "",
            )
            self._suggest(request)
        self._update_buttons()

    def _suggest(self, request: dict[str, Any]) -> None:
        """Read the server's suggestion when the request waits for a team (again once it
        moved: a decline puts that team last)."""
        key = (int(request["id"]), int(request.get("version") or 0))
        if request.get("state") != "requested" or key == self._suggested_for:
            return
        self._suggested_for = key
        self.book.suggest(
            key[0],
            lambda teams: self._on_suggested(key, teams),
            lambda why: self._on_suggest_failed(key, why),
        )

    def _on_suggested(self, key: tuple[int, int], teams: list[dict[str, Any]]) -> None:
        if key[0] == self.request_id and shiboken6.isValid(self.teams):
            self.teams.show_teams(teams)
            self._update_buttons()

    def _on_suggest_failed(self, key: tuple[int, int], why: str) -> None:
        if key[0] == self.request_id and shiboken6.isValid(self.message):
            self._suggested_for = (0, 0)  # asked again with the next change
            self.say(self.tr("Teams not loaded: %1").replace("%1", why), bad=True)

    def _update_buttons(self) -> None:
        request = self.request()
        allowed = set((request or {}).get("allowed_actions") or [])
        busy = self.book.is_busy(self.request_id)
        offer = "offer" in allowed
        self.teams.setEnabled(offer)
        self.teams_title.setEnabled(offer)
        name = self.teams.chosen_name()
        self.send_button.setText(
            self.tr("Offer to %1").replace("%1", name) if name else texts.action_label("offer")
        )
        self.send_button.setEnabled(not self.blocker())
        self.send_button.setToolTip(self.blocker() or self.tr("Enter on the team list; Ctrl+Enter"))
        for action, button in self.buttons.items():
            button.setVisible(action in allowed)
            button.setEnabled(not busy)

    # -- handlers -------------------------------------------------------------------------

    def _on_book_changed(self) -> None:
        if self.request_id:
            self._render()

    def _on_book_history_loaded(self, request_id: int) -> None:
        if request_id == self.request_id:
            self._update_buttons()

    def _on_book_moved(self, request_ids: list[int]) -> None:
        if self.request_id in request_ids:
            self.book.refresh(self.request_id)  # what the officer may now do on it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.teams
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _ENTER
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.send_offer()
            return True
        return super().eventFilter(watched, event)

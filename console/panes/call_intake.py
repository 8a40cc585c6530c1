"""12345 call intake: the form an officer fills on the phone, with similar open cases beside it.

The officer types the caller, picks the category by type-ahead and gives the address (the
street is recognised as they type); similar open cases appear by themselves. Ctrl+Enter
creates the case (the window then offers its dispatch), Ctrl+Shift+Enter creates, registers and
dispatches it to the suggested department at once; Ctrl+1…9 (or Enter on the list) attaches
the call to a similar case instead.
Every call to the server runs through the TaskRunner.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.contract import Case
from console.controllers.context import PaneContext
from console.panes import call_intake_logic as logic
from console.panes.call_intake_form import FIELDS, IntakeForm
from console.panes.call_intake_similar import MAX_KEYED, SimilarCases
from console.panes.call_intake_style import STYLE
from console.panes.call_intake_work import IntakeWork
from console.panes.intake_results import IntakeResults
from widgets.banner import Banner
from widgets.plain_text import PlainLabel
from widgets.present import present

LOOKUP_DELAY_MS = 400  # typing pauses this long before similar cases are looked up
NARROW = 760  # narrower than this, the similar cases sit below the form
SIMILAR_MIN_HEIGHT = 96
LIMITS = {"reporter_name": 80, "address": 200, "description": 5000}
_SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_EXPRESS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, MAX_KEYED + 1)}


class CallIntakePane(IntakeResults):
    """Takes a 12345 call: creates a case, or attaches the call to a similar open one."""

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callIntakePane")
        self.setStyleSheet(STYLE)
        self._ctx = ctx
        self._last_query: dict[str, Any] | None = None
        self.express = False  # the case being created is to be dispatched at once
        heading = PlainLabel(self.tr("12345 call intake"), self)
        heading.setObjectName("paneTitle")
        if ctx.drill:
            heading.setText(self.tr("【DRILL】") + heading.text())
        self.last_created = PlainLabel(self)
        self.last_created.setObjectName("lastCreated")
        self.banner = Banner(self)
        self.banner.setObjectName("intakeBanner")
        self.form = IntakeForm(self)
        self.similar = SimilarCases(self)
        self.work = IntakeWork(ctx.client, ctx.runner, ctx.sync, self)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.last_created)
        splitter = self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("intakeSplitter")
        splitter.setChildrenCollapsible(False)
        # The form scrolls when the screen is short (1366×768), rather than growing the window.
        self.form_scroll = QScrollArea(splitter)
        self.form_scroll.setObjectName("intakeFormScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(self.form)
        self.form_scroll.setMinimumWidth(self.form.minimumSizeHint().width())
        splitter.addWidget(self.form_scroll)
        splitter.addWidget(self.similar)
        splitter.setSizes([470, 720])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self._timer = QTimer(self, singleShot=True, interval=LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.form.lookup_inputs_changed.connect(self._timer.start)
        self.form.submit_requested.connect(self.submit)
        self.form.clear_requested.connect(self._on_form_clear_requested)
        self.similar.attach_requested.connect(self.attach)
        self.work.similar_found.connect(self._on_work_similar_found)
        self.work.similar_failed.connect(self._on_work_similar_failed)
        self.work.created.connect(self._on_work_created)
        self.work.attached.connect(self._on_work_attached)
        self.work.attach_saved.connect(self._on_work_attach_saved)
        self.work.failed.connect(self._on_work_failed)
        self.work.busy_changed.connect(self._on_work_busy_changed)
        chain = [*self.form.tab_chain(), self.similar.tree, self.similar.attach_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        for widget in (*chain, present(self.form.category.completer().popup())):
            widget.installEventFilter(self)
        ctx.reference.loaded.connect(self._on_reference_loaded)
        if ctx.reference.data:
            self._on_reference_loaded(ctx.reference.data)

    # -- keyboard ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Ctrl+Enter and Ctrl+1…9 belong to the form while it has the focus, also when the
        # window has actions on the same keys: claim them at the shortcut-override stage.
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            command = self._command_for(event)  # type: ignore[arg-type]
            if command is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    command()
                return True
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            if self.form.isAncestorOf(watched):  # a field scrolled out of sight comes back
                self.form_scroll.ensureWidgetVisible(watched)
        return super().eventFilter(watched, event)

    def _command_for(self, event: QKeyEvent) -> Any:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == _EXPRESS and event.key() in _SUBMIT_KEYS:
            return lambda: self.submit(express=True)
        if modifiers != Qt.KeyboardModifier.ControlModifier:
            return None
        if event.key() in _SUBMIT_KEYS:
            return self.submit
        number = _DIGIT_KEYS.get(Qt.Key(event.key()))
        if number is not None and number <= len(self.similar.items()):
            return lambda: self.similar.request_attach(number - 1)
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # Docked narrow (a small screen's right-hand tabs): the similar cases go below the form.
        narrow = event.size().width() < NARROW
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self._splitter.orientation() != wanted:
            self._splitter.setOrientation(wanted)
            # Below the form the list may be short (it scrolls): the form fits a 768 screen.
            self.similar.setMinimumHeight(SIMILAR_MIN_HEIGHT if narrow else 0)
            # Below, the form takes what it needs first; beside, the old proportions.
            if narrow:
                QTimer.singleShot(0, self._fit_split)
            else:
                self._splitter.setSizes([470, 720])

    def _fit_split(self) -> None:
        room = self._splitter.height()
        form = min(self.form.sizeHint().height(), room - SIMILAR_MIN_HEIGHT)
        self._splitter.setSizes([form, room - form])

    def take_focus(self) -> None:
        """The keyboard in the first empty field (F6): the caller's name on a fresh form."""
        self.form.name.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._splitter.orientation() == Qt.Orientation.Vertical:
            QTimer.singleShot(0, self._fit_split)
        # Opened on demand (F3 "New call") in the active window: ready to type the caller's
        # name. At start-up the window is not active yet, and the queue keeps the focus.
        focus = QApplication.focusWidget()
        if self.isActiveWindow() and (focus is None or not self.isAncestorOf(focus)):
            self.form.name.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- commands ---------------------------------------------------------------------------

    def submit(self, *, express: bool = False) -> None:
        """Create the case from the form (a second press while sending does nothing).

        `express` (Ctrl+Shift+Enter): register and dispatch it to the suggested department
        too, without stopping at the dispatch pane.
        """
        if self.work.busy or not self._checked(attach=False):
            return
        self.express = express
        self.banner.show_message(self.tr("Creating the case…"), "info")
        self.work.create(self.form.body())

    def attach(self, case: Case) -> None:
        """Add this call to an existing case's history instead of creating a new case."""
        if self.work.busy or not self._checked(attach=True):
            return
        text = self.tr("Attaching the call to %1…").replace("%1", case.ref or "")
        self.banner.show_message(text, "info")
        self.work.attach(case, self._note())

    def _checked(self, *, attach: bool) -> bool:
        """Check the form locally; show each problem by its field. True when all is well."""
        form, body = self.form, self.form.body()
        problems: dict[str, str] = {}
        phone = logic.phone_problem(form.phone.text())
        if phone:
            problems["reporter_phone"] = form.phone_message(phone)
        if form.coordinates_value() == "bad":
            problems["coordinates"] = self.tr("Write latitude, longitude, e.g. 32.04, 120.87")
        for field, limit in LIMITS.items():
            if len(str(body.get(field, ""))) > limit:
                problems[field] = self.tr("Too long: at most %1 characters").replace(
                    "%1", str(limit)
                )
        if attach:
            if not body["description"]:
                problems["description"] = self.tr("Write what the caller said before attaching")
        else:
            if not body["category"]:
                problems["category"] = self.tr("Pick a category from the list")
            if not body["title"]:
                problems["title"] = self.tr("Give the case a title")
        for field in FIELDS:
            form.set_error(field, problems.get(field, ""))
        if problems:
            form.focus_field(next(f for f in FIELDS if f in problems))
            self.banner.show_message(
                self.tr("Nothing was sent: correct the marked fields."), "warning"
            )
        return not problems

    # -- similar cases ----------------------------------------------------------------------

    def _on_timer_timeout(self) -> None:
        form = self.form
        code, street, place = form.category.code(), form.street_code(), form.coordinates_value()
        if not code:
            self._last_query = None
            self.similar.show_message(self.tr("Pick a category to see similar open cases."))
            return
        if not street and not isinstance(place, tuple):
            self._last_query = None
            self.similar.show_message(
                self.tr(
                    "Give an address with its street (or choose the street) to see similar "
                    "open cases."
                )
            )
            return
        query: dict[str, Any] = {"category": code, "street": street}
        if isinstance(place, tuple):
            query["lat"], query["lon"] = place
        if query == self._last_query:
            return  # e.g. a house number typed: the same place, the same answer
        self._last_query = query
        self.similar.status.setText(self.tr("Looking for similar open cases…"))
        self.work.lookup(query)

    def _on_work_similar_found(self, number: int, found: dict[str, Any]) -> None:
        if number == self.work.latest_lookup():
            self.similar.set_items(list(found.get("items") or []), self.form.category.code())

    def _on_work_similar_failed(self, number: int, exc: object) -> None:
        if number != self.work.latest_lookup():
            return
        self._last_query = None  # look again at the next change
        self.similar.show_message(
            self.tr("Similar cases could not be looked up: %1").replace("%1", self._why(exc))
        )

    # -- handlers ---------------------------------------------------------------------------

    def _on_work_busy_changed(self, busy: bool) -> None:
        self.form.create_button.setEnabled(not busy)
        self.similar.attach_button.setEnabled(not busy and bool(self.similar.items()))

    def _on_form_clear_requested(self) -> None:
        self._reset()
        self.banner.hide()

    def _on_reference_loaded(self, data: dict[str, Any]) -> None:
        self.form.set_reference(data)

    def _reset(self) -> None:
        self.form.clear()
        self.work.forget_submission()
        self._last_query = None
        self.form.name.setFocus(Qt.FocusReason.OtherFocusReason)


def call_intake_pane(ctx: PaneContext) -> QWidget:
    """The factory the pane registry calls."""
    return CallIntakePane(ctx)

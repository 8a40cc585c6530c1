"""Find a caller's cases by part of the phone number (来电查询): type digits, ↓ to the list,
Enter selects the case in the queue. The search runs on the server (GET /cases?phone=)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.api import ApiError
from console.api.cases_extra import PHONE_MAX_DIGITS, PHONE_MIN_DIGITS, find_by_phone, phone_digits
from console.contract import Case
from console.controllers.action_sync import row_of
from console.controllers.context import PaneContext
from console.models import center_time, labels, problem_text
from widgets.plain_text import PlainLabel
from widgets.plain_tip import plain_tip
from widgets.tree_rows import top_item

SEARCH_DELAY_MS = 300
CASE_ROLE = Qt.ItemDataRole.UserRole
WIDTHS = (128, 112, 72, 72, 0, 96)  # the title takes what is left
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CallerSearchDialog(QDialog):
    """A small search window: digits above, the matching cases below, newest first."""

    case_chosen = Signal(object)  # the Case the officer picked (as listed)

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callerSearch")
        self.setWindowTitle(self.tr("Find caller by phone"))
        self._ctx = ctx
        self._searches = 0
        self._shown_for = ""  # the digits the list answers
        self._items: list[Case] = []
        label = PlainLabel(self.tr("Caller's &phone (part of it)"), self)
        self.field = QLineEdit(self)
        self.field.setObjectName("callerDigits")
        self.field.setPlaceholderText(self.tr("at least 3 digits, e.g. 5678"))
        self.field.setMaxLength(40)
        self.field.setClearButtonEnabled(True)
        label.setBuddy(self.field)
        self.status = PlainLabel(self)
        self.status.setObjectName("callerStatus")
        self.status.setWordWrap(True)
        self.results = QTreeWidget(self)
        self.results.setObjectName("callerResults")
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setHeaderLabels(
            [
                self.tr("Ref"),
                self.tr("Phone"),
                self.tr("Caller"),
                self.tr("State"),
                self.tr("Title"),
                self.tr("Reported"),
            ]
        )
        for column, width in enumerate(WIDTHS):
            if width:
                self.results.setColumnWidth(column, width)
        self.results.header().setStretchLastSection(False)
        self.results.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.field.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.itemActivated.connect(lambda item, _c: self._choose(item))
        self.status.setText(self.tr("Type at least 3 digits of the caller's number."))
        self.resize(720, 380)

    # -- public -------------------------------------------------------------------------------

    def start(self, digits: str = "") -> None:
        """Show the window with the cursor in the field (its text selected for a new search)."""
        if digits:
            self.field.setText(digits)
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def items(self) -> list[Case]:
        """The cases listed now, in order."""
        return list(self._items)

    def search(self) -> None:
        """Ask the server for the cases of the digits typed (the newest answer wins)."""
        digits = phone_digits(self.field.text())
        if not PHONE_MIN_DIGITS <= len(digits) <= PHONE_MAX_DIGITS:
            self._show([], "")
            self.status.setText(self.tr("Type at least 3 digits of the caller's number."))
            return
        if digits == self._shown_for:
            return
        self._searches += 1
        number, client = self._searches, self._ctx.client
        self.status.setText(self.tr("Searching…"))
        self._ctx.runner.run(
            lambda: find_by_phone(client, digits),
            lambda found: self._on_search_done(number, digits, found),
            on_error=lambda exc: self._on_search_failed(number, exc),
            what=self.tr("Finding the caller"),
        )

    # -- handlers -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.field and event.key() == Qt.Key.Key_Down and self._items:
                self.results.setFocus()
                if self.results.currentItem() is None:
                    self.results.setCurrentItem(top_item(self.results, 0))
                return True
            if watched is self.field and event.key() in _ENTER:
                self._on_field_enter()
                return True
            if watched is self.results and event.key() in _ENTER:
                current = self.results.currentItem()
                if current is not None:
                    self._choose(current)
                return True
        return super().eventFilter(watched, event)

    def _on_field_enter(self) -> None:
        digits = phone_digits(self.field.text())
        if digits and digits == self._shown_for and self._items:
            self._choose(self.results.currentItem() or self.results.topLevelItem(0))
        else:
            self._timer.stop()
            self.search()

    def _on_field_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_search_done(self, number: int, digits: str, found: list[Case]) -> None:
        if number != self._searches:
            return
        self._show(found, digits)
        if found:
            text = self.tr("%1 case(s): ↓ to the list, Enter shows the case in the queue.")
            self.status.setText(text.replace("%1", str(len(found))))
        else:
            self.status.setText(self.tr("No case with these digits in the caller's number."))

    def _on_search_failed(self, number: int, exc: object) -> None:
        if number != self._searches:
            return
        why = problem_text.explain(exc) if isinstance(exc, ApiError) else str(exc)
        self.status.setText(self.tr("The search failed: %1").replace("%1", why))

    def _show(self, items: list[Case], digits: str) -> None:
        self._items, self._shown_for = list(items), digits
        self.results.clear()
        for case in items:
            row = QTreeWidgetItem(
                [
                    case.ref or "",
                    case.reporter_phone or "",
                    case.reporter_name or "",
                    labels.state_label(case.state),
                    case.title,
                    center_time.when_text(case.created_at),
                ]
            )
            row.setData(0, CASE_ROLE, case)
            row.setToolTip(4, plain_tip(case.description or case.title))
            self.results.addTopLevelItem(row)
        if items:
            self.results.setCurrentItem(top_item(self.results, 0))

    def _choose(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        self.case_chosen.emit(item.data(0, CASE_ROLE))
        self.hide()


def show_in_queue(
    ctx: PaneContext,
    select: Callable[[int], bool],
    clear_filters: Callable[[], None],
    case: Case,
) -> None:
    """Make the case current in the queue: as it is listed, or with the filters cleared, or
    (a closed case the queue does not list) as the current case of the panes."""
    case_id = case.id
    if ctx.model.case(case_id) is None:
        ctx.model.upsert(row_of(case), alert=False)
    if select(case_id):
        return
    clear_filters()
    if not select(case_id):
        ctx.selection.set(case_id)

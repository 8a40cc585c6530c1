"""What the queue pane shows: the case table or, chosen in the filter bar (志愿服务, Alt+Q), the
volunteer requests' view in its place. The case table, its model, filters, selection and
scroll position are left exactly as they were while the requests are shown (a page of a
QStackedWidget is only hidden), so choosing the cases again finds them unchanged."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QStackedWidget, QTableView

from console.controllers.context import CaseSelection
from console.panes.queue_filters import CASES, VOLUNTEERS, QueueFilters
from console.panes.volunteer_queue import VolunteerQueueView
from console.volunteers.book import RequestBook


class VolunteerSwitch(QObject):
    """Swaps the queue's pages as the filter bar's kind changes and tells the book (the
    dispatch pane follows it) which request of the volunteer view is current."""

    def __init__(
        self,
        book: RequestBook,
        filters: QueueFilters,
        pages: QStackedWidget,
        cases: QTableView,
        focus_rows: Callable[[], None],
    ) -> None:
        super().__init__(pages)
        self.book = book
        self._filters = filters
        self._pages = pages
        self._cases = cases
        self._focus_rows = focus_rows  # the queue's: the rows of the page shown
        self._select_case: Callable[[int], bool] | None = None  # the queue's, once it follows
        self.view = VolunteerQueueView(book, pages)
        pages.addWidget(self.view)
        filters.add_kinds()
        if filters.kind_combo is not None:  # Enter there: on to the rows (Alt+Q, ↓, Enter)
            filters.kind_combo.installEventFilter(self)
        filters.kind_changed.connect(self._on_filters_kind_changed)
        self.view.request_selected.connect(lambda _id: self._tell_book())
        self.view.request_opened.connect(book.queue_opened)

    @property
    def shown(self) -> bool:
        """Whether the volunteer requests are shown instead of the cases."""
        return self._filters.kind() == VOLUNTEERS

    def follow(self, selection: CaseSelection, select_case: Callable[[int], bool]) -> None:
        """A case chosen anywhere while the requests are shown (a 督办 item, an alert, a pane
        that has only the shared selection) brings the cases back, on it: select_case (the
        queue's) shows them; the dispatch pane follows the book to the case's page."""
        self._select_case = select_case
        selection.changed.connect(self._on_selection_changed)

    def _on_selection_changed(self, case_id: int) -> None:
        if case_id and self.shown and self._select_case is not None:
            self._select_case(case_id)

    def show_volunteers(self, shown: bool = True) -> None:
        """Show the volunteer requests (or the cases again)."""
        self._filters.set_kind(VOLUNTEERS if shown else CASES)

    def _on_filters_kind_changed(self, kind: str) -> None:
        volunteers = kind == VOLUNTEERS
        self._filters.show_case_controls(not volunteers)
        self._pages.setCurrentWidget(self.view if volunteers else self._cases)
        self._tell_book()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self._filters.kind_combo
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._focus_rows()
            return True
        return super().eventFilter(watched, event)

    def _tell_book(self) -> None:
        shown = self.shown
        self.book.set_queue(shown=shown, current=self.view.current_request_id() if shown else 0)

"""The central pane: the live case queue with its filters, search and color counts; for the
center's roles also the open volunteer service requests in its place (志愿服务 in the filter
bar, console/panes/volunteer_queue_switch.py), the cases kept as they were meanwhile."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from console.controllers.context import PaneContext
from console.models import labels
from console.models.case_filter import CaseFilter
from console.models.case_table import CaseTableModel
from console.models.columns import COLUMN_INDEX
from console.panes.case_table_view import CaseTableView, arrange_rows
from console.panes.queue_columns import ColumnFitter
from console.panes.queue_filters import VOLUNTEERS, QueueFilters
from console.panes.volunteer_queue_switch import VolunteerSwitch
from console.volunteers.book import book_of
from widgets.plain_text import PlainLabel
from widgets.watermark import Watermark

_TO_ROWS = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)


ROW_HEIGHT = 30
COMPACT_ROW_HEIGHT = 24  # a small screen keeps a dozen rows with a pane docked below


class QueuePane(QWidget):
    """Case table plus filter bar; emits the case the officer moves to or opens."""

    case_selected = Signal(int)
    case_opened = Signal(int)
    selection_changed = Signal()  # the rows selected for bulk work changed
    acknowledge_requested = Signal(int)  # Space on a case with an unacknowledged alert

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queuePane")
        self._ctx = ctx
        self._model: CaseTableModel = ctx.model
        self._build_header()
        self.filters = QueueFilters(self)
        self._build_table()
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("queuePages")
        self.pages.addWidget(self.view)
        book = None if ctx.drill else book_of(ctx)  # trainers: drill data only
        self.volunteers = (
            VolunteerSwitch(book, self.filters, self.pages, self.view, self.focus_rows)
            if book
            else None
        )
        if self.volunteers is not None:  # a case chosen anywhere: the cases back, on it
            self.volunteers.follow(ctx.selection, self.select_case)
        self._choosing = False  # select_case is bringing the cases back for its own case
        self.filters.kind_changed.connect(self._on_filters_kind_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(self._header)
        layout.addWidget(self.filters)
        layout.addWidget(self.pages, 1)
        if ctx.drill:
            self._watermark = Watermark(self.tr("【DRILL】"), self.view.viewport())
        self.filters.changed.connect(self._apply_filter)
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._on_clock_timeout)
        self._clock.start()
        ctx.reference.loaded.connect(self._on_reference_loaded)
        ctx.live.ended_page.connect(self._on_ended_page)
        ctx.live.set_paint_meter(lambda: self.view.paint_seconds)
        # The counts are kept by the model as colors change; the total follows the rows.
        self._count_timer = QTimer(self, singleShot=True, interval=200)
        self._count_timer.timeout.connect(self._update_counts)
        for signal in (
            self._model.layoutChanged,
            self._model.rowsInserted,
            self._model.rowsRemoved,
        ):
            signal.connect(lambda *_: self._count_timer.start())

    # The filter bar's controls, as the window and the tests know them.
    @property
    def search(self) -> QLineEdit:
        """The search box."""
        return self.filters.search

    @property
    def color_combo(self) -> QComboBox:
        """The color filter."""
        return self.filters.color_combo

    @property
    def channel_combo(self) -> QComboBox:
        """The channel filter."""
        return self.filters.channel_combo

    @property
    def street_combo(self) -> QComboBox:
        """The street filter."""
        return self.filters.street_combo

    @property
    def department_combo(self) -> QComboBox:
        """The department filter."""
        return self.filters.department_combo

    # -- building ---------------------------------------------------------------------------

    def _build_header(self) -> None:
        self._header = QHBoxLayout()
        title = self._title = PlainLabel(self.tr("Case queue"), self)
        title.setObjectName("paneTitle")
        self._header.addWidget(title)
        # The counters and the total, together: on a small screen they move to the toolbar.
        self.counts = QWidget(self)
        self.counts.setObjectName("queueCounts")
        row = QHBoxLayout(self.counts)
        row.setContentsMargins(0, 0, 0, 0)
        self.count_labels: dict[str, QLabel] = {}
        for color in labels.COLORS:
            chip = PlainLabel(self.counts)
            chip.setObjectName(f"count_{color}")
            chip.setProperty("chip", color)
            chip.setToolTip(self.tr("All open cases of this color, whatever the filter shows"))
            self.count_labels[color] = chip
            row.addWidget(chip)
        row.addStretch(1)
        self.total_label = PlainLabel(self.counts)
        self.total_label.setObjectName("totalLabel")
        row.addWidget(self.total_label)
        # Ended cases older than the loaded window come from the server when asked for.
        self.more_ended = QPushButton(self.tr("More closed cases…"), self.counts)
        self.more_ended.setObjectName("moreEnded")
        self.more_ended.setToolTip(
            self.tr("Closed cases older than the last days are kept on the server: load more")
        )
        self.more_ended.hide()
        self.more_ended.clicked.connect(self._on_more_ended_clicked)
        row.addWidget(self.more_ended)
        self._header.addWidget(self.counts, 1)

    def _build_table(self) -> None:
        view = self.view = CaseTableView(self)
        view.setObjectName("caseTable")
        view.setModel(self._model)
        self._model.set_visible_rows(view.visible_rows)  # a flood repaints only these
        arrange_rows(view, ROW_HEIGHT)
        header = view.horizontalHeader()
        header.setObjectName("caseTableHeader")
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        self.columns = ColumnFitter(view)
        self.columns.fit()
        view.setSortingEnabled(True)
        view.sortByColumn(COLUMN_INDEX["sla"], Qt.SortOrder.AscendingOrder)
        view.selectionModel().currentRowChanged.connect(self._on_view_current_changed)
        view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        view.activated.connect(self._on_view_activated)
        view.doubleClicked.connect(self._on_view_activated)
        view.installEventFilter(self)
        self.filters.search.installEventFilter(self)

    def set_compact(self, toolbar: QToolBar) -> None:
        """A small screen: lower rows, no title row, the counters at the toolbar's start (what
        does not fit goes into the toolbar's overflow: buttons, with their shortcuts, never
        the counts an officer must see)."""
        self.view.verticalHeader().setDefaultSectionSize(COMPACT_ROW_HEIGHT)
        self._title.hide()
        self._header.removeWidget(self.counts)
        first = toolbar.actions()[0] if toolbar.actions() else None
        if first is None:
            toolbar.addWidget(self.counts)
        else:
            toolbar.insertWidget(first, self.counts)
            toolbar.insertSeparator(first)
        self.filters.set_compact()

    # -- public -----------------------------------------------------------------------------

    def current_case_id(self) -> int:
        """The case in the current row, 0 for none."""
        case = self._model.case_at(self.view.currentIndex().row())
        return case.id if case else 0

    def selected_case_ids(self) -> list[int]:
        """The cases of the selected rows, top to bottom (none while the requests are shown)."""
        if self.volunteers is not None and self.volunteers.shown:
            return []
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        cases = (self._model.case_at(row) for row in rows)
        return [case.id for case in cases if case]

    def select_cases(self, case_ids: list[int]) -> int:
        """Select the rows of these cases for bulk work (the map's rubber band), the filters
        cleared first if they hide some; returns how many rows are selected."""
        self.show_cases()
        rows = [self._model.row_of(case_id) for case_id in case_ids]
        if any(row < 0 for row in rows):
            self.clear_filters()
            rows = [self._model.row_of(case_id) for case_id in case_ids]
        selection = QItemSelection()
        last = self._model.columnCount() - 1
        for row in sorted(r for r in rows if r >= 0):
            selection.select(self._model.index(row, 0), self._model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag
        self.view.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        return sum(1 for r in rows if r >= 0)

    def select_case(self, case_id: int) -> bool:
        """Move the current row to this case (if shown; the cases are shown first, and then
        this case is the officer's, not the row that was current before the requests)."""
        self._choosing = True
        try:
            self.show_cases()
        finally:
            self._choosing = False
        row = self._model.row_of(case_id)
        if row < 0:
            return False
        already = self.view.currentIndex().row() == row
        self.view.setCurrentIndex(self._model.index(row, 0))
        self.view.scrollTo(self._model.index(row, 0))
        if already:  # no row change tells it
            self.case_selected.emit(case_id)
        return True

    def choose_case(self, case_id: int) -> bool:
        """A case chosen elsewhere (an alert, a 督办 item): current in the queue, its filters
        cleared if they hide it; else (a case the queue does not list) the panes' current
        case alone. True when the queue shows it."""
        if self.select_case(case_id):
            return True
        self.clear_filters()
        if self.select_case(case_id):
            return True
        self._ctx.selection.set(case_id)
        return False

    def step(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) case (or volunteer request, if shown)."""
        if self.volunteers is not None and self.volunteers.shown:
            self.volunteers.view.step(delta)
            return
        count = self._model.rowCount()
        if not count:
            return
        row = self.view.currentIndex().row()
        row = 0 if row < 0 else max(0, min(count - 1, row + delta))
        self.view.setCurrentIndex(self._model.index(row, 0))

    def focus_rows(self) -> None:
        """Put the keyboard on the queue's rows (the first one if none is current)."""
        if self.volunteers is not None and self.volunteers.shown:
            self.volunteers.view.focus_rows()
            return
        if not self.view.currentIndex().isValid() and self._model.rowCount():
            self.view.setCurrentIndex(self._model.index(0, 0))
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        """Put the cursor in the search box, text selected (the search is the cases')."""
        self.show_cases()
        self.filters.focus_search()

    def set_color(self, color: str | None) -> None:
        """Show only this color (None: all colors)."""
        self.show_cases()
        self.filters.set_color(color)

    def show_only(self, **wanted: Any) -> None:
        """The open cases of one department or street, of one color (a chart's drill-down)."""
        self.show_cases()
        self.filters.show_only(**wanted)

    def set_drill_run(self, run_id: int | None) -> None:
        """Show only the cases of this drill run (a trainee's window in it; None: all)."""
        self.filters.set_drill_run(run_id)

    def clear_filters(self) -> None:
        """Back to the default view: open cases, every color, channel, street and department."""
        self.show_cases()
        self.filters.clear()

    def show_cases(self) -> None:
        """The case table in the queue (if the volunteer requests were shown instead)."""
        if self.volunteers is not None:
            self.volunteers.show_volunteers(False)

    def current_filter(self) -> CaseFilter:
        """The filter the controls describe."""
        return self.filters.current_filter()

    # -- handlers ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Down or Enter in the search box goes on to the queue's rows (Ctrl+F, type, ↓).
        if (
            watched is self.filters.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _TO_ROWS
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            self.focus_rows()
            return True
        # Space on a case with an unacknowledged alert acknowledges it (else: Qt's own Space).
        if (
            watched is self.view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            case_id = self.current_case_id()
            if case_id and case_id in self._model.alerted():
                self.acknowledge_requested.emit(case_id)
                return True
        return super().eventFilter(watched, event)

    def _apply_filter(self) -> None:
        keep = self.current_case_id()
        flt = self.current_filter()
        self._model.set_filter(flt)
        if keep:
            self.select_case(keep)
        self.more_ended.hide()
        self._ctx.live.fetch_ended(flt)
        self._update_counts()

    def _on_filters_kind_changed(self, kind: str) -> None:
        # No case is the officer's while the requests are shown (no command acts on hidden
        # rows); the cases back, their current and selected rows are again (unless the cases
        # are back for a case chosen elsewhere: that one is the officer's).
        if kind == VOLUNTEERS or not self._choosing:
            self.case_selected.emit(0 if kind == VOLUNTEERS else self.current_case_id())
        self.selection_changed.emit()

    def _on_ended_page(self, _count: int, more: bool) -> None:
        self.more_ended.setVisible(more)

    def _on_more_ended_clicked(self) -> None:
        self.more_ended.hide()
        self._ctx.live.fetch_ended(self.current_filter(), more=True)

    def _on_reference_loaded(self, data: dict[str, Any]) -> None:
        self.filters.set_reference(data)
        self.columns.reference_loaded(data)

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.volunteers is not None and self.volunteers.shown:
            return  # hidden: the case is the officer's again once the cases are back
        case = self._model.case_at(current.row())
        self.case_selected.emit(case.id if case else 0)

    def _on_view_activated(self, index: QModelIndex) -> None:
        case = self._model.case_at(index.row())
        if case:
            self.case_opened.emit(case.id)

    def _on_clock_timeout(self) -> None:
        self._model.tick(*self.view.visible_rows())
        self._update_counts()

    def _update_counts(self) -> None:
        counts = self._model.counts()
        for color, chip in self.count_labels.items():
            chip.setText(f"{labels.color_label(color)} {counts[color]}")
        self.total_label.setText(
            self.tr("%1 shown of %2")
            .replace("%1", str(self._model.rowCount()))
            .replace("%2", str(self._model.total()))
        )

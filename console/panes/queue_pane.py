"""The central pane: the live case queue with its filters, search and color counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.models import labels
from console.models.case_filter import CaseFilter
from console.models.case_table import CaseTableModel
from console.models.columns import COLUMN_INDEX, COLUMNS
from console.panes.context import PaneContext
from widgets.badge_delegate import BadgeDelegate
from widgets.watermark import Watermark

ROW_HEIGHT = 30
REVALIDATE_EVERY = 5  # ticks between re-checks of clock-dependent filters
OPEN = "__open__"


class QueuePane(QWidget):
    """Case table plus filter bar; emits the case the officer moves to or opens."""

    case_selected = Signal(int)
    case_opened = Signal(int)
    selection_changed = Signal()  # the rows selected for bulk work changed

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queuePane")
        self._ctx = ctx
        self._model: CaseTableModel = ctx.model
        self._ticks = 0
        self._build_header()
        self._build_filters()
        self._build_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(self._header)
        layout.addLayout(self._filters)
        layout.addWidget(self.view, 1)
        if ctx.drill:
            self._watermark = Watermark(self.tr("【DRILL】"), self.view.viewport())
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._apply_filter)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._on_clock_timeout)
        self._clock.start()
        ctx.reference.loaded.connect(self._on_reference_loaded)
        # Counting walks every shown row: coalesce bursts of feed changes into one count.
        self._count_timer = QTimer(self, singleShot=True, interval=200)
        self._count_timer.timeout.connect(self._update_counts)
        for signal in (self._model.modelReset, self._model.rowsInserted, self._model.rowsRemoved):
            signal.connect(lambda *_: self._count_timer.start())

    # -- building ---------------------------------------------------------------------------

    def _build_header(self) -> None:
        self._header = QHBoxLayout()
        title = QLabel(self.tr("Case queue"), self)
        title.setObjectName("paneTitle")
        self._header.addWidget(title)
        self.count_labels: dict[str, QLabel] = {}
        for color in labels.COLORS:
            chip = QLabel(self)
            chip.setObjectName(f"count_{color}")
            chip.setProperty("chip", color)
            self.count_labels[color] = chip
            self._header.addWidget(chip)
        self._header.addStretch(1)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("totalLabel")
        self._header.addWidget(self.total_label)

    def _combo(self, name: str, any_text: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(any_text, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _build_filters(self) -> None:
        self._filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search ref, title, address, reporter…"))
        self.state_combo = self._combo("stateFilter", self.tr("All states"))
        self.state_combo.insertItem(0, self.tr("Open cases"), OPEN)
        for code in labels.STATES:
            self.state_combo.addItem(labels.state_label(code), code)
        self.state_combo.setCurrentIndex(0)
        self.color_combo = self._combo("colorFilter", self.tr("All colors"))
        for code in labels.COLORS:
            self.color_combo.addItem(labels.color_label(code), code)
        self.channel_combo = self._combo("channelFilter", self.tr("All channels"))
        for code in labels.CHANNELS:
            self.channel_combo.addItem(labels.channel_label(code), code)
        self.street_combo = self._combo("streetFilter", self.tr("All streets"))
        self.department_combo = self._combo("departmentFilter", self.tr("All departments"))
        self._filters.addWidget(self.search, 3)
        for combo in self._combos():
            self._filters.addWidget(combo, 1)

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.state_combo,
            self.color_combo,
            self.channel_combo,
            self.street_combo,
            self.department_combo,
        )

    def _build_table(self) -> None:
        view = self.view = QTableView(self)
        view.setObjectName("caseTable")
        view.setModel(self._model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows for bulk work (Shift/Ctrl+click, Shift+arrows); the current row is the case.
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: no measuring
        rows.setDefaultSectionSize(ROW_HEIGHT)
        header = view.horizontalHeader()
        header.setObjectName("caseTableHeader")
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for i, column in enumerate(COLUMNS):
            view.setColumnWidth(i, column.width)
        header.setSectionResizeMode(COLUMN_INDEX["title"], QHeaderView.ResizeMode.Stretch)
        view.setSortingEnabled(True)
        view.sortByColumn(COLUMN_INDEX["sla"], Qt.SortOrder.AscendingOrder)
        self._badges = BadgeDelegate(CaseTableModel.ColorRole, view)
        view.setItemDelegateForColumn(COLUMN_INDEX["sla"], self._badges)
        view.selectionModel().currentRowChanged.connect(self._on_view_current_changed)
        view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        view.activated.connect(self._on_view_activated)
        view.doubleClicked.connect(self._on_view_activated)

    # -- public -----------------------------------------------------------------------------

    def current_case_id(self) -> int:
        """The case in the current row, 0 for none."""
        case = self._model.case_at(self.view.currentIndex().row())
        return int(case["id"]) if case else 0

    def selected_case_ids(self) -> list[int]:
        """The cases of the selected rows, top to bottom."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        cases = (self._model.case_at(row) for row in rows)
        return [int(case["id"]) for case in cases if case]

    def select_case(self, case_id: int) -> bool:
        """Move the current row to this case (if shown)."""
        row = self._model.row_of(case_id)
        if row < 0:
            return False
        self.view.setCurrentIndex(self._model.index(row, 0))
        self.view.scrollTo(self._model.index(row, 0))
        return True

    def step(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) case."""
        count = self._model.rowCount()
        if not count:
            return
        row = self.view.currentIndex().row()
        row = 0 if row < 0 else max(0, min(count - 1, row + delta))
        self.view.setCurrentIndex(self._model.index(row, 0))

    def focus_search(self) -> None:
        """Put the cursor in the search box, text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_color(self, color: str | None) -> None:
        """Show only this color (None: all colors)."""
        index = self.color_combo.findData(color) if color else 0
        self.color_combo.setCurrentIndex(max(0, index))

    def show_only(
        self,
        *,
        department: str | None = None,
        street: str | None = None,
        color: str | None = None,
        name: str = "",
    ) -> None:
        """The open cases of one department or street, of one color (a chart's drill-down)."""
        for combo, code in (
            (self.department_combo, department),
            (self.street_combo, street),
            (self.channel_combo, None),
        ):
            combo.blockSignals(True)
            index = combo.findData(code) if code else 0
            if index < 0:  # not in the list (reference data not loaded yet): add it
                combo.addItem(name or str(code), code)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self.state_combo.blockSignals(True)
        self.state_combo.setCurrentIndex(self.state_combo.findData(OPEN))
        self.state_combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        color_index = max(0, self.color_combo.findData(color)) if color else 0
        if color_index != self.color_combo.currentIndex():
            self.color_combo.setCurrentIndex(color_index)  # filters, and syncs the toolbar
        else:
            self._apply_filter()

    def clear_filters(self) -> None:
        """Back to the default view: open cases, every color, channel, street and department."""
        for combo in (self.color_combo, self.channel_combo, self.street_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.department_combo.setCurrentIndex(0)
        self.state_combo.setCurrentIndex(self.state_combo.findData(OPEN))
        self.search.clear()
        self._apply_filter()

    def current_filter(self) -> CaseFilter:
        """The filter the controls describe."""
        state = self.state_combo.currentData()

        def chosen(combo: QComboBox) -> frozenset[str]:
            value = combo.currentData()
            return frozenset({value}) if value else frozenset()

        return CaseFilter(
            states=frozenset({state}) if state and state != OPEN else frozenset(),
            open_only=state == OPEN,
            colors=chosen(self.color_combo),
            channels=chosen(self.channel_combo),
            streets=chosen(self.street_combo),
            departments=chosen(self.department_combo),
            text=self.search.text(),
        )

    # -- handlers ---------------------------------------------------------------------------

    def _apply_filter(self) -> None:
        keep = self.current_case_id()
        self._model.set_filter(self.current_filter())
        if keep:
            self.select_case(keep)
        self._update_counts()

    def _on_reference_loaded(self, data: dict[str, Any]) -> None:
        for combo, items in (
            (self.street_combo, data.get("streets", [])),
            (
                self.department_combo,
                [d for d in data.get("departments", []) if d.get("handles_cases", True)],
            ),
        ):
            combo.blockSignals(True)
            # A stand-in show_only() added before the list came is replaced by the real entry.
            chosen, chosen_text = combo.currentData(), combo.currentText()
            while combo.count() > 1:  # the first entry is "any"
                combo.removeItem(combo.count() - 1)
            for item in items:
                combo.addItem(item["name"], item["code"])
            if chosen and combo.findData(chosen) < 0:  # not in the list after all: keep it
                combo.addItem(chosen_text, chosen)
            combo.setCurrentIndex(combo.findData(chosen) if chosen else 0)
            combo.blockSignals(False)

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case = self._model.case_at(current.row())
        self.case_selected.emit(int(case["id"]) if case else 0)

    def _on_view_activated(self, index: QModelIndex) -> None:
        case = self._model.case_at(index.row())
        if case:
            self.case_opened.emit(int(case["id"]))

    def _on_clock_timeout(self) -> None:
        self._ticks += 1
        if self._ticks % REVALIDATE_EVERY == 0:
            self._model.revalidate()
        viewport = self.view.viewport()
        first = self.view.rowAt(0)
        last = self.view.rowAt(viewport.height() - 1)
        if first >= 0:
            self._model.tick(first, last if last >= 0 else self._model.rowCount() - 1)
        else:
            self._model.tick(0, -1)
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

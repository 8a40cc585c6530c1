"""The 督办 board's widgets: filters and a summary on top, the items and the requests as two
tabs, the counters by department and street beside them, the actions (with their keys) and
what became of them below. No I/O here: the pane (supervision_board.py) feeds it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.contract.supervision import Counter, PendingRequest, SupervisionBoard
from console.controllers.context import PaneContext
from console.models import center_time
from console.panes.supervision_board_model import (
    BoardItemsModel,
    PendingModel,
    counter_name,
    kind_label,
)
from console.panes.supervision_board_parts import (
    BUTTONS,
    CODE,
    item_samples,
    make_counter_list,
    make_table,
    pending_samples,
)
from widgets.plain_text import PlainLabel
from widgets.plain_tip import plain_tip


class BoardView(QWidget):
    """The board's widgets and how they show an answer."""

    filters_changed = Signal()
    counter_chosen = Signal(str, str, str)  # "department" or "street", code, name

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.summary = PlainLabel(self)
        self.summary.setObjectName("boardSummary")
        # The board shares its dock area with others: nothing in it may widen the window.
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("boardKind")
        self.kind_combo.addItem(self.tr("Supervision and notices"), "all")
        for kind in ("supervise", "notice"):
            self.kind_combo.addItem(kind_label(kind), kind)
        self.department_combo = QComboBox(self)
        self.department_combo.setObjectName("boardDepartment")
        self.street_combo = QComboBox(self)
        self.street_combo.setObjectName("boardStreet")
        for combo, letters in (
            (self.kind_combo, 7),
            (self.department_combo, 10),
            (self.street_combo, 5),
        ):
            combo.setMinimumContentsLength(letters)  # the list itself shows the whole names
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.fill_filters(None)
        self.items_model = BoardItemsModel(self)
        self.pending_model = PendingModel(self)
        self.items_view = make_table(self, "boardItems")
        self.items_view.setModel(self.items_model)
        self.pending_view = make_table(self, "boardPending")
        self.pending_view.setModel(self.pending_model)
        self._size_columns()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("boardTabs")
        self.tabs.addTab(self.items_view, "")
        self.tabs.addTab(self.pending_view, "")
        self.departments = make_counter_list(self, "boardByDepartment", self.tr("By department"))
        self.streets = make_counter_list(self, "boardByStreet", self.tr("By street"))
        self.side = QSplitter(Qt.Orientation.Vertical, self)
        self.side.addWidget(self.departments)
        self.side.addWidget(self.streets)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([1000, 250])
        self.notice = PlainLabel(self)
        self.notice.setObjectName("boardNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.buttons: dict[str, QPushButton] = {}
        # A tool bar, so that a narrow dock puts the buttons it cannot show behind its » menu
        # instead of widening the window (the board shares its place with other panes).
        self.button_bar = QToolBar(self)
        self.button_bar.setObjectName("boardButtons")
        self.button_bar.setMovable(False)
        self.button_row = QHBoxLayout()
        self.button_row.setSpacing(4)
        self.button_row.addWidget(self.button_bar, 1)
        self.hint = PlainLabel(
            self.tr(
                "Enter: open the case · Space: alert seen · Ctrl+Tab: requests · "
                "a counter: its cases in the queue"
            ),
            self,
        )
        self.hint.setObjectName("boardHint")
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint.setToolTip(plain_tip(self.hint.text()))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = self._top = QHBoxLayout()
        top.addWidget(self.summary, 2)
        top.addWidget(self.hint, 3)
        top.addSpacing(12)
        for label, combo in (
            (self.tr("Kind"), self.kind_combo),
            (self.tr("Department"), self.department_combo),
            (self.tr("Street"), self.street_combo),
        ):
            caption = PlainLabel(label, self)
            caption.setBuddy(combo)
            top.addWidget(caption)
            top.addWidget(combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.notice)
        layout.addLayout(self.button_row)
        for combo in (self.kind_combo, self.department_combo, self.street_combo):
            combo.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        for tree, kind in ((self.departments, "department"), (self.streets, "street")):
            tree.itemActivated.connect(lambda item, _c, k=kind: self._on_counter(k, item))
            tree.itemClicked.connect(lambda item, _c, k=kind: self._on_counter(k, item))
        self._show_counts(0, 0, 0)

    # -- building -----------------------------------------------------------------------------

    def place_buttons(self, actions: dict[str, QAction]) -> None:
        """One button per command this role has: its short name and its keys."""
        for command, text in BUTTONS.items():
            action = actions.get(command)
            if action is None:
                continue
            keys = action.shortcut().toString()
            name = QCoreApplication.translate("SupervisionBoard", text)
            button = QPushButton(f"{name}  {keys}" if keys else name, self)
            button.setObjectName(f"button_{command}")
            button.setProperty("name", name)
            button.setToolTip(f"{action.text()} ({keys})" if keys else action.text())
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays on the items
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda a=action, b=button: self._follow(a, b))
            self._follow(action, button)
            self.buttons[command] = button
            self.button_bar.addWidget(button)

    def set_compact(self) -> None:
        """A small screen: the counters side by side on a tab of their own, the street and
        who opened an item left out (the filters and the detail pane say them), the buttons
        on the filters' line, no hint."""
        self.hint.hide()
        for button in self.buttons.values():  # the keys in the tooltips only
            button.setText(str(button.property("name")))
        # The buttons up on the filters' line, where the counts were (the tabs say them).
        self.summary.hide()
        self.button_row.removeWidget(self.button_bar)
        self._top.insertWidget(0, self.button_bar, 1)
        self.side.setOrientation(Qt.Orientation.Horizontal)
        self.tabs.addTab(self.side, self.tr("By department and street"))
        for column in (4, 8):  # street, opened by
            self.items_view.setColumnHidden(column, True)
        self.items_view.setColumnWidth(3, self.items_view.columnWidth(3) * 3 // 4)

    def _follow(self, action: QAction, button: QPushButton) -> None:
        button.setEnabled(action.isEnabled() and action.isVisible())

    def _size_columns(self) -> None:
        """Each column as wide as its header and the longest text it shows in this language;
        the title (the reason the row is there) takes the rest."""
        for view, model, samples, stretch in (
            (self.items_view, self.items_model, item_samples(), 2),
            (self.pending_view, self.pending_model, pending_samples(), 7),
        ):
            header = view.horizontalHeader()
            header.setStretchLastSection(False)
            texts = view.fontMetrics()
            heads = header.fontMetrics()
            for column, sample in samples.items():
                title = str(model.headerData(column, Qt.Orientation.Horizontal))
                width = max(texts.horizontalAdvance(sample), heads.horizontalAdvance(title))
                view.setColumnWidth(column, width + 18)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # -- filters ------------------------------------------------------------------------------

    def fill_filters(self, _board: SupervisionBoard | None) -> None:
        """The department and street choices, from the reference data (kept if chosen)."""
        data = self._ctx.reference.data
        departments = [
            (d.get("code"), d.get("name"))
            for d in data.get("departments", [])
            if d.get("handles_cases", True)
        ]
        streets = [(s.get("code"), s.get("name")) for s in data.get("streets", [])]
        for combo, everything, choices in (
            (self.department_combo, self.tr("All departments"), departments),
            (self.street_combo, self.tr("All streets"), streets),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for code, name in choices:
                combo.addItem(str(name or code), code)
            index = combo.findData(keep) if keep else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def chosen_filters(self) -> tuple[list[str], list[str], str]:
        """The departments, streets and kind the officer narrowed the board to."""
        department = self.department_combo.currentData()
        street = self.street_combo.currentData()
        return (
            [department] if department else [],
            [street] if street else [],
            str(self.kind_combo.currentData() or "all"),
        )

    # -- showing ------------------------------------------------------------------------------

    def model_of(self, view: QTableView) -> BoardItemsModel | PendingModel:
        """The model a table shows."""
        return self.pending_model if view is self.pending_view else self.items_model

    def current_view(self) -> QTableView:
        """The table on the tab in front."""
        return (
            self.pending_view if self.tabs.currentWidget() is self.pending_view else self.items_view
        )

    def show_board(
        self,
        board: SupervisionBoard,
        departments: Sequence[Counter],
        streets: Sequence[Counter],
        pending: Sequence[PendingRequest],
    ) -> None:
        """An answer of the server: the rows (the officer's row kept), counters, counts."""
        for view, model, rows in (
            (self.items_view, self.items_model, board.items),
            (self.pending_view, self.pending_model, pending),
        ):
            record = model.row_at(view.currentIndex().row())
            keep = record.case.id if record is not None else 0
            column = max(view.currentIndex().column(), 0)
            if model is self.items_model:
                self.items_model.set_items(rows)  # type: ignore[arg-type]
            else:
                model.set_rows(rows)
            row = model.row_of_case(keep) if keep else -1
            if row < 0 and model.rowCount():
                row = 0  # the most late (or oldest request): its actions ready
            if row >= 0:
                view.setCurrentIndex(model.index(row, column))
        self._fill_counters(self.departments, departments, street=False)
        self._fill_counters(self.streets, streets, street=True)
        notices = sum(1 for item in board.items if item.kind == "notice")
        self._show_counts(len(board.items) - notices, notices, len(pending))
        if board.total > len(board.items):
            text = self.tr("%1 of %2 shown (the most late)")
            self.summary.setText(
                self.summary.text()
                + " · "
                + text.replace("%1", str(len(board.items))).replace("%2", str(board.total))
            )

    def _show_counts(self, supervised: int, notices: int, pending: int) -> None:
        text = self.tr("Supervision %1 · notices %2 · waiting for a decision %3")
        text = text.replace("%1", str(supervised)).replace("%2", str(notices))
        board = getattr(self, "board", None)
        if board is not None and self.items_model.rowCount() + self.pending_model.rowCount():
            at = center_time.parse(board.now) or center_time.at(self._ctx.model.now())
            text += " · " + self.tr("as of %1").replace("%1", at.strftime("%H:%M"))
        self.summary.setText(text.replace("%3", str(pending)))
        self.tabs.setTabText(
            0, self.tr("Supervision and notices (%1)").replace("%1", str(supervised + notices))
        )
        self.tabs.setTabText(1, self.tr("Requests (%1)").replace("%1", str(pending)))

    def _fill_counters(
        self, tree: QTreeWidget, counters: Sequence[Counter], *, street: bool
    ) -> None:
        current = tree.currentItem()
        keep = current.data(0, CODE) if current is not None else None
        tree.clear()
        for counter in counters:
            name = counter_name(counter, street=street)
            row = QTreeWidgetItem([name, str(counter.count)])
            row.setData(0, CODE, counter.code or "")
            row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.setToolTip(0, self.tr("Show the open cases of %1 in the queue").replace("%1", name))
            tree.addTopLevelItem(row)
            if keep is not None and keep == (counter.code or ""):
                tree.setCurrentItem(row)

    def say(self, text: str, level: str) -> None:
        """A sentence under the tables: info, ok, warning or error ('' hides it)."""
        self.notice.setVisible(bool(text))
        self.notice.setText(text)
        self.notice.setProperty("level", level)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)

    def _on_counter(self, kind: str, item: QTreeWidgetItem) -> None:
        code = str(item.data(0, CODE) or "")
        if not code:
            self.say(self.tr("The queue cannot show cases without one."), "warning")
            return
        self.counter_chosen.emit(kind, code, item.text(0))

"""The cases behind one figure of the 督考 table (GET /kpis/cases), in a list that opens them.

Non-modal: the supervisor goes down the list, Enter (or a double-click) shows the case in
the queue and the detail pane, and the list stays for the next one. Loaded on a worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.api.charts import ChartsApi
from console.charts.kpi_columns import BY_COLUMN
from console.contract import Case
from console.models import center_time, labels
from console.tasks import TaskRunner
from widgets.plain_text import PlainLabel
from widgets.tree_rows import top_item

CASE_ROLE = Qt.ItemDataRole.UserRole
WIDTHS = (128, 72, 150, 80, 0, 120)  # the title takes what is left
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class KpiCasesDialog(QDialog):
    """The list of one figure's cases; `case_chosen` for the one to show."""

    case_chosen = Signal(object)  # a Case
    loaded = Signal(int)  # how many cases the figure counts

    def __init__(self, api: ChartsApi, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiCases")
        self.setWindowTitle(self.tr("Cases behind the figure"))
        self.resize(900, 520)
        self._api = api
        self._runner = runner
        self._asked = 0
        self.cases: list[Case] = []
        self.count = 0
        self.status = PlainLabel(self)
        self.status.setObjectName("kpiCasesStatus")
        self.status.setWordWrap(True)
        self.results = QTreeWidget(self)
        self.results.setObjectName("kpiCasesList")
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setHeaderLabels(
            [self.tr("Case"), self.tr("State"), self.tr("Department"), self.tr("Street"),
             self.tr("Title"), self.tr("Created")]
        )  # fmt: skip
        header = self.results.header()
        for column, width in enumerate(WIDTHS):
            if width:
                self.results.setColumnWidth(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.results.itemActivated.connect(self._choose)
        self.results.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

    def ask(self, by: str, row: dict[str, Any], figure: str, period: dict[str, str]) -> None:
        """Load the cases behind `figure` of `row` for the period, and show the dialog."""
        self._asked += 1
        asked = self._asked
        column = BY_COLUMN[figure]
        what = (
            self.tr("%1 · %2 · %3")
            .replace("%1", str(row.get("name") or ""))
            .replace("%2", column.title())
            .replace("%3", str(row.get(figure) if column.kind == "count" else column.text(row)))
        )
        self.setWindowTitle(self.tr("Cases behind: %1").replace("%1", what))
        self.status.setText(self.tr("Loading the cases…"))
        self.results.clear()
        self.cases, self.count = [], 0
        key = str(row.get("key") or "all")

        def call() -> dict[str, Any]:
            return self._api.kpi_cases(
                by, key, figure, period.get("from"), period.get("to"), period.get("period")
            )

        def done(body: dict[str, Any]) -> None:
            if asked == self._asked:
                self._show(body)

        def failed(exc: object) -> None:
            if asked == self._asked:
                self.status.setText(self.tr("Could not load the cases: %1").replace("%1", str(exc)))

        self._runner.run(call, done, on_error=failed, what=self.tr("Loading the cases"))
        self.show()
        self.raise_()

    def _show(self, body: dict[str, Any]) -> None:
        self.cases = [Case.from_json(item) for item in body.get("cases") or []]
        self.count = int(body.get("count") or 0)
        for case in self.cases:
            item = QTreeWidgetItem(
                [
                    case.ref or str(case.id),
                    labels.state_label(case.state),
                    case.department_name or "",
                    case.street_name or "",
                    case.title,
                    center_time.when_text(case.created_at),
                ]
            )
            item.setData(0, CASE_ROLE, case)
            item.setToolTip(4, case.description or case.title or "")
            self.results.addTopLevelItem(item)
        if self.count > len(self.cases):
            text = self.tr("%1 cases; the first %2 are listed. Enter shows one in the queue.")
            text = text.replace("%2", str(len(self.cases)))
        else:
            text = self.tr("%1 cases. Enter shows one in the queue and the detail pane.")
        self.status.setText(text.replace("%1", f"{self.count:,}"))
        if self.cases:
            self.results.setCurrentItem(top_item(self.results, 0))
            self.results.setFocus()
        self.loaded.emit(self.count)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.results
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _ENTER
        ):
            self._choose(self.results.currentItem())
            return True
        return super().eventFilter(watched, event)

    def _choose(self, item: QTreeWidgetItem | None, _column: int = 0) -> None:
        if item is not None:
            self.case_chosen.emit(item.data(0, CASE_ROLE))

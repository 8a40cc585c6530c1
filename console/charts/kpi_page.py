"""The 督考 page: the KPI table of a period beside the bars, the score's formula under it.

Above: the period (today … a range of days), department or street, the administrator's
weights, and the export (the page as PNG, the table as CSV or as an Excel workbook). The
title is the totals row, the same figures as the table's last row and the bars' sum.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.charts.export import Table
from console.charts.frame import ChartFrame
from console.charts.kpi_bars import KpiChart
from console.charts.kpi_columns import BY_COLUMN, COLUMNS, formula_text, name_header
from console.charts.kpi_export import KpiWorkbook, cell_values, write_kpi_xlsx
from console.charts.kpi_period import PeriodPicker
from console.charts.kpi_table import KpiTable
from console.models import center_time
from console.tasks import TaskRunner
from widgets.plain_text import PlainLabel


class KpiPage(ChartFrame):
    """The table, the bars and the controls of the 督考 page."""

    period_changed = Signal(dict)  # the query parameters of the chosen period
    cases_requested = Signal(dict, str)  # a row (as answered), a figure
    weights_requested = Signal()  # the administrator asked to change the weights
    xlsx_written = Signal(str)
    xlsx_failed = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        bars: KpiChart,
        *,
        by_user: str = "",
        can_edit_weights: bool = False,
        now: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, self.tr("Case KPIs (督考)"), "kpi_table", parent)
        self._by_user = by_user
        self._now = now or (lambda: datetime.now(center_time.CENTER))
        self._folder = ""
        self.body_data: dict[str, Any] = {}
        self.bars = bars
        bars.rate_figures = False  # the table beside them has every rate in figures
        self.picker = PeriodPicker(self)
        self.add_control(self.picker)
        self.add_control(bars.by_combo)  # one choice of department or street for both
        self.weights_button: QPushButton | None = None
        if can_edit_weights:
            button = self.weights_button = QPushButton(self.tr("Score weights…"), self)
            button.setObjectName("kpiWeightsButton")
            button.clicked.connect(self.weights_requested)
            self.add_control(button)
        menu = self.export_button.menu()
        menu.addAction(self.tr("Workbook (.xlsx)…"), self._on_xlsx_clicked)
        self.export_button.setToolTip(
            self.tr("Save the page as a picture, or the table as CSV or an Excel workbook")
        )
        self.table_view = KpiTable(self)
        self.table_view.cases_requested.connect(self.cases_requested)
        self.formula = PlainLabel(self)
        self.formula.setObjectName("kpiFormula")
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.table_view, 1)
        column.addWidget(self.formula)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("kpiSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(bars)
        self.splitter.setStretchFactor(0, 5)  # the table needs the room; the bars, less
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.body.addWidget(self.splitter, 1)
        self.picker.changed.connect(self.period_changed)
        bars.cases_requested.connect(self.cases_requested)

    # -- public -----------------------------------------------------------------------------

    def period_params(self) -> dict[str, str]:
        """The chosen period's query parameters."""
        return self.picker.params()

    def show_kpis(self, body: dict[str, Any]) -> None:
        """Show an answer of GET /kpis: table, bars, title (its totals) and formula."""
        self.body_data = body
        period = self.picker.label(body)
        self.bars.period_text = ""  # the page's title names the period
        self.table_view.show_kpis(body)
        self.bars.show_kpis(body)
        t = body.get("totals") or {}
        self.set_title(
            self.tr("Case KPIs, %1: intake %2 · closure %3 · overdue now %4 · score %5")
            .replace("%1", period)
            .replace("%2", f"{int(t.get('intake') or 0):,}")
            .replace("%3", BY_COLUMN["closure_rate"].text(t))  # as the table writes them
            .replace("%4", f"{int(t.get('overdue_open') or 0):,}")
            .replace("%5", BY_COLUMN["score"].text(t))
        )
        weights = body.get("weights") or {}
        text = formula_text(weights)
        if weights.get("version"):
            text += (
                self.tr(" (weights version %1, set by %2)")
                .replace("%1", str(weights["version"]))
                .replace("%2", str(weights.get("updated_by") or ""))
            )
        else:
            text += self.tr(" (the default weights)")
        self.formula.setText(text)
        shown = [r for r in body.get("rows") or [] if r.get("intake") or r.get("overdue_open")]
        self.show_notice("" if shown else self.tr("No cases in this period."))

    def table(self) -> Table:
        """The table as shown (rows in their order, totals last) with every column."""
        header = [name_header(self.table_view.source.by), *(c.title() for c in COLUMNS[1:])]
        rows = [cell_values(row) for row in self.table_view.shown_rows()]
        for row in rows:  # CSV keeps the server's percentages
            for i, column in enumerate(COLUMNS):
                if column.kind == "rate" and row[i] is not None:
                    row[i] = round(row[i] * 100.0, 1)
        return header, rows

    def workbook(self) -> KpiWorkbook:
        """What an export writes, snapshotted now (GUI thread)."""
        body = self.body_data
        header = [name_header(self.table_view.source.by), *(c.title() for c in COLUMNS[1:])]
        now = self._now()
        about = [
            (self.tr("Period"), self.picker.label(body)),
            (self.tr("From"), str(body.get("from") or "")),
            (self.tr("To"), str(body.get("to") or "")),
            (self.tr("Rows"), name_header(self.table_view.source.by)),
            (self.tr("Score"), formula_text(body.get("weights") or {})),
            (self.tr("Exported"), now.strftime("%Y-%m-%d %H:%M")),
            (self.tr("By"), self._by_user),
        ]
        return KpiWorkbook(
            title=self.tr("Case KPIs"),
            headers=header,
            rows=[cell_values(row) for row in self.table_view.shown_rows()],
            kinds=[c.kind for c in COLUMNS],
            about=about,
            exported_at=now,
            by=self._by_user,
        )

    def export_xlsx(self, path: Path) -> KpiWorkbook:
        """Snapshot the table now and write the workbook in the background."""
        book = self.workbook()
        self._runner.run(
            lambda: write_kpi_xlsx(path, book),
            lambda done: self.xlsx_written.emit(str(done)),
            on_error=lambda exc: self.xlsx_failed.emit(str(exc)),
            what=self.tr("Exporting the KPI table"),
            write=True,
        )
        return book

    def _on_xlsx_clicked(self) -> None:
        stamp = self._now().strftime("%Y%m%d-%H%M")
        name = self.tr("Case KPIs %1.xlsx").replace("%1", stamp)
        start = str(Path(self._folder) / name) if self._folder else name
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the KPI table"), start, self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self._folder = str(Path(path).parent)
            self.export_xlsx(Path(path))

"""The charts pane (F7): the district's indicators, today's cases, river patrols, and the
督考 page (the KPI table of any period, sortable, exported, each figure opening its cases).

All data comes through ChartsData (worker threads); the feed adds new cases to the intake
chart at once and refreshes the KPI charts, debounced. A click on a red overdue bar filters
the queue to those cases; a double-click on a figure of the table lists the cases behind it,
and Enter there shows one in the queue and the detail pane.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.actions import ADMIN, ActionSpec
from console.charts.data import ChartsData
from console.charts.economy import EconomyReview
from console.charts.frame import ChartFrame
from console.charts.import_dialog import ImportDialog
from console.charts.intake import IntakeChart
from console.charts.kpi_bars import KpiChart
from console.charts.kpi_cases import KpiCasesDialog
from console.charts.kpi_page import KpiPage
from console.charts.kpi_weights_dialog import KpiWeightsDialog
from console.charts.overdue import OverdueChart
from console.charts.ranking import RankingChart
from console.charts.river import RiverChart
from console.charts.tiles import TilesChart
from console.charts.trend import TrendChart
from console.contract import Case
from console.controllers.action_sync import row_of
from console.controllers.context import PaneContext
from console.translatable import QT_TRANSLATE_NOOP

# Who may read case KPIs. Not in the server's reference rules (its route names them, 403 for
# others), and the pane's pages are built before the reference arrives: the console's own.
ASSESSORS = frozenset({"duty_officer", "supervisor", "admin"})


class ChartsPane(QWidget):
    """Three pages of charts over one ChartsData; every chart exports PNG and CSV."""

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartsPane")
        self._ctx = ctx
        runner = ctx.runner
        self.data = ChartsData(ctx.client, runner, self)
        self.tiles = TilesChart(runner, self)
        self.trend = TrendChart(runner, self)
        self.ranking = RankingChart(runner, self)
        self.intake = IntakeChart(runner, self)
        self.overdue = OverdueChart(runner, self)
        self.river = RiverChart(runner, self)
        self.kpis = KpiChart(runner, self)
        self.economy = EconomyReview(self.data.api, runner, self)
        self.kpi_page = KpiPage(
            runner,
            self.kpis,
            by_user=ctx.session.display_name or ctx.session.username,
            can_edit_weights=ctx.session.role in ADMIN,
            parent=self,
        )
        self.kpi_cases: KpiCasesDialog | None = None
        self.weights_dialog: KpiWeightsDialog | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("chartTabs")
        self.tabs.setDocumentMode(True)
        self._page(self.tr("Indicators"), (self.tiles, 5), (self.trend, 3), (self.ranking, 4))
        self._page(self.tr("Economy review"), (self.economy, 1))
        self.shows_case_kpis = ctx.session.role in ASSESSORS
        if self.shows_case_kpis:
            today = ((self.intake, 4), (self.overdue, 3), (self.river, 3))
            self._page(self.tr("Cases today"), *today)
            self._page(self.tr("Departments and streets"), (self.kpi_page, 1))
        else:  # the server shows case KPIs to the command center's staff only
            self.data.case_kpis = False
            for chart in (self.intake, self.overdue, self.kpi_page):
                chart.hide()
            self._page(self.tr("River patrols"), (self.river, 1))
        # In a scroll area: a small screen (or the longer English labels) scrolls the charts
        # rather than pushing the dock over its neighbours.
        scroll = QScrollArea(self)
        scroll.setObjectName("chartsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(scroll, 1)
        self.import_button: QPushButton | None = None
        self.import_dialog: ImportDialog | None = None
        if ctx.session.role in ADMIN:
            self._add_import(ctx)
        self._connect()
        # The queue first: the charts' queries (KPIs over every case) would compete with its
        # load, on the server and here (a first screenful 0.7 s after sign-in instead of
        # 1.1 s at 100,000 cases); they start once the cases are loaded.
        self._data_started = False
        ctx.live.loaded.connect(self._start_data)

    def _start_data(self, _loaded: int = 0) -> None:
        if not self._data_started:
            self._data_started = True
            self.data.start()

    def _page(self, title: str, *charts: tuple[ChartFrame, int]) -> None:
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 4, 0, 0)
        row.setSpacing(6)
        for chart, stretch in charts:
            row.addWidget(chart, stretch)
        self.tabs.addTab(page, title)

    def _add_import(self, ctx: PaneContext) -> None:
        button = self.import_button = QPushButton(self.tr("Import indicators…"), self)
        button.setObjectName("importIndicators")
        button.clicked.connect(self.open_import)
        self.tabs.setCornerWidget(button)
        text = QT_TRANSLATE_NOOP("Actions", "Import indicator data…")
        action = ctx.actions.add(ActionSpec("import_indicators", text, "file", roles=ADMIN))
        if action is not None:
            action.triggered.connect(self.open_import)

    def _connect(self) -> None:
        d = self.data
        d.indicators_loaded.connect(self._on_data_indicators_loaded)
        d.scorecard_loaded.connect(self.tiles.show_scorecard)
        d.series_loaded.connect(self.trend.show_series)
        d.ranking_loaded.connect(self.ranking.show_ranking)
        d.kpis_loaded.connect(self.kpi_page.show_kpis)
        d.intake_loaded.connect(self.intake.show_intake)
        d.overdue_loaded.connect(self.overdue.show_overdue)
        d.river_loaded.connect(self.river.show_stats)
        d.case_created.connect(self.intake.add_case)
        d.failed.connect(self._on_data_failed)
        self.tiles.indicator_chosen.connect(self.choose_indicator)
        self.trend.indicator_chosen.connect(self.choose_indicator)
        self.ranking.period_combo.currentIndexChanged.connect(
            lambda _i: d.load_ranking(self.ranking.period_combo.currentData())
        )
        self.kpis.by_changed.connect(d.load_case_kpis)
        self.kpi_page.period_changed.connect(d.set_kpi_period)
        self.kpi_page.cases_requested.connect(self.open_cases)
        self.kpi_page.weights_requested.connect(self.open_weights)
        self.kpis.filter_requested.connect(self._ctx.selection.queue_filter_requested)
        self._ctx.live.events_applied.connect(d.on_feed_events)

    # -- public -----------------------------------------------------------------------------

    def charts(self) -> list[ChartFrame]:
        """Every chart the pane shows (case KPIs only to the roles that may read them)."""
        cases = [self.intake, self.overdue] if self.shows_case_kpis else []
        kpis = [self.kpis, self.kpi_page] if self.shows_case_kpis else []
        return [self.tiles, self.trend, self.ranking, self.economy, *cases, self.river, *kpis]

    def choose_indicator(self, code: str) -> None:
        """Show this indicator's trend and ranking (the period chosen stays)."""
        self.tiles.select(code)
        self.data.load_indicator(code, self.ranking.period_combo.currentData())

    def shut_down(self) -> None:
        """No more refreshes (the window is closing)."""
        self.data.stop()

    def open_import(self) -> ImportDialog:
        """The administrator's CSV import (one dialog, reused)."""
        if self.import_dialog is None:
            self.import_dialog = ImportDialog(self.data.api, self._ctx.runner, self)
            self.import_dialog.imported.connect(lambda _body: self.data.load_all())
        self.import_dialog.show()
        self.import_dialog.raise_()
        return self.import_dialog

    def open_cases(self, row: dict[str, Any], figure: str) -> KpiCasesDialog:
        """The cases behind a figure of the 督考 table, for the period shown (one dialog)."""
        if self.kpi_cases is None:
            self.kpi_cases = KpiCasesDialog(self.data.api, self._ctx.runner, self)
            self.kpi_cases.case_chosen.connect(self.show_case)
        by = self.kpi_page.table_view.source.by
        self.kpi_cases.ask(by, row, figure, self.data.kpi_period)
        return self.kpi_cases

    def show_case(self, case: Case) -> None:
        """Make the case current: in the queue if it lists it, else in the detail pane (a
        closed case is added to the live model, as the caller search does)."""
        ctx = self._ctx
        if ctx.model.case(case.id) is None:
            ctx.model.upsert(row_of(case), alert=False)
        queue = getattr(self.window(), "queue", None)
        select = getattr(queue, "select_case", None)
        if not (callable(select) and select(case.id)):
            ctx.selection.set(case.id)

    def open_weights(self) -> KpiWeightsDialog:
        """The administrator's editor of the score's weights (one dialog, reused)."""
        if self.weights_dialog is None:
            self.weights_dialog = KpiWeightsDialog(self.data.api, self._ctx.runner, self)
            self.weights_dialog.saved.connect(lambda _body: self.data.load_case_kpis())
        self.weights_dialog.open_current()
        return self.weights_dialog

    # -- handlers ---------------------------------------------------------------------------

    def _on_data_indicators_loaded(self, body: dict[str, Any]) -> None:
        indicators = body.get("indicators") or []
        home: dict[str, Any] = next((a for a in body.get("areas") or [] if a.get("home")), {})
        self.ranking.home_area = str(home.get("code") or "")
        self.tiles.set_names(indicators)
        self.ranking.set_periods(list(body.get("periods") or []))
        self.economy.set_periods(list(body.get("periods") or []), list(body.get("quarters") or []))
        current = self.data.indicator or (str(indicators[0]["code"]) if indicators else "")
        self.trend.set_indicators(indicators, current)
        if current and not self.data.indicator:
            self.choose_indicator(current)

    def _on_data_failed(self, key: str, why: str) -> None:
        chart = {
            "indicators": self.tiles,
            "scorecard": self.tiles,
            "series": self.trend,
            "ranking": self.ranking,
            "kpis": self.kpi_page,
            "intake": self.intake,
            "overdue": self.overdue,
            "river": self.river,
        }.get(key)
        if chart is not None:
            chart.show_notice(self.tr("Not available: %1").replace("%1", why))

"""The charts' data: fetched on worker threads, refreshed from the feed (debounced), never polled.

Each kind of data has a key; only the newest answer per key is handed on (an older one that
arrives late is dropped), and failures are reported per key so a chart can say what is missing.
Answers that arrive together are handed on one per turn of the event loop: a chart's redraw
can take tens of milliseconds (the first one makes its curves), and the officer's keys and
the queue's paints get their turn between two of them.
"""

from __future__ import annotations

import itertools
import logging
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from console.api import ApiClient
from console.api.charts import ChartsApi
from console.contract import Case
from console.tasks import TaskRunner

log = logging.getLogger(__name__)

KPI_DEBOUNCE_MS = 4000  # case events within this time cost one refetch
REFRESH_MS = 5 * 60 * 1000  # everything again (new day, new indicator data); never under 1 min
RIVER_WEEKS = 8


class ChartsData(QObject):
    """Loads what the charts show and tells them through one signal per kind of data."""

    indicators_loaded = Signal(dict)
    scorecard_loaded = Signal(dict)
    series_loaded = Signal(dict)
    ranking_loaded = Signal(dict)
    kpis_loaded = Signal(dict)
    intake_loaded = Signal(dict)
    overdue_loaded = Signal(dict)
    river_loaded = Signal(dict)
    case_created = Signal(object)  # a live (non-drill) Case just reported: one more for intake
    failed = Signal(str, str)  # key, why

    def __init__(
        self, client: ApiClient, runner: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.api = ChartsApi(client)
        self._runner = runner
        self._tokens = itertools.count(1)
        self._latest: dict[str, int] = {}
        self.kpi_by = "department"
        self.kpi_period: dict[str, str] = {"period": "today"}  # the 督考 page's period
        self.case_kpis = True  # False: this role may not read case KPIs (no intake, no KPIs)
        self.indicator = ""
        self.period: str | None = None
        self._kpi_timer = QTimer(self, singleShot=True, interval=KPI_DEBOUNCE_MS)
        self._kpi_timer.timeout.connect(self.load_case_kpis)
        self._refresh = QTimer(self, interval=REFRESH_MS)
        self._refresh.timeout.connect(self.load_all)
        self._answers: deque[tuple[Any, tuple[object, ...]]] = deque()  # (signal, arguments)
        self._hand_on = QTimer(self, singleShot=True, interval=0)
        self._hand_on.timeout.connect(self._hand_on_next)

    # -- loading ----------------------------------------------------------------------------

    def start(self) -> None:
        """Load everything now, then again every few minutes."""
        self.load_all()
        self._refresh.start()

    def stop(self) -> None:
        """No more timers (the window is closing)."""
        self._refresh.stop()
        self._kpi_timer.stop()
        self._hand_on.stop()
        self._answers.clear()

    def load_all(self) -> None:
        """Indicators (with the chosen one's trend and ranking), case KPIs, intake, river."""
        self._fetch("indicators", self.api.indicators, self.indicators_loaded)
        self._fetch("scorecard", self.api.scorecard, self.scorecard_loaded)
        if self.indicator:
            self.load_indicator(self.indicator, self.period)
        if self.case_kpis:
            self.load_case_kpis()
            self._fetch("intake", self.api.intake, self.intake_loaded)
        self._fetch("river", lambda: self.api.river_stats(RIVER_WEEKS), self.river_loaded)

    def load_indicator(self, code: str, period: str | None = None) -> None:
        """One indicator's trend (every area) and its ranking for a period (None: latest)."""
        self.indicator = code
        self._fetch("series", lambda: self.api.series(code), self.series_loaded)
        self.load_ranking(period)

    def load_ranking(self, period: str | None) -> None:
        """The chosen indicator's ranking in another period."""
        code = self.indicator
        self.period = period
        self._fetch("ranking", lambda: self.api.ranking(code, period), self.ranking_loaded)

    def load_case_kpis(self, by: str | None = None) -> None:
        """KPIs per department or street over the chosen period, and the overdue count
        over the day."""
        self.kpi_by = by or self.kpi_by
        self._load_kpi_table()
        self._fetch("overdue", self.api.overdue, self.overdue_loaded)

    def set_kpi_period(self, params: dict[str, str]) -> None:
        """The 督考 page's period changed: its table again (the day's curve stays)."""
        self.kpi_period = dict(params)
        self._load_kpi_table()

    def _load_kpi_table(self) -> None:
        by, period = self.kpi_by, dict(self.kpi_period)
        self._fetch(
            "kpis",
            lambda: self.api.kpis(by, period.get("from"), period.get("to"), period.get("period")),
            self.kpis_loaded,
        )

    def _fetch(self, key: str, call: Callable[[], dict[str, Any]], signal: Any) -> None:
        token = next(self._tokens)
        self._latest[key] = token

        def done(body: dict[str, Any]) -> None:
            if self._latest.get(key) == token:
                self._hand_on_later(signal, body)

        def error(exc: object) -> None:
            if self._latest.get(key) == token:
                self._hand_on_later(self.failed, key, str(exc))

        self._runner.run(
            call, done, on_error=error, what=self.tr("Loading chart data"), background=True
        )

    def _hand_on_later(self, signal: Any, *args: object) -> None:
        self._answers.append((signal, args))
        if not self._hand_on.isActive():
            self._hand_on.start()

    def _hand_on_next(self) -> None:
        signal, args = self._answers.popleft()
        if self._answers:
            self._hand_on.start()  # the next one on the next turn
        try:
            signal.emit(*args)
        except RuntimeError:  # the window closed while the answer was on its way
            log.debug("chart data arrived after its pane was deleted")

    # -- the feed ---------------------------------------------------------------------------

    def on_feed_events(self, events: list[dict[str, Any]]) -> None:
        """New cases go to the intake chart at once; any case change refetches KPIs, debounced."""
        if not self.case_kpis:
            return
        changed = False
        for event in events:
            case = event.get("case")
            if not isinstance(case, Case) or case.drill:
                continue  # KPIs never count drill cases
            changed = True
            if event.get("type") == "case.created":
                self.case_created.emit(case)
        if changed and not self._kpi_timer.isActive():
            self._kpi_timer.start()  # not restarted by later events: a busy feed still refreshes

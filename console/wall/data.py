"""What the wall shows, fetched on worker threads: refreshed by the feed (debounced) and by time.

Each kind of data has a key; only the newest answer per key is handed on. A failed fetch
keeps what the views show (a wall shows the last figures rather than nothing) and is
reported once per key until it succeeds again.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from console.api import ApiClient
from console.api import supervision as supervision_api
from console.api.charts import ChartsApi
from console.contract import Case
from console.tasks import TaskRunner

log = logging.getLogger(__name__)

LIVE_DEBOUNCE_MS = 3000  # case events within this time cost one refetch of the live figures
LIVE_REFRESH_MS = 60_000  # the live figures again at least this often (colors turn by time)
FULL_REFRESH_MS = 10 * 60_000  # everything again: a new day, new indicator figures
TREND_HOURS, TREND_STEP_MIN = 24, 5  # the 三色 trend the server rebuilds (288 points)
SUPERVISION_LIMIT = 200


class WallData(QObject):
    """Loads the wall's figures and tells the views through one signal per kind."""

    summary_loaded = Signal(dict)
    supervision_loaded = Signal(dict)
    kpis_loaded = Signal(str, dict)  # by ("department" or "street"), body
    intake_loaded = Signal(dict)
    trend_loaded = Signal(dict)
    indicators_loaded = Signal(dict)
    scorecard_loaded = Signal(dict)
    review_loaded = Signal(dict)  # GET /indicators/review of the latest month
    cameras_loaded = Signal(list)
    case_created = Signal(object)  # a live (non-drill) Case just reported
    failed = Signal(str, object)  # key, the exception
    fetched = Signal(str)  # key: an answer arrived (the wall's "as of" time)

    def __init__(
        self, client: ApiClient, runner: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.client = client
        self.api = ChartsApi(client)
        self._runner = runner
        self._tokens = itertools.count(1)
        self._latest: dict[str, int] = {}
        self.failing: set[str] = set()
        self._debounce = QTimer(self, singleShot=True, interval=LIVE_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.load_live)
        self._live = QTimer(self, interval=LIVE_REFRESH_MS)
        self._live.timeout.connect(self.load_live)
        self._full = QTimer(self, interval=FULL_REFRESH_MS)
        self._full.timeout.connect(self.load_all)

    def start(self) -> None:
        """Load everything now, then keep it fresh."""
        self.load_all()
        self._live.start()
        self._full.start()

    def stop(self) -> None:
        """No more timers (the wall is closing)."""
        for timer in (self._debounce, self._live, self._full):
            timer.stop()

    # -- loading ----------------------------------------------------------------------------

    def load_all(self) -> None:
        """Every figure the wall shows."""
        self.load_live()
        api = self.api
        self._fetch("trend", self._trend, self.trend_loaded)
        self._fetch("intake", api.intake, self.intake_loaded)
        self._fetch("indicators", api.indicators, self.indicators_loaded)
        self._fetch("scorecard", api.scorecard, self.scorecard_loaded)
        self._fetch("review", api.review, self.review_loaded)
        self._fetch("cameras", lambda: self.client.cameras(kind="relay"), self.cameras_loaded)

    def load_live(self) -> None:
        """The figures case changes move: totals, 督办, overdue by department and street."""
        client, api = self.client, self.api
        self._fetch("summary", client.summary, self.summary_loaded)
        self._fetch("supervision", self._supervision, self.supervision_loaded)
        for by in ("department", "street"):
            self._fetch(f"kpis:{by}", partial(api.kpis, by), self.kpis_loaded, by)

    def _trend(self) -> dict[str, Any]:
        return supervision_api.color_trend(self.client, hours=TREND_HOURS, step=TREND_STEP_MIN)

    def _supervision(self) -> dict[str, Any]:
        params = {"status": "open", "limit": SUPERVISION_LIMIT}
        return self.client.request_object("GET", "/api/v1/supervision", params=params)

    def _fetch(self, key: str, call: Callable[[], Any], signal: Any, *lead: object) -> None:
        token = next(self._tokens)
        self._latest[key] = token

        def done(body: Any) -> None:
            if self._latest.get(key) != token:
                return
            self.failing.discard(key)
            self._emit(signal, *lead, body)
            self._emit(self.fetched, key)

        def error(exc: object) -> None:
            if self._latest.get(key) != token:
                return
            if key not in self.failing:
                self.failing.add(key)
                log.info("wall data %s: %s", key, exc)
                self._emit(self.failed, key, exc)

        self._runner.run(call, done, on_error=error, what=key)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the wall closed while the answer was on its way
            log.debug("wall data arrived after the wall closed")

    # -- the feed ---------------------------------------------------------------------------

    def on_feed_events(self, events: list[dict[str, Any]]) -> None:
        """New cases go to the intake chart at once; any case change refetches, debounced."""
        changed = False
        for event in events:
            case = event.get("case")
            if not isinstance(case, Case) or case.drill:
                continue  # the wall never counts drill cases
            changed = True
            if event.get("type") == "case.created":
                self.case_created.emit(case)
        if changed and not self._debounce.isActive():
            self._debounce.start()  # not restarted by later events: a busy feed still refreshes

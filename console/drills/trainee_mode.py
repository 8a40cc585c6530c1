"""A drill account's window switches into the run it trains in, and out again.

While a run that names this user is running or paused, the window says so unmistakably: the
drill banner on top (【演练】, the run, its drill clock ticking), 【演练】 and the run in the
title (the queue's watermark is there for every drill account already); the queue's colors
and countdowns count on the run's drill clock (`CaseTableModel.set_clock`), so deadlines bite
as the scenario means them; and the keys and clicks spent on each of the run's cases are
counted and reported. When the run ends (stopped, reset) the window leaves drill mode.

The server announces no run's start, pause or end on the change feed (docs/api-drills.md,
"Not yet"), so the mode is found by asking, off the GUI thread: `GET /runs?trainee=me`
every IDLE_POLL_MS while outside a run, `GET /runs/{id}` every RUN_POLL_MS inside one; a
drill case of an unknown run arriving on the feed asks at once, and so does a `drill.run`
event, should the server send one (the run as `GET /runs` lists it, in `run`).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from console.api import drills as drills_api
from console.contract.drills import Run, RunSummary
from console.controllers.context import PaneContext
from console.drills import texts
from console.drills.banner import DrillBanner, place_banner
from console.drills.input_count import TAKEN_UP, InputCounter
from console.drills.texts import tr

IDLE_POLL_MS = 5000  # outside a run: is there one for me?
RUN_POLL_MS = 3000  # inside a run: its state, injects and clock
TICK_MS = 1000  # the banner's drill clock
RUN_EVENT = "drill.run"  # the feed event a server would send on a run's change (see above)


def live_run_for(runs: Iterable[RunSummary], username: str) -> RunSummary | None:
    """The newest run naming this trainee that has not ended."""
    return next((r for r in runs if r.live and username in r.trainees), None)


class DrillMode(QObject):
    """Finds the run this drill account trains in and puts its window into it."""

    entered = Signal(object)  # the Run
    left = Signal(int)  # the run id
    changed = Signal(object)  # the Run, each time it is read
    # A run changed (started, paused, resumed, sped up, stopped, reset): its id. Sent by a
    # server that announces it on the feed (`drill.run` events; none does yet).
    run_news = Signal(int)

    def __init__(self, ctx: PaneContext, window: QMainWindow | None) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window
        self.run: Run | None = None
        # The run this window's drill control follows (a trainer watching a run he does not
        # train in): the window keeps to its clock too, unless a run of its own is on.
        self.controlled: Run | None = None
        self.polls = 0  # answers so far (tests wait on it)
        self._asking = False
        self._closed = False
        self._title = window.windowTitle() if window is not None else ""
        self.banner = DrillBanner(window)
        self.placed = window is not None and place_banner(window, self.banner)
        self.counter: InputCounter | None = None
        if window is not None:
            self.counter = InputCounter(window, lambda: ctx.selection.case_id)
        self._frozen = 0.0  # the drill instant the queue's clock stands at between runs
        self._reported: dict[int, str] = {}  # case id -> the state last reported at
        self._poll = QTimer(self, singleShot=True)
        self._poll.timeout.connect(self.ask)
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(lambda: self.banner.tick())
        ctx.live.events_applied.connect(self._on_live_events_applied)
        ctx.model.cases_changed.connect(self._on_model_cases_changed)

    @property
    def username(self) -> str:
        return self._ctx.session.username

    def start(self) -> None:
        """Ask now, then keep asking."""
        self.ask()

    def follow(self, run: Run | None) -> None:
        """The run the drill control shows now (its newest answer)."""
        self.controlled = run if run is not None and run.live else None
        current = self.run
        if current is not None and run is not None and current.id == run.id:
            if run.live:
                self._show(run)
            else:
                self._leave(current)
        elif current is None and self.controlled is not None:
            self._enter(self.controlled)

    def settle(self, latest: RunSummary) -> None:
        """Outside any run and not yet settled: the queue's clock stands where this run's
        (the newest known) stood."""
        if self.run is None and not self._frozen:
            self._freeze(latest)

    def shut_down(self) -> None:
        """No more asking: the window is closing."""
        self._closed = True
        self._poll.stop()
        self._tick.stop()
        if self.counter is not None:
            self.counter.stop()

    # -- asking -----------------------------------------------------------------------------

    def ask(self) -> None:
        """Read the run (inside one) or look for one (outside), off the GUI thread."""
        self._poll.stop()
        if self._asking or self._closed:
            return
        self._asking = True
        client, me, current = self._ctx.client, self.username, self.run

        def read() -> tuple[Run | None, RunSummary | None]:
            if current is not None and me in current.trainees:  # (the control reads its own)
                found = drills_api.run(client, current.id)
                if found.live:
                    return found, found
            mine = drills_api.runs(client, trainee=me, limit=20)
            summary = live_run_for(mine, me)
            if summary is None:
                return None, (mine[0] if mine else None)
            return drills_api.run(client, summary.id), summary

        self._ctx.runner.run(
            read,
            self._on_read,
            on_error=self._on_failed,
            what=QCoreApplication.translate("Drills", "Looking for a drill run"),
        )

    def _on_read(self, answer: tuple[Run | None, RunSummary | None]) -> None:
        self._asking = False
        self.polls += 1
        run, latest = answer
        if run is None and self.run is None and latest is not None and not self._frozen:
            self._freeze(latest)  # between runs: the queue as the last run left it
        if run is None and self.controlled is not None and self.controlled.live:
            run = self.controlled  # none of my own: the one the drill control follows
        before = self.run
        if run is None:
            if before is not None:
                self._leave(before)
        elif before is None or before.id != run.id:
            if before is not None:
                self._leave(before)
            self._enter(run)
        else:
            self._show(run)
        self._again()

    def _on_failed(self, _error: object) -> None:
        self._asking = False  # the connection banner says why; ask again later
        self._again()

    def _again(self) -> None:
        if not self._closed:
            self._poll.start(RUN_POLL_MS if self.run is not None else IDLE_POLL_MS)

    # -- the mode ---------------------------------------------------------------------------

    def _enter(self, run: Run) -> None:
        self.run = run
        self._reported.clear()
        self._show(run)
        self._tick.start()
        if self.counter is not None and self.username in run.trainees:
            self.counter.start()  # a trainee's keys and clicks (not a trainer's watching)
        self._frozen = 0.0
        self._ctx.model.set_clock(self._drill_clock)
        self.entered.emit(run)

    def _show(self, run: Run) -> None:
        self.run = run
        self.banner.show_run(run)
        if self._window is not None:
            mark = tr(texts.DRILL_MARK)
            base = self._title.removeprefix(mark)
            self._window.setWindowTitle(f"{mark}{run.name} — {base}")
        if self.counter is not None:  # cases taken up before the run named them
            self._on_model_cases_changed(frozenset(self.counter.counts))
        self.changed.emit(run)

    def _leave(self, run: Run) -> None:
        self.run = None
        self._tick.stop()
        self.banner.leave()
        if self.counter is not None:
            self.counter.stop()
        self._freeze(run)
        if self._window is not None:
            self._window.setWindowTitle(self._title)
        self.left.emit(run.id)

    def _freeze(self, run: RunSummary) -> None:
        """Outside a run the queue's clock stands where the run's stood: a drill account sees
        drill cases only, dated by drill clocks, and the real calendar would turn every one
        of them red and ring its alert (the next run moves the clock on)."""
        moment = run.drill_now(time.time())
        self._frozen = moment.timestamp() if moment is not None else 0.0
        if self._frozen:
            frozen = self._frozen
            self._ctx.model.set_clock(lambda: frozen)

    def _drill_clock(self) -> float:
        run = self.run
        moment = run.drill_now(time.time()) if run is not None else None
        return moment.timestamp() if moment is not None else time.time()

    # -- the feed and the queue -------------------------------------------------------------

    def _on_live_events_applied(self, events: list[dict[str, Any]]) -> None:
        run_id = self.run.id if self.run is not None else None
        news = {e.get("run", {}).get("id") for e in events if e.get("type") == RUN_EVENT}
        for changed in news - {None}:
            self.run_news.emit(int(changed))
        if news and not self._asking:
            self.ask()
            return
        for event in events:
            case = event.get("case")
            other = isinstance(case, dict) and case.get("drill_run_id") not in (None, run_id)
            if other and not self._asking:
                self.ask()  # a case of a run this window is not in: perhaps a new one
                return

    def _on_model_cases_changed(self, case_ids: frozenset[int]) -> None:
        run, counter = self.run, self.counter
        if run is None or counter is None:
            return
        for case_id in case_ids & run.case_ids:
            case = self._ctx.model.case(case_id)
            inject = run.inject_of_case(case_id)
            if case is None or inject is None or case.state not in TAKEN_UP:
                continue
            if self._reported.get(case_id) is not None or case_id not in counter.counts:
                continue  # reported once already, or not worked on in this window
            self._reported[case_id] = case.state
            keys, clicks = counter.of(case_id)
            self.report_input(run.id, inject.inject, keys, clicks)

    def report_input(self, run_id: int, inject: str, keys: int, clicks: int) -> None:
        """Tell the server what handling one inject took in this window."""
        client, me = self._ctx.client, self.username
        self._ctx.runner.run(
            lambda: drills_api.report_input(
                client, run_id, trainee=me, inject=inject, keystrokes=keys, clicks=clicks
            ),
            None,
            on_error=lambda _e: None,  # a count lost is no work lost: the scoreboard says "—"
            what=QCoreApplication.translate("Drills", "Reporting keys and clicks"),
            write=True,
        )

"""A drill account's window switches into the run it trains in, and out again.

While a run that names this user is running or paused, the window says so unmistakably: the
drill banner on top (【演练】, the run, its drill clock ticking), 【演练】 and the run in the
title (the queue's watermark is there for every drill account already); the queue's colors
and countdowns count on the run's drill clock (`CaseTableModel.set_clock`), so deadlines bite
as the scenario means them; a trainee's queue shows that run's cases only
(`QueuePane.set_drill_run`), not those of runs others train in; and the keys and clicks
spent on each of the run's cases are counted and reported. When the run ends (stopped,
reset) the window leaves drill mode.

The server puts every change of a run on the change feed as a `drill.run` event (the run as
`GET /runs` lists it, in `run`; docs/api-drills.md): one that names this user, or is the
run the window is in or follows, has the run read at once, off the GUI thread
(`GET /runs/{id}`, or `GET /runs?trainee=me` to find it), and so does a case of this window's
run that it does not know yet, or of a run it is not in. Polling stays as a safety net (a
feed that reconnected, a server without those events): every IDLE_POLL_MS outside a run and
RUN_POLL_MS inside one until the first `drill.run` event arrives, every ANNOUNCED_POLL_MS
after that.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from console.api import drills as drills_api
from console.contract import Case
from console.contract.drills import Run, RunSummary
from console.controllers.context import PaneContext
from console.drills import texts
from console.drills.banner import DrillBanner, place_banner
from console.drills.input_count import TAKEN_UP, InputCounter
from console.drills.texts import tr

IDLE_POLL_MS = 5000  # outside a run: is there one for me?
RUN_POLL_MS = 3000  # inside a run: its state, injects and clock
ANNOUNCED_POLL_MS = 30_000  # either, once the feed has brought a drill.run event
TICK_MS = 1000  # the banner's drill clock
RUN_EVENT = "drill.run"  # the feed event of a run's change (server/schemas/drill_events.py)


class RunQueue(Protocol):
    """The window's queue, as drill mode narrows it (console/panes/queue_pane.py)."""

    def set_drill_run(self, run_id: int | None) -> None: ...


def live_run_for(runs: Iterable[RunSummary], username: str) -> RunSummary | None:
    """The newest run naming this trainee that has not ended."""
    return next((r for r in runs if r.live and username in r.trainees), None)


class DrillMode(QObject):
    """Finds the run this drill account trains in and puts its window into it."""

    entered = Signal(object)  # the Run
    left = Signal(int)  # the run id
    changed = Signal(object)  # the Run, each time it is read
    # A run changed (started, paused, resumed, sped up, stopped, reset): its id, as the feed
    # announced it (`drill.run`).
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
        self.announced = False  # a drill.run event came: the server announces runs
        self._asking = False
        self._stale = False  # news came while a read was on its way: read again after it
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
        if self._stale:  # the answer may predate news the feed brought meanwhile
            self._stale = False
            self.ask()
        else:
            self._again()

    def _on_failed(self, _error: object) -> None:
        self._asking = False  # the connection banner says why; ask again later
        self._stale = False
        self._again()

    def _again(self) -> None:
        if not self._closed:
            self._poll.start(self.poll_interval_ms())

    def poll_interval_ms(self) -> int:
        """How long until the next read when nothing on the feed asks for one sooner."""
        if self.announced:
            return ANNOUNCED_POLL_MS  # the feed says when a run changes: a safety net
        return RUN_POLL_MS if self.run is not None else IDLE_POLL_MS

    def _news(self) -> None:
        """Read the run at once (after the read on its way, if there is one)."""
        if self._asking:
            self._stale = True
        else:
            self.ask()

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
        if run.trains(self.username):
            self._narrow_queue(run.id)  # a trainee sees his own run's cases only
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
        self._narrow_queue(None)
        if self._window is not None:
            self._window.setWindowTitle(self._title)
        self.left.emit(run.id)

    def _narrow_queue(self, run_id: int | None) -> None:
        queue: RunQueue | None = getattr(self._window, "queue", None)
        if queue is not None and hasattr(queue, "set_drill_run"):
            queue.set_drill_run(run_id)

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
        current = self.run
        run_id = current.id if current is not None else None
        mine = {run_id, self.controlled.id if self.controlled is not None else None} - {None}
        news = [e["run"] for e in events if e.get("type") == RUN_EVENT and _is_run(e.get("run"))]
        if news:
            self.announced = True
        for changed in dict.fromkeys(int(run["id"]) for run in news):
            self.run_news.emit(changed)
        if any(run["id"] in mine or self.username in (run.get("trainees") or ()) for run in news):
            self._news()  # a run of mine (or the one followed) changed: read it now
            return
        known = current.case_ids if current is not None else frozenset()
        for event in events:
            case_id, case_run = _drill_case(event.get("case"))
            if case_run is None:
                continue
            if case_run == run_id and case_id not in known:
                self._news()  # a new case of its run: the run's injects say which inject
                return
            if case_run != run_id and not self.announced:
                self._news()  # a run this window is not in: perhaps a new one (a server
                return  # that announces runs says so itself)

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


def _is_run(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("id"), int)


def _drill_case(case: Any) -> tuple[int | None, int | None]:
    """(id, drill run) of an event's case: a `Case` as the follower made it, or its JSON."""
    if isinstance(case, Case):
        return case.id, case.drill_run_id
    if isinstance(case, dict):
        return case.get("id"), case.get("drill_run_id")
    return None, None

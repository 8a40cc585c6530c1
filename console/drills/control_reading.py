"""The drill control pane's reading (console/drills/control.py): the scenarios, the drill
accounts and the runs, and the chosen run read again every RUN_POLL_MS while it is not ended
(a `drill.run` event on the feed has it read at once; its injects' states and scoreboard move
with every case action, hence the poll); its clock ticks every second in between, worked out
from the last answer. Each inject's score is read while the scoreboard is in front, and the
case of the inject chosen for the stand-in panel. Every call runs off the GUI thread
(`ctx.runner`); a failure is shown in the console's words for its code (problem_text).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

from console.api import ApiError
from console.api import drills as drills_api
from console.contract.drill_reports import Report
from console.contract.drill_scenarios import ScenarioInfo
from console.contract.drills import Run, RunSummary, Trainee
from console.controllers.context import PaneContext
from console.drills import tables, texts
from console.drills.control_view import ControlView
from console.drills.trainee_mode import DrillMode
from console.models import problem_text

RUN_POLL_MS = 2000  # the chosen run (not ended): its injects, states and scoreboard
SCORES_POLL_MS = 5000  # each inject's score (the report's), while the scoreboard is in front
TICK_MS = 1000  # its drill clock, between reads
RUNS_LIMIT = 50  # runs listed


class RunReader(ControlView):
    """What the pane shows, read from the server and kept up to date."""

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.scenarios: tuple[ScenarioInfo, ...] = ()
        self.trainees: tuple[Trainee, ...] = ()
        self.runs: tuple[RunSummary, ...] = ()
        self.run: Run | None = None
        self.reads = 0  # run answers shown so far (tests wait on them)
        self._reading = False
        self._closed = False
        self._poll = QTimer(self, singleShot=True, interval=RUN_POLL_MS)
        self._poll.timeout.connect(self.read_run)
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(lambda: self.show_clock(self.run, time.time()))
        self._tick.start()
        self._scores = QTimer(self, singleShot=True, interval=SCORES_POLL_MS)
        self._scores.timeout.connect(self.read_scores)
        self._scoring = False
        window = ctx.actions.parent()
        self.mode = DrillMode(ctx, window if isinstance(window, QMainWindow) else None)

    def reload(self) -> None:
        """Scenarios, drill accounts and runs again, and the chosen run."""
        client = self._ctx.client
        self._read(
            lambda: drills_api.trainees(client),
            self._on_trainees_loaded,
            QCoreApplication.translate("Drills", "Loading the trainees"),
        )
        self._read(
            lambda: drills_api.scenarios(client),
            self._on_scenarios_loaded,
            QCoreApplication.translate("Drills", "Loading the scenarios"),
        )
        self.load_runs()
        self.read_run()

    def load_runs(self) -> None:
        """The runs, newest first (the run chooser and the reports list)."""
        client = self._ctx.client
        self._read(
            lambda: drills_api.runs(client, limit=RUNS_LIMIT),
            self._on_runs_loaded,
            QCoreApplication.translate("Drills", "Loading the runs"),
        )

    def read_run(self) -> None:
        """The chosen run now (one read at a time)."""
        self._poll.stop()
        run = self.run
        if run is None or self._reading or self._closed:
            return
        self._reading = True
        client = self._ctx.client
        self._ctx.runner.run(
            lambda: drills_api.run(client, run.id),
            self._on_run_read,
            on_error=self._on_run_failed,
            what=QCoreApplication.translate("Drills", "Reading the run"),
        )

    def read_scores(self) -> None:
        """Each arrived inject's score (the report's), while the scoreboard is in front."""
        self._scores.stop()
        run = self.run
        if run is None or self._scoring or self._closed:
            return
        if self.tabs.currentWidget() is not self.scores_page:
            return
        self._scoring = True
        client = self._ctx.client
        self._ctx.runner.run(
            lambda: drills_api.report(client, run.id),
            self._on_scores_read,
            on_error=self._on_scores_failed,
            what=QCoreApplication.translate("Drills", "Reading the scores"),
        )

    def _on_scores_read(self, report: Report) -> None:
        self._scoring = False
        if self.run is None or report.id != self.run.id:
            self.read_scores()
            return
        names = {
            str(d.get("code")): str(d.get("name"))
            for d in self._ctx.reference.data.get("departments") or []
        }
        rows = tables.inject_score_rows(report.injects, names, final=not report.live)
        self.inject_scores_model.set_rows(rows)
        if report.live and not self._closed:
            self._scores.start()

    def _on_scores_failed(self, error: object) -> None:
        self._scoring = False
        self._on_failed(QCoreApplication.translate("Drills", "Reading the scores"), error)

    def choose_run(self, run_id: object) -> None:
        """Follow this run (an id of the list)."""
        if not isinstance(run_id, int):
            return
        if self.run is None or self.run.id != run_id:
            summary = next((r for r in self.runs if r.id == run_id), None)
            if summary is not None:
                self.run = Run(**{f: getattr(summary, f) for f in _SUMMARY_FIELDS})
                self.show_run(self.run, time.time())
        self.read_run()

    def chosen_scenario(self) -> ScenarioInfo | None:
        """The scenario chosen in the combo."""
        wanted = self.scenario_combo.currentData()
        return next((s for s in self.scenarios if s.id == wanted), None)

    def _on_scenarios_loaded(self, scenarios: tuple[ScenarioInfo, ...]) -> None:
        self.scenarios = scenarios
        chosen = self.scenario_combo.currentData()
        self.scenario_combo.blockSignals(True)
        self.scenario_combo.clear()
        for scenario in scenarios:
            if scenario.valid:
                text = QCoreApplication.translate("Drills", "%1 (%2 injects, %3 min)").replace(
                    "%1", scenario.title
                )
                text = text.replace("%2", str(scenario.injects))
                text = text.replace("%3", f"{scenario.duration_min or 0:g}")
            else:
                text = QCoreApplication.translate("Drills", "%1: has errors").replace(
                    "%1", scenario.file or scenario.id
                )
            self.scenario_combo.addItem(text, scenario.id)
        index = self.scenario_combo.findData(chosen) if chosen else -1
        self.scenario_combo.setCurrentIndex(max(index, 0))
        self.scenario_combo.blockSignals(False)
        self._on_scenario_chosen()

    def _on_trainees_loaded(self, trainees: tuple[Trainee, ...]) -> None:
        self.trainees = trainees
        self.show_trainees(trainees)

    def _on_scenario_chosen(self) -> None:
        scenario = self.chosen_scenario()
        self.show_start_moment(scenario)
        if scenario is not None and not scenario.valid:
            errors = "; ".join(str(e) for e in scenario.errors[:3])
            self.say(
                QCoreApplication.translate("Drills", "This scenario has errors: %1").replace(
                    "%1", errors
                ),
                "error",
            )

    def _on_runs_loaded(self, runs: tuple[RunSummary, ...]) -> None:
        self.runs = runs
        chosen = self.run.id if self.run else None
        self.run_combo.clear()
        for run in runs:
            text = f"#{run.id} {run.name} · {texts.status_label(run.status)}"
            self.run_combo.addItem(text, run.id)
        if chosen is not None:
            self.run_combo.setCurrentIndex(max(self.run_combo.findData(chosen), 0))
        keep = self.report.current_run_id()
        self.report.runs_model.set_rows(tables.run_rows(runs))
        row = self.report.runs_model.row_of(keep) if keep is not None else 0
        if runs:
            self.report.runs_view.setCurrentIndex(self.report.runs_model.index(max(row, 0), 0))
        names = sorted({name for run in runs for name in run.trainees})
        current = self.report.trainee_combo.currentText()
        self.report.trainee_combo.clear()
        self.report.trainee_combo.addItems(names)
        self.report.trainee_combo.setEditText(current or (names[0] if names else ""))
        if self.run is None:  # follow the newest run not ended, if there is one
            live = next((run for run in runs if run.live), None)
            if live is not None:
                self.choose_run(live.id)
                self.tabs.setCurrentWidget(self.injects_page)
            elif runs:
                self.mode.settle(runs[0])

    def _on_run_read(self, run: Run) -> None:
        self._reading = False
        if self.run is not None and self.run.id != run.id:
            self.read_run()  # another run was chosen meanwhile
            return
        self._show(run)

    def _on_run_failed(self, error: object) -> None:
        self._reading = False
        self._on_failed(QCoreApplication.translate("Drills", "Reading the run"), error)
        if not self._closed and self.run is not None and self.run.live:
            self._poll.start(self.poll_interval_ms())

    def _show(self, run: Run) -> None:
        ended = self.run is not None and self.run.live and not run.live
        self.run = run
        self.mode.follow(run)
        self.reads += 1
        self.show_run(run, time.time())
        index = self.run_combo.findData(run.id)
        if index >= 0:
            self.run_combo.setCurrentIndex(index)
        self._on_inject_chosen(refresh_only=True)
        if ended or self.inject_scores_model.rowCount() == 0:
            self.read_scores()
        if ended:
            self.load_runs()
        if run.live and not self._closed:
            self._poll.start(self.poll_interval_ms())

    def poll_interval_ms(self) -> int:
        """The run shown is read again every RUN_POLL_MS; in a trainee's own run, once the
        feed announces runs, only as the window's drill mode reads it (its scoreboard is the
        trainer's business; its changes come on the feed)."""
        run, mode = self.run, self.mode
        if run is not None and run.trains(self._ctx.session.username) and mode.announced:
            return mode.poll_interval_ms()
        return RUN_POLL_MS

    def may_start(self) -> bool:
        """Whether this user may start runs now: not while he trains in a live run."""
        mine = self.mode.run
        return not (mine is not None and mine.live and mine.trains(self._ctx.session.username))

    def _on_inject_chosen(self, refresh_only: bool = False) -> None:
        run = self.run
        row = self.injects_view.currentIndex().row()
        case_id = self.injects_model.key_at(row)
        if run is None or case_id is None:
            if not refresh_only:
                self.stand_in.set_case(None)
            return
        current = self.stand_in.case
        if refresh_only and current is not None and current.id == case_id:
            inject = run.inject_of_case(case_id)
            if inject is None or inject.state == current.state:
                return  # nothing new about it
        client = self._ctx.client
        self._read(
            lambda: client.case(case_id).case(),
            self._on_case_read,
            QCoreApplication.translate("Drills", "Reading the case"),
        )

    def _on_case_read(self, case: Any) -> None:
        row = self.injects_view.currentIndex().row()
        if self.injects_model.key_at(row) == case.id:
            self.stand_in.set_case(case)

    def _read(self, call: Callable[[], Any], done: Callable[[Any], None], what: str) -> None:
        """Run a read off the GUI thread; its failure is said as "what: why"."""
        self._ctx.runner.run(call, done, on_error=lambda e: self._on_failed(what, e), what=what)

    def _on_failed(self, what: str, error: object) -> None:
        if isinstance(error, ApiError):
            why = problem_text.explain(error, error.detail)
        else:
            why = str(error)
        self.say(f"{what}: {why}", "error")


_SUMMARY_FIELDS = (
    "id",
    "name",
    "scenario_id",
    "status",
    "created_by",
    "created_at",
    "ended_at",
    "trainees",
    "previous_run_id",
    "clock",
)

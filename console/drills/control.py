"""The drill control pane (issue #17): a trainer starts a run of a scenario for trainees at
1×, 2× or 5× from a simulated moment, pauses, resumes, changes its speed, stops and resets
it, watches its drill clock, its injects arriving and its live scoreboard, acts by hand as
any department (or the 值班长) on its cases, and reads, saves and compares the after-action
reports. The window of a drill account also switches into the run it trains in
(console/drills/trainee_mode.py): that controller lives with this pane.

Every call runs off the GUI thread (`ctx.runner`); a refusal is shown in the console's words
for its code, else the server's detail (problem_text). The chosen run is read again every
RUN_POLL_MS while it is not ended (a `drill.run` event on the feed has it read at once; its
injects' states and scoreboard move with every case action, hence the poll); its clock ticks
every second in between, worked out from the last answer. A trainee of the run (drill accounts
are trainers too) sees it and its reports, its controls and stand-ins disabled, and starts
no run while his is on: the server refuses them (403).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from console.api import ApiError
from console.api import drills as drills_api
from console.api.drill_scenarios import DrillScenariosApi
from console.contract.drills import Report, Run, RunSummary, ScenarioInfo, ScoreRow, Trainee
from console.controllers.context import PaneContext
from console.drills import tables, texts
from console.drills.control_view import ControlView
from console.drills.pdf_page import first_page
from console.drills.report_view import PAGE_WIDTH
from console.drills.scenario_editor import ScenarioEditor
from console.drills.trainee_mode import DrillMode
from console.models import problem_text
from console.translatable import QT_TRANSLATE_NOOP

# The pane's title as console/panes/catalog.py registers it (marked here for the translations).
PANE_TITLE = QT_TRANSLATE_NOOP("Panes", "Drill control")
RUN_POLL_MS = 2000  # the chosen run (not ended): its injects, states and scoreboard
SCORES_POLL_MS = 5000  # each inject's score (the report's), while the scoreboard is in front
TICK_MS = 1000  # its drill clock, between reads
RUNS_LIMIT = 50  # runs listed
PROGRESS_RUNS = 20  # a trainee's runs compared at most


class DrillControlPane(ControlView):
    """The trainer's drill control, and the host of the window's drill mode."""

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("drillControl")
        self.scenarios: tuple[ScenarioInfo, ...] = ()
        self.trainees: tuple[Trainee, ...] = ()
        self.runs: tuple[RunSummary, ...] = ()
        self.run: Run | None = None
        self.reads = 0  # run answers shown so far (tests wait on them)
        self.pdf: bytes | None = None  # the report shown, as the server rendered it
        self.saved: Path | None = None
        self.editor: ScenarioEditor | None = None
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
        self._connect()
        self.show_run(None, time.time())

    def _connect(self) -> None:
        ctx = self._ctx
        ctx.live.status_changed.connect(self._on_live_status_changed)
        self.start_button.clicked.connect(self.start_run)
        self.scenario_combo.currentIndexChanged.connect(lambda _i: self._on_scenario_chosen())
        self.start_combo.currentIndexChanged.connect(
            lambda _i: self.show_start_moment(self.chosen_scenario())
        )
        self.run_combo.activated.connect(lambda _i: self.choose_run(self.run_combo.currentData()))
        self.refresh_button.clicked.connect(self.reload)
        self.editor_button.clicked.connect(self.open_editor)
        self.pause_button.clicked.connect(self._on_pause_clicked)
        self.speed_change.activated.connect(lambda _i: self.change_speed())
        self.stop_button.clicked.connect(lambda: self.control("stop"))
        self.reset_button.clicked.connect(self.reset_run)
        self.injects_view.selectionModel().currentChanged.connect(
            lambda *_: self._on_inject_chosen()
        )
        self.tabs.currentChanged.connect(lambda _i: self.read_scores())
        self.stand_in.said.connect(self.say)
        self.stand_in.acted.connect(lambda _case: self.read_run())
        self.report.show_button.clicked.connect(self.show_report)
        self.report.runs_view.activated.connect(lambda _i: self.show_report())
        self.report.save_button.clicked.connect(self.choose_pdf_path)
        self.report.progress_button.clicked.connect(self.show_progress)
        self.mode.entered.connect(self._on_mode_entered)
        self.mode.left.connect(self._on_mode_left)
        self.mode.run_news.connect(self._on_run_news)

    # -- the pane contract ------------------------------------------------------------------

    def take_focus(self) -> None:
        """The keyboard on the run's injects, or on the scenario of a new run (no run)."""
        if self.run is not None and self.run.live:
            self.tabs.setCurrentWidget(self.injects_page)
            self.injects_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.tabs.setCurrentWidget(self.setup_box)
            self.scenario_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def shut_down(self) -> None:
        """No more reads: the window is closing."""
        self._closed = True
        self._poll.stop()
        self._tick.stop()
        self.mode.shut_down()

    def open_editor(self) -> None:
        """The scenario editor (a window of its own); a scenario saved there is offered here
        at once."""
        editor = self.editor
        if editor is None:
            editor = self.editor = ScenarioEditor(
                DrillScenariosApi(self._ctx.client), self._ctx.runner, self
            )
            editor.saved.connect(lambda _answer: self.reload())
        editor.show()
        editor.raise_()
        editor.activateWindow()

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Scenarios, drill accounts and runs again, and the chosen run."""
        client = self._ctx.client
        self._ctx.runner.run(
            lambda: drills_api.trainees(client),
            self._on_trainees_loaded,
            on_error=lambda e: self._on_failed(
                QCoreApplication.translate("Drills", "Loading the trainees"), e
            ),
            what=QCoreApplication.translate("Drills", "Loading the trainees"),
        )
        self._ctx.runner.run(
            lambda: drills_api.scenarios(client),
            self._on_scenarios_loaded,
            on_error=lambda e: self._on_failed(
                QCoreApplication.translate("Drills", "Loading the scenarios"), e
            ),
            what=QCoreApplication.translate("Drills", "Loading the scenarios"),
        )
        self.load_runs()
        self.read_run()

    def load_runs(self) -> None:
        """The runs, newest first (the run chooser and the reports list)."""
        client = self._ctx.client
        self._ctx.runner.run(
            lambda: drills_api.runs(client, limit=RUNS_LIMIT),
            self._on_runs_loaded,
            on_error=lambda e: self._on_failed(
                QCoreApplication.translate("Drills", "Loading the runs"), e
            ),
            what=QCoreApplication.translate("Drills", "Loading the runs"),
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

    # -- commands ---------------------------------------------------------------------------

    def chosen_scenario(self) -> ScenarioInfo | None:
        """The scenario chosen in the combo."""
        wanted = self.scenario_combo.currentData()
        return next((s for s in self.scenarios if s.id == wanted), None)

    def start_run(self) -> None:
        """Start a run of the chosen scenario for the trainees named."""
        scenario = self.chosen_scenario()
        trainees = self.checked_trainees()
        if scenario is None:
            self.say(QCoreApplication.translate("Drills", "Choose a scenario."), "warning")
            return
        if not scenario.valid:
            errors = "; ".join(str(e) for e in scenario.errors[:3])
            self.say(
                QCoreApplication.translate("Drills", "This scenario has errors: %1").replace(
                    "%1", errors
                ),
                "error",
            )
            return
        if not trainees:
            self.say(
                QCoreApplication.translate("Drills", "Tick at least one trainee."),
                "warning",
            )
            self.trainees_list.setFocus()
            return
        speed = int(self.speed_combo.currentData() or 1)
        start_at = self.chosen_start(scenario)
        client = self._ctx.client
        self.start_button.setEnabled(False)
        self._ctx.runner.run(
            lambda: drills_api.start(
                client, scenario=scenario.id, trainees=trainees, speed=speed, start_at=start_at
            ),
            self._on_started,
            on_error=self._on_start_failed,
            what=QCoreApplication.translate("Drills", "Starting the run"),
            write=True,
        )

    def control(self, command: str) -> None:
        """Pause, resume or stop the chosen run."""
        run = self.run
        if run is None:
            return
        client = self._ctx.client
        done = {
            "pause": QCoreApplication.translate("Drills", "Paused: the drill clock stands."),
            "resume": QCoreApplication.translate("Drills", "Resumed: the drill clock runs on."),
            "stop": QCoreApplication.translate("Drills", "The run has ended; its report is ready."),
        }[command]
        self._ctx.runner.run(
            lambda: drills_api.control(client, run.id, command),
            lambda answer: self._on_controlled(answer, done),
            on_error=lambda e: self._on_failed(QCoreApplication.translate("Drills", "The run"), e),
            what=QCoreApplication.translate("Drills", "Controlling the run"),
            write=True,
        )

    def change_speed(self) -> None:
        """Run the chosen run's clock at the speed chosen now."""
        run, speed = self.run, int(self.speed_change.currentData() or 1)
        if run is None or speed == int(run.clock.speed):
            return
        client = self._ctx.client
        self._ctx.runner.run(
            lambda: drills_api.set_speed(client, run.id, speed),
            lambda answer: self._on_controlled(
                answer,
                QCoreApplication.translate("Drills", "The drill clock runs at %1.").replace(
                    "%1", texts.speed_label(speed)
                ),
            ),
            on_error=lambda e: self._on_failed(QCoreApplication.translate("Drills", "The run"), e),
            what=QCoreApplication.translate("Drills", "Changing the drill clock's speed"),
            write=True,
        )

    def reset_run(self) -> None:
        """Stop the run and start its scenario again as a new run (followed from now on)."""
        run = self.run
        if run is None:
            return
        client = self._ctx.client
        self._ctx.runner.run(
            lambda: drills_api.reset(client, run.id),
            lambda answer: self._on_controlled(
                answer,
                QCoreApplication.translate("Drills", "Started again as run #%1.").replace(
                    "%1", str(answer.id)
                ),
            ),
            on_error=lambda e: self._on_failed(QCoreApplication.translate("Drills", "The run"), e),
            what=QCoreApplication.translate("Drills", "Resetting the run"),
            write=True,
        )

    def show_report(self) -> None:
        """The chosen run's after-action report: its summary and its PDF's first page."""
        run_id = self.report.current_run_id() or (self.run.id if self.run else None)
        if run_id is None:
            self.say(QCoreApplication.translate("Drills", "Choose a run in the list."), "warning")
            return
        client = self._ctx.client

        def fetch() -> tuple[Report, bytes | None, QImage | None, str]:
            report = drills_api.report(client, run_id)
            try:
                pdf = drills_api.report_pdf(client, run_id)
            except ApiError as exc:  # no CJK font on the server: the summary still shows
                return report, None, None, problem_text.explain(exc, str(exc))
            image, _pages = first_page(pdf, PAGE_WIDTH)
            return report, pdf, image, ""

        self._ctx.runner.run(
            fetch,
            self._on_report_fetched,
            on_error=lambda e: self._on_failed(
                QCoreApplication.translate("Drills", "The report"), e
            ),
            what=QCoreApplication.translate("Drills", "Fetching the report"),
        )

    def choose_pdf_path(self) -> None:
        """Ask where to save the report's PDF (then `save_report`)."""
        report = self.report.report
        if report is None or self.pdf is None:
            self.say(QCoreApplication.translate("Drills", "Show a report first."), "warning")
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(
            self, QCoreApplication.translate("Drills", "Save the after-action report")
        )
        dialog.setObjectName("drillSaveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(QCoreApplication.translate("Drills", "PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setDirectory(folder)
        dialog.selectFile(f"drill-{report.id}-report.pdf")
        dialog.fileSelected.connect(lambda name: self.save_report(Path(name)))
        dialog.open()

    def save_report(self, path: Path) -> None:
        """Write the report's PDF there (on the write worker)."""
        pdf = self.pdf
        if pdf is None:
            return

        def write() -> Path:
            partial = path.with_name(path.name + ".part")
            partial.write_bytes(pdf)
            partial.replace(path)
            return path

        self._ctx.runner.run(
            write,
            self._on_report_saved,
            on_error=lambda e: self.say(
                QCoreApplication.translate("Drills", "Not saved: %1").replace("%1", str(e)), "error"
            ),
            what=QCoreApplication.translate("Drills", "Saving the report"),
            write=True,
        )

    def show_progress(self) -> None:
        """The trainee's runs compared: points, times and first-try departments, oldest
        first (one scoreboard read per run: the list of runs has no scores)."""
        trainee = self.report.trainee_combo.currentText().strip()
        if not trainee:
            self.say(
                QCoreApplication.translate("Drills", "Name the trainee whose runs to compare."),
                "warning",
            )
            return
        client = self._ctx.client

        def fetch() -> list[tuple[RunSummary, ScoreRow | None]]:
            found = drills_api.runs(client, trainee=trainee, limit=PROGRESS_RUNS)
            history = []
            for summary in found:
                board = drills_api.run(client, summary.id).scoreboard
                history.append((summary, next((r for r in board if r.trainee == trainee), None)))
            return history

        self._ctx.runner.run(
            fetch,
            lambda history: self._on_progress_fetched(trainee, history),
            on_error=lambda e: self._on_failed(
                QCoreApplication.translate("Drills", "The trainee's runs"), e
            ),
            what=QCoreApplication.translate("Drills", "Comparing the trainee's runs"),
        )

    # -- answers ----------------------------------------------------------------------------

    def _on_live_status_changed(self, status: str, _detail: str) -> None:
        if status == "online" and not self.scenarios:
            self.reload()
            self.mode.start()

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

    def _on_started(self, run: Run) -> None:
        self.start_button.setEnabled(self.may_start())
        text = QCoreApplication.translate("Drills", "Run #%1 started for %2 at %3.").replace(
            "%1", str(run.id)
        )
        text = text.replace("%2", "、".join(run.trainees)).replace(
            "%3", texts.speed_label(run.clock.speed)
        )
        self.say(text, "info")
        self._show(run)
        self.tabs.setCurrentWidget(self.injects_page)
        self.load_runs()
        self.mode.ask()  # the trainer may train in it too

    def _on_start_failed(self, error: object) -> None:
        self.start_button.setEnabled(self.may_start())
        self._on_failed(QCoreApplication.translate("Drills", "Not started"), error)

    def _on_controlled(self, run: Run, done: str) -> None:
        self.say(done, "info")
        self._show(run)
        self.load_runs()
        self.mode.ask()

    def _on_report_fetched(self, answer: tuple[Report, bytes | None, QImage | None, str]) -> None:
        report, pdf, image, why = answer
        self.pdf = pdf
        self.report.show_report(report, image)
        self.report.save_button.setEnabled(pdf is not None)
        if why:
            self.say(
                QCoreApplication.translate("Drills", "The PDF is not available: %1").replace(
                    "%1", why
                ),
                "warning",
            )

    def _on_report_saved(self, path: Path) -> None:
        self.saved = path
        self.say(QCoreApplication.translate("Drills", "Saved: %1").replace("%1", str(path)), "info")

    def _on_progress_fetched(
        self, trainee: str, history: list[tuple[RunSummary, ScoreRow | None]]
    ) -> None:
        rows = tables.progress_rows(trainee, history)
        self.report.progress_model.set_rows(rows)
        if not rows:
            self.say(
                QCoreApplication.translate("Drills", "%1 has no scored runs yet.").replace(
                    "%1", trainee
                ),
                "info",
            )

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
        self._ctx.runner.run(
            lambda: client.case(case_id).case(),
            self._on_case_read,
            on_error=lambda e: self._on_failed(
                QCoreApplication.translate("Drills", "Reading the case"), e
            ),
            what=QCoreApplication.translate("Drills", "Reading the case"),
        )

    def _on_case_read(self, case: Any) -> None:
        row = self.injects_view.currentIndex().row()
        if self.injects_model.key_at(row) == case.id:
            self.stand_in.set_case(case)

    def _on_pause_clicked(self) -> None:
        run = self.run
        if run is not None:
            self.control("resume" if run.status == "paused" else "pause")

    def _on_mode_entered(self, run: Run) -> None:
        self.start_button.setEnabled(self.may_start())
        if self.run is None or run.trains(self._ctx.session.username):
            self._show(run)  # a trainee's pane shows his own run

    def _on_run_news(self, run_id: int) -> None:
        if self.run is not None and self.run.id == run_id:
            self.read_run()
        self.load_runs()

    def _on_mode_left(self, run_id: int) -> None:
        self.start_button.setEnabled(self.may_start())
        self.say(
            QCoreApplication.translate(
                "Drills", "Drill run #%1 has ended: back to normal."
            ).replace("%1", str(run_id))
        )
        self.load_runs()

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

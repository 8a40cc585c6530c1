"""The drill control pane (issue #17): a trainer starts a run of a scenario for trainees at
1×, 2× or 5× from a simulated moment, pauses, resumes, changes its speed, stops and resets
it, watches its drill clock, its injects arriving and its live scoreboard, acts by hand as
any department (or the 值班长) on its cases, and reads, saves and compares the after-action
reports. The window of a drill account also switches into the run it trains in
(console/drills/trainee_mode.py): that controller lives with this pane.

The pane is built in layers, one module each: its widgets (control_view.py), what it reads
and keeps up to date (control_reading.py), the run's commands (control_commands.py) and the
reports (control_reports.py); here they are wired together. A trainee of the run (drill
accounts are trainers too) sees it and its reports, its controls and stand-ins disabled, and
starts no run while his is on: the server refuses them (403).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from console.api.drill_scenarios import DrillScenariosApi
from console.contract.drills import Run
from console.controllers.context import PaneContext
from console.drills.control_commands import RunCommands
from console.drills.control_reports import ReportActions
from console.drills.scenario_editor import ScenarioEditor
from console.translatable import QT_TRANSLATE_NOOP

# The pane's title as console/panes/catalog.py registers it (marked here for the translations).
PANE_TITLE = QT_TRANSLATE_NOOP("Panes", "Drill control")


class DrillControlPane(RunCommands, ReportActions):
    """The trainer's drill control, and the host of the window's drill mode."""

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("drillControl")
        self.editor: ScenarioEditor | None = None
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

    # -- the window's drill mode ------------------------------------------------------------

    def _on_live_status_changed(self, status: str, _detail: str) -> None:
        if status == "online" and not self.scenarios:
            self.reload()
            self.mode.start()

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

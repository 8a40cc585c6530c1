"""The drill control pane's commands (console/drills/control.py): start a run of the chosen
scenario for the trainees ticked, pause, resume, change its speed, stop and reset it. Each runs
on the write worker; a refusal (a trainee of the run may not steer it: 403) is shown in the
console's words for its code, and every answer is shown as the run's new state.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.api import drills as drills_api
from console.contract.drills import Run
from console.drills import texts
from console.drills.control_reading import RunReader


class RunCommands(RunReader):
    """The trainer's hands on a run: start, pause, resume, speed, stop, reset."""

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

    def _on_pause_clicked(self) -> None:
        run = self.run
        if run is not None:
            self.control("resume" if run.status == "paused" else "pause")

"""The drill control pane's after-action reports (console/drills/control.py): a run's report
with its PDF's first page, the PDF saved where the trainer chooses, and a trainee's runs
compared (points, times and first-try departments, oldest first). Reads run off the GUI
thread, the file is written on the write worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from console.api import ApiError
from console.api import drills as drills_api
from console.contract.drill_reports import Report
from console.contract.drills import RunSummary, ScoreRow
from console.controllers.context import PaneContext
from console.drills import tables
from console.drills.control_reading import RunReader
from console.drills.pdf_page import first_page
from console.drills.report_view import PAGE_WIDTH
from console.models import problem_text

PROGRESS_RUNS = 20  # a trainee's runs compared at most


class ReportActions(RunReader):
    """The reports tab's actions: show, save as PDF, compare a trainee's runs."""

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.pdf: bytes | None = None  # the report shown, as the server rendered it
        self.saved: Path | None = None

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

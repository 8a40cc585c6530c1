"""A handover brief on paper or as an A4 PDF, painted on the runner's write worker with the
交办单's renderer (panes/assignment_sheet), so that neither the printer nor the disk holds up
the window; the HTML is laid out before, on the GUI thread, from data already read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from console.api.handovers import Brief
from console.panes.assignment_sheet import render_pdf, render_to_printer
from console.shell.handover_brief import BriefText
from console.tasks import TaskRunner


class BriefPrinter(QObject):
    """Saves a brief as PDF or prints it; says how it went through its signals."""

    saved = Signal(str)  # the PDF's path
    printed = Signal(int)  # the brief's id
    failed = Signal(str)  # why

    def __init__(self, runner: TaskRunner, text: BriefText, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._text = text
        self._folder = ""
        self._printer: QPrinter | None = None

    def save_pdf(
        self, brief: Brief, path: Path | None = None, where: QWidget | None = None
    ) -> None:
        """Ask where (unless given), then write the brief as an A4 PDF in the background."""
        if path is None:
            name = self.tr("Handover %1.pdf").replace("%1", name_of(brief))
            start = str(Path(self._folder) / name) if self._folder else name
            chosen, _filter = QFileDialog.getSaveFileName(
                where, self.tr("Save the handover brief"), start, self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return
            path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
            self._folder = str(path.parent)
        body, family, target = self._text.html(brief), QApplication.font().family(), path
        self._runner.run(
            lambda: render_pdf(body, family, target),
            lambda done: self.saved.emit(str(done)),
            on_error=lambda exc: self.failed.emit(str(exc)),
            what=self.tr("Saving the handover brief"),
            write=True,
        )

    def print_brief(self, brief: Brief, where: QWidget | None = None) -> None:
        """Choose a printer, then print the brief in the background."""
        printer = self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.tr("Handover %1").replace("%1", name_of(brief)))
        dialog = QPrintDialog(printer, where)
        dialog.setObjectName("handoverPrintDialog")
        body, family = self._text.html(brief), QApplication.font().family()
        dialog.accepted.connect(
            lambda: self._runner.run(
                lambda: render_to_printer(body, family, printer),
                lambda _none: self.printed.emit(brief.id or 0),
                on_error=lambda exc: self.failed.emit(str(exc)),
                what=self.tr("Printing the handover brief"),
                write=True,
            )
        )
        dialog.open()  # type: ignore[call-arg]  # PySide6 stub: open(receiver, member) hides open()


def name_of(brief: Brief) -> str:
    """'12（2026-12-07 2000）': the brief's number and the end of its shift, for file names."""
    moment = brief.shift_end[:16].replace("T", " ").replace(":", "")
    return f"{brief.id}（{moment}）" if brief.id is not None else moment

"""The 交办单 (assignment sheet) of a case: printed, or saved as a PDF, on A4 in a CJK font.

The case is read with its history on a worker thread, the sheet is laid out as HTML on the
GUI thread (no I/O), and a QTextDocument paints it onto the printer or a QPdfWriter on the
runner's write worker, so that neither the printer nor the disk holds up the window.
"""

from __future__ import annotations

import html
import os
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QObject, Signal
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from console.api import ApiClient
from console.contract import Case, CaseDetail
from console.models import center_time, labels
from console.panes.call_intake_logic import mask_phone
from console.panes.correct_text import CorrectionTexts
from console.tasks import TaskRunner

CJK_FALLBACK = "'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', sans-serif"
POINTS = 10.5
MARGIN_MM = 15.0


def _minute(value: object) -> str:
    """'2026-12-07 17:30' in center time ("" when absent)."""
    moment = center_time.parse(value)
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


def _esc(value: object) -> str:
    return html.escape(str(value if value is not None else "")).replace("\n", "<br/>")


def _document(body: str, family: str) -> QTextDocument:
    document = QTextDocument()
    font = QFont(family) if family else QFont()
    font.setPointSizeF(POINTS)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(
        f"body {{ font-family: '{family}', {CJK_FALLBACK}; }}"
        "h1 { font-size: 17pt; text-align: center; margin: 0; }"
        "h2 { font-size: 12pt; margin-top: 12px; }"
        "table { border-collapse: collapse; }"
        "td, th { border: 1px solid #444; padding: 4px; vertical-align: top; }"
        "th { background: #e6ebf1; }"
        "td.k { background: #f1f4f8; width: 18%; white-space: nowrap; }"
        "td.t { white-space: nowrap; }"
    )
    document.setHtml(body)
    return document


def render_pdf(body: str, family: str, path: Path) -> Path:
    """The sheet as an A4 PDF at `path` (a worker-thread call: written, then moved in place)."""
    handle, temp = tempfile.mkstemp(suffix=".pdf", dir=path.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temp)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
        writer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        writer.setTitle(path.stem)
        writer.setCreator("cc-console")
        _document(body, family).print_(writer)
        del writer  # finishes the file
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


def render_to_printer(body: str, family: str, printer: QPrinter) -> None:
    """Paint the sheet on the printer the officer chose (a worker-thread call)."""
    _document(body, family).print_(printer)


class AssignmentSheet(QObject):
    """Builds the 交办单 of a case and prints it or saves it as PDF."""

    saved = Signal(str)  # the PDF's path
    printed = Signal(str)  # the case ref
    failed = Signal(str)  # why

    def __init__(
        self,
        client: ApiClient,
        runner: TaskRunner,
        who: str,
        parent: QWidget,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._runner = runner
        self._who = who
        self._parent = parent
        self._now = now or (lambda: datetime.now(center_time.CENTER))
        self._folder = ""
        self._printer: QPrinter | None = None
        self._corrections = CorrectionTexts(self)

    # -- commands -----------------------------------------------------------------------------

    def save_pdf(self, case: Case, path: Path | None = None) -> None:
        """Ask where (unless given), then read the case and write its sheet as PDF."""
        if path is None:
            name = self.tr("Assignment sheet %1.pdf").replace("%1", str(case.ref))
            start = str(Path(self._folder) / name) if self._folder else name
            chosen, _filter = QFileDialog.getSaveFileName(
                self._parent, self.tr("Save the assignment sheet"), start, self.tr("PDF (*.pdf)")
            )
            if not chosen:
                return
            path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
            self._folder = str(path.parent)
        target, family = path, self._family()
        self._with_detail(
            case,
            lambda detail: self._runner.run(
                lambda: render_pdf(self.html(detail), family, target),
                lambda done: self.saved.emit(str(done)),
                on_error=lambda exc: self.failed.emit(str(exc)),
                what=self.tr("Saving the assignment sheet"),
                write=True,
            ),
        )

    def print_sheet(self, case: Case) -> None:
        """Choose a printer, then print the case's sheet in the background."""
        printer = self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.tr("Assignment sheet %1").replace("%1", str(case.ref)))
        dialog = QPrintDialog(printer, self._parent)
        dialog.setObjectName("assignmentPrintDialog")
        dialog.accepted.connect(lambda: self._print(case, printer))
        dialog.open()  # type: ignore[call-arg]  # PySide6 stub: open(receiver, member) hides open()

    def _print(self, case: Case, printer: QPrinter) -> None:
        family, ref = self._family(), str(case.ref)
        self._with_detail(
            case,
            lambda detail: self._runner.run(
                lambda: render_to_printer(self.html(detail), family, printer),
                lambda _none: self.printed.emit(ref),
                on_error=lambda exc: self.failed.emit(str(exc)),
                what=self.tr("Printing the assignment sheet"),
                write=True,
            ),
        )

    def _with_detail(self, case: Case, then: Callable[[CaseDetail], None]) -> None:
        client, case_id = self._client, case.id
        self._runner.run(
            lambda: client.case(case_id),
            then,
            on_error=lambda exc: self.failed.emit(str(exc)),
            what=self.tr("Reading the case for its assignment sheet"),
        )

    @staticmethod
    def _family() -> str:
        return QApplication.font().family()

    # -- the sheet ----------------------------------------------------------------------------

    def html(self, case: CaseDetail) -> str:
        """The sheet as HTML: the case's fields, then its history."""
        step = labels.step_label(case.sla_step)
        due = _minute(case.due_at)
        deadline = f"{due}（{step}）" if due and step else due
        rows = [
            (self.tr("Case number"), case.ref),
            (self.tr("Title"), case.title),
            (self.tr("Category"), case.category_name or case.category),
            (self.tr("Urgency"), labels.urgency_label(case.urgency)),
            (self.tr("Channel"), labels.channel_label(case.channel)),
            (self.tr("Address"), self._place(case)),
            (self.tr("Reporter"), self._reporter(case)),
            (self.tr("Description"), case.description),
            (self.tr("Department"), case.department_name or self.tr("not dispatched")),
            (self.tr("Deadline"), deadline or self.tr("no clock running")),
            (self.tr("State"), labels.state_label(case.state)),
            (self.tr("Reported at"), _minute(case.created_at)),
        ]
        if case.external_ref:
            rows.append((self.tr("City reference"), case.external_ref))
        if case.external_due_at:
            rows.append((self.tr("City deadline"), _minute(case.external_due_at)))
        fields = "".join(
            f'<tr><td class="k">{_esc(k)}</td><td>{_esc(v)}</td></tr>' for k, v in rows
        )
        heads = [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("State")]
        heads.append(self.tr("Note"))
        history_title = self.tr("History")
        history = "".join(self._history_row(entry) for entry in case.history)
        printed = self.tr("Printed by %1 at %2").replace("%1", self._who)
        printed = printed.replace("%2", self._now().strftime("%Y-%m-%d %H:%M"))
        center = _esc(self.tr("Chongchuan District Governance Command Center"))
        sheet = _esc(self.tr("Assignment sheet"))
        header = "".join(f"<th>{_esc(h)}</th>" for h in heads)
        return (
            f"<html><body><h1>{center}<br/>{sheet}</h1>"
            f'<table width="100%" cellspacing="0">{fields}</table>'
            f"<h2>{_esc(history_title)}</h2>"
            f'<table width="100%" cellspacing="0"><tr>{header}</tr>{history}</table>'
            f'<p align="right">{_esc(printed)}</p></body></html>'
        )

    def _place(self, case: Case) -> str:
        street = case.street_name
        address = case.address or ""
        return f"{address}（{street}）" if street and address else address or str(street or "")

    def _reporter(self, case: Case) -> str:
        name = case.reporter_name or self.tr("anonymous")
        phone = mask_phone(case.reporter_phone or "")
        return f"{name}  {phone}".strip()

    def _history_row(self, entry: dict[str, Any]) -> str:
        before, after = entry.get("from_state"), entry.get("to_state")
        change = ""
        if before != after or before is None:
            change = f"{labels.state_label(before)} → " if before else ""
            change += labels.state_label(after)
        payload, action = entry.get("payload") or {}, entry.get("action")
        carried = ""
        if action == "dispatch" and payload.get("department_name"):
            carried = f"→ {payload['department_name']}"
        elif action == "correct" and payload.get("changes"):
            carried = self._corrections.changes_done(payload)
        elif action == "callback" and payload.get("result"):
            carried = labels.callback_label(payload["result"]) + "。"
        note = " ".join(str(t) for t in (carried, entry.get("note")) if t)
        cells = (
            _minute(entry.get("at")),
            entry.get("actor") or "",
            labels.action_label(entry.get("action")),
            change,
            note,
        )
        when, *rest = cells
        others = "".join(f"<td>{_esc(c)}</td>" for c in rest)
        return f'<tr><td class="t">{_esc(when)}</td>{others}</tr>'  # the time on one line

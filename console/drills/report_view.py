"""The reports tab: past runs (newest first), the chosen run's after-action summary (points,
what went wrong, inject by inject) beside the first page of its PDF, a button that saves the
PDF, and a trainee's progress over the runs they trained in. No I/O here: the pane feeds it
(console/drills/control.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.contract.drill_reports import Report
from console.drills import tables, texts
from console.drills.parts import make_table
from console.models import labels
from widgets.plain_text import PlainLabel

PAGE_WIDTH = 560  # pixels of the PDF's first page shown


def report_text(report: Report) -> str:
    """The after-action summary as plain text: totals, the scoreboard, each inject's times
    against its targets and what went wrong."""
    lines = [
        f"#{report.id} {report.scenario_title or report.name}",
        QCoreApplication.translate("Drills", "Status: %1 · trainees: %2")
        .replace("%1", texts.status_label(report.status))
        .replace("%2", "、".join(report.trainees)),
        QCoreApplication.translate("Drills", "Points: %1 · findings: %2")
        .replace("%1", tables.points_text(report.points, report.max_points))
        .replace("%2", str(report.findings)),
        "",
    ]
    for row in report.scoreboard:
        lines.append(
            QCoreApplication.translate("Drills", "%1: %2, register %3, dispatch %4")
            .replace("%1", row.trainee)
            .replace("%2", tables.points_text(row.points, row.max_points))
            .replace("%3", texts.minutes_text(row.mean_register_min))
            .replace("%4", texts.minutes_text(row.mean_dispatch_min))
        )
    lines.append("")
    for score in report.injects:
        head = f"{score.inject} {score.case_ref or ''}".strip()
        times = QCoreApplication.translate(
            "Drills", "register %1 (target %2), dispatch %3 (target %4)"
        )
        lines.append(
            f"■ {head} · {tables.points_text(score.points, score.max_points)} · "
            + times.replace("%1", texts.minutes_text(score.registered_after_min))
            .replace("%2", texts.minutes_text(score.register_target_min))
            .replace("%3", texts.minutes_text(score.dispatched_after_min))
            .replace("%4", texts.minutes_text(score.dispatch_target_min))
        )
        state = labels.state_label(score.state) if score.state else "—"
        lines.append(
            "   "
            + QCoreApplication.translate("Drills", "by %1 · now %2, expected %3")
            .replace("%1", score.trainee or "—")
            .replace("%2", state)
            .replace("%3", labels.state_label(score.expected_state))
        )
        for finding in score.findings:
            lines.append("   ✗ " + texts.finding_label(finding.code, finding.text))
    return "\n".join(lines)


class ReportView(QWidget):
    """Runs, the chosen run's report and PDF page, and a trainee's progress."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs_model = tables.RowsModel(tables.RUN_HEADERS, self)
        self.progress_model = tables.RowsModel(tables.PROGRESS_HEADERS, self)
        self.runs_view = make_table(self, "drillRuns", self.runs_model)
        self.show_button = QPushButton(
            QCoreApplication.translate("Drills", "&View the report"), self
        )
        self.show_button.setObjectName("drillShowReport")
        self.save_button = QPushButton(QCoreApplication.translate("Drills", "Save as PD&F…"), self)
        self.save_button.setObjectName("drillSaveReport")
        self.save_button.setEnabled(False)
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("drillReportSummary")
        self.summary.setReadOnly(True)
        self.page = PlainLabel(
            QCoreApplication.translate("Drills", "The report's first page shows here."), self
        )
        self.page.setObjectName("drillReportPage")
        self.page.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        page_scroll = QScrollArea(self)
        page_scroll.setWidget(self.page)
        page_scroll.setWidgetResizable(True)
        self.trainee_combo = QComboBox(self)
        self.trainee_combo.setObjectName("drillProgressTrainee")
        self.trainee_combo.setEditable(True)
        self.progress_button = QPushButton(
            QCoreApplication.translate("Drills", "Compare the trainee's runs"), self
        )
        self.progress_button.setObjectName("drillProgressShow")
        self.progress_view = make_table(self, "drillProgress", self.progress_model)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.runs_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.save_button)
        left_layout.addLayout(buttons)
        progress_row = QHBoxLayout()
        trainee_label = PlainLabel(QCoreApplication.translate("Drills", "Trainee"), left)
        trainee_label.setBuddy(self.trainee_combo)
        progress_row.addWidget(trainee_label)
        progress_row.addWidget(self.trainee_combo, 1)
        progress_row.addWidget(self.progress_button)
        left_layout.addLayout(progress_row)
        left_layout.addWidget(self.progress_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.summary)
        splitter.addWidget(page_scroll)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([640, 640, PAGE_WIDTH + 24])  # the page whole across
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.report: Report | None = None

    def current_run_id(self) -> int | None:
        """The run chosen in the list."""
        key = self.runs_model.key_at(self.runs_view.currentIndex().row())
        return int(key) if key is not None else None

    def show_report(self, report: Report, first_page: QImage | None) -> None:
        """The report's summary and the first page of its PDF (if it could be drawn)."""
        self.report = report
        self.summary.setPlainText(report_text(report))
        if first_page is not None and not first_page.isNull():
            self.page.setPixmap(QPixmap.fromImage(first_page))
        else:
            self.page.setText(
                QCoreApplication.translate("Drills", "The server sent no PDF page to show.")
            )
        self.save_button.setEnabled(True)

    def table(self) -> QTableView:
        """The runs table (for the keyboard)."""
        return self.runs_view

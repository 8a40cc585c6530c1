"""Import the State Council's holiday notice as CSV; every wrong line is listed with why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.admin.notice import STYLE, Notice
from console.api import ApiError
from console.api.calendar import CalendarApi
from console.tasks import TaskRunner
from widgets.plain_text import PlainLabel
from widgets.plain_tip import plain_tip

SAMPLE = "date,kind,name\n2027-01-01,holiday,元旦\n2027-02-06..2027-02-12,holiday,春节"


def _read_and_send(api: CalendarApi, path: Path) -> dict[str, Any]:
    """Runs on a worker: the file as it is (the server reads UTF-8, BOM or GBK)."""
    return api.import_notice(path.read_bytes())


class CalendarImportDialog(QDialog):
    """Pick the notice's CSV and send it: all lines stored, or each bad line with what to fix."""

    imported = Signal(dict)  # the server's answer: stored, moved, years
    # The outcome line. It shadows QDialog.result() (the exec code), which nothing here reads.
    result: Notice  # type: ignore[assignment]

    def __init__(self, api: CalendarApi, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarImport")
        self.setWindowTitle(self.tr("Import the holiday notice"))
        self.setStyleSheet(STYLE)
        self.resize(680, 360)
        self._api = api
        self._runner = runner
        hint = PlainLabel(
            self.tr(
                "A CSV with one day or a range per line: date, kind (holiday/workday, or "
                "放假/上班), name. Nothing is stored unless every line is right."
            ),
            self,
        )
        hint.setObjectName("adminHint")
        hint.setWordWrap(True)
        sample = PlainLabel(SAMPLE, self)
        sample.setObjectName("adminHint")
        sample.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sample.setStyleSheet("font-family: monospace; padding: 4px 8px; background: #0f1720;")
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("The notice saved as CSV"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(lambda: self.import_file(self.path_edit.text()))
        self.result = Notice(self)
        self.errors = QTreeWidget(self)
        self.errors.setObjectName("calendarImportErrors")
        self.errors.setRootIsDecorated(False)
        self.errors.setHeaderLabels([self.tr("Line"), self.tr("What to fix")])
        self.errors.setColumnWidth(0, 60)
        self.errors.hide()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(self.import_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(sample)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.errors, 1)
        layout.addStretch(1)  # takes the room while there are no errors to list
        layout.addWidget(close)
        self._layout = layout

    def import_file(self, path: str | Path) -> None:
        """Read and send the file in the background; the outcome shows here."""
        if not str(path).strip():
            self.result.say(self.tr("Choose a CSV file first."), "warning")
            return
        self.import_button.setEnabled(False)
        self.errors.clear()
        self._show_errors(False)
        self.result.say(self.tr("Importing…"), "info")
        target = Path(path)
        self._runner.run(
            lambda: _read_and_send(self._api, target),
            self._on_import_done,
            on_error=self._on_import_failed,
            what=self.tr("Importing the holiday notice"),
            write=True,
        )

    def error_rows(self) -> list[tuple[str, str]]:
        """The errors listed: line, message."""
        items = (self.errors.topLevelItem(i) for i in range(self.errors.topLevelItemCount()))
        return [(item.text(0), item.text(1)) for item in items if item is not None]

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Holiday notice"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.path_edit.setText(path)

    def _on_import_done(self, body: dict[str, Any]) -> None:
        self.import_button.setEnabled(True)
        years = ", ".join(str(year) for year in body.get("years") or [])
        text = (
            self.tr("Stored %1 days (%2). Running clocks moved: %3.")
            .replace("%1", str(body.get("stored", 0)))
            .replace("%2", years)
            .replace("%3", str(body.get("moved", 0)))
        )
        self.result.say(text, "ok")
        self.imported.emit(body)

    def _on_import_failed(self, exc: Exception) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, OSError):
            self.result.say(self.tr("Cannot read the file: %1").replace("%1", str(exc)), "error")
            return
        problem = exc.problem if isinstance(exc, ApiError) else {}
        errors = [e for e in problem.get("errors") or [] if isinstance(e, dict)]
        if errors:  # the lines say what is wrong; the server's summary adds nothing
            text = self.tr("Nothing was stored: fix the %1 lines below and import again.")
            text = text.replace("%1", str(len(errors)))
        else:
            why = exc.detail if isinstance(exc, ApiError) else str(exc)
            text = self.tr("Nothing was stored: %1").replace("%1", why)
        self.result.say(text, "error")
        for error in errors:
            line = error.get("line")
            message = str(error.get("message") or "")
            item = QTreeWidgetItem(["" if line is None else str(line), message])
            item.setToolTip(1, plain_tip(message))
            self.errors.addTopLevelItem(item)
        self._show_errors(bool(errors))

    def _show_errors(self, shown: bool) -> None:
        self.errors.setVisible(shown)
        self._layout.setStretch(self._layout.indexOf(self.errors) + 1, 0 if shown else 1)

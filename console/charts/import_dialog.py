"""The administrator's import of the statistics bureau's indicator CSV, with per-line errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.api import ApiError
from console.api.charts import ChartsApi
from console.tasks import TaskRunner
from console.translatable import QT_TRANSLATE_NOOP
from widgets.plain_text import PlainLabel

LINE, COLUMN, MESSAGE = range(3)
COLUMNS = {  # the sheet's columns as the bureau names them
    "period": QT_TRANSLATE_NOOP("ImportDialog", "period"),
    "area": QT_TRANSLATE_NOOP("ImportDialog", "area"),
    "indicator": QT_TRANSLATE_NOOP("ImportDialog", "indicator"),
    "value": QT_TRANSLATE_NOOP("ImportDialog", "value"),
    "growth": QT_TRANSLATE_NOOP("ImportDialog", "growth"),
    "target": QT_TRANSLATE_NOOP("ImportDialog", "target"),
}


def _read_and_send(api: ChartsApi, path: Path) -> dict[str, Any]:
    """Runs on a worker: the file as it is (the server knows UTF-8, BOM and GBK)."""
    return api.import_indicators(path.read_bytes())


class ImportDialog(QDialog):
    """Pick a CSV, send it; all or nothing: a summary, or every bad line with what to fix."""

    imported = Signal(dict)  # the server's summary: imported, replaced, periods
    # The outcome line. It shadows QDialog.result() (the exec code), which nothing here reads.
    result: QLabel  # type: ignore[assignment]

    def __init__(self, api: ChartsApi, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorImport")
        self.setWindowTitle(self.tr("Import indicator data"))
        self.resize(720, 420)
        self._api = api
        self._runner = runner
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("CSV saved from the statistics bureau's sheet"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("importSend")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(lambda: self.import_file(self.path_edit.text()))
        self.result = PlainLabel(self)
        self.result.setObjectName("importResult")
        self.result.setWordWrap(True)
        self.errors = QTreeWidget(self)
        self.errors.setObjectName("importErrors")
        self.errors.setRootIsDecorated(False)
        self.errors.setHeaderLabels([self.tr("Line"), self.tr("Column"), self.tr("What to fix")])
        self.errors.setColumnWidth(LINE, 60)
        self.errors.setColumnWidth(COLUMN, 110)
        self.errors.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.errors.hide()
        hint = PlainLabel(
            self.tr(
                "Columns: period, area, indicator, value, growth, target (Chinese or English "
                "names). Nothing is stored unless every line is right."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("keysHint")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(self.import_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.errors, 1)
        layout.addWidget(close)

    def import_file(self, path: str | Path) -> None:
        """Send the file (read and uploaded on a worker); the outcome shows here."""
        if not str(path).strip():
            self._show_result(self.tr("Choose a CSV file first."), "warning")
            return
        self.import_button.setEnabled(False)
        self.errors.clear()
        self.errors.hide()
        self._show_result(self.tr("Importing…"), "info")
        target = Path(path)
        self._runner.run(
            lambda: _read_and_send(self._api, target),
            self._on_import_done,
            on_error=self._on_import_failed,
            what=self.tr("Importing indicator data"),
        )

    def error_rows(self) -> list[tuple[str, str, str]]:
        """The errors listed: line, column, message."""
        items = (self.errors.topLevelItem(i) for i in range(self.errors.topLevelItemCount()))
        return [(it.text(LINE), it.text(COLUMN), it.text(MESSAGE)) for it in items if it]

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Indicator CSV"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.path_edit.setText(path)

    def _on_import_done(self, body: dict[str, Any]) -> None:
        self.import_button.setEnabled(True)
        text = (
            self.tr("Imported %1 rows (%2 replaced) for %3.")
            .replace("%1", str(body.get("imported", 0)))
            .replace("%2", str(body.get("replaced", 0)))
            .replace("%3", ", ".join(str(p) for p in body.get("periods") or []))
        )
        self._show_result(text, "ok")
        self.imported.emit(body)

    def _on_import_failed(self, exc: object) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, OSError):
            self._show_result(self.tr("Cannot read the file: %1").replace("%1", str(exc)), "error")
            return
        problem = exc.problem if isinstance(exc, ApiError) else {}
        errors = [e for e in problem.get("errors") or [] if isinstance(e, dict)]
        text = self.tr("Nothing was imported: %1").replace("%1", str(exc))
        if errors:
            fix = self.tr("Fix the %1 lines below and import again.")
            text += " " + fix.replace("%1", str(len(errors)))
        self._show_result(text, "error")
        for error in errors:
            line = error.get("line")
            column = str(error.get("column") or error.get("field") or "")
            if column in COLUMNS:
                column = QCoreApplication.translate("ImportDialog", COLUMNS[column])
            item = QTreeWidgetItem(
                [
                    "" if line is None else str(line),
                    column,
                    str(error.get("message") or ""),
                ]
            )
            item.setToolTip(MESSAGE, item.text(MESSAGE))
            self.errors.addTopLevelItem(item)
        self.errors.setVisible(bool(errors))

    def _show_result(self, text: str, level: str) -> None:
        self.result.setText(text)
        self.result.setProperty("outcome", level)
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)

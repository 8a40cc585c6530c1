"""The queue as an Excel workbook (.xlsx): the rows the queue shows, its columns in their
order on screen, headers as the officer reads them. Read on the GUI thread (a snapshot of
the view, no I/O), written by openpyxl on the runner's write worker."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QTableView, QWidget

from console.models import center_time
from console.models.pending import MARK
from console.tasks import TaskRunner

SHEET_MAX = 31  # Excel's limit for a sheet name
WIDTH_MAX = 60


@dataclass(frozen=True)
class QueueTable:
    """What the queue shows: headers and rows of text, in screen order."""

    headers: list[str]
    rows: list[list[str]]
    title: str
    exported_at: datetime
    by: str


def visible_table(view: QTableView) -> tuple[list[str], list[list[str]]]:
    """Headers and cells of the view: visible columns in their visual order, every row the
    model holds (the queue's model holds exactly the rows its filter shows), top to bottom."""
    model, header = view.model(), view.horizontalHeader()
    columns = [
        header.logicalIndex(visual)
        for visual in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(visual))
    ]
    display = Qt.ItemDataRole.DisplayRole
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal, display) or "") for c in columns]
    rows = []
    for row in range(model.rowCount()):
        cells = [str(model.index(row, c).data(display) or "") for c in columns]
        rows.append([cell.removeprefix(MARK) for cell in cells])
    return headers, rows


def _width(text: str) -> int:
    """Columns wide enough for the text: CJK characters take two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def write_xlsx(path: Path, table: QueueTable) -> Path:
    """Write the workbook (on a worker thread): to a temporary file, then moved in place."""
    from openpyxl import Workbook  # noqa: PLC0415 - loaded only when exporting
    from openpyxl.styles import Alignment, Font, PatternFill  # noqa: PLC0415

    book = Workbook()
    sheet = book.active
    sheet.title = table.title[:SHEET_MAX]
    sheet.append(table.headers)
    for row in table.rows:
        sheet.append(row)
    bold, fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1F3A5F")
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(horizontal="center", vertical="center")
    sheet.freeze_panes = "A2"
    if table.headers:
        sheet.auto_filter.ref = sheet.dimensions
    for index, header in enumerate(table.headers, start=1):
        longest = max([_width(header)] + [_width(row[index - 1]) for row in table.rows[:500]])
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = min(WIDTH_MAX, longest + 2)
    book.properties.creator = table.by
    book.properties.title = table.title
    book.properties.created = table.exported_at.replace(tzinfo=None)
    handle, temp = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        book.save(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


class QueueExport(QObject):
    """Exports what the queue shows; says when the file is written or why not."""

    written = Signal(str)  # the path
    failed = Signal(str)  # why

    def __init__(
        self,
        view: QTableView,
        runner: TaskRunner,
        by: str,
        parent: QWidget,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._runner = runner
        self._by = by
        self._parent = parent
        self._now = now or (lambda: datetime.now(center_time.CENTER))
        self._folder = ""
        self.last: QueueTable | None = None

    def choose(self) -> None:
        """Ask where to save, then export."""
        stamp = self._now().strftime("%Y%m%d-%H%M")
        name = self.tr("Case queue %1.xlsx").replace("%1", stamp)
        start = str(Path(self._folder) / name) if self._folder else name
        path, _filter = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export the queue"), start, self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self._folder = str(Path(path).parent)
            self.export_to(Path(path))

    def export_to(self, path: Path) -> QueueTable:
        """Snapshot the queue now and write it to `path` in the background."""
        headers, rows = visible_table(self._view)
        table = QueueTable(headers, rows, self.tr("Case queue"), self._now(), self._by)
        self.last = table
        self._runner.run(
            lambda: write_xlsx(path, table),
            lambda done: self.written.emit(str(done)),
            on_error=lambda exc: self.failed.emit(str(exc)),
            what=self.tr("Exporting the queue"),
            write=True,
        )
        return table

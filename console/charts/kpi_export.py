"""The 督考 table as an Excel workbook: the rows in their order on screen, figures as numbers
(rates as percentages), the totals last; a second sheet says the period, the grouping, the
score's formula, who exported it and when. Snapshotted on the GUI thread, written by
openpyxl on a worker (the runner's write worker), to a temporary file moved into place.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from console.charts.kpi_columns import COLUMNS

SHEET_MAX = 31  # Excel's limit for a sheet name
NUMBER_FORMATS = {"rate": "0.0%", "hours": "0.0", "score": "0.0", "count": "#,##0"}


@dataclass(frozen=True)
class KpiWorkbook:
    """What is written: headers, rows of values, and the facts of the second sheet."""

    title: str
    headers: list[str]
    rows: list[list[Any]]
    kinds: list[str]
    about: list[tuple[str, str]]
    exported_at: datetime
    by: str


def cell_values(row: dict[str, Any]) -> list[Any]:
    """A row's figures as a spreadsheet holds them: rates as fractions (shown as %)."""
    values: list[Any] = []
    for column in COLUMNS:
        value = row.get(column.field)
        if column.kind == "rate" and value is not None:
            value = float(value) / 100.0
        values.append(value)
    return values


def _width(text: str) -> int:
    """Columns wide enough for the text: CJK characters take two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def write_kpi_xlsx(path: Path, book_data: KpiWorkbook) -> Path:
    """Write the workbook (on a worker thread)."""
    from openpyxl import Workbook  # noqa: PLC0415 - loaded only when exporting
    from openpyxl.styles import Alignment, Font, PatternFill  # noqa: PLC0415

    book = Workbook()
    sheet = book.active
    sheet.title = book_data.title[:SHEET_MAX]
    sheet.append(book_data.headers)
    for row in book_data.rows:
        sheet.append(row)
    bold, fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1F3A5F")
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for index, kind in enumerate(book_data.kinds, start=1):
        number_format = NUMBER_FORMATS.get(kind)
        if number_format is None:
            continue
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            cell.number_format = number_format
    if book_data.rows:
        for cell in sheet[sheet.max_row]:  # the totals row
            cell.font = Font(bold=True)
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, header in enumerate(book_data.headers, start=1):
        names = [_width(str(row[0])) for row in book_data.rows] if index == 1 else [10]
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = min(60, max([_width(header), *names]) + 2)
    about = book.create_sheet("说明")
    for name, value in book_data.about:
        about.append([name, value])
    about.column_dimensions["A"].width = 16
    about.column_dimensions["B"].width = 90
    book.properties.creator = book_data.by
    book.properties.title = book_data.title
    book.properties.created = book_data.exported_at.replace(tzinfo=None)
    handle, temp = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        book.save(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path

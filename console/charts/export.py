"""Writing a chart out: its picture as PNG, its shown data as CSV (run on a worker thread)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QImage

Table = tuple[list[str], list[list[object]]]


def cell(value: object) -> str:
    """A value as a spreadsheet reads it: no value is an empty cell; floats as the server sent
    them (the shortest text that reads back the same number, never rounded)."""
    return "" if value is None else str(value)


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    """UTF-8 with BOM (Excel opens the Chinese names right), one row per shown data point."""
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(list(header))
        writer.writerows([cell(v) for v in row] for row in rows)
    return path


def write_png(path: Path, image: QImage) -> Path:
    """Save an image grabbed on the GUI thread (QImage, unlike QPixmap, may cross threads)."""
    path = Path(path)
    # PySide6 stub: the format is a str at run time (bytes are refused), the stub says bytes.
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise OSError(f"could not write {path}: check the folder exists and is writable")
    return path

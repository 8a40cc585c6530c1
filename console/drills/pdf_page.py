"""The first page of a PDF as an image (the after-action report's, shown beside its summary).

For a worker thread: the bytes go through a temporary file (QPdfDocument reads a file at
once; a device may be read later), rendered with QtPdf into a QImage, which crosses threads
safely. No widgets here."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument


def first_page(pdf: bytes, width: int) -> tuple[QImage | None, int]:
    """(the first page `width` pixels wide, the number of pages); (None, 0) for bytes
    that are no readable PDF."""
    handle, name = tempfile.mkstemp(prefix="cc-drill-report-", suffix=".pdf")
    path = Path(name)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(pdf)
        document = QPdfDocument()
        if document.load(str(path)) != QPdfDocument.Error.None_:
            return None, 0
        pages = document.pageCount()
        if pages < 1:
            return None, 0
        size = document.pagePointSize(0)
        height = round(width * size.height() / size.width()) if size.width() > 0 else width
        image = document.render(0, QSize(width, height))
        document.close()
        if image.isNull():
            return None, pages
        page = QImage(image.size(), QImage.Format.Format_RGB32)
        page.fill(QColor("white"))  # the page is paper, whatever the theme behind it
        painter = QPainter(page)
        painter.drawImage(0, 0, image)
        painter.end()
        return page, pages
    finally:
        path.unlink(missing_ok=True)

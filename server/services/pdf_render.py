"""PDFs are drawn in a child process, never in the server's own.

fpdf2 parses the CJK font (Noto Sans CJK: ~20 MB) and subsets it in pure Python, a second or
two per document, and while it did that in the server's process it held the interpreter lock
against every request: with the scheduler making 通报 bulletins as overdue cases reached the
ladder's third rung, the feed's answers and the officers' actions waited up to ~250 ms
(benchmarks/queue.py, latency phase; py-spy showed the scheduler thread in fontTools). So one
child process (started on first use, `spawn`, at a lower CPU priority) draws every PDF: the
bulletins, the economy brief, the drill report; the caller waits for the bytes.

A drawing function is `draw(font_path, font_face, *args) -> bytes`, defined at module level
in a module that imports little (the child imports it); the font is found here, in the
server's process, so that `CC_PDF_FONT` is read where it is set. The font: `CC_PDF_FONT` (a
TrueType/OpenType file or collection), else the first of `FONT_CANDIDATES` found on the
machine (scripts/bootstrap.sh installs fonts-noto-cjk).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from functools import lru_cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FONT_ENV = "CC_PDF_FONT"
FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
)
TIMEOUT_SECONDS = 120.0  # one document; past it the child is ended and a new one started
NICENESS = 10  # the child yields the cores to the server's requests

Draw = Callable[..., bytes]


class PdfError(RuntimeError):
    """A PDF could not be made (no usable font, a broken font file, the child process lost)."""


@lru_cache(maxsize=4)
def find_font(configured: str | None = None) -> tuple[str, int]:
    """The font file to draw with and, for a collection, the face (Simplified Chinese)."""
    candidates = [configured] if configured else list(FONT_CANDIDATES)
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate, _simplified_face(candidate)
    raise PdfError(
        f"no CJK font for PDFs: set {FONT_ENV} to a .ttf/.otf/.ttc file"
        + ("" if configured else f" or install fonts-noto-cjk ({FONT_CANDIDATES[0]})")
    )


def _simplified_face(path: str) -> int:
    if not path.lower().endswith(".ttc"):
        return 0
    from fontTools.ttLib import TTCollection

    with TTCollection(path, lazy=True) as collection:
        for number, font in enumerate(collection.fonts):
            name = font["name"].getDebugName(4) or ""
            if name.endswith(" SC") or "SC " in name or "GB" in name:
                return number
    return 0


def open_document(path: str, face: int, *, margin: float, title: str) -> Any:
    """A new A4 portrait `fpdf.FPDF` with the CJK font as "cjk" (for drawing functions)."""
    from fpdf import FPDF

    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_margins(margin, margin, margin)
    pdf.set_auto_page_break(auto=True, margin=margin)
    try:
        pdf.add_font("cjk", fname=path, collection_font_number=face)
    except Exception as exc:  # fpdf2 raises assorted errors for an unusable font file
        raise PdfError(f"the font {path} cannot be used: {exc}") from exc
    pdf.set_title(title)
    pdf.set_creator("cc-server")
    return pdf


def render(draw: Draw, *args: Any) -> bytes:
    """`draw(font_path, font_face, *args)` run in the PDF process; its bytes."""
    path, face = find_font(os.environ.get(FONT_ENV) or None)
    return _PROCESS.run(draw, path, face, *args)


def shutdown() -> None:
    """End the PDF process (the server stops; a later `render` starts another)."""
    _PROCESS.close()


class _PdfProcess:
    """One child process, started on first use and started again after it is lost."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None

    def run(self, draw: Draw, *args: Any) -> bytes:
        pool = self._started()
        try:
            return pool.submit(draw, *args).result(timeout=TIMEOUT_SECONDS)
        except FutureTimeout:
            self._end(pool)
            raise PdfError(f"drawing the PDF took over {TIMEOUT_SECONDS:.0f} s") from None
        except BrokenProcessPool as exc:
            self._end(pool)
            raise PdfError(f"the PDF process ended unexpectedly ({exc})") from None

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def _started(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_lower_priority,
                )
            return self._pool

    def _end(self, pool: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is pool:
                self._pool = None
        for process in list(getattr(pool, "_processes", {}).values()):
            process.kill()  # a hung child: shutdown alone would wait for it
        pool.shutdown(wait=False, cancel_futures=True)
        log.warning("the PDF process was ended; the next PDF starts another")


def _lower_priority() -> None:
    try:
        os.nice(NICENESS)
    except OSError:  # not allowed here: the child draws at the server's priority
        pass


_PROCESS = _PdfProcess()

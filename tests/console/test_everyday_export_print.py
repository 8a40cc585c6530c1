"""The queue to .xlsx (the rows and columns the officer sees, in their order) and the 交办单
as an A4 PDF in a CJK font, checked with openpyxl, pdftotext and pdftoppm."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PIL import Image
from PySide6.QtCore import QCoreApplication, Qt

from console.models.center_time import CENTER
from console.models.columns import CLOCK_COLUMNS, COLUMN_INDEX
from console.panes.queue_export import visible_table
from tests.console.conftest import WAIT_MS, Api
from tests.console.everyday_support import compile_qm, everyday_window, install_qm

PRINTED_AT = datetime(2026, 12, 7, 10, 30, tzinfo=CENTER)


@pytest.fixture(scope="module", autouse=True)
def _everyday_zh(zh_cn: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    qm, _missing = compile_qm(Path(tmp_path_factory.mktemp("everyday_ts")))
    translator = install_qm(qm)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_export_holds_the_visible_rows_and_columns_in_screen_order(
    server: Any, open_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window, everyday = everyday_window(open_window, qtbot, server)
    queue = window.queue
    model, view, header = window.ctx.model, queue.view, queue.view.horizontalHeader()
    total = model.rowCount()
    queue.channel_combo.setCurrentIndex(queue.channel_combo.findData("grid"))
    qtbot.waitUntil(lambda: 0 < model.rowCount() < total, timeout=WAIT_MS)
    for column in COLUMN_INDEX.values():  # a small screen hides some by default
        view.setColumnHidden(column, False)
    view.setColumnHidden(COLUMN_INDEX["street"], True)
    header.moveSection(header.visualIndex(COLUMN_INDEX["title"]), 0)  # the title first
    path = tmp_path / "队列.xlsx"
    with qtbot.waitSignal(everyday.export.written, timeout=WAIT_MS):
        table = everyday.export.export_to(path)
    sheet = load_workbook(path).active
    cells = [[c if c is not None else "" for c in row] for row in sheet.iter_rows(values_only=True)]
    headers, rows = cells[0], cells[1:]
    shown = [header.logicalIndex(v) for v in range(header.count())]
    shown = [c for c in shown if not header.isSectionHidden(c)]
    assert (
        headers == [model.headerData(c, Qt.Orientation.Horizontal) for c in shown] == table.headers
    )
    assert headers[0] == "标题" and "街道" not in headers and "剩余时限" in headers
    assert headers == visible_table(view)[0]
    assert rows == table.rows and len(rows) == model.rowCount()
    # Row by row the queue's order, every cell as shown (the countdowns move on each second).
    steady = [i for i, c in enumerate(shown) if c not in CLOCK_COLUMNS]
    for row, cells_ in enumerate(rows):
        on_screen = [str(model.index(row, shown[i]).data() or "") for i in steady]
        assert [cells_[i] for i in steady] == [t.removeprefix("⏳ ") for t in on_screen]
    refs = [model.case_at(r).ref for r in range(model.rowCount())]
    assert [row[headers.index("编号")] for row in rows] == refs
    assert {row[headers.index("渠道")] for row in rows} == {"网格上报"}  # only what is shown
    assert len(headers) == len(COLUMN_INDEX) - 1


def test_the_assignment_sheet_renders_as_a_pdf_with_the_case_number(
    server: Any, open_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    if not (shutil.which("pdftotext") and shutil.which("pdftoppm")):
        pytest.skip("poppler-utils (pdftotext, pdftoppm) not installed")
    api = Api(server)
    case = api.create(
        title="交办单测试：夜间施工噪声",
        description="新中社区12幢旁工地每晚施工到凌晨，居民无法休息。",
        reporter_name="王先生",
        reporter_phone="139 0513 2222",
    )
    case = api.act(api.act(case, "register"), "dispatch", department="ecology", note="请尽快处理")
    window, everyday = everyday_window(open_window, qtbot, server)
    qtbot.waitUntil(lambda: window.ctx.model.case(case["id"]) is not None, timeout=WAIT_MS)
    window.ctx.selection.set(case["id"])
    qtbot.waitUntil(everyday.actions["everyday_sheet_pdf"].isEnabled, timeout=WAIT_MS)
    everyday.sheet._now = lambda: PRINTED_AT  # the printing time, injected
    pdf = tmp_path / "交办单.pdf"
    with qtbot.waitSignal(everyday.sheet.saved, timeout=WAIT_MS):
        everyday.sheet.save_pdf(window.ctx.model.case(case["id"]), pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    # Qt maps some CJK glyphs back to their Kangxi radical look-alikes (心 → ⼼) in the
    # PDF's text layer; NFKC folds them back.
    text = unicodedata.normalize("NFKC", text)
    assert case["ref"] in text
    flat = "".join(text.split())  # table cells wrap
    for words in ("交办单", "夜间施工噪声", "区生态环境局", "139****2222", "请尽快处理"):
        assert words in flat, words
    assert "05132222" not in flat  # the reporter's number is masked on paper
    assert "2026-12-0710:30" in flat
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(tmp_path / "page")], check=True)
    [page] = sorted(tmp_path.glob("page*.png"))
    image = Image.open(page).convert("L")
    width, height = image.size
    assert abs(height / width - 297 / 210) < 0.02  # A4
    assert image.getextrema()[0] < 100  # ink on the page
    info = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "CJK" in info or "Noto" in info or "WenQuanYi" in info, info

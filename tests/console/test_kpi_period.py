"""The 督考 page against a real cc-server: a period's table, sorting, the .xlsx export, the
cases behind a figure, the undispatched row, and the administrator's weights."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, cast

import requests
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt

from console.charts.kpi_columns import COLUMNS, name_header
from console.charts.pane import ChartsPane
from console.models import center_time
from tests.console.conftest import WAIT_MS

INTAKE = [c.field for c in COLUMNS].index("intake")
OVERDUE = [c.field for c in COLUMNS].index("overdue_open")


def get(server: Any, path: str, user: str = "supervisor", **params: Any) -> dict[str, Any]:
    response = requests.get(
        f"{server.url}{path}", params=params, headers=server.headers(user), timeout=30
    )
    assert response.status_code == 200, response.text
    return cast(dict[str, Any], response.json())


def kpi_page_of(window: Any, qtbot: Any) -> ChartsPane:
    """The charts pane with its 督考 page shown and its first table in."""
    pane = window.panes["charts"]
    assert isinstance(pane, ChartsPane)
    window.docks["charts"].show()
    page = pane.kpi_page.parentWidget()
    assert page is not None
    pane.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: bool(pane.kpi_page.body_data), timeout=WAIT_MS)
    return pane


def pick(qtbot: Any, pane: ChartsPane, code: str) -> dict[str, Any]:
    """Choose a named period; the answer it brings."""
    pane.kpi_page.picker.choose(code)
    qtbot.waitUntil(lambda: pane.kpi_page.body_data.get("period") == code, timeout=WAIT_MS)
    return pane.kpi_page.body_data


def body_from(page: Any) -> str:
    return str(page.body_data["from"])


def figures(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in ("counts", "_totals")}


def test_picking_a_month_shows_that_months_table(server: Any, open_window: Any, qtbot: Any) -> None:
    window = open_window(server, "supervisor")
    pane = kpi_page_of(window, qtbot)
    shown = pick(qtbot, pane, "month")
    served = get(server, "/api/v1/kpis", by="department", period="month")
    start = datetime.fromisoformat(served["from"])
    assert (start.day, start.hour, start.minute) == (1, 0, 0)
    assert shown["from"] == served["from"]
    assert figures(shown["totals"]) == figures(served["totals"])
    table = pane.kpi_page.table_view
    rows = table.shown_rows()
    assert rows[-1]["key"] == "all"  # the totals, last
    with_cases = {r["key"] for r in served["rows"] if r["intake"] or r["overdue_open"]}
    assert {r["key"] for r in rows[:-1]} >= with_cases
    # Every figure of a row shown as the server gave it.
    listed = next(r for r in rows if r["key"] in with_cases)
    model = table.model()
    index = table.cell_index(listed["key"], "intake")
    assert model.data(index) == f"{listed['intake']:,}"
    assert str(shown["totals"]["overdue_open"]) in pane.kpi_page.title.text()
    assert "0.3" in pane.kpi_page.formula.text()  # the score's formula, default weights
    # The header and the rows agree: overdue summed over the rows is the header's.
    assert sum(r["overdue_open"] for r in served["rows"]) == served["totals"]["overdue_open"]


def test_a_range_of_days_asks_for_those_days(server: Any, open_window: Any, qtbot: Any) -> None:
    window = open_window(server, "supervisor")
    pane = kpi_page_of(window, qtbot)
    today = datetime.now(center_time.CENTER).date()
    first = today - timedelta(days=6)
    pane.kpi_page.picker.choose_days(first, today)
    qtbot.waitUntil(lambda: pane.kpi_page.body_data.get("period") is None, timeout=WAIT_MS)
    body = pane.kpi_page.body_data
    assert body["from"] == f"{first.isoformat()}T00:00:00+08:00"
    assert body["to"] == f"{(today + timedelta(days=1)).isoformat()}T00:00:00+08:00"
    assert pane.kpi_page.picker.first.isVisible()


def test_sorting_by_a_figure_keeps_the_totals_last(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window = open_window(server, "supervisor")
    pane = kpi_page_of(window, qtbot)
    pick(qtbot, pane, "quarter")
    table = pane.kpi_page.table_view
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        table.sortByColumn(INTAKE, order)
        rows = table.shown_rows()
        assert rows[-1]["key"] == "all"
        intakes = [r["intake"] for r in rows[:-1]]
        descending = order == Qt.SortOrder.DescendingOrder
        assert intakes == sorted(intakes, reverse=descending)
    # A click on the header sorts too.
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(OVERDUE) + header.sectionSize(OVERDUE) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    assert header.sortIndicatorSection() == OVERDUE
    overdue = [r["overdue_open"] for r in table.shown_rows()[:-1]]
    assert overdue in (sorted(overdue), sorted(overdue, reverse=True))


def test_export_writes_a_workbook_of_the_table_as_shown(
    server: Any, open_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = open_window(server, "supervisor")
    pane = kpi_page_of(window, qtbot)
    pick(qtbot, pane, "month")
    page = pane.kpi_page
    page.table_view.sortByColumn(INTAKE, Qt.SortOrder.DescendingOrder)
    target = tmp_path / "督考.xlsx"
    with qtbot.waitSignal(page.xlsx_written, timeout=WAIT_MS) as written:
        page.export_xlsx(target)
    assert written.args == [str(target)]
    book = load_workbook(target)
    sheet = book.worksheets[0]
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    shown = page.table_view.shown_rows()
    assert values[0][0] == name_header("department") and len(values[0]) == len(COLUMNS)
    assert len(values) == 1 + len(shown)
    assert [v[0] for v in values[1:]] == [r["name"] for r in shown]
    assert values[-1][0] == "全部"
    assert values[-1][INTAKE] == shown[-1]["intake"]
    rate = [c.field for c in COLUMNS].index("closure_rate")
    totals_rate = shown[-1]["closure_rate"]
    if totals_rate is not None:
        assert abs(values[-1][rate] - totals_rate / 100) < 1e-9
        assert sheet.cell(row=len(values), column=rate + 1).number_format == "0.0%"
    about = [str(value) for row in book["说明"].iter_rows(values_only=True) for value in row]
    assert any("0.3" in value for value in about)  # the score's formula, with the period
    assert body_from(page) in about
    assert not list(tmp_path.glob("*.xlsx.tmp*"))


def test_a_figure_lists_its_cases_and_enter_shows_one(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window = open_window(server, "supervisor")
    pane = kpi_page_of(window, qtbot)
    body = pick(qtbot, pane, "quarter")
    table = pane.kpi_page.table_view
    row = max(body["rows"], key=lambda r: r["counts"]["intake"])
    index = table.cell_index(row["key"], "intake")
    assert index.isValid()
    table.setCurrentIndex(index)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.kpi_cases is not None, timeout=WAIT_MS)
    dialog = pane.kpi_cases
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.count == row["intake"], timeout=WAIT_MS)
    served = get(server, "/api/v1/kpis/cases", key=row["key"], figure="intake", period="quarter")
    assert [c.id for c in dialog.cases] == served["case_ids"][: len(dialog.cases)]
    assert dialog.results.topLevelItemCount() == len(dialog.cases)
    first = dialog.cases[0]
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.selection.case_id == first.id, timeout=WAIT_MS)


def test_the_undispatched_rows_red_bar_lists_its_cases(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    """Cases not yet dispatched are overdue under 未派遣: the bars add up to the header, and
    that bar, which no queue filter can show, lists its cases."""
    window = open_window(server, "supervisor")
    pane = kpi_page_of(window, qtbot)
    body = pane.kpi_page.body_data
    rows = {r["key"]: r for r in body["rows"]}
    assert sum(r["overdue_open"] for r in rows.values()) == body["totals"]["overdue_open"]
    undispatched = rows.get("undispatched")
    assert undispatched is not None and undispatched["overdue_open"] > 0, "demo: red intake"
    assert undispatched["name"] == "未派遣"
    with qtbot.waitSignal(pane.kpis.cases_requested, timeout=WAIT_MS):
        pane.kpis.request_filter("undispatched")
    qtbot.waitUntil(lambda: pane.kpi_cases is not None, timeout=WAIT_MS)
    dialog = pane.kpi_cases
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.count == undispatched["overdue_open"], timeout=WAIT_MS)
    assert all(c.department is None for c in dialog.cases)


def test_an_admin_changes_the_weights_and_the_formula_follows(
    own_server: Any, open_window: Any, qtbot: Any
) -> None:
    window = open_window(own_server, "admin")
    pane = kpi_page_of(window, qtbot)
    assert pane.kpi_page.weights_button is not None
    dialog = pane.open_weights()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT_MS)
    assert dialog.version == 0
    dialog.spins["closure"].setValue(0.5)
    assert "120" in dialog.best.text()
    dialog.spins["on_time_closure"].setValue(0.1)
    assert "100" in dialog.best.text()
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save()
    assert get(own_server, "/api/v1/kpis/weights", "admin")["closure"] == 0.5
    qtbot.waitUntil(lambda: "0.5" in pane.kpi_page.formula.text(), timeout=WAIT_MS)
    assert "权重第 1 版" in pane.kpi_page.formula.text()  # and who set them


def test_only_an_admin_is_offered_the_weights(server: Any, open_window: Any, qtbot: Any) -> None:
    window = open_window(server, "supervisor")
    assert kpi_page_of(window, qtbot).kpi_page.weights_button is None

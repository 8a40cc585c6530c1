"""A case chosen elsewhere while the queue shows the volunteer requests (志愿服务), against a
real cc-server: Enter on a 督办 board item, on an alert or on a case of a floating pane's
list puts the queue back on the cases (案件), current on that case, and the dispatch pane on
it, never left on the request it showed before."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from console.panes.alerts_pane import AlertsPane
from console.panes.dispatch_pane import DispatchPane
from console.panes.queue_filters import CASES, VOLUNTEERS
from console.shell.main_window import MainWindow
from tests.console.conftest import WAIT_MS, Api
from tests.console.test_kpi_period import kpi_page_of, pick
from tests.console.test_supervision_board import board_of, go_to
from tests.console.test_volunteer_pane import Center
from tests.console.test_volunteer_queue import choose, dispatch_of, volunteer_view
from tests.support.live_server import LiveServer
from widgets.tree_rows import top_item


def on_the_request(window: MainWindow, qtbot: Any, request_id: int) -> DispatchPane:
    """The queue on 志愿服务, this request current: the dispatch pane's team picker on it."""
    queue, view = volunteer_view(window, qtbot)
    choose(view, qtbot, request_id)
    dispatch = dispatch_of(window)
    qtbot.waitUntil(
        lambda: (
            dispatch.volunteer_page is not None and dispatch.volunteer_page.request_id == request_id
        ),
        timeout=WAIT_MS,
    )
    assert dispatch.pages.currentWidget() is dispatch.volunteer_page
    assert queue.filters.kind() == VOLUNTEERS
    return dispatch


def another_case_current(window: MainWindow, qtbot: Any, case_id: int) -> int:
    """Another case current in the queue (before the requests are shown); its id."""
    model = window.ctx.model
    qtbot.waitUntil(lambda: model.rowCount() > 1, timeout=WAIT_MS)
    before = next(c.id for c in (model.case_at(0), model.case_at(1)) if c and c.id != case_id)
    assert window.queue.select_case(before)
    return before


def on_the_case(window: MainWindow, dispatch: DispatchPane, case_id: int) -> None:
    """The queue back on the cases, this case current in it, the pane and the selection."""
    queue = window.queue
    assert queue.filters.kind() == CASES
    assert queue.pages.currentWidget() is queue.view and queue.search.isVisible()
    assert queue.current_case_id() == case_id
    assert window.ctx.selection.case_id == case_id
    assert dispatch.pages.currentWidget() is dispatch.case_page
    assert not dispatch.showing_volunteers()
    assert dispatch.case_id == case_id


@pytest.mark.parametrize("role", ["duty_officer", "supervisor"])
def test_a_board_item_chosen_while_the_requests_are_shown(
    server: LiveServer, open_window: Any, qtbot: Any, role: str
) -> None:
    api = Api(server)
    case = api.act(api.create(title="测试：督办台选中案件"), "register")
    case = api.act(case, "supervise", note="请尽快派遣")
    request = Center(server).create(description="帮忙更换楼道灯泡")
    window: MainWindow = open_window(server, role)
    board = board_of(window, qtbot)
    qtbot.waitUntil(lambda: case["id"] in board.items_model.case_ids(), timeout=WAIT_MS)
    before = another_case_current(window, qtbot, case["id"])
    dispatch = on_the_request(window, qtbot, request["id"])
    chosen: list[int] = []
    window.ctx.selection.changed.connect(chosen.append)

    go_to(board, case["id"], qtbot)
    QTest.keyClick(board.items_view, Qt.Key.Key_Return)
    on_the_case(window, dispatch, case["id"])
    assert before not in chosen  # the row current before the requests is not the panes' again
    assert board.items_view.hasFocus()  # the keyboard stays on the board


def test_an_alert_chosen_while_the_requests_are_shown(
    server: LiveServer, open_window: Any, qtbot: Any
) -> None:
    request = Center(server).create(description="帮忙搬运旧家具")
    window: MainWindow = open_window(server, "duty_officer")
    book = window.ctx.alerts
    case = Api(server).create(title="测试：特急 燃气泄漏", category="noise", urgency="emergency")
    qtbot.waitUntil(lambda: book.alert_for(case["id"]) is not None, timeout=WAIT_MS)
    before = another_case_current(window, qtbot, case["id"])
    dispatch = on_the_request(window, qtbot, request["id"])
    chosen: list[int] = []
    window.ctx.selection.changed.connect(chosen.append)

    listed = window.panes["alerts"]
    assert isinstance(listed, AlertsPane)
    window.pane_docks.show_pane("alerts")
    tree = listed.tree
    items = [top_item(tree, n) for n in range(tree.topLevelItemCount())]
    tree.setCurrentItem(next(item for item in items if item.text(1) == case["ref"]))
    tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_Return)
    on_the_case(window, dispatch, case["id"])
    assert before not in chosen


def test_a_case_chosen_in_a_floating_charts_pane_while_the_requests_are_shown(
    server: LiveServer, open_window: Any, qtbot: Any
) -> None:
    """The 督考 figures' case list on a floating charts pane (a second screen): a pane that
    reaches the window only through the shared selection."""
    request = Center(server).create(description="帮忙清理楼道杂物")
    window: MainWindow = open_window(server, "supervisor")
    pane = kpi_page_of(window, qtbot)
    window.docks["charts"].setFloating(True)  # its window() is no longer the main window
    body = pick(qtbot, pane, "quarter")
    dispatch = on_the_request(window, qtbot, request["id"])

    table = pane.kpi_page.table_view
    row = max(body["rows"], key=lambda r: r["counts"]["intake"])
    table.setCurrentIndex(table.cell_index(row["key"], "intake"))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.kpi_cases is not None, timeout=WAIT_MS)
    listed = pane.kpi_cases
    assert listed is not None
    qtbot.waitUntil(lambda: len(listed.cases) > 0, timeout=WAIT_MS)
    model = window.ctx.model
    at = next(n for n, c in enumerate(listed.cases) if model.row_of(c.id) >= 0)  # an open one
    listed.results.setCurrentItem(top_item(listed.results, at))
    qtbot.keyClick(listed.results, Qt.Key.Key_Return)
    on_the_case(window, dispatch, listed.cases[at].id)

"""Volunteer requests in the queue and the team picker in the dispatch pane (issue #21),
against a real cc-server: the queue's 志愿服务 choice (Alt+Q) shows the server's open
requests with their deadlines' colors, live as the feed reports them; Enter on one takes
the keyboard to the dispatch pane's team picker (the server's suggestion first), where
Enter offers it (派单) on the version shown; a version that moved on is refused with the
console's explanation; a done request is rated (评单) from there; choosing the cases again
finds the case queue exactly as it was."""

from __future__ import annotations

from typing import Any

import requests
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from console.panes.dispatch_pane import DispatchPane
from console.panes.queue_filters import CASES, VOLUNTEERS
from console.panes.queue_pane import QueuePane
from console.panes.volunteer_queue import VolunteerQueueModel, VolunteerQueueView
from console.volunteers import columns, rows
from console.volunteers.dialogs import RateDialog
from tests.console.conftest import WAIT_MS
from tests.console.test_volunteer_pane import Center
from tests.support.live_server import LiveServer

ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def activate(window: Any, qtbot: Any) -> None:
    """Offscreen no window is active by itself; a desktop's manager does this."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def open_ids(center: Center) -> set[int]:
    response = requests.get(
        f"{center.url}/requests", params={"open": "true", "limit": 500},
        headers=center.supervisor, timeout=30,
    )  # fmt: skip
    assert response.status_code == 200, response.text
    return {int(item["id"]) for item in response.json()["items"]}


def suggested(center: Center, request_id: int) -> list[str]:
    response = requests.get(
        f"{center.url}/requests/{request_id}/suggest", headers=center.supervisor, timeout=30
    )
    assert response.status_code == 200, response.text
    return [team["team"] for team in response.json()["items"]]


def shown_ids(view: VolunteerQueueView) -> set[int]:
    model = view.model
    return {int(model.data(model.index(row, 0), model.IdRole)) for row in range(model.rowCount())}


def cell(view: VolunteerQueueView, request_id: int, column: int, role: int = 0) -> Any:
    model = view.model
    return model.data(model.index(model.row_of(request_id), column), role)


def volunteer_view(window: Any, qtbot: Any) -> tuple[QueuePane, VolunteerQueueView]:
    """The queue switched to 志愿服务 from the keyboard: Alt+Q, ↓, Enter to the rows."""
    queue: QueuePane = window.queue
    assert queue.volunteers is not None and queue.filters.kind_combo is not None
    activate(window, qtbot)
    queue.view.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_Q, ALT)
    qtbot.waitUntil(queue.filters.kind_combo.hasFocus, timeout=WAIT_MS)
    QTest.keyClick(focused(), Qt.Key.Key_Down)
    assert queue.filters.kind() == VOLUNTEERS
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    view = queue.volunteers.view
    assert queue.pages.currentWidget() is view and not queue.search.isVisible()
    return queue, view


def dispatch_of(window: Any) -> DispatchPane:
    found = window.panes["dispatch"]
    assert isinstance(found, DispatchPane) and found.volunteer_page is not None
    return found


def choose(view: VolunteerQueueView, qtbot: Any, request_id: int) -> None:
    qtbot.waitUntil(lambda: view.model.row_of(request_id) >= 0, timeout=WAIT_MS)
    assert view.select_request(request_id)


def test_a_deadline_is_colored_as_the_cases_are() -> None:
    offered = {"id": 1, "state": "offered", "due_at": "2026-12-07T12:00:00+08:00"}
    noon = rows.due_epoch(offered)
    assert noon is not None
    assert rows.color(offered, noon - rows.WARN_SECONDS - 1) == "green"
    assert rows.color(offered, noon - rows.WARN_SECONDS) == "yellow"
    assert rows.color(offered, noon) == "red"
    assert rows.color({**offered, "overdue": True}, noon - 3600) == "red"  # the server's word
    assert rows.color({**offered, "state": "accepted", "due_at": None}, noon) is None
    assert rows.color({**offered, "state": "rated"}, noon + 1) is None
    assert columns.deadline_text(offered, noon - 90) == "00:01:30"
    assert columns.deadline_text(offered, noon + 90) == "-00:01:30"


def test_the_volunteer_filter_shows_the_open_requests_live_and_the_cases_come_back(
    qtbot: Any, server: LiveServer, open_window: Any
) -> None:
    center = Center(server)
    waiting = center.create(description="独居老人家中灯泡更换")
    offered = center.create(description="楼道清扫", category="cleaning", street="chengdong")
    center.act(offered["id"], "offer", team="youth")
    ended = center.create(description="居民已自行解决")
    center.act(ended["id"], "cancel", note="不需要了")
    window = open_window(server, "duty_officer")
    queue: QueuePane = window.queue
    qtbot.waitUntil(lambda: queue.view.model().rowCount() > 5, timeout=WAIT_MS)
    # The case queue as the officer left it: a filter, a current case, a scroll position.
    queue.street_combo.setCurrentIndex(0)
    queue.channel_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: queue.view.model().rowCount() > 1, timeout=WAIT_MS)
    queue.select_case(queue.view.model().case_at(1).id)
    before = (
        queue.current_filter(),
        queue.current_case_id(),
        queue.view.model().rowCount(),
        queue.view.horizontalHeader().sortIndicatorSection(),
        queue.view.verticalScrollBar().value(),
        queue.total_label.text(),
    )

    queue, view = volunteer_view(window, qtbot)
    qtbot.waitUntil(lambda: shown_ids(view) == open_ids(center), timeout=WAIT_MS)
    assert ended["id"] not in shown_ids(view) and view.table.hasFocus()
    assert window.ctx.selection.case_id == 0  # no case command acts on a hidden row
    assert cell(view, offered["id"], 1) == "已派单"
    assert cell(view, offered["id"], 3) == "城东"
    assert cell(view, offered["id"], 2) == "环境保洁"
    assert cell(view, offered["id"], 5) == "崇川区青年志愿者"
    assert cell(view, waiting["id"], 1) == "待派单"
    # the deadline counts down on the cases' badge: 2 hours to offer it, green for now
    assert cell(view, waiting["id"], columns.DEADLINE).startswith("01:")
    assert cell(view, waiting["id"], columns.DEADLINE, VolunteerQueueModel.ColorRole) == "green"
    assert "志愿服务" in view.summary.text()

    # a request taken down elsewhere appears at once; one cancelled there leaves
    made = center.create(description="帮忙搬运旧家具", street="xinchengqiao")
    qtbot.waitUntil(lambda: view.model.row_of(made["id"]) >= 0, timeout=WAIT_MS)
    center.act(waiting["id"], "cancel", note="居民住院")
    qtbot.waitUntil(lambda: view.model.row_of(waiting["id"]) < 0, timeout=WAIT_MS)
    assert shown_ids(view) == open_ids(center)

    # the cases again, exactly as they were
    queue.filters.set_kind(CASES)
    assert queue.pages.currentWidget() is queue.view and queue.search.isVisible()
    after = (
        queue.current_filter(),
        queue.current_case_id(),
        queue.view.model().rowCount(),
        queue.view.horizontalHeader().sortIndicatorSection(),
        queue.view.verticalScrollBar().value(),
        queue.total_label.text(),
    )
    assert after == before
    assert window.ctx.selection.case_id == before[1]
    assert dispatch_of(window).pages.currentWidget() is dispatch_of(window).case_page


def test_offer_from_the_dispatch_pane_a_stale_version_and_rating(
    qtbot: Any, server: LiveServer, open_window: Any
) -> None:
    center = Center(server)
    first = center.create(description="水龙头漏水")  # 虹桥, repairs: 飞牛小匠 first
    second = center.create(description="门锁损坏")
    done = center.create(description="帮忙修理门锁")
    center.act(done["id"], "offer", team="feiniu")
    center.act(done["id"], "accept", lead=True)
    center.act(done["id"], "done", lead=True, hours=1.5, note="已更换门锁")
    window = open_window(server, "duty_officer")
    _queue, view = volunteer_view(window, qtbot)
    dispatch = dispatch_of(window)
    page = dispatch.volunteer_page
    assert page is not None

    # Enter on a request: the dispatch pane's team picker, the server's suggestion first
    choose(view, qtbot, first["id"])
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert dispatch.pages.currentWidget() is page and page.request_id == first["id"]
    qtbot.waitUntil(page.teams.hasFocus, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.teams.count() > 0, timeout=WAIT_MS)
    listed = [page.teams.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.teams.count())]
    assert listed == suggested(center, first["id"])
    assert page.teams.chosen_team() == "feiniu"
    qtbot.waitUntil(page.send_button.isEnabled, timeout=WAIT_MS)
    assert "飞牛小匠志愿服务队" in page.send_button.text()
    with qtbot.waitSignal(page.written, timeout=WAIT_MS):
        QTest.keyClick(page.teams, Qt.Key.Key_Return)  # Enter offers to the chosen team
    on_server = center.get(first["id"])
    assert (on_server["state"], on_server["team"]) == ("offered", "feiniu")
    assert [step["action"] for step in on_server["history"]].count("offer") == 1
    qtbot.waitUntil(lambda: cell(view, first["id"], 1) == "已派单", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.send_button.isEnabled(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.buttons["withdraw"].isVisible(), timeout=WAIT_MS)

    # a colleague offers the next one first: ours goes on the version we saw, and is refused
    choose(view, qtbot, second["id"])
    qtbot.waitUntil(lambda: page.request_id == second["id"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.teams.count() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(page.send_button.isEnabled, timeout=WAIT_MS)
    center.act(second["id"], "offer", team="youth")  # the GUI has not heard of it yet
    with qtbot.waitSignal(page.refused, timeout=WAIT_MS) as refusal:
        assert page.send_offer()
    assert "已被他人改动" in refusal.args[0] and "崇川区青年志愿者" in refusal.args[0]
    assert page.message.text() == refusal.args[0] and page.message.property("refused")
    on_server = center.get(second["id"])
    assert (on_server["state"], on_server["team"]) == ("offered", "youth")
    assert [step["action"] for step in on_server["history"]].count("offer") == 1
    # the request now shows as it is: offered to the youth volunteers, nothing to offer
    qtbot.waitUntil(lambda: cell(view, second["id"], 5) == "崇川区青年志愿者", timeout=WAIT_MS)
    assert not page.send_button.isEnabled() and "已派单" in page.details.text()

    # done by the team: 评单 from the dispatch pane too
    choose(view, qtbot, done["id"])
    qtbot.waitUntil(lambda: page.buttons["rate"].isVisible(), timeout=WAIT_MS)
    assert not page.buttons["withdraw"].isVisible() and not page.teams.isEnabled()
    page.buttons["rate"].click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, RateDialog), timeout=WAIT_MS)
    rate = page.dialog
    assert isinstance(rate, RateDialog)
    rate.group.button(5).click()
    rate.comment.setPlainText("很及时")
    with qtbot.waitSignal(page.written, timeout=WAIT_MS):
        rate.accept()
    rated = center.get(done["id"])
    assert (rated["state"], rated["rating"], rated["rating_comment"]) == ("rated", 5, "很及时")
    qtbot.waitUntil(lambda: view.model.row_of(done["id"]) < 0, timeout=WAIT_MS)  # ended

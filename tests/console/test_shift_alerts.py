"""Alerts a duty officer cannot miss, and the counters that do not follow the search."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from console.models.alert_book import Alert
from console.models.case_table import CaseTableModel
from console.models.columns import COLUMN_INDEX
from console.panes.alerts_pane import AlertsPane
from tests.console.conftest import WAIT_MS, Api


def active(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)


def test_an_emergency_case_arriving_alerts_and_space_acknowledges_it(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window = open_window(server)
    active(window, qtbot)
    model, book = window.ctx.model, window.ctx.alerts
    raised: list[Alert] = []
    book.raised.connect(raised.append)
    played = window.sound.played
    case = Api(server).create(title="测试：特急 液化气泄漏", category="noise", urgency="emergency")
    qtbot.waitUntil(lambda: any(a.case_id == case["id"] for a in raised), timeout=WAIT_MS)
    alert = next(a for a in raised if a.case_id == case["id"])
    assert alert.kind == "urgent" and alert.urgency == "emergency"
    # Seen at a glance: first in the queue, the row tinted, 特急 as a tag, counted, listed.
    assert model.case_at(0).id == case["id"] or model.row_of(case["id"]) < len(model.alerted())
    row = model.row_of(case["id"])
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    urgency = model.index(row, COLUMN_INDEX["urgency"])
    assert urgency.data() == "特急" and urgency.data(CaseTableModel.TagRole) == "emergency"
    assert f"提醒 {book.count()}" in window.status.alerts.text()
    assert window.sound.played > played or window.sound.muted  # no audio device: tried, no harm
    assert window.alert_center.message(alert).startswith("新特急案件")
    listed = window.panes["alerts"]
    assert isinstance(listed, AlertsPane)
    texts = [listed.tree.topLevelItem(i).text(1) for i in range(listed.tree.topLevelItemCount())]
    assert case["ref"] in texts
    # Space on the case in the queue acknowledges it; the row goes back to its place.
    assert window.queue.select_case(case["id"])
    window.queue.view.setFocus()
    QTest.keyClick(window.queue.view, Qt.Key.Key_Space)
    assert book.alert_for(case["id"]) is None
    assert case["id"] not in model.alerted()
    assert case["ref"] not in [
        listed.tree.topLevelItem(i).text(1) for i in range(listed.tree.topLevelItemCount())
    ]
    # The same case changing again does not alert again (once per case).
    api = Api(server)
    api.act(api.act(case, "register"), "comment", note="已联系燃气公司")
    qtbot.waitUntil(lambda: model.case(case["id"]).state == "registered", timeout=WAIT_MS)
    assert [a.case_id for a in raised].count(case["id"]) == 1


def test_ctrl_k_and_the_alert_list_acknowledge(server: Any, open_window: Any, qtbot: Any) -> None:
    window = open_window(server)
    active(window, qtbot)
    book = window.ctx.alerts
    api = Api(server)
    first = api.create(title="测试：紧急 井盖缺失", category="noise", urgency="urgent")
    second = api.create(title="测试：特急 火情隐患", category="noise", urgency="emergency")
    qtbot.waitUntil(
        lambda: None not in (book.alert_for(first["id"]), book.alert_for(second["id"])),
        timeout=WAIT_MS,
    )
    # Ctrl+K acknowledges the current case's alert.
    assert window.queue.select_case(first["id"])
    window.queue.view.setFocus()
    QTest.keyClick(window.queue.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert book.alert_for(first["id"]) is None and book.alert_for(second["id"]) is not None
    # F9 brings the list, on the newest alert; Space acknowledges the selected one.
    QTest.keyClick(window.queue.view, Qt.Key.Key_F9)
    listed = window.panes["alerts"]
    assert isinstance(listed, AlertsPane)
    qtbot.waitUntil(listed.tree.hasFocus, timeout=WAIT_MS)
    while listed.selected_case_id() != second["id"]:
        QTest.keyClick(listed.tree, Qt.Key.Key_Down)
    QTest.keyClick(listed.tree, Qt.Key.Key_Space)
    assert book.alert_for(second["id"]) is None
    listed.acknowledge_all_button.click()
    assert book.count() == 0 and "提醒 0" in window.status.alerts.text()
    assert not window.ctx.model.alerted()


def test_the_color_counters_ignore_the_search_and_filters(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window = open_window(server)
    queue, model = window.queue, window.ctx.model
    qtbot.waitUntil(lambda: "已超时" in queue.count_labels["red"].text(), timeout=WAIT_MS)
    counts = model.counts()
    assert counts["red"] > 0
    shown = model.rowCount()
    queue.search.setText("这段文字不会出现在任何案件里")
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=WAIT_MS)
    queue._update_counts()  # noqa: SLF001 - what the next tick shows
    assert queue.count_labels["red"].text() == f"已超时 {counts['red']}"
    assert model.counts() == counts
    queue.clear_filters()
    qtbot.waitUntil(lambda: model.rowCount() == shown, timeout=WAIT_MS)
    queue.set_color("green")
    assert model.counts() == counts  # a color filter does not change what is counted either


def test_the_state_filter_takes_several_states(server: Any, open_window: Any, qtbot: Any) -> None:
    window = open_window(server)
    queue, model = window.queue, window.ctx.model
    states = queue.filters.state_filter
    assert states.summary() == "未办结"
    states.set_checked({"reported", "returned"})
    assert states.summary() == "待受理、已退回"
    shown = {model.case_at(r).state for r in range(model.rowCount())}
    assert shown == {"reported", "returned"}
    states.set_checked(set())
    assert states.summary() == "全部状态"
    assert {model.case_at(r).state for r in range(model.rowCount())} >= {"closed", "reported"}
    queue.clear_filters()
    assert states.summary() == "未办结"

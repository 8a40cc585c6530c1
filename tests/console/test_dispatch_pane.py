"""The dispatch pane as an officer meets it: keyboard path, routing and returns, what is missing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from console.shell.shortcuts import ShortcutsDialog
from tests.console.conftest import WAIT_MS, Api
from tests.console.dispatch_support import caught_up, fill, select, server_case

SHORTCUT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def active(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)


def test_a_case_worked_from_the_keyboard(server: Any, open_window: Any, qtbot: Any) -> None:
    api = Api(server)
    case = api.create(title="广场舞音响扰民", category="noise")
    window = open_window(server)
    active(window, qtbot)
    model, view = window.ctx.model, window.queue.view
    caught_up(window, api, case["id"], qtbot)
    assert window.queue.select_case(case["id"])

    def state() -> str:
        return model.case(case["id"]).state

    QTest.keyClick(view, Qt.Key.Key_R, SHORTCUT)  # register
    qtbot.waitUntil(lambda: state() == "registered", timeout=WAIT_MS)
    QTest.keyClick(view, Qt.Key.Key_D, SHORTCUT)  # dispatch to the suggested department
    qtbot.waitUntil(lambda: state() == "dispatched", timeout=WAIT_MS)
    assert server_case(api, case["id"])["department"] == "ecology"  # 噪声扰民 → 区生态环境局

    department = Api(server, "dept_ecology")
    resolved = department.act(department.act(server_case(api, case["id"]), "sign"), "resolve")
    qtbot.waitUntil(lambda: model.case(case["id"]).version == resolved["version"], timeout=WAIT_MS)
    QTest.keyClick(view, Qt.Key.Key_V, SHORTCUT)  # verify and close
    qtbot.waitUntil(lambda: server_case(api, case["id"])["state"] == "closed", timeout=WAIT_MS)

    # Closed, the case leaves the open queue and the officer is on the next one. Back to it,
    # for the other actions without the mouse: Ctrl+Shift+A into the list, ↓ to choose,
    # Enter into the form, type, Ctrl+Enter to send.
    qtbot.waitUntil(lambda: model.row_of(case["id"]) < 0, timeout=WAIT_MS)
    found = select(window, case["id"], qtbot)
    qtbot.waitUntil(lambda: found.offered_actions() == ["callback", "comment"], timeout=WAIT_MS)
    QTest.keyClick(view, Qt.Key.Key_A, SHORTCUT)
    qtbot.waitUntil(found.action_list.hasFocus, timeout=WAIT_MS)
    QTest.keyClick(found.action_list, Qt.Key.Key_Down)
    assert found.chosen_action() == "comment"
    QTest.keyClick(found.action_list, Qt.Key.Key_Return)
    qtbot.waitUntil(found.note.hasFocus, timeout=WAIT_MS)
    found.note.insertPlainText("已电话回访")  # typed through the input method
    QTest.keyClick(found.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: server_case(api, case["id"])["history"][-1]["note"] == "已电话回访",
        timeout=WAIT_MS,
    )
    actions = [h["action"] for h in server_case(api, case["id"])["history"]]
    assert actions[1:] == ["register", "dispatch", "sign", "resolve", "verify_pass", "comment"]

    # The callback's form: a result first; "unsatisfied" makes the note a required reason.
    fill(window, qtbot, "callback")
    assert found.blocker() == "请选择回访结果。" and not found.send_button.isEnabled()
    fill(window, qtbot, "callback", result="unsatisfied")
    assert found.note_caption.text() == "理由(必填)"
    assert found.blocker() == "请填写理由：回访必须说明原因。"
    fill(window, qtbot, "callback", result="satisfied")
    assert found.send_button.isEnabled()


def test_the_frequent_shortcuts_are_documented(server: Any, open_window: Any) -> None:
    window = open_window(server)
    menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), "menu_case")
    documented = {a.text(): a.shortcut().toString() for a in menu.actions() if a.text()}
    assert documented["受理立案"] == "Ctrl+Shift+R"
    assert documented["派遣到建议部门"] == "Ctrl+Shift+D"
    assert documented["核查结案"] == "Ctrl+Shift+V"
    assert documented["发送所选操作"] == "Ctrl+Return"
    dialog = ShortcutsDialog(window.registry, window)
    listed = [
        (dialog.tree.topLevelItem(i).child(j).text(0), dialog.tree.topLevelItem(i).child(j).text(1))
        for i in range(dialog.tree.topLevelItemCount())
        for j in range(dialog.tree.topLevelItem(i).childCount())
    ]
    assert ("派遣到建议部门", "Ctrl+Shift+D") in listed and ("派遣处置", "F3") in listed


def test_routing_first_returns_beside_and_what_is_missing(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    api = Api(server)
    near = {"lat": 32.0125, "lon": 120.8733}
    case = api.act(api.create(title="酒吧深夜噪声", category="noise", **near), "register")
    case = api.act(case, "dispatch", department="urban")  # the wrong department
    urban = Api(server, "dept_urban")
    urban.act(case, "return", note="非本部门职责，请转生态环境局")
    twin = api.create(title="酒吧半夜音乐声太大", category="noise", **near)
    window = open_window(server)
    caught_up(window, api, case["id"], qtbot)
    found = select(window, case["id"], qtbot)
    assert found.chosen_action() == "dispatch"  # the next step is offered first
    picker = found.departments
    qtbot.waitUntil(lambda: picker.returns.count() == 1, timeout=WAIT_MS)
    assert picker.codes()[0] == "ecology" and picker.selected() == "ecology"
    assert "按类别“噪声扰民”的派遣规则" in picker.reason_of("ecology")
    assert "曾退回本案 1 次" in picker.reason_of("urban")
    assert "✕" in picker.list.item(picker.codes().index("urban")).text()
    assert "非本部门职责" in picker.returns.item(0).text()
    assert "区城市管理局" in picker.returns.item(0).text()
    assert "本案退回记录：1 次" == picker.returns_title.text()
    assert "已退回 1 次" in found.meta.text()
    assert found.send_button.text() == "派遣 → 区生态环境局"
    qtbot.waitUntil(lambda: "到期" in found.deadline.text(), timeout=WAIT_MS)
    assert "剩余" in found.deadline.text() and "签收环节" in found.deadline.text()

    # The comment needs its text; the send button says so until it is given.
    fill(window, qtbot, "comment")
    assert not found.send_button.isEnabled()
    assert found.blocker_label.text() == "请填写备注内容。"
    fill(window, qtbot, "comment", note="已联系酒吧负责人")
    assert found.send_button.isEnabled()

    # The twin lists the case among its likely duplicates, with score, distance and time;
    # merge waits until one is chosen, and says where the twin goes.
    found = select(window, twin["id"], qtbot)
    qtbot.waitUntil(lambda: found.duplicates.choose(case["id"]), timeout=WAIT_MS)
    row = found.duplicates.currentItem()
    assert row.text(0).endswith("%") and row.text(1).endswith("米") and row.text(2).endswith("小时")
    assert "酒吧深夜噪声" in row.text(3)
    found.duplicates.setCurrentItem(None)
    fill(window, qtbot, "merge")
    assert found.blocker() == "请在疑似重复列表中选择要并入的案件。"
    found.duplicates.choose(case["id"])
    assert found.send_button.isEnabled()
    assert case["ref"] in found.parent_label.text() and "已合并" in found.parent_label.text()
    fill(window, qtbot, "escalate")
    assert found.blocker() == "请选择上报对象。"

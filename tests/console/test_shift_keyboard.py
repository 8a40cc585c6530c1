"""The keyboard path of a call: F6 to the form, 新建案件, one key to dispatch the new case; F-keys
that bring their pane forward; Ctrl+Enter wherever a case is selected."""

from __future__ import annotations

from typing import Any

import requests
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from console.panes.call_intake import CallIntakePane
from console.panes.dispatch_pane import DispatchPane
from tests.console.conftest import WAIT_MS, Api

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifiers)


def type_text(text: str) -> None:
    """ASCII as keys, Chinese committed as an input method commits it."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(focused(), char)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(char)
            QApplication.sendEvent(focused(), event)


def activate(window: Any, qtbot: Any) -> None:
    """Offscreen no window is active after a popup closes; a desktop's manager does this."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def server_case(api: Api, case_id: int) -> dict[str, Any]:
    response = requests.get(f"{api.url}/api/v1/cases/{case_id}", headers=api.headers, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def test_f6_the_form_then_one_key_dispatches_the_new_case(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window = open_window(server)
    activate(window, qtbot)
    qtbot.waitUntil(lambda: bool(window.ctx.reference.data), timeout=WAIT_MS)
    form, dispatch = window.panes["call_intake"], window.panes["dispatch"]
    assert isinstance(form, CallIntakePane) and isinstance(dispatch, DispatchPane)
    dock = window.docks["call_intake"]
    window.queue.view.setFocus()
    # F6: the form comes forward with the keyboard in it, on the first press.
    press(Qt.Key.Key_F6)
    qtbot.waitUntil(form.form.name.hasFocus, timeout=WAIT_MS)
    assert dock.isVisible() and form.isVisible()
    press(Qt.Key.Key_F6)  # it had the keyboard: now it goes
    qtbot.waitUntil(lambda: not dock.isVisible(), timeout=WAIT_MS)
    press(Qt.Key.Key_F6)
    qtbot.waitUntil(form.form.name.hasFocus, timeout=WAIT_MS)
    type_text("王先生")
    press(Qt.Key.Key_Tab)
    type_text("139 0513 2222")
    press(Qt.Key.Key_Tab)
    type_text("噪声扰民")
    qtbot.waitUntil(lambda: form.form.category.code() == "noise", timeout=WAIT_MS)
    press(Qt.Key.Key_Tab)
    activate(window, qtbot)
    qtbot.waitUntil(form.form.address.hasFocus, timeout=WAIT_MS)
    type_text("虹桥街道新中社区12幢")
    press(Qt.Key.Key_D, ALT)
    qtbot.waitUntil(form.form.description.hasFocus, timeout=WAIT_MS)
    type_text("楼下工地夜间施工，吵得睡不着")
    with qtbot.waitSignal(form.case_created, timeout=WAIT_MS) as created:
        press(Qt.Key.Key_Return, CTRL)
    case = created.args[0]
    activate(window, qtbot)
    # The new case is selected, register-and-dispatch chosen, the suggestion preselected.
    assert window.queue.current_case_id() == case.id
    assert dispatch.case_id == case.id and dispatch.then_dispatch()
    qtbot.waitUntil(dispatch.departments.list.hasFocus, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: (
            (shown := dispatch.case()) is not None
            and window.ctx.aids.cached_routing(shown) is not None
        ),
        timeout=WAIT_MS,
    )
    assert dispatch.departments.selected() == "ecology"  # 噪声扰民 → 区生态环境局
    assert dispatch.send_button.text() == "受理并派遣 → 区生态环境局"
    press(Qt.Key.Key_Return)  # the one key
    api = Api(server)
    qtbot.waitUntil(lambda: server_case(api, case.id)["state"] == "dispatched", timeout=WAIT_MS)
    assert server_case(api, case.id)["department"] == "ecology"
    actions = [entry["action"] for entry in server_case(api, case.id)["history"]]
    assert actions == ["create", "register", "dispatch"]
    # Ready for the next call: the form in front, the keyboard in its first field.
    qtbot.waitUntil(form.form.name.hasFocus, timeout=WAIT_MS)
    assert case.ref in form.banner.text() and "区生态环境局" in form.banner.text()


def test_ctrl_shift_enter_creates_and_dispatches_at_once(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window = open_window(server)
    activate(window, qtbot)
    qtbot.waitUntil(lambda: bool(window.ctx.reference.data), timeout=WAIT_MS)
    form = window.panes["call_intake"]
    assert isinstance(form, CallIntakePane)
    window.pane_docks.go_to("call_intake")
    qtbot.waitUntil(form.form.name.hasFocus, timeout=WAIT_MS)
    form.form.category.setText("噪声扰民")
    form.form.address.setText("虹桥街道新中社区12幢")
    form.form.description.setPlainText("广场舞音响太响")
    form.form.description.setFocus()
    with qtbot.waitSignal(form.case_created, timeout=WAIT_MS) as created:
        press(Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.ShiftModifier)
    case = created.args[0]
    api = Api(server)
    qtbot.waitUntil(lambda: server_case(api, case.id)["state"] == "dispatched", timeout=WAIT_MS)
    assert server_case(api, case.id)["department"] == "ecology"
    activate(window, qtbot)
    qtbot.waitUntil(form.form.name.hasFocus, timeout=WAIT_MS)


def test_f_keys_bring_their_pane_forward_and_ctrl_enter_works_from_the_queue(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    api = Api(server)
    case = api.create(title="测试：队列里直接发送", category="noise")
    window = open_window(server)
    activate(window, qtbot)
    dispatch = window.panes["dispatch"]
    assert isinstance(dispatch, DispatchPane)

    def in_front(pane_id: str) -> bool:  # a tab behind another is moved out of the window
        return not window.docks[pane_id].visibleRegion().isEmpty()

    window.queue.view.setFocus()
    press(Qt.Key.Key_F7)  # the charts come forward over the dispatch pane (one tab group)
    qtbot.waitUntil(lambda: in_front("charts"), timeout=WAIT_MS)
    assert not in_front("dispatch")
    window.queue.view.setFocus()
    press(Qt.Key.Key_F3)  # …and F3 brings the dispatch pane back, at the first press
    qtbot.waitUntil(lambda: in_front("dispatch"), timeout=WAIT_MS)
    assert not in_front("charts") and window.pane_docks.has_focus("dispatch")
    # Ctrl+Enter on a selected case in the queue sends the pane's chosen action.
    qtbot.waitUntil(lambda: window.ctx.model.row_of(case["id"]) >= 0, timeout=WAIT_MS)
    assert window.queue.select_case(case["id"])
    window.queue.view.setFocus()
    qtbot.waitUntil(lambda: dispatch.chosen_action() == "register", timeout=WAIT_MS)
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: server_case(api, case["id"])["state"] == "registered", timeout=WAIT_MS)
    # With something missing (a comment needs its text), the pane comes forward and says so.
    qtbot.waitUntil(lambda: dispatch.chosen_action() == "dispatch", timeout=WAIT_MS)
    assert dispatch.choose("comment")
    window.queue.view.setFocus()
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(dispatch.note.hasFocus, timeout=WAIT_MS)
    assert dispatch.notice.text() == dispatch.blocker() != ""
    assert server_case(api, case["id"])["state"] == "registered"


def test_find_then_down_puts_the_keyboard_on_the_matching_rows(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window = open_window(server)
    activate(window, qtbot)
    queue = window.queue
    qtbot.waitUntil(lambda: queue.view.model().rowCount() > 0, timeout=WAIT_MS)
    queue.view.setFocus()
    press(Qt.Key.Key_F, CTRL)  # Ctrl+F: the search box
    qtbot.waitUntil(queue.search.hasFocus, timeout=WAIT_MS)
    type_text("CC")
    press(Qt.Key.Key_Down)  # ↓: on to the rows, the first one current
    qtbot.waitUntil(queue.view.hasFocus, timeout=WAIT_MS)
    assert queue.current_case_id() != 0
    assert queue.search.text() == "CC"  # the search stays as typed

"""Helpers of the dispatch tests: choose a case, fill the pane as an officer would, send it."""

from __future__ import annotations

from typing import Any

import requests
from PySide6.QtCore import Qt

from console.contract import Case
from console.panes.dispatch_pane import DispatchPane
from console.panes.results_pane import ResultsPane
from console.shell.main_window import MainWindow
from tests.console.conftest import WAIT_MS, Api


def pane(window: MainWindow) -> DispatchPane:
    """The window's dispatch pane."""
    found = window.panes["dispatch"]
    assert isinstance(found, DispatchPane)
    return found


def results(window: MainWindow) -> ResultsPane:
    """The window's results pane."""
    found = window.panes["results"]
    assert isinstance(found, ResultsPane)
    return found


def server_case(api: Api, case_id: int) -> dict[str, Any]:
    """The case as the server has it now, with its history."""
    response = requests.get(f"{api.url}/api/v1/cases/{case_id}", headers=api.headers, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def caught_up(window: MainWindow, api: Api, case_id: int, qtbot: Any) -> Case:
    """Wait until the window shows the server's current version of the case."""
    version = server_case(api, case_id)["version"]
    model = window.ctx.model
    qtbot.waitUntil(lambda: getattr(model.case(case_id), "version", 0) >= version, timeout=WAIT_MS)
    case = model.case(case_id)
    assert case is not None
    return case


def select(window: MainWindow, case_id: int, qtbot: Any) -> DispatchPane:
    """Make the case current (its row in the queue, or directly when filtered out)."""
    if not window.queue.select_case(case_id):
        window.ctx.selection.set(case_id)
    found = pane(window)
    qtbot.waitUntil(lambda: found.case_id == case_id, timeout=WAIT_MS)
    return found


def fill(window: MainWindow, qtbot: Any, action: str, **values: Any) -> DispatchPane:
    """Choose the action in the pane and enter its fields."""
    found = pane(window)
    assert found.choose(action), (action, found.offered_actions())
    if "department" in values:
        qtbot.waitUntil(lambda: values["department"] in found.departments.codes(), timeout=WAIT_MS)
        assert found.departments.select(values["department"])
    if "parent_id" in values:
        qtbot.waitUntil(lambda: found.duplicates.choose(values["parent_id"]), timeout=WAIT_MS)
    if "hours" in values:
        found.extension.setValue(values["hours"])
    if "result" in values:
        found.result_combo.setCurrentIndex(found.result_combo.findData(values["result"]))
    if "target" in values:
        found.target_combo.setCurrentIndex(found.target_combo.findData(values["target"]))
    if "note" in values:
        found.note.setPlainText(values["note"])
    return found


def take(window: MainWindow, api: Api, qtbot: Any, case_id: int, action: str, **values: Any) -> Any:
    """Take the action from the pane as offered, click send, wait for how it ended."""
    caught_up(window, api, case_id, qtbot)
    found = select(window, case_id, qtbot)
    case = window.ctx.model.case(case_id)
    assert case is not None and found.offered_actions() == list(case.allowed_actions)
    fill(window, qtbot, action, **values)
    assert found.send_button.isEnabled(), found.blocker()
    with qtbot.waitSignal(
        window.ctx.sync.settled,
        timeout=WAIT_MS,
        check_params_cb=lambda result: result.item.case_id == case_id,
    ) as blocker:
        qtbot.mouseClick(found.send_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]

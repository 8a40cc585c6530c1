"""Bulk work: several queue rows dispatched or urged together, each case's result listed."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt

from console.controllers.bulk import BulkDialog
from tests.console.conftest import WAIT_MS, Api
from tests.console.dispatch_support import caught_up, results, server_case


def select_rows(window: Any, qtbot: Any, token: str, count: int) -> None:
    """Filter the queue down to the test's cases and select every row."""
    window.queue.search.setText(token)
    qtbot.waitUntil(lambda: window.ctx.model.rowCount() == count, timeout=WAIT_MS)
    window.queue.view.selectAll()
    qtbot.waitUntil(lambda: len(window.queue.selected_case_ids()) == count, timeout=WAIT_MS)


def test_bulk_dispatch_of_fifty_with_one_conflict(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    api = Api(server)
    token = uuid.uuid4().hex[:8]
    cases = [
        api.act(api.create(title=f"批量派遣 {token} {n}", category="garbage"), "register")
        for n in range(50)
    ]
    window = open_window(server)
    for case in cases:
        caught_up(window, api, case["id"], qtbot)
    assert window.registry["bulk_dispatch"].isEnabled() is False
    select_rows(window, qtbot, token, 50)
    assert window.registry["bulk_dispatch"].isEnabled()
    window.registry["bulk_dispatch"].trigger()
    dialog = window.bulk.dialog
    assert isinstance(dialog, BulkDialog) and len(dialog.eligible) == 50
    # Category rule first: all fifty are garbage cases, handled by urban management.
    assert dialog.departments.item(0).data(Qt.ItemDataRole.UserRole) == "urban"
    assert "50" in dialog.departments.item(0).text()

    # Meanwhile a supervisor urges one of them: its version moves on under the open dialog.
    changed = Api(server, "supervisor").act(cases[17], "urge", note="加急")
    assert dialog.choose_department("urban")
    outcomes: dict[int, Any] = {}
    window.ctx.sync.settled.connect(lambda result: outcomes.setdefault(result.item.case_id, result))
    dialog.accept()
    qtbot.waitUntil(lambda: len(outcomes) == 50, timeout=WAIT_MS * 2)

    listed = results(window)
    statuses = listed.statuses({c["id"] for c in cases})
    assert sorted(statuses.values()).count("done") == 49
    (conflict_id,) = [i for i, s in statuses.items() if s == "conflict"]
    assert outcomes[cases[17]["id"]].status == "conflict"
    assert listed.problems() == {conflict_id}
    why = listed.row_text(conflict_id)[4]
    assert "值班长(演示)" in why and "催办" in why  # an urging is 催办 (issue #13)
    on_server = {c["id"]: server_case(api, c["id"]) for c in cases}
    assert on_server[cases[17]["id"]]["state"] == "registered"
    assert on_server[cases[17]["id"]]["version"] == changed["version"]
    dispatched = [c for c in on_server.values() if c["state"] == "dispatched"]
    assert len(dispatched) == 49 and {c["department"] for c in dispatched} == {"urban"}
    assert all([h["action"] for h in c["history"]].count("dispatch") == 1 for c in dispatched)


def test_bulk_urge(server: Any, open_window: Any, qtbot: Any) -> None:
    api = Api(server)
    token = uuid.uuid4().hex[:8]
    cases = [
        api.act(api.create(title=f"批量督办 {token} {n}", category="noise"), "register")
        for n in range(4)
    ]
    cases.append(api.create(title=f"批量督办 {token} 未立案", category="noise"))
    window = open_window(server)
    for case in cases:
        caught_up(window, api, case["id"], qtbot)
    select_rows(window, qtbot, token, 5)
    dialog = window.bulk.open_dialog("urge")
    assert dialog is not None
    assert len(dialog.eligible) == 4  # a reported case cannot be urged: left out, and said so
    assert "1" in dialog.summary.text()
    dialog.note.setPlainText("请加快办理")
    outcomes: list[Any] = []
    window.ctx.sync.settled.connect(outcomes.append)
    dialog.accept()
    qtbot.waitUntil(lambda: len(outcomes) == 4, timeout=WAIT_MS)
    assert {o.status for o in outcomes} == {"done"}
    for case in cases[:4]:
        last = server_case(api, case["id"])["history"][-1]
        assert (last["action"], last["note"]) == ("urge", "请加快办理")
    assert server_case(api, cases[4]["id"])["history"][-1]["action"] == "create"

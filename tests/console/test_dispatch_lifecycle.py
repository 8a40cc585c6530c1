"""Every action the dispatch pane offers, taken from the pane, changes the server's state.

One case is driven through its whole life by three consoles (duty officer, the department it
is dispatched to, the supervisor), and a second case is merged into it from the duplicates.
The correction (更正) is taken from its own dialog (console/panes/correct_dialog.py).
"""

from __future__ import annotations

from typing import Any

from console.models.case_filter import timestamp
from console.shell.everyday import everyday_of
from server.services.lifecycle import ACTIONS
from tests.console.conftest import WAIT_MS, Api
from tests.console.dispatch_support import caught_up, fill, pane, select, server_case, take

NEAR = {"lat": 32.0421, "lon": 120.8612}


def test_the_whole_lifecycle_from_the_pane(server: Any, open_window: Any, qtbot: Any) -> None:
    api = Api(server)
    officer = open_window(server, "duty_officer")
    supervisor = open_window(server, "supervisor")
    case = api.create(title="工地夜间施工噪声", category="noise", **NEAR)
    twin = api.create(title="工地夜里施工太吵", category="noise", **NEAR)
    taken: list[str] = []

    def act(window: Any, case_id: int, action: str, state: str | None, **values: Any) -> Any:
        before = server_case(api, case_id)
        result = take(window, api, qtbot, case_id, action, **values)
        assert result.status == "done", (action, result.error)
        after = server_case(api, case_id)
        last = after["history"][-1]
        assert last["action"] == action and last["actor"] == window.ctx.session.display_name
        assert after["version"] == before["version"] + 1
        if state is not None:
            assert after["state"] == state, action
        if values.get("note"):
            assert last["note"] == values["note"]
        taken.append(action)
        return after

    def correct(window: Any, case_id: int, note: str, address: str) -> Any:
        before = server_case(api, case_id)
        caught_up(window, api, case_id, qtbot)
        select(window, case_id, qtbot)
        dialog = everyday_of(window).correct()
        assert dialog is not None
        dialog.address.setText(address)
        dialog.reason.setPlainText(note)
        dialog.send()
        qtbot.waitUntil(lambda: dialog.status == "done", timeout=WAIT_MS)
        after = server_case(api, case_id)
        last = after["history"][-1]
        assert last["action"] == "correct" and last["note"] == note
        assert after["version"] == before["version"] + 1 and after["state"] == before["state"]
        assert after["address"] == address
        dialog.close()
        taken.append("correct")
        return after

    cid = case["id"]
    act(officer, cid, "register", "registered")

    # Dispatch: the routing suggestion comes first, and the deadline is previewed before sending.
    found = select(officer, cid, qtbot)
    qtbot.waitUntil(lambda: "噪声扰民" in found.departments.reason_of("ecology"), timeout=WAIT_MS)
    assert found.departments.codes()[0] == "ecology"
    fill(officer, qtbot, "dispatch", department="ecology")
    qtbot.waitUntil(lambda: found.deadline.due is not None, timeout=WAIT_MS)
    assert "签收" in found.deadline.text() and "到期" in found.deadline.text()
    previewed = found.deadline.due
    dispatched = act(officer, cid, "dispatch", "dispatched", department="ecology")
    assert dispatched["department"] == "ecology"
    assert abs(timestamp(dispatched["due_at"]) - previewed) < 120

    # Merge the twin (reported meanwhile) into the case, chosen from its likely duplicates.
    found = select(officer, twin["id"], qtbot)
    qtbot.waitUntil(lambda: found.duplicates.choose(cid), timeout=WAIT_MS)
    entry = next(e for e in found.duplicates.entries() if e["case"].id == cid)
    assert entry["score"] > 0.5 and entry["distance_m"] is not None
    merged = act(officer, twin["id"], "merge", "merged", parent_id=cid)
    assert merged["parent_id"] == cid
    assert [h["action"] for h in merged["history"]] == ["create", "merge"]
    correct(officer, cid, "来电人更正门牌号", "虹桥街道新中社区12幢东侧工地")

    department = open_window(server, "dept_ecology")
    qtbot.waitUntil(lambda: department.ctx.model.case(cid) is not None, timeout=WAIT_MS)
    act(department, cid, "sign", "in_progress")
    act(department, cid, "request_extension", None, hours=7.5, note="需协调夜间执法")
    assert server_case(api, cid)["extension_pending_min"] == 450
    act(supervisor, cid, "reject_extension", None, note="时限内可以完成")
    act(department, cid, "request_extension", None, hours=15, note="需两个工作日")
    due_before = server_case(api, cid)["due_at"]
    act(supervisor, cid, "approve_extension", None)
    assert server_case(api, cid)["due_at"] != due_before
    act(department, cid, "request_park", None, note="等待施工方整改")
    act(supervisor, cid, "reject_park", None, note="不予挂账，继续办理")
    act(department, cid, "request_park", None, note="施工方停工整改中")
    assert server_case(api, cid)["park_pending"] == "施工方停工整改中"
    act(supervisor, cid, "park", "parked", note="等待施工方整改")
    act(supervisor, cid, "unpark", "in_progress")
    act(supervisor, cid, "supervise", None, note="请本周内办结")
    assert server_case(api, cid)["escalation_level"] == 2
    act(department, cid, "comment", None, note="已约谈施工方")
    act(department, cid, "escalate", None, target="supervisor", note="施工方不配合")
    act(department, cid, "resolve", "resolved", note="已责令停止夜间施工")
    act(officer, cid, "verify_fail", "in_progress", note="回访仍有噪声")
    act(department, cid, "resolve", "resolved", note="已加装隔音设施")
    act(officer, cid, "verify_pass", "closed")
    after = act(officer, cid, "callback", None, result="unsatisfied", note="群众仍不满意")
    assert after["last_callback"] == "unsatisfied"
    act(officer, cid, "reopen", "in_progress", note="回访不满意，重新办理")
    urged = act(officer, cid, "urge", None, note="请加快办理")
    assert urged["escalation_level"] >= 1
    returned = act(department, cid, "return", "returned", note="非本部门职责")
    assert returned["return_count"] == 1
    act(supervisor, cid, "void", "voided", note="重复投诉，已另案处理")
    assert set(taken) == set(ACTIONS), set(ACTIONS) - set(taken)

    # The case's history (create + every action but the twin's merge) reads in the detail pane.
    assert len(server_case(api, cid)["history"]) == len(taken)
    detail = officer.panes["detail"]
    select(officer, cid, qtbot)
    caught_up(officer, api, cid, qtbot)
    qtbot.waitUntil(lambda: detail.history.topLevelItemCount() == len(taken), timeout=WAIT_MS)
    dispatch_row = detail.history.topLevelItem(2)
    assert dispatch_row.text(2) == "派遣" and dispatch_row.text(1) == "值班员(演示)"
    assert "区生态环境局" in dispatch_row.child(0).text(0)  # the note line: where it went
    offered = pane(officer).offered_actions()
    assert offered == list(officer.ctx.model.case(cid).allowed_actions) == ["comment"]

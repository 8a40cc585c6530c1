"""Conflicts and refusals: one of two officers wins, the loser is told who and how; 422 in words."""

from __future__ import annotations

from typing import Any

from tests.console.conftest import WAIT_MS, Api
from tests.console.dispatch_support import caught_up, fill, pane, results, select, server_case


def test_two_consoles_dispatch_the_same_case(server: Any, open_window: Any, qtbot: Any) -> None:
    api = Api(server)
    case = api.act(api.create(title="河道垃圾漂浮", category="river_debris"), "register")
    officer = open_window(server, "duty_officer")
    supervisor = open_window(server, "supervisor")
    windows = (officer, supervisor)
    for window, department in zip(windows, ("water", "urban"), strict=True):
        caught_up(window, api, case["id"], qtbot)
        select(window, case["id"], qtbot)
        fill(window, qtbot, "dispatch", department=department)
    settled: dict[str, Any] = {}
    for window in windows:
        name = window.ctx.session.display_name
        window.ctx.sync.settled.connect(lambda result, n=name: settled.setdefault(n, result))
    # Both send on the version they see, before either hears of the other's change.
    assert pane(officer).send() and pane(supervisor).send()
    qtbot.waitUntil(lambda: len(settled) == 2, timeout=WAIT_MS)

    statuses = sorted(result.status for result in settled.values())
    assert statuses == ["conflict", "done"]
    winner = next(w for w in windows if settled[w.ctx.session.display_name].status == "done")
    loser = next(w for w in windows if w is not winner)
    winner_name = winner.ctx.session.display_name
    conflict = settled[loser.ctx.session.display_name]
    assert conflict.error.last_change["actor"] == winner_name

    on_server = server_case(api, case["id"])
    assert on_server["state"] == "dispatched"
    assert [h["action"] for h in on_server["history"]].count("dispatch") == 1
    assert on_server["history"][-1]["actor"] == winner_name
    # The loser's row and pane show the case as it is now, and say who changed it and how.
    row = loser.ctx.model.case(case["id"])
    assert row is not None
    assert row.state == "dispatched" and row.version == on_server["version"]
    loser_pane = pane(loser)
    qtbot.waitUntil(lambda: winner_name in loser_pane.notice.text(), timeout=WAIT_MS)
    assert "未执行" in loser_pane.notice.text() and "派遣" in loser_pane.notice.text()
    assert "dispatch" not in loser_pane.offered_actions()
    listed = results(loser)
    (item_id,) = listed.problems()
    assert listed.statuses()[item_id] == "conflict"
    assert winner_name in listed.row_text(item_id)[4]
    listed.acknowledge({item_id})
    assert not listed.problems()


def test_refusals_read_as_sentences(server: Any, open_window: Any, qtbot: Any) -> None:
    api = Api(server)
    officer = open_window(server, "duty_officer")
    registered = api.act(api.create(title="路灯不亮", category="street_light"), "register")
    reported = api.create(title="小区门口垃圾堆放", category="garbage")
    for case in (registered, reported):
        caught_up(officer, api, case["id"], qtbot)
    outcomes: list[Any] = []
    officer.ctx.sync.settled.connect(outcomes.append)
    # Sent past the pane (which offers neither): what the server says, in the officer's words.
    model = officer.ctx.model
    officer.ctx.sync.submit(
        [
            (model.case(registered["id"]), "reopen", {"note": "试图重办"}),
            (model.case(reported["id"]), "void", {}),
        ]
    )
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=WAIT_MS)
    illegal, invalid = outcomes
    assert (illegal.status, invalid.status) == ("refused", "refused")
    listed = results(officer)
    illegal_text = listed.row_text(illegal.item.id)[4]
    assert "已立案" in illegal_text and "现在可以" in illegal_text and "派遣" in illegal_text
    assert listed.row_text(invalid.item.id)[4] == "必须说明理由：请在说明中填写原因。"
    assert listed.problems() == {illegal.item.id, invalid.item.id}
    # The pane says it before sending: void needs a reason, and the button waits for it.
    found = select(officer, reported["id"], qtbot)
    fill(officer, qtbot, "void")
    assert not found.send_button.isEnabled()
    assert found.blocker() == "请填写理由：作废必须说明原因。"
    found.note.setPlainText("重复上报")
    assert found.send_button.isEnabled()
    assert server_case(api, reported["id"])["state"] == "reported"  # nothing was applied

"""The outbox: actions taken offline wait, marked; they are applied exactly once, in order, when
the server is back, also by a new console started on the data of one that was closed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from console.models.columns import COLUMN_INDEX
from console.store.outbox import Outbox
from tests.console.conftest import WAIT_MS, Api
from tests.console.dispatch_support import caught_up, fill, pane, results, select, server_case
from tests.support.live_server import LiveServer


def prepare(api: Api) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Two reported cases and one dispatched."""
    first = api.create(title="离线受理一", category="garbage")
    second = api.create(title="离线受理二", category="street_light")
    third = api.act(api.act(api.create(title="离线督办", category="noise"), "register"), "dispatch",
                    department="ecology")  # fmt: skip
    return first, second, third


def take_offline(window: Any, qtbot: Any, case_id: int, action: str, **values: Any) -> None:
    """Choose and send from the pane while the server is away: saved, marked pending."""
    found = select(window, case_id, qtbot)
    fill(window, qtbot, action, **values)
    sync, before = window.ctx.sync, window.ctx.sync.pending_count()
    assert found.send(), found.blocker()
    qtbot.waitUntil(lambda: sync.pending_count() == before + 1, timeout=WAIT_MS)
    assert case_id in window.ctx.model.pending()


def own_actions(api: Api, case_ids: list[int], actor: str) -> list[tuple[int, int, str]]:
    """(history id, case id, action) of the actor's actions on these cases, in server order."""
    entries = [
        (entry["id"], case_id, entry["action"])
        for case_id in case_ids
        for entry in server_case(api, case_id)["history"]
        if entry["actor"] == actor
    ]
    return sorted(entries)


def test_offline_actions_are_applied_once_in_order(
    own_server: LiveServer, open_window: Any, qtbot: Any
) -> None:
    api = Api(own_server)
    first, second, third = prepare(api)
    window = open_window(own_server)
    for case in (first, second, third):
        caught_up(window, api, case["id"], qtbot)
    own_server.kill()
    qtbot.waitUntil(lambda: window.ctx.live.status == "offline", timeout=WAIT_MS)

    take_offline(window, qtbot, first["id"], "register")
    take_offline(window, qtbot, second["id"], "register")
    take_offline(window, qtbot, third["id"], "urge", note="请尽快处理")
    take_offline(window, qtbot, third["id"], "comment", note="市民再次来电")
    take_offline(window, qtbot, third["id"], "escalate", target="city", note="需市级协调")
    assert window.ctx.sync.pending_count() == 5
    assert "离线保存" in pane(window).notice.text()
    assert "3 项操作待同步" in pane(window).pending_label.text()
    model = window.ctx.model
    row = model.row_of(first["id"])
    assert model.index(row, COLUMN_INDEX["state"]).data().startswith("⏳")
    assert "待同步" in model.index(row, COLUMN_INDEX["title"]).data(3)  # the tooltip
    assert set(results(window).statuses().values()) == {"pending"}

    own_server.start()
    qtbot.waitUntil(lambda: window.ctx.sync.pending_count() == 0, timeout=WAIT_MS * 2)
    qtbot.waitUntil(lambda: not model.pending(), timeout=WAIT_MS)
    assert sorted(results(window).statuses().values()) == ["done"] * 5
    ids = [first["id"], second["id"], third["id"]]
    done = own_actions(api, ids, window.ctx.session.display_name)
    assert [(case_id, action) for _, case_id, action in done] == [
        (first["id"], "register"),
        (second["id"], "register"),
        (third["id"], "urge"),
        (third["id"], "comment"),
        (third["id"], "escalate"),
    ]
    assert server_case(api, first["id"])["state"] == "registered"
    assert not model.index(model.row_of(first["id"]), COLUMN_INDEX["state"]).data().startswith("⏳")


def test_a_restarted_console_replays_what_a_closed_one_left(
    own_server: LiveServer, open_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    api = Api(own_server)
    first, _second, third = prepare(api)
    data_dir = tmp_path / "console-data"
    window = open_window(own_server, data_dir=data_dir)
    for case in (first, third):
        caught_up(window, api, case["id"], qtbot)
    own_server.kill()
    qtbot.waitUntil(lambda: window.ctx.live.status == "offline", timeout=WAIT_MS)
    take_offline(window, qtbot, first["id"], "register")
    take_offline(window, qtbot, third["id"], "urge", note="重启前督办")
    outbox_file = window.ctx.sync.path
    window.close()  # the console goes away with its actions unsent
    assert window.ctx.runner.wait(30_000)
    with Outbox(outbox_file) as outbox:  # what the next console will find
        assert [(i.case_id, i.action) for i in outbox.pending()] == [
            (first["id"], "register"),
            (third["id"], "urge"),
        ]

    own_server.start()
    api = Api(own_server)
    assert server_case(api, first["id"])["state"] == "reported"
    again = open_window(own_server, data_dir=data_dir)
    assert again.ctx.sync.path == outbox_file
    qtbot.waitUntil(lambda: server_case(api, first["id"])["state"] == "registered", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: again.ctx.sync.pending_count() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(results(again).statuses()) == 2, timeout=WAIT_MS)
    assert sorted(results(again).statuses().values()) == ["done", "done"]
    done = own_actions(api, [first["id"], third["id"]], again.ctx.session.display_name)
    assert [(case_id, action) for _, case_id, action in done] == [
        (first["id"], "register"),
        (third["id"], "urge"),
    ]
    qtbot.waitUntil(
        lambda: again.ctx.model.case(first["id"]).state == "registered", timeout=WAIT_MS
    )


def test_a_replay_that_conflicts_is_shown_until_acknowledged(
    own_server: LiveServer, open_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    api = Api(own_server)
    _first, _second, third = prepare(api)
    data_dir = tmp_path / "console-data"
    window = open_window(own_server, data_dir=data_dir)
    caught_up(window, api, third["id"], qtbot)
    own_server.kill()
    qtbot.waitUntil(lambda: window.ctx.live.status == "offline", timeout=WAIT_MS)
    take_offline(window, qtbot, third["id"], "urge", note="离线时督办")
    window.close()
    assert window.ctx.runner.wait(30_000)

    # While this console was away, the department signed the case.
    own_server.start()
    signed = Api(own_server, "dept_ecology").act(server_case(Api(own_server), third["id"]), "sign")
    again = open_window(own_server, data_dir=data_dir)
    listed = results(again)
    qtbot.waitUntil(lambda: bool(listed.problems()), timeout=WAIT_MS)
    (item_id,) = listed.problems()
    case_text, action_text, result_text, why = listed.row_text(item_id)[1:]
    assert case_text == third["ref"] and action_text == "催办" and result_text == "冲突"
    assert "区生态环境局(演示)" in why and "签收" in why and "处置中" in why
    assert again.ctx.model.case(third["id"]).version == signed["version"]  # refreshed
    assert server_case(api, third["id"])["history"][-1]["action"] == "sign"  # nothing forced
    again.close()
    assert again.ctx.runner.wait(30_000)

    # Not acknowledged: the next start shows it again; acknowledged, it is gone for good.
    third_start = open_window(own_server, data_dir=data_dir)
    listed = results(third_start)
    qtbot.waitUntil(lambda: len(listed.problems()) == 1, timeout=WAIT_MS)
    result_text, why = listed.row_text(next(iter(listed.problems())))[3:]
    # Left over from the previous run, it still names who changed the case and how.
    assert result_text == "冲突" and "区生态环境局(演示)" in why and "签收" in why
    listed.acknowledge(listed.problems())
    third_start.close()
    assert third_start.ctx.runner.wait(30_000)
    with Outbox(third_start.ctx.sync.path) as outbox:
        assert outbox.problems() == []

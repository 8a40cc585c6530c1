"""Server gone: offline shown, snapshot kept; server back: catch-up, nothing lost or doubled."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.console.conftest import WAIT_MS, Api
from tests.support.live_server import LiveServer

ENDED = {"closed", "voided", "merged"}


def test_server_killed_and_restarted(own_server: LiveServer, open_window: Any, qtbot: Any) -> None:
    window = open_window(own_server)
    model = window.ctx.model
    before = model.total()
    shown_before = model.rowCount()
    api = Api(own_server)
    early = api.create(title="断线前新建")
    qtbot.waitUntil(lambda: model.row_of(early["id"]) >= 0, timeout=WAIT_MS)

    own_server.kill()
    qtbot.waitUntil(lambda: window.ctx.live.status == "offline", timeout=WAIT_MS)
    assert window.connection_banner.isVisible()
    assert "连接已中断" in window.connection_banner.text()
    assert window.status.connection.text().endswith("离线")
    # The last snapshot stays readable.
    assert model.rowCount() == shown_before + 1
    assert model.case_at(0) is not None

    own_server.start()
    api = Api(own_server)
    # Changes made while the console is still backing off must arrive with the catch-up.
    late = [api.create(title=f"恢复后新建 {i}") for i in range(3)]
    registered = api.act(late[0], "register")
    qtbot.waitUntil(lambda: window.ctx.live.status == "online", timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: (
            all(model.row_of(c["id"]) >= 0 for c in late)
            and model.case(late[0]["id"]).version == registered["version"]
        ),
        timeout=WAIT_MS,
    )
    assert not window.connection_banner.isVisible()
    # What the console holds: every open case and the ones ended within its window.
    since = model.now() - window.ctx.live.closed_window.total_seconds()
    server_cases = {
        c["id"]: c
        for c in api.all_cases()
        if c["state"] not in ENDED or datetime.fromisoformat(c["updated_at"]).timestamp() >= since
    }
    assert model.total() == before + 4 == len(server_cases)
    ids = [model.case_at(r).id for r in range(model.rowCount())]
    assert len(ids) == len(set(ids)), "a case is shown twice"
    expected_open = {i for i, c in server_cases.items() if c["state"] not in ENDED}
    assert set(ids) == expected_open
    for case_id in ids:
        assert model.case(case_id).version == server_cases[case_id]["version"]


def test_a_feed_position_the_server_does_not_know_reloads_everything(
    server: LiveServer, open_window: Any, qtbot: Any
) -> None:
    window = open_window(server)
    live, model = window.ctx.live, window.ctx.model
    total = model.total()
    statuses: list[str] = []
    live.status_changed.connect(lambda status, _detail: statuses.append(status))
    # Follow from far beyond the server's head, as after a database swap: the server says 410.
    live._stop_feed()  # noqa: SLF001
    live._on_load_done(live._generation, 10**9)  # noqa: SLF001
    qtbot.waitUntil(lambda: "gone" in statuses, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: statuses[-1] == "online" and live.position < 10**9, timeout=WAIT_MS)
    assert "loading" in statuses[statuses.index("gone") :]
    assert model.total() == total
    created = Api(server).create(title="重新加载后继续跟随")
    qtbot.waitUntil(lambda: model.row_of(created["id"]) >= 0, timeout=WAIT_MS)

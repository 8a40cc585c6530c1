"""The 督办 board's decisions against a real server (issue #16): a park request approved and
refused, a case voided, each by its keys and through the outbox; and the ladder's third rung:
a real 通报 with its bulletin reaching a supervisor's board live and alerting once.

The 通报 needs five working days of red, so its test runs a server moved in time
(`LiveServer(now=…)`, `cc-server --now`): a case made on a Monday morning, then the same
database served again from a minute before the following Monday's 通报, whatever the day the
test runs. Nothing is faked.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from console.contract.supervision import SupervisionItem
from console.models.alert_book import Alert
from console.panes.supervision_board import SupervisionBoardPane
from console.shell.main_window import MainWindow
from tests.console.conftest import WAIT_MS, Api
from tests.console.dispatch_support import caught_up, server_case
from tests.console.test_supervision_board import board_of, go_to, note_dialog, settled
from tests.support.live_server import LiveServer

SHANGHAI = ZoneInfo("Asia/Shanghai")
KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
NOTICE_MS = 240_000  # the jump's minute to the 通报, the tick, its bulletin, the board's read


def asked_to_park(server: LiveServer, title: str, reason: str) -> dict[str, Any]:
    """A case the urban department holds and asked to park."""
    api = Api(server)
    case = api.act(api.act(api.create(title=title), "register"), "dispatch", department="urban")
    department = Api(server, "dept_urban")
    case = department.act(department.act(case, "sign"), "request_park", note=reason)
    assert case["park_pending"] == reason
    return case


def pending_row(board: SupervisionBoardPane, case_id: int, qtbot: Any) -> Any:
    go_to(board, case_id, qtbot, pending=True)
    model = board.pending_model
    return model.row_at(model.row_of_case(case_id))


def test_a_park_request_approved_from_the_board(
    server: LiveServer, open_window: Any, qtbot: Any
) -> None:
    case = asked_to_park(server, "测试：督办台批准挂起", "等待法院判决")
    window: MainWindow = open_window(server, "supervisor")
    board = board_of(window, qtbot)
    outcomes = settled(window)
    api = Api(server)
    caught_up(window, api, case["id"], qtbot)
    request = pending_row(board, case["id"], qtbot)
    assert (request.kind, request.reason) == ("park", "等待法院判决")
    assert board.pending_model.index(board.pending_model.row_of_case(case["id"]), 0).data() == (
        "挂起"
    )
    # Approve by its keys: parking needs a reason, the department's is offered.
    QTest.keyClick(board.pending_view, Qt.Key.Key_A, KEYS)
    dialog = note_dialog(board, qtbot)
    assert dialog.note.text() == "等待法院判决"
    assert "挂账" in dialog.lead.text() or "挂起" in dialog.lead.text()
    QTest.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(outcomes) == 1, timeout=WAIT_MS)
    assert (outcomes[0].status, outcomes[0].item.action) == ("done", "park"), outcomes[0]
    on_server = server_case(api, case["id"])
    assert (on_server["state"], on_server["park_pending"]) == ("parked", None)
    last = on_server["history"][-1]
    assert last["action"] == "park" and last["note"] == "等待法院判决"
    assert (last.get("payload") or {}).get("requested") == "等待法院判决", last
    qtbot.waitUntil(lambda: board.pending_model.row_of_case(case["id"]) < 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "已完成" in board.notice.text(), timeout=WAIT_MS)


def test_a_park_request_refused_from_the_board_needs_a_reason(
    server: LiveServer, open_window: Any, qtbot: Any
) -> None:
    case = asked_to_park(server, "测试：督办台驳回挂起", "配件缺货")
    window: MainWindow = open_window(server, "supervisor")
    board = board_of(window, qtbot)
    outcomes = settled(window)
    api = Api(server)
    caught_up(window, api, case["id"], qtbot)
    pending_row(board, case["id"], qtbot)
    QTest.keyClick(board.pending_view, Qt.Key.Key_R, KEYS)
    dialog = note_dialog(board, qtbot)
    assert dialog.note.text() == "" and not dialog.send_button.isEnabled()
    assert dialog.why_not()
    QTest.keyClick(dialog.note, Qt.Key.Key_Return)  # nothing to send without the reason
    assert dialog.isVisible() and not outcomes
    assert server_case(api, case["id"])["version"] == case["version"]
    dialog.note.setText("可先行临时处置，不予挂起")  # typed (QTest types no Chinese)
    QTest.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(outcomes) == 1, timeout=WAIT_MS)
    assert (outcomes[0].status, outcomes[0].item.action) == ("done", "reject_park"), outcomes[0]
    on_server = server_case(api, case["id"])
    assert (on_server["state"], on_server["park_pending"]) == ("in_progress", None)
    last = on_server["history"][-1]
    assert last["action"] == "reject_park" and last["note"] == "可先行临时处置，不予挂起"
    assert (last.get("payload") or {}).get("rejected") == "配件缺货", last
    qtbot.waitUntil(lambda: board.pending_model.row_of_case(case["id"]) < 0, timeout=WAIT_MS)


def test_a_case_voided_from_the_board_leaves_it(
    server: LiveServer, open_window: Any, qtbot: Any
) -> None:
    api = Api(server)
    case = api.act(api.create(title="测试：督办台作废"), "register")
    case = api.act(case, "supervise", note="核实是否重复来电")
    held = api.act(api.act(api.create(title="测试：已派遣不可作废"), "register"), "dispatch",
                   department="urban")  # fmt: skip
    held = api.act(held, "supervise", note="督促签收")
    window: MainWindow = open_window(server, "supervisor")
    board = board_of(window, qtbot)
    outcomes = settled(window)
    for listed in (case, held):
        caught_up(window, api, listed["id"], qtbot)
        qtbot.waitUntil(lambda c=listed: c["id"] in board.items_model.case_ids(), timeout=WAIT_MS)
    # A dispatched case cannot be voided: the command is off and nothing is sent.
    go_to(board, held["id"], qtbot)
    board.commands.refresh()
    assert not board.commands.actions["board_void"].isEnabled()
    assert not board.commands.take("board_void")
    assert board.notice.text() == "此案件当前不能执行该操作。"
    assert board.notice.property("level") == "warning"
    assert server_case(api, held["id"])["version"] == held["version"]
    # A registered case: voided by its keys, with the reason the server requires.
    go_to(board, case["id"], qtbot)
    QTest.keyClick(board.items_view, Qt.Key.Key_V, KEYS)
    dialog = note_dialog(board, qtbot)
    assert not dialog.send_button.isEnabled()
    dialog.note.setText("重复来电，已并入前案处理")
    QTest.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(outcomes) == 1, timeout=WAIT_MS)
    assert (outcomes[0].status, outcomes[0].item.action) == ("done", "void"), outcomes[0]
    on_server = server_case(api, case["id"])
    assert on_server["state"] == "voided"
    assert on_server["history"][-1]["note"] == "重复来电，已并入前案处理"
    # Its 督办 item closed with the step: the board reads the server again and drops it.
    qtbot.waitUntil(lambda: case["id"] not in board.items_model.case_ids(), timeout=WAIT_MS)
    assert held["id"] in board.items_model.case_ids()


# -- the ladder's third rung -------------------------------------------------------------------


@pytest.fixture
def moved_server(tmp_path: Path) -> Any:
    """moved_server(now) → a demo server on this test's database, its clock at `now`; every
    server it started is stopped at the end. No demo backlog: a week on, every late case of
    it would be given its 通报 too, and the bulletins are made one after another."""
    started: list[LiveServer] = []

    def start(now: datetime) -> LiveServer:
        if started:
            started[-1].stop()
        live = LiveServer(
            f"sqlite:///{tmp_path / 'cc.db'}",
            demo=True,
            now=now,
            env={"CC_DEMO_BACKLOG": "0"},
            log_path=tmp_path / f"server-{len(started)}.log",
        )
        started.append(live)
        return live.start()

    yield start
    for live in started:
        live.stop()


def test_the_ladders_notice_reaches_the_board_with_its_bulletin_and_alerts_once(
    moved_server: Any, open_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setenv("CC_CONSOLE_DATA_DIR", str(tmp_path / "console"))
    monday = datetime(2026, 12, 14, 9, 0, tzinfo=SHANGHAI)
    first = moved_server(monday)
    case = Api(first).create(title="测试：长期超时通报")
    due = datetime.fromisoformat(case["due_at"])  # its accept step: one working hour
    assert due.date() == monday.date() and 10 <= due.hour < 11, due
    # 通报 after five more working days of red: the next Monday at the same time (no public
    # holiday or make-up day between 2026-12-14 and 12-21).
    notice_at = due + timedelta(days=7)
    server = moved_server(notice_at - timedelta(seconds=60))
    api = Api(server)
    window: MainWindow = open_window(server, "supervisor")
    board = board_of(window, qtbot)
    raised: list[Alert] = []
    window.ctx.alerts.raised.connect(raised.append)
    # Red for a week: the restarted ladder gave the 督办 rung at once; the 通报 still to come.
    qtbot.waitUntil(lambda: case["id"] in board.items_model.case_ids(), timeout=WAIT_MS)
    kinds = {i.kind for i in board.items_model.rows() if i.case.id == case["id"]}
    assert kinds == {"supervise"}, "the test's minute before the 通报 was not left to it"

    def notice() -> SupervisionItem | None:
        rows = [i for i in board.items_model.rows() if i.case.id == case["id"]]
        return next((i for i in rows if i.kind == "notice"), None)

    # Live: the ladder's third rung, then its bulletin, each a feed event the board follows.
    qtbot.waitUntil(lambda: notice() is not None, timeout=NOTICE_MS)
    qtbot.waitUntil(lambda: getattr(notice(), "bulletin_pdf", None) is not None, timeout=NOTICE_MS)
    item = notice()
    assert item is not None and item.escalation_level == 3
    assert item.opened_by == "system"
    assert item.bulletin_pdf is not None and item.bulletin_pdf.filename.endswith(".pdf")
    history = [h["action"] for h in server_case(api, case["id"])["history"]]
    assert "auto_notice" in history and "attach" in history
    # One alert for the 通报, acknowledged on the board; the bulletin's event and a reload
    # raise none again.
    qtbot.waitUntil(
        lambda: any(a.case_id == case["id"] and a.kind == "notice" for a in raised),
        timeout=WAIT_MS,
    )
    alert = window.ctx.alerts.alert_for(case["id"])
    assert alert is not None and alert.kind == "notice"
    # The bulletin, opened by its keys: the server's PDF, saved under the console's folder.
    opened: list[Path] = []

    def viewer(path: Path) -> bool:  # the test's viewer: the path it was handed
        opened.append(path)
        return True

    board.bulletins.open_file = viewer
    row = board.items_model.row_of_case(case["id"])
    board.tabs.setCurrentIndex(0)
    for n in range(board.items_model.rowCount()):
        if board.items_model.row_at(n).id == item.id:
            row = n
    board.items_view.setCurrentIndex(board.items_model.index(row, 0))
    board.items_view.setFocus()
    board.commands.refresh()
    assert board.buttons["board_bulletin"].isEnabled()
    QTest.keyClick(board.items_view, Qt.Key.Key_B, KEYS)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=WAIT_MS)
    assert opened[0].read_bytes()[:5] == b"%PDF-"
    assert opened[0].parent == tmp_path / "console" / "bulletins"
    QTest.keyClick(board.items_view, Qt.Key.Key_Space)  # acknowledged
    assert window.ctx.alerts.alert_for(case["id"]) is None
    loads = board.loads
    window.registry["refresh"].trigger()
    qtbot.waitUntil(lambda: board.loads > loads, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.ctx.live.status == "online", timeout=WAIT_MS)
    assert notice() is not None
    notices = [a for a in raised if a.case_id == case["id"] and a.kind == "notice"]
    assert len(notices) == 1, raised

"""The supervisor's 督办 board (issue #16) against a real server: it lists the server's items,
follows the ladder live, takes urge and decisions through the outbox (a stale version gets the
conflict explanation), and a new 督办 alerts once.

The server here turns a new noise case red one natural minute after it is created (its accept
limit), so its own ladder opens the 督办 while the test watches; nothing is faked.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
import requests
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabBar

from console.contract.supervision import SupervisionItem
from console.models.alert_book import Alert, AlertBook
from console.models.case_table import CaseTableModel
from console.panes.supervision_board import SupervisionBoardPane
from console.panes.supervision_board_dialog import BoardNoteDialog
from console.shell.main_window import MainWindow
from tests.console.conftest import WAIT_MS, Api
from tests.console.dispatch_support import caught_up, results, server_case
from tests.console.test_case_model import NOW, make_case
from tests.support.factories import new_key
from tests.support.live_server import LiveServer
from widgets.tree_rows import top_item

LADDER_MS = 150_000  # a minute to red, the ladder's tick, the feed, the board's read


@pytest.fixture(scope="module")
def fast_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A demo server whose new noise cases must be accepted within one natural minute."""
    path = tmp_path_factory.mktemp("board")
    live = LiveServer(
        f"sqlite:///{path / 'cc.db'}", demo=True, rate=0, log_path=path / "server.log"
    )
    live.start()
    admin = live.headers("admin")
    body = requests.get(f"{live.url}/api/v1/sla-rules", headers=admin, timeout=30).json()
    rules = [
        r
        for r in body["rules"]
        if (r["category"], r["urgency"], r["step"]) != ("noise", "normal", "accept")
    ]
    rules.append(
        {
            "category": "noise",
            "category_kind": None,
            "urgency": "normal",
            "step": "accept",
            "minutes": 1,
            "clock": "natural",
        }
    )
    published = requests.put(
        f"{live.url}/api/v1/sla-rules",
        json={"version": body["version"], "warn_ratio": body["warn_ratio"], "rules": rules},
        headers=admin,
        timeout=30,
    )
    assert published.status_code == 200, published.text
    yield live
    live.stop()


def board_of(window: MainWindow, qtbot: Any) -> SupervisionBoardPane:
    """The window's board, once it has shown the server's answer."""
    found = window.panes["supervision"]
    assert isinstance(found, SupervisionBoardPane)
    qtbot.waitUntil(lambda: found.loads >= 1, timeout=WAIT_MS)
    return found


def in_front(window: MainWindow, title: str) -> bool:
    """Whether the dock of this title is the tab in front of its group."""
    for bar in window.findChildren(QTabBar):
        titles = [bar.tabText(n) for n in range(bar.count())]
        if title in titles:
            return bar.currentIndex() == titles.index(title)
    return window.docks["supervision"].isVisible()  # alone in its place


def server_board(api: Api, **params: Any) -> dict[str, Any]:
    response = requests.get(
        f"{api.url}/api/v1/supervision", params=params, headers=api.headers, timeout=30
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def go_to(board: SupervisionBoardPane, case_id: int, qtbot: Any, *, pending: bool = False) -> None:
    """The board's row of the case current, the keyboard on it."""
    board.tabs.setCurrentIndex(1 if pending else 0)
    view = board.current_view()
    model = board.model_of(view)
    qtbot.waitUntil(lambda: model.row_of_case(case_id) >= 0, timeout=WAIT_MS)
    view.setCurrentIndex(model.index(model.row_of_case(case_id), 0))
    window = board.window()
    window.activateWindow()  # its keys work in the active window (a dialog may have had it)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    view.setFocus()


def note_dialog(board: SupervisionBoardPane, qtbot: Any) -> BoardNoteDialog:
    qtbot.waitUntil(
        lambda: board.commands.dialog is not None and board.commands.dialog.isVisible(),
        timeout=WAIT_MS,
    )
    dialog = board.commands.dialog
    assert dialog is not None
    return dialog


def attach_png(api: Api, case_id: int) -> dict[str, Any]:
    """A small photo kept on the case as evidence (over HTTP, as a field app would)."""
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    response = requests.post(
        f"{api.url}/api/v1/cases/{case_id}/attachments",
        data={"caption": "测试"},
        files={"photo": ("evidence.png", bytes(data.data()), "image/png")},
        headers={**api.headers, "Idempotency-Key": new_key("t")},
        timeout=30,
    )
    assert response.status_code in (200, 201), response.text
    attachments: list[dict[str, Any]] = response.json()["attachments"]
    return attachments[-1]


def settled(window: MainWindow) -> list[Any]:
    outcomes: list[Any] = []
    window.ctx.sync.settled.connect(outcomes.append)
    return outcomes


def test_the_board_lists_the_servers_items_most_late_first(
    fast_server: LiveServer, open_window: Any, qtbot: Any
) -> None:
    window = open_window(fast_server, "supervisor")
    board = board_of(window, qtbot)
    api = Api(fast_server)
    # The supervisor's default layout: the board in front of its tab group.
    assert in_front(window, "督办")
    expected = server_board(api)
    assert expected["items"], "the demo backlog has overdue cases: the ladder opened 督办"
    qtbot.waitUntil(
        lambda: {i.id for i in board.items_model.rows()} == {i["id"] for i in expected["items"]},
        timeout=WAIT_MS,
    )
    late = [i.overdue_min or 0 for i in board.items_model.rows()]
    assert late == sorted(late, reverse=True)
    first = board.items_model.row_at(0)
    assert board.items_model.index(0, 1).data() == first.case.label
    assert board.items_model.index(0, 0).data().endswith(("督办", "通报"))
    overdue = board.items_model.index(0, 5).data()
    assert overdue.startswith("超时") or overdue in ("未超时", "—")
    assert "督办" in board.summary.text()
    # A department filter narrows the board to what the server gives for it.
    department = next(i["case"]["department"] for i in expected["items"] if i["case"]["department"])
    index = board.department_combo.findData(department)
    assert index > 0  # the reference data's departments
    loads = board.loads
    board.department_combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: board.loads > loads, timeout=WAIT_MS)
    narrowed = server_board(api, department=department)
    assert {i.id for i in board.items_model.rows()} == {i["id"] for i in narrowed["items"]}
    assert all(i.department == department for i in board.items_model.rows())
    # A counter, by Enter: the queue shows that department's open cases.
    board.department_combo.setCurrentIndex(0)
    tree = board.departments
    rows = [top_item(tree, n) for n in range(tree.topLevelItemCount())]
    row = next(r for r in rows if r.data(0, Qt.ItemDataRole.UserRole))  # not 未派遣
    code = row.data(0, Qt.ItemDataRole.UserRole)
    tree.setCurrentItem(row)
    tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_Return)
    assert window.queue.current_filter().departments == {code}
    # Enter on an item: its case is the current one (queue, detail), the keyboard stays.
    go_to(board, first.case.id, qtbot)
    QTest.keyClick(board.items_view, Qt.Key.Key_Return)
    assert window.ctx.selection.case_id == first.case.id
    assert board.items_view.hasFocus()


def test_duty_officers_read_the_board_without_the_supervisors_actions(
    fast_server: LiveServer, open_window: Any, qtbot: Any
) -> None:
    window = open_window(fast_server, "duty_officer")
    board = board_of(window, qtbot)
    qtbot.waitUntil(lambda: window.registry.rules is not None, timeout=WAIT_MS)
    assert not in_front(window, "督办")  # behind the dispatch pane
    qtbot.waitUntil(lambda: board.items_model.rowCount() > 0, timeout=WAIT_MS)
    go_to(board, board.items_model.row_at(0).case.id, qtbot)
    for command in ("board_supervise", "board_approve", "board_refuse"):
        button = board.buttons.get(command)
        assert button is None or not button.isEnabled(), command


def test_urge_and_a_stale_version_from_the_board(
    fast_server: LiveServer, open_window: Any, qtbot: Any
) -> None:
    window = open_window(fast_server, "supervisor")
    board = board_of(window, qtbot)
    api = Api(fast_server)
    outcomes = settled(window)
    qtbot.waitUntil(
        lambda: any("urge" in i.case.allowed_actions for i in board.items_model.rows()),
        timeout=WAIT_MS,
    )
    item = next(i for i in board.items_model.rows() if "urge" in i.case.allowed_actions)
    case_id = item.case.id
    caught_up(window, api, case_id, qtbot)
    go_to(board, case_id, qtbot)
    # Urge by its keys: the note, Enter; the outbox sends it on the version shown.
    QTest.keyClick(
        board.items_view,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    dialog = note_dialog(board, qtbot)
    dialog.note.setText("请今日内处理并回复")  # typed (QTest types no Chinese)
    QTest.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(outcomes) == 1, timeout=WAIT_MS)
    assert outcomes[0].status == "done", outcomes[0]
    history = server_case(api, case_id)["history"]
    assert history[-1]["action"] == "urge" and history[-1]["note"] == "请今日内处理并回复"
    qtbot.waitUntil(lambda: "已完成" in board.notice.text(), timeout=WAIT_MS)
    # Escalated to the city by its keys: the target is the board's, the note the officer's.
    caught_up(window, api, case_id, qtbot)
    go_to(board, case_id, qtbot)
    QTest.keyClick(
        board.items_view,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    dialog = note_dialog(board, qtbot)
    assert "市" in dialog.lead.text()
    dialog.note.setText("超期严重，报市指挥中心")
    QTest.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=WAIT_MS)
    assert outcomes[1].status == "done", outcomes[1]
    last = server_case(api, case_id)["history"][-1]
    assert last["action"] == "escalate" and last["note"] == "超期严重，报市指挥中心"
    assert (last.get("payload") or {}).get("target") == "city", last
    # A colleague changes the case while this console does not hear of it (its feed stopped):
    # the urge goes on the old version and comes back with the conflict, in words.
    window.ctx.live.stop()
    shown = window.ctx.model.case(case_id)
    assert shown is not None
    now = server_case(api, case_id)
    assert now["version"] == shown.version
    api.act(now, "comment", note="市民再次来电催促")
    board.commands.submit(shown, "urge", {"note": "再次催办"})
    qtbot.waitUntil(lambda: len(outcomes) == 3, timeout=WAIT_MS)
    conflict = outcomes[2]
    assert conflict.status == "conflict"
    actor = conflict.error.last_change["actor"]
    qtbot.waitUntil(lambda: actor in board.notice.text(), timeout=WAIT_MS)
    assert "催办" in board.notice.text()
    assert board.notice.property("level") == "warning"
    assert results(window).statuses()[conflict.item.id] == "conflict"  # the same outbox
    history = server_case(api, case_id)["history"]
    assert [h["note"] for h in history].count("再次催办") == 0  # nothing was applied


def test_a_supervision_by_hand_and_an_extension_approved_from_the_board(
    fast_server: LiveServer, open_window: Any, qtbot: Any
) -> None:
    api = Api(fast_server)
    created = api.create(title="测试：督办台批准延期", category="street_light")
    case = api.act(api.act(created, "register"), "dispatch", department="urban")
    department = Api(fast_server, "dept_urban")
    case = department.act(case, "sign")
    case = department.act(case, "request_extension", extension_minutes=450, note="需更换灯杆")
    window = open_window(fast_server, "supervisor")
    board = board_of(window, qtbot)
    outcomes = settled(window)
    go_to(board, case["id"], qtbot, pending=True)
    row = board.pending_model.row_of_case(case["id"])
    request = board.pending_model.row_at(row)
    assert request.kind == "extension" and request.minutes == 450
    assert board.pending_model.index(row, 0).data() == "延期"
    assert request.reason == "需更换灯杆"
    caught_up(window, api, case["id"], qtbot)
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    # 督办 by hand (the case is not late: the ladder opened none): its note is required.
    QTest.keyClick(board.pending_view, Qt.Key.Key_S, keys)
    dialog = note_dialog(board, qtbot)
    assert not dialog.send_button.isEnabled() and "督办" in dialog.why_not()
    dialog.note.setText("限三日内办结")
    QTest.keyClick(dialog.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(outcomes) == 1, timeout=WAIT_MS)
    assert outcomes[0].status == "done", outcomes[0]
    qtbot.waitUntil(lambda: case["id"] in board.items_model.case_ids(), timeout=WAIT_MS)
    item = board.items_model.row_at(board.items_model.row_of_case(case["id"]))
    assert item.kind == "supervise" and item.note == "限三日内办结"
    assert item.opened_by == window.ctx.session.display_name
    # Then the extension, approved by its keys on the request (on the case's new version).
    caught_up(window, api, case["id"], qtbot)
    go_to(board, case["id"], qtbot, pending=True)
    QTest.keyClick(board.pending_view, Qt.Key.Key_A, keys)
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=WAIT_MS)
    assert outcomes[1].status == "done" and outcomes[1].item.action == "approve_extension"
    on_server = server_case(api, case["id"])
    assert on_server["extension_pending_min"] is None
    assert [h["action"] for h in on_server["history"]][-2:] == ["supervise", "approve_extension"]
    # The board reads the server again: the request is gone from the list.
    qtbot.waitUntil(lambda: board.pending_model.row_of_case(case["id"]) < 0, timeout=WAIT_MS)


def test_the_ladder_opens_a_supervision_live_and_it_alerts_once(
    fast_server: LiveServer, open_window: Any, qtbot: Any
) -> None:
    window = open_window(fast_server, "supervisor")
    board = board_of(window, qtbot)
    raised: list[Alert] = []
    window.ctx.alerts.raised.connect(raised.append)
    loads = board.loads
    case = Api(fast_server).create(title="测试：督办台实时出现")
    # No polling: the board reads again when the feed brings the ladder's 督办.
    qtbot.waitUntil(lambda: case["id"] in board.items_model.case_ids(), timeout=LADDER_MS)
    assert board.loads > loads
    item = board.items_model.row_at(board.items_model.row_of_case(case["id"]))
    assert item.kind == "supervise" and item.escalation_level >= 2
    qtbot.waitUntil(lambda: window.ctx.alerts.alert_for(case["id"]) is not None, timeout=WAIT_MS)
    assert len([a for a in raised if a.case_id == case["id"]]) == 1
    alert = window.ctx.alerts.alert_for(case["id"])
    assert alert is not None and alert.supervised
    row = board.items_model.row_of_case(case["id"])
    assert board.items_model.index(row, 0).data().startswith("●")  # not yet acknowledged
    # Acknowledged on the board with Space; a reload reads it all again: no second alert.
    go_to(board, case["id"], qtbot)
    QTest.keyClick(board.items_view, Qt.Key.Key_Space)
    assert window.ctx.alerts.alert_for(case["id"]) is None
    assert not board.items_model.index(row, 0).data().startswith("●")
    loads = board.loads
    window.registry["refresh"].trigger()
    qtbot.waitUntil(lambda: board.loads > loads, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.ctx.live.status == "online", timeout=WAIT_MS)
    assert case["id"] in board.items_model.case_ids()
    assert [a.case_id for a in raised].count(case["id"]) == 1


def test_a_supervisors_board_is_told_of_every_new_supervision_and_notice_once(qapp: Any) -> None:
    """The alert book's rule for the board (no server: a 通报 takes five working days of red
    on a real one, so its feed events are written here as the server sends them)."""
    rng = random.Random(7)
    overdue = (NOW - timedelta(hours=1)).isoformat()
    theirs = make_case(1, rng, state="dispatched", due_at=overdue, color="red",
                       allowed_actions=["urge", "comment"])  # fmt: skip
    other = make_case(2, rng, state="in_progress", due_at=overdue, color="red",
                      allowed_actions=["urge", "comment"])  # fmt: skip
    model = CaseTableModel(clock=lambda: NOW.timestamp())
    model.replace_all([theirs, other])
    book = AlertBook(model, "值班长(演示)")
    book.watch_every_supervision()
    raised: list[Alert] = []
    book.raised.connect(raised.append)

    def feed(case: dict[str, Any], action: str, actor: str = "系统", level: int = 2) -> None:
        new = {**case, "version": case["version"] + 1, "escalation_level": level}
        event = {"type": "case.escalated", "case_id": case["id"], "case": new,
                 "action": {"action": action, "actor": actor}}  # fmt: skip
        case.update(new)
        model.apply_events([event])
        book.note_events([event])
        book.note_events([event])  # a replay of the same event: nothing new

    feed(theirs, "auto_supervise")  # not the supervisor's case to move on: alerted all the same
    assert [(a.case_id, a.kind) for a in raised] == [(1, "new_supervision")]
    feed(theirs, "auto_notice", level=3)  # the third rung: alerted again, as 通报
    assert [(a.case_id, a.kind) for a in raised][-1] == (1, "notice")
    feed(other, "supervise", actor="值班长(演示)")  # the supervisor's own 督办: they know
    assert [a.case_id for a in raised] == [1, 1]
    assert book.alert_for(1) is not None and book.alert_for(1).kind == "notice"  # type: ignore[union-attr]
    assert book.acknowledge(1) and book.alert_for(1) is None


def test_a_bulletin_is_fetched_from_the_server_and_handed_to_the_viewer(
    fast_server: LiveServer, open_window: Any, qtbot: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    """通报 takes five working days of red on a real server, so no item of the demo has a
    bulletin yet: the server's refusal for a 督办 item is shown as it says it, and the
    download is tried on a real attachment (a photo kept on the case) named as a bulletin;
    the viewer is the test's."""
    monkeypatch.setenv("CC_CONSOLE_DATA_DIR", str(tmp_path / "console"))
    window = open_window(fast_server, "supervisor")
    board = board_of(window, qtbot)
    api = Api(fast_server)
    opened: list[Any] = []
    board.bulletins.open_file = lambda path: opened.append(path) or True
    qtbot.waitUntil(lambda: board.items_model.rowCount() > 0, timeout=WAIT_MS)
    item = board.items_model.row_at(0)
    go_to(board, item.case.id, qtbot)
    assert not board.buttons["board_bulletin"].isEnabled()  # a 督办 item has none
    board.bulletins.open(item)  # asked all the same: the server says why not
    qtbot.waitUntil(lambda: board.notice.property("level") == "error", timeout=WAIT_MS)
    assert "通报无法打开" in board.notice.text() and not opened
    listed = server_board(api)["items"][0]
    photo = attach_png(api, listed["case"]["id"])
    notice = SupervisionItem.from_json(
        {
            **listed,
            "kind": "notice",
            "bulletin": {"pdf": {"id": photo["id"], "filename": "通报.pdf"}},
        }
    )
    board.bulletins.open(notice)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=WAIT_MS)
    path = opened[0]
    assert path.name == "通报.pdf" and path.parent == tmp_path / "console" / "bulletins"
    assert path.read_bytes()[:4] == b"\x89PNG"  # the attachment's bytes
    assert "通报已打开" in board.notice.text()

"""Volunteer requests in the console (issue #21) against a real cc-server: the list (open
first, deadlines counting down, overdue in red), the center's actions through the server's
rules with the team picker (best first, a declined team marked), refusals in the console's
words, live updates from the feed as a team lead acts on a phone, 点单 from the form, and the
figures."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from console.api.errors import error_from_problem
from console.panes import registry
from console.panes.registry import PaneSpec, register_pane
from console.volunteers import rows, texts
from console.volunteers.dialogs import NoteDialog, RateDialog, TeamPicker
from console.volunteers.order_form import OrderForm
from console.volunteers.pane import DEADLINE, REQUEST_ID, VolunteerPane
from console.volunteers.pane import PANE_TITLE as VOLUNTEERS_TITLE
from tests.console.conftest import WAIT_MS
from tests.support.factories import new_key
from tests.support.live_server import LiveServer
from widgets import sla_palette
from widgets.tree_rows import top_item

CLOCK = {"offset": 0.0}  # seconds added to the real clock: the test moves the pane's time


def _clocked(ctx: Any) -> VolunteerPane:
    return VolunteerPane(ctx, clock=lambda: time.time() + CLOCK["offset"])


SPEC = PaneSpec(
    "volunteers",
    VOLUNTEERS_TITLE,
    VolunteerPane,
    Qt.DockWidgetArea.BottomDockWidgetArea,
    shortcut="Ctrl+Shift+Y",
    roles=frozenset({"duty_officer", "supervisor"}),
    tab_with="dispatch",
    size=420,
)


@pytest.fixture
def volunteer_pane_registered() -> Iterator[None]:
    """The volunteer pane in every window of this test (the integrator's catalog does it);
    its clock is the real one moved by CLOCK["offset"]."""
    before = dict(registry._PANES)
    CLOCK["offset"] = 0.0
    register_pane(PaneSpec(**{**SPEC.__dict__, "factory": _clocked}))
    yield
    registry._PANES.clear()
    registry._PANES.update(before)


# -- the list's order, on its own ----------------------------------------------------------


def test_open_requests_come_first_the_nearest_deadline_on_top() -> None:
    found = rows.ordered(
        [
            {"id": 1, "state": "rated"},
            {"id": 2, "state": "offered", "due_at": "2026-12-07T12:00:00+08:00"},
            {"id": 3, "state": "requested", "due_at": "2026-12-07T13:00:00+08:00"},
            {"id": 4, "state": "requested", "due_at": "2026-12-07T11:00:00+08:00"},
            {"id": 5, "state": "cancelled"},
            {"id": 6, "state": "done"},
        ]
    )
    assert [r["id"] for r in found] == [4, 3, 2, 6, 5, 1]
    late = {"id": 7, "state": "offered", "due_at": "2026-12-07T12:00:00+08:00"}
    noon = rows.due_epoch(late)
    assert noon is not None
    assert not rows.overdue(late, noon - 1) and rows.overdue(late, noon)
    assert not rows.overdue({**late, "state": "rated", "overdue": True}, noon + 1)


def test_refusals_are_said_in_the_consoles_words(zh_cn: Any) -> None:
    illegal = error_from_problem(
        {
            "status": 422,
            "code": "illegal_transition",
            "detail": "A request that is rated cannot be offered",
            "state": "rated",
            "allowed_actions": [],
        }
    )
    assert texts.refusal_text(illegal) == "服务单处于“已评单”时不能这样做。现在可以：无。"
    gone = error_from_problem({"status": 404, "code": "not_found", "detail": "Request 9"})
    assert texts.refusal_text(gone) == "该服务单已不存在，或您无权查看。"
    reason = error_from_problem({"status": 422, "code": "reason_required", "detail": "x"})
    assert "原因" in texts.refusal_text(reason) or "reason" in texts.refusal_text(reason)


def test_the_order_form_keeps_its_key_for_a_retry_and_takes_a_new_one_for_a_change(
    qtbot: Any,
) -> None:
    form = OrderForm(
        [{"code": "cleaning", "name": "环境保洁", "active": True}],
        [{"code": "chengdong", "name": "城东"}],
    )
    qtbot.addWidget(form)
    sent: list[tuple[dict[str, Any], str]] = []
    form.submitted.connect(lambda body, key: sent.append((body, key)))
    form.ok.click()  # no description: nothing goes
    assert not sent and form.error.text()
    form.description.setPlainText("楼道堆放杂物需清理")
    form.ok.click()
    assert not form.ok.isEnabled()  # one at a time
    form.refused("无法连接服务器")  # the answer was lost: everything typed is still there
    assert form.description.toPlainText() == "楼道堆放杂物需清理" and form.ok.isEnabled()
    form.ok.click()  # the same request again: the same key (the server replays, never twice)
    form.refused("…")
    form.resident_name.setText("赵大爷")
    form.ok.click()  # corrected: another request, another key
    assert [body["description"] for body, _key in sent] == ["楼道堆放杂物需清理"] * 3
    assert sent[0][1] == sent[1][1] != sent[2][1]
    assert sent[2][0]["resident_name"] == "赵大爷" and "street" not in sent[2][0]


# -- against the server --------------------------------------------------------------------


class Center:
    """The server as others use it: the supervisor's desk and the team lead's phone."""

    def __init__(self, server: LiveServer) -> None:
        self.url = server.url + "/api/v1/volunteers"
        self.supervisor = server.headers("supervisor")
        self.lead = server.headers("volunteer_lead")  # 飞牛小匠志愿服务队 (feiniu)

    def create(self, **fields: Any) -> dict[str, Any]:
        body = {
            "category": "minor_repairs",
            "street": "hongqiao",
            "description": "水龙头漏水，独居老人",
            "resident_name": "刘阿姨",
            "resident_phone": "13800001234",
            **fields,
        }
        response = requests.post(
            f"{self.url}/requests",
            json=body,
            headers={**self.supervisor, "Idempotency-Key": new_key("v")},
            timeout=30,
        )
        assert response.status_code == 201, response.text
        answer: dict[str, Any] = response.json()
        return answer

    def get(self, request_id: int) -> dict[str, Any]:
        response = requests.get(
            f"{self.url}/requests/{request_id}", headers=self.supervisor, timeout=30
        )
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        return answer

    def act(self, request_id: int, action: str, *, lead: bool = False, **fields: Any) -> Any:
        version = self.get(request_id)["version"]
        response = requests.post(
            f"{self.url}/requests/{request_id}/actions",
            json={"action": action, "version": version, **fields},
            headers={**(self.lead if lead else self.supervisor), "Idempotency-Key": new_key()},
            timeout=30,
        )
        assert response.status_code == 200, response.text
        return response.json()


def pane_of(window: Any, qtbot: Any) -> VolunteerPane:
    found = window.panes["volunteers"]
    assert isinstance(found, VolunteerPane)
    qtbot.waitUntil(lambda: found.loads >= 1, timeout=WAIT_MS)
    window.pane_docks.show_pane("volunteers")
    return found


def listed(pane: VolunteerPane, request_id: int) -> Any:
    for index in range(pane.list.topLevelItemCount()):
        item = top_item(pane.list, index)
        if item.data(0, REQUEST_ID) == request_id:
            return item
    return None


def selected(pane: VolunteerPane, qtbot: Any, request_id: int) -> dict[str, Any]:
    """Select the request and wait for what the server lets the officer do on it."""
    qtbot.waitUntil(lambda: listed(pane, request_id) is not None, timeout=WAIT_MS)
    pane.list.setCurrentItem(listed(pane, request_id))
    qtbot.waitUntil(lambda: request_id in pane.history, timeout=WAIT_MS)
    return pane.requests[request_id]


def dialog_of(pane: VolunteerPane, qtbot: Any, kind: type) -> Any:
    qtbot.waitUntil(lambda: isinstance(pane.dialog, kind), timeout=WAIT_MS)
    return pane.dialog


def test_offer_through_the_team_picker_a_decline_live_then_withdraw_and_cancel(
    qtbot: Any, server: LiveServer, open_window: Any, volunteer_pane_registered: None
) -> None:
    center = Center(server)
    window = open_window(server, "duty_officer")
    pane = pane_of(window, qtbot)
    made = center.create()
    # made elsewhere: the feed's volunteer.requested brings it
    qtbot.waitUntil(lambda: listed(pane, made["id"]) is not None, timeout=WAIT_MS)
    request = selected(pane, qtbot, made["id"])
    assert set(request["allowed_actions"]) == {"offer", "cancel"}
    assert pane.buttons["offer"].isEnabled() and pane.buttons["cancel"].isEnabled()
    assert not pane.buttons["rate"].isEnabled() and not pane.buttons["withdraw"].isEnabled()
    assert listed(pane, made["id"]).text(DEADLINE)  # 2 hours to offer it, counting down

    # 派单: the picker lists the server's suggestion, best first; Enter takes the first
    pane.buttons["offer"].click()
    picker = dialog_of(pane, qtbot, TeamPicker)
    suggested = requests.get(
        f"{center.url}/requests/{made['id']}/suggest", headers=center.supervisor, timeout=30
    ).json()["items"]
    assert [
        picker.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(picker.list.count())
    ] == [t["team"] for t in suggested]
    assert picker.chosen_team() == suggested[0]["team"] == "feiniu"  # 虹桥, repairs
    with qtbot.waitSignal(pane.written, timeout=WAIT_MS):
        picker.accept()
    assert center.get(made["id"])["state"] == "offered"
    assert pane.requests[made["id"]]["team"] == "feiniu"
    qtbot.waitUntil(lambda: "withdraw" in (pane.requests[made["id"]]["allowed_actions"] or []),
                    timeout=WAIT_MS)  # fmt: skip

    # the lead declines on the phone: the row goes back to waiting, live
    center.act(made["id"], "decline", lead=True, note="本周人手不足")
    qtbot.waitUntil(lambda: pane.requests[made["id"]]["state"] == "requested", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(pane.history.get(made["id"], [])) >= 3, timeout=WAIT_MS)
    trail = [pane.trail.item(i).text() for i in range(pane.trail.count())]
    assert any("本周人手不足" in line and "飞牛小匠志愿服务队" in line for line in trail), trail

    # offered again: the team that declined is listed last, marked
    qtbot.waitUntil(lambda: pane.buttons["offer"].isEnabled(), timeout=WAIT_MS)
    pane.buttons["offer"].click()
    picker = dialog_of(pane, qtbot, TeamPicker)
    last = picker.list.item(picker.list.count() - 1)
    assert last.data(Qt.ItemDataRole.UserRole) == "feiniu"
    assert last.foreground().color().name() == QColor(sla_palette.INK["red"]).name()
    chosen = picker.chosen_team()
    assert chosen and chosen != "feiniu"
    with qtbot.waitSignal(pane.written, timeout=WAIT_MS):
        picker.accept()
    offered = center.get(made["id"])
    assert offered["state"] == "offered" and offered["team"] == chosen

    # withdraw asks for a reason (OK stays off without one)
    qtbot.waitUntil(lambda: pane.buttons["withdraw"].isEnabled(), timeout=WAIT_MS)
    pane.buttons["withdraw"].click()
    note = dialog_of(pane, qtbot, NoteDialog)
    assert not note.buttons.buttons()[0].isEnabled()
    note.note.setPlainText("队伍电话打不通")
    with qtbot.waitSignal(pane.written, timeout=WAIT_MS):
        note.accept()
    assert center.get(made["id"])["state"] == "requested"

    # a write on a version that moved on: refused in the console's words, nothing changed
    stale = dict(pane.requests[made["id"]])
    center.act(made["id"], "offer", team="youth")
    with qtbot.waitSignal(pane.refused, timeout=WAIT_MS) as refusal:
        pane.send(stale, "cancel", note="居民不需要了")
    assert "changed meanwhile" in refusal.args[0] or "已被" in refusal.args[0]
    assert center.get(made["id"])["state"] == "offered"
    qtbot.waitUntil(lambda: pane.requests[made["id"]]["state"] == "offered", timeout=WAIT_MS)

    # cancel: gone from the open ones, kept (grey) among the ended
    qtbot.waitUntil(lambda: pane.buttons["cancel"].isEnabled(), timeout=WAIT_MS)
    pane.buttons["cancel"].click()
    note = dialog_of(pane, qtbot, NoteDialog)
    note.note.setPlainText("居民已自行解决")
    with qtbot.waitSignal(pane.written, timeout=WAIT_MS):
        note.accept()
    assert center.get(made["id"])["state"] == "cancelled"
    pane.open_only.setChecked(True)
    assert listed(pane, made["id"]) is None
    pane.open_only.setChecked(False)
    states = [r.get("state") for r in pane.shown_requests()]
    first_ended = next(i for i, s in enumerate(states) if s in ("rated", "cancelled"))
    assert all(s in ("rated", "cancelled") for s in states[first_ended:])


def test_rate_at_the_callback_overdue_in_red_order_form_and_figures(
    qtbot: Any, server: LiveServer, open_window: Any, volunteer_pane_registered: None
) -> None:
    center = Center(server)
    made = center.create(description="帮忙修理门锁")
    center.act(made["id"], "offer", team="feiniu")
    center.act(made["id"], "accept", lead=True)
    center.act(made["id"], "done", lead=True, hours=1.5, note="已更换门锁")
    waiting = center.create(description="陪老人去医院", category="companionship")
    window = open_window(server, "supervisor")
    pane = pane_of(window, qtbot)

    # the deadline counts down; once past it (the pane's clock moved 3 h on) the row is red
    row = listed(pane, waiting["id"])
    assert row is not None and not row.text(DEADLINE).startswith("-")
    CLOCK["offset"] = 3 * 3600
    qtbot.waitUntil(lambda: listed(pane, waiting["id"]).text(DEADLINE).startswith("-"),
                    timeout=WAIT_MS)  # fmt: skip
    red = QColor(sla_palette.INK["red"]).name()
    assert listed(pane, waiting["id"]).foreground(0).color().name() == red
    assert "overdue" in pane.summary.text() or "超时" in pane.summary.text()

    # 评单: the resident's 1–5 and comment
    request = selected(pane, qtbot, made["id"])
    assert request["allowed_actions"] == ["rate"]
    pane.buttons["rate"].click()
    rate = dialog_of(pane, qtbot, RateDialog)
    assert not rate.buttons.buttons()[0].isEnabled()  # no rating chosen yet
    rate.group.button(4).click()
    rate.comment.setPlainText("师傅很耐心")
    with qtbot.waitSignal(pane.written, timeout=WAIT_MS):
        rate.accept()
    rated = center.get(made["id"])
    assert (rated["state"], rated["rating"], rated["rating_comment"]) == ("rated", 4, "师傅很耐心")

    # 点单: a form without a description says so and sends nothing; then it goes
    before = len(pane.requests)
    pane.new_button.click()
    form = dialog_of(pane, qtbot, OrderForm)
    form.category.setCurrentIndex(form.category.findData("cleaning"))
    form.street.setCurrentIndex(form.street.findData("chengdong"))
    form.resident_name.setText("赵大爷")
    form.resident_phone.setText("139-0000 5678")
    form.ok.click()
    assert form.error.text() and form.isVisible() and len(pane.requests) == before
    form.resident_phone.setText("电话")
    form.description.setPlainText("楼道堆放杂物需清理")
    form.ok.click()
    assert "phone" in form.error.text() or "电话" in form.error.text()
    form.resident_phone.setText("139-0000 5678")
    with qtbot.waitSignal(pane.written, timeout=WAIT_MS) as made_signal:
        form.ok.click()
    new_id = made_signal.args[1]
    taken = center.get(new_id)
    assert (taken["category"], taken["street"], taken["resident_name"], taken["state"]) == (
        "cleaning",
        "chengdong",
        "赵大爷",
        "requested",
    )
    assert pane.selected_id() == new_id and not form.isVisible()

    # the figures: the rated request's team and street are counted
    pane.figures.period.setCurrentIndex(pane.figures.period.findData(0))  # everything
    qtbot.waitUntil(lambda: pane.figures.teams.rowCount() >= 1, timeout=WAIT_MS)
    table = pane.figures.teams
    teams = [item.text() for r in range(table.rowCount()) if (item := table.item(r, 0))]
    assert "飞牛小匠志愿服务队" in teams
    assert pane.figures.streets.rowCount() >= 1

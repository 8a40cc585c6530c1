"""The supervisors' 督办 board (GET /api/v1/supervision) and the actions behind it:
a 督办 issued by hand (`supervise`), park requests (`request_park`, `park`, `reject_park`).

The server's clock stands where each test puts it (tests/support/clock.py); the ladder is
ticked by hand at those instants, as the scheduler would. docs/api-supervision.md.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, select

from server.models import Escalation
from server.schemas.supervision_out import SupervisionOut
from server.services import escalation
from server.services.workcalendar import SHANGHAI
from server.state import AppState
from tests.server.conftest import new_key
from tests.support.clock import SettableClock
from tests.support.factories import bearer_headers

Json = Any  # a JSON answer, as the client parsed it


def sh(day: int, hour: int, minute: int = 0) -> datetime:
    """An Asia/Shanghai instant in the week of Monday 2025-11-10."""
    return datetime(2025, 11, day, hour, minute, tzinfo=SHANGHAI)


class Desk:
    """The duty room through the API, at instants the test chooses."""

    def __init__(self, client: TestClient, state: AppState) -> None:
        self.client, self.state = client, state
        self.clock = SettableClock(sh(10, 9))
        state.clock = self.clock
        self._tokens: dict[tuple[str, object], dict[str, str]] = {}

    def headers(self, user: str) -> dict[str, str]:
        """Signed in on the clock's day (a token issued days before has expired)."""
        key = (user, self.clock().date())
        if key not in self._tokens:
            self._tokens[key] = bearer_headers(self.client, user)
        return self._tokens[key]

    def at(self, moment: datetime) -> Desk:
        self.clock.set(moment)
        return self

    def create(self, **fields: Any) -> Json:
        body = {
            "channel": "hotline_12345",
            "category": "noise",
            "title": "夜间施工噪声扰民",
            "address": "虹桥街道新中社区12幢",
            **fields,
        }
        response = self.client.post(
            "/api/v1/cases", json=body, headers=self.headers("duty_officer")
        )
        assert response.status_code == 201, response.text
        return response.json()

    def case(self, case_id: int) -> Json:
        response = self.client.get(f"/api/v1/cases/{case_id}", headers=self.headers("supervisor"))
        assert response.status_code == 200, response.text
        return response.json()

    def post(self, user: str, case_id: int, action: str, key: str | None = None, **fields: Any):  # type: ignore[no-untyped-def]
        body = {"action": action, "version": self.case(case_id)["version"], **fields}
        return self.client.post(
            f"/api/v1/cases/{case_id}/actions",
            json=body,
            headers={**self.headers(user), "Idempotency-Key": key or new_key()},
        )

    def do(self, user: str, case_id: int, action: str, **fields: Any) -> Json:
        response = self.post(user, case_id, action, **fields)
        assert response.status_code == 200, response.text
        return response.json()

    def dispatched(self, department: str = "urban", **fields: Any) -> Json:
        """A case registered and dispatched to `department` (its sign clock running)."""
        case = self.create(**fields)
        self.do("duty_officer", case["id"], "register")
        return self.do("duty_officer", case["id"], "dispatch", department=department)

    def in_progress(self, department: str = "urban", **fields: Any) -> Json:
        case = self.dispatched(department, **fields)
        return self.do(f"dept_{department}", case["id"], "sign")

    def tick(self) -> int:
        with self.state.db.write() as session:
            return escalation.tick(session, ref=self.state.reference.get(), now=self.clock())

    def board(self, user: str = "supervisor", **params: Any) -> Json:
        response = self.client.get("/api/v1/supervision", params=params, headers=self.headers(user))
        assert response.status_code == 200, response.text
        answer = response.json()
        SupervisionOut.model_validate(answer)  # every field declared, none unknown
        return answer


@pytest.fixture
def desk(client: TestClient, state: AppState) -> Desk:
    return Desk(client, state)


def item_of(board: Json, case_id: int) -> Json:
    found = [item for item in board["items"] if item["case"]["id"] == case_id]
    assert len(found) == 1, board["items"]
    return found[0]


def actor_of(case: Json, action: str) -> str:
    return str(next(entry["actor"] for entry in case["history"] if entry["action"] == action))


# --- the board ------------------------------------------------------------------------------


def test_the_board_lists_the_ladders_and_a_supervisors_items_with_their_facts(
    desk: Desk,
) -> None:
    late = desk.create()  # accept clock: due 10:00
    held = desk.at(sh(10, 9, 5)).dispatched("urban", address="学田街道濠西路8号")
    desk.at(sh(10, 9, 20)).do("supervisor", held["id"], "supervise", note="请城管局今日处置")
    desk.at(sh(10, 10, 30)).tick()  # the late case: 催办 and 督办 at once
    desk.at(sh(10, 10, 40)).do("duty_officer", held["id"], "urge")

    board = desk.at(sh(10, 11, 0)).board()
    assert [item["case"]["id"] for item in board["items"]] == [late["id"], held["id"]]
    assert board["total"] == 2
    assert board["now"] == "2025-11-10T11:00:00+08:00"

    ladder = item_of(board, late["id"])
    assert (ladder["kind"], ladder["status"], ladder["step"]) == ("supervise", "open", "accept")
    assert (ladder["opened_by"], ladder["note"]) == ("system", "")
    assert ladder["opened_at"] == "2025-11-10T10:30:00+08:00" and ladder["closed_at"] is None
    assert ladder["department"] is None, "not dispatched: no holder"
    assert ladder["street"]["code"] == "hongqiao" and ladder["street"]["name"] == "虹桥"
    assert ladder["overdue_min"] == 60, "due 10:00, now 11:00: 60 working minutes"
    assert ladder["escalation_level"] == 2
    assert ladder["last_urge_at"] == "2025-11-10T10:30:00+08:00", "the ladder's 催办"
    assert ladder["bulletin"] is None
    assert ladder["case"]["color"] == "red"

    manual = item_of(board, held["id"])
    assert manual["kind"] == "supervise" and manual["step"] == "sign"
    assert manual["opened_by"] == actor_of(desk.case(held["id"]), "supervise") != "system"
    assert manual["note"] == "请城管局今日处置"
    assert manual["department"]["code"] == "urban" and manual["department"]["name"]
    assert manual["street"]["code"] == "xuetian"
    assert manual["overdue_min"] == 0, "the sign clock is not past due yet"
    assert manual["escalation_level"] == 2
    assert manual["last_urge_at"] == "2025-11-10T10:40:00+08:00", "the officer's urge"


def test_lateness_counts_working_time_only(desk: Desk) -> None:
    case = desk.at(sh(10, 11, 30)).create()  # due 11:30 + 30 min + lunch → 14:00
    desk.at(sh(10, 14, 30)).tick()
    assert item_of(desk.board(), case["id"])["overdue_min"] == 30
    # Over the night: 17:30 to 08:30 does not count.
    assert item_of(desk.at(sh(11, 8, 45)).board(), case["id"])["overdue_min"] == 3 * 60 + 30 + 15


def test_items_sort_by_lateness_and_filter_by_department_and_street(desk: Desk) -> None:
    first = desk.at(sh(10, 9, 0)).create()  # due 10:00, in 虹桥
    second = desk.at(sh(10, 9, 30)).create(address="学田街道濠西路8号")  # due 10:30
    urban = desk.at(sh(10, 9, 40)).dispatched("urban", address="学田街道濠西路9号")
    desk.do("supervisor", urban["id"], "supervise", note="督办")
    housing = desk.at(sh(10, 9, 45)).dispatched("housing")
    desk.do("supervisor", housing["id"], "supervise", note="督办")
    desk.at(sh(10, 11, 0)).tick()

    board = desk.board()
    ids = [item["case"]["id"] for item in board["items"]]
    assert ids[:2] == [first["id"], second["id"]], "the latest first"
    assert [i["overdue_min"] for i in board["items"]] == sorted(
        (i["overdue_min"] for i in board["items"]), reverse=True
    )
    everything = board["counters"]
    departments = {c["code"]: c["count"] for c in everything["departments"]}
    assert departments == {None: 2, "urban": 1, "housing": 1}
    assert {c["name"] for c in everything["departments"] if c["id"] is None} == {"未派遣"}
    streets = {c["code"]: c["count"] for c in everything["streets"]}
    assert streets == {"hongqiao": 2, "xuetian": 2}

    only_urban = desk.board(department="urban")
    assert [i["case"]["id"] for i in only_urban["items"]] == [urban["id"]]
    assert only_urban["total"] == 1
    assert only_urban["counters"] == everything, "counters are not narrowed by the filters"
    dept_id = only_urban["items"][0]["department"]["id"]
    by_id = desk.board(department=str(dept_id))
    assert [i["case"]["id"] for i in by_id["items"]] == [urban["id"]]
    both = desk.board(department=["urban", "housing"])
    assert {i["case"]["id"] for i in both["items"]} == {urban["id"], housing["id"]}

    in_xuetian = desk.board(street="学田")
    assert {i["case"]["id"] for i in in_xuetian["items"]} == {second["id"], urban["id"]}
    assert desk.board(street="xuetian")["items"] == in_xuetian["items"]
    street_id = in_xuetian["items"][0]["street"]["id"]
    assert desk.board(street=str(street_id))["items"] == in_xuetian["items"]
    assert [i["case"]["id"] for i in desk.board(street="xuetian", department="urban")["items"]] == [
        urban["id"]
    ]
    assert desk.board(limit=1)["items"][0]["case"]["id"] == first["id"]
    assert desk.board(limit=1)["total"] == 4

    assert desk.board(kind="notice")["items"] == []
    assert desk.board(kind="notice")["counters"] == {"departments": [], "streets": []}
    assert len(desk.board(kind="supervise")["items"]) == 4


def test_unknown_filters_are_refused_naming_the_field(desk: Desk) -> None:
    response = desk.client.get(
        "/api/v1/supervision", params={"department": "nowhere"}, headers=desk.headers("supervisor")
    )
    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "invalid" and problem["errors"][0]["field"] == "department"
    response = desk.client.get(
        "/api/v1/supervision", params={"kind": "remind"}, headers=desk.headers("supervisor")
    )
    assert response.status_code == 422


def test_only_supervisors_and_duty_officers_read_the_board(desk: Desk) -> None:
    assert desk.board("duty_officer")["items"] == []
    for user in ("dept_urban", "trainer"):
        response = desk.client.get("/api/v1/supervision", headers=desk.headers(user))
        assert response.status_code == 403, user


def test_drill_cases_never_appear(desk: Desk) -> None:
    body = {"channel": "hotline_12345", "category": "noise", "title": "演练", "address": "虹桥街道"}
    response = desk.client.post("/api/v1/cases", json=body, headers=desk.headers("trainer"))
    assert response.status_code == 201, response.text
    live = desk.create()
    desk.at(sh(10, 11, 0)).tick()
    board = desk.board()
    assert [i["case"]["id"] for i in board["items"]] == [live["id"]]
    assert sum(c["count"] for c in board["counters"]["departments"]) == 1


def test_the_board_reads_in_a_fixed_number_of_queries(desk: Desk) -> None:
    for _ in range(3):
        desk.create()
    desk.at(sh(10, 11, 0)).tick()
    few = _queries_of(desk)
    for _ in range(12):
        desk.create()
    desk.at(sh(10, 14, 0)).tick()
    assert len(desk.board()["items"]) == 15
    assert _queries_of(desk) == few, "no query per item"


def _queries_of(desk: Desk) -> int:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    desk.board()  # signed in, caches warm
    engine = desk.state.db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        desk.board()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return len([s for s in statements if s.lstrip().upper().startswith("SELECT")])


# --- a 督办 by hand -------------------------------------------------------------------------


def test_a_supervisor_issues_a_supervision_with_a_note(desk: Desk) -> None:
    case = desk.at(sh(10, 9, 5)).dispatched()
    assert "supervise" not in case["allowed_actions"], "the duty officer's view"
    supervisor_view = desk.case(case["id"])
    assert "supervise" in supervisor_view["allowed_actions"]

    forbidden = desk.post("duty_officer", case["id"], "supervise", note="督办")
    assert forbidden.status_code == 403 and forbidden.json()["code"] == "forbidden_role"
    no_note = desk.post("supervisor", case["id"], "supervise")
    assert no_note.status_code == 422 and no_note.json()["code"] == "reason_required"

    key = new_key()
    done = desk.at(sh(10, 9, 30)).post("supervisor", case["id"], "supervise", key, note="限今日")
    assert done.status_code == 200, done.text
    assert done.json()["escalation_level"] == 2
    replay = desk.client.post(
        f"/api/v1/cases/{case['id']}/actions",
        json={"action": "supervise", "version": case["version"], "note": "限今日"},
        headers={**desk.headers("supervisor"), "Idempotency-Key": key},
    )
    assert replay.headers.get("Idempotent-Replayed") == "true"
    assert replay.content == done.content

    trail = desk.case(case["id"])["history"]
    entry = next(e for e in trail if e["action"] == "supervise")
    assert entry["note"] == "限今日" and entry["payload"]["escalation_level"] == 2
    assert [e["action"] for e in trail].count("supervise") == 1, "the replay did nothing"

    again = desk.post("supervisor", case["id"], "supervise", note="再次督办")
    assert again.status_code == 422 and again.json()["code"] == "already_supervised"

    stale = desk.client.post(
        f"/api/v1/cases/{case['id']}/actions",
        json={"action": "urge", "version": case["version"]},
        headers={**desk.headers("supervisor"), "Idempotency-Key": new_key()},
    )
    assert stale.status_code == 409 and stale.json()["code"] == "stale_version"


def test_supervise_is_refused_where_there_is_nothing_to_press(desk: Desk) -> None:
    reported = desk.create()
    refused = desk.post("supervisor", reported["id"], "supervise", note="督办")
    assert refused.status_code == 422 and refused.json()["code"] == "illegal_transition"


def test_a_step_the_ladder_supervised_cannot_be_supervised_again(desk: Desk) -> None:
    case = desk.create()
    desk.do("duty_officer", case["id"], "register")  # dispatch clock: due 11:00
    desk.at(sh(10, 11, 30)).tick()
    refused = desk.post("supervisor", case["id"], "supervise", note="督办")
    assert refused.status_code == 422 and refused.json()["code"] == "already_supervised"


def test_the_ladder_takes_a_manual_supervision_as_its_rung_and_goes_on_to_notice(
    desk: Desk, state: AppState
) -> None:
    case = desk.at(sh(10, 9, 5)).dispatched()  # sign clock: 1 working day
    desk.at(sh(10, 9, 30)).do("supervisor", case["id"], "supervise", note="督办")
    desk.at(sh(11, 11, 0)).tick()  # past due: red, no second 督办 item (unique per clock)
    desk.at(sh(20, 11, 0)).tick()  # 5 working days later: 通报
    with state.db.read() as session:
        kinds = session.execute(
            select(Escalation.kind, Escalation.status)
            .where(Escalation.case_id == case["id"])
            .order_by(Escalation.id)
        ).all()
    assert [tuple(k) for k in kinds] == [("supervise", "open"), ("notice", "open")]
    current = desk.case(case["id"])
    assert current["color"] == "red" and current["escalation_level"] == 3
    assert [e["action"] for e in current["history"] if e["action"].startswith("auto_")] == [
        "auto_notice"
    ]
    board = desk.board()
    # Equally late (one case): the newer item first.
    assert [i["kind"] for i in board["items"]] == ["notice", "supervise"]
    assert {i["escalation_level"] for i in board["items"]} == {3}


def test_the_item_closes_when_the_case_leaves_its_step(desk: Desk) -> None:
    case = desk.create()
    desk.do("duty_officer", case["id"], "register")
    desk.at(sh(10, 9, 20)).do("supervisor", case["id"], "supervise", note="尽快派遣")
    assert [i["case"]["id"] for i in desk.board()["items"]] == [case["id"]]
    desk.at(sh(10, 9, 30)).do("duty_officer", case["id"], "dispatch", department="urban")
    assert desk.board()["items"] == []
    closed = desk.board(status="closed")["items"]
    assert [(i["case"]["id"], i["status"], i["opened_by"]) for i in closed] == [
        (case["id"], "closed", actor_of(desk.case(case["id"]), "supervise"))
    ]
    assert closed[0]["closed_at"] == "2025-11-10T09:30:00+08:00"
    assert closed[0]["overdue_min"] is None
    # The new (sign) clock may be supervised again.
    desk.at(sh(10, 9, 40)).do("supervisor", case["id"], "supervise", note="尽快签收")
    assert len(desk.board(status="all")["items"]) == 2


# --- park requests and pending decisions ----------------------------------------------------


def test_a_department_asks_to_park_and_a_supervisor_rejects_or_parks(desk: Desk) -> None:
    case = desk.at(sh(10, 9, 5)).in_progress("urban")
    own = desk.client.get(f"/api/v1/cases/{case['id']}", headers=desk.headers("dept_urban"))
    assert "request_park" in own.json()["allowed_actions"]
    assert own.json()["park_pending"] is None

    officer = desk.post("duty_officer", case["id"], "request_park", note="等待")
    assert officer.status_code == 403
    other = desk.post("dept_housing", case["id"], "request_park", note="等待")
    assert other.status_code == 404, "another department does not see the case"
    no_reason = desk.post("dept_urban", case["id"], "request_park")
    assert no_reason.status_code == 422 and no_reason.json()["code"] == "reason_required"
    nothing = desk.post("supervisor", case["id"], "reject_park", note="不行")
    assert nothing.status_code == 422 and nothing.json()["code"] == "no_park_pending"

    asked = desk.at(sh(10, 10, 0)).do("dept_urban", case["id"], "request_park", note="等待法院判决")
    assert asked["park_pending"] == "等待法院判决" and asked["state"] == "in_progress"
    twice = desk.post("dept_urban", case["id"], "request_park", note="再申请")
    assert twice.status_code == 422 and twice.json()["code"] == "park_pending"

    pending = desk.board()["pending"]
    assert [(p["kind"], p["case_id"], p["reason"], p["minutes"]) for p in pending] == [
        ("park", case["id"], "等待法院判决", None)
    ]
    assert pending[0]["asked_by"] == actor_of(desk.case(case["id"]), "request_park")
    assert pending[0]["asked_role"] == "department"
    assert pending[0]["asked_at"] == "2025-11-10T10:00:00+08:00"
    assert pending[0]["case"]["park_pending"] == "等待法院判决"

    no_reason = desk.post("supervisor", case["id"], "reject_park")
    assert no_reason.status_code == 422 and no_reason.json()["code"] == "reason_required"
    rejected = desk.do("supervisor", case["id"], "reject_park", note="请继续处置")
    assert rejected["park_pending"] is None and rejected["state"] == "in_progress"
    assert desk.board()["pending"] == []

    desk.do("dept_urban", case["id"], "request_park", note="需第三方鉴定")
    parked = desk.do("supervisor", case["id"], "park", note="同意挂起")
    assert parked["state"] == "parked" and parked["park_pending"] is None
    entry = desk.case(case["id"])["history"][-1]
    assert entry["action"] == "park" and entry["payload"] == {"requested": "需第三方鉴定"}


def test_a_park_request_lapses_when_the_case_moves_on(desk: Desk) -> None:
    case = desk.in_progress("urban")
    desk.do("dept_urban", case["id"], "request_park", note="等待")
    resolved = desk.do("dept_urban", case["id"], "resolve")
    assert resolved["park_pending"] is None
    assert desk.board()["pending"] == []


def test_pending_lists_extension_and_park_requests_with_who_asked(desk: Desk) -> None:
    extended = desk.at(sh(10, 9, 5)).in_progress("urban")
    parked = desk.in_progress("housing", address="学田街道濠西路8号")
    desk.at(sh(10, 9, 30)).do(
        "dept_urban", extended["id"], "request_extension", extension_minutes=480, note="需协调"
    )
    desk.at(sh(10, 9, 40)).do("dept_housing", parked["id"], "request_park", note="等待")
    pending = desk.board()["pending"]
    assert [(p["kind"], p["case_id"], p["minutes"], p["reason"]) for p in pending] == [
        ("extension", extended["id"], 480, "需协调"),
        ("park", parked["id"], None, "等待"),
    ]
    assert pending[0]["asked_at"] == "2025-11-10T09:30:00+08:00"
    assert [p["case_id"] for p in desk.board(department="housing")["pending"]] == [parked["id"]]
    assert [p["case_id"] for p in desk.board(street="xuetian")["pending"]] == [parked["id"]]


def test_the_reference_lists_the_new_actions_with_their_needs(desk: Desk) -> None:
    response = desk.client.get("/api/v1/reference", headers=desk.headers("supervisor"))
    actions = response.json()["rules"]["actions"]
    assert actions["supervise"]["reason_required"] and actions["supervise"]["roles"] == [
        "supervisor"
    ]
    assert actions["request_park"]["roles"] == ["department"]
    assert actions["request_park"]["own_department"] and actions["request_park"]["reason_required"]
    assert actions["reject_park"]["reason_required"]
    assert actions["reject_park"]["transitions"] == {"in_progress": None}

"""Correcting a case (issue #13): category, street, urgency, address, with a reason.

Through the action path like every action (version, 409, Idempotency-Key, audit, feed), and
the SLA clock re-derived where the rule changes. Clock cases run at explicit instants through
the services (Monday 2026-03-02, an ordinary working day); the rest goes through HTTP.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from server.models import Case, CaseAction
from server.schemas.case import ActionRequest, CaseCreate
from server.services import cases, escalation
from server.services.lifecycle import Actor
from server.services.workcalendar import SHANGHAI
from server.state import AppState
from tests.support.factories import case_body, new_key

Headers = Callable[[str], dict[str, str]]
Json = dict[str, Any]
OFFICER = Actor(user_id=None, name="值班员(测试)", role="duty_officer")
SUPERVISOR = Actor(user_id=None, name="值班长(测试)", role="supervisor")
PROBLEM = "application/problem+json"


def at(hour: int, minute: int = 0) -> datetime:
    """An instant of Monday 2026-03-02 (a working day) in Asia/Shanghai."""
    return datetime(2026, 3, 2, hour, minute, tzinfo=SHANGHAI)


class Desk:
    """Cases created and acted on at explicit instants, as the duty room would."""

    def __init__(self, state: AppState) -> None:
        self.state = state

    def create(self, when: datetime, **fields: Any) -> int:
        body = case_body(**{"title": "噪声扰民", "address": "", **fields})
        with self.state.db.write() as session:
            ref = self.state.reference.get()
            return cases.create_case(
                session,
                data=CaseCreate(**body),
                actor=OFFICER,
                ref=ref,
                sla=self.state.sla,
                now=when,
            ).id

    def act(self, case_id: int, action: str, when: datetime, actor: Actor = OFFICER, **fields: Any):  # type: ignore[no-untyped-def]
        with self.state.db.write() as session:
            current = session.get(Case, case_id)
            assert current is not None
            request = ActionRequest(action=action, **fields)
            cases.apply_action(
                session,
                case_id=case_id,
                request=request,
                version=current.version,
                actor=actor,
                ref=self.state.reference.get(),
                sla=self.state.sla,
                now=when,
            )
        return self.case(case_id)

    def case(self, case_id: int) -> Case:
        with self.state.db.read() as session:
            found = session.get(Case, case_id)
            assert found is not None
            session.expunge(found)
            return found

    def last_entry(self, case_id: int) -> CaseAction:
        with self.state.db.read() as session:
            entry = session.scalar(
                select(CaseAction)
                .where(CaseAction.case_id == case_id)
                .order_by(CaseAction.id.desc())
                .limit(1)
            )
            assert entry is not None
            session.expunge(entry)
            return entry

    def department(self, code: str) -> Actor:
        department = self.state.reference.get().department_by_code[code]
        return Actor(
            user_id=None, name=department.name, role="department", department_id=department.id
        )


@pytest.fixture
def desk(state: AppState) -> Desk:
    return Desk(state)


def problem(response: Any, status: int) -> Json:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["type"] and body["detail"]
    return body


# --- through HTTP: the action, its audit record and its feed event ------------------------


def test_correct_changes_the_case_and_audits_old_and_new(
    client: TestClient, headers: Headers, new_case: Callable[..., Json], act: Callable[..., Any]
) -> None:
    officer = headers("duty_officer")
    case = new_case(category="noise", address="虹桥街道新中社区12幢")
    assert case["street"] == "hongqiao" and "correct" in case["allowed_actions"]
    seq = client.get("/api/v1/cases?limit=1", headers=officer).json()["feed_seq"]
    response = act(
        "duty_officer",
        case,
        "correct",
        category="garbage",
        urgency="urgent",
        address="学田街道某小区3幢",
        note="来电人实际反映的是垃圾堆放",
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["category"], body["urgency"], body["address"], body["street"]) == (
        "garbage",
        "urgent",
        "学田街道某小区3幢",
        "xuetian",
    ), "the street follows a corrected address that names one"
    assert (body["state"], body["version"]) == ("reported", case["version"] + 1)
    detail = client.get(f"/api/v1/cases/{case['id']}", headers=officer).json()
    entry = detail["history"][-1]
    assert (entry["action"], entry["from_state"], entry["to_state"]) == (
        "correct",
        "reported",
        "reported",
    )
    assert entry["note"] == "来电人实际反映的是垃圾堆放"
    changes = entry["payload"]["changes"]
    assert changes["category"] == {
        "old": "noise",
        "new": "garbage",
        "old_name": "噪声扰民",
        "new_name": "垃圾暴露与乱堆乱放",
    }
    assert changes["urgency"] == {"old": "normal", "new": "urgent"}
    assert changes["address"] == {"old": "虹桥街道新中社区12幢", "new": "学田街道某小区3幢"}
    assert (changes["street"]["old"], changes["street"]["new"]) == ("hongqiao", "xuetian")
    # urgent accepts in half the working hour of normal: the accept clock was re-derived
    clock = entry["payload"]["sla"]
    assert clock["step"] == "accept"
    assert (clock["old"]["limit_min"], clock["new"]["limit_min"]) == (60, 30)
    assert entry["payload"]["color"] == body["color"]
    events = client.get(f"/api/v1/events?after={seq}&wait=10", headers=officer).json()["events"]
    assert [(e["type"], e["action"]["action"]) for e in events] == [("case.action", "correct")]
    assert events[0]["case"]["category"] == "garbage"
    preview = client.get(
        f"/api/v1/cases/{case['id']}/deadline", params={"action": "correct"}, headers=officer
    )
    assert preview.status_code == 200 and preview.json()["due_at"] == body["due_at"]


def test_a_stale_version_gets_409_and_a_repeated_key_the_first_result(
    client: TestClient, headers: Headers, new_case: Callable[..., Json], act: Callable[..., Any]
) -> None:
    case = new_case()
    moved = act("duty_officer", case, "register").json()
    stale = problem(act("supervisor", case, "correct", urgency="urgent", note="紧急"), 409)
    assert stale["case"]["version"] == moved["version"]
    assert stale["last_change"]["action"] == "register"
    key = new_key()
    body = {"action": "correct", "version": moved["version"], "urgency": "urgent", "note": "紧急"}
    who = {**headers("duty_officer"), "Idempotency-Key": key}
    url = f"/api/v1/cases/{case['id']}/actions"
    first = client.post(url, json=body, headers=who)
    again = client.post(url, json=body, headers=who)
    assert first.status_code == again.status_code == 200
    assert again.headers.get("Idempotent-Replayed") == "true" and again.content == first.content
    history = client.get(f"/api/v1/cases/{case['id']}", headers=headers("duty_officer")).json()
    assert [h["action"] for h in history["history"]] == ["create", "register", "correct"]


def test_what_a_correction_needs(
    client: TestClient, headers: Headers, new_case: Callable[..., Json], act: Callable[..., Any]
) -> None:
    case = new_case(category="noise", urgency="normal", address="虹桥街道新中社区12幢")
    same = problem(
        act("duty_officer", case, "correct", category="noise", urgency="normal", note="核对"), 422
    )
    assert {e["field"] for e in same["errors"]} == {"category", "street", "urgency", "address"}
    no_reason = problem(act("duty_officer", case, "correct", urgency="urgent"), 422)
    assert [e["field"] for e in no_reason["errors"]] == ["note"]
    unknown = problem(act("duty_officer", case, "correct", category="ufo", note="改类"), 422)
    assert unknown["errors"][0]["field"] == "category" and "garbage" in unknown["choices"]
    street = problem(act("duty_officer", case, "correct", street="火星", note="改街道"), 422)
    assert street["errors"][0]["field"] == "street" and "xuetian" in street["choices"]
    bad_urgency = problem(act("duty_officer", case, "correct", urgency="asap", note="x"), 422)
    assert bad_urgency["errors"][0]["field"] == "urgency"
    after = client.get(f"/api/v1/cases/{case['id']}", headers=headers("duty_officer")).json()
    assert after["version"] == case["version"] and len(after["history"]) == 1


def test_who_may_correct_and_when(
    client: TestClient,
    headers: Headers,
    new_case: Callable[..., Json],
    act: Callable[..., Any],
) -> None:
    case = new_case()
    case = act("duty_officer", case, "register").json()
    case = act("duty_officer", case, "dispatch", department="ecology").json()
    fields = {"urgency": "urgent", "note": "升级"}
    assert problem(act("dept_ecology", case, "correct", **fields), 403)["type"].endswith(
        "forbidden"
    )
    assert act("admin", case, "correct", **fields).status_code == 403
    assert act("trainer", case, "correct", **fields).status_code == 404
    done = act("supervisor", case, "correct", **fields)
    assert done.status_code == 200 and done.json()["urgency"] == "urgent"
    voided = act("duty_officer", new_case(), "void", note="重复来电").json()
    refused = problem(act("duty_officer", voided, "correct", **fields), 422)
    assert refused["state"] == "voided" and "correct" not in refused["allowed_actions"]
    # A trainer corrects drill cases, as a duty officer.
    trainer = headers("trainer")
    drill = client.post(
        "/api/v1/cases",
        json={"channel": "hotline_12345", "category": "noise", "title": "演练：噪声"},
        headers=trainer,
    ).json()
    assert drill["drill"] and "correct" in drill["allowed_actions"]
    corrected = act("trainer", drill, "correct", category="garbage", note="演练改类")
    assert corrected.status_code == 200 and corrected.json()["category"] == "garbage"


def test_a_new_street_leaves_the_community_and_grid_of_the_old_one(
    client: TestClient, headers: Headers, new_case: Callable[..., Json], act: Callable[..., Any]
) -> None:
    case = new_case(street="hongqiao", community="新中社区", grid="hongqiao-02-01")
    assert (case["community"], case["grid"]) == ("新中社区", "hongqiao-02-01")
    body = act("duty_officer", case, "correct", street="学田", note="地址核实").json()
    assert (body["street"], body["community"], body["grid"]) == ("xuetian", None, None)
    entry = client.get(f"/api/v1/cases/{case['id']}", headers=headers("duty_officer")).json()
    changes = entry["history"][-1]["payload"]["changes"]
    assert changes["community"] == {"old": "新中社区", "new": None}
    assert changes["grid"] == {"old": "hongqiao-02-01", "new": None}
    assert entry["history"][-1]["payload"]["sla"] is None, "a street moves no clock"


# --- the SLA clock, at explicit instants ----------------------------------------------------


def test_the_clock_follows_a_changed_rule_and_keeps_its_start(desk: Desk) -> None:
    case_id = desk.create(at(9, 0))
    started = desk.case(case_id)
    assert (started.sla_step, started.sla_limit_min, started.sla_clock) == ("accept", 60, "work")
    assert started.due_at == at(10, 0)

    emergency = desk.act(case_id, "correct", at(9, 5), urgency="emergency", note="燃气味")
    # emergencies accept within 15 natural minutes, counted from the call at 09:00
    assert (emergency.sla_limit_min, emergency.sla_clock) == (15, "natural")
    assert emergency.sla_started_at == at(9, 0) and emergency.sla_epoch == started.sla_epoch
    assert (emergency.warn_at, emergency.due_at) == (at(9, 12), at(9, 15))
    assert emergency.color == "green" and emergency.sla_next_at == at(9, 12)
    assert emergency.sla_rule_version == started.sla_rule_version == 1
    entry = desk.last_entry(case_id)
    assert entry.payload["sla"]["old"]["due_at"] == at(10, 0).isoformat()
    assert entry.payload["sla"]["new"]["due_at"] == at(9, 15).isoformat()

    # garbage accepts emergencies in the same 15 minutes: the clock is left as it runs
    other = desk.act(case_id, "correct", at(9, 6), category="garbage", note="改类")
    assert (other.sla_limit_min, other.due_at, other.warn_at) == (15, at(9, 15), at(9, 12))
    assert desk.last_entry(case_id).payload == {
        "changes": {
            "category": {
                "old": "noise",
                "new": "garbage",
                "old_name": "噪声扰民",
                "new_name": "垃圾暴露与乱堆乱放",
            }
        },
        "sla": None,
    }


def test_a_shorter_limit_can_make_a_case_red_at_once(desk: Desk, state: AppState) -> None:
    case_id = desk.create(at(9, 0))
    red = desk.act(case_id, "correct", at(9, 30), urgency="emergency", note="实为燃气泄漏")
    assert red.due_at == at(9, 15) and red.color == "red"
    assert desk.last_entry(case_id).payload["color"] == "red"
    assert red.sla_next_at is not None and red.sla_next_at <= at(9, 30)
    with state.db.write() as session:
        assert escalation.tick(session, ref=state.reference.get(), now=at(9, 31)) == 1
    laddered = desk.case(case_id)
    assert laddered.escalation_level == 2, "the ladder catches up: 催办 and 督办"


def test_an_approved_extension_is_kept_in_the_same_clock(desk: Desk) -> None:
    case_id = desk.create(at(9, 0))
    desk.act(case_id, "register", at(9, 1))
    desk.act(case_id, "dispatch", at(9, 2), department="ecology")
    ecology = desk.department("ecology")
    desk.act(case_id, "sign", at(9, 10), ecology)
    desk.act(case_id, "request_extension", at(9, 20), ecology, extension_minutes=450, note="协调")
    extended = desk.act(case_id, "approve_extension", at(9, 30), SUPERVISOR)
    assert (extended.sla_step, extended.sla_limit_min) == ("handle", 13 * 450 + 450)

    # a missing manhole cover is handled within one working day, plus the day granted
    manhole = desk.act(case_id, "correct", at(10, 0), category="manhole", note="实为井盖缺失")
    assert (manhole.sla_limit_min, manhole.sla_clock) == (450 + 450, "work")
    assert manhole.sla_started_at == at(9, 2), "the handle step counts from the dispatch"
    assert desk.last_entry(case_id).payload["sla"]["extension_min"] == 450
    # an emergency counts natural hours: working minutes granted do not carry over
    urgent = desk.act(case_id, "correct", at(10, 5), urgency="emergency", note="有人受伤")
    assert (urgent.sla_limit_min, urgent.sla_clock) == (240, "natural")
    assert urgent.due_at == at(13, 2)
    assert desk.last_entry(case_id).payload["sla"]["extension_min"] == 0


def test_a_parked_clock_takes_the_new_limit_when_it_resumes(desk: Desk) -> None:
    case_id = desk.create(at(9, 0))
    desk.act(case_id, "register", at(9, 1))
    desk.act(case_id, "dispatch", at(9, 2), department="ecology")
    desk.act(case_id, "sign", at(9, 10), desk.department("ecology"))
    parked = desk.act(case_id, "park", at(9, 20), SUPERVISOR, note="等待批复")
    assert parked.due_at is None
    corrected = desk.act(case_id, "correct", at(9, 30), category="manhole", note="改类")
    assert (corrected.state, corrected.sla_limit_min, corrected.due_at) == ("parked", 450, None)
    resumed = desk.act(case_id, "unpark", at(10, 20), SUPERVISOR)
    # 450 working minutes from 09:02, with the hour parked not counted
    assert resumed.due_at == datetime(2026, 3, 3, 10, 2, tzinfo=SHANGHAI)


def test_a_correction_counts_on_the_current_rule_version(
    desk: Desk, client: TestClient, headers: Headers, state: AppState
) -> None:
    case_id = desk.create(at(9, 0))
    desk.act(case_id, "register", at(9, 1))
    desk.act(case_id, "dispatch", at(9, 2), department="ecology")
    ecology = desk.department("ecology")
    desk.act(case_id, "sign", at(9, 10), ecology)
    desk.act(case_id, "request_extension", at(9, 20), ecology, extension_minutes=450, note="协调")
    before = desk.act(case_id, "approve_extension", at(9, 30), SUPERVISOR)
    assert (before.sla_rule_version, before.sla_limit_min) == (1, 13 * 450 + 450)

    admin = headers("admin")
    current = client.get("/api/v1/sla-rules", headers=admin).json()
    rules = current["rules"]
    for rule in rules:
        if (rule["category"], rule["category_kind"], rule["urgency"], rule["step"]) == (
            None,
            None,
            "normal",
            "handle",
        ):
            rule["minutes"] = 10 * 450
    published = client.put(
        "/api/v1/sla-rules",
        json={
            "version": current["version"],
            "warn_ratio": 0.7,
            "note": "十个工作日",
            "rules": rules,
        },
        headers=admin,
    )
    assert published.status_code == 200, published.text
    assert desk.case(case_id).sla_limit_min == 13 * 450 + 450, "running clocks keep their rule"

    # garbage has the same rule as noise, but the rule in force now gives 10 days, not 13
    moved = desk.act(case_id, "correct", at(10, 0), category="garbage", note="改类")
    assert (moved.sla_rule_version, moved.sla_warn_ratio) == (2, 0.7)
    assert moved.sla_limit_min == 10 * 450 + 450, "the approved day is kept"
    assert moved.sla_started_at == at(9, 2)
    clock = desk.last_entry(case_id).payload["sla"]
    assert (clock["old"]["rule_version"], clock["new"]["rule_version"]) == (1, 2)

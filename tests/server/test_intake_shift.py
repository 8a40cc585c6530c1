"""Intake on the duty officer's shift (issue #13), on SQLite and PostgreSQL.

Consultations answered on the phone (直办), the categories' default urgency, and what a case
logged by hand from another channel carries (the city's reference and deadline, a camera).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from server.config import Settings
from server.db import utcnow
from server.models import Case, CaseAction
from server.schemas.case import CaseCreate
from server.services import cases
from server.services.lifecycle import Actor
from server.services.workcalendar import SHANGHAI
from server.state import AppState
from tests.server.conftest import new_key
from tests.server.test_field_reports import TINY_JPEG
from tests.support.factories import demo_settings

Headers = Callable[[str], dict[str, str]]
Json = dict[str, Any]
PROBLEM = "application/problem+json"
ANSWER = "低保申请请携带身份证、户口簿到所在街道便民服务中心办理。"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """The app on SQLite and on PostgreSQL (demo users and cameras, no backlog)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'cc.db'}"
    else:
        url = str(request.getfixturevalue("postgres_url"))
    return demo_settings(tmp_path, database_url=url)


def create(client: TestClient, headers: Headers, user: str = "duty_officer", **fields: Any):  # type: ignore[no-untyped-def]
    body = {"channel": "hotline_12345", "category": "policy", "title": "咨询低保申请", **fields}
    return client.post("/api/v1/cases", json=body, headers=headers(user))


def problem(response: Any, status: int) -> Json:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    return response.json()


def case_count(state: AppState) -> int:
    with state.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


# --- 直办: answered at intake ----------------------------------------------------------------


def test_a_consultation_answered_on_the_phone_is_created_closed(
    client: TestClient, headers: Headers
) -> None:
    officer = headers("duty_officer")
    seq = client.get("/api/v1/cases?limit=1", headers=officer).json()["feed_seq"]
    response = create(client, headers, answered=ANSWER, reporter_phone="13912345678")
    assert response.status_code == 201, response.text
    case = response.json()
    assert (case["state"], case["version"]) == ("closed", 2)
    assert case["closed_at"] is not None
    assert (case["sla_step"], case["due_at"], case["color"]) == (None, None, None)
    assert case["department"] is None
    assert case["allowed_actions"] == ["callback", "comment"]
    history = client.get(f"/api/v1/cases/{case['id']}", headers=officer).json()["history"]
    assert [(h["action"], h["from_state"], h["to_state"], h["version"]) for h in history] == [
        ("create", None, "reported", 1),
        ("answer", "reported", "closed", 2),
    ]
    assert history[1]["note"] == ANSWER and history[1]["payload"] == {"direct": True}
    events = client.get(f"/api/v1/events?after={seq}&wait=10", headers=officer).json()["events"]
    assert [(e["type"], e["case"]["state"]) for e in events] == [
        ("case.created", "reported"),
        ("case.action", "closed"),
    ]
    closed = client.get("/api/v1/cases", params={"state": "closed"}, headers=officer).json()
    assert [c["id"] for c in closed["items"]] == [case["id"]]


def test_help_may_be_answered_but_nothing_else(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    helped = create(client, headers, category="social_aid", answered="请拨打民政热线")
    assert helped.status_code == 201 and helped.json()["state"] == "closed"
    before = case_count(state)
    for category in ("noise", "gas_leak", "suggestion"):
        body = problem(create(client, headers, category=category, answered="已答复"), 422)
        assert body["type"].endswith("/not-answerable")
        assert body["errors"][0]["field"] == "answered"
        assert "consultation" in body["detail"] and category in body["detail"]
    blank = problem(create(client, headers, answered="   "), 422)
    assert blank["errors"][0]["field"] == "answered"
    field = problem(create(client, headers, "dept_urban", channel="grid", answered=ANSWER), 403)
    assert field["type"].endswith("/forbidden")
    assert case_count(state) == before, "a refused answer creates nothing"


def test_an_answer_is_created_once_per_key(client: TestClient, headers: Headers) -> None:
    body = {"channel": "hotline_12345", "category": "policy", "title": "咨询", "answered": ANSWER}
    who = {**headers("duty_officer"), "Idempotency-Key": new_key()}
    first = client.post("/api/v1/cases", json=body, headers=who)
    again = client.post("/api/v1/cases", json=body, headers=who)
    assert first.status_code == again.status_code == 201
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert again.json()["id"] == first.json()["id"]


def test_an_answered_case_gets_a_callback_but_is_not_reopened(
    client: TestClient, headers: Headers, act: Callable[..., Any]
) -> None:
    case = create(client, headers, answered=ANSWER).json()
    case = act("duty_officer", case, "callback", result="unsatisfied", note="答复不清楚").json()
    assert case["last_callback"] == "unsatisfied"
    assert "reopen" not in case["allowed_actions"]
    refused = problem(act("duty_officer", case, "reopen", note="重新办理"), 422)
    assert "new case" in refused["detail"]


def test_a_trainer_answers_drill_consultations(client: TestClient, headers: Headers) -> None:
    drill = create(client, headers, "trainer", answered=ANSWER)
    assert drill.status_code == 201, drill.text
    assert drill.json()["drill"] and drill.json()["state"] == "closed"
    live = client.get("/api/v1/cases", params={"state": "closed"}, headers=headers("supervisor"))
    assert live.json()["items"] == [], "drill cases stay out of live lists"


def test_kpis_count_an_answered_case_as_closed_on_time(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    officer = Actor(user_id=None, name="值班员(测试)", role="duty_officer")
    call = datetime(2026, 3, 2, 9, 0, tzinfo=SHANGHAI)
    with state.db.write() as session:
        ref = state.reference.get()
        for answered in (ANSWER, None):
            data = CaseCreate(
                channel="hotline_12345",
                category="policy",
                title="咨询",
                street="xuetian",
                answered=answered,
            )
            cases.create_case(session, data=data, actor=officer, ref=ref, sla=state.sla, now=call)
    period = {"from": "2026-03-02T00:00:00+08:00", "to": "2026-03-03T00:00:00+08:00"}
    response = client.get(
        "/api/v1/kpis", params={"by": "street", **period}, headers=headers("supervisor")
    )
    assert response.status_code == 200, response.text
    totals = response.json()["totals"]
    assert totals["intake"] == 2
    assert (totals["closure_rate"], totals["on_time_closure_rate"]) == (50.0, 50.0)
    assert totals["on_time_dispatch_rate"] is None, "an answered case was never dispatched"
    xuetian = next(r for r in response.json()["rows"] if r["key"] == "xuetian")
    assert xuetian["closure_rate"] == 50.0


# --- categories carry a default urgency -------------------------------------------------------


def test_categories_carry_a_default_urgency(client: TestClient, headers: Headers) -> None:
    reference = client.get("/api/v1/reference", headers=headers("duty_officer")).json()
    urgencies = {c["code"]: c["default_urgency"] for c in reference["categories"]}
    assert urgencies["gas_leak"] == "emergency"
    assert urgencies["fire_hazard"] == urgencies["manhole"] == "urgent"
    assert urgencies["noise"] == urgencies["policy"] == "normal"
    assert set(urgencies.values()) == {"normal", "urgent", "emergency"}


@pytest.mark.parametrize(
    ("category", "sent", "expected"),
    [
        ("gas_leak", None, "emergency"),
        ("manhole", None, "urgent"),
        ("noise", None, "normal"),
        ("gas_leak", "normal", "normal"),
        ("noise", "urgent", "urgent"),
    ],
)
def test_a_report_without_urgency_takes_the_categorys(
    client: TestClient, headers: Headers, category: str, sent: str | None, expected: str
) -> None:
    fields = {"category": category} | ({"urgency": sent} if sent else {})
    response = create(client, headers, title="来电", **fields)
    assert response.status_code == 201, response.text
    case = response.json()
    assert case["urgency"] == expected
    if expected == "emergency":
        assert case["sla_clock"] == "natural", "emergencies count natural time from the call"


# --- other channels logged by hand -------------------------------------------------------------


def city_case(client: TestClient, headers: Headers, **fields: Any):  # type: ignore[no-untyped-def]
    return create(
        client, headers, channel="city", category="garbage", title="市交办：垃圾堆放", **fields
    )


def test_a_city_case_carries_the_citys_reference_and_deadline(
    client: TestClient, headers: Headers
) -> None:
    due = (utcnow() + timedelta(days=3)).astimezone(SHANGHAI).replace(microsecond=0)
    response = city_case(
        client, headers, external_ref="NTSZ-2026-001234", external_due_at=due.isoformat()
    )
    assert response.status_code == 201, response.text
    case = response.json()
    assert case["external_ref"] == "NTSZ-2026-001234"
    assert case["external_due_at"] == due.isoformat()
    assert case["camera_code"] is None
    officer = headers("duty_officer")
    detail = client.get(f"/api/v1/cases/{case['id']}", headers=officer).json()
    assert (detail["external_ref"], detail["external_due_at"]) == (
        "NTSZ-2026-001234",
        due.isoformat(),
    )
    found = client.get("/api/v1/cases", params={"q": "2026-0012"}, headers=officer).json()
    assert [c["id"] for c in found["items"]] == [case["id"]], "q finds the city's reference"


@pytest.mark.parametrize(
    ("due", "why"),
    [
        (lambda now: (now - timedelta(hours=1)).isoformat(), "passed"),
        (lambda now: (now + timedelta(days=400)).isoformat(), "year"),
        (lambda now: "tomorrow 17:00", None),
        (lambda now: "2026-13-01T10:00:00+08:00", None),
        (lambda now: (now + timedelta(days=2)).replace(tzinfo=None).isoformat(), None),
    ],
    ids=["past", "too-far", "words", "no-such-month", "no-offset"],
)
def test_a_wrong_city_deadline_is_refused(
    client: TestClient,
    headers: Headers,
    state: AppState,
    due: Callable[[datetime], str],
    why: str | None,
) -> None:
    before = case_count(state)
    now = utcnow().astimezone(SHANGHAI)
    body = problem(city_case(client, headers, external_ref="NTSZ-1", external_due_at=due(now)), 422)
    assert body["errors"][0]["field"] == "external_due_at"
    if why:
        assert why in body["detail"]
    assert case_count(state) == before


def test_only_city_cases_carry_city_fields(client: TestClient, headers: Headers) -> None:
    body = problem(create(client, headers, category="noise", external_ref="NTSZ-9"), 422)
    assert body["errors"][0]["field"] == "external_ref" and "city" in body["detail"]
    due = (utcnow() + timedelta(days=1)).isoformat()
    body = problem(create(client, headers, category="noise", external_due_at=due), 422)
    assert body["errors"][0]["field"] == "external_due_at"
    too_long = problem(city_case(client, headers, external_ref="X" * 41), 422)
    assert too_long["errors"][0]["field"] == "external_ref"


def test_a_camera_sighting_carries_a_registered_camera(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    officer = headers("duty_officer")
    cameras = client.get("/api/v1/cameras", params={"kind": "camera"}, headers=officer).json()
    code = cameras["items"][0]["code"]
    sighting = {"channel": "video", "category": "garbage", "title": "监控发现垃圾堆放"}
    created = create(client, headers, **sighting, camera_code=code)
    assert created.status_code == 201, created.text
    assert created.json()["camera_code"] == code
    before = case_count(state)
    unknown = problem(create(client, headers, **sighting, camera_code="CAM-NOPE-999"), 422)
    assert unknown["errors"][0]["field"] == "camera_code" and "registry" in unknown["detail"]
    wrong_channel = problem(create(client, headers, category="noise", camera_code=code), 422)
    assert wrong_channel["errors"][0]["field"] == "camera_code"
    assert case_count(state) == before
    with state.db.read() as session:
        stored = session.scalar(select(Case.camera_code).where(Case.id == created.json()["id"]))
        trail = session.scalar(
            select(func.count())
            .select_from(CaseAction)
            .where(CaseAction.case_id == created.json()["id"])
        )
    assert (stored, trail) == (code, 1)


def test_a_field_report_without_urgency_takes_the_categorys(
    client: TestClient, headers: Headers
) -> None:
    fields = {"channel": "grid", "category": "manhole", "title": "井盖缺失", "address": "学田街道"}
    response = client.post(
        "/api/v1/field-reports",
        data=fields,
        files=[("photos", ("井盖.jpg", TINY_JPEG, "image/jpeg"))],
        headers=headers("duty_officer"),
    )
    assert response.status_code == 201, response.text
    assert response.json()["urgency"] == "urgent"

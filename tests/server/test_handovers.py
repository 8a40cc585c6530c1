"""Shift handover briefs (交接班, issue #16): the server's facts of a shift window, written
once (idempotent), signed once by someone else, kept and listed; on SQLite and PostgreSQL.

The clock is the app's (SettableClock): a Monday in center time, the working day 08:30–12:00.
The expectations are counted by hand from what each test does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from server.config import Settings
from server.schemas.handover_out import (
    HandoverDraftOut,
    HandoverListOut,
    HandoverOut,
)
from server.services import escalation
from server.services.workcalendar import SHANGHAI
from server.state import AppState
from tests.server.conftest import new_key
from tests.support.clock import SettableClock
from tests.support.factories import demo_settings

Headers = Callable[[str], dict[str, str]]
Json = dict[str, Any]
PROBLEM = "application/problem+json"
MONDAY = datetime(2026, 12, 7, tzinfo=SHANGHAI)
ZERO = {"hotline_12345": 0, "grid": 0, "river_patrol": 0, "video": 0, "city": 0, "open311": 0}


def at(hour: int, minute: int = 0) -> datetime:
    return MONDAY.replace(hour=hour, minute=minute)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """The app on SQLite and on PostgreSQL (demo users, no backlog)."""
    if request.param == "sqlite":
        return demo_settings(tmp_path)
    return demo_settings(tmp_path, database_url=str(request.getfixturevalue("postgres_url")))


@pytest.fixture
def clock(state: AppState) -> SettableClock:
    """The app's clock, at 06:00 on the Monday until a test moves it."""
    clock = SettableClock(at(6))
    state.clock = clock
    return clock


class Shift:
    """What the tests do on the server, each at the clock's time."""

    def __init__(self, client: TestClient, headers: Headers, state: AppState) -> None:
        self.client, self.headers, self.state = client, headers, state

    def case(self, **fields: Any) -> Json:
        report = {"channel": "hotline_12345", "category": "noise", "title": "夜间施工噪声扰民"}
        response = self.client.post(
            "/api/v1/cases", json={**report, **fields}, headers=self.headers("duty_officer")
        )
        assert response.status_code == 201, response.text
        created: Json = response.json()
        return created

    def act(self, user: str, case: Json, action: str, **fields: Any) -> Json:
        response = self.client.post(
            f"/api/v1/cases/{case['id']}/actions",
            json={"action": action, "version": case["version"], **fields},
            headers={**self.headers(user), "Idempotency-Key": new_key()},
        )
        assert response.status_code == 200, response.text
        body: Json = response.json()
        return body

    def tick(self) -> None:
        with self.state.db.write() as session:
            escalation.tick(session, ref=self.state.reference.get(), now=self.state.clock())

    def write(self, user: str = "duty_officer", key: str | None = None, **body: Any) -> Any:
        return self.client.post(
            "/api/v1/handovers",
            json=body,
            headers={**self.headers(user), "Idempotency-Key": key or new_key()},
        )

    def sign(self, user: str, handover_id: int, key: str | None = None) -> Any:
        extra = {"Idempotency-Key": key} if key else {}
        return self.client.post(
            f"/api/v1/handovers/{handover_id}/sign", headers={**self.headers(user), **extra}
        )

    def get(self, handover_id: int, user: str = "supervisor") -> Json:
        response = self.client.get(f"/api/v1/handovers/{handover_id}", headers=self.headers(user))
        assert response.status_code == 200, response.text
        HandoverOut.model_validate_json(response.content)
        body: Json = response.json()
        return body


@pytest.fixture
def shift(client: TestClient, headers: Headers, state: AppState, clock: SettableClock) -> Shift:
    return Shift(client, headers, state)


def refs(section: Json) -> list[str]:
    return [item["ref"] for item in section["items"]]


def test_the_brief_holds_the_servers_facts_of_the_shift_window(
    shift: Shift, clock: SettableClock
) -> None:
    before = shift.case(title="交班前的来电")  # 06:00, in the night shift
    clock.set(at(8))
    first = shift.write(notes="夜班无异常")
    assert first.status_code == 201, first.text
    night = first.json()
    assert night["shift_start"] == at(8).replace(hour=20).isoformat().replace(
        "2026-12-07T20", "2026-12-06T20"
    )  # no brief before it: the 12 hours back
    assert night["facts"]["intake"]["count"] == 1 and refs(night["facts"]["intake"]) == [
        before["ref"]
    ]
    clock.set(at(8, 5))
    assert shift.sign("supervisor", night["id"]).status_code == 200

    clock.set(at(9))
    a = shift.case(title="甲")
    b = shift.case(title="乙")
    c = shift.case(title="丙", channel="grid", address="虹桥街道新中社区")
    clock.set(at(9, 5))
    parked = shift.act("duty_officer", shift.case(title="丁：待挂账"), "register")
    parked = shift.act("duty_officer", parked, "dispatch", department="ecology")
    parked = shift.act("dept_ecology", parked, "sign")
    parked = shift.act("supervisor", parked, "park", note="等待施工许可")
    extended = shift.act("duty_officer", shift.case(title="戊：申请延期"), "register")
    extended = shift.act("duty_officer", extended, "dispatch", department="ecology")
    extended = shift.act(
        "dept_ecology", extended, "request_extension", extension_minutes=600, note="需夜间监测"
    )
    clock.set(at(10, 30))  # past every accept clock still running: 06:00's and 09:00's
    shift.tick()

    clock.set(at(11))
    draft = shift.client.get("/api/v1/handovers/draft", headers=shift.headers("duty_officer"))
    assert draft.status_code == 200, draft.text
    HandoverDraftOut.model_validate_json(draft.content)
    assert draft.json()["shift_start"] == at(8).isoformat()  # where the night's brief ended
    outbox = [
        {
            "case_id": a["id"],
            "case_ref": a["ref"],
            "action": "register",
            "status": "pending",
            "queued_at": at(10, 55).isoformat(),
        }
    ]
    response = shift.write(notes="丁案等待施工许可；戊案延期待批。", outbox=outbox)
    assert response.status_code == 201, response.text
    HandoverOut.model_validate_json(response.content)
    brief = response.json()
    facts = brief["facts"]
    assert facts == draft.json()["facts"]  # nothing changed between the two
    assert (brief["shift_start"], brief["shift_end"]) == (at(8).isoformat(), at(11).isoformat())
    assert facts["intake_by_channel"] == {**ZERO, "hotline_12345": 4, "grid": 1}
    assert facts["intake"]["count"] == 5
    assert refs(facts["intake"]) == [r["ref"] for r in (extended, parked, c, b, a)]  # newest first
    assert facts["turned_red"]["count"] == 4  # the accept clocks: 06:00's (due 09:30), 09:00's
    assert set(refs(facts["turned_red"])) == {before["ref"], a["ref"], b["ref"], c["ref"]}
    assert {i["step"] for i in facts["turned_red"]["items"]} == {"accept"}
    assert facts["open_supervision"]["count"] == 4
    [asked] = facts["pending_extensions"]["items"]
    assert (asked["ref"], asked["extension_minutes"], asked["note"]) == (
        extended["ref"],
        600,
        "需夜间监测",
    )
    assert asked["at"] == at(9, 5).isoformat()
    [held] = facts["parked"]["items"]
    assert (held["ref"], held["state"], held["note"]) == (parked["ref"], "parked", "等待施工许可")
    assert brief["counts"] == {
        "intake": 5,
        "turned_red": 4,
        "open_supervision": 4,
        "pending_extensions": 1,
        "parked": 1,
        "outbox": 1,
    }
    assert brief["outbox"] == [{**outbox[0], "detail": ""}]
    assert brief["notes"] == "丁案等待施工许可；戊案延期待批。"
    assert brief["author"] == {
        "username": "duty_officer",
        "name": "值班员(演示)",
        "role": "duty_officer",
    }
    assert (brief["status"], brief["signed_by"], brief["signed_at"]) == ("unsigned", None, None)


def test_the_incoming_officer_signs_once_and_the_author_never(
    shift: Shift, clock: SettableClock
) -> None:
    clock.set(at(20))
    brief = shift.write(notes="白班交接").json()
    clock.set(at(20, 10))
    own = shift.sign("duty_officer", brief["id"])
    assert (own.status_code, own.json()["code"]) == (403, "own_handover")
    assert own.headers["content-type"].startswith(PROBLEM)
    admin = shift.sign("admin", brief["id"])
    assert (admin.status_code, admin.json()["code"]) == (403, "forbidden_role")
    assert shift.get(brief["id"])["status"] == "unsigned"  # the refusals changed nothing

    signed = shift.sign("supervisor", brief["id"])
    assert signed.status_code == 200, signed.text
    HandoverOut.model_validate_json(signed.content)
    body = signed.json()
    assert body["status"] == "signed" and body["signed_at"] == at(20, 10).isoformat()
    assert body["signed_by"] == {
        "username": "supervisor",
        "name": "值班长(演示)",
        "role": "supervisor",
    }

    clock.set(at(20, 20))
    again = shift.sign("supervisor", brief["id"])
    assert (again.status_code, again.json()["code"]) == (409, "handover_signed")
    assert again.json()["handover"]["signed_at"] == at(20, 10).isoformat()
    assert shift.get(brief["id"]) == body  # still the first signature
    missing = shift.sign("supervisor", 999_999)
    assert (missing.status_code, missing.json()["code"]) == (404, "not_found")


def test_a_sign_retried_with_its_key_replays_the_signature(
    shift: Shift, clock: SettableClock
) -> None:
    brief = shift.write().json()
    key = new_key()
    first = shift.sign("supervisor", brief["id"], key)
    replay = shift.sign("supervisor", brief["id"], key)
    assert (first.status_code, replay.status_code) == (200, 200)
    assert replay.content == first.content
    assert replay.headers["Idempotent-Replayed"] == "true"


def test_the_database_keeps_every_brief_and_a_signed_one_as_it_is(
    shift: Shift, state: AppState
) -> None:
    brief = shift.write(notes="原文").json()
    tampering = (
        "UPDATE handovers SET notes = 'tampered'",
        "DELETE FROM handovers",
    )
    for statement in tampering:
        with pytest.raises(DBAPIError), state.db.write() as session:
            session.execute(text(statement))
    assert shift.sign("supervisor", brief["id"]).status_code == 200
    with pytest.raises(DBAPIError), state.db.write() as session:
        session.execute(text("UPDATE handovers SET signed_by_name = 'tampered'"))
    kept = shift.get(brief["id"])
    assert (kept["notes"], kept["signed_by"]["name"]) == ("原文", "值班长(演示)")


def test_a_brief_is_written_once_per_key(shift: Shift, clock: SettableClock) -> None:
    key = new_key()
    first = shift.write(key=key, notes="一次")
    clock.advance(timedelta(minutes=3))
    replay = shift.write(key=key, notes="一次")
    assert (first.status_code, replay.status_code) == (201, 201)
    assert replay.content == first.content
    assert replay.headers["Idempotent-Replayed"] == "true"
    other = shift.write(key=key, notes="另一份")
    assert (other.status_code, other.json()["code"]) == (422, "idempotency_key_reused")
    keyless = shift.client.post("/api/v1/handovers", json={}, headers=shift.headers("duty_officer"))
    assert (keyless.status_code, keyless.json()["code"]) == (400, "idempotency_key_required")
    listed = shift.client.get("/api/v1/handovers", headers=shift.headers("admin")).json()
    assert [item["id"] for item in listed["items"]] == [first.json()["id"]]


def test_the_list_pages_newest_first_and_filters_by_signature(
    shift: Shift, clock: SettableClock
) -> None:
    ids = []
    for hour in (8, 9, 10):
        clock.set(at(hour))
        ids.append(shift.write(notes=f"{hour}点").json()["id"])
    assert shift.sign("supervisor", ids[1]).status_code == 200
    admin = shift.headers("admin")
    page = shift.client.get("/api/v1/handovers", params={"limit": 2}, headers=admin)
    HandoverListOut.model_validate_json(page.content)
    body = page.json()
    assert [item["id"] for item in body["items"]] == [ids[2], ids[1]]
    assert body["next_cursor"] == ids[1]
    rest = shift.client.get(
        "/api/v1/handovers", params={"limit": 2, "cursor": body["next_cursor"]}, headers=admin
    ).json()
    assert ([item["id"] for item in rest["items"]], rest["next_cursor"]) == ([ids[0]], None)
    unsigned = shift.client.get(
        "/api/v1/handovers", params={"status": "unsigned", "limit": 1}, headers=admin
    ).json()
    assert [item["id"] for item in unsigned["items"]] == [ids[2]]
    signed = shift.client.get(
        "/api/v1/handovers", params={"status": "signed"}, headers=admin
    ).json()
    assert [(i["id"], i["status"]) for i in signed["items"]] == [(ids[1], "signed")]
    # Each window starts where the brief before it ended.
    starts = [shift.get(i)["shift_start"] for i in ids]
    assert starts[1:] == [at(8).isoformat(), at(9).isoformat()]


@pytest.mark.parametrize(
    ("user", "method", "path", "status"),
    [
        ("admin", "GET", "/api/v1/handovers", 200),
        ("admin", "GET", "/api/v1/handovers/{id}", 200),
        ("admin", "POST", "/api/v1/handovers", 403),
        ("admin", "GET", "/api/v1/handovers/draft", 403),
        ("trainer", "GET", "/api/v1/handovers", 403),
        ("trainer", "POST", "/api/v1/handovers", 403),
        ("dept_ecology", "GET", "/api/v1/handovers/{id}", 403),
        ("dept_ecology", "POST", "/api/v1/handovers/{id}/sign", 403),
        ("supervisor", "POST", "/api/v1/handovers", 201),
        ("supervisor", "GET", "/api/v1/handovers/draft", 200),
    ],
)
def test_roles(shift: Shift, user: str, method: str, path: str, status: int) -> None:
    brief = shift.write().json()
    response = shift.client.request(
        method,
        path.replace("{id}", str(brief["id"])),
        json={} if method == "POST" else None,
        headers={**shift.headers(user), "Idempotency-Key": new_key()},
    )
    assert response.status_code == status, response.text
    if status == 403:
        assert response.json()["code"] == "forbidden_role"
    assert shift.client.get("/api/v1/handovers").status_code == 401


@pytest.mark.parametrize(
    "body",
    [
        {"notes": "x" * 5001},
        {"shift_start": at(11).isoformat()},  # in the future
        {"shift_start": (at(6) - timedelta(hours=25)).isoformat()},
        {"outbox": [{"case_id": 1, "action": "register", "status": "sent", "queued_at": "x"}]},
        {"unknown": 1},
    ],
)
def test_bad_briefs_are_refused_and_keep_nothing(shift: Shift, body: Json) -> None:
    response = shift.write(**body)
    assert (response.status_code, response.json()["code"]) == (422, "invalid")
    listed = shift.client.get("/api/v1/handovers", headers=shift.headers("supervisor")).json()
    assert listed["items"] == []


def test_a_named_shift_start_sets_the_window(shift: Shift, clock: SettableClock) -> None:
    shift.case(title="早")  # 06:00
    clock.set(at(7))
    body = shift.write(shift_start=at(6, 30).isoformat()).json()
    assert body["shift_start"] == at(6, 30).isoformat() and body["facts"]["intake"]["count"] == 0
    draft = shift.client.get(
        "/api/v1/handovers/draft",
        params={"shift_start": "2026-12-07T05:00:00"},  # no offset: center time
        headers=shift.headers("duty_officer"),
    ).json()
    assert draft["shift_start"] == at(5).isoformat() and draft["facts"]["intake"]["count"] == 1


def test_consoles_on_duty_hear_of_briefs_written_and_signed(shift: Shift) -> None:
    def events(user: str) -> list[Json]:
        response = shift.client.get(
            "/api/v1/events", params={"after": 0, "limit": 500}, headers=shift.headers(user)
        )
        return [e for e in response.json()["events"] if e["type"].startswith("handover.")]

    brief = shift.write().json()
    shift.sign("supervisor", brief["id"])
    seen = events("supervisor")
    assert [e["type"] for e in seen] == ["handover.created", "handover.signed"]
    assert seen[1]["handover"]["signed_by"]["username"] == "supervisor"
    assert events("dept_ecology") == []


def test_the_routes_declare_their_models(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    declared = {
        ("post", "/api/v1/handovers", "201"): "HandoverOut",
        ("get", "/api/v1/handovers", "200"): "HandoverListOut",
        ("get", "/api/v1/handovers/draft", "200"): "HandoverDraftOut",
        ("get", "/api/v1/handovers/{handover_id}", "200"): "HandoverOut",
        ("post", "/api/v1/handovers/{handover_id}/sign", "200"): "HandoverOut",
    }
    for (method, path, status), model in declared.items():
        answer = paths[path][method]["responses"][status]["content"]["application/json"]
        assert answer["schema"] == {"$ref": f"#/components/schemas/{model}"}, (method, path)

"""Routing suggestions, duplicate scores and deadline previews, on cases placed by hand."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.db import utcnow
from server.schemas.case import CaseCreate
from server.services import cases, dispatch
from server.services.lifecycle import Actor
from server.services.workcalendar import SHANGHAI
from server.state import AppState
from tests.support.clock import SettableClock

OFFICER = Actor(user_id=None, name="值班员", role="duty_officer")
SYSTEM = Actor(user_id=None, name="演练脚本", role="system")
LAT, LON = 32.0410, 120.8660
# One degree of latitude is 111.195 km on the haversine sphere (R = 6371 km).
METRES_PER_DEGREE = 2 * math.pi * 6_371_000 / 360


def north_of(metres: float) -> float:
    """The latitude `metres` north of LAT."""
    return LAT + metres / METRES_PER_DEGREE


def place(state: AppState, at: datetime, actor: Actor = OFFICER, **fields: Any) -> int:
    """Create a case at a given instant and place; returns its id."""
    body = {"channel": "grid", "category": "noise", "title": "噪声扰民", "address": "虹桥街道"}
    data = CaseCreate(**{**body, **fields})
    with state.db.write() as session:
        case = cases.create_case(
            session, data=data, actor=actor, ref=state.reference.get(), sla=state.sla, now=at
        )
        return case.id


def scores(state: AppState, case_id: int, **kw: Any) -> dict[int, dispatch.Candidate]:
    with state.db.read() as session:
        case = session.get(dispatch.Case, case_id)
        found = dispatch.duplicates(
            session, case, radius_m=kw.get("radius_m", 500), hours=kw.get("hours", 72), limit=50
        )
        return {c.case.id: c for c in found}


def test_distance_is_haversine() -> None:
    assert dispatch.distance_m(LAT, LON, north_of(250), LON) == pytest.approx(250, abs=0.01)
    # Shanghai–Nantong as a sanity check of longitude handling (about 100 km).
    assert 90_000 < dispatch.distance_m(31.23, 121.47, 32.0, 120.86) < 110_000


def test_duplicate_scores_follow_category_distance_and_time(state: AppState) -> None:
    t0 = datetime(2026, 3, 2, 9, 0, tzinfo=SHANGHAI)
    base = place(state, t0, lat=LAT, lon=LON)
    same_spot_now = place(state, t0.replace(hour=9, minute=30), lat=LAT, lon=LON)
    near_later = place(state, t0.replace(day=3), lat=north_of(250), lon=LON)
    other_kind = place(state, t0, lat=north_of(100), lon=LON, category="garbage")
    too_far = place(state, t0, lat=north_of(600), lon=LON)
    too_late = place(state, t0.replace(day=6), lat=LAT, lon=LON)
    no_coordinates_same_street = place(state, t0)

    found = scores(state, base)
    # same category (0.4) + same spot (0.35) + 0.5 h of 72 h apart (0.25 × (1 − 0.5/72))
    assert found[same_spot_now].score == pytest.approx(0.4 + 0.35 + 0.25 * (1 - 0.5 / 72), abs=1e-3)
    assert found[same_spot_now].distance_m == 0
    # 250 m of 500 (0.35 × 0.5) and 24 h of 72 (0.25 × 2/3)
    assert found[near_later].score == pytest.approx(0.4 + 0.175 + 0.25 * (2 / 3), abs=1e-3)
    assert found[near_later].distance_m == pytest.approx(250, abs=0.5)
    assert found[near_later].hours_apart == pytest.approx(24)
    # another category: half its place and time likeness only (100 m of 500, same instant)
    assert found[other_kind].score == pytest.approx(0.5 * (0.35 * 0.8 + 0.25), abs=1e-3)
    # no coordinates: the same street counts half of the place likeness
    assert found[no_coordinates_same_street].score == pytest.approx(0.4 + 0.175 + 0.25, abs=1e-3)
    assert found[no_coordinates_same_street].distance_m is None
    assert too_far not in found, "beyond the radius there is no likeness of place"
    assert too_late not in found, "beyond the time window"
    ordered = list(found)
    assert ordered[0] == same_spot_now, "most alike first"
    # A wider radius brings the far one in.
    assert too_far in scores(state, base, radius_m=1000)


def test_closed_drill_and_terminal_cases_are_not_duplicates(
    state: AppState, client: TestClient, headers: Callable[[str], dict[str, str]]
) -> None:
    now = utcnow()
    base = place(state, now, lat=LAT, lon=LON)
    voided = place(state, now, lat=LAT, lon=LON)
    with state.db.write() as session:
        from server.schemas.case import ActionRequest

        cases.apply_action(
            session,
            case_id=voided,
            request=ActionRequest(action="void", note="重复来电"),
            version=1,
            actor=OFFICER,
            ref=state.reference.get(),
            sla=state.sla,
            now=now,
        )
    drill = place(state, now, SYSTEM, lat=LAT, lon=LON, drill=True)
    found = scores(state, base)
    assert voided not in found and drill not in found
    response = client.get(f"/api/v1/cases/{base}/duplicates", headers=headers("duty_officer"))
    assert response.status_code == 200
    assert response.json()["items"] == []


def test_routing_puts_the_category_rule_first_and_a_returning_department_last(
    client: TestClient,
    headers: Callable[[str], dict[str, str]],
    new_case: Callable[..., dict[str, Any]],
    act: Callable[..., Any],
) -> None:
    case = new_case(category="noise")  # routed to ecology by the category rule
    officer = headers("duty_officer")
    first = client.get(f"/api/v1/cases/{case['id']}/routing", headers=officer).json()
    assert first["suggestions"][0]["department"] == "ecology"
    assert first["suggestions"][0]["source"] == "category"
    assert first["returns"] == []

    case = act("duty_officer", case, "register").json()
    case = act("duty_officer", case, "dispatch", department="ecology").json()
    case = act("dept_ecology", case, "return", note="非本部门职责，建议转城管").json()
    assert case["state"] == "returned" and case["return_count"] == 1

    routing = client.get(f"/api/v1/cases/{case['id']}/routing", headers=officer).json()
    assert routing["returns"] == [
        {
            "department": "ecology",
            "department_name": "区生态环境局",
            "at": routing["returns"][0]["at"],
            "actor": "区生态环境局(演示)",
            "note": "非本部门职责，建议转城管",
        }
    ]
    ecology = [s for s in routing["suggestions"] if s["department"] == "ecology"]
    assert ecology and ecology[0]["returned_before"] is True
    assert routing["suggestions"][-1]["department"] == "ecology", "a returner goes last"


def test_routing_learns_who_closed_alike_cases_in_the_street(
    client: TestClient,
    headers: Callable[[str], dict[str, str]],
    new_case: Callable[..., dict[str, Any]],
    act: Callable[..., Any],
) -> None:
    for _ in range(2):
        case = new_case(category="noise")
        case = act("duty_officer", case, "register").json()
        case = act("duty_officer", case, "dispatch", department="urban").json()
        case = act("dept_urban", case, "sign").json()
        case = act("dept_urban", case, "resolve", note="已处置").json()
        case = act("duty_officer", case, "verify_pass").json()
        assert case["state"] == "closed"
    fresh = new_case(category="noise")
    routing = client.get(
        f"/api/v1/cases/{fresh['id']}/routing", headers=headers("duty_officer")
    ).json()
    codes = [s["department"] for s in routing["suggestions"]]
    assert codes[:2] == ["ecology", "urban"]
    assert routing["suggestions"][1]["source"] == "history"
    assert "2件" in routing["suggestions"][1]["reason"]


def test_deadline_preview_matches_what_the_action_sets(
    client: TestClient,
    state: AppState,
    headers: Callable[[str], dict[str, str]],
    new_case: Callable[..., dict[str, Any]],
    act: Callable[..., Any],
) -> None:
    # The clock stands still (on a working Wednesday): the preview and the action share "now"
    # (on the wall clock they could fall either side of a minute).
    state.clock = SettableClock(datetime(2026, 12, 9, 10, 0, tzinfo=SHANGHAI))
    officer = headers("duty_officer")
    case = act("duty_officer", new_case(), "register").json()
    preview = client.get(
        f"/api/v1/cases/{case['id']}/deadline", params={"action": "dispatch"}, headers=officer
    ).json()
    assert preview["step"] == "sign" and preview["limit_min"] == 450
    dispatched = act("duty_officer", case, "dispatch", department="ecology").json()
    assert preview["due_at"] == dispatched["due_at"]
    closed = client.get(
        f"/api/v1/cases/{case['id']}/deadline", params={"action": "comment"}, headers=officer
    ).json()
    assert closed["due_at"] == dispatched["due_at"], "a comment starts no new clock"


def test_dispatch_aids_respect_visibility(
    client: TestClient, headers: Callable[[str], dict[str, str]], new_case: Callable[..., dict]
) -> None:
    case = new_case()
    for path in ("routing", "duplicates", "deadline?action=register"):
        url = f"/api/v1/cases/{case['id']}/{path}"
        assert client.get(url, headers=headers("dept_urban")).status_code == 404
        assert client.get(url).status_code == 401
    bad = client.get(
        f"/api/v1/cases/{case['id']}/deadline", params={"action": "fly"}, headers=headers("admin")
    )
    assert bad.status_code == 422
    assert bad.headers["content-type"].startswith("application/problem+json")


def test_a_report_not_yet_created_finds_its_duplicates(
    state: AppState, client: TestClient, headers: Callable[[str], dict[str, str]]
) -> None:
    now = utcnow()
    near = place(state, now, lat=north_of(100), lon=LON)
    same_street_no_coordinates = place(state, now)
    officer = headers("duty_officer")
    response = client.get(
        "/api/v1/duplicates",
        params={"category": "noise", "lat": LAT, "lon": LON, "address": "虹桥街道新中社区"},
        headers=officer,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["street"] == "hongqiao", "the street is detected from the address"
    ids = [item["case"]["id"] for item in body["items"]]
    assert ids == [near, same_street_no_coordinates]
    assert body["items"][0]["distance_m"] == pytest.approx(100, abs=0.5)
    unknown = client.get("/api/v1/duplicates", params={"category": "nope"}, headers=officer)
    assert unknown.status_code == 422

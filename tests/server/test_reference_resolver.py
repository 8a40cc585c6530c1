"""One rule for a client's street, category and department, the same answer on every route.

The rule is server/services/resolve.py's (docs/api-cases.md, "Reference values"): the code,
for a street also its listed name or full 街道 name, spaces around ignored; anything else 422
`invalid` naming the field, with the codes in `choices` (Open311: its own 400).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.seed.reference import CATEGORIES, DEPARTMENTS, STREETS
from tests.server.conftest import new_key
from tests.server.test_field_reports import png_bytes

Headers = Callable[[str], dict[str, str]]
# What each route answers for a street: (status, the street code it took, the body).
Outcome = tuple[int, str | None, dict[str, Any]]
STREET_CODES = sorted(code for code, *_ in STREETS)
CATEGORY_CODES = sorted(code for code, *_ in CATEGORIES)
HANDLING = sorted(code for code, _, handles in DEPARTMENTS if handles)

ACCEPTED_STREETS = ["xuetian", "学田", "学田街道", "  xuetian ", " 学田街道\t"]
REFUSED_STREETS = ["Xuetian", "XUETIAN", "学田镇", "火星", "xue tian", "学田街"]


def _json(response: Any) -> dict[str, Any]:
    ctype = response.headers.get("content-type", "")
    return response.json() if "json" in ctype and "ndjson" not in ctype else {}


def _case_body(**fields: Any) -> dict[str, Any]:
    return {"channel": "hotline_12345", "category": "noise", "title": "噪声", "address": "不详",
            **fields}  # fmt: skip


def create_case(client: TestClient, headers: Headers, street: str) -> Outcome:
    response = client.post(
        "/api/v1/cases", json=_case_body(street=street), headers=headers("duty_officer")
    )
    body = _json(response)
    return response.status_code, body.get("street"), body


def create_camera(client: TestClient, headers: Headers, street: str) -> Outcome:
    camera = {"code": "CAM-R-001", "name": "测试路口", "street": street, "lat": 32.0,
              "lon": 120.86, "stream_url": "rtsp://10.0.0.1/live"}  # fmt: skip
    response = client.post("/api/v1/cameras", json=camera, headers=headers("admin"))
    body = _json(response)
    return response.status_code, body.get("street"), body


def patch_camera(client: TestClient, headers: Headers, street: str) -> Outcome:
    camera = client.get("/api/v1/cameras?kind=camera", headers=headers("admin")).json()["items"][0]
    response = client.patch(
        f"/api/v1/cameras/{camera['id']}", json={"street": street}, headers=headers("admin")
    )
    body = _json(response)
    return response.status_code, body.get("street"), body


def list_cameras(client: TestClient, headers: Headers, street: str) -> Outcome:
    response = client.get("/api/v1/cameras", params={"street": street}, headers=headers("admin"))
    body = _json(response)
    streets = {c["street"] for c in body.get("items", [])}
    return response.status_code, streets.pop() if len(streets) == 1 else None, body


def duplicates(client: TestClient, headers: Headers, street: str) -> Outcome:
    response = client.get(
        "/api/v1/duplicates",
        params={"category": "noise", "street": street},
        headers=headers("duty_officer"),
    )
    body = _json(response)
    return response.status_code, body.get("street"), body


def list_cases(client: TestClient, headers: Headers, street: str) -> Outcome:
    response = client.get(
        "/api/v1/cases", params={"street": street, "limit": 20}, headers=headers("duty_officer")
    )
    body = _json(response)
    streets = {c["street"] for c in body.get("items", [])}
    return response.status_code, streets.pop() if len(streets) == 1 else None, body


def snapshot(client: TestClient, headers: Headers, street: str) -> Outcome:
    response = client.get(
        "/api/v1/cases/snapshot", params={"street": street}, headers=headers("duty_officer")
    )
    body = _json(response)
    return response.status_code, "xuetian" if response.status_code == 200 else None, body


def field_report(client: TestClient, headers: Headers, street: str) -> Outcome:
    fields = {"channel": "grid", "category": "garbage", "title": "垃圾", "address": "不详",
              "street": street}  # fmt: skip
    response = client.post(
        "/api/v1/field-reports",
        files=[
            *[(name, (None, value)) for name, value in fields.items()],
            ("photos", ("a.png", png_bytes(), "image/png")),
        ],
        headers=headers("duty_officer"),
    )
    body = _json(response)
    return response.status_code, body.get("street"), body


def correct(client: TestClient, headers: Headers, street: str) -> Outcome:
    case = client.post(
        "/api/v1/cases", json=_case_body(street="hongqiao"), headers=headers("duty_officer")
    ).json()
    response = client.post(
        f"/api/v1/cases/{case['id']}/actions",
        json={"action": "correct", "version": case["version"], "street": street, "note": "改"},
        headers={**headers("duty_officer"), "Idempotency-Key": new_key()},
    )
    body = _json(response)
    return response.status_code, body.get("street"), body


STREET_ROUTES = {
    "POST /cases": (create_case, 201),
    "POST /cameras": (create_camera, 201),
    "PATCH /cameras/{id}": (patch_camera, 200),
    "GET /cameras": (list_cameras, 200),
    "GET /duplicates": (duplicates, 200),
    "GET /cases": (list_cases, 200),
    "GET /cases/snapshot": (snapshot, 200),
    "POST /field-reports": (field_report, 201),
    "correct": (correct, 200),
}


def _assert_refused(body: dict[str, Any], field: str, value: str, codes: list[str]) -> None:
    assert body["code"] == "invalid", body
    assert body["errors"][0]["field"] == field, body
    assert body["choices"] == codes, body
    assert value.strip() in body["detail"], body


@pytest.mark.parametrize("route", list(STREET_ROUTES))
@pytest.mark.parametrize("value", ACCEPTED_STREETS)
def test_a_street_by_code_or_name_is_taken_everywhere(
    client: TestClient, headers: Headers, route: str, value: str
) -> None:
    send, ok = STREET_ROUTES[route]
    if route in ("GET /cases", "GET /cases/snapshot"):
        create_case(client, headers, "xuetian")  # one to find
    status, street, body = send(client, headers, value)
    assert (status, street) == (ok, "xuetian"), body


@pytest.mark.parametrize("route", list(STREET_ROUTES))
@pytest.mark.parametrize("value", REFUSED_STREETS)
def test_an_unknown_street_is_the_same_422_everywhere(
    client: TestClient, headers: Headers, route: str, value: str
) -> None:
    send, _ = STREET_ROUTES[route]
    status, _, body = send(client, headers, value)
    assert status == 422, body
    _assert_refused(body, "street", value, STREET_CODES)


CATEGORY_ROUTES: dict[str, Callable[[TestClient, Headers, str], Any]] = {
    "POST /cases": lambda c, h, v: c.post(
        "/api/v1/cases", json=_case_body(category=v), headers=h("duty_officer")
    ),
    "GET /duplicates": lambda c, h, v: c.get(
        "/api/v1/duplicates", params={"category": v}, headers=h("duty_officer")
    ),
    "GET /cases": lambda c, h, v: c.get(
        "/api/v1/cases", params={"category": v}, headers=h("duty_officer")
    ),
}


@pytest.mark.parametrize("route", list(CATEGORY_ROUTES))
@pytest.mark.parametrize(("value", "known"), [("noise", True), (" noise ", True),
                                              ("Noise", False), ("噪声扰民", False),
                                              ("ufo", False)])  # fmt: skip
def test_a_category_is_its_code_everywhere(
    client: TestClient, headers: Headers, route: str, value: str, known: bool
) -> None:
    response = CATEGORY_ROUTES[route](client, headers, value)
    if known:
        assert response.status_code in (200, 201), response.text
    else:
        assert response.status_code == 422, response.text
        _assert_refused(response.json(), "category", value, CATEGORY_CODES)


@pytest.mark.parametrize(("value", "known"), [("noise", True), (" noise ", True),
                                              ("Noise", False), ("ufo", False)])  # fmt: skip
def test_open311_resolves_the_service_code_by_the_same_rule(
    client: TestClient, value: str, known: bool
) -> None:
    form = {"api_key": "demo-open311-key", "service_code": value, "lat": "31.998",
            "long": "120.862", "description": "噪声"}  # fmt: skip
    response = client.post("/open311/v2/requests.json", data=form)
    assert response.status_code == (201 if known else 400), response.text
    definition = client.get(f"/open311/v2/services/{value}.json")
    assert definition.status_code == (200 if known else 404), definition.text
    if known:
        assert definition.json()["service_code"] == "noise"


DEPARTMENT_VALUES = [("urban", True), (" urban ", True), ("Urban", False), ("区城市管理局", False),
                     ("grid_center", False), ("nosuch", False)]  # fmt: skip


@pytest.mark.parametrize(("value", "known"), DEPARTMENT_VALUES)
def test_a_department_is_its_code_in_dispatch_and_the_list(
    client: TestClient, headers: Headers, value: str, known: bool
) -> None:
    officer = headers("duty_officer")
    case = client.post("/api/v1/cases", json=_case_body(), headers=officer).json()
    registered = client.post(
        f"/api/v1/cases/{case['id']}/actions",
        json={"action": "register", "version": case["version"]},
        headers={**officer, "Idempotency-Key": new_key()},
    ).json()
    dispatched = client.post(
        f"/api/v1/cases/{case['id']}/actions",
        json={"action": "dispatch", "version": registered["version"], "department": value},
        headers={**officer, "Idempotency-Key": new_key()},
    )
    listed = client.get("/api/v1/cases", params={"department": value}, headers=officer)
    if known:
        assert dispatched.status_code == 200, dispatched.text
        assert dispatched.json()["department"] == "urban"
        assert listed.status_code == 200, listed.text
    else:
        assert dispatched.status_code == 422, dispatched.text
        _assert_refused(dispatched.json(), "department", value, HANDLING)
        if value != "grid_center":  # a filter may name any department, handling or not
            assert listed.status_code == 422, listed.text
            _assert_refused(listed.json(), "department", value, sorted(c for c, *_ in DEPARTMENTS))

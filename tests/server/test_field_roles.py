"""Field roles: river chiefs, grid members and volunteer team leads are admin-made accounts
tied to their segments, grid or team, and the server lets each reach only what is theirs."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.config import Settings
from server.routes import volunteers as volunteer_routes
from tests.server.conftest import new_key
from tests.server.test_field_reports import jpeg_bytes
from tests.server.test_patrols import PROBLEMS, record
from tests.support.factories import bearer_headers, demo_settings

Headers = Callable[[str], dict[str, str]]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Demo settings without demo patrols (each test files its own)."""
    return demo_settings(tmp_path, demo_patrols=0)


@pytest.fixture
def api(client: TestClient) -> Iterator[TestClient]:
    """The client, with the volunteer routes (server/app.py includes them once integrated)."""
    if not any(getattr(r, "path", "") == "/api/v1/field/me" for r in client.app.routes):  # type: ignore[attr-defined]
        client.app.include_router(volunteer_routes.router)  # type: ignore[attr-defined]
    yield client


def new_user(api: TestClient, headers: Headers, **fields: Any) -> Any:
    body = {"display_name": "新用户", "password": "first-pass-1", **fields}
    return api.post("/api/v1/users", json=body, headers=headers("admin"))


def patrol_post(api: TestClient, who: dict[str, str], body: dict[str, Any], photos: int = 0) -> Any:
    sent = {**who, "Idempotency-Key": new_key()}
    if not photos:
        return api.post("/api/v1/patrols", json=body, headers=sent)
    files: list[Any] = [("patrol", (None, json.dumps(body)))]
    files += [("photos", (f"p{i}.jpg", jpeg_bytes(), "image/jpeg")) for i in range(photos)]
    return api.post("/api/v1/patrols", files=files, headers=sent)


def report_post(api: TestClient, who: dict[str, str], **fields: str) -> Any:
    form = {"channel": "grid", "category": "garbage", "title": "楼道堆放杂物",
            "address": "朝晖社区5幢", **fields}  # fmt: skip
    return api.post(
        "/api/v1/field-reports",
        files=[*((k, (None, v)) for k, v in form.items()), ("photos", ("a.jpg", jpeg_bytes()))],
        headers={**who, "Idempotency-Key": new_key()},
    )


# --- accounts and their ties -------------------------------------------------------------


def test_the_admin_makes_field_accounts_tied_to_what_is_theirs(
    api: TestClient, headers: Headers
) -> None:
    chief = new_user(api, headers, username="hz_li", role="river_chief",
                     segments=["haohe-xuetian", "haohe-chengdong"])  # fmt: skip
    assert chief.status_code == 201, chief.text
    assert chief.json()["segments"] == ["haohe-chengdong", "haohe-xuetian"]
    member = new_user(api, headers, username="wg_zhao", role="grid_member", grid="hongqiao-02-01")
    assert member.status_code == 201, member.text
    assert (member.json()["grid"], member.json()["segments"]) == ("hongqiao-02-01", [])
    lead = new_user(api, headers, username="wa_lead", role="volunteer_lead", team="weiai")
    assert lead.status_code == 201 and lead.json()["team"] == "weiai"
    teams = api.get("/api/v1/volunteers/teams", headers=headers("admin")).json()["items"]
    assert {t["code"]: t["lead"] for t in teams}["weiai"] == "wa_lead"
    log = api.get("/api/v1/admin-log", headers=headers("admin"), params={"kind": "user"})
    created = [e for e in log.json()["items"] if e["target"] == "hz_li"]
    assert created[0]["after"]["segments"] == ["haohe-chengdong", "haohe-xuetian"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"role": "river_chief"}, "segments"),
        ({"role": "river_chief", "segments": ["haohe-nowhere"]}, "segments"),
        ({"role": "grid_member", "grid": "nowhere-01-01"}, "grid"),
        ({"role": "volunteer_lead", "team": "no-such-team"}, "team"),
        ({"role": "duty_officer", "grid": "hongqiao-02-01"}, "grid"),
        ({"role": "grid_member", "grid": "hongqiao-02-01", "team": "weiai"}, "team"),
    ],
)
def test_a_tie_that_does_not_fit_is_refused_and_nothing_is_created(
    api: TestClient, headers: Headers, fields: dict[str, Any], field: str
) -> None:
    response = new_user(api, headers, username="someone", **fields)
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["field"] == field
    users = api.get("/api/v1/users", headers=headers("admin")).json()["items"]
    assert "someone" not in {u["username"] for u in users}


def test_a_role_change_drops_the_old_tie(api: TestClient, headers: Headers) -> None:
    lead = new_user(api, headers, username="yl", role="volunteer_lead", team="youth").json()
    changed = api.patch(
        f"/api/v1/users/{lead['id']}", json={"role": "duty_officer"}, headers=headers("admin")
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["team"] is None
    teams = api.get("/api/v1/volunteers/teams", headers=headers("admin")).json()["items"]
    assert {t["code"]: t["lead"] for t in teams}["youth"] is None


def test_the_rules_name_the_field_roles_and_their_ties(api: TestClient, headers: Headers) -> None:
    roles = api.get("/api/v1/reference", headers=headers("grid_member")).json()["rules"]["roles"]
    assert {r: roles[r]["tied_to"] for r in ("river_chief", "grid_member", "volunteer_lead")} == {
        "river_chief": "segments",
        "grid_member": "grid",
        "volunteer_lead": "team",
    }
    assert roles["river_chief"]["actions"] == [] and roles["duty_officer"]["tied_to"] is None


def test_each_field_account_knows_its_ties(api: TestClient, headers: Headers) -> None:
    me = {u: api.get("/api/v1/field/me", headers=headers(u)).json()
          for u in ("river_chief", "grid_member", "volunteer_lead")}  # fmt: skip
    assert me["river_chief"]["segments"] == ["jintong-tangzha", "jiuweigang-tangzha"]
    assert me["grid_member"]["grid"] == "xinchengqiao-01-01"
    assert me["volunteer_lead"]["team"] == "feiniu"


# --- nothing outside the field routes ---------------------------------------------------


@pytest.mark.parametrize("user", ["river_chief", "grid_member", "volunteer_lead"])
@pytest.mark.parametrize(
    "path",
    ["/api/v1/cases", "/api/v1/cases/1", "/api/v1/events?after=0&wait=0", "/api/v1/users",
     "/api/v1/supervision", "/api/v1/river-stats", "/api/v1/volunteers/stats",
     "/api/v1/volunteers/teams"],
)  # fmt: skip
def test_field_accounts_reach_no_staff_route(
    api: TestClient, headers: Headers, user: str, path: str
) -> None:
    response = api.get(path, headers=headers(user))
    assert response.status_code == 403, (path, response.text)
    assert response.json()["code"] == "forbidden_role"


def test_each_field_account_reaches_only_its_own_routes(api: TestClient, headers: Headers) -> None:
    assert api.get("/api/v1/patrols", headers=headers("grid_member")).status_code == 403
    assert api.get("/api/v1/patrols", headers=headers("volunteer_lead")).status_code == 403
    assert api.get("/api/v1/field-reports", headers=headers("river_chief")).status_code == 403
    assert api.get("/api/v1/volunteers/requests", headers=headers("grid_member")).status_code == 403
    assert api.get("/api/v1/rivers", headers=headers("river_chief")).status_code == 200
    assert api.get("/api/v1/reference", headers=headers("volunteer_lead")).status_code == 200


# --- the river chief ---------------------------------------------------------------------


def test_a_river_chief_files_patrols_for_own_segments_and_sees_their_cases(
    api: TestClient, headers: Headers
) -> None:
    chief = headers("river_chief")
    filed = patrol_post(api, chief, record(problems=PROBLEMS), photos=3)
    assert filed.status_code == 201, filed.text
    body = filed.json()
    assert body["segment"] == "jintong-tangzha" and len(body["problem_cases"]) == 3
    case = body["problem_cases"][0]["case"]
    assert case["channel"] == "river_patrol" and case["allowed_actions"] == []
    assert len(body["problem_cases"][0]["attachments"]) == 2
    trail = api.get(f"/api/v1/cases/{case['id']}", headers=headers("duty_officer")).json()
    assert trail["history"][0]["actor"] == "唐闸段河长(演示)"
    # The duty room's patrol on another segment is not the chief's.
    other = patrol_post(api, headers("duty_officer"), {**record(), "river": "濠河",
                                                       "segment": "haohe-xuetian"})  # fmt: skip
    assert other.status_code == 201, other.text
    mine = api.get("/api/v1/patrols", headers=chief).json()["items"]
    assert [p["id"] for p in mine] == [body["id"]]
    assert api.get(f"/api/v1/patrols/{other.json()['id']}", headers=chief).status_code == 404
    seen = api.get(f"/api/v1/patrols/{body['id']}", headers=chief).json()
    assert [p["case_id"] for p in seen["problem_cases"]] == [
        p["case_id"] for p in body["problem_cases"]
    ]
    everyone = api.get("/api/v1/patrols", headers=headers("duty_officer")).json()["items"]
    assert len(everyone) == 2


def test_a_river_chief_cannot_file_for_another_segment(api: TestClient, headers: Headers) -> None:
    chief = headers("river_chief")
    elsewhere = {**record(problems=PROBLEMS[2:]), "river": "濠河", "segment": "haohe-xuetian"}
    refused = patrol_post(api, chief, elsewhere)
    assert refused.status_code == 403, refused.text
    assert refused.json()["code"] == "forbidden_role"
    unnamed = patrol_post(api, chief, {**record(), "segment": None})
    assert unnamed.status_code == 422
    assert unnamed.json()["choices"] == ["jintong-tangzha", "jiuweigang-tangzha"]
    all_patrols = api.get("/api/v1/patrols", headers=headers("duty_officer")).json()["items"]
    cases = api.get("/api/v1/cases", headers=headers("duty_officer")).json()["items"]
    assert all_patrols == [] and [c for c in cases if c["channel"] == "river_patrol"] == []


def test_a_replayed_patrol_is_filed_once(api: TestClient, headers: Headers) -> None:
    sent = {**headers("river_chief"), "Idempotency-Key": new_key()}
    body = record(problems=PROBLEMS[2:])
    first = api.post("/api/v1/patrols", json=body, headers=sent)
    again = api.post("/api/v1/patrols", json=body, headers=sent)
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.headers["Idempotent-Replayed"] == "true" and again.json() == first.json()
    assert len(api.get("/api/v1/patrols", headers=headers("river_chief")).json()["items"]) == 1


# --- the grid member ---------------------------------------------------------------------


def test_a_grid_member_reports_in_own_grid_and_follows_own_reports(
    api: TestClient, headers: Headers
) -> None:
    member = headers("grid_member")
    made = report_post(api, member)
    assert made.status_code == 201, made.text
    case = made.json()
    assert (case["grid"], case["street"], case["channel"]) == (
        "xinchengqiao-01-01",
        "xinchengqiao",
        "grid",
    )
    staff = report_post(api, headers("duty_officer"))
    assert staff.status_code == 201
    mine = api.get("/api/v1/field-reports", headers=member).json()["items"]
    assert [c["id"] for c in mine] == [case["id"]]
    one = api.get(f"/api/v1/field-reports/{case['id']}", headers=member)
    assert one.status_code == 200 and len(one.json()["attachments"]) == 1
    other = api.get(f"/api/v1/field-reports/{staff.json()['id']}", headers=member)
    assert other.status_code == 404


@pytest.mark.parametrize(
    "fields", [{"grid": "hongqiao-02-01"}, {"channel": "river_patrol", "category": "river_debris"}]
)
def test_a_grid_member_reports_nowhere_else(
    api: TestClient, headers: Headers, fields: dict[str, str]
) -> None:
    refused = report_post(api, headers("grid_member"), **fields)
    assert refused.status_code == 403, refused.text
    assert api.get("/api/v1/field-reports", headers=headers("grid_member")).json()["items"] == []


def test_a_new_grid_member_sees_none_of_another_members_reports(
    api: TestClient, headers: Headers
) -> None:
    assert report_post(api, headers("grid_member")).status_code == 201
    new_user(api, headers, username="wg_2", role="grid_member", grid="xinchengqiao-01-01")
    admin = headers("admin")
    user_id = next(u["id"] for u in api.get("/api/v1/users", headers=admin).json()["items"]
                   if u["username"] == "wg_2")  # fmt: skip
    api.post(f"/api/v1/users/{user_id}/password", json={"password": "temp-pass-9"}, headers=admin)
    token = api.post("/api/v1/auth/token", data={"username": "wg_2", "password": "temp-pass-9"})
    auth = {"Authorization": f"Bearer {token.json()['access_token']}"}
    changed = api.post(
        "/api/v1/auth/password",
        json={"old_password": "temp-pass-9", "new_password": "own-pass-99"},
        headers=auth,
    )
    assert changed.status_code == 200, changed.text
    second = bearer_headers(api, "wg_2", "own-pass-99")
    assert api.get("/api/v1/field-reports", headers=second).json()["items"] == []


def test_a_replayed_grid_report_makes_one_case(api: TestClient, headers: Headers) -> None:
    key = new_key()
    form = {"channel": "grid", "category": "garbage", "title": "楼道堆放杂物"}
    photo = jpeg_bytes()

    def send() -> Any:
        return api.post(
            "/api/v1/field-reports",
            files=[*((k, (None, v)) for k, v in form.items()), ("photos", ("a.jpg", photo))],
            headers={**headers("grid_member"), "Idempotency-Key": key},
        )

    first, again = send(), send()
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json() == first.json() and again.headers["Idempotent-Replayed"] == "true"
    assert (
        len(api.get("/api/v1/field-reports", headers=headers("grid_member")).json()["items"]) == 1
    )


def test_new_segments_take_effect_at_once(api: TestClient, headers: Headers) -> None:
    chief = headers("river_chief")
    elsewhere = {**record(), "river": "濠河", "segment": "haohe-xuetian"}
    assert patrol_post(api, chief, elsewhere).status_code == 403
    admin = headers("admin")
    user_id = next(u["id"] for u in api.get("/api/v1/users", headers=admin).json()["items"]
                   if u["username"] == "river_chief")  # fmt: skip
    moved = api.patch(f"/api/v1/users/{user_id}", json={"segments": ["haohe-xuetian"]},
                      headers=admin)  # fmt: skip
    assert moved.status_code == 200 and moved.json()["segments"] == ["haohe-xuetian"]
    assert patrol_post(api, chief, elsewhere).status_code == 201
    assert patrol_post(api, chief, record()).status_code == 403

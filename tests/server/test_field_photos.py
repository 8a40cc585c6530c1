"""Field accounts read the photos of what is theirs, and nothing else: a river chief those of
his patrols' problems, a grid member those of his reports, a team lead those of his team's
requests (photo and thumbnail each); any other is 404 (403 on routes outside the role), and
no field account adds a photo to a case. Department staff read as before."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.config import Settings
from tests.server.conftest import new_key
from tests.server.test_field_reports import jpeg_bytes
from tests.server.test_patrols import PROBLEMS, record
from tests.support.factories import bearer_headers, demo_settings

Headers = Callable[[str], dict[str, str]]
REQUESTS = "/api/v1/volunteers/requests"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Demo settings without demo patrols (each test files its own)."""
    return demo_settings(tmp_path, demo_patrols=0)


@pytest.fixture
def api(client: TestClient) -> TestClient:
    return client


def account(api: TestClient, headers: Headers, username: str, **fields: Any) -> dict[str, str]:
    """The headers of a new field account (made by the admin, its first password changed)."""
    body = {"username": username, "display_name": username, "password": "first-pass-1"}
    made = api.post("/api/v1/users", json={**body, **fields}, headers=headers("admin"))
    assert made.status_code == 201, made.text
    first = bearer_headers(api, username, "first-pass-1")
    passwords = {"old_password": "first-pass-1", "new_password": "own-pass-99"}
    changed = api.post("/api/v1/auth/password", headers=first, json=passwords)
    assert changed.status_code == 200, changed.text
    return bearer_headers(api, username, "own-pass-99")


def patrol_photos(api: TestClient, who: dict[str, str], body: dict[str, Any]) -> list[int]:
    """File a patrol with three photos; the ids of its problems' attachments."""
    files: list[Any] = [("patrol", (None, json.dumps(body)))]
    files += [("photos", (f"p{i}.jpg", jpeg_bytes(32, 24), "image/jpeg")) for i in range(3)]
    filed = api.post("/api/v1/patrols", files=files, headers={**who, "Idempotency-Key": new_key()})
    assert filed.status_code == 201, filed.text
    return [a["id"] for p in filed.json()["problem_cases"] for a in p["attachments"]]


def report_photo(api: TestClient, who: dict[str, str]) -> tuple[int, int]:
    """A grid report with one photo: the case id and the attachment id."""
    form = {"channel": "grid", "category": "garbage", "title": "楼道堆放杂物"}
    files = [*((k, (None, v)) for k, v in form.items()), ("photos", ("a.jpg", jpeg_bytes(32, 24)))]
    made = api.post(
        "/api/v1/field-reports", files=files, headers={**who, "Idempotency-Key": new_key()}
    )
    assert made.status_code == 201, made.text
    return made.json()["id"], made.json()["attachments"][0]["id"]


def photo_status(api: TestClient, who: dict[str, str], attachment_id: int) -> tuple[int, int]:
    """The status of the photo and of its thumbnail for this reader."""
    full = api.get(f"/api/v1/attachments/{attachment_id}", headers=who)
    thumb = api.get(f"/api/v1/attachments/{attachment_id}/thumbnail", headers=who)
    for response in (full, thumb):
        if response.status_code == 200:
            assert response.headers["content-type"].startswith("image/")
    return full.status_code, thumb.status_code


# --- the river chief ---------------------------------------------------------------------


def test_a_river_chief_reads_his_patrols_photos_and_not_another_chiefs(
    api: TestClient, headers: Headers
) -> None:
    chief = headers("river_chief")
    mine = patrol_photos(api, chief, record(problems=PROBLEMS))
    assert len(mine) == 3
    other_chief = account(api, headers, "hz_haohe", role="river_chief", segments=["haohe-xuetian"])
    theirs = patrol_photos(api, other_chief, {**record(problems=PROBLEMS), "river": "濠河",
                                              "segment": "haohe-xuetian"})  # fmt: skip
    for attachment_id in mine:
        assert photo_status(api, chief, attachment_id) == (200, 200)
        assert photo_status(api, other_chief, attachment_id) == (404, 404)
    for attachment_id in theirs:
        assert photo_status(api, other_chief, attachment_id) == (200, 200)
        assert photo_status(api, chief, attachment_id) == (404, 404)
    # Nor a grid member's, nor a hotline case's evidence, nor a number that does not exist.
    _, reported = report_photo(api, headers("grid_member"))
    assert photo_status(api, chief, reported) == (404, 404)
    assert photo_status(api, chief, 99999) == (404, 404)


def test_a_river_chief_reads_the_photos_of_his_segments_patrols_filed_by_the_duty_room(
    api: TestClient, headers: Headers
) -> None:
    filed = patrol_photos(api, headers("duty_officer"), record(problems=PROBLEMS))
    assert photo_status(api, headers("river_chief"), filed[0]) == (200, 200)
    elsewhere = {**record(problems=PROBLEMS), "river": "濠河", "segment": "haohe-xuetian"}
    not_his = patrol_photos(api, headers("duty_officer"), elsewhere)
    assert photo_status(api, headers("river_chief"), not_his[0]) == (404, 404)


def test_a_river_chief_keeps_the_photos_of_patrols_he_filed_when_his_segments_move(
    api: TestClient, headers: Headers
) -> None:
    chief = account(api, headers, "hz_move", role="river_chief", segments=["haohe-xuetian"])
    filed = patrol_photos(api, chief, {**record(problems=PROBLEMS), "river": "濠河",
                                       "segment": "haohe-xuetian"})  # fmt: skip
    admin = headers("admin")
    user_id = next(u["id"] for u in api.get("/api/v1/users", headers=admin).json()["items"]
                   if u["username"] == "hz_move")  # fmt: skip
    moved = api.patch(f"/api/v1/users/{user_id}", json={"segments": ["haohe-chengdong"]},
                      headers=admin)  # fmt: skip
    assert moved.status_code == 200, moved.text
    assert photo_status(api, chief, filed[0]) == (200, 200)
    # The duty room's patrol on his old segment is no longer his.
    elsewhere = {**record(problems=PROBLEMS), "river": "濠河", "segment": "haohe-xuetian"}
    theirs = patrol_photos(api, headers("duty_officer"), elsewhere)
    assert photo_status(api, chief, theirs[0]) == (404, 404)


def test_a_field_account_only_reads_photos(api: TestClient, headers: Headers) -> None:
    attachment_id = patrol_photos(api, headers("river_chief"), record(problems=PROBLEMS))[0]
    patrol = api.get("/api/v1/patrols", headers=headers("river_chief")).json()["items"][0]
    detail = api.get(f"/api/v1/patrols/{patrol['id']}", headers=headers("river_chief")).json()
    case = detail["problem_cases"][0]["case_id"]
    own_case, _ = report_photo(api, headers("grid_member"))
    for user, target in (("river_chief", case), ("grid_member", own_case)):
        added = api.post(
            f"/api/v1/cases/{target}/attachments",
            files=[("photo", ("x.jpg", jpeg_bytes()))],
            headers={**headers(user), "Idempotency-Key": new_key()},
        )
        assert added.status_code == 403, added.text
        for method in ("put", "delete", "patch"):
            changed = getattr(api, method)(
                f"/api/v1/attachments/{attachment_id}", headers=headers(user)
            )
            assert changed.status_code in (404, 405), (method, changed.text)
    trail = api.get(f"/api/v1/cases/{case}", headers=headers("duty_officer")).json()
    assert len(trail["attachments"]) == 2


# --- the grid member ---------------------------------------------------------------------


def test_a_grid_member_reads_his_reports_photos_only(api: TestClient, headers: Headers) -> None:
    member = headers("grid_member")
    _, mine = report_photo(api, member)
    assert photo_status(api, member, mine) == (200, 200)
    second = account(api, headers, "wg_2", role="grid_member", grid="xinchengqiao-01-01")
    _, theirs = report_photo(api, second)
    assert photo_status(api, member, theirs) == (404, 404)
    assert photo_status(api, second, mine) == (404, 404)
    assert photo_status(api, second, theirs) == (200, 200)
    patrol = patrol_photos(api, headers("river_chief"), record(problems=PROBLEMS))
    assert photo_status(api, member, patrol[0]) == (404, 404)
    staff_case, staff_photo = report_photo(api, headers("duty_officer"))
    assert photo_status(api, member, staff_photo) == (404, 404)
    assert api.get(f"/api/v1/field-reports/{staff_case}", headers=member).status_code == 404


# --- the volunteer team lead ---------------------------------------------------------------


def served(api: TestClient, headers: Headers, team: str, lead: dict[str, str]) -> dict[str, Any]:
    """A request ordered, offered to the team, accepted and done by its lead with 2 photos."""
    body = {"category": "minor_repairs", "street": "hongqiao", "address": "虹桥新村8幢",
            "description": "独居老人家水龙头漏水", "resident_name": "王阿姨",
            "resident_phone": "13800001234"}  # fmt: skip
    duty = headers("duty_officer")
    made = api.post(REQUESTS, json=body, headers={**duty, "Idempotency-Key": new_key()})
    assert made.status_code == 201, made.text
    request = made.json()
    for who, action in ((duty, {"action": "offer", "team": team}), (lead, {"action": "accept"})):
        sent = {**who, "Idempotency-Key": new_key()}
        answer = api.post(f"{REQUESTS}/{request['id']}/actions", headers=sent,
                          json={**action, "version": request["version"]})  # fmt: skip
        assert answer.status_code == 200, answer.text
        request = answer.json()
    files: list[Any] = [("version", (None, str(request["version"]))), ("hours", (None, "1.5"))]
    files += [("photos", (f"d{i}.jpg", jpeg_bytes(24 + i, 16), "image/jpeg")) for i in range(2)]
    finished = api.post(f"{REQUESTS}/{request['id']}/done", files=files,
                        headers={**lead, "Idempotency-Key": new_key()})  # fmt: skip
    assert finished.status_code == 200, finished.text
    return dict(finished.json())


def service_photo_status(
    api: TestClient, who: dict[str, str], request: dict[str, Any]
) -> list[tuple[int, int]]:
    """The status of each photo of the request and of its thumbnail for this reader."""
    found = []
    for photo in request["photos"]:
        url = f"{REQUESTS}/{request['id']}/photos/{photo['id']}"
        full, thumb = api.get(url, headers=who), api.get(f"{url}/thumbnail", headers=who)
        if thumb.status_code == 200:
            assert thumb.headers["content-type"].startswith("image/")
            assert len(thumb.content) < len(full.content) + 2000
        found.append((full.status_code, thumb.status_code))
    return found


def test_a_team_lead_reads_his_teams_request_photos_only(api: TestClient, headers: Headers) -> None:
    lead = headers("volunteer_lead")
    ours = served(api, headers, "feiniu", lead)
    other_lead = account(api, headers, "weiai_lead", role="volunteer_lead", team="weiai")
    theirs = served(api, headers, "weiai", other_lead)
    assert service_photo_status(api, lead, ours) == [(200, 200)] * 2
    assert service_photo_status(api, other_lead, theirs) == [(200, 200)] * 2
    assert service_photo_status(api, lead, theirs) == [(404, 404)] * 2
    assert service_photo_status(api, other_lead, ours) == [(404, 404)] * 2
    # A photo id of another request, asked for under ours.
    crossed = f"{REQUESTS}/{ours['id']}/photos/{theirs['photos'][0]['id']}/thumbnail"
    assert api.get(crossed, headers=lead).status_code == 404
    # A team lead reads no case photos, and the other field roles no request photos.
    _, reported = report_photo(api, headers("grid_member"))
    assert photo_status(api, lead, reported) == (403, 403)
    for user in ("river_chief", "grid_member"):
        assert service_photo_status(api, headers(user), ours) == [(403, 403)] * 2


# --- department staff, as before ------------------------------------------------------------


def test_staff_read_every_field_photo_as_before(api: TestClient, headers: Headers) -> None:
    patrol = patrol_photos(api, headers("river_chief"), record(problems=PROBLEMS))
    _, reported = report_photo(api, headers("grid_member"))
    request = served(api, headers, "feiniu", headers("volunteer_lead"))
    for user in ("duty_officer", "supervisor"):
        assert photo_status(api, headers(user), patrol[0]) == (200, 200)
        assert photo_status(api, headers(user), reported) == (200, 200)
        assert service_photo_status(api, headers(user), request) == [(200, 200)] * 2
    # A department sees the photos of the cases dispatched to it only (none of these yet).
    assert photo_status(api, headers("dept_water"), patrol[0]) == (404, 404)

"""Open311 for volunteer service requests (点单 from an Open311 client): the volunteer service
categories as services `volunteer.<code>`, a POST as a volunteer request of channel `open311`
(in the console's list and feed), its status as the team works on it, errors in the spec's
format that store nothing, and ids that cannot be confused with case refs."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.problems import Problem
from server.services import volunteers
from server.services.lifecycle import Actor
from server.state import AppState
from tests.server import test_volunteers as volunteer_tests
from tests.server.test_open311 import ROOT, SPEC_EXAMPLE
from tests.server.test_volunteers import REQUESTS, done, ok
from tests.support.clock import SettableClock

# The volunteer tests' fixtures: the app's clock at their START, a 12345 order, an action.
settings, api, clock = volunteer_tests.settings, volunteer_tests.api, volunteer_tests.clock
order, act = volunteer_tests.order, volunteer_tests.act

Headers = Callable[[str], dict[str, str]]
# A resident asks for a minor repair at a point inside 虹桥 (the street centre).
VOLUNTEER_EXAMPLE = {
    "api_key": SPEC_EXAMPLE["api_key"],
    "jurisdiction_id": SPEC_EXAMPLE["jurisdiction_id"],
    "service_code": "volunteer.minor_repairs",
    "lat": "32.041",
    "long": "120.866",
    "address_string": "新中社区12幢302室",
    "first_name": "阿姨",
    "last_name": "王",
    "phone": "13800001234",
    "email": "resident@example.org",
    "description": "独居老人家水龙头漏水，请志愿者上门修理",
}


def post(client: TestClient, fmt: str = "json", **fields: str) -> Any:
    return client.post(f"{ROOT}/requests.{fmt}", data={**VOLUNTEER_EXAMPLE, **fields})


def created_id(client: TestClient, **fields: str) -> str:
    response = post(client, **fields)
    assert response.status_code == 201, response.text
    [created] = response.json()
    return str(created["service_request_id"])


def console_request(api: TestClient, headers: Headers, rid: str) -> dict[str, Any]:
    """The volunteer request behind an Open311 id, as the duty room reads it."""
    assert rid.startswith("V")
    return ok(api.get(f"{REQUESTS}/{rid[1:]}", headers=headers("duty_officer")))


def test_the_volunteer_services_are_listed_and_defined(api: TestClient) -> None:
    services = api.get(f"{ROOT}/services.json").json()
    volunteer = [s for s in services if s["group"] == "志愿服务"]
    assert {s["service_code"] for s in volunteer} == {
        "volunteer.elderly_help", "volunteer.minor_repairs", "volunteer.cleaning",
        "volunteer.river_patrol", "volunteer.companionship", "volunteer.tutoring",
    }  # fmt: skip
    repairs = next(s for s in volunteer if s["service_code"] == "volunteer.minor_repairs")
    assert (repairs["service_name"], repairs["type"], repairs["metadata"]) == (
        "小修小补",
        "realtime",
        False,
    )
    assert "street_light" in {s["service_code"] for s in services}  # the cases' stay
    definition = api.get(f"{ROOT}/services/volunteer.minor_repairs.json")
    assert definition.json() == {"service_code": "volunteer.minor_repairs", "attributes": []}
    root = ET.fromstring(api.get(f"{ROOT}/services/volunteer.cleaning.xml").content)
    assert (root.tag, root.findtext("service_code")) == ("service_definition", "volunteer.cleaning")
    missing = api.get(f"{ROOT}/services/volunteer.nope.json")
    assert missing.status_code == 404
    assert missing.json() == [
        {"code": 404, "description": "service_code volunteer.nope was not found"}
    ]


def test_a_post_becomes_a_volunteer_request_in_the_console_and_the_feed(
    api: TestClient, headers: Headers
) -> None:
    officer = headers("duty_officer")
    after = api.get("/api/v1/events", params={"after": 0, "wait": 0}, headers=officer)
    after_seq = after.json()["last_seq"]
    response = post(api, media_url="https://photos.example.org/tap.jpg")
    assert response.status_code == 201, response.text
    [created] = response.json()
    rid = created["service_request_id"]
    assert rid.startswith("V") and rid[1:].isdigit()
    assert created["token"] and "志愿服务" in created["service_notice"]

    [listed] = ok(api.get(REQUESTS, headers=officer))["items"]
    assert f"V{listed['id']}" == rid
    assert (listed["channel"], listed["category"], listed["state"]) == (
        "open311",
        "minor_repairs",
        "requested",
    )
    assert (listed["street"], listed["address"]) == ("hongqiao", "新中社区12幢302室")
    assert (listed["resident_name"], listed["resident_phone"]) == ("王阿姨", "13800001234")
    assert listed["description"].startswith(VOLUNTEER_EXAMPLE["description"])
    assert "https://photos.example.org/tap.jpg" in listed["description"]
    detail = console_request(api, headers, rid)
    assert detail["history"][0]["actor"] == "Open311:Open311演示客户端"
    assert "resident@example.org" not in str(detail)

    page = api.get("/api/v1/events", params={"after": after_seq, "wait": 0}, headers=officer)
    events = [e for e in page.json()["events"] if e["type"].startswith("volunteer.")]
    assert [(e["type"], e["request"]["id"]) for e in events] == [
        ("volunteer.requested", listed["id"])
    ]
    assert events[0]["request"]["channel"] == "open311"

    [shown] = api.get(f"{ROOT}/requests/{rid}.json").json()
    assert (shown["service_request_id"], shown["status"], shown["service_code"]) == (
        rid,
        "open",
        "volunteer.minor_repairs",
    )
    assert shown["description"] == listed["description"]
    assert shown["address"] == "新中社区12幢302室"
    assert shown["requested_datetime"] == shown["updated_datetime"] == listed["created_at"]
    assert "138" not in str(shown) and "王阿姨" not in str(shown)
    root = ET.fromstring(api.get(f"{ROOT}/requests/{rid}.xml").content)
    assert root.findtext("request/service_request_id") == rid
    assert root.findtext("request/status") == "open"
    token = api.get(f"{ROOT}/tokens/{created['token']}.json")
    assert token.json() == [{"service_request_id": rid, "token": created["token"]}]


def test_the_status_follows_the_teams_work(
    api: TestClient, headers: Headers, act: Callable[..., Any], clock: SettableClock
) -> None:
    rid = created_id(api)
    case = api.post(f"{ROOT}/requests.json", data=SPEC_EXAMPLE).json()[0]["service_request_id"]
    request = ok(act("duty_officer", console_request(api, headers, rid), "offer", team="feiniu"))
    request = ok(act("volunteer_lead", request, "accept"))
    clock.advance(timedelta(hours=2))
    [shown] = api.get(f"{ROOT}/requests/{rid}.json").json()
    assert (shown["status"], shown["agency_responsible"]) == ("open", "飞牛小匠志愿服务队")
    request = ok(done(api, headers, request, 1.5))
    assert request["state"] == "done"
    [shown] = api.get(f"{ROOT}/requests/{rid}.json").json()
    assert shown["status"] == "closed"
    assert shown["updated_datetime"] == request["updated_at"] != shown["requested_datetime"]

    def ids(**params: str) -> list[str]:
        answer = api.get(f"{ROOT}/requests.json", params=params)
        assert answer.status_code == 200, answer.text
        return [r["service_request_id"] for r in answer.json()]

    assert set(ids()) == {rid, case}
    assert ids(service_code="volunteer.minor_repairs") == [rid]
    assert ids(service_code="volunteer.cleaning") == []
    assert ids(service_code="street_light") == [case]
    assert set(ids(service_code="street_light,volunteer.minor_repairs")) == {rid, case}
    assert ids(status="closed") == [rid]
    assert ids(status="open") == [case]
    both = api.get(f"{ROOT}/requests.json", params={"service_request_id": f"{rid},{case}"})
    assert {r["service_request_id"] for r in both.json()} == {rid, case}


def test_only_open311_volunteer_requests_are_answered_for(
    api: TestClient, order: Callable[..., Any]
) -> None:
    by_phone = order()  # a 12345 call: the resident's data stays inside
    missing = api.get(f"{ROOT}/requests/V{by_phone['id']}.json")
    assert missing.status_code == 404
    assert missing.json()[0]["code"] == 404
    assert api.get(f"{ROOT}/requests.json").json() == []
    assert api.get(f"{ROOT}/tokens/vol-{by_phone['id']}.json").status_code == 404
    assert api.get(f"{ROOT}/requests/V0.json").status_code == 404


BAD_INPUT: dict[str, tuple[dict[str, str], str]] = {
    "unknown-service": ({"service_code": "volunteer.nope"}, "volunteer.nope"),
    "inactive-prefix-only": ({"service_code": "volunteer."}, "not found"),
    "no-description": ({"description": ""}, "description"),
    "blank-description": ({"description": "   "}, "description"),
    "huge-description": ({"description": "漏" * 2001}, "2000"),
    "huge-address": ({"address_string": "路" * 201}, "address_string"),
    "huge-name": ({"first_name": "名" * 81}, "first_name"),
    "bad-phone": ({"phone": "call me"}, "phone"),
    "bad-media-url": ({"media_url": "file:///etc/passwd"}, "media_url"),
    "outside": ({"lat": "39.9", "long": "116.4"}, "outside"),
    "no-api-key": ({"api_key": ""}, "api_key"),
}


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize("name", list(BAD_INPUT))
def test_bad_input_is_refused_in_the_specs_format_and_stores_nothing(
    api: TestClient, headers: Headers, name: str, fmt: str
) -> None:
    officer = headers("duty_officer")
    last_seq = api.get("/api/v1/events", params={"after": 0, "wait": 0}, headers=officer)
    fields, words = BAD_INPUT[name]
    response = post(api, fmt, **fields)
    status = 403 if name == "no-api-key" else 400
    assert response.status_code == status, response.text
    if fmt == "json":
        [error] = response.json()
        code, description = error["code"], error["description"]
    else:
        root = ET.fromstring(response.content)
        assert root.tag == "errors"
        code, description = (
            int(root.findtext("error/code") or 0),
            root.findtext("error/description"),
        )
    assert code == status and words in (description or "")
    assert ok(api.get(REQUESTS, headers=officer))["items"] == []
    after = api.get("/api/v1/events", params={"after": 0, "wait": 0}, headers=officer)
    assert after.json()["last_seq"] == last_seq.json()["last_seq"]


def test_a_request_without_a_location_has_no_street(api: TestClient, headers: Headers) -> None:
    rid = created_id(api, lat="", long="", address_string="")
    request = console_request(api, headers, rid)
    assert (request["street"], request["address"], request["channel"]) == (None, "", "open311")


def test_only_open311_lets_the_system_actor_take_an_order(state: AppState) -> None:
    data = volunteers.NewRequest(
        channel="console", category="minor_repairs", street=None, address="",
        description="水龙头漏水", resident_name="", resident_phone="",
    )  # fmt: skip
    system = Actor(None, "Open311:某客户端", "system")
    now = datetime(2026, 12, 9, 1, 0, tzinfo=UTC)
    with pytest.raises(Problem) as refused, state.db.write() as session:
        volunteers.create_request(
            session, data=data, actor=system, ref=state.reference.get(), now=now
        )
    assert refused.value.status == 403
    with state.db.write() as session:
        made = volunteers.create_request(
            session, data=replace(data, channel="open311"), actor=system,
            ref=state.reference.get(), now=now,
        )  # fmt: skip
        assert (made.channel, made.created_by) == ("open311", "Open311:某客户端")

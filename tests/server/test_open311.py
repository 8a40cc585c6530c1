"""Open311 GeoReport v2: spec-shaped requests and answers (JSON and XML), errors, a stock client.

The raw requests follow the examples of the GeoReport v2 specification; the XML is read with
the standard library. The stock client is `georeport` from PyPI (read-only: it cannot POST);
the other Open311 clients on PyPI (`open311` 1.1, `three` 0.8) are Python 2 only.
"""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from server.app import create_app
from server.config import Settings
from server.models import Open311Key
from tests.support.live_server import LiveServer

ROOT = "/open311/v2"
JURISDICTION = "chongchuan.nantong.gov.cn"
KEY = "demo-open311-key"
SPEC_EXAMPLE = {
    "api_key": KEY,
    "jurisdiction_id": JURISDICTION,
    "service_code": "street_light",
    "lat": "31.998",
    "long": "120.862",
    "address_string": "学田街道青年中路88号",
    "email": "citizen@example.org",
    "first_name": "小明",
    "last_name": "王",
    "phone": "138-0000-1111",
    "description": "路灯整夜不亮，行人看不清路面",
    "media_url": "https://photos.example.org/lamp.jpg",
}


def post(client: TestClient, fmt: str = "json", **fields: str):  # type: ignore[no-untyped-def]
    return client.post(f"{ROOT}/requests.{fmt}", data={**SPEC_EXAMPLE, **fields})


def xml_of(response: Any) -> ET.Element:
    assert response.headers["content-type"] == "text/xml; charset=utf-8"
    assert response.content.startswith(b'<?xml version="1.0" encoding="utf-8"?>')
    return ET.fromstring(response.content)


def test_services_list_our_categories(client: TestClient) -> None:
    as_json = client.get(f"{ROOT}/services.json?jurisdiction_id={JURISDICTION}")
    assert as_json.status_code == 200
    assert as_json.headers["content-type"] == "application/json; charset=utf-8"
    services = as_json.json()
    assert {"street_light", "noise", "water_pollution"} <= {s["service_code"] for s in services}
    light = next(s for s in services if s["service_code"] == "street_light")
    assert light == {
        "service_code": "street_light",
        "service_name": "路灯故障",
        "description": "路灯故障（由区城市管理局办理）",
        "metadata": False,
        "type": "realtime",
        "keywords": "举报/报告",
        "group": "report",
    }
    root = xml_of(client.get(f"{ROOT}/services.xml"))
    assert root.tag == "services"
    assert [s.findtext("service_code") for s in root.findall("service")] == [
        s["service_code"] for s in services
    ]
    assert root.find("service/metadata").text == "false"  # type: ignore[union-attr]
    definition = client.get(f"{ROOT}/services/street_light.json").json()
    assert definition == {"service_code": "street_light", "attributes": []}
    root = xml_of(client.get(f"{ROOT}/services/street_light.xml"))
    assert (root.tag, root.findtext("service_code")) == ("service_definition", "street_light")


def test_a_posted_request_becomes_an_open311_case(
    client: TestClient, headers: Callable[[str], dict[str, str]]
) -> None:
    response = post(client)
    assert response.status_code == 201, response.text
    [created] = response.json()
    assert set(created) == {"service_request_id", "token", "service_notice", "account_id"}
    assert "区城市管理局" in created["service_notice"]
    rid = created["service_request_id"]

    who = headers("duty_officer")
    [case] = client.get("/api/v1/cases?channel=open311", headers=who).json()["items"]
    assert (case["ref"], case["channel"], case["category"]) == (rid, "open311", "street_light")
    assert (case["street"], case["state"], case["reporter_name"]) == (
        "xuetian",
        "reported",
        "王小明",
    )
    assert case["due_at"] and (case["lat"], case["lon"]) == (31.998, 120.862)
    detail = client.get(f"/api/v1/cases/{case['id']}", headers=who)
    assert detail.json()["reporter_phone"] == "138-0000-1111"
    assert SPEC_EXAMPLE["media_url"] in detail.json()["description"]
    assert "citizen@example.org" not in detail.text
    assert detail.json()["history"][0]["actor"] == "Open311:Open311演示客户端"

    [shown] = client.get(f"{ROOT}/requests/{rid}.json").json()
    assert shown["status"] == "open"
    assert datetime.fromisoformat(shown["expected_datetime"]) == datetime.fromisoformat(
        case["due_at"]
    )
    assert (shown["service_code"], shown["media_url"]) == (
        "street_light",
        SPEC_EXAMPLE["media_url"],
    )
    assert (shown["lat"], shown["long"], shown["agency_responsible"]) == (31.998, 120.862, None)
    assert "citizen@example.org" not in str(shown) and "138" not in str(shown)
    root = xml_of(client.get(f"{ROOT}/requests/{rid}.xml"))
    request = root.find("request")
    assert root.tag == "service_requests" and request is not None
    assert request.findtext("service_request_id") == rid
    assert request.findtext("status") == "open"
    assert request.findtext("agency_responsible") == ""


def test_the_status_follows_the_lifecycle(
    client: TestClient, headers: Callable[[str], dict[str, str]], act: Callable[..., Any]
) -> None:
    rid = post(client).json()[0]["service_request_id"]
    [case] = client.get("/api/v1/cases?channel=open311", headers=headers("duty_officer")).json()[
        "items"
    ]
    steps = [
        ("duty_officer", "register", {}),
        ("duty_officer", "dispatch", {"department": "urban"}),
        ("dept_urban", "sign", {}),
        ("dept_urban", "resolve", {"note": "已更换灯泡，恢复照明"}),
    ]
    for user, action, extra in steps:
        case = act(user, case, action, **extra).json()
    [shown] = client.get(f"{ROOT}/requests/{rid}.json").json()
    assert (shown["status"], shown["status_notes"]) == ("open", "已更换灯泡，恢复照明")
    assert shown["agency_responsible"] == "区城市管理局"
    assert act("duty_officer", case, "verify_pass").status_code == 200
    [shown] = client.get(f"{ROOT}/requests/{rid}.json").json()
    assert (shown["status"], shown["status_notes"]) == ("closed", "已更换灯泡，恢复照明")
    assert shown["expected_datetime"] is None
    assert shown["updated_datetime"] > shown["requested_datetime"]
    closed = client.get(f"{ROOT}/requests.json?status=closed").json()
    assert [r["service_request_id"] for r in closed] == [rid]
    assert client.get(f"{ROOT}/requests.json?status=open").json() == []


def test_requests_are_found_by_id_code_date_and_status(
    client: TestClient, new_case: Callable[..., dict]
) -> None:
    light = post(client).json()[0]["service_request_id"]
    noise = post(client, service_code="noise").json()[0]["service_request_id"]
    hotline = new_case()["ref"]  # a 12345 call is no Open311 request

    def ids(query: str) -> list[str]:
        response = client.get(f"{ROOT}/requests.json?{query}")
        assert response.status_code == 200, response.text
        return [r["service_request_id"] for r in response.json()]

    assert ids("") == [noise, light]
    assert ids("service_code=noise") == [noise]
    assert ids("service_code=noise,street_light") == [noise, light]
    assert ids("service_code=unknown") == []
    assert ids(f"service_request_id={light},{hotline}") == [light]
    assert ids(f"service_request_id={light}&status=closed") == [light]  # ids override filters
    assert ids("start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00%2B08:00") == []
    assert client.get(f"{ROOT}/requests/{hotline}.json").status_code == 404


def test_a_token_leads_to_its_request(client: TestClient) -> None:
    [created] = post(client).json()
    token, rid = created["token"], created["service_request_id"]
    assert client.get(f"{ROOT}/tokens/{token}.json").json() == [
        {"service_request_id": rid, "token": token}
    ]
    root = xml_of(client.get(f"{ROOT}/tokens/{token}.xml"))
    assert root.findtext("request/service_request_id") == rid
    assert client.get(f"{ROOT}/tokens/nope.json").status_code == 404


ERRORS: dict[str, tuple[str, str, dict[str, str], int, str]] = {
    "wrong-jurisdiction": ("GET", "services", {"jurisdiction_id": "x.gov"}, 404, "jurisdiction"),
    "unknown-service": ("GET", "services/nope", {}, 404, "service_code"),
    "unknown-request": ("GET", "requests/CC000", {}, 404, "service_request_id"),
    "too-long-span": (
        "GET",
        "requests",
        {"start_date": "2026-01-01T00:00:00Z", "end_date": "2026-06-01T00:00:00Z"},
        400,
        "90 days",
    ),
    "bad-date": ("GET", "requests", {"start_date": "yesterday"}, 400, "start_date"),
    "bad-status": ("GET", "requests", {"status": "pending"}, 400, "status"),
    "post-wrong-jurisdiction": (
        "POST",
        "requests",
        {"jurisdiction_id": "x.gov"},
        404,
        "jurisdiction",
    ),
    "no-api-key": ("POST", "requests", {"api_key": ""}, 403, "api_key"),
    "bad-api-key": ("POST", "requests", {"api_key": "guess"}, 403, "api_key"),
    "no-service-code": ("POST", "requests", {"service_code": ""}, 400, "service_code"),
    "unknown-service-code": ("POST", "requests", {"service_code": "nope"}, 400, "nope"),
    "no-location": (
        "POST",
        "requests",
        {"lat": "", "long": "", "address_string": ""},
        400,
        "location",
    ),
    "outside": ("POST", "requests", {"lat": "39.9", "long": "116.4"}, 400, "outside"),
    "bad-lat": ("POST", "requests", {"lat": "north"}, 400, "lat"),
    "long-description": ("POST", "requests", {"description": "长" * 4001}, 400, "4000"),
    "bad-media-url": ("POST", "requests", {"media_url": "file:///etc/passwd"}, 400, "media_url"),
    "bad-phone": ("POST", "requests", {"phone": "call me"}, 400, "phone"),
    "control-characters": ("POST", "requests", {"description": "a\x00b"}, 400, "control"),
}


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize("name", list(ERRORS))
def test_errors_come_in_the_specs_format(
    client: TestClient, headers: Callable[[str], dict[str, str]], name: str, fmt: str
) -> None:
    method, path, params, status, words = ERRORS[name]
    if method == "GET":
        response = client.get(f"{ROOT}/{path}.{fmt}", params=params)
    else:
        response = post(client, fmt, **params)
    assert response.status_code == status, response.text
    if fmt == "json":
        [error] = response.json()
        code, description = error["code"], error["description"]
    else:
        root = xml_of(response)
        assert root.tag == "errors"
        code, description = (
            int(root.findtext("error/code") or 0),
            root.findtext("error/description"),
        )
    assert code == status
    assert words in (description or "")
    cases = client.get("/api/v1/cases", headers=headers("duty_officer")).json()["items"]
    assert cases == []


def test_an_unknown_format_is_refused(client: TestClient) -> None:
    response = client.get(f"{ROOT}/services.csv")
    assert response.status_code == 404
    assert response.json() == [
        {"code": 404, "description": "format csv is not offered; use json or xml"}
    ]


def test_uploads_are_not_part_of_v2(client: TestClient) -> None:
    response = client.post(
        f"{ROOT}/requests.json", data=SPEC_EXAMPLE, files={"media": ("a.jpg", b"\xff\xd8\xff")}
    )
    assert response.status_code == 400
    assert response.json()[0]["code"] == 400


def test_the_demo_key_works_in_demo_mode_only(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cc.db'}"
    with TestClient(create_app(Settings(database_url=url, demo=True), background=False)) as demo:
        assert post(demo).status_code == 201
        state = demo.app.state.cc  # type: ignore[attr-defined]
        with state.db.read() as session:
            stored = [k.key_hash for k in session.query(Open311Key)]
        assert stored and KEY not in stored  # only its hash is kept
    with TestClient(create_app(Settings(database_url=url, demo=False), background=False)) as live:
        response = post(live)
        assert response.status_code == 403
        assert live.get(f"{ROOT}/requests.json").json()[0]["status"] == "open"


PATHS = ["services", "services/noise", "requests", "requests/CC1", "tokens/x"]
TEXT = st.text(alphabet=string.printable + "中文", max_size=30)


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    path=st.sampled_from(PATHS),
    fmt=st.sampled_from(["json", "xml", "html"]),
    params=st.dictionaries(
        st.sampled_from(
            ["jurisdiction_id", "service_request_id", "service_code", "start_date", "end_date",
             "status", "lat", "long", "api_key", "description", "media_url", "phone"]
        ),
        TEXT,
        max_size=5,
    ),
    method=st.sampled_from(["GET", "POST"]),
)  # fmt: skip
def test_no_input_causes_a_server_error(
    client: TestClient, path: str, fmt: str, params: dict[str, str], method: str
) -> None:
    quiet = TestClient(client.app, raise_server_exceptions=False)
    if method == "POST":
        response = quiet.post(f"{ROOT}/requests.{fmt}", data={**SPEC_EXAMPLE, **params})
    else:
        response = quiet.get(f"{ROOT}/{path}.{fmt}", params=params)
    assert response.status_code < 500, response.text
    if response.status_code >= 400 and fmt == "json":
        assert response.json()[0]["code"] == response.status_code


@pytest.mark.postgres
def test_open311_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    settings = Settings(database_url=postgres_url, demo=True, data_dir=str(tmp_path / "data"))
    with TestClient(create_app(settings, background=False)) as client:
        [created] = post(client).json()
        rid = created["service_request_id"]
        assert [r["service_request_id"] for r in client.get(f"{ROOT}/requests.json").json()] == [
            rid
        ]
        [shown] = client.get(f"{ROOT}/requests/{rid}.json?service_code=noise").json()
        assert (shown["status"], shown["service_code"]) == ("open", "street_light")
        token = created["token"]
        assert client.get(f"{ROOT}/tokens/{token}.json").json()[0]["service_request_id"] == rid


# --- a stock client against a real server -------------------------------------------------


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """cc-server in demo mode (no backlog) in a child process."""
    path = tmp_path_factory.mktemp("open311") / "cc.db"
    server = LiveServer(f"sqlite:///{path}", env={"CC_DEMO_BACKLOG": "0"}).start()
    try:
        yield server
    finally:
        server.stop()


def _as_list(value: Any) -> list[dict[str, Any]]:
    return value if isinstance(value, list) else [value]


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_stock_client_reads_our_answers(live: LiveServer, fmt: str) -> None:
    georeport = pytest.importorskip("georeport", reason="the stock Open311 client (test extra)")
    root = live.url + ROOT
    posted = requests.post(
        f"{root}/requests.json", data={**SPEC_EXAMPLE, "service_code": "manhole"}, timeout=10
    )
    assert posted.status_code == 201, posted.text
    rid = posted.json()[0]["service_request_id"]

    client = georeport.GeoReport(root, jurisdiction=JURISDICTION, output_format=fmt)
    services = _as_list(client.get_service_list())
    assert "manhole" in {s["service_code"] for s in services}
    definition = client.get_service_definition("manhole")
    assert definition["service_code"] == "manhole"
    found = _as_list(client.get_service_requests(service_code="manhole", status="open"))
    assert rid in {r["service_request_id"] for r in found}
    by_id = _as_list(client.get_service_requests(service_request_id=rid))
    assert [r["service_request_id"] for r in by_id] == [rid]
    one = client.get_service_request(rid)
    assert (one["service_request_id"], one["status"], one["service_code"]) == (
        rid,
        "open",
        "manhole",
    )
    assert one["expected_datetime"]
    elsewhere = georeport.GeoReport(root, jurisdiction="other.gov", output_format=fmt)
    with pytest.raises(requests.HTTPError):
        elsewhere.get_service_list()


def test_status_notes_are_only_what_was_written_for_the_public(
    client: TestClient, headers: Callable[[str], dict[str, str]], act: Callable[..., Any]
) -> None:
    rid = post(client).json()[0]["service_request_id"]
    [case] = client.get("/api/v1/cases?channel=open311", headers=headers("duty_officer")).json()[
        "items"
    ]
    internal = [
        ("duty_officer", "register", {}),
        ("duty_officer", "comment", {"note": "来电人手机13800138000，脾气急"}),
        ("duty_officer", "dispatch", {"department": "urban"}),
        ("dept_urban", "return", {"note": "非我局职责，建议转供电公司"}),
        ("duty_officer", "dispatch", {"department": "urban"}),
        ("dept_urban", "sign", {}),
        ("dept_urban", "escalate", {"target": "supervisor", "note": "内部：需领导协调"}),
    ]
    for user, action, extra in internal:
        answer = act(user, case, action, **extra)
        assert answer.status_code == 200, answer.text
        case = answer.json()
        [shown] = client.get(f"{ROOT}/requests/{rid}.json").json()
        assert shown["status_notes"] is None, (action, shown["status_notes"])
    case = act("dept_urban", case, "resolve", note="已更换灯泡，恢复照明").json()
    [shown] = client.get(f"{ROOT}/requests/{rid}.json").json()
    assert shown["status_notes"] == "已更换灯泡，恢复照明"
    # Sent back to work: the note that said it was done is withdrawn.
    act("duty_officer", case, "verify_fail", note="现场仍不亮")
    [shown] = client.get(f"{ROOT}/requests/{rid}.json").json()
    assert shown["status_notes"] is None
    assert "13800138000" not in client.get(f"{ROOT}/requests.xml").text

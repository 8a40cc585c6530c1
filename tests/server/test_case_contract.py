"""The contract of the case answers (server/schemas/*_out.py), held against the real server.

The routes answer with JSON they make themselves (orjson, bytes spliced from a cache) and only
*declare* their models for OpenAPI; nothing at run time checks one against the other. These
tests do: real cases are driven through their lifecycle (every state, an extension, a
callback, a merge, an attachment, a field report, a patrol, a city case, a video case, a drill
case, the escalation ladder) and every answer that carries a case is validated against its
model, unknown fields refused. The routes' OpenAPI operations must name these models.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import orjson
import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel, TypeAdapter
from sqlalchemy import select

from server.models import Case
from server.schemas.case_out import (
    CaseDetailOut,
    CaseOut,
    CasePageOut,
    CaseWithAttachmentsOut,
    HistoryEntryOut,
)
from server.schemas.dispatch_out import CaseDuplicatesOut, ReportDuplicatesOut
from server.schemas.patrol_out import PatrolDetailOut
from server.schemas.supervision_out import SupervisionOut
from server.services import escalation, views
from server.services.workcalendar import SHANGHAI
from server.state import AppState
from tests.server.conftest import new_key

Json = dict[str, Any]
Headers = Callable[[str], dict[str, str]]

OWN = "dept_ecology"  # noise cases go to the ecology bureau
CASE_LINE = TypeAdapter(list[CaseOut])

# The case-bearing operations and the model each declares for its success answer.
DECLARED = [
    ("get", "/api/v1/cases", "200", "CasePageOut"),
    ("post", "/api/v1/cases", "201", "CaseOut"),
    ("get", "/api/v1/cases/{case_id}", "200", "CaseDetailOut"),
    ("post", "/api/v1/cases/{case_id}/actions", "200", "CaseOut"),
    ("post", "/api/v1/cases/{case_id}/attachments", "201", "CaseWithAttachmentsOut"),
    ("post", "/api/v1/field-reports", "201", "CaseWithAttachmentsOut"),
    ("get", "/api/v1/cases/{case_id}/duplicates", "200", "CaseDuplicatesOut"),
    ("get", "/api/v1/duplicates", "200", "ReportDuplicatesOut"),
    ("get", "/api/v1/supervision", "200", "SupervisionOut"),
    ("post", "/api/v1/patrols", "201", "PatrolDetailOut"),
    ("get", "/api/v1/patrols/{patrol_id}", "200", "PatrolDetailOut"),
]


def _photo() -> bytes:
    try:
        from io import BytesIO

        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow is in the dev dependencies
        from tests.server.test_field_reports import TINY_JPEG

        return TINY_JPEG
    out = BytesIO()
    Image.new("RGB", (16, 16), (200, 60, 30)).save(out, "JPEG", quality=85)
    return out.getvalue()


class Contract:
    """The client, signed in as anyone, checking every case-bearing answer it gets."""

    def __init__(self, client: TestClient, headers: Headers, state: AppState) -> None:
        self.client = client
        self.headers = headers
        self.state = state
        self.checked: dict[str, int] = {}  # model name → answers validated

    def check(self, model: type[BaseModel], response: Any, status: int = 200) -> Json:
        """The answer's JSON, validated against `model` (from its bytes, unknown fields
        refused)."""
        assert response.status_code == status, response.text
        assert response.headers["content-type"].startswith("application/json")
        model.model_validate_json(response.content)
        self.checked[model.__name__] = self.checked.get(model.__name__, 0) + 1
        body: Json = response.json()
        return body

    def create(self, user: str = "duty_officer", **fields: Any) -> Json:
        body = {
            "channel": "hotline_12345",
            "category": "noise",
            "title": "夜间施工噪声扰民",
            "address": "虹桥街道新中社区12幢",
            **fields,
        }
        key = new_key()
        sent = {**self.headers(user), "Idempotency-Key": key}
        created = self.check(
            CaseOut, self.client.post("/api/v1/cases", json=body, headers=sent), 201
        )
        replay = self.client.post("/api/v1/cases", json=body, headers=sent)
        assert self.check(CaseOut, replay, 201) == created  # a replay answers the same
        return created

    def act(self, user: str, case: Json, action: str, **fields: Any) -> Json:
        body = {"action": action, "version": case["version"], **fields}
        response = self.client.post(
            f"/api/v1/cases/{case['id']}/actions",
            json=body,
            headers={**self.headers(user), "Idempotency-Key": new_key()},
        )
        acted = self.check(CaseOut, response)
        assert action in {entry["action"] for entry in self.detail(acted["id"], user)["history"]}
        return acted

    def detail(self, case_id: int, user: str = "duty_officer") -> Json:
        response = self.client.get(f"/api/v1/cases/{case_id}", headers=self.headers(user))
        return self.check(CaseDetailOut, response)

    def pages(self, user: str, **params: Any) -> list[Json]:
        """Every case of the list, page by page, each page checked."""
        items: list[Json] = []
        cursor = None
        while True:
            query = {**params, "limit": 7, **({"cursor": cursor} if cursor else {})}
            response = self.client.get("/api/v1/cases", params=query, headers=self.headers(user))
            page = self.check(CasePageOut, response)
            items += page["items"]
            cursor = page["next_cursor"]
            if cursor is None:
                return items

    def snapshot(self, user: str, **params: Any) -> list[Json]:
        """Every case of the NDJSON snapshot, each case line checked as a list of CaseOut."""
        response = self.client.get(
            "/api/v1/cases/snapshot", params=params, headers=self.headers(user)
        )
        assert response.status_code == 200, response.text
        lines = response.content.splitlines()
        first, last = orjson.loads(lines[0]), orjson.loads(lines[-1])
        assert set(first) == {"feed_seq", "count"}
        assert last == {"end": True, "count": first["count"]}
        items: list[Json] = []
        for raw in lines[1:-1]:
            CASE_LINE.validate_json(raw)
            self.checked["snapshot line"] = self.checked.get("snapshot line", 0) + 1
            items += orjson.loads(raw)
        assert len(items) == first["count"]
        return items

    def events(self, user: str) -> list[Json]:
        """Every feed event this user sees, each event's case and audit record checked."""
        events: list[Json] = []
        after = 0
        while True:
            response = self.client.get(
                "/api/v1/events", params={"after": after}, headers=self.headers(user)
            )
            assert response.status_code == 200, response.text
            body = response.json()
            for event in body["events"]:
                if "case" in event:
                    CaseOut.model_validate_json(orjson.dumps(event["case"]))
                    HistoryEntryOut.model_validate_json(orjson.dumps(event["action"]))
                    self.checked["event case"] = self.checked.get("event case", 0) + 1
            events += body["events"]
            if body["last_seq"] == after:
                return events
            after = body["last_seq"]


@pytest.fixture
def contract(client: TestClient, headers: Headers, state: AppState) -> Contract:
    return Contract(client, headers, state)


def _multipart(fields: Json, photos: int, name: str) -> list[tuple[str, Any]]:
    parts: list[tuple[str, Any]] = [(key, (None, str(value))) for key, value in fields.items()]
    return parts + [(name, (f"p{i}.jpg", _photo(), "image/jpeg")) for i in range(photos)]


def _patrol_record(problems: list[Json]) -> Json:
    ended = datetime.now(SHANGHAI) - timedelta(minutes=1)
    started = ended - timedelta(minutes=40)
    track = [
        [round(32.07 + 0.01 * i, 5), 120.82, (started + timedelta(minutes=10 * i)).isoformat()]
        for i in range(5)
    ]
    return {
        "patroller": "张国强",
        "river": "金通河",
        "segment": "jintong-tangzha",
        "started_at": started.isoformat(),
        "ended_at": ended.isoformat(),
        "track": track,
        "reported_km": 4.5,
        "debris_tons": 0.8,
        "problems": problems,
    }


def test_every_case_answer_matches_its_model(contract: Contract, state: AppState) -> None:
    client, headers = contract.client, contract.headers
    officer = headers("duty_officer")
    located: Json = {
        "street": "hongqiao",
        "lat": 32.0301,
        "lon": 120.8702,
        "reporter_phone": "13812345678",
    }

    # One case through every state and side road of the lifecycle.
    case = contract.create(**located, reporter_name="王先生")
    case = contract.act("duty_officer", case, "register")
    case = contract.act("duty_officer", case, "urge")
    case = contract.act("duty_officer", case, "dispatch", department="ecology")
    case = contract.act(OWN, case, "return", note="不属于本部门职责")
    case = contract.act("duty_officer", case, "dispatch", department="ecology")
    case = contract.act(OWN, case, "sign")
    case = contract.act(OWN, case, "request_extension", extension_minutes=120, note="需要协调")
    assert case["extension_pending_min"] == 120
    case = contract.act("supervisor", case, "approve_extension")
    case = contract.act("duty_officer", case, "comment", note="已电话回复来电人")
    case = contract.act("supervisor", case, "park", note="等待上级批复")
    assert case["sla_paused"] is True
    case = contract.act("supervisor", case, "unpark")
    case = contract.act(OWN, case, "resolve", note="已整改完毕")
    case = contract.act("duty_officer", case, "verify_fail", note="现场仍有噪声")
    case = contract.act(OWN, case, "resolve", note="再次整改")
    case = contract.act("duty_officer", case, "verify_pass")
    assert case["state"] == "closed" and case["closed_at"] is not None
    case = contract.act("duty_officer", case, "callback", result="unsatisfied", note="仍有噪声")
    assert case["last_callback"] == "unsatisfied"
    case = contract.act("duty_officer", case, "reopen", note="来电人不满意")
    main_case = case

    # Merged, voided, corrected, escalated.
    parent = contract.create(title="夜间施工噪声 另一来电", **located)
    merged = contract.act(
        "duty_officer", contract.create(**located), "merge", parent_id=parent["id"]
    )
    assert merged["state"] == "merged" and merged["parent_id"] == parent["id"]
    contract.act("duty_officer", contract.create(), "void", note="恶意骚扰来电")
    corrected = contract.act("duty_officer", parent, "correct", urgency="urgent", note="加急")
    contract.act("duty_officer", corrected, "escalate", target="supervisor", note="请值班长督办")

    # A city case with its deadline, a video case with its camera, a case of the fewest fields.
    due = (datetime.now(SHANGHAI) + timedelta(days=3)).replace(microsecond=0)
    city = contract.create(
        channel="city", external_ref="SZ2026-0001", external_due_at=due.isoformat()
    )
    assert city["external_ref"] == "SZ2026-0001" and city["external_due_at"] is not None
    cameras = client.get("/api/v1/cameras", headers=officer).json()["items"]
    video = contract.create(channel="video", camera_code=cameras[0]["code"])
    assert video["camera_code"] == cameras[0]["code"]
    bare = contract.create(channel="grid", category="garbage", title="垃圾", address="")
    assert bare["street"] is None or isinstance(bare["street"], str)

    # An attachment, a field report, a patrol: a case with its attachments.
    attached = contract.check(
        CaseWithAttachmentsOut,
        client.post(
            f"/api/v1/cases/{video['id']}/attachments",
            files=_multipart({"caption": "视频截图"}, 1, "photo"),
            headers={**officer, "Idempotency-Key": new_key()},
        ),
        201,
    )
    assert len(attached["attachments"]) == 1
    report = {"channel": "grid", "category": "garbage", "title": "小区门口垃圾堆放",
              "address": "虹桥街道新中社区12幢"}  # fmt: skip
    reported = contract.check(
        CaseWithAttachmentsOut,
        client.post(
            "/api/v1/field-reports",
            files=_multipart(report, 2, "photos"),
            headers={**officer, "Idempotency-Key": new_key()},
        ),
        201,
    )
    assert len(reported["attachments"]) == 2
    problems = [
        {"category": "pollution", "description": "排污口有黑水流入", "lat": 32.079,
         "lon": 120.823, "photos": [0]},
        {"category": "weeds", "description": "水葫芦蔓延", "lat": 32.083, "lon": 120.826},
    ]  # fmt: skip
    files: list[tuple[str, Any]] = [
        ("patrol", (None, orjson.dumps(_patrol_record(problems)).decode()))
    ]
    files += [("photos", ("a.jpg", _photo(), "image/jpeg"))]
    patrol = contract.check(
        PatrolDetailOut,
        client.post(
            "/api/v1/patrols", files=files, headers={**officer, "Idempotency-Key": new_key()}
        ),
        201,
    )
    assert [p["case"] is not None for p in patrol["problem_cases"]] == [True, True]
    for user in ("duty_officer", "dept_urban"):  # a department sees no case of another
        contract.check(
            PatrolDetailOut,
            client.get(f"/api/v1/patrols/{patrol['id']}", headers=headers(user)),
        )
    listed = client.get("/api/v1/patrols", headers=officer).json()["items"]
    for item in listed[:5]:  # the seeded patrols too
        contract.check(
            PatrolDetailOut, client.get(f"/api/v1/patrols/{item['id']}", headers=officer)
        )

    # A drill case, as the trainer sees it.
    drill = contract.create("trainer", drill=True)
    drill = contract.act("trainer", drill, "register")
    assert drill["drill"] is True

    # The ladder (催办, 督办, 通报) on every running clock, weeks from now.
    with state.db.write() as session:
        later = datetime.now(SHANGHAI) + timedelta(days=30)
        assert escalation.tick(session, ref=state.reference.get(), now=later) > 0
    state.hub.notify()
    supervision = contract.check(
        SupervisionOut, client.get("/api/v1/supervision", params={"status": "all"}, headers=officer)
    )
    assert supervision["items"], "the ladder opened no 督办 item"

    # Duplicates: of a case, and of a report not yet made.
    duplicates = contract.check(
        CaseDuplicatesOut,
        client.get(f"/api/v1/cases/{parent['id']}/duplicates", headers=officer),
    )
    assert duplicates["items"], "the same matter at the same place found no duplicate"
    probe = {"category": "noise", "street": "hongqiao", "lat": 32.0301, "lon": 120.8702}
    probed = contract.check(
        ReportDuplicatesOut, client.get("/api/v1/duplicates", params=probe, headers=officer)
    )
    assert probed["items"]

    # Details (the phone whole for the officer, masked for the department), as each reader.
    for case_id in (main_case["id"], parent["id"], merged["id"], city["id"], video["id"]):
        contract.detail(case_id)
    detail = contract.detail(main_case["id"], OWN)
    assert "*" in detail["reporter_phone"]
    assert contract.detail(main_case["id"])["reporter_phone"] == "13812345678"
    assert contract.detail(drill["id"], "trainer")["drill"] is True
    assert any(contract.detail(c["id"])["escalations"] for c in (parent, city, video, bare))

    # Lists, snapshots and the feed, as every kind of reader.
    for user, params in (
        ("duty_officer", {}),
        ("supervisor", {}),
        (OWN, {}),
        ("trainer", {}),
        ("duty_officer", {"state": "closed"}),
    ):
        paged = contract.pages(user, **params)
        snapped = contract.snapshot(user, **params)
        assert {c["id"] for c in paged} == {c["id"] for c in snapped}
    assert len(contract.pages("duty_officer")) > 7  # more than one page
    for user in ("duty_officer", OWN, "trainer"):
        assert contract.events(user)

    # A stale version's 409 carries the case too.
    stale = client.post(
        f"/api/v1/cases/{main_case['id']}/actions",
        json={"action": "comment", "version": 1, "note": "x"},
        headers={**officer, "Idempotency-Key": new_key()},
    )
    assert stale.status_code == 409
    CaseOut.model_validate_json(orjson.dumps(stale.json()["case"]))

    assert contract.checked.keys() >= {
        "CaseOut", "CaseDetailOut", "CasePageOut", "CaseWithAttachmentsOut", "PatrolDetailOut",
        "SupervisionOut", "CaseDuplicatesOut", "ReportDuplicatesOut", "snapshot line",
        "event case",
    }  # fmt: skip


def test_each_case_route_declares_its_model(client: TestClient) -> None:
    schema = client.app.openapi()  # type: ignore[attr-defined]
    components = schema["components"]["schemas"]
    assert "CaseOut" in components
    for method, path, status, model in DECLARED:
        answer = schema["paths"][path][method]["responses"][status]
        assert answer["content"]["application/json"]["schema"] == {
            "$ref": f"#/components/schemas/{model}"
        }, (method, path)
        assert model in components
    # As served, and with unknown fields refused.
    served = client.get("/openapi.json").json()["components"]["schemas"]
    assert served["CaseOut"]["additionalProperties"] is False
    assert set(served["CaseOut"]["required"]) == set(CaseOut.model_fields)


def test_the_snapshot_points_to_case_out(client: TestClient) -> None:
    schema = client.app.openapi()  # type: ignore[attr-defined]
    answer = schema["paths"]["/api/v1/cases/snapshot"]["get"]["responses"]["200"]
    assert "CaseOut" in answer["description"]
    lines = answer["content"]["application/x-ndjson"]["itemSchema"]["oneOf"]
    cases = next(line["items"]["oneOf"] for line in lines if line.get("title") == "case line")
    assert {"$ref": "#/components/schemas/CaseOut"} in cases  # form=objects
    assert {"type": "array", "title": "case row (form=rows)"} in cases


def test_a_snapshot_row_holds_the_fields_of_case_out_in_their_order() -> None:
    from server.routes.cases import ROW_FIELDS

    assert ROW_FIELDS == list(CaseOut.model_fields)


def test_the_case_snapshot_has_exactly_the_fields_of_case_out(
    new_case: Callable[..., Json], state: AppState
) -> None:
    created = new_case()
    with state.db.read() as session:
        case = session.scalars(select(Case).where(Case.id == created["id"])).one()
        snapshot = views.case_snapshot(case, state.reference.get())
    assert [*snapshot, "allowed_actions"] == list(CaseOut.model_fields)
    detail_only = set(CaseDetailOut.model_fields) - set(CaseOut.model_fields)
    assert detail_only == {
        "history", "attachments", "escalations", "suggested_department",
        "suggested_department_name",
    }  # fmt: skip

"""SLA rules as versions: a new version applies to steps started after it; running clocks
keep their rule and threshold; bad sets and stale edits are refused whole."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from server.models import AdminRecord, Case
from server.schemas.case import CaseCreate
from server.services import cases
from server.services.lifecycle import Actor
from server.services.workcalendar import SHANGHAI
from server.state import AppState

Headers = Callable[[str], dict[str, str]]
OFFICER = Actor(user_id=None, name="值班员(测试)", role="duty_officer")
MONDAY_0900 = datetime(2025, 11, 10, 9, 0, tzinfo=SHANGHAI)


def current(client: TestClient, headers: Headers, user: str = "admin") -> dict[str, Any]:
    response = client.get("/api/v1/sla-rules", headers=headers(user))
    assert response.status_code == 200, response.text
    return response.json()


def publish(client: TestClient, headers: Headers, body: dict[str, Any]) -> Any:
    return client.put("/api/v1/sla-rules", json=body, headers=headers("admin"))


def edited(rules: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """The set with the normal accept limit changed, as an administrator would edit it."""
    copied = [dict(rule) for rule in rules["rules"]]
    for rule in copied:
        if (rule["category"], rule["category_kind"], rule["urgency"], rule["step"]) == (
            None,
            None,
            "normal",
            "accept",
        ):
            rule["minutes"] = changes.pop("accept", rule["minutes"])
    return {
        "version": rules["version"],
        "warn_ratio": rules["warn_ratio"],
        "note": "",
        "rules": copied,
        **changes,
    }


def new_case(state: AppState) -> Case:
    data = CaseCreate(channel="grid", category="noise", title="夜间施工噪声扰民")
    with state.db.write() as session:
        return cases.create_case(
            session,
            data=data,
            actor=OFFICER,
            ref=state.reference.get(),
            sla=state.sla,
            now=MONDAY_0900,
        )


def test_version_one_is_the_seeded_rules(client: TestClient, headers: Headers) -> None:
    rules = current(client, headers, "duty_officer")
    assert rules["version"] == 1 and rules["current"] is True and rules["warn_ratio"] == 0.8
    accept = [r for r in rules["rules"] if r["urgency"] == "normal" and r["step"] == "accept"]
    assert accept == [{"category": None, "category_kind": None, "urgency": "normal",
                       "step": "accept", "minutes": 60, "clock": "work"}]  # fmt: skip
    assert {"code": "noise", "name": "噪声扰民", "kind": "complaint"} in rules["categories"]


def test_a_new_version_applies_to_new_steps_and_running_clocks_keep_theirs(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    before = new_case(state)
    assert before.sla_rule_version == 1
    assert before.due_at == datetime(2025, 11, 10, 10, 0, tzinfo=SHANGHAI)
    response = publish(
        client, headers, edited(current(client, headers), accept=120, warn_ratio=0.5, note="试行")
    )
    assert response.status_code == 200, response.text
    assert response.json()["version"] == 2
    after = new_case(state)
    assert after.sla_rule_version == 2
    assert after.warn_at == datetime(2025, 11, 10, 10, 0, tzinfo=SHANGHAI)  # 50 % of 120
    assert after.due_at == datetime(2025, 11, 10, 11, 0, tzinfo=SHANGHAI)
    with state.db.read() as session:
        kept = session.get(Case, before.id)
        assert kept is not None and kept.sla_rule_version == 1
        assert kept.due_at == datetime(2025, 11, 10, 10, 0, tzinfo=SHANGHAI)
    case = client.get(f"/api/v1/cases/{after.id}", headers=headers("duty_officer")).json()
    assert case["sla_rule_version"] == 2
    versions = client.get("/api/v1/sla-rules/versions", headers=headers("supervisor")).json()
    assert [(v["version"], v["current"], v["note"]) for v in versions["items"]] == [
        (2, True, "试行"),
        (1, False, ""),
    ]
    old = client.get("/api/v1/sla-rules", params={"version": 1}, headers=headers("admin")).json()
    assert old["current"] is False and old["warn_ratio"] == 0.8
    with state.db.read() as session:
        [record] = session.scalars(select(AdminRecord).where(AdminRecord.kind == "sla_rules")).all()
    assert record.action == "publish" and record.target == "v2"
    assert record.before["version"] == 1 and record.after["warn_ratio"] == 0.5


def test_a_stale_edit_is_409_with_the_current_set(client: TestClient, headers: Headers) -> None:
    rules = current(client, headers)
    assert publish(client, headers, edited(rules, accept=90)).status_code == 200
    stale = publish(client, headers, edited(rules, accept=30))
    assert stale.status_code == 409
    assert stale.json()["current"]["version"] == 2
    assert current(client, headers)["version"] == 2


@pytest.mark.parametrize(
    ("change", "index_field"),
    [
        ({"warn_ratio": 1.0}, (None, "warn_ratio")),
        ({"warn_ratio": 0}, (None, "warn_ratio")),
        ({"accept": 0}, ("rule", "minutes")),
        ({"accept": 600_000}, ("rule", "minutes")),
    ],
)
def test_bad_sets_are_refused_whole(
    client: TestClient, headers: Headers, change: dict[str, Any], index_field: tuple[Any, str]
) -> None:
    response = publish(client, headers, edited(current(client, headers), **change))
    assert response.status_code == 422, response.text
    error = response.json()["errors"][0]
    assert error["field"] == index_field[1]
    assert (error["index"] is None) == (index_field[0] is None)
    assert current(client, headers)["version"] == 1


def test_rule_errors_name_the_rule(client: TestClient, headers: Headers) -> None:
    rules = current(client, headers)
    body = edited(rules)
    body["rules"].append({"category": "noise", "category_kind": "complaint", "urgency": "normal",
                          "step": "handle", "minutes": 60, "clock": "work"})  # fmt: skip
    body["rules"].append({"category": "nonsense", "category_kind": None, "urgency": "soon",
                          "step": "handle", "minutes": 60, "clock": "sundial"})  # fmt: skip
    body["rules"].append(dict(body["rules"][0]))  # a second rule for the same place
    dropped = [r for r in body["rules"] if not (r["category"] is None and r["category_kind"] is None
               and r["urgency"] == "urgent" and r["step"] == "verify")]  # fmt: skip
    body["rules"] = dropped
    response = publish(client, headers, body)
    assert response.status_code == 422
    errors = {(e["index"], e["field"]) for e in response.json()["errors"]}
    n = len(dropped)
    assert (n - 3, "category") in errors  # category and kind together
    assert {(n - 2, "clock"), (n - 2, "urgency"), (n - 2, "category")} <= errors
    assert (n - 1, "step") in errors  # the duplicate
    assert (None, "rules") in errors  # urgent verify has no rule for every category
    wrong_type = client.put(
        "/api/v1/sla-rules",
        json={**edited(rules), "rules": [{"minutes": "many"}]},
        headers=headers("admin"),
    )
    assert wrong_type.status_code == 422


def test_only_admins_publish(client: TestClient, headers: Headers) -> None:
    rules = current(client, headers)
    for user in ("duty_officer", "supervisor", "trainer", "dept_urban"):
        response = client.put("/api/v1/sla-rules", json=edited(rules), headers=headers(user))
        assert response.status_code == 403

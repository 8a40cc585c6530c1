"""Every lifecycle action in every state, through HTTP, against the hand-written table.

The expectation comes from tests/unit/test_lifecycle.py (written from docs/domain.md, not from
the server's rules). Each case is driven into its state through the API by the users who
would really do it; refusals must change nothing, legal actions must be audited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import func, select

from server.models import Case, CaseAction, Event, IdempotencyRecord, User
from server.seed.reference import DEPARTMENTS
from server.state import AppState
from tests.support.factories import case_body, new_key
from tests.unit.test_lifecycle import (
    DOMAIN_ACTIONS,
    DOMAIN_STATES,
    TRANSITIONS,
    expected_allowed,
    expected_outcome,
)

Headers = Callable[[str], dict[str, str]]
Json = dict[str, Any]

PROBLEM = "application/problem+json"
OWN = "dept_ecology"  # noise cases route to the ecology bureau
OTHER = "dept_urban"
USERS = ("duty_officer", "supervisor", "admin", OWN, OTHER, "trainer")
LABEL = {
    "duty_officer": "duty_officer",
    "supervisor": "supervisor",
    "admin": "admin",
    OWN: "dept_own",
}
# States in which the driven case has a department (the ecology bureau) and so is its case.
WITH_DEPARTMENT = {"dispatched", "in_progress", "returned", "resolved", "parked", "closed"}
HANDLING_DEPARTMENTS = sorted(code for code, _name, handles in DEPARTMENTS if handles)
NOTE = "现场核实后处理"

# How each state is reached: (user, action, fields) from `reported`.
_REGISTER = [("duty_officer", "register", {})]
_DISPATCH = [*_REGISTER, ("duty_officer", "dispatch", {"department": "ecology"})]
_SIGN = [*_DISPATCH, (OWN, "sign", {})]
_RESOLVE = [*_SIGN, (OWN, "resolve", {"note": "已整改完毕"})]
PATHS: dict[str, list[tuple[str, str, Json]]] = {
    "reported": [],
    "registered": _REGISTER,
    "dispatched": _DISPATCH,
    "in_progress": _SIGN,
    "returned": [*_DISPATCH, (OWN, "return", {"note": "不属于本部门职责"})],
    "resolved": _RESOLVE,
    "parked": [*_SIGN, ("supervisor", "park", {"note": "等待上级批复"})],
    "closed": [*_RESOLVE, ("duty_officer", "verify_pass", {})],
    "voided": [("duty_officer", "void", {"note": "恶意骚扰来电"})],
    "merged": [("duty_officer", "merge", {"parent_id": "PARENT"})],
}
REASON_REQUIRED = (
    "return",
    "void",
    "park",
    "verify_fail",
    "reopen",
    "request_extension",
    "reject_extension",
    "correct",
)


def full_fields(action: str, parent_id: int) -> Json:
    """Every field the action needs, valid, so that only state and role decide."""
    fields: Json = {"note": NOTE}
    if action == "dispatch":
        fields["department"] = "ecology"
    elif action == "merge":
        fields["parent_id"] = parent_id
    elif action == "request_extension":
        fields["extension_minutes"] = 120
    elif action == "callback":
        fields["result"] = "satisfied"
    elif action == "escalate":
        fields["target"] = "supervisor"
    elif action == "correct":
        fields["urgency"] = "urgent"
    return fields


class Api:
    """The calls of these tests, through the TestClient, as the demo users."""

    def __init__(self, client: TestClient, headers: Headers, state: AppState) -> None:
        self.client = client
        self.headers = headers
        self.state = state

    def create(self, user: str = "duty_officer", **fields: Any) -> Json:
        body = case_body(**{"reporter_phone": "13812345678", **fields})
        response = self.client.post("/api/v1/cases", json=body, headers=self.headers(user))
        assert response.status_code == 201, response.text
        return response.json()

    def act(
        self,
        user: str,
        case: Json,
        action: str,
        *,
        key: str | None = None,
        extra_headers: dict[str, str] | None = None,
        **fields: Any,
    ) -> Response:
        body = {"action": action, "version": case["version"], **fields}
        if body["version"] is None:
            del body["version"]
        headers = {**self.headers(user), "Idempotency-Key": key or new_key()}
        headers.update(extra_headers or {})
        return self.client.post(f"/api/v1/cases/{case['id']}/actions", json=body, headers=headers)

    def ok(self, user: str, case: Json, action: str, **fields: Any) -> Json:
        response = self.act(user, case, action, **fields)
        assert response.status_code == 200, f"{user} {action}: {response.text}"
        return response.json()

    def detail(self, case_id: int, user: str = "duty_officer") -> Json:
        response = self.client.get(f"/api/v1/cases/{case_id}", headers=self.headers(user))
        assert response.status_code == 200, response.text
        return response.json()

    def drive(self, state: str) -> Json:
        """A new case brought into `state` through the API; the duty officer's detail view."""
        case = self.create()
        for user, action, fields in PATHS[state]:
            if fields.get("parent_id") == "PARENT":
                fields = {**fields, "parent_id": self.create(title="同一噪声投诉")["id"]}
            case = self.ok(user, case, action, **fields)
        detail = self.detail(case["id"])
        assert detail["state"] == state
        return detail

    def display_name(self, username: str) -> str:
        """How the audit trail names a user."""
        with self.state.db.read() as session:
            name = session.scalar(select(User.display_name).where(User.username == username))
        assert name, username
        return name

    def counts(self) -> dict[str, int]:
        """Rows of every table a write touches."""
        with self.state.db.read() as session:
            return {
                model.__name__: int(session.scalar(select(func.count()).select_from(model)) or 0)
                for model in (Case, CaseAction, Event, IdempotencyRecord)
            }


@pytest.fixture
def api(client: TestClient, headers: Headers) -> Api:
    # The app state comes from the client: tests here take `state` as a case state.
    return Api(client, headers, client.app.state.cc)  # type: ignore[attr-defined]


def assert_problem(response: Response, status: int) -> Json:
    """The response is problem+json with this status and the four RFC 9457 members."""
    assert response.status_code == status, f"expected {status}: {response.text}"
    assert response.headers["content-type"].startswith(PROBLEM), response.headers
    body = response.json()
    for member in ("type", "title", "status", "detail"):
        assert body.get(member), f"problem without {member}: {body}"
    assert body["status"] == status
    return body


def expectation(state: str, user: str, action: str) -> str:
    """ok, forbidden, illegal or hidden (404: the user may not see the case)."""
    if user in (OTHER, "trainer") or (user == OWN and state not in WITH_DEPARTMENT):
        return "hidden"
    return expected_outcome(LABEL[user], state, action)


def changes(api: Api, before: Json, counts: dict[str, int]) -> list[str]:
    """What was written since `before` and `counts` were taken (nothing, for a refusal).

    Read from the database (the matrix makes ~1,000 refusals; `unchanged` also asks HTTP).
    """
    with api.state.db.read() as session:
        version, state = session.execute(
            select(Case.version, Case.state).where(Case.id == before["id"])
        ).one()
        history = session.scalar(
            select(func.count()).select_from(CaseAction).where(CaseAction.case_id == before["id"])
        )
    found = []
    if (version, state) != (before["version"], before["state"]):
        found.append(f"the case moved to {state} v{version}")
    if history != len(before["history"]):
        found.append(f"the history grew to {history} records")
    if api.counts() != counts:
        found.append(f"rows were written: {counts} -> {api.counts()}")
    return found


def unchanged(api: Api, before: Json, counts: dict[str, int]) -> None:
    found = changes(api, before, counts)
    assert not found, "a refused request changed something: " + "; ".join(found)
    after = api.detail(before["id"])
    assert (after["version"], after["state"]) == (before["version"], before["state"])
    assert after["history"] == before["history"], "the history seen over HTTP changed"


# --- the matrix -------------------------------------------------------------------------


@pytest.mark.parametrize("state", DOMAIN_STATES)
def test_every_action_of_every_user_in_state(api: Api, state: str) -> None:
    base = api.drive(state)
    errors: list[str] = []
    for user in USERS:
        view = api.client.get(f"/api/v1/cases/{base['id']}", headers=api.headers(user))
        succeeded: list[str] = []
        for action in DOMAIN_ACTIONS:
            outcome = expectation(state, user, action)
            where = f"{user} {action} in {state}"
            if outcome == "ok":
                errors += check_legal(api, state, user, action)
                succeeded.append(action)
                continue
            counts = api.counts()
            response = api.act(user, base, action, **full_fields(action, base["id"] + 10_000))
            errors += check_refused(response, outcome, state, user, where)
            written = changes(api, base, counts)
            if written:
                errors += [f"{where}: {change}" for change in written]
                base = api.drive(state)  # carry on with an untouched case
        if expectation(state, user, "comment") == "hidden":
            if view.status_code != 404:
                errors.append(f"{user} sees a case they may not: {view.status_code}")
        elif view.status_code != 200 or view.json()["allowed_actions"] != succeeded:
            shown = view.json().get("allowed_actions")
            errors.append(f"{user} in {state}: allowed_actions {shown} but {succeeded} succeed")
    assert not errors, "\n".join(errors)


def check_refused(response: Response, outcome: str, state: str, user: str, where: str) -> list[str]:
    status = {"forbidden": 403, "illegal": 422, "hidden": 404}[outcome]
    if response.status_code != status:
        return [f"{where}: expected {status}, got {response.status_code} {response.text}"]
    if not response.headers["content-type"].startswith(PROBLEM):
        return [f"{where}: not problem+json"]
    body = response.json()
    if outcome == "illegal":
        if body.get("state") != state:
            return [f"{where}: 422 does not name the state: {body}"]
        if body.get("allowed_actions") != expected_allowed(LABEL[user], state):
            return [f"{where}: 422 lists {body.get('allowed_actions')}"]
        if state not in body["detail"]:
            return [f"{where}: the detail does not say the state: {body['detail']}"]
    return []


def check_legal(api: Api, state: str, user: str, action: str) -> list[str]:
    """Take a legal action on a fresh case in `state`; check the result and its audit."""
    case = api.drive(state)
    parent_id = api.create(title="重复投诉")["id"] if action == "merge" else 0
    fields = full_fields(action, parent_id)
    counts = api.counts()
    response = api.act(user, case, action, **fields)
    where = f"{user} {action} in {state}"
    if response.status_code != 200:
        return [f"{where}: expected 200, got {response.status_code} {response.text}"]
    body = response.json()
    to_state = TRANSITIONS.get((action, state), state)
    errors = []
    if body["state"] != to_state or body["version"] != case["version"] + 1:
        errors.append(f"{where}: now {body['state']} v{body['version']}, expected {to_state}")
    if (action, state) in TRANSITIONS and body["allowed_actions"] != expected_allowed(
        LABEL[user], to_state
    ):
        errors.append(f"{where}: allowed_actions afterwards {body['allowed_actions']}")
    after = api.detail(case["id"])
    history = after["history"]
    if len(history) != len(case["history"]) + 1:
        errors.append(f"{where}: history grew from {len(case['history'])} to {len(history)}")
    entry = history[-1]
    expected_entry = {
        "action": action,
        "actor": api.display_name(user),
        "actor_role": "department" if user == OWN else user,
        "from_state": state,
        "to_state": to_state,
        "note": fields["note"],
        "version": case["version"] + 1,
    }
    got = {key: entry.get(key) for key in expected_entry}
    if got != expected_entry:
        errors.append(f"{where}: audit {got} != {expected_entry}")
    grown = {name: n - counts[name] for name, n in api.counts().items()}
    if grown != {"Case": 0, "CaseAction": 1, "Event": 1, "IdempotencyRecord": 1}:
        errors.append(f"{where}: rows written {grown}")
    return errors


# --- special rules ----------------------------------------------------------------------


def test_reopen_after_an_unsatisfied_callback(api: Api) -> None:
    case = api.drive("closed")
    assert_problem(api.act("duty_officer", case, "reopen", note="群众不满意"), 422)
    case = api.ok("duty_officer", case, "callback", result="satisfied")
    assert_problem(api.act("duty_officer", case, "reopen", note="群众不满意"), 422)
    case = api.ok("duty_officer", case, "callback", result="unsatisfied", note="噪声仍在")
    assert case["state"] == "closed" and case["last_callback"] == "unsatisfied"
    assert case["allowed_actions"] == ["reopen", "callback", "comment"]
    case = api.ok("duty_officer", case, "reopen", note="返工")
    assert case["state"] == "in_progress"
    history = api.detail(case["id"])["history"]
    assert [h["action"] for h in history[-3:]] == ["callback", "callback", "reopen"]
    assert history[-2]["payload"] == {"result": "unsatisfied"}
    assert history[-1]["from_state"] == "closed" and history[-1]["to_state"] == "in_progress"


def test_reopen_needs_a_new_unsatisfied_callback_after_each_closure(api: Api) -> None:
    case = api.drive("closed")
    case = api.ok("duty_officer", case, "callback", result="unsatisfied", note="噪声仍在")
    case = api.ok("duty_officer", case, "reopen", note="返工")
    case = api.ok(OWN, case, "resolve", note="再次整改")
    case = api.ok("duty_officer", case, "verify_pass")
    assert case["state"] == "closed"
    assert "reopen" not in case["allowed_actions"], "no callback yet about this closure"
    body = assert_problem(api.act("duty_officer", case, "reopen", note="再返工"), 422)
    assert body["state"] == "closed"


@pytest.mark.parametrize("state", ["dispatched", "in_progress"])
def test_extension_requested_once_then_approved(api: Api, state: str) -> None:
    case = api.drive(state)
    due_before = case["due_at"]
    assert_problem(api.act("supervisor", case, "approve_extension"), 422)
    assert_problem(api.act("supervisor", case, "reject_extension", note="不同意"), 422)
    case = api.ok(OWN, case, "request_extension", note="需协调施工方", extension_minutes=240)
    assert case["extension_pending_min"] == 240
    assert "request_extension" not in case["allowed_actions"]
    counts = api.counts()
    body = assert_problem(
        api.act(OWN, case, "request_extension", note="再申请", extension_minutes=60), 422
    )
    assert "request_extension" not in body["allowed_actions"]
    assert api.counts() == counts
    assert_problem(api.act("duty_officer", case, "approve_extension"), 403)
    sup_view = api.detail(case["id"], "supervisor")
    assert {"approve_extension", "reject_extension"} <= set(sup_view["allowed_actions"])
    case = api.ok("supervisor", case, "approve_extension")
    assert case["state"] == state and case["extension_pending_min"] is None
    assert case["due_at"] > due_before, "an approved extension moves due_at"
    entry = api.detail(case["id"])["history"][-1]
    assert entry["action"] == "approve_extension" and entry["payload"]["extension_minutes"] == 240
    # A new request after the decision is allowed again, and may be rejected with a reason.
    case = api.ok(OWN, case, "request_extension", note="仍需时间", extension_minutes=60)
    case = api.ok("supervisor", case, "reject_extension", note="期限已足够")
    assert case["extension_pending_min"] is None and case["due_at"] > due_before


def test_void_after_registration_is_the_supervisors(api: Api) -> None:
    for state in ("registered", "returned"):
        case = api.drive(state)
        counts = api.counts()
        body = assert_problem(api.act("duty_officer", case, "void", note="重复"), 403)
        assert "supervisor" in body["detail"]
        assert api.counts() == counts
        case = api.ok("supervisor", case, "void", note="重复")
        assert case["state"] == "voided"
    case = api.drive("reported")
    assert api.ok("duty_officer", case, "void", note="不予受理")["state"] == "voided"


def test_urge_raises_the_escalation_level_up_to_supervision(api: Api) -> None:
    """催办 then 督办 (level 2); 通报 (level 3) is only ever reached by the SLA ladder."""
    case = api.drive("in_progress")
    assert case["escalation_level"] == 0
    levels = []
    for _ in range(4):
        case = api.ok("supervisor", case, "urge", note="请加快处置")
        levels.append(case["escalation_level"])
    assert levels == [1, 2, 2, 2]
    payloads = [h["payload"] for h in api.detail(case["id"])["history"][-4:]]
    assert payloads == [{"escalation_level": level} for level in levels]


# --- reasons ----------------------------------------------------------------------------

REASON_CASES: list[tuple[str, str, str, Json]] = [
    ("dispatched", OWN, "return", {}),
    ("in_progress", OWN, "return", {}),
    ("reported", "duty_officer", "void", {}),
    ("registered", "supervisor", "void", {}),
    ("returned", "supervisor", "void", {}),
    ("in_progress", "supervisor", "park", {}),
    ("resolved", "duty_officer", "verify_fail", {}),
    ("in_progress", OWN, "request_extension", {"extension_minutes": 60}),
    ("closed", "duty_officer", "callback", {"result": "unsatisfied"}),
    ("registered", "duty_officer", "correct", {"category": "garbage"}),
]


@pytest.mark.parametrize(("case_state", "user", "action", "fields"), REASON_CASES)
def test_a_reason_is_required(
    api: Api, case_state: str, user: str, action: str, fields: Json
) -> None:
    case = api.drive(case_state)
    counts = api.counts()
    for note in ("", "   "):
        body = assert_problem(api.act(user, case, action, note=note, **fields), 422)
        assert any(err["field"] == "note" for err in body["errors"]), body
        unchanged(api, case, counts)
    done = api.ok(user, case, action, note="原因说明", **fields)
    assert done["version"] == case["version"] + 1


def test_reasons_for_reopen_and_reject_extension(api: Api) -> None:
    case = api.drive("closed")
    case = api.ok("duty_officer", case, "callback", result="unsatisfied", note="不满意")
    counts = api.counts()
    assert_problem(api.act("duty_officer", case, "reopen"), 422)
    unchanged(api, api.detail(case["id"]), counts)
    case = api.drive("in_progress")
    case = api.ok(OWN, case, "request_extension", note="需要时间", extension_minutes=60)
    counts = api.counts()
    assert_problem(api.act("supervisor", case, "reject_extension"), 422)
    assert api.counts() == counts
    assert api.detail(case["id"])["extension_pending_min"] == 60


def test_every_reason_action_is_covered() -> None:
    covered = {action for _s, _u, action, _f in REASON_CASES} | {"reopen", "reject_extension"}
    assert set(REASON_REQUIRED) <= covered


@pytest.mark.parametrize(
    ("state", "user", "action", "field"),
    [
        ("closed", "duty_officer", "callback", "result"),
        ("in_progress", OWN, "escalate", "target"),
        ("in_progress", OWN, "request_extension", "extension_minutes"),
        ("registered", "duty_officer", "dispatch", "department"),
        ("reported", "duty_officer", "merge", "parent_id"),
    ],
)
def test_an_action_without_its_field(
    api: Api, state: str, user: str, action: str, field: str
) -> None:
    case = api.drive(state)
    counts = api.counts()
    body = assert_problem(api.act(user, case, action, note="说明"), 422)
    assert [err["field"] for err in body["errors"]] == [field]
    unchanged(api, case, counts)


# --- dispatch and merge -----------------------------------------------------------------


@pytest.mark.parametrize("department", ["nosuch", "grid_center", "hotline_center", ""])
def test_dispatch_to_a_department_that_does_not_handle_cases(api: Api, department: str) -> None:
    case = api.drive("registered")
    counts = api.counts()
    body = assert_problem(api.act("duty_officer", case, "dispatch", department=department), 422)
    assert body["choices"] == HANDLING_DEPARTMENTS
    assert body["errors"][0]["field"] == "department"
    unchanged(api, case, counts)


def test_dispatch_to_each_handling_department(api: Api) -> None:
    for department in HANDLING_DEPARTMENTS:
        case = api.drive("registered")
        case = api.ok("duty_officer", case, "dispatch", department=department)
        assert case["department"] == department and case["state"] == "dispatched"
        own = api.detail(case["id"], f"dept_{department}")
        assert own["allowed_actions"] == expected_allowed("dept_own", "dispatched"), department


@pytest.mark.parametrize("target", ["itself", "voided", "merged", "missing", "drill"])
def test_merge_into_an_impossible_parent(api: Api, target: str) -> None:
    case = api.drive("reported")
    parent_id = {
        "itself": lambda: case["id"],
        "voided": lambda: api.drive("voided")["id"],
        "merged": lambda: api.drive("merged")["id"],
        "missing": lambda: 987_654,
        "drill": lambda: api.create("trainer", title="演练:噪声")["id"],
    }[target]()
    counts = api.counts()
    body = assert_problem(api.act("duty_officer", case, "merge", parent_id=parent_id), 422)
    assert body["errors"][0]["field"] == "parent_id"
    unchanged(api, case, counts)


def test_merge_keeps_both_histories_and_points_at_the_parent(api: Api) -> None:
    parent = api.drive("dispatched")
    child = api.drive("registered")
    merged = api.ok("duty_officer", child, "merge", parent_id=parent["id"], note="同一事项")
    assert merged["state"] == "merged" and merged["parent_id"] == parent["id"]
    assert merged["allowed_actions"] == ["comment"]
    child_after = api.detail(child["id"])
    assert child_after["history"][: len(child["history"])] == child["history"]
    last = child_after["history"][-1]
    assert last["action"] == "merge" and last["note"] == "同一事项"
    assert last["payload"] == {"parent_id": parent["id"], "parent_ref": parent["ref"]}
    parent_after = api.detail(parent["id"])
    assert parent_after["history"] == parent["history"], "the parent's history is its own"
    assert parent_after["state"] == "dispatched" and parent_after["parent_id"] is None
    # A merged case takes no further lifecycle action and cannot be a parent.
    other = api.drive("reported")
    assert_problem(api.act("duty_officer", other, "merge", parent_id=child["id"]), 422)


# --- concurrency and idempotency --------------------------------------------------------


def test_a_stale_version_gets_409_with_the_current_case(api: Api) -> None:
    case = api.drive("registered")
    winner = api.ok("duty_officer", case, "dispatch", department="ecology", note="首派")
    counts = api.counts()
    response = api.act("supervisor", case, "dispatch", department="urban")
    body = assert_problem(response, 409)
    assert body["case"]["version"] == winner["version"] == case["version"] + 1
    assert body["case"]["state"] == "dispatched" and body["case"]["department"] == "ecology"
    assert body["case"]["allowed_actions"] == expected_allowed("supervisor", "dispatched")
    change = body["last_change"]
    assert change["action"] == "dispatch"
    assert change["actor"] == api.display_name("duty_officer")
    assert change["note"] == "首派" and change["version"] == winner["version"]
    assert api.counts() == counts
    # A stale version wins over an illegal action: the client must look first.
    assert_problem(api.act("duty_officer", case, "register"), 409)


def test_idempotent_replay_returns_the_first_result(api: Api) -> None:
    case = api.drive("registered")
    key = new_key()
    first = api.act("duty_officer", case, "dispatch", key=key, department="ecology")
    assert first.status_code == 200 and "Idempotent-Replayed" not in first.headers
    counts = api.counts()
    again = api.act("duty_officer", case, "dispatch", key=key, department="ecology")
    assert again.status_code == 200
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert again.content == first.content
    assert api.counts() == counts
    assert len(api.detail(case["id"])["history"]) == len(case["history"]) + 1
    # The same key with a different request is refused, and writes nothing.
    reused = api.act("duty_officer", case, "dispatch", key=key, department="urban")
    body = assert_problem(reused, 422)
    assert body["type"].endswith("idempotency-key-reused")
    assert api.counts() == counts
    # Keys belong to their user: another user's identical key is a request of its own.
    moved = api.detail(case["id"])
    other = api.act("supervisor", moved, "urge", key=key, note="请尽快")
    assert other.status_code == 200 and "Idempotent-Replayed" not in other.headers


def test_idempotent_create(api: Api) -> None:
    key = new_key()
    body = {"channel": "grid", "category": "garbage", "title": "垃圾堆放"}
    headers = {**api.headers("duty_officer"), "Idempotency-Key": key}
    first = api.client.post("/api/v1/cases", json=body, headers=headers)
    assert first.status_code == 201
    counts = api.counts()
    again = api.client.post("/api/v1/cases", json=body, headers=headers)
    assert again.status_code == 201 and again.content == first.content
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert api.counts() == counts
    changed = api.client.post("/api/v1/cases", json={**body, "title": "别的"}, headers=headers)
    assert_problem(changed, 422)
    assert api.counts() == counts


def test_if_match_is_the_version(api: Api) -> None:
    for if_match in ('"{v}"', "{v}", 'W/"{v}"', ' "{v}" '):
        case = api.drive("reported")
        header = {"If-Match": if_match.format(v=case["version"])}
        no_version = {**case, "version": None}
        response = api.act("duty_officer", no_version, "register", extra_headers=header)
        assert response.status_code == 200, f"If-Match {header}: {response.text}"
        assert response.json()["version"] == case["version"] + 1


def test_a_stale_if_match_gets_409(api: Api) -> None:
    case = api.drive("registered")
    header = {"If-Match": f'"{case["version"] - 1}"'}
    stale = api.act("duty_officer", {**case, "version": None}, "urge", extra_headers=header)
    assert_problem(stale, 409)


def test_version_and_if_match_must_agree(api: Api) -> None:
    case = api.drive("reported")
    counts = api.counts()
    header = {"If-Match": f'"{case["version"] + 1}"'}
    assert_problem(api.act("duty_officer", case, "register", extra_headers=header), 422)
    agreeing = {"If-Match": f'"{case["version"]}"'}
    assert api.counts() == counts
    assert api.act("duty_officer", case, "register", extra_headers=agreeing).status_code == 200


def test_no_version_at_all_gets_428(api: Api) -> None:
    case = api.drive("reported")
    counts = api.counts()
    body = assert_problem(api.act("duty_officer", {**case, "version": None}, "register"), 428)
    assert "If-Match" in body["detail"]
    unchanged(api, case, counts)


def test_no_idempotency_key_gets_400(api: Api) -> None:
    case = api.drive("reported")
    counts = api.counts()
    response = api.client.post(
        f"/api/v1/cases/{case['id']}/actions",
        json={"action": "register", "version": case["version"]},
        headers=api.headers("duty_officer"),
    )
    body = assert_problem(response, 400)
    assert "Idempotency-Key" in body["detail"]
    unchanged(api, case, counts)

"""Every problem carries a catalogued `code` (server/problem_codes.py, docs/api-errors.md)."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.problem_codes import Code
from server.services.lifecycle import Actor, CaseFacts, refusal
from server.state import AppState
from tests.server.conftest import new_key
from tests.support.clock import SettableClock

Headers = Callable[[str], dict[str, str]]
Json = dict[str, Any]

ROOT = Path(__file__).resolve().parents[2]
PROBLEM = "application/problem+json"
CASE_BODY: Json = {"channel": "hotline_12345", "category": "noise", "title": "夜间施工噪声扰民"}


# --- the catalogue ----------------------------------------------------------------------


def test_the_catalogue_is_snake_case_with_a_status_and_a_meaning() -> None:
    assert len({code.value for code in Code}) == len(Code)
    for code in Code:
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", code.value), code
        assert code.name == code.value.upper(), code
        assert code.status is None or 400 <= code.status < 600, code
        assert code.meaning.strip().endswith("."), code


def _server_calls() -> list[tuple[str, ast.Call]]:
    calls = []
    for path in sorted((ROOT / "server").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = str(path.relative_to(ROOT))
        calls += [(where, node) for node in ast.walk(tree) if isinstance(node, ast.Call)]
    return calls


def _named_codes(node: ast.AST) -> list[str]:
    """The member names of every `Code.X` within the node."""
    return [
        sub.attr
        for sub in ast.walk(node)
        if isinstance(sub, ast.Attribute)
        and isinstance(sub.value, ast.Name)
        and sub.value.id == "Code"
    ]


def test_every_problem_is_built_with_a_catalogued_code() -> None:
    problems = [(where, call) for where, call in _server_calls() if _called(call) == "Problem"]
    assert len(problems) > 70, "the walk missed the Problem constructions"
    for where, call in problems:
        at = f"{where}:{call.lineno}"
        code = next((k.value for k in call.keywords if k.arg == "code"), None)
        assert code is not None, f"{at}: Problem(...) without code="
        named = _named_codes(code)
        status = call.args[0] if call.args else None
        if len(named) == 1 and isinstance(status, ast.Constant):
            # A literal status must be the one the catalogue (and the documentation) gives.
            assert Code[named[0]].status == status.value, f"{at}: {named[0]} with {status.value}"


def test_every_code_named_in_the_server_exists_and_every_code_is_used() -> None:
    named: set[str] = set()
    for path in sorted((ROOT / "server").rglob("*.py")):
        named.update(_named_codes(ast.parse(path.read_text(encoding="utf-8"))))
    assert named - set(Code.__members__) == set(), "Code.X that is not in the catalogue"
    assert set(Code.__members__) - named == set(), "catalogued codes no problem uses"


def _called(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def test_the_documentation_lists_every_code_with_its_status() -> None:
    text = (ROOT / "docs" / "api-errors.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z_]+)` \| (\d{3}|any) \|", text, flags=re.MULTILINE)
    documented = {code: status for code, status in rows}
    assert len(rows) == len(documented), "a code documented twice"
    assert documented == {c.value: str(c.status) if c.status else "any" for c in Code}


OFFICER = Actor(user_id=1, name="x", role="duty_officer", department_id=None)
SUPERVISOR = Actor(user_id=2, name="x", role="supervisor", department_id=None)
DEPARTMENT = Actor(user_id=3, name="x", role="department", department_id=1)
# (action, actor, facts) → the code of the refusal, written by hand.
REFUSALS = {
    "dispatch-dispatched": ("dispatch", OFFICER, CaseFacts("dispatched", 1), "illegal_transition"),
    "sign-by-officer": ("sign", OFFICER, CaseFacts("dispatched", 1), "forbidden_role"),
    "sign-of-another": ("sign", DEPARTMENT, CaseFacts("dispatched", 2), "not_your_department"),
    "void-registered": ("void", OFFICER, CaseFacts("registered"), "supervisor_required"),
    "extension-twice": (
        "request_extension",
        DEPARTMENT,
        CaseFacts("in_progress", 1, extension_pending=True),
        "extension_pending",
    ),
    "approve-nothing": (
        "approve_extension",
        SUPERVISOR,
        CaseFacts("in_progress", 1),
        "no_extension_pending",
    ),
    "reopen-satisfied": (
        "reopen",
        OFFICER,
        CaseFacts("closed", 1, last_callback="satisfied"),
        "reopen_needs_unsatisfied_callback",
    ),
    "reopen-answered-at-intake": (
        "reopen",
        OFFICER,
        CaseFacts("closed", None, last_callback="unsatisfied"),
        "never_dispatched",
    ),
}


@pytest.mark.parametrize("name", list(REFUSALS))
def test_a_refusal_of_the_lifecycle_names_its_code(name: str) -> None:
    """Not your department among them: over HTTP such a case is hidden (404 not_found)."""
    action, actor, facts, code = REFUSALS[name]
    refused = refusal(action, facts, actor)
    assert refused is not None and refused.code == code, refused
    assert refused.forbidden == (Code(code).status == 403)


# --- over HTTP --------------------------------------------------------------------------


def problem_of(response: Any, status: int, code: str) -> Json:
    """The problem+json body, checked for the documented status and the expected code."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM), response.headers
    body = response.json()
    assert (body["status"], body["code"]) == (status, code), body
    assert Code(code).status == status
    for member in ("type", "title", "detail"):
        assert body[member], body
    return body


def test_representative_refusals_carry_their_code(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    officer = headers("duty_officer")

    def act(user: str, case: Json, action: str, key: str | None = None, **fields: Any) -> Any:
        body = {"action": action, "version": case["version"], **fields}
        extra = {"Idempotency-Key": key or new_key()}
        return client.post(
            f"/api/v1/cases/{case['id']}/actions", json=body, headers={**headers(user), **extra}
        )

    case = client.post("/api/v1/cases", json=CASE_BODY, headers=officer).json()
    reported = dict(case)
    case = act("duty_officer", case, "register").json()
    case = act("duty_officer", case, "dispatch", department="ecology").json()
    assert case["state"] == "dispatched"

    stale = problem_of(act("duty_officer", reported, "comment", note="迟到"), 409, "stale_version")
    assert stale["type"].endswith("/conflict") and stale["case"]["version"] == case["version"]
    illegal = problem_of(act("duty_officer", case, "register"), 422, "illegal_transition")
    assert illegal["type"].endswith("/illegal-action") and illegal["state"] == "dispatched"
    problem_of(act("duty_officer", case, "sign"), 403, "forbidden_role")
    problem_of(act("dept_urban", case, "sign"), 404, "not_found")  # not its case: hidden
    fresh = client.post("/api/v1/cases", json=CASE_BODY, headers=officer).json()
    reason = problem_of(act("duty_officer", fresh, "void"), 422, "reason_required")
    assert reason["type"].endswith("/invalid") and reason["errors"][0]["field"] == "note"
    key = new_key()
    assert act("duty_officer", case, "comment", key, note="一").status_code == 200
    case = client.get(f"/api/v1/cases/{case['id']}", headers=officer).json()
    problem_of(act("duty_officer", case, "comment", key, note="二"), 422, "idempotency_key_reused")

    actions = f"/api/v1/cases/{case['id']}/actions"
    body = {"action": "comment", "version": case["version"], "note": "无键"}
    missing = client.post(actions, json=body, headers=officer)
    problem_of(missing, 400, "idempotency_key_required")
    unversioned = {"action": "comment", "note": "无版本"}
    keyed = {**officer, "Idempotency-Key": new_key()}
    problem_of(client.post(actions, json=unversioned, headers=keyed), 428, "version_required")
    invalid = client.post("/api/v1/cases", json={**CASE_BODY, "title": ""}, headers=officer)
    assert problem_of(invalid, 422, "invalid")["errors"][0]["field"] == "title"
    malformed = client.post(
        "/api/v1/cases",
        content=b'{"title": ',
        headers={**officer, "Content-Type": "application/json"},
    )
    problem_of(malformed, 400, "malformed_json")
    problem_of(client.get("/api/v1/no-such-thing", headers=officer), 404, "unknown_route")
    problem_of(
        client.delete(f"/api/v1/cases/{case['id']}", headers=officer), 405, "method_not_allowed"
    )
    problem_of(client.get("/api/v1/cases/999999", headers=officer), 404, "not_found")
    problem_of(client.get("/api/v1/users", headers=officer), 403, "forbidden_role")

    # Nothing refused above changed the case: two comments of one key, one applied.
    after = client.get(f"/api/v1/cases/{case['id']}", headers=officer).json()
    assert (after["version"], after["state"]) == (case["version"], "dispatched")


def test_sign_in_refusals_carry_their_code(client: TestClient, state: AppState) -> None:
    problem_of(client.get("/api/v1/auth/me"), 401, "unauthorized")
    wrong = {"username": "duty_officer", "password": "wrong"}
    problem_of(client.post("/api/v1/auth/token", data=wrong), 401, "wrong_credentials")
    clock = SettableClock(datetime(2027, 3, 1, 9, 0, tzinfo=UTC))
    state.clock = clock
    answer = client.post(
        "/api/v1/auth/token", data={"username": "duty_officer", "password": "demo"}
    ).json()
    who = {"Authorization": f"Bearer {answer['access_token']}"}
    assert client.get("/api/v1/auth/me", headers=who).status_code == 200
    clock.advance(timedelta(hours=12))
    expired = problem_of(client.get("/api/v1/auth/me", headers=who), 401, "session_expired")
    assert expired["type"].endswith("/unauthorized")

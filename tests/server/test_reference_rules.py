"""GET /api/v1/reference gives the lifecycle's own rules (section `rules`), never a copy of them.

The expectations come from the lifecycle's objects themselves (so the section is checked to be
derived from them), plus a few written out by hand from docs/domain.md.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.models import ROLES
from server.schemas.case import ActionRequest
from server.services import lifecycle
from server.services.cases import _needs_reason
from server.services.direct_answer import ANSWER_ROLES
from server.services.sla import STEP_OF_STATE
from tests.server.test_actions_matrix import NOTE, OWN, Api, Headers, assert_problem

USERS = {"duty_officer": "duty_officer", "supervisor": "supervisor", "department": OWN}


@pytest.fixture
def api(client: TestClient, headers: Headers) -> Api:
    return Api(client, headers, client.app.state.cc)  # type: ignore[attr-defined]


def rules_of(client: TestClient, headers: Headers, user: str = "duty_officer") -> dict[str, Any]:
    response = client.get("/api/v1/reference", headers=headers(user))
    assert response.status_code == 200, response.text
    return response.json()["rules"]


def test_states_are_the_lifecycle_states_with_their_open_and_clock_flags(
    client: TestClient, headers: Headers
) -> None:
    states = rules_of(client, headers)["states"]
    assert [s["code"] for s in states] == list(lifecycle.STATES)
    for state in states:
        code = state["code"]
        assert state["open"] is (code in lifecycle.OPEN_STATES), code
        assert state["clock_runs"] is (code in lifecycle.ACTIVE_STATES), code
        assert state["terminal"] is (code in lifecycle.TERMINAL_STATES), code
        assert state["sla_step"] == STEP_OF_STATE.get(code), code
    by_code = {s["code"]: s for s in states}
    # By hand (docs/domain.md): the first seven are open; a parked case's clock is paused.
    assert [s["code"] for s in states if s["open"]] == list(lifecycle.STATES[:7])
    assert by_code["parked"]["open"] and not by_code["parked"]["clock_runs"]
    assert not by_code["closed"]["open"] and by_code["merged"]["terminal"]


def test_every_action_is_its_lifecycle_rule(client: TestClient, headers: Headers) -> None:
    actions = rules_of(client, headers)["actions"]
    assert list(actions) == list(lifecycle.ACTIONS)  # the lifecycle's order
    for name, rule in lifecycle.RULES.items():
        given = actions[name]
        assert given["transitions"] == rule.transitions, name
        assert set(given["roles"]) == rule.roles, name
        for state in rule.transitions:
            allowed = set(given["roles_in"].get(state, given["roles"]))
            assert allowed == rule.roles_in(state), (name, state)
        assert given["reason_required"] is rule.reason_required, name
        assert given["own_department"] is rule.own_department, name
        field = given["field"]
        assert (field or {}).get("name") == rule.field, name
        if field is not None:
            assert field["name"] in ActionRequest.model_fields, name
            assert field["reason_for"] == list(rule.reason_for), name


def test_a_few_actions_as_docs_domain_describes_them(client: TestClient, headers: Headers) -> None:
    actions = rules_of(client, headers)["actions"]
    void = actions["void"]
    assert void["reason_required"] and void["field"] is None
    assert void["roles_in"] == {"registered": ["supervisor"], "returned": ["supervisor"]}
    dispatch = actions["dispatch"]
    assert not dispatch["reason_required"]
    assert dispatch["field"]["name"] == "department" and dispatch["field"]["type"] == "string"
    assert dispatch["transitions"] == {"registered": "dispatched", "returned": "dispatched"}
    extension = actions["request_extension"]
    assert extension["reason_required"] and extension["field"]["type"] == "integer"
    assert set(extension["roles"]) == {"duty_officer", "supervisor", "department"}
    callback = actions["callback"]
    assert not callback["reason_required"] and callback["field"]["reason_for"] == ["unsatisfied"]
    assert callback["field"]["enum"] == list(lifecycle.CALLBACK_RESULTS)
    assert actions["register"] == {
        "transitions": {"reported": "registered"},
        "roles": ["duty_officer", "supervisor"],
        "roles_in": {},
        "own_department": False,
        "reason_required": False,
        "field": None,
    }


def test_roles_say_whose_rights_apply_and_which_actions_they_take(
    client: TestClient, headers: Headers
) -> None:
    roles = rules_of(client, headers, "dept_housing")["roles"]  # every role reads them
    assert list(roles) == list(ROLES)
    for role, given in roles.items():
        acts_as = given["acts_as"]
        expected = [n for n, r in lifecycle.RULES.items() if acts_as in r.roles]
        assert given["actions"] == expected, role
        assert given["answers_calls"] is (role in ANSWER_ROLES), role
    # A trainer acts as a duty officer, on drill cases only; an administrator takes no action.
    assert roles["trainer"]["acts_as"] == "duty_officer" and roles["trainer"]["drill_only"]
    assert roles["trainer"]["actions"] == roles["duty_officer"]["actions"]
    assert roles["admin"]["actions"] == [] and not roles["duty_officer"]["drill_only"]
    assert roles["department"]["actions"] == [
        "sign",
        "return",
        "resolve",
        "request_park",
        "request_extension",
        "comment",
        "escalate",
    ]


def test_a_changed_rule_shows_in_the_reference_at_once(
    client: TestClient, headers: Headers, monkeypatch: pytest.MonkeyPatch
) -> None:
    register = lifecycle.RULES["register"]
    monkeypatch.setitem(
        lifecycle.RULES,
        "register",
        replace(register, roles=lifecycle.SUPERVISOR, reason_required=True, field="note"),
    )
    monkeypatch.setattr(lifecycle, "OPEN_STATES", lifecycle.OPEN_STATES - {"parked"})
    rules = rules_of(client, headers)
    assert rules["actions"]["register"]["roles"] == ["supervisor"]
    assert rules["actions"]["register"]["reason_required"] is True
    assert rules["actions"]["register"]["field"]["name"] == "note"
    assert "register" not in rules["roles"]["duty_officer"]["actions"]
    assert not next(s for s in rules["states"] if s["code"] == "parked")["open"]


@pytest.mark.parametrize(
    ("action", "result"),
    [(a, None) for a in lifecycle.ACTIONS] + [("callback", r) for r in lifecycle.CALLBACK_RESULTS],
)
def test_the_server_asks_a_reason_exactly_where_the_rules_say(
    action: str, result: str | None
) -> None:
    rule = lifecycle.RULES[action]
    request = ActionRequest(action=action, result=result)
    declared = rule.reason_required or (
        rule.field is not None and getattr(request, rule.field) in rule.reason_for
    )
    assert _needs_reason(request) is declared


@pytest.mark.parametrize("action", [n for n, r in lifecycle.RULES.items() if r.field])
def test_the_server_asks_for_the_field_the_rules_name(
    api: Api, action: str, client: TestClient, headers: Headers
) -> None:
    rule = lifecycle.RULES[action]
    state = next(iter(rule.transitions))
    user = USERS[next(r for r in ROLES if r in rule.roles_in(state))]
    case = api.drive(state)
    body = assert_problem(api.act(user, case, action, note=NOTE), 422)
    assert [e["field"] for e in body["errors"]] == [rule.field], body
    # The reference names the same field.
    assert rules_of(client, headers)["actions"][action]["field"]["name"] == rule.field

"""A role never sees an action it may not take, and the server refuses it anyway (403)."""

from __future__ import annotations

import uuid
from typing import Any

import requests

from console.contract import Case
from console.models.case_filter import OPEN
from tests.console.conftest import WAIT_MS, Api
from tests.console.dispatch_support import caught_up, pane, select, server_case


def forbidden(server: Any, username: str, case: dict[str, Any], action: str, **fields: Any) -> int:
    """The status of the action sent straight to the API as this user."""
    response = requests.post(
        f"{server.url}/api/v1/cases/{case['id']}/actions",
        json={"action": action, "version": case["version"], **fields},
        headers={**server.headers(username), "Idempotency-Key": str(uuid.uuid4())},
        timeout=30,
    )
    return response.status_code


def test_each_role_is_offered_only_what_it_may_do(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    api = Api(server)
    case = api.create(title="道路积水井盖松动", category="manhole")
    case = api.act(api.act(case, "register"), "dispatch", department="housing")
    officer = open_window(server, "duty_officer")
    department = open_window(server, "dept_housing")

    # The duty officer sees the dispatched case but no `sign`; the server says 403 anyway.
    caught_up(officer, api, case["id"], qtbot)
    offered = select(officer, case["id"], qtbot).offered_actions()
    assert offered == list(officer.ctx.model.case(case["id"]).allowed_actions)
    assert "sign" not in offered and "return" not in offered and "urge" in offered
    assert officer.registry.get("case_sign") is None
    assert forbidden(server, "duty_officer", case, "sign") == 403

    # The department signs, and never sees `dispatch`, `verify_pass` or `park`.
    caught_up(department, api, case["id"], qtbot)
    offered = select(department, case["id"], qtbot).offered_actions()
    assert "sign" in offered and "return" in offered
    assert not {"dispatch", "verify_pass", "park", "void", "merge", "urge"} & set(offered)
    assert department.registry.get("case_dispatch") is None
    assert forbidden(server, "dept_housing", case, "dispatch", department="urban") == 403
    assert forbidden(server, "dept_urban", case, "sign") in (403, 404)  # not its case at all

    # Parking needs the supervisor: the officer is not offered it on a case in progress.
    in_progress = Api(server, "dept_housing").act(server_case(api, case["id"]), "sign")
    caught_up(officer, api, case["id"], qtbot)
    qtbot.waitUntil(lambda: "park" not in pane(officer).offered_actions(), timeout=WAIT_MS)
    assert pane(officer).offered_actions() == list(
        officer.ctx.model.case(case["id"]).allowed_actions
    )
    assert forbidden(server, "duty_officer", in_progress, "park", note="等待") == 403


def test_the_pane_offers_exactly_the_allowed_actions_on_every_case(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window = open_window(server, "supervisor")
    model = window.ctx.model
    shown = [model.case_at(row) for row in range(model.rowCount())]
    by_state: dict[str, Case] = {}
    for case in shown:
        by_state.setdefault(case.state, case)
    assert set(by_state) >= {"reported", "registered", "dispatched", "in_progress", "resolved"}
    for state, case in by_state.items():
        assert state in OPEN
        found = select(window, case.id, qtbot)
        assert found.offered_actions() == list(case.allowed_actions), state
        assert found.chosen_action() in case.allowed_actions

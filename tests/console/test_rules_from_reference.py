"""The console's rules are the server's, from GET /api/v1/reference, never copies of its own.

Which actions need a reason or a field, which states are open, which commands a role sees: all
read against a real cc-server's reference data.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import requests
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from console.actions import ANY_ACTION, ActionRegistry
from console.api import rules
from console.models import case_filter, case_store, labels
from console.panes import catalog
from console.panes import dispatch_form as form
from console.shell.main_window import MainWindow
from tests.console.conftest import WAIT_MS, Api
from tests.console.dispatch_support import caught_up, pane, select

# The dispatch form's row of each request field (what the officer fills in).
ROW = {
    "department": "department",
    "parent_id": "parent",
    "extension_minutes": "extension",
    "result": "result",
    "target": "target",
}
EVERY_FIELD = form.FormValues(
    action="",
    department="housing",
    parent_id=1,
    extension_minutes=60,
    result="satisfied",
    target="city",
)


def server_rules(server: Any, username: str = "duty_officer") -> dict[str, Any]:
    response = requests.get(
        f"{server.url}/api/v1/reference", headers=server.headers(username), timeout=30
    )
    assert response.status_code == 200, response.text
    return response.json()["rules"]


def loaded(window: MainWindow, qtbot: Any) -> MainWindow:
    """The window once its reference data (and with it the server's rules) is applied."""
    qtbot.waitUntil(lambda: window.registry.rules is not None, timeout=WAIT_MS)
    return window


def test_the_reference_gives_the_console_its_rules_and_open_states(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    loaded(open_window(server, "duty_officer"), qtbot)
    given = server_rules(server)
    assert rules.current() == rules.Rules.from_reference({"rules": given})
    open_states = {s["code"] for s in given["states"] if s["open"]}
    assert case_filter.OPEN == open_states
    assert labels.OPEN_STATES == open_states
    # The console names every state of the server's, in the lifecycle's order.
    assert [s["code"] for s in given["states"]] == list(case_filter.STATES)
    # What the case store took when it was imported, before any reference data (the one
    # fallback, see console/models/case_filter.py), is the server's rule too.
    assert case_store.OPEN_RANKS == {case_store.STATE_RANK[s] for s in open_states}


def test_the_form_asks_a_reason_and_a_field_exactly_where_the_server_does(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    loaded(open_window(server, "supervisor"), qtbot)
    given = server_rules(server)["actions"]
    for action, rule in given.items():
        field = rule["field"]
        assert form.EXTRA_FIELD.get(action) == (ROW[field["name"]] if field else None), action
        assert (form.note_kind(action) == "reason") is rule["reason_required"], action
        values = replace(EVERY_FIELD, action=action)
        why = form.missing(values, "《动作》")
        if rule["reason_required"]:
            assert "《动作》" in why, (action, why)  # "Give the reason: 《动作》 needs one."
        elif action != "comment":  # the console wants a comment's text (a form of its own)
            assert why == "", (action, why)
        assert form.missing(replace(values, note="现场核实"), "《动作》") == "", action
        if field:  # without its field the form says what is missing, before the server would
            assert form.missing(replace(values, note="现场核实", **{field["name"]: None}))
    # A reason that depends on the field's value: an unsatisfied callback.
    callback = given["callback"]["field"]
    for result in callback["enum"]:
        expected = result in callback["reason_for"]
        assert (form.note_kind("callback", result) == "reason") is expected, result


def test_the_pane_labels_the_note_a_reason_for_the_actions_the_server_says(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    api = Api(server)
    case = api.create(title="小区门口占道经营", category="noise")
    window = loaded(open_window(server, "duty_officer"), qtbot)
    caught_up(window, api, case["id"], qtbot)
    found = select(window, case["id"], qtbot)
    offered = found.offered_actions()
    assert {"register", "void"} <= set(offered)
    reason = QCoreApplication.translate("DispatchForm", "Reason (required)")
    given = server_rules(server)["actions"]
    for action in offered:
        assert found.choose(action)
        shown = pane(window).note_caption.text() == reason
        assert shown is given[action]["reason_required"], action


def test_each_role_sees_the_commands_the_server_gives_it(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    for username, role in (
        ("duty_officer", "duty_officer"),
        ("dept_housing", "department"),
        ("trainer", "trainer"),
        ("admin", "admin"),
    ):
        window = loaded(open_window(server, username), qtbot)
        actions = set(server_rules(server, username)["roles"][role]["actions"])
        registry = window.registry
        ruled = [spec for spec in map(registry.spec, registry.ids()) if spec.ruled_by]
        assert {s.lifecycle for s in ruled if s.lifecycle} >= {"register", "sign", "dispatch"}
        for spec in ruled:
            allowed = bool(actions) if spec.ruled_by == ANY_ACTION else spec.ruled_by in actions
            assert registry[spec.id].isVisible() is allowed, (role, spec.id)
            assert (registry.get(spec.id) is not None) is allowed, (role, spec.id)
        # The panes the window was built with agree with the rules that arrived after.
        roles = server_rules(server, username)["roles"][role]
        assert ("dispatch" in window.panes) is bool(roles["actions"]), role
        assert (role in catalog.CASE_WORKERS) is bool(roles["actions"]), role
        assert ("call_intake" in window.panes) is roles["answers_calls"], role
        assert (role in catalog.CALL_TAKERS) is roles["answers_calls"], role


def test_lifecycle_commands_wait_for_the_rules(server: Any, qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    registry = ActionRegistry(host, "duty_officer")
    sign, dispatch = registry["case_sign"], registry["case_dispatch"]
    assert not sign.isVisible() and not dispatch.isVisible()
    dispatch.setEnabled(True)  # as CaseCommands does for a case that allows it
    assert not dispatch.isEnabled()  # hidden: no menu entry, no key, until the rules come
    assert registry["refresh"].isVisible()  # the console's own commands do not wait
    registry.apply_rules(rules.Rules.from_reference({"rules": server_rules(server)}))
    assert dispatch.isVisible() and dispatch.isEnabled()
    assert not sign.isVisible() and registry.get("case_sign") is None
    assert registry.get("case_dispatch") is dispatch
    assert "case_sign" not in {s.id for s in registry.specs()}


def test_a_reference_that_fails_to_load_is_asked_for_again(
    own_server: Any, qtbot: Any, zh_cn: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    """The server goes away between sign-in and the reference data: the window says so and
    asks again until the server is back (the lifecycle commands wait for its rules)."""
    from console import i18n
    from console.shell import main_window
    from console.tasks import TaskRunner
    from tests.console.conftest import signed_in

    monkeypatch.setattr(main_window, "REFERENCE_RETRY_MS", 200)
    client, session = signed_in(own_server.url, "duty_officer")
    own_server.stop()
    runner = TaskRunner()
    failures: list[str] = []
    runner.failed.connect(lambda what, _why: failures.append(what))
    window = MainWindow(
        session, client, runner, server_url=own_server.url, sound=i18n.ALERT_WAV,
        feed_wait=2.0, data_dir=tmp_path,
    )  # fmt: skip
    runner.setParent(window)
    qtbot.addWidget(window)
    try:
        window.start()
        qtbot.waitUntil(lambda: len(failures) >= 2, timeout=WAIT_MS)  # asked again
        assert not window.ctx.reference.data
        own_server.start()
        qtbot.waitUntil(lambda: bool(window.ctx.reference.data), timeout=WAIT_MS)
        assert window.ctx.reference.data["rules"]["actions"]
        loaded(window, qtbot)
    finally:
        window.close()
        runner.wait(30_000)
        client.close()

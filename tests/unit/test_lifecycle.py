"""The case state machine checked against a table written by hand from docs/domain.md.

Nothing here is derived from `lifecycle.RULES`: the tables below are the independent
expectation (the HTTP matrix in tests/server/test_actions_matrix.py reuses them). Where
docs/domain.md is silent the design decisions of the lifecycle are written out explicitly:

- parking, unparking and approving or rejecting an extension are the supervisor's;
- a duty officer may void only at intake (`reported`); later voids are the supervisor's;
- departments sign, return and resolve cases dispatched to them, and may request an
  extension, comment and escalate on their own cases; other departments may do nothing;
- `urge` applies while someone is expected to act (registered to resolved, not parked);
- `escalate` applies to open cases, `comment` to every case, `callback` to closed ones;
- `correct` (reclassify: category, street, urgency, address) applies to open cases and is
  the office's, with a reason; a closed case never dispatched (answered at intake) cannot
  be reopened;
- a trainer acts as a duty officer on drill cases and may do nothing on live ones;
- the admin manages reference data and users, and takes no case action.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from server.services.lifecycle import (
    ACTIONS,
    STATES,
    Actor,
    CaseFacts,
    Refusal,
    allowed_actions,
    next_state,
    refusal,
)

OWN_DEPT = 5
OTHER_DEPT = 6

# Every state and every action of docs/domain.md, in lifecycle order.
DOMAIN_STATES = (
    "reported",
    "registered",
    "dispatched",
    "in_progress",
    "returned",
    "resolved",
    "parked",
    "closed",
    "voided",
    "merged",
)
DOMAIN_ACTIONS = (
    "register",
    "void",
    "merge",
    "dispatch",
    "sign",
    "return",
    "resolve",
    "request_park",
    "park",
    "reject_park",
    "unpark",
    "verify_pass",
    "verify_fail",
    "reopen",
    "urge",
    "supervise",
    "request_extension",
    "approve_extension",
    "reject_extension",
    "callback",
    "comment",
    "escalate",
    "correct",
)

# The state changes of the lifecycle table of docs/domain.md: (action, from) -> to.
TRANSITIONS: dict[tuple[str, str], str] = {
    ("register", "reported"): "registered",
    ("void", "reported"): "voided",
    ("merge", "reported"): "merged",
    ("dispatch", "registered"): "dispatched",
    ("void", "registered"): "voided",
    ("merge", "registered"): "merged",
    ("sign", "dispatched"): "in_progress",
    ("return", "dispatched"): "returned",
    ("resolve", "in_progress"): "resolved",
    ("return", "in_progress"): "returned",
    ("park", "in_progress"): "parked",
    ("dispatch", "returned"): "dispatched",
    ("void", "returned"): "voided",
    ("verify_pass", "resolved"): "closed",
    ("verify_fail", "resolved"): "in_progress",
    ("unpark", "parked"): "in_progress",
    ("reopen", "closed"): "in_progress",
}
# Actions that change no state.
STATELESS = frozenset(
    {
        "urge",
        "supervise",
        "request_park",
        "reject_park",
        "request_extension",
        "approve_extension",
        "reject_extension",
        "callback",
        "comment",
        "escalate",
        "correct",
    }
)

# What each role may take in each state, in lifecycle order, for a case with no extension
# pending and no callback yet. A department's lists are for a case dispatched to it.
EXPECTED_ALLOWED: dict[str, dict[str, list[str]]] = {
    "duty_officer": {
        "reported": ["register", "void", "merge", "comment", "escalate", "correct"],
        "registered": ["merge", "dispatch", "urge", "comment", "escalate", "correct"],
        "dispatched": ["urge", "request_extension", "comment", "escalate", "correct"],
        "in_progress": ["urge", "request_extension", "comment", "escalate", "correct"],
        "returned": ["dispatch", "urge", "comment", "escalate", "correct"],
        "resolved": ["verify_pass", "verify_fail", "urge", "comment", "escalate", "correct"],
        "parked": ["comment", "escalate", "correct"],
        "closed": ["callback", "comment"],
        "voided": ["comment"],
        "merged": ["comment"],
    },
    "supervisor": {
        "reported": ["register", "void", "merge", "comment", "escalate", "correct"],
        "registered": [
            "void",
            "merge",
            "dispatch",
            "urge",
            "supervise",
            "comment",
            "escalate",
            "correct",
        ],
        "dispatched": ["urge", "supervise", "request_extension", "comment", "escalate", "correct"],
        "in_progress": [
            "park",
            "urge",
            "supervise",
            "request_extension",
            "comment",
            "escalate",
            "correct",
        ],
        "returned": ["void", "dispatch", "urge", "supervise", "comment", "escalate", "correct"],
        "resolved": [
            "verify_pass",
            "verify_fail",
            "urge",
            "supervise",
            "comment",
            "escalate",
            "correct",
        ],
        "parked": ["unpark", "comment", "escalate", "correct"],
        "closed": ["callback", "comment"],
        "voided": ["comment"],
        "merged": ["comment"],
    },
    "department": {
        "reported": ["comment", "escalate"],
        "registered": ["comment", "escalate"],
        "dispatched": ["sign", "return", "request_extension", "comment", "escalate"],
        "in_progress": [
            "return",
            "resolve",
            "request_park",
            "request_extension",
            "comment",
            "escalate",
        ],
        "returned": ["comment", "escalate"],
        "resolved": ["comment", "escalate"],
        "parked": ["comment", "escalate"],
        "closed": ["comment"],
        "voided": ["comment"],
        "merged": ["comment"],
    },
}

# The actions a role may take in some state at all; any other is refused as forbidden (403).
ROLE_MAY: dict[str, frozenset[str]] = {
    "duty_officer": frozenset(
        {
            "register",
            "void",
            "merge",
            "dispatch",
            "verify_pass",
            "verify_fail",
            "reopen",
            "urge",
            "request_extension",
            "callback",
            "comment",
            "escalate",
            "correct",
        }
    ),
    "supervisor": frozenset(
        {
            "register",
            "void",
            "merge",
            "dispatch",
            "park",
            "reject_park",
            "unpark",
            "verify_pass",
            "verify_fail",
            "reopen",
            "urge",
            "supervise",
            "request_extension",
            "approve_extension",
            "reject_extension",
            "callback",
            "comment",
            "escalate",
            "correct",
        }
    ),
    "department": frozenset(
        {"sign", "return", "resolve", "request_park", "request_extension", "comment", "escalate"}
    ),
}
# States in which only the supervisor may take an action the duty officer may take elsewhere.
SUPERVISOR_ONLY_IN: dict[str, frozenset[str]] = {"void": frozenset({"registered", "returned"})}

# The actors of the matrix: label -> (actor, drill case?, case department, rights as).
ROLE_LABELS = (
    "duty_officer",
    "supervisor",
    "dept_own",
    "dept_other",
    "trainer_drill",
    "trainer_live",
    "admin",
)
_ACTORS: dict[str, tuple[Actor, bool]] = {
    "duty_officer": (Actor(1, "duty_officer", "duty_officer"), False),
    "supervisor": (Actor(2, "supervisor", "supervisor"), False),
    "dept_own": (Actor(3, "dept_own", "department", OWN_DEPT), False),
    "dept_other": (Actor(4, "dept_other", "department", OTHER_DEPT), False),
    "trainer_drill": (Actor(5, "trainer", "trainer"), True),
    "trainer_live": (Actor(5, "trainer", "trainer"), False),
    "admin": (Actor(6, "admin", "admin"), False),
}
# Whose rights a label has; None: no case action at all.
RIGHTS_OF: dict[str, str | None] = {
    "duty_officer": "duty_officer",
    "supervisor": "supervisor",
    "dept_own": "department",
    "dept_other": None,
    "trainer_drill": "duty_officer",
    "trainer_live": None,
    "admin": None,
}


def expected_allowed(label: str, state: str) -> list[str]:
    """The hand-written list of actions the label may take in `state` (default facts)."""
    rights = RIGHTS_OF[label]
    return [] if rights is None else EXPECTED_ALLOWED[rights][state]


def expected_outcome(label: str, state: str, action: str) -> str:
    """'ok', 'forbidden' (403: the role may not) or 'illegal' (422: not in this state now)."""
    if action in expected_allowed(label, state):
        return "ok"
    rights = RIGHTS_OF[label]
    if rights is None or action not in ROLE_MAY[rights]:
        return "forbidden"
    if rights != "supervisor" and state in SUPERVISOR_ONLY_IN.get(action, frozenset()):
        return "forbidden"
    return "illegal"


def actor_and_facts(label: str, state: str, **facts: object) -> tuple[Actor, CaseFacts]:
    """The actor of a label and the facts of a case in `state` dispatched to OWN_DEPT."""
    actor, drill = _ACTORS[label]
    base = CaseFacts(state=state, department_id=OWN_DEPT, drill=drill)
    return actor, replace(base, **facts)  # type: ignore[arg-type]


FACT_VARIANTS: list[dict[str, object]] = [
    {},
    {"extension_pending": True},
    {"park_pending": True},
    {"last_callback": "unsatisfied"},
]


def _possible(action: str, state: str) -> bool:
    """Whether some actor may take the action in `state`, for some facts of the case."""
    for label in ROLE_LABELS:
        for variant in FACT_VARIANTS:
            actor, facts = actor_and_facts(label, state, **variant)
            if refusal(action, facts, actor) is None:
                return True
    return False


def outcome_of(result: Refusal | None) -> str:
    if result is None:
        return "ok"
    return "forbidden" if result.forbidden else "illegal"


def test_states_and_actions_are_those_of_the_domain() -> None:
    assert STATES == DOMAIN_STATES
    assert set(ACTIONS) == set(DOMAIN_ACTIONS), set(ACTIONS) ^ set(DOMAIN_ACTIONS)


@pytest.mark.parametrize("label", ROLE_LABELS)
@pytest.mark.parametrize("state", DOMAIN_STATES)
def test_refusal_matches_the_hand_written_table(label: str, state: str) -> None:
    actor, facts = actor_and_facts(label, state)
    mismatches = []
    for action in DOMAIN_ACTIONS:
        expected = expected_outcome(label, state, action)
        got = refusal(action, facts, actor)
        if outcome_of(got) != expected:
            mismatches.append(f"{action}: expected {expected}, got {got}")
    assert not mismatches, f"{label} in {state}:\n" + "\n".join(mismatches)


@pytest.mark.parametrize("label", ROLE_LABELS)
@pytest.mark.parametrize("state", DOMAIN_STATES)
def test_allowed_actions_are_the_table_in_lifecycle_order(label: str, state: str) -> None:
    actor, facts = actor_and_facts(label, state)
    assert allowed_actions(facts, actor) == expected_allowed(label, state)


def test_every_refusal_says_why() -> None:
    for label in ROLE_LABELS:
        for state in DOMAIN_STATES:
            actor, facts = actor_and_facts(label, state)
            for action in DOMAIN_ACTIONS:
                result = refusal(action, facts, actor)
                if result is not None:
                    assert result.reason.strip(), (label, state, action)


@pytest.mark.parametrize(("action", "state"), sorted(TRANSITIONS))
def test_next_state_of_each_transition(action: str, state: str) -> None:
    assert next_state(action, state) == TRANSITIONS[(action, state)]


@pytest.mark.parametrize("action", sorted(STATELESS))
def test_stateless_actions_keep_the_state(action: str) -> None:
    possible = [state for state in DOMAIN_STATES if _possible(action, state)]
    assert possible, f"{action} is possible in no state"
    for state in possible:
        assert next_state(action, state) == state, (action, state)


def test_every_allowed_state_change_is_in_the_domain_table() -> None:
    """No transition beyond docs/domain.md: whatever some role may do leads where the table says."""
    for state in DOMAIN_STATES:
        for action in DOMAIN_ACTIONS:
            if not _possible(action, state):
                assert (action, state) not in TRANSITIONS, f"{action} from {state} is refused"
                continue
            if action in STATELESS:
                assert next_state(action, state) == state
            else:
                assert (action, state) in TRANSITIONS, f"{action} from {state} is not in DOMAIN"
                assert next_state(action, state) == TRANSITIONS[(action, state)]


def test_terminal_states_allow_only_comments() -> None:
    for state in ("voided", "merged"):
        for label in ROLE_LABELS:
            actor, facts = actor_and_facts(label, state)
            assert set(allowed_actions(facts, actor)) <= {"comment"}, (label, state)


# --- special rules ---------------------------------------------------------------------


@pytest.mark.parametrize("result", [None, "satisfied", "basically_satisfied"])
@pytest.mark.parametrize("label", ["duty_officer", "supervisor", "trainer_drill"])
def test_reopen_is_refused_without_an_unsatisfied_callback(label: str, result: str | None) -> None:
    actor, facts = actor_and_facts(label, "closed", last_callback=result)
    refused = refusal("reopen", facts, actor)
    assert refused is not None and not refused.forbidden, refused
    assert "unsatisfied" in refused.reason


@pytest.mark.parametrize("label", ["duty_officer", "supervisor", "trainer_drill"])
def test_reopen_after_an_unsatisfied_callback(label: str) -> None:
    actor, facts = actor_and_facts(label, "closed", last_callback="unsatisfied")
    assert refusal("reopen", facts, actor) is None
    assert allowed_actions(facts, actor) == ["reopen", "callback", "comment"]
    assert next_state("reopen", "closed") == "in_progress"


@pytest.mark.parametrize("label", ["dept_own", "dept_other", "trainer_live", "admin"])
def test_reopen_is_forbidden_to_others_even_after_an_unsatisfied_callback(label: str) -> None:
    actor, facts = actor_and_facts(label, "closed", last_callback="unsatisfied")
    refused = refusal("reopen", facts, actor)
    assert refused is not None and refused.forbidden


@pytest.mark.parametrize("state", ["reported", "in_progress", "resolved"])
def test_an_unsatisfied_callback_does_not_allow_reopen_outside_closed(state: str) -> None:
    actor, facts = actor_and_facts("duty_officer", state, last_callback="unsatisfied")
    refused = refusal("reopen", facts, actor)
    assert refused is not None and not refused.forbidden


@pytest.mark.parametrize("state", ["dispatched", "in_progress"])
@pytest.mark.parametrize("action", ["approve_extension", "reject_extension"])
def test_approve_and_reject_need_a_pending_extension(action: str, state: str) -> None:
    actor, facts = actor_and_facts("supervisor", state)
    refused = refusal(action, facts, actor)
    assert refused is not None and not refused.forbidden, refused
    actor, facts = actor_and_facts("supervisor", state, extension_pending=True)
    assert refusal(action, facts, actor) is None
    assert next_state(action, state) == state


@pytest.mark.parametrize("label", ["duty_officer", "dept_own", "dept_other", "trainer_drill"])
@pytest.mark.parametrize("action", ["approve_extension", "reject_extension"])
def test_only_the_supervisor_decides_extensions(label: str, action: str) -> None:
    actor, facts = actor_and_facts(label, "in_progress", extension_pending=True)
    refused = refusal(action, facts, actor)
    assert refused is not None and refused.forbidden, refused


@pytest.mark.parametrize("state", ["dispatched", "in_progress"])
@pytest.mark.parametrize("label", ["duty_officer", "supervisor", "dept_own", "trainer_drill"])
def test_request_extension_not_twice(label: str, state: str) -> None:
    actor, facts = actor_and_facts(label, state)
    assert refusal("request_extension", facts, actor) is None
    actor, facts = actor_and_facts(label, state, extension_pending=True)
    refused = refusal("request_extension", facts, actor)
    assert refused is not None and not refused.forbidden
    assert "request_extension" not in allowed_actions(facts, actor)


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (
            "dispatched",
            [
                "urge",
                "supervise",
                "approve_extension",
                "reject_extension",
                "comment",
                "escalate",
                "correct",
            ],
        ),
        (
            "in_progress",
            [
                "park",
                "urge",
                "supervise",
                "approve_extension",
                "reject_extension",
                "comment",
                "escalate",
                "correct",
            ],
        ),
    ],
)
def test_supervisor_actions_with_a_pending_extension(state: str, expected: list[str]) -> None:
    actor, facts = actor_and_facts("supervisor", state, extension_pending=True)
    assert allowed_actions(facts, actor) == expected


@pytest.mark.parametrize("state", ["registered", "returned"])
@pytest.mark.parametrize("label", ["duty_officer", "trainer_drill"])
def test_void_after_intake_is_the_supervisors(label: str, state: str) -> None:
    actor, facts = actor_and_facts(label, state)
    refused = refusal("void", facts, actor)
    assert refused is not None and refused.forbidden, refused
    assert "supervisor" in refused.reason
    actor, facts = actor_and_facts("supervisor", state)
    assert refusal("void", facts, actor) is None
    assert next_state("void", state) == "voided"


@pytest.mark.parametrize("label", ["duty_officer", "supervisor", "trainer_drill"])
def test_void_at_intake_by_the_office(label: str) -> None:
    actor, facts = actor_and_facts(label, "reported")
    assert refusal("void", facts, actor) is None


@pytest.mark.parametrize("state", ["dispatched", "in_progress", "resolved", "parked", "closed"])
def test_void_is_impossible_once_handling_started(state: str) -> None:
    actor, facts = actor_and_facts("supervisor", state)
    refused = refusal("void", facts, actor)
    assert refused is not None and not refused.forbidden


@pytest.mark.parametrize("action", ["sign", "return", "resolve", "request_extension", "comment"])
def test_a_department_acts_only_on_its_own_cases(action: str) -> None:
    state = "dispatched" if action == "sign" else "in_progress"
    own, facts = actor_and_facts("dept_own", state)
    assert refusal(action, facts, own) is None
    other, facts = actor_and_facts("dept_other", state)
    refused = refusal(action, facts, other)
    assert refused is not None and refused.forbidden
    undispatched = replace(facts, department_id=None)
    refused = refusal(action, undispatched, own)
    assert refused is not None and refused.forbidden


def test_trainer_rights_depend_on_the_case_being_a_drill() -> None:
    actor, facts = actor_and_facts("trainer_drill", "reported")
    assert refusal("register", facts, actor) is None
    live = replace(facts, drill=False)
    refused = refusal("register", live, actor)
    assert refused is not None and refused.forbidden


def test_an_unknown_action_is_refused_but_not_forbidden() -> None:
    actor, facts = actor_and_facts("supervisor", "reported")
    refused = refusal("teleport", facts, actor)
    assert refused is not None and not refused.forbidden
    assert "teleport" in refused.reason


@pytest.mark.parametrize("label", ["duty_officer", "supervisor", "trainer_drill"])
def test_a_case_never_dispatched_is_not_reopened(label: str) -> None:
    """A consultation answered at intake (直办) is closed with no department to take it up."""
    actor, facts = actor_and_facts(label, "closed", last_callback="unsatisfied")
    never_dispatched = replace(facts, department_id=None)
    refused = refusal("reopen", never_dispatched, actor)
    assert refused is not None and not refused.forbidden
    assert "new case" in refused.reason
    assert allowed_actions(never_dispatched, actor) == ["callback", "comment"]


@pytest.mark.parametrize("label", ["duty_officer", "supervisor", "dept_other", "trainer_drill"])
def test_only_the_own_department_asks_to_park(label: str) -> None:
    actor, facts = actor_and_facts(label, "in_progress")
    refused = refusal("request_park", facts, actor)
    assert refused is not None and refused.forbidden


def test_a_park_request_is_asked_once_and_decided_by_the_supervisor() -> None:
    department, facts = actor_and_facts("dept_own", "in_progress")
    assert refusal("request_park", facts, department) is None
    department, pending = actor_and_facts("dept_own", "in_progress", park_pending=True)
    refused = refusal("request_park", pending, department)
    assert refused is not None and refused.code == "park_pending"
    supervisor, facts = actor_and_facts("supervisor", "in_progress")
    refused = refusal("reject_park", facts, supervisor)
    assert refused is not None and refused.code == "no_park_pending"
    supervisor, pending = actor_and_facts("supervisor", "in_progress", park_pending=True)
    assert {"park", "reject_park"} <= set(allowed_actions(pending, supervisor))

"""The lifecycle's rules as `GET /api/v1/reference` gives them to clients (section `rules`).

Built on every call from the server's own tables, never written out a second time: the states
and actions of `lifecycle` (STATES, OPEN_STATES, ACTIVE_STATES, TERMINAL_STATES, RULES), the
SLA step of each state (`sla.STEP_OF_STATE`), and the role sets the services check. A console
reads from here which actions need a reason or a field of their own, which states are open and
what each role may do; the server still refuses whatever a client sends that the rules forbid.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from server.services import lifecycle
from server.services.attachments import ATTACH_ROLES
from server.services.case_query import PHONE_SEARCH_ROLES
from server.services.direct_answer import ANSWER_ROLES
from server.services.field_roles import ALL_ROLES, TIE_OF
from server.services.sla import STEP_OF_STATE


def rules(*, request_fields: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The `rules` section: states in lifecycle order, actions in lifecycle order, roles.

    `request_fields` are the JSON-schema properties of the action request (ActionRequest), so
    that an action's field is described as the server validates it.
    """
    return {
        "states": _states(),
        "actions": {name: _action(rule, request_fields) for name, rule in lifecycle.RULES.items()},
        "roles": {role: _role(role) for role in ALL_ROLES},
    }


def _states() -> list[dict[str, Any]]:
    return [
        {
            "code": state,
            "open": state in lifecycle.OPEN_STATES,
            "clock_runs": state in lifecycle.ACTIVE_STATES,
            "terminal": state in lifecycle.TERMINAL_STATES,
            "sla_step": STEP_OF_STATE.get(state),
        }
        for state in lifecycle.STATES
    ]


def _action(
    rule: lifecycle.ActionRule, request_fields: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    return {
        # from state -> to state (null: the state stays), in the lifecycle's order of states
        "transitions": {s: rule.transitions[s] for s in lifecycle.STATES if s in rule.transitions},
        "roles": _in_order(rule.roles),
        "roles_in": {state: _in_order(roles) for state, roles in (rule.restricted or {}).items()},
        "own_department": rule.own_department,
        "reason_required": rule.reason_required,
        "field": _field(rule, request_fields),
    }


def _field(
    rule: lifecycle.ActionRule, request_fields: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any] | None:
    if rule.field is None:
        return None
    schema = dict(request_fields[rule.field])
    # `X | None` in the request: the action itself needs the X.
    branches = [b for b in schema.pop("anyOf", []) if b.get("type") != "null"]
    if len(branches) == 1:
        schema.update(branches[0])
    kept = {k: v for k, v in schema.items() if k not in ("default", "title", "description")}
    return {"name": rule.field, **kept, "reason_for": list(rule.reason_for)}


def _role(role: str) -> dict[str, Any]:
    # Whose rights apply, on live cases and on drill cases (a trainer: a duty officer's, on
    # drill cases only), as the lifecycle itself decides it.
    actor = lifecycle.Actor(user_id=None, name="", role=role)
    live = lifecycle.effective_role(actor, lifecycle.CaseFacts(state=lifecycle.STATES[0]))
    drill = lifecycle.effective_role(
        actor, lifecycle.CaseFacts(state=lifecycle.STATES[0], drill=True)
    )
    acts_as = live or drill
    return {
        "acts_as": acts_as,
        "drill_only": live is None and drill is not None,
        "actions": [name for name, rule in lifecycle.RULES.items() if acts_as in rule.roles],
        "answers_calls": role in ANSWER_ROLES,
        "searches_by_phone": role in PHONE_SEARCH_ROLES,
        "attaches_evidence": role in ATTACH_ROLES,
        # A field account's tie (segments, grid or team) and what it sees: only its own.
        "tied_to": TIE_OF.get(role),
    }


def _in_order(roles: frozenset[str]) -> list[str]:
    return [role for role in ALL_ROLES if role in roles]

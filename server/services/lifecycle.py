"""The case lifecycle (docs/domain.md) as one state machine: states, actions, roles, reasons.

Pure data and functions, no database: the case service applies what this module allows.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from server.problem_codes import Code

# The words the request schemas share (server/vocabulary.py), re-exported here: STATES and
# ACTIONS in the lifecycle's order (a test keeps ACTIONS those of RULES), CALLBACK_RESULTS,
# ESCALATE_TARGETS.
from server.vocabulary import ACTIONS as ACTIONS
from server.vocabulary import CALLBACK_RESULTS as CALLBACK_RESULTS
from server.vocabulary import ESCALATE_TARGETS as ESCALATE_TARGETS
from server.vocabulary import STATES as STATES

TERMINAL_STATES = frozenset({"voided", "merged"})
# States whose SLA clock runs (parked keeps its clock, paused).
OPEN_STATES = frozenset(
    {"reported", "registered", "dispatched", "in_progress", "returned", "resolved", "parked"}
)
ACTIVE_STATES = OPEN_STATES - {"parked"}

OFFICE = frozenset({"duty_officer", "supervisor"})
DEPT = frozenset({"department"})
SUPERVISOR = frozenset({"supervisor"})
# Where someone is owed a move and may be pressed for it (催办, 督办).
URGE_STATES = ("registered", "dispatched", "in_progress", "returned", "resolved")


@dataclass(frozen=True)
class ActionRule:
    """What an action needs: the states it starts from, where it leads, who may take it."""

    name: str
    transitions: dict[str, str | None]  # from state -> to state (None: the state stays)
    roles: frozenset[str]
    reason_required: bool = False
    # Department users may act only on cases dispatched to their own department.
    own_department: bool = False
    # States in which fewer roles may take the action than `roles` says.
    restricted: dict[str, frozenset[str]] | None = None
    # The request field (of ActionRequest) the action needs besides the note, if any.
    field: str | None = None
    # Values of `field` that make the note a required reason (an unsatisfied callback).
    reason_for: tuple[str, ...] = ()

    def roles_in(self, state: str) -> frozenset[str]:
        """The roles that may take this action from `state`."""
        if self.restricted and state in self.restricted:
            return self.restricted[state]
        return self.roles


def _same(*states: str) -> dict[str, str | None]:
    return dict.fromkeys(states)


RULES: dict[str, ActionRule] = {
    rule.name: rule
    for rule in (
        ActionRule("register", {"reported": "registered"}, OFFICE),
        # A duty officer may refuse junk at intake (不予受理); later voids need the supervisor.
        ActionRule(
            "void",
            {"reported": "voided", "registered": "voided", "returned": "voided"},
            OFFICE,
            reason_required=True,
            restricted={"registered": SUPERVISOR, "returned": SUPERVISOR},
        ),
        ActionRule(
            "merge", {"reported": "merged", "registered": "merged"}, OFFICE, field="parent_id"
        ),
        ActionRule(
            "dispatch",
            {"registered": "dispatched", "returned": "dispatched"},
            OFFICE,
            field="department",
        ),
        ActionRule("sign", {"dispatched": "in_progress"}, DEPT, own_department=True),
        ActionRule(
            "return",
            {"dispatched": "returned", "in_progress": "returned"},
            DEPT,
            reason_required=True,
            own_department=True,
        ),
        ActionRule("resolve", {"in_progress": "resolved"}, DEPT, own_department=True),
        # 申请挂起: the department asks; the supervisor parks (approves) or rejects.
        ActionRule(
            "request_park",
            _same("in_progress"),
            DEPT,
            reason_required=True,
            own_department=True,
        ),
        ActionRule("park", {"in_progress": "parked"}, SUPERVISOR, reason_required=True),
        ActionRule("reject_park", _same("in_progress"), SUPERVISOR, reason_required=True),
        ActionRule("unpark", {"parked": "in_progress"}, SUPERVISOR),
        ActionRule("verify_pass", {"resolved": "closed"}, OFFICE),
        ActionRule("verify_fail", {"resolved": "in_progress"}, OFFICE, reason_required=True),
        ActionRule("reopen", {"closed": "in_progress"}, OFFICE, reason_required=True),
        ActionRule("urge", _same(*URGE_STATES), OFFICE),
        # A 督办 issued by hand, with its note: the step clock's 督办 item, like the ladder's.
        ActionRule("supervise", _same(*URGE_STATES), SUPERVISOR, reason_required=True),
        ActionRule(
            "request_extension",
            _same("dispatched", "in_progress"),
            DEPT | OFFICE,
            reason_required=True,
            own_department=True,
            field="extension_minutes",
        ),
        ActionRule("approve_extension", _same("dispatched", "in_progress"), SUPERVISOR),
        ActionRule(
            "reject_extension",
            _same("dispatched", "in_progress"),
            SUPERVISOR,
            reason_required=True,
        ),
        ActionRule(
            "callback", _same("closed"), OFFICE, field="result", reason_for=("unsatisfied",)
        ),
        ActionRule("comment", _same(*STATES), OFFICE | DEPT, own_department=True),
        ActionRule(
            "escalate",
            _same(*(OPEN_STATES)),
            OFFICE | DEPT,
            own_department=True,
            field="target",
        ),
        # Reclassify an open case (category, street, urgency, address), with the reason.
        ActionRule("correct", _same(*(OPEN_STATES)), OFFICE, reason_required=True),
    )
}


@dataclass(frozen=True)
class CaseFacts:
    """The facts about a case that decide which actions are possible, beyond its state."""

    state: str
    department_id: int | None = None
    extension_pending: bool = False
    last_callback: str | None = None
    drill: bool = False
    park_pending: bool = False


@dataclass(frozen=True)
class Actor:
    """Who is acting: their role and, for a department user, their department."""

    user_id: int | None
    name: str  # as the audit trail shows it (display name)
    role: str
    department_id: int | None = None
    username: str = ""
    # A stand-in on drill cases only: a scripted department of a drill run, or a trainer
    # acting for a department by hand (docs/api-drills.md). It sees drill cases, never live.
    drill: bool = False


def effective_role(actor: Actor, facts: CaseFacts) -> str | None:
    """The role whose rights apply: trainers act as duty officers on drill cases only."""
    if actor.role == "trainer":
        return "duty_officer" if facts.drill else None
    return actor.role


@dataclass(frozen=True)
class Refusal:
    """Why an action is refused, and its problem code: 403 ones are the role's, 422 the case's."""

    reason: str
    code: Code

    @property
    def forbidden(self) -> bool:
        """Refused for who the actor is (403), not for the case's state now (422)."""
        return self.code.status == 403


def refusal(action: str, facts: CaseFacts, actor: Actor) -> Refusal | None:
    """Why this actor may not take this action on this case now, or None if it may."""
    rule = RULES.get(action)
    if rule is None:
        return Refusal(f"unknown action '{action}'", Code.ILLEGAL_TRANSITION)
    role = effective_role(actor, facts)
    if role not in rule.roles:
        return Refusal(f"the role {actor.role} may not {action}", Code.FORBIDDEN_ROLE)
    if rule.own_department and role == "department" and facts.department_id != actor.department_id:
        return Refusal("the case is not dispatched to your department", Code.NOT_YOUR_DEPARTMENT)
    if facts.state not in rule.transitions:
        return Refusal(f"{action} is not possible in state {facts.state}", Code.ILLEGAL_TRANSITION)
    if role not in rule.roles_in(facts.state):
        return Refusal(
            f"{action} in state {facts.state} needs the supervisor", Code.SUPERVISOR_REQUIRED
        )
    if action == "request_extension" and facts.extension_pending:
        return Refusal("an extension is already awaiting approval", Code.EXTENSION_PENDING)
    if action in ("approve_extension", "reject_extension") and not facts.extension_pending:
        return Refusal("no extension is awaiting approval", Code.NO_EXTENSION_PENDING)
    if action == "request_park" and facts.park_pending:
        return Refusal("a park request is already awaiting approval", Code.PARK_PENDING)
    if action == "reject_park" and not facts.park_pending:
        return Refusal("no park request is awaiting approval", Code.NO_PARK_PENDING)
    if action == "reopen" and facts.last_callback != "unsatisfied":
        return Refusal(
            "a closed case is reopened only after an unsatisfied callback",
            Code.REOPEN_NEEDS_UNSATISFIED_CALLBACK,
        )
    if action == "reopen" and facts.department_id is None:
        # Only a case answered at intake (直办) is closed without ever being dispatched.
        return Refusal(
            "the case was answered at intake and never dispatched, so no department could "
            "take it up again; report the caller's request as a new case",
            Code.NEVER_DISPATCHED,
        )
    return None


def allowed_actions(facts: CaseFacts, actor: Actor) -> list[str]:
    """Every action this actor may take on the case now, in lifecycle order."""
    return list(_allowed(facts, actor.role, actor.department_id))


@lru_cache(maxsize=8192)
def _allowed(facts: CaseFacts, role: str, department_id: int | None) -> tuple[str, ...]:
    # Only the role and department decide, so every page of every list shares these answers.
    actor = Actor(user_id=None, name="", role=role, department_id=department_id)
    return tuple(name for name in ACTIONS if refusal(name, facts, actor) is None)


def next_state(action: str, state: str) -> str:
    """The state an allowed action leads to."""
    target = RULES[action].transitions[state]
    return state if target is None else target

"""直办: a consultation answered on the phone is closed at intake, with the answer as its note.

The case is created and closed in one transaction, and its trail says both: `create`
(reported) and `answer` (reported → closed, the answer in the note). No lifecycle action leads
there: the answer is part of taking the call, so a case answered at intake never shows an
`answer` among its allowed actions, and a noise complaint can never be closed this way.
The case counts in the KPIs as closed on time (it never ran late) and never dispatched; a
callback may follow, a reopen cannot (no department ever had it).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from server.models import Case, Category
from server.problems import Code, Problem
from server.services.case_trail import publish, record
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.sla import SlaClock

# Kinds of category a call taker can settle alone: questions and requests for information.
DIRECT_KINDS = frozenset({"consultation", "help"})
# The call takers (trainers on drill cases), and scripts acting for them.
ANSWER_ROLES = frozenset({"duty_officer", "supervisor", "trainer", "system"})
ANSWER_ACTION = "answer"


def check_answerable(category: Category, actor: Actor) -> None:
    """Refuse an answer at intake for this category or role (before anything is written)."""
    if actor.role not in ANSWER_ROLES:
        raise Problem(
            403,
            "Forbidden",
            f"the role {actor.role} may not close a case at intake; the duty officer answers "
            "consultations on the phone",
            code=Code.FORBIDDEN_ROLE,
            kind="forbidden",
        )
    if category.kind not in DIRECT_KINDS:
        message = (
            f"'{category.name}' ({category.code}) is a {category.kind} category: only "
            f"consultation and help categories can be answered at intake (直办): choose the "
            f"consultation category the caller's question belongs to, or create the case "
            f"without 'answered' and dispatch it"
        )
        raise Problem(
            422,
            "Not answerable at intake",
            message,
            code=Code.NOT_ANSWERABLE,
            kind="not-answerable",
            errors=[{"field": "answered", "message": message}],
        )


def close_answered(
    session: Session,
    *,
    case: Case,
    answer: str,
    actor: Actor,
    ref: ReferenceData,
    sla: SlaClock,
    now: datetime,
) -> None:
    """Close a case just created (and recorded) with the answer given on the phone."""
    from_state = case.state
    case.state = "closed"
    case.closed_at = now
    sla.stop(case)
    case.version += 1
    case.updated_at = now
    entry = record(
        session,
        case=case,
        action=ANSWER_ACTION,
        actor=actor,
        now=now,
        from_state=from_state,
        note=answer,
        payload={"direct": True},
    )
    publish(session, "case.action", case=case, entry=entry, ref=ref, now=now)

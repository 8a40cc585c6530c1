"""A case's change, kept twice in its transaction: the audit record and the feed event."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from server.models import Case, CaseAction
from server.services import feed
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.views import action_view, case_snapshot

_ACTIONS = CaseAction.__table__
_INSERT_ACTION = insert(_ACTIONS).returning(_ACTIONS.c.id)


def record(
    session: Session,
    case: Case,
    action: str,
    actor: Actor,
    now: datetime,
    *,
    from_state: str | None,
    note: str = "",
    payload: dict[str, Any] | None = None,
) -> CaseAction:
    """Append the audit record of an action (after the case's version has moved).

    Inserted with Core (no unit of work to flush) and returned as a record no session tracks.
    """
    values = {
        "case_id": case.id,
        "action": action,
        "actor_id": actor.user_id,
        "actor_name": actor.name,
        "actor_role": actor.role,
        "from_state": from_state,
        "to_state": case.state,
        "note": note,
        "payload": payload or {},
        "version": case.version,
        "created_at": now,
    }
    entry_id = session.connection().execute(_INSERT_ACTION, values).scalar_one()
    return CaseAction(id=entry_id, **values)


def publish(
    session: Session, type_: str, case: Case, entry: CaseAction, ref: ReferenceData, now: datetime
) -> None:
    """Put the change in the feed: the new case and the audit record that changed it."""
    feed.append(
        session,
        type_,
        {"case": case_snapshot(case, ref), "action": action_view(entry)},
        now,
        case_id=case.id,
        version=case.version,
        department_id=case.department_id,
        drill=case.drill,
    )

"""A case's change, kept twice in its transaction: the audit record and the feed event."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from server.models import Case, CaseAction
from server.services import feed
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.views import action_view, case_snapshot

_ACTIONS = cast(Table, CaseAction.__table__)
_INSERT_ACTION = insert(_ACTIONS).returning(_ACTIONS.c.id)
_INSERT_ACTIONS = insert(_ACTIONS).returning(_ACTIONS.c.id, sort_by_parameter_order=True)


def record(
    session: Session,
    *,
    case: Case,
    action: str,
    actor: Actor,
    now: datetime,
    from_state: str | None,
    note: str = "",
    payload: dict[str, Any] | None = None,
) -> CaseAction:
    """Append the audit record of an action (after the case's version has moved).

    Inserted with Core (no unit of work to flush) and returned as a record no session tracks.
    """
    values = _values(case, action, actor, now, from_state, note, payload)
    entry_id = session.connection().execute(_INSERT_ACTION, values).scalar_one()
    return CaseAction(id=entry_id, **values)


def record_many(
    session: Session,
    *,
    cases: list[Case],
    action: str,
    actor: Actor,
    now: datetime,
    notes: list[str],
    payloads: list[dict[str, Any]],
) -> list[CaseAction]:
    """The audit records of one action on many cases, inserted at once, in order."""
    rows = [
        _values(case, action, actor, now, case.state, note, payload)
        for case, note, payload in zip(cases, notes, payloads, strict=True)
    ]
    if not rows:
        return []
    ids = session.connection().execute(_INSERT_ACTIONS, rows).scalars().all()
    return [CaseAction(id=entry_id, **row) for entry_id, row in zip(ids, rows, strict=True)]


def _values(
    case: Case,
    action: str,
    actor: Actor,
    now: datetime,
    from_state: str | None,
    note: str,
    payload: dict[str, Any] | None,
) -> dict[str, Any]:
    return {
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


def publish(
    session: Session,
    type_: str,
    *,
    case: Case,
    entry: CaseAction,
    ref: ReferenceData,
    now: datetime,
) -> None:
    """Put the change in the feed: the new case and the audit record that changed it."""
    feed.append_many(session, [_event(type_, case, entry, ref)], now)


def publish_many(
    session: Session,
    type_: str,
    *,
    changes: list[tuple[Case, CaseAction]],
    ref: ReferenceData,
    now: datetime,
) -> None:
    """Put many changes in the feed at once, in order."""
    feed.append_many(session, [_event(type_, case, entry, ref) for case, entry in changes], now)


def _event(type_: str, case: Case, entry: CaseAction, ref: ReferenceData) -> feed.NewEvent:
    return feed.NewEvent(
        type_,
        {"case": case_snapshot(case, ref), "action": action_view(entry)},
        case.id,
        case.version,
        case.department_id,
        case.drill,
    )

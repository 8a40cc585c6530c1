"""The server's facts of a shift window for a handover brief (交接班): what came in, by
channel; what reached 督办; open 督办 items; extension requests awaiting a decision; cases
parked. Live cases only; each list capped, its count of them all."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from server.models import Case, CaseAction, Escalation
from server.schemas.case import CHANNELS
from server.services.lifecycle import OPEN_STATES
from server.services.refdata import ReferenceData
from server.services.views import iso

# The brief's lists, in its order (keys of the facts; HandoverCountsOut counts each).
SECTIONS = ("intake", "turned_red", "open_supervision", "pending_extensions", "parked")
LIST_MAX = 200  # cases a section lists (its count is of them all)
# A query of some columns, whichever (a section's rows, its count).
Rows = Select[*tuple[Any, ...]]


def shift_facts(
    session: Session, *, ref: ReferenceData, start: datetime, end: datetime
) -> dict[str, Any]:
    """The server's figures and lists for [start, end), as JSON-ready dicts (drill excluded)."""
    live = Case.drill.is_(False)
    created = live & (Case.created_at >= start) & (Case.created_at < end)
    by_channel = dict.fromkeys(CHANNELS, 0)
    for channel, count in session.execute(
        select(Case.channel, func.count()).where(created).group_by(Case.channel)
    ):
        by_channel[channel] = count
    intake = _section(
        session,
        select(Case, Case.created_at)
        .where(created)
        .order_by(Case.created_at.desc(), Case.id.desc()),
        select(func.count()).select_from(Case).where(created),
        ref,
    )
    red = (
        live
        & (Escalation.kind == "supervise")
        & (Escalation.created_at >= start)
        & (Escalation.created_at < end)
    )
    turned_red = _section(
        session,
        _escalated(red).order_by(Escalation.created_at.desc(), Escalation.id.desc()),
        _escalated_count(red),
        ref,
    )
    supervised = live & (Escalation.kind == "supervise") & (Escalation.status == "open")
    open_supervision = _section(
        session,
        _escalated(supervised).order_by(Escalation.created_at, Escalation.id),
        _escalated_count(supervised),
        ref,
    )
    asked = live & Case.extension_pending_min.is_not(None) & Case.state.in_(OPEN_STATES)
    pending = _section(
        session,
        select(Case, Case.updated_at).where(asked).order_by(Case.updated_at, Case.id),
        select(func.count()).select_from(Case).where(asked),
        ref,
        reason_of="request_extension",
    )
    parked_now = live & (Case.state == "parked")
    parked = _section(
        session,
        select(Case, Case.sla_paused_at).where(parked_now).order_by(Case.sla_paused_at, Case.id),
        select(func.count()).select_from(Case).where(parked_now),
        ref,
        reason_of="park",
    )
    return {
        "intake_by_channel": by_channel,
        "intake": intake,
        "turned_red": turned_red,
        "open_supervision": open_supervision,
        "pending_extensions": pending,
        "parked": parked,
    }


def _escalated(where: Any) -> Rows:
    return (
        select(Case, Escalation.created_at, Escalation.step)
        .join(Case, Case.id == Escalation.case_id)
        .where(where)
    )


def _escalated_count(where: Any) -> Rows:
    return select(func.count()).select_from(Escalation).join(Case).where(where)


def _section(
    session: Session,
    rows: Rows,
    count: Rows,
    ref: ReferenceData,
    *,
    reason_of: str = "",
) -> dict[str, Any]:
    """A list of the brief: the first LIST_MAX rows (case, moment[, step]) and the count."""
    found = list(session.execute(rows.limit(LIST_MAX)))
    notes = _latest(session, reason_of, (row[0].id for row in found)) if reason_of else {}
    items = []
    for row in found:
        case, at = row[0], row[1]
        step = row[2] if len(row) > 2 else None
        entry, why = notes.get(case.id, (None, ""))
        items.append(_brief_case(case, ref, entry or at, step, why))
    return {"count": int(session.scalar(count) or 0), "items": items}


def _latest(
    session: Session, action: str, case_ids: Iterable[int]
) -> dict[int, tuple[datetime, str]]:
    """The moment and note of each case's latest `action` (a park's reason, a request's)."""
    ids = list(case_ids)
    if not ids:
        return {}
    latest: dict[int, tuple[datetime, str]] = {}
    for case_id, at, note in session.execute(
        select(CaseAction.case_id, CaseAction.created_at, CaseAction.note)
        .where(CaseAction.case_id.in_(ids), CaseAction.action == action)
        .order_by(CaseAction.id)
    ):
        latest[case_id] = (at, note)
    return latest


def _brief_case(
    case: Case, ref: ReferenceData, at: datetime | None, step: str | None, note: str
) -> dict[str, Any]:
    category = ref.categories.get(case.category_id)
    street = ref.streets.get(case.street_id) if case.street_id else None
    department = ref.departments.get(case.department_id) if case.department_id else None
    return {
        "id": case.id,
        "ref": case.ref,
        "title": case.title,
        "channel": case.channel,
        "category_name": category.name if category else None,
        "street_name": street.name if street else None,
        "department_name": department.name if department else None,
        "state": case.state,
        "color": case.color,
        "at": iso(at),
        "step": step,
        "extension_minutes": case.extension_pending_min,
        "note": note,
    }

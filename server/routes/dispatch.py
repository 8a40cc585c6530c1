"""Dispatch aids for one case: where to send it, what it duplicates, what deadline it gets."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from server.db import utcnow
from server.deps import CurrentActor, StateDep
from server.routes.cases import CaseId
from server.schemas.case import ActionName
from server.services import cases, dispatch
from server.services.views import case_view, iso

router = APIRouter(prefix="/api/v1/cases", tags=["dispatch"])


@router.get("/{case_id}/routing")
def routing(case_id: CaseId, actor: CurrentActor, state: StateDep) -> dict[str, Any]:
    """Departments to dispatch to, best first, and the case's history of returns."""
    ref = state.reference.get()
    with state.db.read() as session:
        case = cases.get_visible(session, case_id, actor)
        suggestions = dispatch.routing_suggestions(session, case, ref, utcnow())
        returns = dispatch.returns_of(session, case, ref)
    for item in returns:
        item["at"] = iso(item["at"])
    return {"case_id": case_id, "suggestions": suggestions, "returns": returns}


@router.get("/{case_id}/duplicates")
def duplicates(
    case_id: CaseId,
    actor: CurrentActor,
    state: StateDep,
    radius_m: Annotated[float, Query(gt=0, le=20_000, description="how near, in metres")] = 500,
    hours: Annotated[float, Query(gt=0, le=24 * 30, description="how close in time")] = 72,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> dict[str, Any]:
    """Open cases likely to report the same matter, most alike first (score 0–1)."""
    ref = state.reference.get()
    with state.db.read() as session:
        case = cases.get_visible(session, case_id, actor)
        found = dispatch.duplicates(session, case, radius_m=radius_m, hours=hours, limit=limit)
        items = [
            {
                "case": case_view(c.case, ref, actor),
                "score": c.score,
                "distance_m": c.distance_m,
                "hours_apart": c.hours_apart,
            }
            for c in found
            if cases.visible(c.case, actor)
        ]
    return {"case_id": case_id, "items": items}


@router.get("/{case_id}/deadline")
def deadline(
    case_id: CaseId,
    actor: CurrentActor,
    state: StateDep,
    action: Annotated[ActionName, Query(description="the action about to be taken")],
    extension_minutes: Annotated[int | None, Query(ge=1, le=450 * 60)] = None,
) -> dict[str, Any]:
    """The SLA clock the case would run if the action were taken now (a preview)."""
    ref = state.reference.get()
    with state.db.read() as session:
        case = cases.get_visible(session, case_id, actor)
        preview = dispatch.deadline_preview(
            case, action, ref, state.sla, utcnow(), extension_minutes
        )
    preview["warn_at"] = iso(preview["warn_at"])
    preview["due_at"] = iso(preview["due_at"])
    return preview

"""Dispatch aids for one case: where to send it, what it duplicates, what deadline it gets."""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Query
from fastapi.responses import Response

from server.deps import CurrentActor, Now, StateDep
from server.models import Case
from server.params import CaseId
from server.schemas.dispatch_out import CaseDuplicatesOut, ReportDuplicatesOut
from server.services import cases, dispatch, resolve
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.views import case_view, iso
from server.vocabulary import ActionName

router = APIRouter(prefix="/api/v1/cases", tags=["dispatch"])
probe_router = APIRouter(prefix="/api/v1", tags=["dispatch"])


@router.get("/{case_id}/routing")
def routing(case_id: CaseId, actor: CurrentActor, state: StateDep, now: Now) -> dict[str, Any]:
    """Departments to dispatch to, best first, and the case's history of returns."""
    ref = state.reference.get()
    with state.db.read() as session:
        case = cases.get_visible(session, case_id, actor)
        if case.drill_run_id is not None:  # a drill's case lives on its run's clock
            now = cases.drill_time(session, case.drill_run_id, now)
        suggestions = dispatch.routing_suggestions(session, case=case, ref=ref, now=now)
        returns = dispatch.returns_of(session, case, ref)
    for item in returns:
        item["at"] = iso(item["at"])
    return {"case_id": case_id, "suggestions": suggestions, "returns": returns}


@router.get("/{case_id}/duplicates", response_model=CaseDuplicatesOut)
def duplicates(
    case_id: CaseId,
    actor: CurrentActor,
    state: StateDep,
    radius_m: Annotated[float, Query(gt=0, le=20_000, description="how near, in metres")] = 500,
    hours: Annotated[float, Query(gt=0, le=24 * 30, description="how close in time")] = 72,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> Response:
    """Open cases likely to report the same matter, most alike first (score 0–1); preselect
    only those `suggested` (same category, score at least `suggest_threshold`)."""
    ref = state.reference.get()
    with state.db.read() as session:
        case = cases.get_visible(session, case_id, actor)
        found = dispatch.duplicates(session, case, radius_m=radius_m, hours=hours, limit=limit)
        items = [_candidate(c, ref, actor) for c in found if cases.visible(c.case, actor)]
    return _json(
        {"case_id": case_id, "items": items, "suggest_threshold": dispatch.SUGGEST_THRESHOLD}
    )


@probe_router.get("/duplicates", response_model=ReportDuplicatesOut)
def duplicates_of_report(
    actor: CurrentActor,
    state: StateDep,
    now: Now,
    category: Annotated[str, Query(max_length=40, description="category code (docs/api-cases.md)")],
    street: Annotated[str | None, Query(max_length=80, description="street code or name")] = None,
    address: Annotated[str, Query(max_length=200, description="to detect the street")] = "",
    lat: Annotated[float | None, Query(ge=-90, le=90)] = None,
    lon: Annotated[float | None, Query(ge=-180, le=180)] = None,
    radius_m: Annotated[float, Query(gt=0, le=20_000)] = 500,
    hours: Annotated[float, Query(gt=0, le=24 * 30)] = 72,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> Response:
    """Open cases like a report not yet created (the 12345 form asks before creating one)."""
    ref = state.reference.get()
    known = resolve.category(ref, category)
    found_street = resolve.street_or_address(ref, street, address)
    probe = Case(
        category_id=known.id,
        street_id=found_street.id if found_street else None,
        lat=lat if lon is not None else None,
        lon=lon if lat is not None else None,
        created_at=now,
        drill=actor.role == "trainer",
    )
    with state.db.read() as session:
        found = dispatch.duplicates(session, probe, radius_m=radius_m, hours=hours, limit=limit)
        items = [_candidate(c, ref, actor) for c in found if cases.visible(c.case, actor)]
    return _json(
        {
            "street": found_street.code if found_street else None,
            "items": items,
            "suggest_threshold": dispatch.SUGGEST_THRESHOLD,
        }
    )


def _json(body: dict[str, Any]) -> Response:
    """The answer as orjson makes it, like the case routes': its model (`response_model`) is
    documented, not applied (FastAPI neither validates nor serializes a returned Response)."""
    return Response(orjson.dumps(body), media_type="application/json")


def _candidate(candidate: dispatch.Candidate, ref: ReferenceData, actor: Actor) -> dict[str, Any]:
    return {
        "case": case_view(candidate.case, ref, actor),
        "score": candidate.score,
        "same_category": candidate.same_category,
        "suggested": candidate.suggested,
        "distance_m": candidate.distance_m,
        "hours_apart": candidate.hours_apart,
    }


@router.get("/{case_id}/deadline")
def deadline(
    case_id: CaseId,
    actor: CurrentActor,
    state: StateDep,
    now: Now,
    action: Annotated[ActionName, Query(description="the action about to be taken")],
    extension_minutes: Annotated[int | None, Query(ge=1, le=450 * 60)] = None,
) -> dict[str, Any]:
    """The SLA clock the case would run if the action were taken now (a preview)."""
    ref = state.reference.get()
    with state.db.read() as session:
        case = cases.get_visible(session, case_id, actor)
        if case.drill_run_id is not None:  # a drill's case lives on its run's clock
            now = cases.drill_time(session, case.drill_run_id, now)
        preview = dispatch.deadline_preview(
            case,
            action=action,
            ref=ref,
            sla=state.sla,
            now=now,
            extension_minutes=extension_minutes,
        )
    preview["warn_at"] = iso(preview["warn_at"])
    preview["due_at"] = iso(preview["due_at"])
    return preview

"""The supervisor's screen: open 督办 items and the cases behind them."""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response
from sqlalchemy import select

from server.deps import StateDep, require_roles
from server.models import Case, Escalation
from server.schemas.supervision_out import SupervisionOut
from server.services.lifecycle import Actor
from server.services.views import case_view, iso

router = APIRouter(prefix="/api/v1/supervision", tags=["supervision"])


@router.get("", response_model=SupervisionOut)
def supervision_items(
    state: StateDep,
    actor: Annotated[Actor, Depends(require_roles("supervisor", "duty_officer"))],
    status: Annotated[str, Query(pattern="^(open|closed|all)$")] = "open",
    limit: Annotated[int, Query(ge=1, le=500)] = 200,
) -> Response:
    """督办 items, newest first, each with its case."""
    ref = state.reference.get()
    stmt = (
        select(Escalation, Case)
        .join(Case, Case.id == Escalation.case_id)
        .where(Escalation.kind == "supervise", Case.drill.is_(False))
        .order_by(Escalation.id.desc())
        .limit(limit)
    )
    if status != "all":
        stmt = stmt.where(Escalation.status == status)
    with state.db.read() as session:
        items: list[dict[str, Any]] = [
            {
                "id": item.id,
                "status": item.status,
                "step": item.step,
                "opened_at": iso(item.created_at),
                "closed_at": iso(item.closed_at),
                "case": case_view(case, ref, actor),
            }
            for item, case in session.execute(stmt)
        ]
    return Response(orjson.dumps({"items": items}), media_type="application/json")

"""The supervisor's board: open 督办 and 通报 items, their cases, counters and pending requests
(docs/api-supervision.md); the 通报 bulletin on demand; the 三色 totals over the last hours."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Literal

import orjson
from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import Response
from pydantic import AwareDatetime, Field

from server.deps import Now, StateDep, require_roles
from server.problems import Code, Problem
from server.schemas import MAX_INT
from server.schemas.case_out import Answer
from server.schemas.supervision_out import BulletinAnswerOut, SupervisionOut
from server.services import bulletin, color_trend, resolve, supervision
from server.services.attachments import PhotoStore
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData

router = APIRouter(prefix="/api/v1/supervision", tags=["supervision"])

Board = Annotated[Actor, Depends(require_roles("supervisor", "duty_officer"))]
# Repeatable filters: a code or name as the resolver takes it, or the numeric id.
Named = Annotated[list[str], Query(max_length=50)]


@router.get("", response_model=SupervisionOut)
def supervision_items(
    state: StateDep,
    actor: Board,
    now: Now,
    status: Annotated[str, Query(pattern="^(open|closed|all)$")] = "open",
    kind: Annotated[Literal["supervise", "notice", "all"], Query()] = "all",
    department: Named = [],  # noqa: B006 (FastAPI copies the default)
    street: Named = [],  # noqa: B006
    limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
) -> Response:
    """督办 and 通报 items, the latest first, each with its case; counters and requests."""
    ref = state.reference.get()
    query = supervision.BoardQuery(
        status=status,
        kinds=supervision.BOARD_KINDS if kind == "all" else (kind,),
        departments=_ids(ref, "department", department),
        streets=_ids(ref, "street", street),
        limit=limit,
    )
    with state.db.read() as session:
        connection = session.connection()

        def cases_json(rows: list[tuple[int, int]]) -> list[bytes]:
            # The list routes' case JSON, cached by (id, version), in this read's snapshot.
            return state.case_json.page_json(connection, rows=rows, ref=ref, actor=actor)

        answer = supervision.board(
            session, query=query, ref=ref, sla=state.sla, cases_json=cases_json, now=now
        )
        return Response(orjson.dumps(answer), media_type="application/json")


@router.post("/{item_id}/bulletin", response_model=BulletinAnswerOut)
def make_bulletin(
    state: StateDep,
    actor: Board,
    now: Now,
    item_id: Annotated[int, Path(ge=1, le=MAX_INT, description="the 通报 item")],
) -> Response:
    """The 通报 bulletin of a notice item, generated now if the scheduler has not yet."""
    made = bulletin.generate(
        state.db,
        item_id=item_id,
        store=PhotoStore.of(state.settings),
        ref=state.reference.get(),
        sla=state.sla,
        now=now,
    )
    state.hub.notify()
    answer = {"item_id": item_id, "bulletin": made}
    return Response(orjson.dumps(answer), media_type="application/json")


class ColorPointOut(Answer):
    """Open cases by SLA color at one instant."""

    at: AwareDatetime
    green: int = Field(ge=0, description="未超时")
    yellow: int = Field(ge=0, description="将超时")
    red: int = Field(ge=0, description="已超时")


class ColorTrendOut(Answer):
    """The 三色 totals sampled every `step_minutes` over the last hours, oldest first."""

    now: AwareDatetime
    step_minutes: int
    points: list[ColorPointOut]


@router.get("/color-trend", response_model=ColorTrendOut)
def color_trend_points(
    state: StateDep,
    _actor: Board,
    now: Now,
    hours: Annotated[int, Query(ge=1, le=168, description="how far back")] = 24,
    step: Annotated[int, Query(ge=1, le=1440, description="minutes between samples")] = 15,
) -> Response:
    """Open cases by color every `step` minutes over the last `hours`, rebuilt from the
    cases' clocks and trails (a wall started now shows the past day)."""
    if hours * 60 // step > color_trend.MAX_POINTS:
        message = (
            f"{hours} hours every {step} minutes is more than {color_trend.MAX_POINTS} "
            "samples: take a longer step"
        )
        raise Problem(422, "Invalid request", message, code=Code.INVALID, kind="invalid",
                      errors=[{"field": "step", "message": message}])  # fmt: skip
    with state.db.read() as session:
        answer = color_trend.color_trend(
            session, since=now - timedelta(hours=hours), now=now, step=timedelta(minutes=step)
        )
    return Response(orjson.dumps(answer), media_type="application/json")


def _ids(ref: ReferenceData, kind: str, values: list[str]) -> tuple[int, ...] | None:
    """The ids a filter names (None: no filter); digits are an id when one exists."""
    if not values:
        return None
    known = ref.departments if kind == "department" else ref.streets
    found = []
    for value in values:
        text = value.strip()
        if text.isdigit() and int(text) in known:
            found.append(int(text))
        else:
            found.extend(resolve.ids(ref, kind, [value]))
    return tuple(found)

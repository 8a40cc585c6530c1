"""Shift handover briefs (交接班): written by the outgoing officer, signed by the incoming one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Header, Path, Query
from fastapi.responses import Response
from sqlalchemy.orm import Session

from server.deps import Now, StateDep, require_roles
from server.schemas import MAX_INT
from server.schemas.handover import HandoverCreate
from server.schemas.handover_out import HandoverDraftOut, HandoverListOut, HandoverOut
from server.services import handovers, idempotency
from server.services.lifecycle import Actor
from server.state import AppState

router = APIRouter(prefix="/api/v1/handovers", tags=["handovers"])
# Those who hold the duty room's shifts write and sign; administrators read.
OnDuty = Annotated[Actor, Depends(require_roles("duty_officer", "supervisor"))]
Reader = Annotated[Actor, Depends(require_roles("duty_officer", "supervisor", "admin"))]
HandoverId = Annotated[int, Path(ge=1, le=MAX_INT, description="the brief's id")]
Key = Annotated[str | None, Header(max_length=200, description="a fresh UUID per brief")]
JSON = "application/json"


@router.post("", status_code=201, response_model=HandoverOut)
def create(
    body: HandoverCreate, actor: OnDuty, state: StateDep, idempotency_key: Key = None
) -> Response:
    """Write the brief of the shift ending now: the server's facts of the shift window, the
    officer's notes and unsent outbox items. A repeat of the key replays the first brief."""
    key = idempotency.check_key(idempotency_key, required=True)
    fingerprint = idempotency.request_hash("POST", "/handovers", body.model_dump(mode="json"))
    ref = state.reference.get()
    return _write_once(
        state,
        actor,
        key,
        fingerprint,
        201,
        lambda session, now: handovers.view(
            handovers.create(session, data=body, actor=actor, ref=ref, now=now)
        ),
    )


@router.get("", response_model=HandoverListOut)
def list_handovers(
    _reader: Reader,
    state: StateDep,
    status: Annotated[str, Query(pattern="^(unsigned|signed|all)$")] = "all",
    cursor: Annotated[int | None, Query(ge=1, le=MAX_INT, description="next_cursor")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Response:
    """Every brief kept, newest first (without their lists); follow `next_cursor`."""
    with state.db.read() as session:
        rows, next_cursor = handovers.page(session, status=status, before_id=cursor, limit=limit)
        items = [handovers.summary(row) for row in rows]
    return _json({"items": items, "next_cursor": next_cursor})


@router.get("/draft", response_model=HandoverDraftOut)
def draft(
    _actor: OnDuty,
    state: StateDep,
    now: Now,
    shift_start: Annotated[str | None, Query(max_length=40, description="ISO 8601")] = None,
) -> Response:
    """The facts a brief written now would hold, for the officer to read first (kept nowhere)."""
    asked = handovers.parse_instant(shift_start) if shift_start else None
    with state.db.read() as session:
        body = handovers.draft(session, ref=state.reference.get(), now=now, asked=asked)
    return _json(body)


@router.get("/{handover_id}", response_model=HandoverOut)
def get_handover(handover_id: HandoverId, _reader: Reader, state: StateDep) -> Response:
    """The whole brief: figures, lists, outbox items, notes and signature."""
    with state.db.read() as session:
        body = handovers.view(handovers.get(session, handover_id))
    return _json(body)


@router.post("/{handover_id}/sign", response_model=HandoverOut)
def sign(
    handover_id: HandoverId, actor: OnDuty, state: StateDep, idempotency_key: Key = None
) -> Response:
    """The incoming officer signs the brief (409 once signed, 403 for its author); with a key,
    a retry replays the signature instead of meeting it."""
    key = idempotency.check_key(idempotency_key, required=False)
    fingerprint = idempotency.request_hash("POST", f"/handovers/{handover_id}/sign", {})
    return _write_once(
        state,
        actor,
        key,
        fingerprint,
        200,
        lambda session, now: handovers.view(
            handovers.sign(session, handover_id=handover_id, actor=actor, now=now)
        ),
    )


def _write_once(
    state: AppState,
    actor: Actor,
    key: str | None,
    fingerprint: str,
    status: int,
    work: Callable[[Session, datetime], dict[str, Any]],
) -> Response:
    """Run `work` once per key (`idempotency.write_once`) and answer with the brief it left."""
    outcome = idempotency.write_once(
        state.db,
        clock=state.clock,
        user_id=actor.user_id or 0,  # signed in, so never None (deps.get_actor)
        key=key,
        fingerprint=fingerprint,
        status=status,
        work=lambda session, now: orjson.dumps(work(session, now)),
    )
    if not outcome.replayed:
        state.hub.notify()
    return Response(
        outcome.body, status_code=outcome.status, media_type=JSON, headers=outcome.headers
    )


def _json(body: object) -> Response:
    return Response(orjson.dumps(body), media_type=JSON)

"""Case routes: list, summary, create, read with history, and lifecycle actions."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Depends, Header, Query
from fastapi.responses import Response, StreamingResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from server.deps import CurrentActor, StateDep
from server.models import Case, CaseAction, Escalation
from server.params import CaseId
from server.problems import Code, Problem
from server.schemas.case import ActionRequest, CaseCreate
from server.schemas.case_list import CaseFilterQuery, CaseListQuery
from server.schemas.case_out import CaseDetailOut, CaseOut, CasePageOut
from server.schemas.query import openapi_parameters, query_dependency
from server.services import case_query, cases, feed, idempotency
from server.services.case_entry import SNAPSHOT_FIELDS
from server.services.case_json import KEY_COLUMNS
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.views import (
    PHONE_VISIBLE_TO,
    action_view,
    attachment_view,
    case_view,
    iso,
)
from server.state import AppState

router = APIRouter(prefix="/api/v1/cases", tags=["cases"])

JSON = "application/json"
NDJSON = "application/x-ndjson"
PAGE_COLUMNS = (*KEY_COLUMNS, feed.HEAD_SEQ)
# The fields of a case line's arrays in the snapshot's rows form.
ROW_FIELDS = [*SNAPSHOT_FIELDS, "allowed_actions"]
# The snapshot's first line of cases is small, so that a console shows a first screenful at
# once; the others hold 500 cases: few lines for a hundred thousand cases, and each parsed
# by a client in a few milliseconds (a JSON parser holds Python's interpreter lock for a
# whole line, and the console's GUI thread waits for it meanwhile).
SNAPSHOT_FIRST_BATCH = 200
SNAPSHOT_BATCH = 500
# The answers are declared (`response_model`) for OpenAPI, and made here as orjson bytes:
# FastAPI neither validates nor serializes a `Response` a route returns. The snapshot's lines
# are described by hand: its case lines are arrays of CaseOut (or of case rows: form=rows).
CASE_OUT_REF = {"$ref": "#/components/schemas/CaseOut"}
SNAPSHOT_LINE = {
    "oneOf": [
        {
            "type": "object",
            "title": "first line",
            "properties": {
                "feed_seq": {"type": "integer"},
                "count": {"type": "integer"},
                "fields": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "form=rows only: the names of a case row's values, in order",
                },
            },
            "required": ["feed_seq", "count"],
            "additionalProperties": False,
        },
        {
            "type": "array",
            "title": "case line",
            "items": {"oneOf": [CASE_OUT_REF, {"type": "array", "title": "case row (form=rows)"}]},
            "minItems": 1,
        },
        {
            "type": "object",
            "title": "last line",
            "properties": {"end": {"const": True}, "count": {"type": "integer"}},
            "required": ["end", "count"],
            "additionalProperties": False,
        },
    ]
}


def _json(body: Any, status: int = 200) -> Response:
    return Response(orjson.dumps(body), status_code=status, media_type=JSON)


@router.get("", response_model=CasePageOut, openapi_extra=openapi_parameters(CaseListQuery))
def list_cases(
    actor: CurrentActor,
    state: StateDep,
    query: Annotated[CaseListQuery, Depends(query_dependency(CaseListQuery))],
) -> Response:
    """A page of cases; follow `next_cursor`, then the feed from `feed_seq`."""
    flt = _filter_of(query, actor)
    ref = state.reference.get()
    with state.db.snapshot() as connection:
        # The feed position comes with the page, from the same snapshot: following the feed
        # from it, a client misses nothing and gets nothing the page already showed.
        rows, next_cursor = case_query.page(
            connection,
            flt=flt,
            actor=actor,
            ref=ref,
            sort=query.sort,
            cursor=query.cursor,
            limit=query.limit,
            columns=PAGE_COLUMNS,
        )
        feed_seq = rows[0].feed_seq if rows else feed.head(connection)[0]
        items = state.case_json.page_json(connection, rows=rows, ref=ref, actor=actor)
    tail = orjson.dumps({"next_cursor": next_cursor, "feed_seq": feed_seq})
    return Response(b'{"items":[' + b",".join(items) + b"]," + tail[1:], media_type=JSON)


@router.get(
    "/snapshot",
    openapi_extra=openapi_parameters(CaseFilterQuery),
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "NDJSON: `{feed_seq, count}`, then arrays of cases (each a "
            "`CaseOut`, #/components/schemas/CaseOut, as list pages hold them) in the queue's "
            "order, then `{end: true, count}`; `itemSchema` describes one line",
            "content": {NDJSON: {"itemSchema": SNAPSHOT_LINE}},
        }
    },
)
def snapshot_cases(
    actor: CurrentActor,
    state: StateDep,
    query: Annotated[CaseFilterQuery, Depends(query_dependency(CaseFilterQuery))],
    form: Annotated[
        Literal["objects", "rows"],
        Query(
            description="objects: each case a CaseOut; rows: each case an array of its values "
            "in the order of the first line's `fields` (half the bytes)"
        ),
    ] = "objects",
) -> StreamingResponse:
    """Every matching case in one streamed answer, most urgent first; follow the feed from
    the first line's `feed_seq`. See docs/api-cases.md."""
    flt = _filter_of(query, actor)
    ref = state.reference.get()
    case_query.check_access(flt, actor)
    # Everything that can fail with a problem (unknown codes among them) fails here, before
    # the answer starts.
    stmt = case_query.queue_statement(flt, actor=actor, ref=ref, columns=PAGE_COLUMNS)
    with state.db.snapshot() as connection:
        # The feed position comes with the keys, from the same statement (as with a page).
        # With no case to read it from, the one read before: on PostgreSQL, where each
        # statement reads its own snapshot, it is at worst older (events replayed, none lost).
        head = feed.head(connection)[0]
        keys = connection.execute(stmt, flt.params()).all()
    feed_seq = keys[0].feed_seq if keys else head
    lines = _snapshot_lines(state, ref, actor, keys, feed_seq, as_rows=form == "rows")
    return StreamingResponse(lines, media_type=NDJSON)


def _snapshot_lines(
    state: AppState,
    ref: ReferenceData,
    actor: Actor,
    keys: Sequence[Any],
    feed_seq: int,
    *,
    as_rows: bool,
) -> Iterator[bytes]:
    """The snapshot's lines. Each step may run on another thread of the pool, so each batch
    of cases is read in its own short snapshot (only if some are not in the cache); a case
    read then may be newer than its key (it is what it is now), and one gone meanwhile is
    left out, hence the count of the last line."""
    head: dict[str, Any] = {"feed_seq": feed_seq, "count": len(keys)}
    if as_rows:
        head["fields"] = ROW_FIELDS
    yield orjson.dumps(head) + b"\n"
    sent = 0
    start, size = 0, SNAPSHOT_FIRST_BATCH
    while start < len(keys):
        batch = keys[start : start + size]
        start, size = start + size, SNAPSHOT_BATCH
        items = state.case_json.page_json(
            state.db.snapshot, rows=batch, ref=ref, actor=actor, as_rows=as_rows
        )
        if items:
            sent += len(items)
            yield b"[" + b",".join(items) + b"]\n"
    yield orjson.dumps({"end": True, "count": sent}) + b"\n"


@router.get("/summary")
def summary(
    actor: CurrentActor, state: StateDep, drill: Annotated[bool, Query()] = False
) -> dict[str, Any]:
    """Open cases by color and by state."""
    with state.db.read() as session:
        return case_query.summary(session, actor, _drill_for(actor, drill))


@router.post("", status_code=201, response_model=CaseOut)
def create_case(
    body: CaseCreate,
    actor: CurrentActor,
    state: StateDep,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
) -> Response:
    """Report a new case; it starts `reported` with its accept clock running."""
    key = idempotency.check_key(idempotency_key, required=False)
    fingerprint = idempotency.request_hash("POST", "/cases", body.model_dump(mode="json"))
    return _write_once(
        state,
        actor,
        key,
        fingerprint,
        201,
        lambda session, now: cases.create_case(
            session, data=body, actor=actor, ref=state.reference.get(), sla=state.sla, now=now
        ),
    )


@router.get("/{case_id}", response_model=CaseDetailOut)
def get_case(case_id: CaseId, actor: CurrentActor, state: StateDep) -> Response:
    """The case with its full history, attachments, escalations and routing suggestion."""
    ref = state.reference.get()
    with state.db.read() as session:
        case = cases.get_visible(session, case_id, actor)
        body = case_view(case, ref, actor)
        if actor.role in PHONE_VISIBLE_TO:
            body["reporter_phone"] = case.reporter_phone
        history = session.scalars(
            select(CaseAction).where(CaseAction.case_id == case.id).order_by(CaseAction.id)
        )
        body["history"] = [action_view(entry) for entry in history]
        body["attachments"] = [attachment_view(a) for a in cases.attachments_of(session, case)]
        body["escalations"] = [
            {"kind": e.kind, "step": e.step, "status": e.status, "at": iso(e.created_at)}
            for e in session.scalars(
                select(Escalation).where(Escalation.case_id == case.id).order_by(Escalation.id)
            )
        ]
        suggested = ref.departments[ref.categories[case.category_id].department_id]
        body["suggested_department"] = suggested.code
        body["suggested_department_name"] = suggested.name
    return _json(body)


@router.post("/{case_id}/actions", response_model=CaseOut)
def act(
    case_id: CaseId,
    body: ActionRequest,
    actor: CurrentActor,
    state: StateDep,
    idempotency_key: Annotated[str, Header(max_length=200, description="a fresh UUID per action")],
    if_match: Annotated[str | None, Header(max_length=40)] = None,
) -> Response:
    """Take a lifecycle action on the case version you saw (409 if it has moved on)."""
    key = idempotency.check_key(idempotency_key, required=True)
    version = _version(body.version, if_match)
    fingerprint = idempotency.request_hash(
        "POST", f"/cases/{case_id}/actions", {**body.model_dump(mode="json"), "version": version}
    )
    return _write_once(
        state,
        actor,
        key,
        fingerprint,
        200,
        lambda session, now: cases.apply_action(
            session,
            case_id=case_id,
            request=body,
            version=version,
            actor=actor,
            ref=state.reference.get(),
            sla=state.sla,
            now=now,
        ),
    )


def _write_once(
    state: AppState,
    actor: Actor,
    key: str | None,
    fingerprint: str,
    status: int,
    work: Callable[[Session, datetime], Case],
) -> Response:
    """Run `work` once per key (`idempotency.write_once`) and answer with the case it left."""
    ref = state.reference.get()
    outcome = idempotency.write_once(
        state.db,
        clock=state.clock,
        user_id=actor.user_id or 0,  # signed in, so never None (deps.get_actor)
        key=key,
        fingerprint=fingerprint,
        status=status,
        work=lambda session, now: orjson.dumps(case_view(work(session, now), ref, actor)),
    )
    if not outcome.replayed:
        state.hub.notify()
    return Response(
        outcome.body, status_code=outcome.status, media_type=JSON, headers=outcome.headers
    )


def _version(body_version: int | None, if_match: str | None) -> int:
    header_version = None
    if if_match is not None:
        match = re.fullmatch(r'\s*(?:W/)?"?([0-9]{1,9})"?\s*', if_match)
        if match is None:
            raise Problem(
                400,
                "Invalid If-Match",
                'If-Match must be the case version, e.g. "3".',
                code=Code.INVALID_IF_MATCH,
                kind="invalid-if-match",
            )
        header_version = int(match.group(1))
    if body_version is not None and header_version is not None and body_version != header_version:
        raise Problem(
            422,
            "Invalid request",
            "version and If-Match disagree; send one of them",
            code=Code.INVALID,
            kind="invalid",
        )
    version = body_version if body_version is not None else header_version
    if version is None:
        raise Problem(
            428,
            "Version required",
            "Send the case version you acted on, as `version` or an If-Match header, so that "
            "a change made meanwhile by someone else is not overwritten.",
            code=Code.VERSION_REQUIRED,
            kind="version-required",
        )
    return version


def _filter_of(query: CaseFilterQuery, actor: Actor) -> case_query.CaseFilter:
    return case_query.CaseFilter(
        state=query.state,
        color=query.color,
        channel=query.channel,
        category=query.category,
        street=query.street,
        department=query.department,
        escalation=query.escalation,
        open_only=query.open,
        drill=_drill_for(actor, query.drill),
        q=query.q.strip(),
        phone=query.phone,
        closed_since=query.closed_since,
    )


def _drill_for(actor: Actor, drill: bool) -> bool:
    """Trainers see drill data only; anyone else asking for it is refused."""
    if actor.role == "trainer":
        return True
    if drill:
        raise Problem(
            403,
            "Forbidden",
            "Drill cases are for trainers only.",
            code=Code.FORBIDDEN_ROLE,
            kind="forbidden",
        )
    return False

"""River patrols (巡河), the rivers with their chiefs, and river statistics for the charts."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Header, Path, Query, Request
from fastapi.responses import Response
from pydantic import AwareDatetime
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from server.deps import CurrentActor, Now, StateDep
from server.models import Case, Patrol, PatrolProblem, River, RiverSegment
from server.problems import Code, Problem, not_found
from server.schemas import MAX_INT
from server.schemas.intake import PatrolCreate
from server.schemas.patrol_out import PatrolDetailOut
from server.services import cases, field_roles, idempotency, patrols
from server.services.attachments import PhotoStore
from server.services.case_intake import reporting_actor
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.views import attachment_view, case_view
from server.uploads import (
    Upload,
    check_photos,
    fingerprint_of,
    multipart_body,
    parse_fields,
    read_upload,
    write_with_photos,
)

router = APIRouter(prefix="/api/v1", tags=["rivers"])

PATROL_BODY = multipart_body(
    {"patrol": {"type": "string", "description": "the patrol record as JSON"}}, "photos", many=True
)
PATROL_BODY["requestBody"]["required"] = True
PATROL_BODY["requestBody"]["content"]["application/json"] = {"schema": {"type": "object"}}
PATROL_BODY["requestBody"]["content"]["multipart/form-data"]["schema"]["required"] = ["patrol"]


async def _read_patrol(request: Request, max_bytes: int, max_files: int) -> tuple[Any, Upload]:
    """The patrol record (still unvalidated JSON) and the uploaded photos, if any."""
    content_type = request.headers.get("content-type", "").lower()
    if content_type.startswith("application/json"):
        raw: str | bytes = await request.body()
        upload = Upload()
    elif content_type.startswith("multipart/form-data"):
        upload = await read_upload(request, max_bytes, files_field="photos", max_files=max_files)
        unknown = sorted(set(upload.fields) - {"patrol"})
        if unknown:
            raise Problem(
                422,
                "Invalid request",
                f"unknown field '{unknown[0]}'",
                code=Code.INVALID,
                kind="invalid",
            )
        sent = upload.one("patrol")
        if sent is None:
            raise Problem(
                422,
                "Invalid request",
                "Send the patrol record as JSON in the form field 'patrol'.",
                code=Code.INVALID,
                kind="invalid",
            )
        raw = sent
    else:
        raise Problem(
            415,
            "Unsupported content type",
            "Send the patrol as application/json, or as multipart/form-data with the record "
            "(JSON) in the field 'patrol' and the photos as files named 'photos'.",
            code=Code.UNSUPPORTED_MEDIA_TYPE,
            kind="unsupported-media-type",
        )
    try:
        return orjson.loads(raw), upload
    except orjson.JSONDecodeError as exc:
        raise Problem(
            400, "Malformed JSON", f"The patrol record is not valid JSON ({exc}).",
            code=Code.MALFORMED_JSON, kind="malformed-json",
        ) from exc  # fmt: skip


@router.post("/patrols", status_code=201, response_model=PatrolDetailOut, openapi_extra=PATROL_BODY)
async def create_patrol(
    request: Request,
    actor: CurrentActor,
    state: StateDep,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
) -> Response:
    """Record a patrol; each problem found becomes a `river_patrol` case with its photos.

    The record: patroller, river (code or name), segment, started_at, ended_at, track
    [[lat, lon, time], …], reported_km, debris_tons, note, problems [{category, description,
    lat, lon, photos: [indexes into the uploaded photos]}]. All of it is kept, or nothing.
    """
    river_chief = actor.role == "river_chief"
    creator = field_roles.case_creator(actor) if river_chief else reporting_actor(actor)
    key = idempotency.check_key(idempotency_key, required=False)
    settings = state.settings
    record, upload = await _read_patrol(
        request, settings.upload_max_bytes, settings.upload_max_files
    )
    if not isinstance(record, dict):
        raise Problem(422, "Invalid request", "The patrol record must be a JSON object.",
                      code=Code.INVALID, kind="invalid")  # fmt: skip
    data = parse_fields(PatrolCreate, record)
    patrols.check_photo_references(data, len(upload.files))

    photos = await state.photo_checks.run(lambda: check_photos(upload, state, files_field="photos"))

    def submit() -> Response:
        fingerprint = fingerprint_of("/patrols", data.model_dump(mode="json"), photos)
        staging = PhotoStore.of(settings).stage(photos)
        ref = state.reference.get()

        def work(session: Session, now: datetime) -> dict[str, Any]:
            field_roles.check_patrol_segment(session, actor, data.segment)
            patrol, _ = patrols.create_patrol(
                session,
                data=data,
                staged=staging.items,
                creator=creator,
                ref=ref,
                sla=state.sla,
                now=now,
            )
            return _detail(session, patrol, ref, actor)

        return write_with_photos(state, actor, key, fingerprint, 201, staging, work)

    return await run_in_threadpool(submit)


@router.get("/patrols")
def list_patrols(
    actor: CurrentActor,
    state: StateDep,
    river: Annotated[str | None, Query(max_length=80, description="river code or name")] = None,
    since: Annotated[AwareDatetime | None, Query(description="started at or after")] = None,
    until: Annotated[AwareDatetime | None, Query(description="started before")] = None,
    cursor: Annotated[int | None, Query(ge=1, le=MAX_INT, description="next_cursor")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> dict[str, Any]:
    """Patrols, newest first (without their tracks); follow `next_cursor`. A river chief
    gets the patrols of their own segments only."""
    with state.db.read() as session:
        if actor.role == "river_chief":
            items, next_cursor = field_roles.segment_patrols(
                session, actor, river=river, since=since, until=until, cursor=cursor, limit=limit
            )
        else:
            items, next_cursor = patrols.list_patrols(
                session, river=river, since=since, until=until, cursor=cursor, limit=limit
            )
    return {"items": items, "next_cursor": next_cursor}


@router.get("/patrols/{patrol_id}", response_model=PatrolDetailOut)
def get_patrol(
    patrol_id: Annotated[int, Path(ge=1, le=MAX_INT)], actor: CurrentActor, state: StateDep
) -> Response:
    """A patrol with its track and its problems' cases (as far as the caller may see them)."""
    ref = state.reference.get()
    with state.db.read() as session:
        patrol = session.get(Patrol, patrol_id)
        if patrol is None or not field_roles.patrol_visible(session, actor, patrol):
            raise not_found(f"Patrol {patrol_id}")
        body = _detail(session, patrol, ref, actor)
    return Response(orjson.dumps(body), media_type="application/json")


def _detail(session: Session, patrol: Patrol, ref: ReferenceData, actor: Actor) -> dict[str, Any]:
    river = session.get(River, patrol.river_id)
    assert river is not None  # a foreign key
    segment = session.get(RiverSegment, patrol.segment_id) if patrol.segment_id else None
    found = list(
        session.execute(
            select(PatrolProblem, Case)
            .join(Case, Case.id == PatrolProblem.case_id)
            .where(PatrolProblem.patrol_id == patrol.id)
            .order_by(PatrolProblem.id)
        )
    )
    problems = []
    for problem, case in found:
        shown = cases.visible(case, actor)
        problems.append(
            {
                "kind": problem.kind,
                "label": patrols.PROBLEM_LABELS.get(problem.kind, problem.kind),
                "case_id": case.id,
                "case": case_view(case, ref, actor) if shown else None,
                "attachments": [attachment_view(a) for a in cases.attachments_of(session, case)]
                if shown
                else [],
            }
        )
    return {
        **patrols.patrol_summary(patrol, river=river, segment=segment, problems=len(problems)),
        "track": patrol.track,
        "problem_cases": problems,
    }


@router.get("/rivers")
def rivers(_actor: CurrentActor, state: StateDep) -> dict[str, Any]:
    """Rivers with their river chief (河长) and segments with their segment chiefs (段长)."""
    with state.db.read() as session:
        return {"items": patrols.rivers_view(session, state.reference.get())}


@router.get("/river-stats")
def river_stats(
    _actor: CurrentActor,
    state: StateDep,
    now: Now,
    weeks: Annotated[int, Query(ge=1, le=52, description="weeks back, this one included")] = 8,
) -> dict[str, Any]:
    """Per river and week: patrols, km patrolled, problems found and resolved, debris tons."""
    with state.db.read() as session:
        return patrols.river_stats(session, weeks, now)

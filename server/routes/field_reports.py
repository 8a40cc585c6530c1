"""Field reports: grid members and river chiefs report a matter with its photos, as one case."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from server.deps import CurrentActor, StateDep
from server.map.areas import current_areas
from server.params import CaseId
from server.problems import Code, Problem, not_found
from server.schemas import MAX_INT
from server.schemas.case_out import CaseWithAttachmentsOut
from server.schemas.intake import FieldReport
from server.services import cases, field_roles, idempotency
from server.services.attachments import PhotoStore, add_rows
from server.services.case_intake import reporting_actor
from server.services.lifecycle import Actor
from server.services.patrols import locate_street
from server.services.refdata import ReferenceData
from server.services.views import attachment_view, case_view
from server.state import AppState
from server.uploads import (
    check_photos,
    fingerprint_of,
    multipart_body,
    parse_fields,
    read_upload,
    write_with_photos,
)

router = APIRouter(prefix="/api/v1", tags=["intake"])

FORM_FIELDS = {
    name: {"type": "number" if name in ("lat", "lon") else "string"}
    for name in FieldReport.model_fields
}


@router.post(
    "/field-reports",
    status_code=201,
    response_model=CaseWithAttachmentsOut,  # documented; the JSON is made by write_with_photos
    openapi_extra=multipart_body(FORM_FIELDS, "photos", many=True),
)
async def create_field_report(
    request: Request,
    actor: CurrentActor,
    state: StateDep,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
) -> Response:
    """A report with 1–6 JPEG/PNG photos (multipart): the case and its photos, all or nothing.

    Fields as in POST /api/v1/cases (channel `grid` or `river_patrol`), photos as files named
    `photos`. The street is taken from `street`, else the address, else the nearest street
    to lat/lon. The reporter is the one named in the form (the signed-in account otherwise).
    A grid member reports from their own grid only (channel `grid`; the grid, its community
    and street are the account's).
    """
    grid_member = actor.role == "grid_member"
    creator = field_roles.case_creator(actor) if grid_member else reporting_actor(actor)
    key = idempotency.check_key(idempotency_key, required=False)
    settings = state.settings
    upload = await read_upload(
        request,
        settings.upload_max_bytes,
        files_field="photos",
        max_files=settings.upload_max_files,
    )
    report = parse_fields(FieldReport, upload.single_values())
    if not upload.files:
        raise Problem(
            422,
            "Photo required",
            "A field report needs at least one photo: send it as a file named 'photos'.",
            code=Code.INVALID,
            kind="invalid",
        )

    photos = await state.photo_checks.run(lambda: check_photos(upload, state, files_field="photos"))

    def submit() -> Response:
        ref = state.reference.get()
        sent = _in_own_grid(state, actor, ref, report) if grid_member else report
        with state.db.read() as session:
            areas = current_areas(session)
        street = sent.street or locate_street(
            ref, address=sent.address, lat=sent.lat, lon=sent.lon, areas=areas
        )
        data = sent.to_case(street, actor.name)
        fingerprint = fingerprint_of("/field-reports", report.model_dump(mode="json"), photos)
        staging = PhotoStore.of(settings).stage(photos)

        def work(session: Session, now: datetime) -> dict[str, Any]:
            case = cases.create_case(
                session, data=data, actor=creator, ref=ref, sla=state.sla, now=now
            )
            rows = add_rows(
                session,
                case=case,
                staged=staging.items,
                created_by=data.reporter_name or actor.name,
                now=now,
            )
            return {
                **case_view(case, ref, actor),
                "attachments": [attachment_view(r) for r in rows],
            }

        return write_with_photos(state, actor, key, fingerprint, 201, staging, work)

    return await run_in_threadpool(submit)


def _in_own_grid(
    state: AppState, actor: Actor, ref: ReferenceData, report: FieldReport
) -> FieldReport:
    """A grid member's report placed in their grid (403 for another grid or channel)."""
    with state.db.read() as session:
        grid = field_roles.grid_of(session, actor, ref)
    if report.channel != "grid":
        raise field_roles.forbidden("A grid member reports on the channel 'grid' only.")
    if report.grid is not None and report.grid != grid.code:
        raise field_roles.forbidden(
            f"You report from your grid {grid.code}; '{report.grid}' is not yours."
        )
    community = ref.communities[grid.community_id]
    street = ref.streets[community.street_id]
    return report.model_copy(
        update={"grid": grid.code, "community": community.name, "street": street.code}
    )


@router.get("/field-reports")
def my_reports(
    actor: CurrentActor,
    state: StateDep,
    cursor: Annotated[int | None, Query(ge=1, le=MAX_INT, description="next_cursor")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> dict[str, Any]:
    """The cases the signed-in account reported itself, newest first, with their states
    (a grid member follows their reports here); follow `next_cursor`."""
    ref = state.reference.get()
    with state.db.read() as session:
        found, next_cursor = field_roles.reported_cases(session, actor, cursor=cursor, limit=limit)
        items = [case_view(case, ref, actor) for case in found]
    return {"items": items, "next_cursor": next_cursor}


@router.get("/field-reports/{case_id}", response_model=CaseWithAttachmentsOut)
def my_report(case_id: CaseId, actor: CurrentActor, state: StateDep) -> Response:
    """One case the signed-in account reported, with its photos (404 for any other)."""
    ref = state.reference.get()
    with state.db.read() as session:
        case = field_roles.reported_by(session, actor, case_id)
        if case is None:
            raise not_found(f"Case {case_id}")
        body = {
            **case_view(case, ref, actor),
            "attachments": [attachment_view(a) for a in cases.attachments_of(session, case)],
        }
    return Response(orjson.dumps(body), media_type="application/json")

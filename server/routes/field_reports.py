"""Field reports: grid members and river chiefs report a matter with its photos, as one case."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from server.deps import CurrentActor, StateDep
from server.problems import Code, Problem
from server.schemas.case_out import CaseWithAttachmentsOut
from server.schemas.intake import FieldReport
from server.services import cases, idempotency
from server.services.attachments import PhotoStore, add_rows
from server.services.case_intake import reporting_actor
from server.services.patrols import locate_street
from server.services.views import attachment_view, case_view
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
    """
    creator = reporting_actor(actor)
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
        street = report.street or locate_street(
            ref, address=report.address, lat=report.lat, lon=report.lon
        )
        data = report.to_case(street, actor.name)
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

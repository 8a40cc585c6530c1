"""Attachments: fetch a photo or its thumbnail, add evidence to a case.

Field accounts read (never add) the photos of what is theirs: a river chief his patrols'
problems, a grid member his reports (field_roles.photos_readable), a team lead his team's
requests' photos and their thumbnails (the volunteer routes); 404 for any other."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path as FilePath
from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Request
from fastapi.responses import FileResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from server.deps import CurrentActor, StateDep
from server.models import Attachment, Case, ServiceRequestPhoto
from server.models.field import FIELD_ROLES
from server.params import CaseId
from server.problems import Code, Problem, not_found
from server.schemas import MAX_INT
from server.schemas.case_out import CaseWithAttachmentsOut
from server.schemas.intake import EvidenceForm
from server.services import cases, field_roles, idempotency, volunteers
from server.services.attachments import PhotoStore, attach
from server.services.lifecycle import Actor
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

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1", tags=["attachments"])

AttachmentId = Annotated[int, Path(ge=1, le=MAX_INT, description="the attachment id")]


def _visible_attachment(state: AppState, attachment_id: int, actor: Actor) -> Attachment:
    with state.db.read() as session:
        row = session.get(Attachment, attachment_id)
        case = session.get(Case, row.case_id) if row is not None else None
        if row is None or case is None or not cases.visible(case, actor):
            raise not_found(f"Attachment {attachment_id}")
        if actor.role in FIELD_ROLES and not field_roles.photos_readable(session, actor, case):
            raise not_found(f"Attachment {attachment_id}")
        session.expunge(row)  # the read session's rollback would expire it
        return row


def _file_response(path: FilePath, content_type: str, filename: str) -> FileResponse:
    return FileResponse(
        path,
        media_type=content_type,
        filename=filename,
        content_disposition_type="inline",
        headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "private, max-age=86400"},
    )


@router.get("/attachments/{attachment_id}", response_class=Response)
def get_attachment(attachment_id: AttachmentId, actor: CurrentActor, state: StateDep) -> Response:
    """The photo itself (for whoever may see its case), shown inline."""
    row = _visible_attachment(state, attachment_id, actor)
    try:
        path = PhotoStore.of(state.settings).find(row.storage_key)
    except ValueError:
        path = None
    if path is None:
        log.error("attachment %s: file %s is missing", row.id, row.storage_key)
        raise Problem(
            404,
            "File missing",
            f"The file of attachment {attachment_id} is missing on the server; tell the "
            "administrator.",
            code=Code.FILE_MISSING,
            kind="file-missing",
        )
    return _file_response(path, row.content_type, row.filename)


@router.get("/attachments/{attachment_id}/thumbnail", response_class=Response)
def get_thumbnail(attachment_id: AttachmentId, actor: CurrentActor, state: StateDep) -> Response:
    """A JPEG or PNG of at most 240 px per side."""
    row = _visible_attachment(state, attachment_id, actor)
    return _thumbnail(
        state,
        row.storage_key,
        row.filename,
        f"Attachment {attachment_id}",
        f"/api/v1/attachments/{attachment_id}",
    )


@router.get(
    "/volunteers/requests/{request_id}/photos/{photo_id}/thumbnail", response_class=Response
)
def get_service_thumbnail(
    request_id: Annotated[int, Path(ge=1, le=MAX_INT, description="the request id")],
    photo_id: Annotated[int, Path(ge=1, le=MAX_INT, description="the photo id")],
    actor: CurrentActor,
    state: StateDep,
) -> Response:
    """The thumbnail of a photo of a service done (for whoever may see the request: a team
    lead, only while it is the team's), at most 240 px per side."""
    with state.db.read() as session:
        volunteers.get_visible(session, request_id, actor)
        row = session.scalar(
            select(ServiceRequestPhoto).where(
                ServiceRequestPhoto.id == photo_id, ServiceRequestPhoto.request_id == request_id
            )
        )
    if row is None:
        raise not_found(f"Photo {photo_id} of service request {request_id}")
    return _thumbnail(
        state,
        row.storage_key,
        row.filename,
        f"Photo {photo_id}",
        f"/api/v1/volunteers/requests/{request_id}/photos/{photo_id}",
    )


def _thumbnail(state: AppState, key: str, filename: str, what: str, full: str) -> Response:
    try:
        found = PhotoStore.of(state.settings).thumbnail(key)
    except ValueError:
        found = None
    if found is None:
        raise Problem(
            404,
            "No thumbnail",
            f"{what} has no thumbnail (the server had no image library when it arrived); "
            f"fetch the photo itself at {full}.",
            code=Code.NO_THUMBNAIL,
            kind="no-thumbnail",
        )
    path, content_type = found
    stem = filename.rsplit(".", 1)[0]
    return _file_response(path, content_type, f"{stem}-thumbnail.{path.suffix.lstrip('.')}")


@router.post(
    "/cases/{case_id}/attachments",
    status_code=201,
    response_model=CaseWithAttachmentsOut,  # documented; the JSON is made by write_with_photos
    openapi_extra=multipart_body(
        {"caption": {"type": "string", "maxLength": 200}}, "photo", many=False
    ),
)
async def add_attachment(
    case_id: CaseId,
    request: Request,
    actor: CurrentActor,
    state: StateDep,
    idempotency_key: Annotated[str, Header(max_length=200, description="a fresh UUID per upload")],
) -> Response:
    """Keep a photo (e.g. a video frame) as evidence on a case: audited and in the feed."""
    key = idempotency.check_key(idempotency_key, required=True)
    settings = state.settings
    upload = await read_upload(request, settings.upload_max_bytes, files_field="photo", max_files=1)
    caption = parse_fields(EvidenceForm, upload.single_values()).caption
    if not upload.files:
        raise Problem(
            422,
            "Photo required",
            "Send the photo as the file 'photo'.",
            code=Code.INVALID,
            kind="invalid",
        )

    photos = await state.photo_checks.run(
        lambda: check_photos(upload, state, files_field="photo", captions=[caption])
    )

    def submit() -> Response:
        fingerprint = fingerprint_of(f"/cases/{case_id}/attachments", {}, photos)
        staging = PhotoStore.of(settings).stage(photos)
        ref = state.reference.get()

        def work(session: Session, now: datetime) -> dict[str, Any]:
            case, rows = attach(
                session, case_id=case_id, staged=staging.items, actor=actor, ref=ref, now=now
            )
            return {
                **case_view(case, ref, actor),
                "attachments": [attachment_view(r) for r in rows],
            }

        return write_with_photos(state, actor, key, fingerprint, 201, staging, work)

    return await run_in_threadpool(submit)

"""Attachments: fetch a photo or its thumbnail, add evidence to a case; multipart helpers."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path as FilePath
from typing import Annotated, Any, TypeVar

import orjson
from fastapi import APIRouter, Header, Path, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, Response
from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from server.deps import AppState, CurrentActor, StateDep
from server.models import Attachment, Case
from server.problems import Code, Problem, not_found
from server.routes.cases import CaseId
from server.schemas import MAX_INT
from server.schemas.intake import EvidenceForm
from server.services import cases, idempotency
from server.services.attachments import Photo, PhotoStore, Staging, attach, check_photo
from server.services.lifecycle import Actor
from server.services.views import attachment_view, case_view

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1", tags=["attachments"])

JSON = "application/json"
MAX_FIELDS = 60
MAX_PART_BYTES = 1_000_000
# Files beyond the limit are still counted (up to this many more) to say how many came.
EXTRA_FILES = 10
AttachmentId = Annotated[int, Path(ge=1, le=MAX_INT, description="the attachment id")]
M = TypeVar("M", bound=BaseModel)


def multipart_body(fields: dict[str, Any], files: str, *, many: bool) -> dict[str, Any]:
    """The OpenAPI description of a multipart body with these fields and photo files."""
    binary = {"type": "string", "format": "binary"}
    properties = {**fields, files: {"type": "array", "items": binary} if many else binary}
    schema = {"type": "object", "properties": properties, "required": [files]}
    return {
        "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": schema}}}
    }


@dataclass
class Upload:
    """The text fields and files of a multipart request."""

    fields: dict[str, list[str]] = field(default_factory=dict)
    files: list[tuple[str, bytes]] = field(default_factory=list)

    def one(self, name: str) -> str | None:
        """The single value of a text field (422 if it was sent twice)."""
        values = self.fields.get(name, [])
        if len(values) > 1:
            raise Problem(
                422,
                "Invalid request",
                f"send the field '{name}' once",
                code=Code.INVALID,
                kind="invalid",
            )
        return values[0] if values else None

    def single_values(self) -> dict[str, str]:
        """Every text field with its one value (422 for a field sent twice)."""
        return {name: self.one(name) or "" for name in self.fields}


def parse_fields(model: type[M], fields: dict[str, Any]) -> M:
    """Validate form fields like a JSON body (empty fields count as not sent): 422 on errors."""
    try:
        return model.model_validate({k: v for k, v in fields.items() if v != ""})
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_context=False, include_input=False)
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in errors]) from exc


async def read_upload(
    request: Request, max_bytes: int, *, files_field: str, max_files: int
) -> Upload:
    """Read a multipart form: text fields and at most `max_files` files under `files_field`."""
    content_type = request.headers.get("content-type", "").lower()
    if not content_type.startswith("multipart/form-data"):
        raise Problem(
            415,
            "Multipart form required",
            f"Send multipart/form-data: the fields as form fields, the photos as files named "
            f"'{files_field}'.",
            code=Code.UNSUPPORTED_MEDIA_TYPE,
            kind="unsupported-media-type",
        )
    try:
        form = await request.form(
            max_files=max_files + EXTRA_FILES, max_fields=MAX_FIELDS, max_part_size=MAX_PART_BYTES
        )
    except HTTPException as exc:
        if exc.status_code == 413:
            raise  # the body limit: BodyLimitMiddleware answers it
        # Starlette's refusal of a malformed or oversized form, said as a problem.
        too_many = "Too many" in str(exc.detail)
        raise Problem(
            422 if too_many else 400,
            "Invalid multipart form",
            f"The form could not be read: {exc.detail}",
            code=Code.TOO_MANY_PARTS if too_many else Code.MALFORMED_BODY,
            kind="invalid-multipart",
        ) from exc
    try:
        upload = Upload()
        sent: list[UploadFile] = []
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                if name != files_field:
                    raise Problem(
                        422,
                        "Invalid request",
                        f"unexpected file field '{name}': send photos as '{files_field}'",
                        code=Code.INVALID,
                        kind="invalid",
                    )
                sent.append(value)
            elif name == files_field:
                raise Problem(
                    422,
                    "Photo sent as text",
                    f"'{files_field}' came as a text field: send each photo as a file, with "
                    "its file name.",
                    code=Code.INVALID_UPLOAD,
                    kind="bad-upload",
                )
            else:
                upload.fields.setdefault(name, []).append(value)
        if len(sent) > max_files:
            raise Problem(
                422,
                "Too many photos",
                f"{len(sent)} photos were sent; at most {max_files} are accepted at once.",
                code=Code.INVALID_UPLOAD,
                kind="bad-upload",
            )
        for file in sent:
            # One byte over the limit is enough to refuse; the rest is never read.
            data = await file.read(max_bytes + 1)
            upload.files.append((file.filename or "", data))
            if len(data) > max_bytes:
                break
        return upload
    finally:
        await form.close()


def check_photos(
    upload: Upload, state: AppState, *, files_field: str, captions: list[str] | None = None
) -> list[Photo]:
    """Every file checked by content (CPU work: call it from a worker thread)."""
    many = files_field.endswith("s")
    return [
        check_photo(
            data,
            name,
            (captions or [])[i] if i < len(captions or []) else "",
            f"{files_field}[{i}]" if many else files_field,
            state.settings,
        )
        for i, (name, data) in enumerate(upload.files)
    ]


def write_with_photos(
    state: AppState,
    actor: Actor,
    key: str | None,
    fingerprint: str,
    status: int,
    staging: Staging,
    work: Callable[[Session, datetime], dict[str, Any]],
) -> Response:
    """Run `work` once per key (`idempotency.write_once`); the staged photos move in only if
    this request's transaction commits, and a replay keeps none of them."""
    try:
        outcome = idempotency.write_once(
            state.db,
            clock=state.clock,
            user_id=actor.user_id or 0,  # signed in, so never None (deps.get_actor)
            key=key,
            fingerprint=fingerprint,
            status=status,
            work=lambda session, now: orjson.dumps(work(session, now)),
        )
    except BaseException:
        staging.discard()
        raise
    if outcome.replayed:
        staging.discard()
    else:
        staging.commit()
        state.hub.notify()
    return Response(
        outcome.body, status_code=outcome.status, media_type=JSON, headers=outcome.headers
    )


def fingerprint_of(path: str, fields: dict[str, Any], photos: list[Photo]) -> str:
    """The request's fingerprint for idempotency: its fields and its photos' contents."""
    shown = [{"sha256": p.sha256, "filename": p.filename, "caption": p.caption} for p in photos]
    return idempotency.request_hash("POST", path, {**fields, "photos": shown})


def _visible_attachment(state: AppState, attachment_id: int, actor: Actor) -> Attachment:
    with state.db.read() as session:
        row = session.get(Attachment, attachment_id)
        case = session.get(Case, row.case_id) if row is not None else None
        if row is None or case is None or not cases.visible(case, actor):
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
    try:
        found = PhotoStore.of(state.settings).thumbnail(row.storage_key)
    except ValueError:
        found = None
    if found is None:
        raise Problem(
            404,
            "No thumbnail",
            f"Attachment {attachment_id} has no thumbnail (the server had no image library "
            f"when it arrived); fetch the photo itself at /api/v1/attachments/{attachment_id}.",
            code=Code.NO_THUMBNAIL,
            kind="no-thumbnail",
        )
    path, content_type = found
    stem = row.filename.rsplit(".", 1)[0]
    return _file_response(path, content_type, f"{stem}-thumbnail.{path.suffix.lstrip('.')}")


@router.post(
    "/cases/{case_id}/attachments",
    status_code=201,
    response_class=Response,
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

    def submit() -> Response:
        photos = check_photos(upload, state, files_field="photo", captions=[caption])
        fingerprint = fingerprint_of(f"/cases/{case_id}/attachments", {}, photos)
        staging = PhotoStore.of(settings).stage(photos)
        ref = state.reference.get()

        def work(session: Session, now: datetime) -> dict[str, Any]:
            case, rows = attach(session, case_id, staging.items, actor, ref, now)
            return {
                **case_view(case, ref, actor),
                "attachments": [attachment_view(r) for r in rows],
            }

        return write_with_photos(state, actor, key, fingerprint, 201, staging, work)

    return await run_in_threadpool(submit)

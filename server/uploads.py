"""Multipart uploads as the routes read them: the form's fields and photo files, checked,
validated like a JSON body, and written once per Idempotency-Key with their photos.

Shared by the routes that take photos (attachments, field reports, patrols) and sheets
(server/sheets.py); the HTTP edge, like the routes: it reads requests and writes responses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

import orjson
from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import Session
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from server.problems import Code, Problem
from server.services import idempotency
from server.services.attachments import Photo, Staging, check_photo
from server.services.lifecycle import Actor
from server.state import AppState

JSON = "application/json"
MAX_FIELDS = 60
MAX_PART_BYTES = 1_000_000
# Files beyond the limit are still counted (up to this many more) to say how many came.
EXTRA_FILES = 10
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
            raw_name=name,
            caption=(captions or [])[i] if i < len(captions or []) else "",
            field=f"{files_field}[{i}]" if many else files_field,
            settings=state.settings,
            budget=state.decoding,
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

"""A small table uploaded by an administrator: the raw CSV body or one multipart file."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from server.problems import Code, Problem
from server.uploads import read_upload

SHEET_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "text/csv": {"schema": {"type": "string"}},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"file": {"type": "string", "format": "binary"}},
                    "required": ["file"],
                }
            },
        },
    }
}
RAW_TYPES = ("text/csv", "application/csv", "text/plain", "application/vnd.ms-excel",
             "application/octet-stream")  # fmt: skip


async def read_sheet(request: Request, max_bytes: int) -> bytes:
    """The file's bytes: the raw body, or the multipart file `file`."""
    content_type = request.headers.get("content-type", "").lower()
    if content_type.startswith("multipart/form-data"):
        upload = await read_upload(request, max_bytes, files_field="file", max_files=1)
        if len(upload.files) != 1:
            raise Problem(422, "Invalid request", "Send the CSV as one file named 'file'.",
                          code=Code.INVALID, kind="invalid")  # fmt: skip
        return upload.files[0][1]
    if content_type.split(";")[0].strip() in RAW_TYPES:
        return await request.body()
    raise Problem(
        415,
        "Unsupported content type",
        "Send the CSV as the body with Content-Type: text/csv, or as multipart/form-data "
        "with the file named 'file'.",
        code=Code.UNSUPPORTED_MEDIA_TYPE,
        kind="unsupported-media-type",
    )

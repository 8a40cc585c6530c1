"""The duty officer's everyday calls beyond the queue: caller search, the callback worklist,
evidence from disk. Plain functions over an ApiClient, for worker threads (no Qt here)."""

from __future__ import annotations

import mimetypes
import re
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from console.api.client import ApiClient
from console.contract import Case, CaseDetail

__all__ = [
    "CALLBACK_DAYS",
    "PHONE_MAX_DIGITS",
    "PHONE_MIN_DIGITS",
    "attach_photo_file",
    "callback_worklist",
    "find_by_phone",
    "phone_digits",
]

PHONE_MIN_DIGITS, PHONE_MAX_DIGITS = 3, 20  # the server's limits for ?phone=
CALLBACK_DAYS = 30  # closed within this many days and not yet called back
CALLBACK_MAX = 500
PHOTO_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}
MAX_READ = 20_000_000  # a file larger than this is not read whole (the server takes 5 MB)
_NOT_DIGITS = re.compile(r"[\s\-]")


def phone_digits(text: str) -> str:
    """The digits of what the officer typed ("138 12-34" → "1381234"); "" if anything else."""
    digits = _NOT_DIGITS.sub("", text)
    return digits if digits.isdigit() else ""


def find_by_phone(client: ApiClient, digits: str, limit: int = 50) -> list[Case]:
    """Cases whose reporter number contains these digits, newest first (GET ?phone=)."""
    page = client.list_cases(filters={"phone": digits}, sort="-id", limit=limit)
    return [Case.from_json(item) for item in page.items]


def callback_worklist(
    client: ApiClient,
    now: datetime,
    days: int = CALLBACK_DAYS,
) -> list[Case]:
    """Closed cases of the last `days` not called back yet, then cases resolved (to verify
    first), newest first; at most CALLBACK_MAX."""
    since = now - timedelta(days=days)
    found: list[Case] = []
    for page in client.iter_cases(
        filters={"state": ["closed", "resolved"]}, sort="-updated_at", limit=200
    ):
        for item in page.items:
            case = Case.from_json(item)
            if _moment(case.updated_at) < since:
                return _ordered(found)
            if case.state == "resolved" or not case.last_callback:
                found.append(case)
            if len(found) >= CALLBACK_MAX:
                return _ordered(found)
    return _ordered(found)


def _ordered(cases: list[Case]) -> list[Case]:
    # Those that can be called back now first; each group as listed (newest change first).
    return sorted(cases, key=lambda case: case.state != "closed")


def _moment(value: object) -> datetime:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)


def photo_type(path: Path) -> str:
    """The content type the file's name suggests (the server checks the content itself)."""
    suffix = path.suffix.lower()
    return (
        PHOTO_TYPES.get(suffix)
        or mimetypes.guess_type(path.name)[0]
        or ("application/octet-stream")
    )


def attach_photo_file(
    client: ApiClient,
    case_id: int,
    path: Path,
    *,
    caption: str = "",
    key: str | None = None,
) -> CaseDetail:
    """Read the file (on this worker thread) and keep it on the case as evidence."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_READ + 1)
    return client.add_attachment(
        case_id,
        data,
        path.name,
        caption=caption,
        content_type=photo_type(path),
        idempotency_key=key or f"disk-{uuid.uuid4()}",
    )

"""Idempotent writes: the first successful result of a key is replayed, nothing is redone."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

import orjson
from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from server.models import IdempotencyRecord
from server.problems import Code, Problem, missing_idempotency_key

MAX_KEY_LENGTH = 200
_RECORDS = IdempotencyRecord.__table__
_LOOKUP = select(_RECORDS.c.request_hash, _RECORDS.c.status, _RECORDS.c.body).where(
    _RECORDS.c.user_id == bindparam("user_id"), _RECORDS.c.key == bindparam("key")
)


@dataclass(frozen=True)
class StoredResult:
    """A response kept for replay."""

    status: int
    body: bytes


def request_hash(method: str, path: str, body: object) -> str:
    """A fingerprint of the request, to refuse a key reused for a different request."""
    raw = orjson.dumps([method, path, body], option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(raw).hexdigest()


def check_key(key: str | None, *, required: bool) -> str | None:
    """Validate the Idempotency-Key header."""
    if key is None or key == "":
        if required:
            raise missing_idempotency_key()
        return None
    if len(key) > MAX_KEY_LENGTH or not key.isprintable():
        raise Problem(
            400,
            "Invalid Idempotency-Key",
            f"The Idempotency-Key must be printable and at most {MAX_KEY_LENGTH} characters.",
            code=Code.INVALID_IDEMPOTENCY_KEY,
            kind="invalid-idempotency-key",
        )
    return key


def lookup(session: Session, user_id: int, key: str, fingerprint: str) -> StoredResult | None:
    """The stored result of this key, if the same request already succeeded."""
    record = session.connection().execute(_LOOKUP, {"user_id": user_id, "key": key}).one_or_none()
    if record is None:
        return None
    if record.request_hash != fingerprint:
        raise Problem(
            422,
            "Idempotency-Key reused",
            "This Idempotency-Key was already used for a different request; use a new key for "
            "a new action.",
            code=Code.IDEMPOTENCY_KEY_REUSED,
            kind="idempotency-key-reused",
        )
    return StoredResult(record.status, record.body.encode())


def remember(
    session: Session,
    user_id: int,
    key: str,
    fingerprint: str,
    status: int,
    body: bytes,
    now: datetime,
) -> None:
    """Keep a successful result, in the same transaction as the change it reports."""
    session.connection().execute(
        insert(_RECORDS),
        {
            "user_id": user_id,
            "key": key,
            "request_hash": fingerprint,
            "status": status,
            "body": body.decode(),
            "created_at": now,
        },
    )

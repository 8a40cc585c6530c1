"""Idempotent writes: the first successful result of a key is replayed, nothing is redone.

`write_once` is the one way a route makes a write idempotent (docs/architecture.md rule 4);
`check_key` and `request_hash` prepare its key and the request's fingerprint.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import cast

import orjson
from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server.db import Database
from server.models import IdempotencyRecord
from server.problems import Code, Problem, missing_idempotency_key

MAX_KEY_LENGTH = 200
REPLAYED_HEADER = "Idempotent-Replayed"
_RECORDS = cast(Table, IdempotencyRecord.__table__)
# (Bound as owner and owned_key: an UPDATE reserves the column names for its SET values.)
_OF_KEY = (_RECORDS.c.user_id == bindparam("owner")) & (_RECORDS.c.key == bindparam("owned_key"))
_LOOKUP = select(_RECORDS.c.request_hash, _RECORDS.c.status, _RECORDS.c.body).where(_OF_KEY)
_CLAIM = insert(_RECORDS)
_KEEP = update(_RECORDS).where(_OF_KEY)  # SET status and body, from the parameters
# A claimed key's record until its write succeeds; never seen outside that transaction.
_CLAIMED_STATUS, _CLAIMED_BODY = 0, ""


@dataclass(frozen=True)
class Outcome:
    """The answer to an idempotent write: this request's own result or its key's first one."""

    status: int
    body: bytes
    replayed: bool

    @property
    def headers(self) -> dict[str, str]:
        """The response headers that tell a replay (`Idempotent-Replayed: true`)."""
        return {REPLAYED_HEADER: "true"} if self.replayed else {}


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


def write_once(
    db: Database,
    *,
    clock: Callable[[], datetime],
    user_id: int,
    key: str | None,
    fingerprint: str,
    status: int,
    work: Callable[[Session, datetime], bytes],
) -> Outcome:
    """Run `work` in one write transaction, once per user and key; a repeat replays the first
    successful result with its status, and the same key with another request gets 422.

    The key is looked up and, when new, claimed in that transaction before `work` runs, and
    the result `work` returns (the response body) is kept with it before the commit. So a
    concurrent retry (PostgreSQL runs writers in parallel) waits at the claim until the first
    commits and then replays it, or runs itself if the first failed; two never both write.
    A failure keeps nothing: the retry of a refused request runs again. Without a key `work`
    just runs. `work` gets the clock read once the write lock is held, so that changes are
    dated in the order they commit, however long they waited for it.
    """
    try:
        with db.write() as session:
            now = clock()
            if key is not None:
                stored = _claim(session, user_id, key, fingerprint, now)
                if stored is not None:
                    return stored
            body = work(session, now)
            if key is not None:
                kept = {"owner": user_id, "owned_key": key, "status": status, "body": body.decode()}
                session.connection().execute(_KEEP, kept)
    except IntegrityError:
        # The claim met another request's claim of this key, which has committed since.
        stored = None
        if key is not None:
            with db.read() as session:
                stored = _stored(session, user_id, key, fingerprint)
        if stored is None:
            raise
        return stored
    return Outcome(status, body, replayed=False)


def _claim(
    session: Session, user_id: int, key: str, fingerprint: str, now: datetime
) -> Outcome | None:
    """The key's stored result, or None once the key is claimed for this transaction."""
    stored = _stored(session, user_id, key, fingerprint)
    if stored is None:
        session.connection().execute(
            _CLAIM,
            {
                "user_id": user_id,
                "key": key,
                "request_hash": fingerprint,
                "status": _CLAIMED_STATUS,
                "body": _CLAIMED_BODY,
                "created_at": now,
            },
        )
    return stored


def _stored(session: Session, user_id: int, key: str, fingerprint: str) -> Outcome | None:
    """The committed first result of this key, as a replay; 422 if it answered another request."""
    record = (
        session.connection().execute(_LOOKUP, {"owner": user_id, "owned_key": key}).one_or_none()
    )
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
    return Outcome(record.status, record.body.encode(), replayed=True)

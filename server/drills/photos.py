"""Photos a scripted department brings along (a resolution's evidence): the scenario's file,
kept on the drill case as an attachment the way live evidence is kept.

The same path as `POST /cases/{id}/attachments`: the bytes are checked (`check_photo`),
staged under server-made keys by the `PhotoStore`, recorded as `Attachment` rows with an
`attach` audit record and feed event in the run's transaction, and moved into place only
once that transaction commits (removed if it rolls back).
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import event
from sqlalchemy.orm import Session

from server.config import Settings
from server.drills.library import photo_dir
from server.models import Attachment, Case
from server.problems import Problem
from server.services.attachments import PhotoStore, Staging, add_rows, check_photo
from server.services.case_trail import publish, record
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData

log = logging.getLogger(__name__)


def attach_step_photo(
    session: Session,
    *,
    case: Case,
    name: str,
    caption: str,
    actor: Actor,
    ref: ReferenceData,
    settings: Settings,
    now: datetime,
    feed_at: datetime,
) -> list[Attachment]:
    """Attach the scenario photo `name` to the case as `actor`, at drill instant `now`.

    A photo that cannot be read or does not pass the checks is left out (logged): the
    department's move stands, and the run goes on rather than stalling on a picture.
    """
    try:
        data = (photo_dir() / name).read_bytes()
        photo = check_photo(data, raw_name=name, caption=caption, field="photo", settings=settings)
    except (OSError, Problem) as exc:
        log.warning("drill case %s: photo %s left out: %s", case.ref, name, exc)
        return []
    staging = PhotoStore.of(settings).stage([photo])
    _settle_with_transaction(session, staging)
    rows = add_rows(session, case=case, staged=staging.items, created_by=actor.name, now=now)
    # As `attachments.attach` does for live evidence: the case moves on like for a comment.
    case.version += 1
    case.updated_at = now
    payload = {
        "attachments": [
            {"id": r.id, "filename": r.filename, "content_type": r.content_type, "size": r.size}
            for r in rows
        ]
    }
    entry = record(
        session,
        case=case,
        action="attach",
        actor=actor,
        now=now,
        from_state=case.state,
        note=caption,
        payload=payload,
    )
    # Drill events are dated by the real clock (the feed is pruned by it).
    publish(session, "case.action", case=case, entry=entry, ref=ref, now=feed_at)
    return rows


def _settle_with_transaction(session: Session, staging: Staging) -> None:
    """Move the staged files in when the session commits; remove them if it rolls back."""
    event.listen(session, "after_commit", lambda _session: staging.commit(), once=True)
    event.listen(session, "after_rollback", lambda _session: staging.discard(), once=True)

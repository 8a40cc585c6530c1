"""Shift handover (交接班): the brief of a shift window, written once, signed once.

The outgoing officer's brief holds the server's facts of the shift window
(services.handover_facts), computed when it is written so that the figures are the
server's, plus what the officer's console sends: its unsent outbox items and the officer's
notes. The incoming officer signs it; the author cannot, and nobody signs twice (the
database refuses any other change, migration 0009).

The duty officer's shift (issue #13, migration 0008) has no clock times of its own, so a
shift window starts where the latest brief ended (one shift hands on to the next), or 12
hours back when there is none within a day; a console may name its own start in that day.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.models import Handover
from server.problems import Code, Problem, invalid_field, not_found
from server.schemas.handover import HandoverCreate
from server.services import feed
from server.services.handover_facts import SECTIONS, shift_facts
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.views import iso
from server.services.workcalendar import SHANGHAI

DEFAULT_SHIFT = timedelta(hours=12)
LONGEST_SHIFT = timedelta(hours=24)


# -- the shift window ------------------------------------------------------------------------


def shift_start(session: Session, *, now: datetime, asked: datetime | None = None) -> datetime:
    """Where the window of a brief written `now` starts: `asked`, else where the latest brief
    ended (within a day), else DEFAULT_SHIFT back."""
    if asked is not None:
        if asked >= now or asked < now - LONGEST_SHIFT:
            raise invalid_field("shift_start", "shift_start must lie within the last 24 hours")
        return asked
    latest: datetime | None = session.scalar(select(func.max(Handover.shift_end)))
    if latest is not None and now - LONGEST_SHIFT <= latest < now:
        return latest
    return now - DEFAULT_SHIFT


def parse_instant(text: str) -> datetime:
    """An ISO 8601 instant (center time when it has no offset); 422 naming shift_start."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise invalid_field("shift_start", "shift_start must be an ISO 8601 instant") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=SHANGHAI)


# -- writing and signing ---------------------------------------------------------------------


def create(
    session: Session, *, data: HandoverCreate, actor: Actor, ref: ReferenceData, now: datetime
) -> Handover:
    """Write the brief of the shift ending now, with its facts; a feed event tells consoles."""
    assert actor.user_id is not None  # signed in
    start = shift_start(session, now=now, asked=data.shift_start)
    handover = Handover(
        author_id=actor.user_id,
        author_username=actor.username,
        author_name=actor.name,
        author_role=actor.role,
        shift_start=start,
        shift_end=now,
        created_at=now,
        notes=data.notes,
        facts=shift_facts(session, ref=ref, start=start, end=now),
        outbox=[item.model_dump(mode="json") for item in data.outbox],
    )
    session.add(handover)
    session.flush()
    feed.append(session, "handover.created", payload={"handover": summary(handover)}, now=now)
    return handover


def sign(session: Session, *, handover_id: int, actor: Actor, now: datetime) -> Handover:
    """The incoming officer signs the brief: once, and never its author."""
    handover = session.scalar(select(Handover).where(Handover.id == handover_id).with_for_update())
    if handover is None:
        raise not_found(f"Handover {handover_id}")
    if handover.signed_at is not None:
        raise Problem(
            409,
            "Already signed",
            f"Handover {handover_id} was signed by {handover.signed_by_name} at "
            f"{iso(handover.signed_at)}; a signed brief does not change.",
            code=Code.HANDOVER_SIGNED,
            kind="handover-signed",
            handover=summary(handover),
        )
    if handover.author_id == actor.user_id:
        raise Problem(
            403,
            "Own handover",
            "You wrote this brief; the officer who takes over the shift signs it.",
            code=Code.OWN_HANDOVER,
            kind="own-handover",
        )
    handover.signed_by_id = actor.user_id
    handover.signed_by_username = actor.username
    handover.signed_by_name = actor.name
    handover.signed_by_role = actor.role
    handover.signed_at = now
    session.flush()
    feed.append(session, "handover.signed", payload={"handover": summary(handover)}, now=now)
    return handover


# -- reading ---------------------------------------------------------------------------------


def get(session: Session, handover_id: int) -> Handover:
    """The brief (404 if there is none)."""
    handover = session.get(Handover, handover_id)
    if handover is None:
        raise not_found(f"Handover {handover_id}")
    return handover


def page(
    session: Session, *, status: str = "all", before_id: int | None = None, limit: int = 50
) -> tuple[list[Handover], int | None]:
    """Briefs newest first, and the id to continue below (None at the end)."""
    statement = select(Handover).order_by(Handover.id.desc()).limit(limit + 1)
    if status == "unsigned":
        statement = statement.where(Handover.signed_at.is_(None))
    elif status == "signed":
        statement = statement.where(Handover.signed_at.is_not(None))
    if before_id is not None:
        statement = statement.where(Handover.id < before_id)
    rows = list(session.scalars(statement))
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (rows[-1].id if more and rows else None)


def summary(handover: Handover) -> dict[str, Any]:
    """A brief as the list and the feed carry it (HandoverSummaryOut)."""
    facts = handover.facts
    signer = None
    if handover.signed_at is not None:
        signer = {
            "username": handover.signed_by_username or "",
            "name": handover.signed_by_name or "",
            "role": handover.signed_by_role or "",
        }
    return {
        "id": handover.id,
        "status": "unsigned" if handover.signed_at is None else "signed",
        "author": {
            "username": handover.author_username,
            "name": handover.author_name,
            "role": handover.author_role,
        },
        "shift_start": iso(handover.shift_start),
        "shift_end": iso(handover.shift_end),
        "created_at": iso(handover.created_at),
        "counts": {
            **{name: facts[name]["count"] for name in SECTIONS},
            "outbox": len(handover.outbox),
        },
        "signed_by": signer,
        "signed_at": iso(handover.signed_at),
    }


def view(handover: Handover) -> dict[str, Any]:
    """The whole brief (HandoverOut)."""
    return {
        **summary(handover),
        "notes": handover.notes,
        "facts": handover.facts,
        "outbox": handover.outbox,
    }


def draft(
    session: Session, *, ref: ReferenceData, now: datetime, asked: datetime | None = None
) -> dict[str, Any]:
    """What a brief written now would hold (HandoverDraftOut); nothing is kept."""
    start = shift_start(session, now=now, asked=asked)
    return {
        "shift_start": iso(start),
        "shift_end": iso(now),
        "facts": shift_facts(session, ref=ref, start=start, end=now),
    }

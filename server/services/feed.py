"""The change feed: events appended in the writer's transaction, read back in order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, CursorResult, Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from server.models import Event, FeedHead
from server.problems import Code, Problem


def ensure_head(session: Session) -> None:
    """Create the feed head row on a new database."""
    if session.get(FeedHead, 1) is None:
        session.add(FeedHead(id=1, last_seq=0, pruned_through=0))
        session.flush()


@dataclass(frozen=True)
class NewEvent:
    """An event to append: its type, payload and what followers filter it by."""

    type: str
    payload: dict[str, Any]
    case_id: int | None = None
    version: int | None = None
    department_id: int | None = None
    drill: bool = False


def append(
    session: Session,
    type_: str,
    *,
    payload: dict[str, Any],
    now: datetime,
    case_id: int | None = None,
    version: int | None = None,
    department_id: int | None = None,
    drill: bool = False,
) -> int:
    """Append one event and return its sequence number; call it last in the transaction,
    since it locks the feed head.

    The UPDATE takes the head row's lock until commit, so numbers are handed out in commit
    order and without gaps: a follower that has seen n has seen everything before n.
    """
    event = NewEvent(type_, payload, case_id, version, department_id, drill)
    return append_many(session, [event], now)[0]


def append_many(session: Session, events: list[NewEvent], now: datetime) -> list[int]:
    """Append events in order with one head update and one insert; their sequence numbers."""
    if not events:
        return []
    connection = session.connection()
    last = int(connection.execute(_TAKE_SEQS, {"count": len(events)}).scalar_one())
    first = last - len(events) + 1
    rows = [
        {
            "seq": first + n,
            "type": event.type,
            "case_id": event.case_id,
            "version": event.version,
            "department_id": event.department_id,
            "drill": event.drill,
            "payload": event.payload,
            "created_at": now,
        }
        for n, event in enumerate(events)
    ]
    connection.execute(_INSERT_EVENT, rows[0] if len(rows) == 1 else rows)
    return list(range(first, last + 1))


_HEAD = cast(Table, FeedHead.__table__)
_TAKE_SEQS = (
    update(_HEAD)
    .where(_HEAD.c.id == 1)
    .values(last_seq=_HEAD.c.last_seq + bindparam("count"))
    .returning(_HEAD.c.last_seq)
)
_INSERT_EVENT = insert(cast(Table, Event.__table__))


# The head as a column of another query (a page of cases read with the feed position).
HEAD_SEQ = select(_HEAD.c.last_seq).scalar_subquery().label("feed_seq")


def head(reader: Session | Connection) -> tuple[int, int]:
    """(last sequence number, pruned through) as committed now."""
    row = reader.execute(select(_HEAD.c.last_seq, _HEAD.c.pruned_through)).one()
    return int(row[0]), int(row[1])


def gone(after: int, pruned_through: int) -> Problem:
    """The follower is behind the retained window and must reload."""
    return Problem(
        410,
        "Feed position expired",
        f"Events after {after} are no longer kept (retained from {pruned_through + 1}); "
        "reload the cases and follow from the current position.",
        code=Code.FEED_GONE,
        kind="feed-gone",
        oldest_seq=pruned_through + 1,
    )


def read_after(session: Session, after: int, limit: int) -> tuple[list[Event], int]:
    """Events with seq > after (at most `limit`), and the head; 410 if after is too old."""
    last_seq, pruned_through = head(session)
    if after < pruned_through:
        raise gone(after, pruned_through)
    events = list(
        session.scalars(select(Event).where(Event.seq > after).order_by(Event.seq).limit(limit))
    )
    return events, last_seq


def prune(session: Session, now: datetime, retention_days: int) -> int:
    """Drop events older than the retention window; returns how many."""
    cutoff = now - timedelta(days=retention_days)
    newest_old = session.scalar(
        select(Event.seq).where(Event.created_at < cutoff).order_by(Event.seq.desc()).limit(1)
    )
    if newest_old is None:
        return 0
    # A DML statement's result is a CursorResult (Session.execute is typed as any Result).
    result = cast(CursorResult[Any], session.execute(delete(Event).where(Event.seq <= newest_old)))
    session.execute(update(FeedHead).where(FeedHead.id == 1).values(pruned_through=newest_old))
    return int(result.rowcount or 0)

"""The admin log: one append-only record per change outside the case trail."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert, or_, select
from sqlalchemy.orm import Session

from server.models import AdminRecord
from server.services.lifecycle import Actor
from server.services.views import iso

KINDS = (
    "calendar",
    "sla_rules",
    "kpi_weights",
    "user",
    "camera",
    "indicator",
    "sign_in",
    "volunteer",
    "map_layer",
)
_TABLE = cast(Table, AdminRecord.__table__)


def record(
    session: Session,
    *,
    kind: str,
    action: str,
    actor: Actor | None,
    now: datetime,
    target: str = "",
    before: Any = None,
    after: Any = None,
    note: str = "",
    username: str = "",
) -> int:
    """Append a record in the caller's transaction and return its id. A sign-in names the
    username tried (`username`) and has no actor when it failed."""
    assert kind in KINDS, kind
    values = {
        "kind": kind,
        "action": action,
        "actor_id": actor.user_id if actor else None,
        "actor_name": actor.name if actor else "",
        "actor_username": username or (actor.username if actor else ""),
        "actor_role": actor.role if actor else "",
        "target": target[:200],
        "before": before,
        "after": after,
        "note": note,
        "created_at": now,
    }
    statement = insert(_TABLE).returning(_TABLE.c.id)
    return int(session.connection().execute(statement, values).scalar_one())


def view(entry: AdminRecord) -> dict[str, Any]:
    """A record as the API shows it."""
    return {
        "id": entry.id,
        "kind": entry.kind,
        "action": entry.action,
        "actor": entry.actor_name,
        "actor_username": entry.actor_username,
        "actor_role": entry.actor_role,
        "target": entry.target,
        "before": entry.before,
        "after": entry.after,
        "note": entry.note,
        "created_at": iso(entry.created_at),
    }


def search(
    session: Session,
    *,
    kinds: Sequence[str] = (),
    user: str | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    text: str | None = None,
    before_id: int | None = None,
    limit: int = 100,
) -> tuple[list[dict[str, Any]], int | None]:
    """Records newest first, and the id to continue below (None at the end)."""
    statement = select(AdminRecord).order_by(AdminRecord.id.desc()).limit(limit + 1)
    if kinds:
        statement = statement.where(AdminRecord.kind.in_(kinds))
    if user:
        statement = statement.where(AdminRecord.actor_username == user)
    if start is not None:
        statement = statement.where(AdminRecord.created_at >= start)
    if end is not None:
        statement = statement.where(AdminRecord.created_at < end)
    if text:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        statement = statement.where(
            or_(
                AdminRecord.target.like(pattern, escape="\\"),
                AdminRecord.note.like(pattern, escape="\\"),
            )
        )
    if before_id is not None:
        statement = statement.where(AdminRecord.id < before_id)
    rows = list(session.scalars(statement))
    more = len(rows) > limit
    rows = rows[:limit]
    return [view(row) for row in rows], (rows[-1].id if more and rows else None)


def latest_id(session: Session, kind: str) -> int:
    """The newest record of a kind (0 for none): the revision of what that kind changes."""
    found = session.scalar(
        select(AdminRecord.id).where(AdminRecord.kind == kind).order_by(AdminRecord.id.desc())
    )
    return int(found or 0)

"""The admin log: every change outside the case trail, for administrators to search."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from server.deps import StateDep, require_roles
from server.problems import invalid_field
from server.schemas import MAX_INT
from server.services import admin_log
from server.services.lifecycle import Actor
from server.services.workcalendar import SHANGHAI

router = APIRouter(prefix="/api/v1/admin-log", tags=["admin-log"])
Admin = Annotated[Actor, Depends(require_roles("admin"))]


def _instant(text: str | None, field: str) -> datetime | None:
    """A date (local midnight) or an ISO instant (local time if it has no offset)."""
    if not text:
        return None
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time(), SHANGHAI)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise invalid_field(field, f"{field} must be a date or an ISO 8601 instant") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=SHANGHAI)


@router.get("")
def search(
    _admin: Admin,
    state: StateDep,
    kind: Annotated[list[str], Query(max_length=len(admin_log.KINDS))] = [],  # noqa: B006
    user: Annotated[str | None, Query(max_length=80)] = None,
    start: Annotated[str | None, Query(alias="from", max_length=40)] = None,
    end: Annotated[str | None, Query(alias="to", max_length=40)] = None,
    q: Annotated[str | None, Query(max_length=100)] = None,
    cursor: Annotated[int | None, Query(ge=1, le=MAX_INT)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> dict[str, Any]:
    """Records newest first; `next_cursor` continues the list (null at its end)."""
    unknown = [k for k in kind if k not in admin_log.KINDS]
    if unknown:
        kinds = ", ".join(admin_log.KINDS)
        raise invalid_field("kind", f"unknown kind {unknown[0]!r}; kinds are {kinds}")
    with state.db.read() as session:
        items, next_cursor = admin_log.search(
            session,
            kinds=kind,
            user=user,
            start=_instant(start, "from"),
            end=_instant(end, "to"),
            text=q,
            before_id=cursor,
            limit=limit,
        )
    return {"items": items, "next_cursor": next_cursor}

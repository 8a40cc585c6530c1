"""Listing cases: filters, sorting and keyset pagination that stays fast at 100,000 cases."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import ColumnElement, Row, Select, and_, func, literal, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from server.db import UTCDateTime
from server.models import Case
from server.problems import Problem
from server.schemas import MAX_INT
from server.services.lifecycle import OPEN_STATES, Actor
from server.services.refdata import ReferenceData

FAR_FUTURE = datetime(9999, 12, 31, tzinfo=UTC)
SORT_KEYS = ("id", "created_at", "updated_at", "due_at", "escalation_level")
MAX_LIMIT = 500


@dataclass
class CaseFilter:
    """What a caller asks for; every list is AND across fields and OR within one."""

    state: list[str] = field(default_factory=list)
    color: list[str] = field(default_factory=list)
    channel: list[str] = field(default_factory=list)
    category: list[str] = field(default_factory=list)
    street: list[str] = field(default_factory=list)
    department: list[str] = field(default_factory=list)
    escalation: int | None = None
    open_only: bool = False
    drill: bool = False
    q: str = ""


def _sort_column(key: str) -> ColumnElement[Any]:
    if key == "due_at":
        return func.coalesce(Case.due_at, literal(FAR_FUTURE, UTCDateTime()))
    return getattr(Case, key)


def parse_sort(sort: str) -> tuple[str, bool]:
    """('due_at', False) for 'due_at'; a leading '-' sorts descending."""
    descending = sort.startswith("-")
    key = sort.removeprefix("-")
    if key not in SORT_KEYS:
        raise Problem(
            422,
            "Invalid request",
            f"unknown sort '{sort}'; use one of {', '.join(SORT_KEYS)} (prefix - to reverse)",
            kind="invalid",
        )
    return key, descending


def encode_cursor(case: Case | Row[Any], key: str) -> str:
    """An opaque position after this case in the given order."""
    value: Any = getattr(case, key)
    if isinstance(value, datetime):
        value = value.isoformat()
    elif value is None and key == "due_at":
        value = FAR_FUTURE.isoformat()
    raw = orjson.dumps([key, value, case.id])
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, key: str) -> tuple[Any, int]:
    """The (sort value, id) a cursor points after; 422 if it is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        cursor_key, value, case_id = orjson.loads(raw)
        if cursor_key != key or type(case_id) is not int or not 0 < case_id <= MAX_INT:
            raise ValueError("cursor of another sort")
        if key in ("created_at", "updated_at", "due_at"):
            value = datetime.fromisoformat(value)
            if value.tzinfo is None:
                raise ValueError("cursor time without offset")
        elif type(value) is not int or not 0 <= value <= MAX_INT:
            raise ValueError("bad cursor value")
        return value, case_id
    except (ValueError, TypeError, binascii.Error, orjson.JSONDecodeError) as exc:
        raise Problem(
            422,
            "Invalid request",
            "the cursor is not valid for this sort; start again without a cursor",
            kind="invalid",
        ) from exc


def build_query(flt: CaseFilter, actor: Actor, ref: ReferenceData) -> Select[tuple[Case]]:
    """The filtered, visibility-restricted query, not yet sorted or paged."""
    stmt = select(Case).where(Case.drill.is_(flt.drill))
    if actor.role == "department":
        stmt = stmt.where(Case.department_id == actor.department_id)
    if flt.state:
        stmt = stmt.where(Case.state.in_(flt.state))
    if flt.open_only:
        stmt = stmt.where(Case.state.in_(sorted(OPEN_STATES)))
    if flt.color:
        stmt = stmt.where(Case.color.in_(flt.color))
    if flt.channel:
        stmt = stmt.where(Case.channel.in_(flt.channel))
    if flt.category:
        stmt = stmt.where(
            Case.category_id.in_(_ids(ref.category_by_code, flt.category, "category"))
        )
    if flt.street:
        stmt = stmt.where(Case.street_id.in_(_ids(ref.street_by_code, flt.street, "street")))
    if flt.department:
        stmt = stmt.where(
            Case.department_id.in_(_ids(ref.department_by_code, flt.department, "department"))
        )
    if flt.escalation is not None:
        stmt = stmt.where(Case.escalation_level >= flt.escalation)
    if flt.q:
        pattern = "%" + flt.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(
            or_(
                Case.title.ilike(pattern, escape="\\"),
                Case.description.ilike(pattern, escape="\\"),
                Case.address.ilike(pattern, escape="\\"),
                Case.ref.ilike(pattern, escape="\\"),
            )
        )
    return stmt


def page(
    session: Session,
    stmt: Select[tuple[Case]],
    sort: str,
    cursor: str | None,
    limit: int,
    columns: Sequence[InstrumentedAttribute[Any]],
) -> tuple[list[Row[Any]], str | None]:
    """One page of `columns` rows in the given order and the next page's cursor (or None).

    The sort key's column is read too, for the cursor.
    """
    key, descending = parse_sort(sort)
    column = _sort_column(key)
    named = {c.key for c in columns}
    stmt = stmt.with_only_columns(*columns, *(() if key in named else (getattr(Case, key),)))
    if key == "id":
        order = [Case.id.desc() if descending else Case.id.asc()]
    else:
        order = [column.desc(), Case.id.desc()] if descending else [column.asc(), Case.id.asc()]
    if cursor:
        value, after_id = decode_cursor(cursor, key)
        if key == "id":
            stmt = stmt.where(Case.id < after_id if descending else Case.id > after_id)
        elif descending:
            stmt = stmt.where(or_(column < value, and_(column == value, Case.id < after_id)))
        else:
            stmt = stmt.where(or_(column > value, and_(column == value, Case.id > after_id)))
    rows = list(session.execute(stmt.order_by(*order).limit(limit + 1)))
    next_cursor = encode_cursor(rows[limit - 1], key) if len(rows) > limit else None
    return rows[:limit], next_cursor


def summary(session: Session, actor: Actor, drill: bool) -> dict[str, dict[str, int]]:
    """Counts of open cases by color and by state, for pane headers and the wall."""
    base = build_query(CaseFilter(drill=drill, open_only=True), actor, ReferenceData()).subquery()
    by_color = dict(
        session.execute(select(base.c.color, func.count()).group_by(base.c.color)).all()
    )
    by_state = dict(
        session.execute(select(base.c.state, func.count()).group_by(base.c.state)).all()
    )
    return {
        "color": {c: int(by_color.get(c, 0)) for c in ("green", "yellow", "red")},
        "state": {s: int(n) for s, n in by_state.items()},
    }


def _ids(index: dict[str, Any], codes: list[str], what: str) -> list[int]:
    unknown = [code for code in codes if code not in index]
    if unknown:
        raise Problem(
            422,
            "Invalid request",
            f"unknown {what} {', '.join(unknown)}",
            kind="invalid",
            choices=sorted(index),
        )
    return [index[code].id for code in codes]

"""Listing cases: filters, sorting and keyset pagination that stays fast at 100,000 cases."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Row,
    Select,
    and_,
    bindparam,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session

from server.db import UTCDateTime
from server.models import Case
from server.problems import Code, Problem
from server.schemas import MAX_INT
from server.schemas.case_list import SORT_KEYS
from server.services import resolve
from server.services.lifecycle import OPEN_STATES, STATES, Actor
from server.services.refdata import ReferenceData

FAR_FUTURE = datetime(9999, 12, 31, tzinfo=UTC)
# Whoever sees reporters' phone numbers may search by them (trainers: drill cases only);
# anyone else could read a masked number digit by digit through the search.
PHONE_SEARCH_ROLES = frozenset({"duty_officer", "supervisor", "trainer"})
# Lists are read with SQLAlchemy Core: plain rows, none of the ORM's per-row loading.
CASES = Case.__table__
_C = CASES.c
# States a case ends in: `closed_since` keeps only those of them changed since an instant.
ENDED_STATES = tuple(s for s in STATES if s not in OPEN_STATES)


@dataclass
class CaseFilter:
    """What a caller asks for; every list is AND across fields and OR within one."""

    state: Sequence[str] = field(default_factory=list)
    color: Sequence[str] = field(default_factory=list)
    channel: Sequence[str] = field(default_factory=list)
    category: list[str] = field(default_factory=list)
    street: list[str] = field(default_factory=list)
    department: list[str] = field(default_factory=list)
    escalation: int | None = None
    open_only: bool = False
    drill: bool = False
    q: str = ""
    phone: str = ""  # digits only
    # Ended cases (closed, voided, merged) only if last changed at or after this instant;
    # open cases whatever their age. Aware.
    closed_since: datetime | None = None

    def key(self) -> tuple[Any, ...]:
        """The filter's shape as a hashable value (the phone digits and the closed_since
        instant are parameters of the statement, so that every search shares one statement)."""
        return (
            tuple(self.state),
            tuple(self.color),
            tuple(self.channel),
            tuple(self.category),
            tuple(self.street),
            tuple(self.department),
            self.escalation,
            self.open_only,
            self.drill,
            self.q,
            bool(self.phone),
            self.closed_since is not None,
        )

    def params(self) -> dict[str, Any]:
        """The values of the statement's parameters that come from the filter."""
        params: dict[str, Any] = {}
        if self.phone:
            params["phone_pattern"] = _phone_pattern(self.phone)
        if self.closed_since is not None:
            params["closed_since"] = self.closed_since
        return params


def _sort_column(key: str) -> ColumnElement[Any]:
    if key == "due_at":
        return func.coalesce(_C.due_at, literal(FAR_FUTURE, UTCDateTime()))
    return _C[key]


def parse_sort(sort: str) -> tuple[str, bool]:
    """('due_at', False) for 'due_at'; a leading '-' sorts descending."""
    descending = sort.startswith("-")
    key = sort.removeprefix("-")
    if key not in SORT_KEYS:
        raise Problem(
            422,
            "Invalid request",
            f"unknown sort '{sort}'; use one of {', '.join(SORT_KEYS)} (prefix - to reverse)",
            code=Code.INVALID,
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
            code=Code.INVALID,
            kind="invalid",
        ) from exc


def build_query(flt: CaseFilter, actor: Actor, ref: ReferenceData) -> Select[Any]:
    """The filtered, visibility-restricted query, not yet sorted or paged."""
    stmt = select(CASES).where(_C.drill.is_(flt.drill))
    if actor.role == "department":
        stmt = stmt.where(_C.department_id == actor.department_id)
    if flt.state:
        stmt = stmt.where(_C.state.in_(flt.state))
    if flt.open_only:
        stmt = stmt.where(_C.state.in_(sorted(OPEN_STATES)))
    if flt.color:
        stmt = stmt.where(_C.color.in_(flt.color))
    if flt.channel:
        stmt = stmt.where(_C.channel.in_(flt.channel))
    if flt.category:
        stmt = stmt.where(_C.category_id.in_(resolve.ids(ref, "category", flt.category)))
    if flt.street:
        stmt = stmt.where(_C.street_id.in_(resolve.ids(ref, "street", flt.street)))
    if flt.department:
        stmt = stmt.where(_C.department_id.in_(resolve.ids(ref, "department", flt.department)))
    if flt.escalation is not None:
        stmt = stmt.where(_C.escalation_level >= flt.escalation)
    if flt.q:
        pattern = "%" + flt.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(
            or_(
                _C.title.ilike(pattern, escape="\\"),
                _C.description.ilike(pattern, escape="\\"),
                _C.address.ilike(pattern, escape="\\"),
                _C.ref.ilike(pattern, escape="\\"),
                _C.external_ref.ilike(pattern, escape="\\"),
            )
        )
    if flt.phone:
        # Digits only on both sides: "138-1234 5678" as stored is found by "1381234".
        stored = func.replace(
            func.replace(func.replace(_C.reporter_phone, "-", ""), " ", ""), "+", ""
        )
        stmt = stmt.where(stored.like(bindparam("phone_pattern", value=_phone_pattern(flt.phone))))
    if flt.closed_since is not None:
        # Open cases whatever their age; ended ones only if they changed since the instant.
        since = bindparam("closed_since", value=flt.closed_since, type_=UTCDateTime())
        stmt = stmt.where(or_(_C.state.not_in(ENDED_STATES), _C.updated_at >= since))
    return stmt


def check_access(flt: CaseFilter, actor: Actor) -> None:
    """403 if the filter asks for what this actor may not search by."""
    if flt.phone and actor.role not in PHONE_SEARCH_ROLES:
        raise Problem(
            403,
            "Forbidden",
            "Searching by the reporter's phone is for duty officers and supervisors.",
            code=Code.FORBIDDEN_ROLE,
            kind="forbidden",
        )


def _phone_pattern(digits: str) -> str:
    return f"%{digits}%"


def page(
    connection: Connection,
    *,
    flt: CaseFilter,
    actor: Actor,
    ref: ReferenceData,
    sort: str,
    cursor: str | None,
    limit: int,
    columns: tuple[ColumnElement[Any], ...],
) -> tuple[Sequence[Row[Any]], str | None]:
    """One page of `columns` rows in the given order and the next page's cursor (or None).

    The sort key's column is read too, for the cursor.
    """
    key, descending = parse_sort(sort)
    check_access(flt, actor)
    params = flt.params()
    if cursor:
        params["after_value"], params["after_id"] = decode_cursor(cursor, key)
    stmt = _page_statement(flt, actor, ref, key, descending, bool(cursor), limit, columns)
    rows = connection.execute(stmt, params).all()
    next_cursor = encode_cursor(rows[limit - 1], key) if len(rows) > limit else None
    return rows[:limit], next_cursor


# Page statements by everything that shapes them (a cursor's position is a parameter): a
# console asks for the same few pages over and over, and building a statement and its cache
# key took a fifth of a page's time. Reference codes resolve to ids, hence the names key.
_STATEMENTS: dict[tuple[Any, ...], Select[Any]] = {}
MAX_STATEMENTS = 1000


def _page_statement(
    flt: CaseFilter,
    actor: Actor,
    ref: ReferenceData,
    key: str,
    descending: bool,
    after: bool,
    limit: int,
    columns: tuple[ColumnElement[Any], ...],
) -> Select[Any]:
    department = ("department", actor.department_id) if actor.role == "department" else None
    shape = (flt.key(), department, ref.names_key, key, descending, after, limit, columns)
    stmt = _STATEMENTS.get(shape)
    if stmt is not None:
        return stmt
    column = _sort_column(key)
    named = {c.key for c in columns}
    stmt = build_query(flt, actor, ref)
    stmt = stmt.with_only_columns(*columns, *(() if key in named else (_C[key],)))
    if key == "id":
        order = [_C.id.desc() if descending else _C.id.asc()]
    else:
        order = [column.desc(), _C.id.desc()] if descending else [column.asc(), _C.id.asc()]
    if after:
        after_id = bindparam("after_id", type_=Integer())
        value = bindparam("after_value", type_=column.type)
        if key == "id":
            stmt = stmt.where(_C.id < after_id if descending else _C.id > after_id)
        elif descending:
            stmt = stmt.where(or_(column < value, and_(column == value, _C.id < after_id)))
        else:
            stmt = stmt.where(or_(column > value, and_(column == value, _C.id > after_id)))
    stmt = stmt.order_by(*order).limit(limit + 1)
    if len(_STATEMENTS) >= MAX_STATEMENTS:
        _STATEMENTS.clear()
    _STATEMENTS[shape] = stmt
    return stmt


def queue_statement(
    flt: CaseFilter, *, actor: Actor, ref: ReferenceData, columns: tuple[ColumnElement[Any], ...]
) -> Select[Any]:
    """Every matching case's `columns` in the queue's order, most urgent first: `due_at`
    ascending, cases without one last, then id (the order of `sort=due_at`). Unlimited:
    run it with `flt.params()`."""
    department = ("department", actor.department_id) if actor.role == "department" else None
    shape = ("queue", flt.key(), department, ref.names_key, columns)
    stmt = _STATEMENTS.get(shape)
    if stmt is not None:
        return stmt
    stmt = build_query(flt, actor, ref).with_only_columns(*columns)
    stmt = stmt.order_by(_sort_column("due_at").asc(), _C.id.asc())
    if len(_STATEMENTS) >= MAX_STATEMENTS:
        _STATEMENTS.clear()
    _STATEMENTS[shape] = stmt
    return stmt


def summary(session: Session, actor: Actor, drill: bool) -> dict[str, dict[str, int]]:
    """Counts of open cases by color and by state, for pane headers and the wall."""
    base = build_query(CaseFilter(drill=drill, open_only=True), actor, ReferenceData()).subquery()
    by_color: dict[str, int] = dict(
        session.execute(select(base.c.color, func.count()).group_by(base.c.color)).all()
    )
    by_state: dict[str, int] = dict(
        session.execute(select(base.c.state, func.count()).group_by(base.c.state)).all()
    )
    return {
        "color": {c: int(by_color.get(c, 0)) for c in ("green", "yellow", "red")},
        "state": {s: int(n) for s, n in by_state.items()},
    }

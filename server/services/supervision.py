"""The supervisors' side of the lifecycle: 督办 by hand, park requests, and the 督办 board.

Two halves that share the escalation items: the effects of the actions `supervise`,
`request_park` and `reject_park` (called by the case service inside its action transaction,
like every action's effects), and the board (`GET /api/v1/supervision`): open 督办 and 通报
items with their cases, lateness in working time, counters and the decisions awaiting a
supervisor. The board reads in a fixed number of queries whatever the number of items.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

import orjson
from sqlalchemy import ColumnElement, Row, String, func, literal, select
from sqlalchemy.orm import Session

from server.models import Case, CaseAction, Escalation
from server.problems import Code, Problem
from server.services.lifecycle import next_state
from server.services.refdata import ReferenceData
from server.services.sla import SlaClock, next_check_at
from server.services.views import iso, park_request
from server.services.workcalendar import SHANGHAI

# The ladder's 督办 rung (cases.SUPERVISE_LEVEL, escalation.SUPERVISE): level and rung 2.
SUPERVISE_LEVEL = 2
BOARD_KINDS = ("supervise", "notice")
URGE_ACTIONS = ("urge", "auto_remind")
SYSTEM_OPENER = "system"
NO_DEPARTMENT = "未派遣"
NO_STREET = "未定街道"
# The trail's record of a generated bulletin: an `attach` by the system naming its item.
BULLETIN_KEY = "bulletin_for"


# --- the actions' effects -------------------------------------------------------------------


def apply_effects(
    session: Session, case: Case, action: str, *, note: str, now: datetime
) -> dict[str, Any] | None:
    """The effects of this module's actions (the audit payload), or None for another action.

    Every action passes here first: one that takes the case out of `in_progress` also drops a
    park request still awaiting a decision (`park` approves it).
    """
    if action == "supervise":
        return _supervise(session, case, note=note, now=now)
    if action == "request_park":
        case.park_pending = note
        return {"reason": note}
    if action == "reject_park":
        rejected = park_request(case)
        case.park_pending = None
        return {"rejected": rejected}
    requested = park_request(case)
    if requested is not None and next_state(action, case.state) != case.state:
        case.park_pending = None
        if action == "park":
            return {"requested": requested}
    return None


def _supervise(session: Session, case: Case, *, note: str, now: datetime) -> dict[str, Any]:
    """Open the step clock's 督办 item by hand; it counts as the ladder's 督办 rung.

    The ladder writes one item per (case, epoch, kind) (a unique constraint): setting the
    rung here keeps it from opening a second 督办 item for this clock, while it still reaches
    通报 at its time.
    """
    existing = session.scalar(
        select(Escalation.id).where(
            Escalation.case_id == case.id,
            Escalation.epoch == case.sla_epoch,
            Escalation.kind == "supervise",
        )
    )
    if existing is not None or case.sla_rung >= SUPERVISE_LEVEL:
        raise Problem(
            422,
            "Already supervised",
            f"Case {case.ref} already has a 督办 item for its {case.sla_step} step; it stays "
            "open until the case leaves the step. Urge the department instead.",
            code=Code.ALREADY_SUPERVISED,
            kind="illegal-action",
            state=case.state,
        )
    item = Escalation(
        case_id=case.id,
        epoch=case.sla_epoch,
        kind="supervise",
        step=case.sla_step or "",
        status="open",
        created_at=now,
    )
    session.add(item)
    session.flush()
    case.sla_rung = max(case.sla_rung, SUPERVISE_LEVEL)
    case.escalation_level = max(case.escalation_level, SUPERVISE_LEVEL)
    case.sla_next_at = next_check_at(case)
    return {"escalation_id": item.id, "escalation_level": case.escalation_level}


# --- the board ------------------------------------------------------------------------------

# The case JSON of (id, version) rows, in their order, as the list routes make it (the
# server's case JSON cache, `services/case_json.py`).
CasesJson = Callable[[list[tuple[int, int]]], list[bytes]]


@dataclass(frozen=True)
class BoardQuery:
    """What the board was asked for: the items' status and kinds, the holder and street
    filters (ids; None: no filter) and how many items at most."""

    status: str = "open"
    kinds: tuple[str, ...] = BOARD_KINDS
    departments: tuple[int, ...] | None = None
    streets: tuple[int, ...] | None = None
    limit: int = 1000


# What an item needs before its case is serialized: to be sorted by lateness, named.
_ITEM_COLUMNS = (
    Escalation.id,
    Escalation.kind,
    Escalation.status,
    Escalation.step,
    Escalation.created_at,
    Escalation.closed_at,
    Case.id.label("case_id"),
    Case.version,
    Case.department_id,
    Case.street_id,
    Case.escalation_level,
    Case.sla_clock,
    Case.sla_started_at,
    Case.sla_limit_min,
    Case.sla_paused_at,
    Case.sla_paused_min,
    Case.due_at,
)


def board(
    session: Session,
    *,
    query: BoardQuery,
    ref: ReferenceData,
    sla: SlaClock,
    cases_json: CasesJson,
    now: datetime,
) -> dict[str, Any]:
    """The answer of `GET /api/v1/supervision` (docs/api-supervision.md), ready for orjson.

    A fixed number of queries whatever the number of items; only the items shown have their
    case serialized, from the server's case JSON cache.
    """
    lateness = Lateness(sla, now)
    rows = _items(session, query)
    overdue = {row.id: lateness.of(row) if row.status == "open" else None for row in rows}
    rows.sort(key=lambda row: _lateness_order(row, overdue[row.id]))
    total = len(rows)
    rows = rows[: query.limit]
    case_ids = sorted({row.case_id for row in rows})
    openers = _openers(session, case_ids)
    urged = _last_urges(session, case_ids)
    bulletins = bulletins_of(session, [row.case_id for row in rows if row.kind == "notice"])
    cases = _case_fragments(cases_json, [(row.case_id, row.version) for row in rows])
    items = []
    for row in rows:
        opener = openers.get(row.id)
        items.append(
            {
                "id": row.id,
                "kind": row.kind,
                "status": row.status,
                "step": row.step,
                "opened_at": iso(row.created_at),
                "closed_at": iso(row.closed_at),
                "opened_by": opener[0] if opener else SYSTEM_OPENER,
                "note": opener[1] if opener else "",
                "department": _named(ref.departments.get(row.department_id or 0)),
                "street": _named(ref.streets.get(row.street_id or 0)),
                "overdue_min": overdue[row.id],
                "escalation_level": row.escalation_level,
                "last_urge_at": iso(urged.get(row.case_id)),
                "bulletin": bulletins.get(row.id) if row.kind == "notice" else None,
                "case": cases[row.case_id],
            }
        )
    return {
        "now": iso(now),
        "total": total,
        "items": items,
        "counters": _counters(session, query, ref),
        "pending": pending(session, query=query, cases_json=cases_json),
    }


def _not_drill() -> ColumnElement[bool]:
    return Case.drill.is_(False)


def _narrowed(stmt: Any, query: BoardQuery) -> Any:
    if query.departments is not None:
        stmt = stmt.where(Case.department_id.in_(query.departments))
    if query.streets is not None:
        stmt = stmt.where(Case.street_id.in_(query.streets))
    return stmt


def _items(session: Session, query: BoardQuery) -> list[Row[Any]]:
    """The matching items with their cases' clocks: every open one (lateness orders them, so
    all are needed), and at most `limit` closed ones, the newest (closed: no lateness)."""
    base = (
        select(*_ITEM_COLUMNS)
        .join(Case, Case.id == Escalation.case_id)
        .where(Escalation.kind.in_(query.kinds), _not_drill())
    )
    base = _narrowed(base, query)
    rows: list[Row[Any]] = []
    if query.status in ("open", "all"):
        rows.extend(session.execute(base.where(Escalation.status == "open")))
    if query.status in ("closed", "all"):
        stmt = (
            base.where(Escalation.status == "closed")
            .order_by(Escalation.id.desc())
            .limit(query.limit)
        )
        rows.extend(session.execute(stmt))
    return rows


def _lateness_order(row: Row[Any], overdue: int | None) -> tuple[bool, int, float, int]:
    # The latest first (None last), then the newest item first.
    return (overdue is None, -(overdue or 0), -row.created_at.timestamp(), -row.id)


def _case_fragments(cases_json: CasesJson, keys: list[tuple[int, int]]) -> dict[int, Any]:
    """Each case's JSON by id, spliced into the answer as it is (orjson.Fragment)."""
    unique = list(dict.fromkeys(keys))
    made = cases_json(unique)
    if len(made) != len(unique):  # a case purged meanwhile: cannot happen in one snapshot
        raise RuntimeError("the case JSON cache left cases out")
    return {case_id: orjson.Fragment(data) for (case_id, _), data in zip(unique, made, strict=True)}


class Lateness:
    """Working minutes past due at `now`, whatever clock a step's rule counts in.

    The whole days between a due time and `now` are counted once per day (thousands of
    items share a few hundred days), the part of the due day for each item.
    """

    def __init__(self, sla: SlaClock, now: datetime) -> None:
        self.sla, self.now = sla, now
        self._from_midnight: dict[datetime, float] = {}

    def of(self, clock: Any) -> int | None:
        """Minutes past due (0: not yet) of a case's clock columns; None when none runs.

        A parked case counts until it was parked (its deadlines are cleared meanwhile)."""
        if clock.sla_started_at is None or clock.sla_limit_min is None:
            return None
        due: datetime | None = clock.due_at
        until = self.now
        if clock.sla_paused_at is not None:
            counted = clock.sla_paused_min + clock.sla_limit_min
            due = self.sla.clock(clock.sla_clock).add(clock.sla_started_at, counted)
            until = clock.sla_paused_at
        if due is None:
            return None
        return self.between(due, until)

    def between(self, due: datetime, until: datetime) -> int:
        """Whole working minutes in [due, until)."""
        work = self.sla.work
        if until <= due:
            return 0
        if until != self.now:
            return int(work.minutes_between(due, until))
        local = due.astimezone(SHANGHAI)
        midnight = datetime.combine(local.date() + timedelta(days=1), time(), SHANGHAI)
        if midnight >= until:
            return int(work.minutes_between(due, until))
        rest = self._from_midnight.get(midnight)
        if rest is None:
            rest = self._from_midnight[midnight] = work.minutes_between(midnight, until)
        # Both parts are whole microseconds: the sum is exact but for float rounding.
        return int(work.minutes_between(due, midnight) + rest + 1e-6)


def overdue_minutes(case: Case, sla: SlaClock, now: datetime) -> int | None:
    """Working minutes the case is past its step's due time at `now` (0: not yet past it)."""
    return Lateness(sla, now).of(case)


def _named(row: Any) -> dict[str, Any] | None:
    return None if row is None else {"id": row.id, "code": row.code, "name": row.name}


def _openers(session: Session, case_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """Who issued each manual 督办 item and their note, by item id (from the trail)."""
    found: dict[int, tuple[str, str]] = {}
    if not case_ids:
        return found
    stmt = select(CaseAction.actor_name, CaseAction.note, CaseAction.payload).where(
        CaseAction.case_id.in_(case_ids), CaseAction.action == "supervise"
    )
    for name, note, payload in session.execute(stmt):
        item_id = (payload or {}).get("escalation_id")
        if isinstance(item_id, int):
            found[item_id] = (name, note)
    return found


def _last_urges(session: Session, case_ids: Sequence[int]) -> dict[int, datetime]:
    """When each case was last urged (a manual urge or the ladder's reminder)."""
    if not case_ids:
        return {}
    stmt = (
        select(CaseAction.case_id, func.max(CaseAction.created_at))
        .where(CaseAction.case_id.in_(case_ids), CaseAction.action.in_(URGE_ACTIONS))
        .group_by(CaseAction.case_id)
    )
    return {case_id: at for case_id, at in session.execute(stmt)}


def bulletins_of(session: Session, case_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """The generated bulletins of these cases' 通报 items, by item id: `{pdf, txt}`."""
    ids = sorted(set(case_ids))
    found: dict[int, dict[str, Any]] = {}
    if not ids:
        return found
    stmt = select(CaseAction.payload).where(
        CaseAction.case_id.in_(ids),
        CaseAction.action == "attach",
        CaseAction.actor_role == "system",
    )
    for (payload,) in session.execute(stmt):
        item_id = (payload or {}).get(BULLETIN_KEY)
        if not isinstance(item_id, int):
            continue
        files = {}
        for attachment in payload.get("attachments", []):
            kind = "pdf" if attachment["content_type"] == "application/pdf" else "txt"
            files[kind] = {
                "id": attachment["id"],
                "filename": attachment["filename"],
                "url": f"/api/v1/attachments/{attachment['id']}",
            }
        if "pdf" in files and "txt" in files:
            found[item_id] = files
    return found


def _counters(session: Session, query: BoardQuery, ref: ReferenceData) -> dict[str, Any]:
    """Open items of the chosen kinds by department and by street, not narrowed by the
    department and street filters (so that every counter stays a way in)."""
    counts: dict[str, Any] = {}
    for name, column, index, missing in (
        ("departments", Case.department_id, ref.departments, NO_DEPARTMENT),
        ("streets", Case.street_id, ref.streets, NO_STREET),
    ):
        stmt = (
            select(column, func.count())
            .select_from(Escalation)
            .join(Case, Case.id == Escalation.case_id)
            .where(Escalation.kind.in_(query.kinds), Escalation.status == "open", _not_drill())
            .group_by(column)
        )
        entries = []
        for key, count in session.execute(stmt):
            row = index.get(key) if key is not None else None
            named = _named(row) or {"id": None, "code": None, "name": missing}
            entries.append({**named, "count": count})
        entries.sort(key=lambda e: (-e["count"], e["name"]))
        counts[name] = entries
    return counts


def pending(session: Session, *, query: BoardQuery, cases_json: CasesJson) -> list[dict[str, Any]]:
    """Extension and park requests awaiting a supervisor, the oldest request first."""
    parked = getattr(Case, "park_pending", None)  # see views.park_request
    waiting = Case.extension_pending_min.is_not(None)
    if parked is not None:
        waiting = waiting | parked.is_not(None)
    stmt = select(
        Case.id,
        Case.version,
        Case.extension_pending_min,
        parked if parked is not None else literal(None, String).label("park_pending"),
    ).where(_not_drill(), waiting)
    cases = list(session.execute(_narrowed(stmt, query)))
    if not cases:
        return []
    asked: dict[tuple[int, str], Any] = {}
    requests = (
        select(
            CaseAction.case_id,
            CaseAction.action,
            CaseAction.actor_name,
            CaseAction.actor_role,
            CaseAction.note,
            CaseAction.created_at,
        )
        .where(
            CaseAction.case_id.in_([c.id for c in cases]),
            CaseAction.action.in_(("request_extension", "request_park")),
        )
        .order_by(CaseAction.id)
    )
    for request in session.execute(requests).all():
        asked[(request.case_id, request.action)] = request  # the last of each kind wins
    views = _case_fragments(cases_json, [(c.id, c.version) for c in cases])
    answer = []
    for case in cases:
        if case.extension_pending_min is not None:
            entry = asked.get((case.id, "request_extension"))
            answer.append(
                _pending_entry("extension", case.id, views[case.id], entry,
                               case.extension_pending_min, "")
            )  # fmt: skip
        if case.park_pending is not None:
            entry = asked.get((case.id, "request_park"))
            answer.append(
                _pending_entry("park", case.id, views[case.id], entry, None, case.park_pending)
            )
    answer.sort(key=lambda e: (e["asked_at"] or "", e["case_id"]))
    return answer


def _pending_entry(
    kind: str,
    case_id: int,
    view: Any,
    entry: Row[Any] | None,
    minutes: int | None,
    reason: str,
) -> dict[str, Any]:
    return {
        "kind": kind,
        "case_id": case_id,
        "asked_by": entry.actor_name if entry else None,
        "asked_role": entry.actor_role if entry else None,
        "asked_at": iso(entry.created_at) if entry else None,
        "minutes": minutes,
        "reason": reason or (entry.note if entry else ""),
        "case": view,
    }

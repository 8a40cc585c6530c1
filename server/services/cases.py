"""Creating cases and applying lifecycle actions: one transaction each, audited, in the feed."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import Row, Table, bindparam, select, text, update
from sqlalchemy.orm import Session

from server.map.areas import current_areas
from server.models import Attachment, Case, CaseAction, DrillRun, Escalation
from server.problems import Code, Problem, invalid_field, not_found
from server.schemas.case import ActionRequest, CaseCreate
from server.services import case_rows, resolve, supervision
from server.services.case_intake import (
    channel_fields,
    resolve_community,
    urgency_of,
)
from server.services.case_trail import publish, record
from server.services.corrections import apply_correction
from server.services.direct_answer import check_answerable, close_answered
from server.services.lifecycle import (
    RULES,
    TERMINAL_STATES,
    Actor,
    allowed_actions,
    next_state,
    refusal,
)
from server.services.refdata import ReferenceData
from server.services.sla import STEP_OF_STATE, SlaClock
from server.services.views import action_view, case_view, facts_of
from server.services.workcalendar import SHANGHAI as SHANGHAI_TZ

CREATOR_ROLES = frozenset({"duty_officer", "supervisor", "trainer", "system", "department"})
# Departments' field apps (grid members, river chiefs) report from the field, nothing else.
FIELD_CHANNELS = frozenset({"grid", "river_patrol"})
# Escalation levels: 1 催办, 2 督办 (the ladder opens a 督办 item), 3 通报.
SUPERVISE_LEVEL = 2
# A manual urge reaches 督办 at most; 通报 is the ladder's alone.
MAX_MANUAL_ESCALATION = SUPERVISE_LEVEL
_NEXT_NUMBER = text("UPDATE case_numbers SET last = last + 1 WHERE series = :series RETURNING last")
_ESCALATIONS = cast(Table, Escalation.__table__)
_CLOSE_SUPERVISION = (
    update(_ESCALATIONS)
    .where(_ESCALATIONS.c.case_id == bindparam("supervised_case"), _ESCALATIONS.c.status == "open")
    .values(status="closed", closed_at=bindparam("now"))
)


def visible(case: Case | Row[Any], actor: Actor) -> bool:
    """Drill cases are for trainers (and drill stand-ins) only; departments see the cases
    dispatched to them."""
    if case.drill != (actor.role == "trainer" or actor.drill):
        return False
    if actor.role == "department":
        return case.department_id == actor.department_id
    return True


def get_visible(session: Session, case_id: int, actor: Actor, *, lock: bool = False) -> Case:
    """The case if this actor may see it; 404 otherwise (its existence is not revealed)."""
    stmt = select(Case).where(Case.id == case_id)
    if lock:
        stmt = stmt.with_for_update()
    case = session.scalar(stmt)
    if case is None or not visible(case, actor):
        raise not_found(f"Case {case_id}")
    return case


def create_case(
    session: Session,
    *,
    data: CaseCreate,
    actor: Actor,
    ref: ReferenceData,
    sla: SlaClock,
    now: datetime,
    run_clock: bool = True,
    feed_at: datetime | None = None,
) -> Case:
    """Register a report as a new case in state `reported`, its accept clock running.

    A report `answered` at intake (直办) is closed at once in the same transaction. A case of
    a drill run is dated by the run's clock (`now` is read on it, unless `run_clock` is False:
    then `now` is drill time already, as the run's injector gives it, and `feed_at` the real
    instant its feed event is dated by).
    """
    if actor.role not in CREATOR_ROLES:
        raise Problem(
            403,
            "Forbidden",
            f"the role {actor.role} may not create cases",
            code=Code.FORBIDDEN_ROLE,
        )
    if actor.role == "department" and data.channel not in FIELD_CHANNELS:
        raise Problem(
            403,
            "Forbidden",
            f"department accounts report from the field only (channel "
            f"{' or '.join(sorted(FIELD_CHANNELS))}), not '{data.channel}'",
            code=Code.FIELD_CHANNELS_ONLY,
            kind="forbidden",
        )
    drill = actor.role == "trainer" or data.drill
    if drill and actor.role not in ("trainer", "system"):
        raise Problem(
            403,
            "Forbidden",
            "only trainers create drill cases",
            code=Code.FORBIDDEN_ROLE,
            kind="forbidden",
        )
    # The feed is dated by the real clock, whatever the case's clock (its pruning goes by it).
    feed_now = feed_at or now
    if drill and data.drill_run_id is not None and run_clock:
        now = drill_time(session, data.drill_run_id, now)
    category = resolve.category(ref, data.category)
    if data.answered is not None:
        check_answerable(category, actor)
    # A point places the case in the street polygon holding it (server/services/resolve.py).
    areas = current_areas(session) if data.lat is not None and not data.street else None
    street = resolve.street_or_address(
        ref, data.street, data.address, lat=data.lat, lon=data.lon, areas=areas
    )
    community_id = resolve_community(ref, data.community, street.id if street else None)
    grid = ref.grid_by_code.get(data.grid) if data.grid else None
    if data.grid and grid is None:
        raise _invalid("grid", f"unknown grid '{data.grid}'")
    lat, lon = data.lat, data.lon
    if (lat is None) != (lon is None):
        raise _invalid("lat", "give both lat and lon, or neither")
    carried = channel_fields(session, data=data, now=now)
    case = Case(
        channel=data.channel,
        category_id=category.id,
        urgency=urgency_of(data, category),
        title=data.title,
        description=data.description,
        address=data.address,
        street_id=street.id if street else None,
        community_id=community_id,
        grid_id=grid.id if grid else None,
        lat=lat,
        lon=lon,
        reporter_name=data.reporter_name,
        reporter_phone=data.reporter_phone,
        state="reported",
        version=1,
        escalation_level=0,
        return_count=0,
        drill=drill,
        drill_run_id=data.drill_run_id if drill else None,
        created_at=now,
        updated_at=now,
        sla_epoch=0,
        sla_rung=0,
        sla_paused_min=0.0,
        **carried,
    )
    sla.start_step(ref, case, "accept", now)
    session.add(case)
    session.flush()
    case.ref = next_ref(session, drill=drill, now=now)
    entry = record(
        session,
        case=case,
        action="create",
        actor=actor,
        now=now,
        from_state=None,
        payload={"channel": case.channel},
    )
    publish(session, "case.created", case=case, entry=entry, ref=ref, now=feed_now)
    if data.answered is not None:
        # Closed (and in the feed) at the real instant: direct_answer dates both alike.
        close_answered(
            session, case=case, answer=data.answered, actor=actor, ref=ref, sla=sla, now=feed_now
        )
    return case


def apply_action(
    session: Session,
    *,
    case_id: int,
    request: ActionRequest,
    version: int,
    actor: Actor,
    ref: ReferenceData,
    sla: SlaClock,
    now: datetime,
    run_clock: bool = True,
    feed_at: datetime | None = None,
) -> Case:
    """Apply one lifecycle action, or refuse it with 403/409/422 and change nothing.

    An action on a drill run's case happens at the run's clock (unless `run_clock` is False:
    `now` is drill time already, as a scripted department gives it, and `feed_at` the real
    instant its feed event is dated by).
    """
    loaded = case_rows.load(session, case_id, lock=True)
    if loaded is None or not visible(loaded.case, actor):
        raise not_found(f"Case {case_id}")
    case = loaded.case
    feed_now = feed_at or now
    if case.drill_run_id is not None and run_clock:
        now = drill_time(session, case.drill_run_id, now)
    if version != case.version:
        raise Problem(
            409,
            "Case changed",
            f"Case {case.ref} was changed (version {case.version}, you had {version}): "
            "review the current case and act again.",
            code=Code.STALE_VERSION,
            kind="conflict",
            case=case_view(case, ref, actor),
            last_change=_last_change(session, case),
        )
    action = request.action
    facts = facts_of(case)
    refused = refusal(action, facts, actor)
    if refused is not None:
        if refused.forbidden:
            raise Problem(403, "Forbidden", refused.reason, code=refused.code, kind="forbidden")
        raise Problem(
            422,
            "Action not allowed now",
            f"{refused.reason}. The case is {case.state}; allowed now: "
            f"{', '.join(allowed_actions(facts, actor)) or 'none'}.",
            code=refused.code,
            kind="illegal-action",
            state=case.state,
            allowed_actions=allowed_actions(facts, actor),
        )
    note = request.note
    if _needs_reason(request) and not note:
        raise _invalid(
            "note", f"{action} needs a reason: say why in the note", code=Code.REASON_REQUIRED
        )
    from_state = case.state
    # The supervisors' actions (督办, park requests) first; they pass the others on (None).
    payload = supervision.apply_effects(session, case, action, note=note, now=now)
    if payload is None:
        payload = _apply_effects(session, case, request, ref, sla, now)
    case.state = next_state(action, from_state)
    _move_clock(session, case, from_state, action, ref, sla, now)
    case.version += 1
    case.updated_at = now
    case_rows.save(session, loaded)
    entry = record(
        session,
        case=case,
        action=action,
        actor=actor,
        now=now,
        from_state=from_state,
        note=note,
        payload=payload,
    )
    publish(session, "case.action", case=case, entry=entry, ref=ref, now=feed_now)
    return case


def drill_time(session: Session, run_id: int, now: datetime) -> datetime:
    """The drill clock of run `run_id` at the real instant `now` (`now` for an unknown run)."""
    run = session.get(DrillRun, run_id)
    return now if run is None else run.clock_at(now)


def next_ref(session: Session, *, drill: bool, now: datetime) -> str:
    """The next case reference: CC + yymmdd + 6 digits live, DR + yyyymmdd + 5 digits in drills.

    Each series counts on its own row (locked until commit), so drills never skip a live
    number.
    """
    series = "drill" if drill else "live"
    number = session.execute(_NEXT_NUMBER, {"series": series}).scalar_one()
    day = now.astimezone(SHANGHAI_TZ)
    if drill:
        return f"DR{day.strftime('%Y%m%d')}{number:05d}"
    return f"CC{day.strftime('%y%m%d')}{number:06d}"


def _needs_reason(request: ActionRequest) -> bool:
    if RULES[request.action].reason_required:
        return True
    return request.action == "callback" and request.result == "unsatisfied"


def _apply_effects(
    session: Session,
    case: Case,
    request: ActionRequest,
    ref: ReferenceData,
    sla: SlaClock,
    now: datetime,
) -> dict[str, Any]:
    """The action's own effects beyond the state change; returns what the audit keeps."""
    action = request.action
    if action == "dispatch":
        department = resolve.department(ref, request.department, handling=True)
        case.department_id = department.id
        return {"department": department.code, "department_name": department.name}
    if action == "return":
        case.return_count += 1
        return {"department": _dept_code(ref, case.department_id)}
    if action == "merge":
        parent = _merge_parent(session, case, request.parent_id)
        case.parent_id = parent.id
        return {"parent_id": parent.id, "parent_ref": parent.ref}
    if action == "urge":
        case.escalation_level = max(
            case.escalation_level, min(MAX_MANUAL_ESCALATION, case.escalation_level + 1)
        )
        return {"escalation_level": case.escalation_level}
    if action == "request_extension":
        if request.extension_minutes is None:
            raise _invalid("extension_minutes", "request_extension needs extension_minutes")
        case.extension_pending_min = request.extension_minutes
        return {"extension_minutes": request.extension_minutes}
    if action == "approve_extension":
        minutes = case.extension_pending_min or 0
        case.extension_pending_min = None
        sla.extend(case, minutes, now)
        # The color after the extension, so that the audit trail alone tells when it was red.
        return {"extension_minutes": minutes, "color": case.color}
    if action == "reject_extension":
        rejected = case.extension_pending_min
        case.extension_pending_min = None
        return {"extension_minutes": rejected}
    if action == "reopen":
        # The next reopen needs a new unsatisfied callback after the next closure.
        case.last_callback = None
        return {}
    if action == "callback":
        if request.result is None:
            raise _invalid(
                "result", "callback needs the result: satisfied, basically_satisfied or unsatisfied"
            )
        case.last_callback = request.result
        return {"result": request.result}
    if action == "escalate":
        if request.target is None:
            raise _invalid("target", "escalate needs a target: supervisor or city")
        return {"target": request.target}
    if action == "correct":
        return apply_correction(session, case=case, request=request, ref=ref, sla=sla, now=now)
    return {}


def _move_clock(
    session: Session,
    case: Case,
    from_state: str,
    action: str,
    ref: ReferenceData,
    sla: SlaClock,
    now: datetime,
) -> None:
    """Start, pause, resume or stop the SLA clock as the state moves."""
    to_state = case.state
    if to_state == from_state:
        return
    if action == "park":
        sla.pause(case, now)
        return
    if action == "unpark":
        sla.resume(case, now)
        return
    _close_supervision(session, case, now)
    step = STEP_OF_STATE.get(to_state)
    if step is None:
        sla.stop(case)
        if to_state == "closed":
            case.closed_at = now
        return
    case.closed_at = None
    # The handle step counts from dispatch, so signing keeps the dispatch instant.
    started = case.sla_started_at if action == "sign" else now
    sla.start_step(ref, case, step, now, started_at=started)


def _close_supervision(session: Session, case: Case, now: datetime) -> None:
    """A 督办 item closes when the case leaves the step it was opened for.

    The ladder's 督办 rung and a supervisor's `supervise` open such items (and 通报 ones), and
    both raise the case's escalation level to 2 for good: below that there is nothing to close.
    """
    if case.escalation_level < SUPERVISE_LEVEL:
        return
    session.connection().execute(_CLOSE_SUPERVISION, {"supervised_case": case.id, "now": now})
    # Items this session has loaded (the ladder's, in one transaction with this) must not
    # stay open in memory.
    for loaded in list(session.identity_map.values()):
        if isinstance(loaded, Escalation) and loaded.case_id == case.id:
            session.expire(loaded)


def _merge_parent(session: Session, case: Case, parent_id: int | None) -> Case:
    if parent_id is None:
        raise _invalid("parent_id", "merge needs parent_id, the case to merge into")
    if parent_id == case.id:
        raise _invalid(
            "parent_id", "a case cannot be merged into itself", code=Code.MERGE_INTO_ITSELF
        )
    parent = session.get(Case, parent_id)
    if parent is None or parent.drill != case.drill:
        raise _invalid(
            "parent_id", f"case {parent_id} does not exist", code=Code.MERGE_TARGET_NOT_FOUND
        )
    if parent.state in TERMINAL_STATES:
        raise _invalid(
            "parent_id",
            f"case {parent.ref} is {parent.state} and cannot take a merge",
            code=Code.MERGE_TARGET_FINAL,
        )
    return parent


def _last_change(session: Session, case: Case) -> dict[str, Any] | None:
    entry = session.scalar(
        select(CaseAction)
        .where(CaseAction.case_id == case.id)
        .order_by(CaseAction.id.desc())
        .limit(1)
    )
    return action_view(entry) if entry else None


def _dept_code(ref: ReferenceData, department_id: int | None) -> str | None:
    department = ref.departments.get(department_id) if department_id else None
    return department.code if department else None


def _invalid(
    field: str, message: str, choices: list[str] | None = None, *, code: Code = Code.INVALID
) -> Problem:
    return invalid_field(field, message, choices, code=code)


def attachments_of(session: Session, case: Case) -> list[Attachment]:
    """The case's attachments, oldest first."""
    return list(
        session.scalars(
            select(Attachment).where(Attachment.case_id == case.id).order_by(Attachment.id)
        )
    )

"""The runner of a drill: brings a run up to its clock's now, in the order things happen.

Injects become drill cases at their instants (through `cases.create_case`, as live intake
does), scripted departments make their moves (through `cases.apply_action`), and the
escalation ladder climbs on the run's clock (`escalation.tick` on the run's cases only).
Everything is dated by the instant it was due in drill time, not by when the runner came
round, so a run comes out the same however often it is advanced.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.config import Settings
from server.drills.departments import Move, next_move
from server.drills.photos import attach_step_photo
from server.drills.scenario import CHANNEL_OF_KIND, Inject, Scenario
from server.models import Camera, Case, DrillInject, DrillRun
from server.schemas.case import CaseCreate
from server.services import cases, escalation
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.sla import SlaClock

# Who brings the injects in: the drill's control room (导调), on drill cases only.
CONTROL = Actor(user_id=None, name="演练导调", role="system", username="drill_control", drill=True)
MAX_STEPS = 10_000  # a bound on one advance, so that a bad script cannot spin forever


def advance(
    session: Session,
    run: DrillRun,
    *,
    ref: ReferenceData,
    sla: SlaClock,
    real_now: datetime,
    settings: Settings | None = None,
) -> int:
    """Bring the run up to its clock at `real_now`; returns how many things happened.

    `settings` say where attachments are kept: without them, a step's photo is left out.
    """
    if run.status != "running" or run.sim_start is None:
        return 0
    until = run.clock_at(real_now)
    scenario = Scenario.model_validate(run.scenario)
    rows = list(
        session.scalars(
            select(DrillInject)
            .where(DrillInject.run_id == run.id)
            .order_by(DrillInject.at_min, DrillInject.position)
        )
    )
    happened = 0
    for _ in range(MAX_STEPS):
        event = _next_event(session, run, scenario, rows, ref)
        if event is None or event[0] > until:
            break
        at, row, move = event
        happened += _climb(session, run, at=at, ref=ref, real_now=real_now)
        if move is None:
            _fire(
                session,
                run,
                row,
                scenario.inject(row.key),
                at=at,
                ref=ref,
                sla=sla,
                real_now=real_now,
            )
        else:
            _make(session, row, move, ref=ref, sla=sla, real_now=real_now, settings=settings)
        happened += 1
    happened += _climb(session, run, at=until, ref=ref, real_now=real_now)
    return happened


def _climb(
    session: Session, run: DrillRun, *, at: datetime, ref: ReferenceData, real_now: datetime
) -> int:
    """The escalation ladder of the run's cases, at drill time `at`."""
    ids = escalation.due_ids(session, at, drill_run_id=run.id)
    if not ids:
        return 0
    return escalation.tick(session, ref=ref, now=at, ids=ids, feed_at=real_now)


def _next_event(
    session: Session,
    run: DrillRun,
    scenario: Scenario,
    rows: list[DrillInject],
    ref: ReferenceData,
) -> tuple[datetime, DrillInject, Move | None] | None:
    """The earliest thing due next: an inject to fire, or a department's move."""
    assert run.sim_start is not None
    best: tuple[datetime, DrillInject, Move | None] | None = None
    for row in rows:
        if row.status == "pending":
            at = run.sim_start + timedelta(minutes=row.at_min)
            if best is None or at < best[0]:
                best = (at, row, None)
            continue
        if row.case_id is None:
            continue
        case = session.get(Case, row.case_id)
        if case is None:
            continue
        move = next_move(session, row=row, inject=scenario.inject(row.key), case=case, ref=ref)
        if move is not None:
            at = max(move.at, case.updated_at)
            if best is None or at < best[0]:
                best = (at, row, replace(move, at=at))
    return best


def _fire(
    session: Session,
    run: DrillRun,
    row: DrillInject,
    inject: Inject,
    *,
    at: datetime,
    ref: ReferenceData,
    sla: SlaClock,
    real_now: datetime,
) -> None:
    """The inject arrives: a drill case of the run, created as live intake creates one."""
    data = case_data(session, run, inject, at=at)
    case = cases.create_case(
        session,
        data=data,
        actor=CONTROL,
        ref=ref,
        sla=sla,
        now=at,
        run_clock=False,
        feed_at=real_now,
    )
    row.status = "done"
    row.case_id = case.id
    row.fired_at = at


def case_data(session: Session, run: DrillRun, inject: Inject, *, at: datetime) -> CaseCreate:
    """The report the inject makes, as its channel would bring it."""
    channel = inject.channel or CHANNEL_OF_KIND[inject.kind]
    camera = inject.camera if channel == "video" else None
    if (
        camera is not None
        and session.scalar(select(Camera.id).where(Camera.code == camera)) is None
    ):
        camera = None  # a server without that camera in its registry: the sighting stands
    city = channel == "city" and inject.city_ref is not None
    return CaseCreate(
        channel=channel,  # type: ignore[arg-type]
        category=inject.category,
        urgency=inject.urgency,
        title=inject.title,
        description=inject.caller.text,
        address=inject.address,
        street=inject.street,
        grid=inject.grid if channel == "grid" else None,
        reporter_name=inject.caller.name,
        reporter_phone=inject.caller.phone,
        drill=True,
        drill_run_id=run.id,
        external_ref=inject.city_ref if city else None,
        external_due_at=at + timedelta(hours=inject.city_due_hours or 24) if city else None,
        camera_code=camera,
    )


def _make(
    session: Session,
    row: DrillInject,
    move: Move,
    *,
    ref: ReferenceData,
    sla: SlaClock,
    real_now: datetime,
    settings: Settings | None,
) -> None:
    """A department's move, through the action service at its drill instant, and the photo
    it brings along, kept as live evidence is (after the action: a resolution's photo)."""
    assert row.case_id is not None
    case = cases.apply_action(
        session,
        case_id=row.case_id,
        request=move.request,
        version=move.request.version or 0,
        actor=move.actor,
        ref=ref,
        sla=sla,
        now=move.at,
        run_clock=False,
        feed_at=real_now,
    )
    if move.step:
        row.script_step += 1
        row.step_since = move.at
        department = ref.departments.get(move.actor.department_id or 0)
        row.script_department = department.code if department else None
    if move.photo is not None and settings is not None:
        attach_step_photo(
            session,
            case=case,
            name=move.photo,
            caption=move.photo_caption,
            actor=move.actor,
            ref=ref,
            settings=settings,
            now=move.at,
            feed_at=real_now,
        )

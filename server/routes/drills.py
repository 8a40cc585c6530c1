"""Drill routes (trainers only): runs and their clock, scores, the after-action report, and a
trainer acting for a department on drill cases (docs/api-drills.md). The scenarios the runs
are made of are server/routes/drill_scenarios.py's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Depends, Header, Path, Query
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from server.deps import StateDep, require_roles
from server.drills import access, library, runs
from server.drills.departments import department_actor, supervisor_actor
from server.drills.driver import catch_up
from server.drills.report import after_action, run_summary, run_view
from server.drills.report_pdf import render_report_pdf
from server.drills.scoring import run_scores, scoreboard
from server.drills.trainees_out import TraineeListOut
from server.models import Case, DrillInject, DrillRun, User
from server.params import CaseId
from server.problems import Code, Problem, invalid_field
from server.schemas import MAX_INT
from server.schemas.case import ActionRequest
from server.schemas.case_out import CaseOut
from server.schemas.drill import InputStats, RunSpeed, RunStart
from server.schemas.drill_out import (
    ReportOut,
    RunListOut,
    RunOut,
    RunStatus,
    ScoreboardOut,
)
from server.services import cases, idempotency, resolve
from server.services.lifecycle import Actor
from server.services.pdf_render import PdfError
from server.services.views import case_view
from server.state import AppState

router = APIRouter(prefix="/api/v1/drills", tags=["drills"])

Trainer = Annotated[Actor, Depends(require_roles("trainer"))]
StandIn = Literal["department", "supervisor"]
RunId = Annotated[int, Path(ge=1, le=MAX_INT, description="the drill run id")]


@router.post("/runs", status_code=201, response_model=RunOut)
def start_run(body: RunStart, actor: Trainer, state: StateDep) -> dict[str, Any]:
    """Start a run for the trainees: its injects arrive on the drill clock from now."""
    ref = state.reference.get()
    if (body.scenario is None) == (body.text is None):
        raise invalid_field("scenario", "name a scenario file, or send its text (not both)")
    if body.text is not None:
        scenario = library.checked(body.text, ref=ref)
    else:
        scenario = library.load(
            body.scenario or "", ref=ref, trainers=library.trainer_dir(state.settings)
        )
    with state.db.write() as session:
        now = state.clock()
        access.check_may_start(session, actor)
        run = runs.start_run(
            session,
            scenario=scenario,
            trainees=body.trainees,
            speed=body.speed,
            start_at=body.start_at,
            actor=actor,
            now=now,
        )
        catch_up(state, session, run.id)
        answer = run_view(session, run, real_now=now)
        runs.announce(session, [run], now)
    state.hub.notify()
    return answer


@router.get("/trainees", response_model=TraineeListOut)
def list_trainees(_actor: Trainer, state: StateDep) -> dict[str, Any]:
    """The accounts a run may name as trainees (active drill accounts, by username), for
    the console's checklist of a new run."""
    stmt = (
        select(User.username, User.display_name)
        .where(User.role == runs.TRAINEE_ROLE, User.active)
        .order_by(User.username)
    )
    with state.db.read() as session:
        rows = session.execute(stmt).all()
    return {"trainees": [{"username": u, "display_name": d or u} for u, d in rows]}


@router.get("/runs", response_model=RunListOut)
def list_runs(
    _actor: Trainer,
    state: StateDep,
    scenario: Annotated[str | None, Query(max_length=80)] = None,
    status: Annotated[RunStatus | None, Query()] = None,
    trainee: Annotated[
        str | None, Query(max_length=80, description="runs this username trains in")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> dict[str, Any]:
    """Runs, newest first: of one scenario (a trainee's progress), or a trainee's running
    run (`?trainee=me&status=running`: what a trainee's console switches into)."""
    stmt = select(DrillRun).order_by(DrillRun.id.desc())
    if scenario is not None:
        stmt = stmt.where(DrillRun.scenario_id == scenario)
    if status is not None:
        stmt = stmt.where(DrillRun.status == status)
    with state.db.read() as session:
        now = state.clock()
        found = [
            run
            for run in session.scalars(stmt)
            if trainee is None or trainee in (run.trainees or [])
        ][:limit]
        return {"runs": [run_summary(run, real_now=now) for run in found]}


@router.get("/runs/{run_id}", response_model=RunOut)
def get_run(run_id: RunId, _actor: Trainer, state: StateDep) -> dict[str, Any]:
    """The run now: status, drill clock, injects done and pending, scoreboard."""
    with state.db.write() as session:
        now = state.clock()
        catch_up(state, session, run_id)
        answer = run_view(session, runs.get_run(session, run_id), real_now=now)
    state.hub.notify()
    return answer


@router.post("/runs/{run_id}/pause", response_model=RunOut)
def pause_run(run_id: RunId, actor: Trainer, state: StateDep) -> dict[str, Any]:
    """Stop the drill clock: nothing arrives, no deadline comes nearer."""
    return _steer(state, run_id, actor, "pause", lambda run, now: runs.pause(run, now))


@router.post("/runs/{run_id}/resume", response_model=RunOut)
def resume_run(run_id: RunId, actor: Trainer, state: StateDep) -> dict[str, Any]:
    """Run the drill clock on from where it stood."""
    return _steer(state, run_id, actor, "resume", lambda run, now: runs.resume(run, now))


@router.post("/runs/{run_id}/speed", response_model=RunOut)
def set_speed(run_id: RunId, body: RunSpeed, actor: Trainer, state: StateDep) -> dict[str, Any]:
    """Run the drill clock at 1×, 2× or 5× from now on."""
    return _steer(
        state,
        run_id,
        actor,
        "change the speed of",
        lambda run, now: runs.set_speed(run, body.speed, now),
    )


@router.post("/runs/{run_id}/stop", response_model=RunOut)
def stop_run(run_id: RunId, actor: Trainer, state: StateDep) -> dict[str, Any]:
    """End the run; its cases and scores stay for the report."""
    return _steer(state, run_id, actor, "stop", lambda run, now: runs.stop(run, now))


@router.post("/runs/{run_id}/reset", status_code=201, response_model=RunOut)
def reset_run(run_id: RunId, actor: Trainer, state: StateDep) -> dict[str, Any]:
    """Stop the run and start its scenario again as a new run (the answer is the new run)."""
    with state.db.write() as session:
        now = state.clock()
        catch_up(state, session, run_id)
        old = runs.get_run(session, run_id, lock=True)
        access.check_may_steer(old, actor, "reset")
        new = runs.reset(session, old, actor=actor, now=now)
        catch_up(state, session, new.id)
        answer = run_view(session, new, real_now=now)
        runs.announce(session, [old, new], now)
    state.hub.notify()
    return answer


@router.get("/runs/{run_id}/scoreboard", response_model=ScoreboardOut)
def get_scoreboard(run_id: RunId, _actor: Trainer, state: StateDep) -> dict[str, Any]:
    """The live scoreboard: per trainee, times, departments, duplicates, SLA, escalations."""
    with state.db.write() as session:
        now = state.clock()
        catch_up(state, session, run_id)
        run = runs.get_run(session, run_id)
        summary = run_summary(run, real_now=now)
        board = scoreboard(run_scores(session, run), list(run.trainees))
    state.hub.notify()
    return {
        "run_id": run_id,
        "status": summary["status"],
        "clock": summary["clock"],
        "scoreboard": board,
    }


@router.get("/runs/{run_id}/report", response_model=ReportOut)
def get_report(run_id: RunId, _actor: Trainer, state: StateDep) -> dict[str, Any]:
    """The after-action report: every inject's score and findings, and the timeline."""
    with state.db.write() as session:
        now = state.clock()
        catch_up(state, session, run_id)
        report = after_action(session, runs.get_run(session, run_id), real_now=now)
    state.hub.notify()
    return report


@router.get(
    "/runs/{run_id}/report.pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}, "description": "the report as PDF"}},
)
def get_report_pdf(run_id: RunId, _actor: Trainer, state: StateDep) -> Response:
    """The after-action report as an A4 PDF: scoreboard, times against targets, findings,
    timeline (500 `server_error` where the server has no CJK font)."""
    report = get_report(run_id, _actor, state)
    try:
        pdf = render_report_pdf(report)
    except PdfError as exc:
        raise Problem(500, "PDF unavailable", str(exc), code=Code.SERVER_ERROR) from None
    name = f"drill-{run_id}-report.pdf"
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.post("/runs/{run_id}/input-stats", status_code=204)
def report_input(run_id: RunId, body: InputStats, _actor: Trainer, state: StateDep) -> Response:
    """A trainee's console reports the keystrokes and clicks one inject took (last wins)."""
    with state.db.write() as session:
        runs.get_run(session, run_id)
        row = session.scalar(
            select(DrillInject)
            .where(DrillInject.run_id == run_id, DrillInject.key == body.inject)
            .with_for_update()
        )
        if row is None:
            raise invalid_field("inject", f"run {run_id} has no inject '{body.inject}'")
        stats = dict(row.input_stats or {})
        stats[body.trainee] = {"keystrokes": body.keystrokes, "clicks": body.clicks}
        row.input_stats = stats
    return Response(status_code=204)


@router.post("/cases/{case_id}/actions", response_model=CaseOut)
def act_for_department(
    case_id: CaseId,
    body: ActionRequest,
    actor: Trainer,
    state: StateDep,
    idempotency_key: Annotated[str, Header(max_length=200, description="a fresh UUID per action")],
    department: Annotated[
        str | None,
        Query(max_length=40, description="the department to act as (default: the case's)"),
    ] = None,
    role: Annotated[
        StandIn, Query(description="act as a department, or as the supervisor (值班长)")
    ] = "department",
) -> Response:
    """The trainer acts as a department on a drill case (sign, return, resolve, …), as the
    department's own console would, or as the supervisor (approve an extension a scripted
    department asked for, park, …); the audit names the trainer (代 whom)."""
    key = idempotency.check_key(idempotency_key, required=True)
    version = body.version
    if version is None:
        raise invalid_field("version", "send the case version you saw")
    fingerprint = idempotency.request_hash(
        "POST",
        f"/drills/cases/{case_id}/actions",
        {**body.model_dump(mode="json"), "as": department, "role": role},
    )
    ref = state.reference.get()

    def work(session: Session, now: datetime) -> bytes:
        case = cases.get_visible(session, case_id, actor)
        if case.drill_run_id is not None:
            stand_in = "the supervisor" if role == "supervisor" else "a department"
            access.check_may_steer(
                runs.get_run(session, case.drill_run_id), actor, f"act as {stand_in} in"
            )
        if role == "supervisor":
            return orjson.dumps(
                case_view(_act_as(session, supervisor_actor(actor), now), ref, actor)
            )
        if department is not None:
            chosen = resolve.department(ref, department, handling=True)
        elif case.department_id is not None:
            chosen = ref.departments[case.department_id]
        else:
            raise invalid_field("department", "the case has no department yet: name one")
        return orjson.dumps(
            case_view(_act_as(session, department_actor(chosen, by=actor), now), ref, actor)
        )

    def _act_as(session: Session, stand_in: Actor, now: datetime) -> Case:
        return cases.apply_action(
            session,
            case_id=case_id,
            request=body,
            version=version,
            actor=stand_in,
            ref=ref,
            sla=state.sla,
            now=now,
        )

    outcome = idempotency.write_once(
        state.db,
        clock=state.clock,
        user_id=actor.user_id or 0,
        key=key,
        fingerprint=fingerprint,
        status=200,
        work=work,
    )
    if not outcome.replayed:
        state.hub.notify()
    return Response(
        outcome.body,
        status_code=outcome.status,
        media_type="application/json",
        headers=outcome.headers,
    )


def _steer(
    state: AppState,
    run_id: int,
    actor: Actor,
    verb: str,
    change: Callable[[DrillRun, datetime], None],
) -> dict[str, Any]:
    """Bring the run up to its clock, make the change (not a trainee's: 403), put it on the
    feed (`drill.run`) and answer with the run's state."""
    with state.db.write() as session:
        now = state.clock()
        catch_up(state, session, run_id)
        run = runs.get_run(session, run_id, lock=True)
        access.check_may_steer(run, actor, verb)
        change(run, now)
        session.flush()
        answer = run_view(session, run, real_now=now)
        runs.announce(session, [run], now)
    state.hub.notify()
    return answer

"""What the API tells of a run: its state (clock, injects, scoreboard) and the after-action
report (a timeline of every inject and action, times against targets, what went wrong)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from server.drills.scenario import Scenario
from server.drills.scoring import run_scores, scoreboard
from server.models import Case, CaseAction, DrillInject, DrillRun
from server.services.views import iso


def run_view(session: Session, run: DrillRun, *, real_now: datetime) -> dict[str, Any]:
    """The run's state now: status, drill clock, injects done and pending, scoreboard."""
    rows = _rows(session, run)
    scores = {s.inject: s for s in run_scores(session, run)}
    refs = _refs(session, rows)
    return {
        **run_summary(run, real_now=real_now),
        "injects": [
            {
                "inject": row.key,
                "at_min": row.at_min,
                "status": row.status,
                "case_id": row.case_id,
                "case_ref": refs.get(row.case_id or 0),
                "fired_at": iso(row.fired_at) if row.fired_at else None,
                "state": scores[row.key].state,
                "expected_state": scores[row.key].expected_state,
                "script_step": row.script_step,
            }
            for row in rows
        ],
        "scoreboard": scoreboard(list(scores.values()), list(run.trainees)),
    }


def run_summary(run: DrillRun, *, real_now: datetime) -> dict[str, Any]:
    """The run without its injects: for lists of runs."""
    now = run.clock_at(real_now)
    return {
        "id": run.id,
        "name": run.name,
        "scenario_id": run.scenario_id,
        "status": run.status,
        "created_by": run.created_by,
        "created_at": iso(run.created_at),
        "ended_at": iso(run.ended_at) if run.ended_at else None,
        "trainees": list(run.trainees),
        "previous_run_id": run.previous_run_id,
        "clock": {
            "speed": run.speed,
            "start": iso(run.sim_start) if run.sim_start else None,
            "now": iso(now),
            "elapsed_min": round(run.elapsed_at(real_now) / 60, 2),
            "real_now": iso(real_now),
            "duration_min": (run.scenario or {}).get("duration_min"),
        },
    }


def after_action(session: Session, run: DrillRun, *, real_now: datetime) -> dict[str, Any]:
    """The after-action report: the run, each inject's score and findings, the timeline."""
    scenario = Scenario.model_validate(run.scenario)
    scores = run_scores(session, run)
    rows = _rows(session, run)
    return {
        **run_summary(run, real_now=real_now),
        "scenario": {
            "id": scenario.id,
            "title": scenario.title,
            "description": scenario.description,
        },
        "injects": [score.as_dict() for score in scores],
        "scoreboard": scoreboard(scores, list(run.trainees)),
        "totals": {
            "points": sum(s.points for s in scores),
            "max_points": sum(s.max_points for s in scores),
            "findings": sum(len(s.findings) for s in scores),
        },
        "timeline": timeline(session, run, rows),
    }


def timeline(session: Session, run: DrillRun, rows: list[DrillInject]) -> list[dict[str, Any]]:
    """Every inject's arrival and every action on the run's cases, in drill-time order."""
    start = run.sim_start
    inject_of = {row.case_id: row.key for row in rows if row.case_id is not None}
    items: list[tuple[datetime, int, dict[str, Any]]] = []
    for row in rows:
        if row.fired_at is not None:
            items.append((row.fired_at, 0, {"type": "inject", "inject": row.key}))
    if inject_of:
        refs = _pairs(session, select(Case.id, Case.ref).where(Case.id.in_(inject_of)))
        for entry in session.scalars(
            select(CaseAction).where(CaseAction.case_id.in_(inject_of)).order_by(CaseAction.id)
        ):
            items.append(
                (
                    entry.created_at,
                    entry.id,
                    {
                        "type": "action",
                        "inject": inject_of[entry.case_id],
                        "case_id": entry.case_id,
                        "case_ref": refs.get(entry.case_id),
                        "action": entry.action,
                        "actor": entry.actor_name,
                        "role": entry.actor_role,
                        "from_state": entry.from_state,
                        "to_state": entry.to_state,
                        "note": entry.note,
                    },
                )
            )
    items.sort(key=lambda item: (item[0], item[1]))
    return [
        {
            "at": iso(at),
            "minute": round((at - start).total_seconds() / 60, 2) if start else None,
            **body,
        }
        for at, _, body in items
    ]


def _rows(session: Session, run: DrillRun) -> list[DrillInject]:
    return list(
        session.scalars(
            select(DrillInject).where(DrillInject.run_id == run.id).order_by(DrillInject.position)
        )
    )


def _refs(session: Session, rows: list[DrillInject]) -> dict[int, str | None]:
    ids = [row.case_id for row in rows if row.case_id is not None]
    if not ids:
        return {}
    return _pairs(session, select(Case.id, Case.ref).where(Case.id.in_(ids)))


def _pairs(session: Session, stmt: Select[int, str | None]) -> dict[int, str | None]:
    return {key: value for key, value in session.execute(stmt)}

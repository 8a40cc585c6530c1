"""Scores of a drill run: per inject (times against targets, the right department on the
first try, duplicates merged, SLA kept, escalations answered) and per trainee.

The rules, and the points each is worth, are in docs/api-drills.md ("Scoring"). Times are
drill minutes from the inject's arrival. Who handled an inject is the trainee who first took
it up (register, merge, void or dispatch); actions of other accounts (scripted departments,
the trainer standing in for one, the ladder) are never a trainee's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.drills.scenario import Inject, Scenario
from server.models import Case, CaseAction, DrillInject, DrillRun, User

TAKE_UP = ("register", "merge", "void", "dispatch")
LADDER = ("auto_remind", "auto_supervise", "auto_notice")
TRAINEE_ROLE = "trainer"  # the role a trainee's actions are recorded under
POINTS = {
    "register_on_time": 20,
    "dispatch_on_time": 20,
    "right_department": 30,
    "duplicate_merged": 50,
    "sla_kept": 20,
    "escalations_handled": 10,
}


@dataclass
class InjectScore:
    """How one inject was handled."""

    inject: str
    kind: str
    case_id: int | None
    case_ref: str | None
    state: str | None
    expected_state: str
    reached_expected_state: bool
    trainee: str | None
    register_target_min: float
    dispatch_target_min: float
    registered_after_min: float | None = None
    dispatched_after_min: float | None = None
    register_on_time: bool = False
    dispatch_on_time: bool | None = None
    first_department: str | None = None
    expected_department: str | None = None
    right_department: bool | None = None
    duplicate: bool = False
    merged: bool | None = None
    dispatched_twice: bool | None = None
    sla_kept: bool = True
    escalations: int = 0
    escalations_handled: int = 0
    keystrokes: int | None = None
    clicks: int | None = None
    points: int = 0
    max_points: int = 0
    findings: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The score as the API answers it."""
        return dict(self.__dict__)


def run_scores(session: Session, run: DrillRun) -> list[InjectScore]:
    """Every inject's score so far, in scenario order (pending ones: not yet arrived)."""
    scenario = Scenario.model_validate(run.scenario)
    rows = list(
        session.scalars(
            select(DrillInject).where(DrillInject.run_id == run.id).order_by(DrillInject.position)
        )
    )
    case_ids = [row.case_id for row in rows if row.case_id is not None]
    cases = {c.id: c for c in session.scalars(select(Case).where(Case.id.in_(case_ids)))}
    history: dict[int, list[CaseAction]] = {case_id: [] for case_id in case_ids}
    for entry in session.scalars(
        select(CaseAction).where(CaseAction.case_id.in_(case_ids)).order_by(CaseAction.id)
    ):
        history[entry.case_id].append(entry)
    usernames = {user_id: name for user_id, name in session.execute(select(User.id, User.username))}
    return [
        score_inject(
            scenario,
            scenario.inject(row.key),
            cases.get(row.case_id or 0),
            history.get(row.case_id or 0, []),
            usernames=usernames,
            input_stats=row.input_stats or {},
        )
        for row in rows
    ]


def score_inject(
    scenario: Scenario,
    inject: Inject,
    case: Case | None,
    actions: list[CaseAction],
    *,
    usernames: dict[int, str],
    input_stats: dict[str, Any],
) -> InjectScore:
    """One inject's score from its case and the case's audit trail."""
    targets = scenario.targets_of(inject)
    duplicate = inject.kind == "duplicate"
    score = InjectScore(
        inject=inject.id,
        kind=inject.kind,
        case_id=case.id if case else None,
        case_ref=case.ref if case else None,
        state=case.state if case else None,
        expected_state=inject.expect.state,
        reached_expected_state=case is not None and case.state == inject.expect.state,
        trainee=None,
        register_target_min=targets.register_min,
        dispatch_target_min=targets.dispatch_min,
        expected_department=inject.expect.department,
        duplicate=duplicate,
    )
    if case is None:
        return score
    mine = [a for a in actions if a.actor_role == TRAINEE_ROLE]
    taken = next((a for a in mine if a.action in TAKE_UP), None)
    score.trainee = usernames.get(taken.actor_id or 0) if taken else None
    if taken is not None:
        score.registered_after_min = _minutes(case.created_at, taken.created_at)
        score.register_on_time = score.registered_after_min <= targets.register_min
    dispatches = [a for a in mine if a.action == "dispatch"]
    if dispatches:
        first = dispatches[0]
        score.dispatched_after_min = _minutes(case.created_at, first.created_at)
        score.first_department = (first.payload or {}).get("department")
    if duplicate:
        score.merged = any(a.action == "merge" for a in mine)
        score.dispatched_twice = bool(dispatches)
    else:
        score.dispatch_on_time = (
            score.dispatched_after_min is not None
            and score.dispatched_after_min <= targets.dispatch_min
        )
        if score.first_department is not None:
            expected = inject.expect.department
            score.right_department = expected is None or score.first_department == expected
    ladder = [a for a in actions if a.action in LADDER]
    score.sla_kept = not any(a.action in ("auto_supervise", "auto_notice") for a in ladder)
    score.escalations = len(ladder)
    score.escalations_handled = sum(1 for rung in ladder if any(a.id > rung.id for a in mine))
    if score.trainee and score.trainee in input_stats:
        stats = input_stats[score.trainee]
        score.keystrokes, score.clicks = stats.get("keystrokes"), stats.get("clicks")
    _points(score)
    _findings(score)
    return score


def _points(score: InjectScore) -> None:
    earned = {
        "register_on_time": score.register_on_time,
        "sla_kept": score.sla_kept,
        "escalations_handled": score.escalations_handled == score.escalations,
    }
    if score.duplicate:
        earned["duplicate_merged"] = bool(score.merged) and not score.dispatched_twice
    else:
        earned["dispatch_on_time"] = bool(score.dispatch_on_time)
        earned["right_department"] = bool(score.right_department)
    score.max_points = sum(POINTS[name] for name in earned)
    score.points = sum(POINTS[name] for name, ok in earned.items() if ok)


def _findings(score: InjectScore) -> None:
    """What went wrong, as codes a console words and the Chinese the report prints."""
    found = score.findings
    if score.registered_after_min is None:
        found.append({"code": "not_taken_up", "text": "未受理"})
    elif not score.register_on_time:
        found.append(
            {
                "code": "late_register",
                "text": f"受理用时{score.registered_after_min:g}分钟，"
                f"目标{score.register_target_min:g}分钟",
            }
        )
    if score.duplicate:
        if score.dispatched_twice:
            found.append({"code": "duplicate_dispatched", "text": "重复件被再次派遣，应合并"})
        elif not score.merged:
            found.append({"code": "duplicate_not_merged", "text": "重复件未合并"})
    else:
        if score.dispatched_after_min is None:
            found.append({"code": "not_dispatched", "text": "未派遣"})
        elif not score.dispatch_on_time:
            found.append(
                {
                    "code": "late_dispatch",
                    "text": f"派遣用时{score.dispatched_after_min:g}分钟，"
                    f"目标{score.dispatch_target_min:g}分钟",
                }
            )
        if score.right_department is False:
            found.append(
                {
                    "code": "wrong_department",
                    "text": f"首次派往{score.first_department}，应派{score.expected_department}",
                }
            )
    if not score.sla_kept:
        found.append({"code": "sla_breached", "text": "超时变红(督办)"})
    if score.escalations_handled < score.escalations:
        found.append({"code": "escalation_unanswered", "text": "催办/督办后未跟进"})
    if not score.reached_expected_state:
        found.append(
            {
                "code": "unexpected_state",
                "text": f"结束状态{score.state}，应为{score.expected_state}",
            }
        )


def scoreboard(scores: list[InjectScore], trainees: list[str]) -> list[dict[str, Any]]:
    """Per trainee: what they handled and how (every trainee listed, also with nothing)."""
    board = []
    for trainee in trainees:
        own = [s for s in scores if s.trainee == trainee]
        registered = [s.registered_after_min for s in own if s.registered_after_min is not None]
        dispatched = [
            s.dispatched_after_min
            for s in own
            if s.dispatched_after_min is not None and not s.duplicate
        ]
        board.append(
            {
                "trainee": trainee,
                "injects": len(own),
                "points": sum(s.points for s in own),
                "max_points": sum(s.max_points for s in own),
                "mean_register_min": _mean(registered),
                "mean_dispatch_min": _mean(dispatched),
                "right_department_first": sum(1 for s in own if s.right_department),
                "wrong_department_first": sum(1 for s in own if s.right_department is False),
                "duplicates_merged": sum(1 for s in own if s.merged and not s.dispatched_twice),
                "duplicates_dispatched": sum(1 for s in own if s.dispatched_twice),
                "sla_kept": sum(1 for s in own if s.sla_kept),
                "escalations": sum(s.escalations for s in own),
                "escalations_handled": sum(s.escalations_handled for s in own),
                "keystrokes": _total([s.keystrokes for s in own]),
                "clicks": _total([s.clicks for s in own]),
            }
        )
    return board


def _minutes(start: datetime, end: datetime) -> float:
    return round((end - start).total_seconds() / 60, 2)


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def _total(values: list[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None

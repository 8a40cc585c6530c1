"""Case KPIs (督考) per department or per street, derived from the cases and their audit trail.

The population is every non-drill case created in [since, until); each case is judged by
what its audit trail says now (a case of the period closed later still counts as closed).
Voided and merged cases count in `intake` only. Per case:

- on-time dispatch: dispatched, and the dispatch step never reached 督办 (`auto_supervise`
  with step "dispatch", which the SLA ladder records within a tick of the step's due_at,
  extensions and parking respected; a step is late exactly when that record exists).
  Judged over the cases dispatched or already late for dispatch.
- closure rate (结案率): closed now / countable cases (not voided or merged).
- on-time closure rate (按期结案率): closed now with neither the sign nor the handle step
  ever late (no `auto_supervise` on them; approved extensions and parking move the clock,
  so they are respected) / countable cases.
- rework rate (返工率): cases ever sent back to work (`verify_fail` or `reopen`) / cases
  resolved at least once.
- return rate (退单率): returns / dispatches. By department, each dispatch counts for the
  department it went to and each return for the department that returned it.
- extension rate (延期率): dispatched cases with an approved extension / dispatched cases.
- satisfaction rate (满意率): cases whose latest 回访 callback is satisfied or basically
  satisfied / cases with a callback.
- mean handling hours: natural hours from the first dispatch to closure, closed cases.
- overdue_open: cases open now and past due_at, or parked while red, whatever their creation
  time (what the queue shows with `color=red`).

Department rows group by the department a case was last dispatched to (returns aside);
never-dispatched cases are in the totals and the street rows only.

Department score: `volume tier + 0.3 × closure rate + 0.3 × on-time closure rate + 0.3 ×
(100 − rework rate)`. The volume tier rewards carrying load: 10 points for an intake of at
least two thirds of the largest row's, 7 for at least one third, 4 for any intake, 0 for
none (the totals row: 10), so a score is at most 100. No countable case: no score; no
resolved case yet: no rework counted.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from server.models import Case, CaseAction
from server.services.lifecycle import OPEN_STATES
from server.services.refdata import ReferenceData

KPI_ACTIONS = ("dispatch", "return", "resolve", "verify_fail", "reopen", "approve_extension",
               "callback", "auto_supervise")  # fmt: skip
UNCOUNTED_STATES = ("voided", "merged")
SATISFIED = ("satisfied", "basically_satisfied")
FIELDS = ("intake", "on_time_dispatch_rate", "closure_rate", "on_time_closure_rate",
          "rework_rate", "return_rate", "extension_rate", "satisfaction_rate",
          "mean_handling_hours", "overdue_open", "score")  # fmt: skip


@dataclass
class CaseTrail:
    """What the KPIs need of one case and its audit trail."""

    state: str
    department_id: int | None
    street_id: int | None
    closed_at: datetime | None
    dispatches: list[tuple[datetime, str | None]] = field(default_factory=list)
    returns: list[str | None] = field(default_factory=list)
    late_steps: set[str] = field(default_factory=set)
    resolved: bool = False
    reworked: bool = False
    extended: bool = False
    callback: str | None = None


@dataclass
class Tally:
    """Counts of one row, from which its rates follow."""

    intake: int = 0
    countable: int = 0
    closed: int = 0
    closed_on_time: int = 0
    dispatch_judged: int = 0
    dispatch_on_time: int = 0
    dispatched: int = 0
    extended: int = 0
    resolved: int = 0
    reworked: int = 0
    dispatches: int = 0
    returns: int = 0
    callbacks: int = 0
    satisfied: int = 0
    handling_hours: float = 0.0
    handled: int = 0
    overdue_open: int = 0

    def add(self, case: CaseTrail) -> None:
        """Count one case (its dispatches and returns are counted by the caller)."""
        self.intake += 1
        if case.state in UNCOUNTED_STATES:
            return
        self.countable += 1
        dispatched = bool(case.dispatches)
        late_dispatch = "dispatch" in case.late_steps
        if dispatched or late_dispatch:
            self.dispatch_judged += 1
            self.dispatch_on_time += dispatched and not late_dispatch
        if case.state == "closed":
            self.closed += 1
            self.closed_on_time += not case.late_steps & {"sign", "handle"}
            if dispatched and case.closed_at is not None:
                hours = (case.closed_at - case.dispatches[0][0]).total_seconds() / 3600
                self.handling_hours += hours
                self.handled += 1
        if dispatched:
            self.dispatched += 1
            self.extended += case.extended
        if case.resolved:
            self.resolved += 1
            self.reworked += case.reworked
        if case.callback is not None:
            self.callbacks += 1
            self.satisfied += case.callback in SATISFIED

    def view(self, volume_tier: float) -> dict[str, Any]:
        """The row's figures; rates in percent, None where the denominator is zero."""
        closure = pct(self.closed, self.countable)
        on_time = pct(self.closed_on_time, self.countable)
        rework = pct(self.reworked, self.resolved)
        score = None
        if closure is not None and on_time is not None:
            score = volume_tier + 0.3 * closure + 0.3 * on_time + 0.3 * (100 - (rework or 0.0))
        return {
            "intake": self.intake,
            "on_time_dispatch_rate": pct(self.dispatch_on_time, self.dispatch_judged),
            "closure_rate": closure,
            "on_time_closure_rate": on_time,
            "rework_rate": rework,
            "return_rate": pct(self.returns, self.dispatches),
            "extension_rate": pct(self.extended, self.dispatched),
            "satisfaction_rate": pct(self.satisfied, self.callbacks),
            "mean_handling_hours": round(self.handling_hours / self.handled, 1)
            if self.handled
            else None,
            "overdue_open": self.overdue_open,
            "score": None if score is None else round(score, 1),
        }


def pct(part: int, whole: int) -> float | None:
    """part / whole in percent (one decimal), None for an empty whole."""
    return round(100.0 * part / whole, 1) if whole else None


def volume_tier(intake: int, largest: int) -> float:
    """10, 7 or 4 points by thirds of the largest intake; 0 without intake."""
    if intake <= 0 or largest <= 0:
        return 0.0
    if intake * 3 >= largest * 2:
        return 10.0
    if intake * 3 >= largest:
        return 7.0
    return 4.0


def load_trails(session: Session, since: datetime, until: datetime) -> dict[int, CaseTrail]:
    """The non-drill cases created in [since, until) with their audit trail's facts."""
    in_period = (Case.drill.is_(False), Case.created_at >= since, Case.created_at < until)
    trails = {
        row.id: CaseTrail(row.state, row.department_id, row.street_id, row.closed_at)
        for row in session.execute(
            select(Case.id, Case.state, Case.department_id, Case.street_id, Case.closed_at)
            .where(*in_period)
        )
    }  # fmt: skip
    # The one payload field each action needs, extracted by the database (no JSON decoding).
    detail = case(
        (
            CaseAction.action.in_(("dispatch", "return")),
            CaseAction.payload["department"].as_string(),
        ),
        (CaseAction.action == "auto_supervise", CaseAction.payload["step"].as_string()),
        (CaseAction.action == "callback", CaseAction.payload["result"].as_string()),
        else_=None,
    )
    actions = session.execute(
        select(CaseAction.case_id, CaseAction.action, CaseAction.created_at, detail)
        .join(Case, Case.id == CaseAction.case_id)
        .where(*in_period, CaseAction.action.in_(KPI_ACTIONS))
        .order_by(CaseAction.id)
    )
    for case_id, action, at, value in actions:
        trail = trails.get(case_id)
        if trail is None:
            continue  # created after the cases were read (a separate statement on PostgreSQL)
        if action == "dispatch":
            trail.dispatches.append((at, value))
        elif action == "return":
            trail.returns.append(value)
        elif action == "auto_supervise":
            trail.late_steps.add(str(value))
        elif action == "resolve":
            trail.resolved = True
        elif action in ("verify_fail", "reopen"):
            trail.reworked = True
        elif action == "approve_extension":
            trail.extended = True
        elif action == "callback":
            trail.callback = value
    return trails


def overdue_open(session: Session, column: Any, now: datetime) -> dict[int | None, int]:
    """Open past-due non-drill cases now, counted by `column`: a running clock past due_at,
    or a paused one (parked) that was red when it stopped (it keeps its color, and the
    queue's red filter shows it)."""
    overdue = or_(Case.due_at <= now, and_(Case.sla_paused_at.is_not(None), Case.color == "red"))
    stmt = (
        select(column, func.count())
        .where(Case.drill.is_(False), Case.state.in_(OPEN_STATES), overdue)
        .group_by(column)
    )
    return {key: count for key, count in session.execute(stmt)}


def kpi_table(
    session: Session,
    *,
    ref: ReferenceData,
    by: str,
    since: datetime,
    until: datetime,
    now: datetime,
) -> dict[str, Any]:
    """The KPI rows by department (handling departments) or by street, and the totals."""
    if by == "department":
        keys = {d.id: (d.code, d.name) for d in ref.departments.values() if d.handles_cases}
        column = Case.department_id
    else:
        keys = {s.id: (s.code, s.name) for s in ref.streets.values()}
        column = Case.street_id
    code_to_id = {code: key for key, (code, _) in keys.items()}
    tallies: dict[int | None, Tally] = defaultdict(Tally)
    total = Tally()
    for trail in load_trails(session, since, until).values():
        own = trail.department_id if by == "department" else trail.street_id
        total.add(trail)
        tallies[own].add(trail)
        total.dispatches += len(trail.dispatches)
        total.returns += len(trail.returns)
        if by == "department":
            for _at, code in trail.dispatches:
                tallies[code_to_id.get(code or "")].dispatches += 1
            for code in trail.returns:
                tallies[code_to_id.get(code or "")].returns += 1
        else:
            tallies[own].dispatches += len(trail.dispatches)
            tallies[own].returns += len(trail.returns)
    for key, count in overdue_open(session, column, now).items():
        tallies[key].overdue_open += count
        total.overdue_open += count
    largest = max((tallies[key].intake for key in keys), default=0)
    rows = [
        {"key": code, "name": name, **tallies[key].view(volume_tier(tallies[key].intake, largest))}
        for key, (code, name) in sorted(keys.items())
    ]
    totals = {"key": "all", "name": "全部", **total.view(10.0 if total.intake else 0.0)}
    return {"by": by, "rows": rows, "totals": totals}

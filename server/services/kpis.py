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
- open: the period's countable cases still open now (not closed, whatever their color).
- overdue_open: cases open now and past due_at, or parked while red, whatever their creation
  time (what the queue shows with `color=red`).

Department rows group by the department a case was last dispatched to (returns aside);
cases never dispatched have their own row, 未派遣 (key `undispatched`), and cases without a
street theirs, 未定街道 (key `no_street`), when there are any: so the rows always add up to
the totals, overdue included (the page's header is the totals row).

Department score (weights in `kpi_weights`, the domain's by default): `volume tier + 0.3 ×
closure rate + 0.3 × on-time closure rate + 0.3 × (100 − rework rate)`. The volume tier
rewards carrying load: 10 points for an intake of at least two thirds of the largest row's,
7 for at least one third, 4 for any intake, 0 for none (the totals row: the top tier), so a
score is at most 100. No countable case: no score; no resolved case yet: no rework counted;
the rows of cases without a department or street: no score.

Everything is counted by the database: one row of facts per case (its trail folded by a
GROUP BY), then one sum per figure and row. Each figure is a condition on those facts, and
the cases behind a figure (`figure_case_ids`) are the cases meeting the same condition, so
a click-through lists exactly the cases a figure counts. (At 100,000 cases: 1.7 s when the
trails were folded in Python, about 0.4 s now.)
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, distinct, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from server.models import Case, CaseAction
from server.problems import Code, Problem
from server.services.kpi_weights import DEFAULT, Weights
from server.services.lifecycle import OPEN_STATES
from server.services.refdata import ReferenceData

KPI_ACTIONS = ("dispatch", "return", "resolve", "verify_fail", "reopen", "approve_extension",
               "callback", "auto_supervise")  # fmt: skip
UNCOUNTED_STATES = ("voided", "merged")
SATISFIED = ("satisfied", "basically_satisfied")
FIELDS = ("intake", "on_time_dispatch_rate", "closure_rate", "on_time_closure_rate",
          "rework_rate", "return_rate", "extension_rate", "satisfaction_rate",
          "mean_handling_hours", "open", "overdue_open", "score")  # fmt: skip
# The cases behind each figure: the count of a row's `counts` they make up (a rate's
# numerator; the score's population for the score).
FIGURE_COUNT = {
    "intake": "intake",
    "on_time_dispatch_rate": "dispatch_on_time",
    "closure_rate": "closed",
    "on_time_closure_rate": "closed_on_time",
    "rework_rate": "reworked",
    "return_rate": "returned",
    "extension_rate": "extended",
    "satisfaction_rate": "satisfied",
    "mean_handling_hours": "handled",
    "open": "open",
    "overdue_open": "overdue_open",
    "score": "countable",
}
UNDISPATCHED = ("undispatched", "未派遣")
NO_STREET = ("no_street", "未定街道")
TOTALS = ("all", "全部")


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
    returned: int = 0  # cases with a return (charged to this row)
    callbacks: int = 0
    satisfied: int = 0
    handled: int = 0
    open: int = 0  # cases of the period open now
    overdue_open: int = 0
    handling_hours: float = 0.0

    def __iadd__(self, other: Tally) -> Tally:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        return self

    def counts(self) -> dict[str, int]:
        """The whole numbers behind the rates (the figures' numerators and denominators)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "handling_hours"}

    def view(self, volume_tier: float | None, weights: Weights = DEFAULT) -> dict[str, Any]:
        """The row's figures; rates in percent, None where the denominator is zero.
        `volume_tier` None: a row that is not scored."""
        closure = pct(self.closed, self.countable)
        on_time = pct(self.closed_on_time, self.countable)
        rework = pct(self.reworked, self.resolved)
        score = None
        if volume_tier is not None and closure is not None and on_time is not None:
            score = (
                volume_tier
                + weights.closure * closure
                + weights.on_time_closure * on_time
                + weights.no_rework * (100 - (rework or 0.0))
            )
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
            "open": self.open,
            "overdue_open": self.overdue_open,
            "score": None if score is None else round(score, 1),
            "counts": self.counts(),
        }


def pct(part: int, whole: int) -> float | None:
    """part / whole in percent (one decimal), None for an empty whole."""
    return round(100.0 * part / whole, 1) if whole else None


def volume_tier(intake: int, largest: int, weights: Weights = DEFAULT) -> float:
    """The high, middle or low tier's points by thirds of the largest intake; 0 without."""
    if intake <= 0 or largest <= 0:
        return 0.0
    if intake * 3 >= largest * 2:
        return weights.tier_high
    if intake * 3 >= largest:
        return weights.tier_middle
    return weights.tier_low


# -- the facts of each case, and the figures as conditions on them ---------------------------


def _in_period(since: datetime, until: datetime) -> tuple[ColumnElement[bool], ...]:
    return Case.drill.is_(False), Case.created_at >= since, Case.created_at < until


def _facts(since: datetime, until: datetime) -> Any:
    """One row per case of the period: its own columns and its trail folded by a GROUP BY."""
    act = CaseAction
    step = act.payload["step"].as_string()

    def flag(condition: ColumnElement[bool]) -> Any:
        return func.max(case((condition, 1), else_=0))

    return (
        select(
            Case.id.label("case_id"),
            Case.state.label("state"),
            Case.department_id.label("department_id"),
            Case.street_id.label("street_id"),
            Case.closed_at.label("closed_at"),
            func.min(case((act.action == "dispatch", act.created_at))).label("first_dispatch"),
            func.count(case((act.action == "dispatch", 1))).label("dispatches"),
            func.count(case((act.action == "return", 1))).label("returns"),
            flag(and_(act.action == "auto_supervise", step == "dispatch")).label("late_dispatch"),
            flag(and_(act.action == "auto_supervise", step.in_(("sign", "handle")))).label(
                "late_work"
            ),
            flag(act.action == "resolve").label("resolved"),
            flag(act.action.in_(("verify_fail", "reopen"))).label("reworked"),
            flag(act.action == "approve_extension").label("extended"),
            func.max(case((act.action == "callback", act.id))).label("last_callback"),
        )
        .select_from(Case)
        .outerjoin(act, and_(act.case_id == Case.id, act.action.in_(KPI_ACTIONS)))
        .where(*_in_period(since, until))
        .group_by(Case.created_at, Case.id)  # the period's range of (drill, created_at, id)
        .subquery("facts")
    )


def _hours(session: Session, end: Any, start: Any) -> Any:
    """Natural hours from `start` to `end`, in the database's own date arithmetic."""
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", end - start) / 3600.0
    return (func.julianday(end) - func.julianday(start)) * 24.0


def _conditions(facts: Any, callback_result: Any) -> dict[str, ColumnElement[bool]]:
    """Each count of a Tally (but dispatches, returns, overdue) as a condition on a case."""
    c = facts.c
    countable = c.state.not_in(UNCOUNTED_STATES)
    dispatched = and_(countable, c.dispatches > 0)
    closed = and_(countable, c.state == "closed")
    resolved = and_(countable, c.resolved == 1)
    called_back = and_(countable, c.last_callback.is_not(None))
    return {
        "intake": true(),
        "countable": countable,
        "dispatch_judged": and_(countable, or_(c.dispatches > 0, c.late_dispatch == 1)),
        "dispatch_on_time": and_(dispatched, c.late_dispatch == 0),
        "closed": closed,
        "closed_on_time": and_(closed, c.late_work == 0),
        "dispatched": dispatched,
        "extended": and_(dispatched, c.extended == 1),
        "resolved": resolved,
        "reworked": and_(resolved, c.reworked == 1),
        "returned": c.returns > 0,
        "callbacks": called_back,
        "satisfied": and_(called_back, callback_result.in_(SATISFIED)),
        "handled": and_(closed, c.dispatches > 0, c.closed_at.is_not(None)),
        "open": and_(countable, c.state.in_(OPEN_STATES)),
    }


def _with_callbacks(facts: Any) -> tuple[Any, Any]:
    """The facts joined to each case's latest callback, and that callback's result."""
    callback = aliased(CaseAction)
    joined = facts.outerjoin(callback, callback.id == facts.c.last_callback)
    return joined, callback.payload["result"].as_string()


def _group_column(facts: Any, by: str) -> Any:
    return facts.c.department_id if by == "department" else facts.c.street_id


def _charge_department() -> Any:
    """The department a dispatch went to, or that made a return (its code)."""
    return CaseAction.payload["department"].as_string()


# -- the table -------------------------------------------------------------------------------


def _tallies(
    session: Session, by: str, since: datetime, until: datetime
) -> dict[int | None, Tally]:
    """The period's counts per department (street) id, None for none, by one statement."""
    facts = _facts(since, until)
    joined, result = _with_callbacks(facts)
    conditions = _conditions(facts, result)
    hours = _hours(session, facts.c.closed_at, facts.c.first_dispatch)
    group = _group_column(facts, by)
    columns = [func.sum(case((condition, 1), else_=0)) for condition in conditions.values()]
    statement = (
        select(
            group,
            *columns,
            func.sum(facts.c.dispatches),
            func.sum(facts.c.returns),
            func.sum(case((conditions["handled"], hours), else_=0.0)),
        )
        .select_from(joined)
        .group_by(group)
    )
    tallies: dict[int | None, Tally] = {}
    for key, *values in session.execute(statement):
        counts = dict(zip(conditions, values, strict=False))
        tally = Tally(**{name: int(value or 0) for name, value in counts.items()})
        tally.dispatches, tally.returns = int(values[-3] or 0), int(values[-2] or 0)
        tally.handling_hours = float(values[-1] or 0.0)
        tallies[key] = tally
    return tallies


def _charged(
    session: Session, ref: ReferenceData, since: datetime, until: datetime
) -> dict[int | None, tuple[int, int, int]]:
    """By department: (dispatches to it, returns by it, cases it returned), the period's."""
    department = _charge_department()
    act = CaseAction
    statement = (
        select(
            department,
            func.sum(case((act.action == "dispatch", 1), else_=0)),
            func.sum(case((act.action == "return", 1), else_=0)),
            func.count(distinct(case((act.action == "return", act.case_id)))),
        )
        .join(Case, Case.id == act.case_id)
        .where(*_in_period(since, until), act.action.in_(("dispatch", "return")))
        .group_by(department)
    )
    charged: dict[int | None, tuple[int, int, int]] = {}
    for code, dispatches, returns, returned in session.execute(statement):
        found = ref.department_by_code.get(code or "")
        key = found.id if found is not None else None
        before = charged.get(key, (0, 0, 0))
        charged[key] = (
            before[0] + int(dispatches or 0),
            before[1] + int(returns or 0),
            before[2] + int(returned or 0),
        )
    return charged


def overdue_open(session: Session, column: Any, now: datetime) -> dict[int | None, int]:
    """Open past-due non-drill cases now, counted by `column`: a running clock past due_at,
    or a paused one (parked) that was red when it stopped (it keeps its color, and the
    queue's red filter shows it)."""
    stmt = (
        select(column, func.count())
        .where(Case.drill.is_(False), Case.state.in_(OPEN_STATES), _overdue(now))
        .group_by(column)
    )
    return {key: count for key, count in session.execute(stmt)}


def _overdue(now: datetime) -> ColumnElement[bool]:
    return or_(Case.due_at <= now, and_(Case.sla_paused_at.is_not(None), Case.color == "red"))


def row_names(ref: ReferenceData, by: str) -> dict[int, tuple[str, str]]:
    """The rows a table always has: (code, name) by id (departments that handle cases)."""
    if by == "department":
        return {d.id: (d.code, d.name) for d in ref.departments.values() if d.handles_cases}
    return {s.id: (s.code, s.name) for s in ref.streets.values()}


def kpi_table(
    session: Session,
    *,
    ref: ReferenceData,
    by: str,
    since: datetime,
    until: datetime,
    now: datetime,
    weights: Weights = DEFAULT,
) -> dict[str, Any]:
    """The KPI rows by department (handling departments) or by street, and the totals."""
    keys = row_names(ref, by)
    tallies = _tallies(session, by, since, until) if since < until else {}
    total = Tally()
    for tally in tallies.values():
        total += tally
    if by == "department":
        for key in set(tallies) | set(keys):
            tallies.setdefault(key, Tally())
        for tally in tallies.values():
            tally.dispatches = tally.returns = tally.returned = 0
        for key, (dispatches, returns, returned) in _charged(session, ref, since, until).items():
            tally = tallies.setdefault(key, Tally())
            tally.dispatches, tally.returns, tally.returned = dispatches, returns, returned
    column = Case.department_id if by == "department" else Case.street_id
    for key, count in overdue_open(session, column, now).items():
        tallies.setdefault(key, Tally()).overdue_open += count
        total.overdue_open += count
    # A department that no longer handles cases (or a street since removed) but holds some.
    for key in tallies:
        if key is not None and key not in keys:
            keys[key] = _names_of(ref, by, key)
    largest = max((tallies[key].intake for key in keys if key in tallies), default=0)
    rows = [
        {
            "key": code,
            "name": name,
            **tallies.get(key, Tally()).view(
                volume_tier(tallies.get(key, Tally()).intake, largest, weights), weights
            ),
        }
        for key, (code, name) in sorted(keys.items())
    ]
    nobody = tallies.get(None)
    if nobody is not None and (nobody.intake or nobody.overdue_open or nobody.dispatches):
        code, name = UNDISPATCHED if by == "department" else NO_STREET
        rows.append({"key": code, "name": name, **nobody.view(None, weights)})
    top = weights.tier_high if total.intake else 0.0
    totals = {"key": TOTALS[0], "name": TOTALS[1], **total.view(top, weights)}
    return {"by": by, "rows": rows, "totals": totals}


def _names_of(ref: ReferenceData, by: str, key: int) -> tuple[str, str]:
    found = (ref.departments if by == "department" else ref.streets).get(key)
    return (found.code, found.name) if found is not None else (str(key), str(key))


# -- the cases behind a figure ---------------------------------------------------------------


def _row_id(ref: ReferenceData, by: str, key: str) -> int | None | bool:
    """The id a row's key stands for; None for the row of cases without; True: the totals."""
    if key == TOTALS[0]:
        return True
    if key == (UNDISPATCHED if by == "department" else NO_STREET)[0]:
        return None
    found = (ref.department_by_code if by == "department" else ref.street_by_code).get(key)
    if found is None:
        raise Problem(404, "Not found", f"no {by} {key!r}", code=Code.NOT_FOUND,
                      kind="not-found")  # fmt: skip
    return int(found.id)


def _matching(column: Any, row: int | None | bool) -> ColumnElement[bool]:
    if row is True:
        return true()
    matched: ColumnElement[bool] = column.is_(None) if row is None else column == row
    return matched


def figure_case_ids(
    session: Session,
    *,
    ref: ReferenceData,
    by: str,
    key: str,
    figure: str,
    since: datetime,
    until: datetime,
    now: datetime,
) -> list[int]:
    """The ids of the cases behind one figure of one row (key "all": the totals), ascending:
    as many as the row's `counts[FIGURE_COUNT[figure]]`."""
    row = _row_id(ref, by, key)
    if figure == "overdue_open":
        column = Case.department_id if by == "department" else Case.street_id
        statement: Select[Any] = select(Case.id).where(
            Case.drill.is_(False), Case.state.in_(OPEN_STATES), _overdue(now),
            _matching(column, row),
        )  # fmt: skip
        return list(session.scalars(statement.order_by(Case.id)))
    if since >= until:
        return []
    if figure == "return_rate" and by == "department" and row is not True:
        department = _charge_department()
        known = [d.code for d in ref.departments.values()]
        if row is None:
            charged = or_(department.is_(None), department.not_in(known))
        else:
            charged = department == ref.departments[row].code
        statement = (
            select(CaseAction.case_id)
            .join(Case, Case.id == CaseAction.case_id)
            .where(*_in_period(since, until), CaseAction.action == "return", charged)
            .distinct()
        )
        return sorted(session.scalars(statement))
    facts = _facts(since, until)
    joined, result = _with_callbacks(facts)
    condition = _conditions(facts, result)[FIGURE_COUNT[figure]]
    statement = (
        select(facts.c.case_id)
        .select_from(joined)
        .where(condition, _matching(_group_column(facts, by), row))
        .order_by(facts.c.case_id)
    )
    return list(session.scalars(statement))

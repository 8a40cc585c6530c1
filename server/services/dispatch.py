"""What helps an officer dispatch right: routing suggestions, returns, duplicates, deadlines."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.models import Case, CaseAction
from server.services.lifecycle import RULES, TERMINAL_STATES, next_state
from server.services.refdata import ReferenceData
from server.services.sla import STEP_OF_STATE, SlaClock, color_at

EARTH_RADIUS_M = 6_371_000.0
# How much each likeness counts in a duplicate score (they add up to 1).
CATEGORY_WEIGHT, DISTANCE_WEIGHT, TIME_WEIGHT = 0.4, 0.35, 0.25
# A case of another category scores its likeness of place and time at this share only: at
# most 0.3, below every case of the same category (at least 0.4). A noise call next to a
# garbage heap is not the same matter.
OTHER_CATEGORY_SHARE = 0.5
# Same-category candidates scoring at least this are `suggested`: a client may preselect
# them (e.g. to merge); nothing else should be preselected.
SUGGEST_THRESHOLD = 0.6
HISTORY_DAYS = 90


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def returns_of(session: Session, case: Case, ref: ReferenceData) -> list[dict[str, Any]]:
    """The case's returns, oldest first: which department sent it back, when and why."""
    rows = session.scalars(
        select(CaseAction)
        .where(CaseAction.case_id == case.id, CaseAction.action == "return")
        .order_by(CaseAction.id)
    )
    result = []
    for entry in rows:
        code = entry.payload.get("department")
        department = ref.department_by_code.get(code) if code else None
        result.append(
            {
                "department": code,
                "department_name": department.name if department else None,
                "at": entry.created_at,
                "actor": entry.actor_name,
                "note": entry.note,
            }
        )
    return result


def routing_suggestions(
    session: Session, *, case: Case, ref: ReferenceData, now: datetime
) -> list[dict[str, Any]]:
    """Departments to dispatch to, best first: the category's rule, then who resolved alike.

    Departments that already returned this case go last, marked, so that a case does not
    bounce back to where it came from.
    """
    returned = {r["department"] for r in returns_of(session, case, ref)}
    category = ref.categories[case.category_id]
    ordered: list[tuple[str, str, str]] = []
    rule_department = ref.departments[category.department_id]
    ordered.append((rule_department.code, "category", f"按类别“{category.name}”的派遣规则"))
    since = now - timedelta(days=HISTORY_DAYS)
    alike = (
        select(Case.department_id, func.count())
        .where(
            Case.category_id == case.category_id,
            Case.state == "closed",
            Case.department_id.is_not(None),
            Case.drill.is_(case.drill),
            Case.closed_at >= since,
        )
        .group_by(Case.department_id)
        .order_by(func.count().desc())
    )
    if case.street_id is not None:
        alike = alike.where(Case.street_id == case.street_id)
    street = ref.streets.get(case.street_id) if case.street_id else None
    where = f"{street.name}街道" if street else "全区"
    for department_id, count in session.execute(alike.limit(3)):
        assert department_id is not None  # the query keeps cases with a department
        department = ref.departments[department_id]
        reason = f"近{HISTORY_DAYS}天{where}同类案件由其办结{count}件"
        ordered.append((department.code, "history", reason))
    seen: set[str] = set()
    suggestions: list[dict[str, Any]] = []
    for code, source, reason in ordered:
        if code in seen:
            continue
        seen.add(code)
        department = ref.department_by_code[code]
        suggestions.append(
            {
                "department": code,
                "department_name": department.name,
                "source": source,
                "reason": reason,
                "returned_before": code in returned,
            }
        )
    suggestions.sort(key=lambda s: s["returned_before"])  # stable: keeps the order otherwise
    return suggestions


@dataclass(frozen=True)
class Candidate:
    """A possible duplicate and how alike it is."""

    case: Case
    score: float
    distance_m: float | None
    hours_apart: float
    same_category: bool = True

    @property
    def suggested(self) -> bool:
        """Alike enough to be preselected: the same category and a score at the threshold."""
        return self.same_category and self.score >= SUGGEST_THRESHOLD


def duplicates(
    session: Session, case: Case, *, radius_m: float, hours: float, limit: int
) -> list[Candidate]:
    """Open cases likely to report the same matter: same category, near, close in time.

    Candidates come from the time window; each scores distance (linear to 0 at the radius;
    same street counts half when coordinates are missing) and time apart (linear to 0 at the
    window's edge), plus the category weight for the same category, or only a share of that
    likeness for another category (so that it always ranks below the same category). Cases
    with no likeness of place are left out.
    """
    window = timedelta(hours=hours)
    stmt = (
        select(Case)
        .where(
            Case.id != (case.id or 0),
            Case.drill.is_(case.drill),
            Case.state.not_in(sorted(TERMINAL_STATES)),
            Case.created_at >= case.created_at - window,
            Case.created_at <= case.created_at + window,
        )
        .order_by(Case.created_at.desc())
        .limit(2000)
    )
    found: list[Candidate] = []
    for other in session.scalars(stmt):
        place, meters = _place_likeness(case, other, radius_m)
        if place <= 0:
            continue
        apart = abs((other.created_at - case.created_at).total_seconds()) / 3600
        time_likeness = max(0.0, 1 - apart / hours)
        same_category = other.category_id == case.category_id
        likeness = DISTANCE_WEIGHT * place + TIME_WEIGHT * time_likeness
        if same_category:
            score = CATEGORY_WEIGHT + likeness
        else:
            score = OTHER_CATEGORY_SHARE * likeness
        found.append(Candidate(other, round(score, 3), meters, round(apart, 2), same_category))
    found.sort(key=lambda c: (-c.score, c.case.id))
    return found[:limit]


def _place_likeness(case: Case, other: Case, radius_m: float) -> tuple[float, float | None]:
    if None not in (case.lat, case.lon, other.lat, other.lon):
        meters = distance_m(case.lat, case.lon, other.lat, other.lon)  # type: ignore[arg-type]
        return max(0.0, 1 - meters / radius_m), round(meters, 1)
    if case.street_id is not None and case.street_id == other.street_id:
        return 0.5, None
    return 0.0, None


def deadline_preview(
    case: Case,
    *,
    action: str,
    ref: ReferenceData,
    sla: SlaClock,
    now: datetime,
    extension_minutes: int | None = None,
) -> dict[str, Any]:
    """The SLA clock the case would run if `action` were taken now (nothing is saved)."""
    possible = case.state in RULES[action].transitions
    target = next_state(action, case.state) if possible else case.state
    if action == "approve_extension" and case.due_at is not None:
        minutes = extension_minutes or case.extension_pending_min or 0
        clock = sla.clock(case.sla_clock)
        due = clock.add(case.due_at, minutes)
        return _preview(
            action,
            case.sla_step,
            case.sla_clock,
            (case.sla_limit_min or 0) + minutes,
            case.warn_at,
            due,
            now,
        )
    step = STEP_OF_STATE.get(target)
    if target == "parked":
        return _preview(action, step, case.sla_clock, case.sla_limit_min, None, None, now, True)
    if step is None:
        return _preview(action, None, None, None, None, None, now)
    if step == case.sla_step and target == case.state:
        return _preview(
            action, step, case.sla_clock, case.sla_limit_min, case.warn_at, case.due_at, now
        )
    rule = sla.rule_for(ref, case.category_id, case.urgency, step)
    clock = sla.clock(rule.clock)
    start = case.sla_started_at if action == "sign" and case.sla_started_at else now
    warn = clock.add(start, rule.minutes * (ref.warn_ratio or sla.warn_ratio))
    due = clock.add(start, rule.minutes)
    return _preview(action, step, rule.clock, rule.minutes, warn, due, now)


def _preview(
    action: str,
    step: str | None,
    clock: str | None,
    limit_min: int | None,
    warn_at: datetime | None,
    due_at: datetime | None,
    now: datetime,
    paused: bool = False,
) -> dict[str, Any]:
    color = color_at(warn_at, due_at, now) if warn_at and due_at else None
    return {
        "action": action,
        "step": step,
        "clock": clock,
        "limit_min": limit_min,
        "warn_at": warn_at,
        "due_at": due_at,
        "color": color,
        "paused": paused,
    }

"""The SLA clock of a case: which step runs, its limit, warn/due instants and the color."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from server.models import Case, SlaRule
from server.services.refdata import ReferenceData
from server.services.workcalendar import WORK_MINUTES_PER_DAY, NaturalClock, WorkCalendar

STEP_OF_STATE = {
    "reported": "accept",
    "registered": "dispatch",
    "returned": "dispatch",
    "dispatched": "sign",
    "in_progress": "handle",
    "parked": "handle",
    "resolved": "verify",
}
STEPS = ("accept", "dispatch", "sign", "handle", "verify")
URGENCIES = ("normal", "urgent", "emergency")
COLORS = ("green", "yellow", "red")
# Red for this many more working days marks a case for 通报.
NOTICE_AFTER_WORK_DAYS = 5


@dataclass
class SlaClock:
    """Working-time and natural clocks plus the yellow threshold (share of the limit)."""

    work: WorkCalendar
    natural: NaturalClock
    warn_ratio: float = 0.8

    def clock(self, kind: str | None) -> WorkCalendar | NaturalClock:
        """The clock a rule counts in."""
        return self.natural if kind == "natural" else self.work

    def rule_for(self, ref: ReferenceData, category_id: int, urgency: str, step: str) -> SlaRule:
        """The most specific rule: the category's own, else its kind's, else any category's."""
        category = ref.categories[category_id]
        best: SlaRule | None = None
        best_rank = -1
        for rule in ref.rules:
            if rule.step != step or rule.urgency != urgency:
                continue
            if rule.category_id is not None:
                rank = 2 if rule.category_id == category.id else -1
            elif rule.category_kind is not None:
                rank = 1 if rule.category_kind == category.kind else -1
            else:
                rank = 0
            if rank > best_rank:
                best, best_rank = rule, rank
        if best is None:
            raise LookupError(f"no SLA rule for {urgency} {step}")
        return best

    def start_step(
        self,
        ref: ReferenceData,
        case: Case,
        step: str,
        now: datetime,
        started_at: datetime | None = None,
    ) -> None:
        """Start the clock of a new step (a new epoch for the escalation ladder)."""
        rule = self.rule_for(ref, case.category_id, case.urgency, step)
        case.sla_step = step
        case.sla_epoch += 1
        case.sla_rung = 0
        case.sla_clock = rule.clock
        case.sla_started_at = started_at or now
        case.sla_limit_min = rule.minutes
        case.sla_rule_version = ref.rule_version or None
        case.sla_warn_ratio = ref.warn_ratio or self.warn_ratio
        case.sla_paused_at = None
        case.sla_paused_min = 0.0
        case.extension_pending_min = None
        self.recompute(case, now)

    def stop(self, case: Case) -> None:
        """No clock runs (closed, voided, merged)."""
        case.sla_step = None
        case.sla_clock = None
        case.sla_started_at = None
        case.sla_limit_min = None
        case.sla_paused_at = None
        case.warn_at = case.due_at = case.notice_at = None
        case.color = None
        case.extension_pending_min = None
        case.sla_next_at = None

    def pause(self, case: Case, now: datetime) -> None:
        """Park: the clock stops and the color is kept as it was."""
        self.recompute(case, now)
        case.sla_paused_at = now
        case.warn_at = case.due_at = case.notice_at = None
        case.sla_next_at = None

    def resume(self, case: Case, now: datetime) -> None:
        """Unpark: the paused time does not count."""
        if case.sla_paused_at is not None:
            clock = self.clock(case.sla_clock)
            case.sla_paused_min += clock.minutes_between(case.sla_paused_at, now)
            case.sla_paused_at = None
        self.recompute(case, now)

    def extend(self, case: Case, minutes: int, now: datetime) -> None:
        """An approved extension moves due_at by `minutes` of the step's clock."""
        case.sla_limit_min = (case.sla_limit_min or 0) + minutes
        self.recompute(case, now)

    def recompute(self, case: Case, now: datetime) -> None:
        """warn_at, due_at, notice_at and color of a running clock at `now`."""
        if case.sla_started_at is None or case.sla_limit_min is None:
            return
        if case.sla_paused_at is not None:
            return
        clock = self.clock(case.sla_clock)
        base = case.sla_paused_min
        ratio = case.sla_warn_ratio or self.warn_ratio  # the clock's own rule, else the server's
        case.warn_at = clock.add(case.sla_started_at, base + case.sla_limit_min * ratio)
        case.due_at = clock.add(case.sla_started_at, base + case.sla_limit_min)
        case.notice_at = self.work.add(case.due_at, NOTICE_AFTER_WORK_DAYS * WORK_MINUTES_PER_DAY)
        case.color = color_at(case.warn_at, case.due_at, now)
        case.sla_next_at = next_check_at(case)


def next_check_at(case: Case) -> datetime | None:
    """When the escalation ladder next has something to do for the case: the first of its
    instants (warn, due, notice) whose color or rung it has not reached yet; None while no
    clock runs or it is paused. Kept in `Case.sla_next_at`, the scheduler's one index.
    """
    if case.sla_paused_at is not None or case.warn_at is None or case.due_at is None:
        return None
    if case.sla_rung < 1 or case.color == "green":
        return case.warn_at
    if case.sla_rung < 2 or case.color == "yellow":
        return case.due_at
    if case.sla_rung < 3:
        return case.notice_at
    return None


def color_at(warn_at: datetime, due_at: datetime, now: datetime) -> str:
    """Green under the warn share of the limit, yellow up to the limit, red past it."""
    if now < warn_at:
        return "green"
    if now < due_at:
        return "yellow"
    return "red"


def limit_minutes(amount: float, unit: str) -> tuple[int, str]:
    """A limit as (minutes, clock) from an amount in work_days, work_hours or hours."""
    if unit == "work_days":
        return round(amount * WORK_MINUTES_PER_DAY), "work"
    if unit == "work_hours":
        return round(amount * 60), "work"
    if unit == "hours":
        return round(amount * 60), "natural"
    raise ValueError(f"unknown limit unit {unit!r}")

"""The SLA clock of cases at the service level: limits, deadlines, colors, pauses, extensions.

Every deadline below is worked out by hand in a comment, from the SLA rules of docs/domain.md:
working time is Monday-Friday 08:30-12:00 and 13:30-17:30 (450 minutes a day) in
Asia/Shanghai, with public holidays off and make-up working days (调休) on; emergency
cases count natural time. Seeded limits (server/seed/reference.py):

    step      normal            urgent         emergency
    accept    60 work min       30 work min    15 natural min
    dispatch  120 work min      60 work min    30 natural min
    sign      1 work day (450)  120 work min   30 natural min
    handle    13 work days      1 work day     240 natural min
              consultation/help 3 work days; manhole and gas_leak 1 work day (normal only)
    verify    1 work day        240 work min   120 natural min
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import chinese_calendar
import pytest
from sqlalchemy import select, update

from server.models import Case, CaseAction, SlaRuleSet
from server.schemas.case import ActionRequest, CaseCreate
from server.services import cases
from server.services.lifecycle import Actor
from server.services.sla import SlaClock, color_at
from server.services.views import case_snapshot
from server.services.workcalendar import SHANGHAI
from server.state import AppState
from tests.support.factories import case_body

OFFICER = Actor(user_id=None, name="值班员(测试)", role="duty_officer")
SUPERVISOR = Actor(user_id=None, name="值班长(测试)", role="supervisor")
DEPARTMENT_ACTIONS = frozenset({"sign", "resolve", "return", "request_extension"})
SUPERVISOR_ACTIONS = frozenset({"park", "unpark", "approve_extension", "reject_extension"})
DAY = 450  # working minutes in a working day


def sh(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    """An aware Asia/Shanghai instant."""
    return datetime(year, month, day, hour, minute, second, tzinfo=SHANGHAI)


@dataclass
class Clocked:
    """The SLA fields of a case after a committed write."""

    id: int
    state: str
    version: int
    sla_step: str | None
    sla_clock: str | None
    sla_epoch: int
    sla_limit_min: int | None
    started_at: datetime | None
    warn_at: datetime | None
    due_at: datetime | None
    notice_at: datetime | None
    color: str | None
    paused: bool
    extension_pending_min: int | None


def _clocked(case: Case) -> Clocked:
    return Clocked(
        id=case.id,
        state=case.state,
        version=case.version,
        sla_step=case.sla_step,
        sla_clock=case.sla_clock,
        sla_epoch=case.sla_epoch,
        sla_limit_min=case.sla_limit_min,
        started_at=case.sla_started_at,
        warn_at=case.warn_at,
        due_at=case.due_at,
        notice_at=case.notice_at,
        color=case.color,
        paused=case.sla_paused_at is not None,
        extension_pending_min=case.extension_pending_min,
    )


class Desk:
    """Creates cases and applies actions through the services, at explicit instants."""

    def __init__(self, state: AppState, sla: SlaClock | None = None) -> None:
        self.state = state
        self.sla = sla or state.sla

    def create(self, now: datetime, *, category: str = "noise", urgency: str = "normal") -> Clocked:
        data = CaseCreate(
            **case_body(category=category, urgency=urgency, title=f"{category} {urgency}")
        )
        with self.state.db.write() as session:
            case = cases.create_case(
                session,
                data=data,
                actor=OFFICER,
                ref=self.state.reference.get(),
                sla=self.sla,
                now=now,
            )
            return _clocked(case)

    def act(self, case_id: int, action: str, now: datetime, **fields: object) -> Clocked:
        """Apply `action` on the current version, by the role that takes it."""
        with self.state.db.write() as session:
            current = session.get(Case, case_id)
            assert current is not None
            if action in DEPARTMENT_ACTIONS:
                actor = Actor(None, "承办人(测试)", "department", current.department_id)
            elif action in SUPERVISOR_ACTIONS:
                actor = SUPERVISOR
            else:
                actor = OFFICER
            request = ActionRequest(action=action, **fields)  # type: ignore[arg-type]
            case = cases.apply_action(
                session,
                case_id=case_id,
                request=request,
                version=current.version,
                actor=actor,
                ref=self.state.reference.get(),
                sla=self.sla,
                now=now,
            )
            return _clocked(case)

    def to_handle(
        self,
        *,
        category: str = "noise",
        urgency: str = "normal",
        created: datetime,
        dispatched: datetime,
        signed: datetime,
    ) -> Clocked:
        """A case taken through register and dispatch (at `dispatched`) to sign (at `signed`)."""
        case = self.create(created, category=category, urgency=urgency)
        self.act(case.id, "register", created)
        ref = self.state.reference.get()
        routed_to = ref.departments[ref.category_by_code[category].department_id]
        self.act(case.id, "dispatch", dispatched, department=routed_to.code)
        return self.act(case.id, "sign", signed)

    def color(self, case_id: int, now: datetime) -> str | None:
        """The color the clock gives the case at `now` (nothing is written)."""
        with self.state.db.read() as session:
            case = session.get(Case, case_id)
            assert case is not None
            self.sla.recompute(case, now)
            return case.color


@pytest.fixture
def desk(state: AppState) -> Desk:
    return Desk(state)


def assert_clock(
    case: Clocked,
    *,
    step: str,
    warn_at: datetime,
    due_at: datetime,
    clock: str = "work",
    limit: int | None = None,
) -> None:
    """The running step, its clock and its deadlines are as worked out by hand."""
    assert case.sla_step == step, f"case in {case.state} runs step {case.sla_step}, not {step}"
    assert case.sla_clock == clock, f"step {step} counts {case.sla_clock} time, not {clock}"
    if limit is not None:
        assert case.sla_limit_min == limit, f"{step} limit {case.sla_limit_min} != {limit}"
    assert case.warn_at == warn_at, f"{step}: warn_at {case.warn_at} != {warn_at} (by hand)"
    assert case.due_at == due_at, f"{step}: due_at {case.due_at} != {due_at} (by hand)"


# --- the calendar the hand computations rely on ------------------------------------------------


def test_the_official_calendar_has_the_holidays_used_below() -> None:
    workday = chinese_calendar.is_workday
    # 2025 National Day: 10-01..10-08 off, Sun 09-28 and Sat 10-11 make-up working days.
    assert workday(date(2025, 9, 28)) and workday(date(2025, 10, 11))
    assert not any(workday(date(2025, 10, d)) for d in range(1, 9))
    assert workday(date(2025, 10, 9)) and workday(date(2025, 10, 10))
    # 2026 Spring Festival: 02-15..02-23 off, Sat 02-14 and Sat 02-28 make-up working days.
    assert workday(date(2026, 2, 13)) and workday(date(2026, 2, 14))
    assert not any(workday(date(2026, 2, d)) for d in range(15, 24))
    assert workday(date(2026, 2, 24)) and workday(date(2026, 2, 28))
    assert not workday(date(2026, 3, 1))


# --- limits per urgency, category kind and category --------------------------------------------


LIMITS = [
    # category, urgency, step, minutes, clock
    ("noise", "normal", "accept", 60, "work"),
    ("noise", "normal", "dispatch", 120, "work"),
    ("noise", "normal", "sign", DAY, "work"),
    ("noise", "normal", "handle", 13 * DAY, "work"),  # complaint: 13 working days
    ("illegal_building", "normal", "handle", 13 * DAY, "work"),  # report
    ("suggestion", "normal", "handle", 13 * DAY, "work"),  # suggestion
    ("policy", "normal", "handle", 3 * DAY, "work"),  # consultation: 3 working days
    ("social_aid", "normal", "handle", 3 * DAY, "work"),  # help: 3 working days
    ("manhole", "normal", "handle", DAY, "work"),  # category override: 1 working day
    ("gas_leak", "normal", "handle", DAY, "work"),  # category override
    ("noise", "normal", "verify", DAY, "work"),
    ("noise", "urgent", "accept", 30, "work"),
    ("noise", "urgent", "dispatch", 60, "work"),
    ("noise", "urgent", "sign", 120, "work"),
    ("noise", "urgent", "handle", DAY, "work"),
    ("policy", "urgent", "handle", DAY, "work"),  # the kind rule is for normal cases only
    ("manhole", "urgent", "handle", DAY, "work"),
    ("noise", "urgent", "verify", 240, "work"),
    ("noise", "emergency", "accept", 15, "natural"),
    ("noise", "emergency", "dispatch", 30, "natural"),
    ("noise", "emergency", "sign", 30, "natural"),
    ("noise", "emergency", "handle", 240, "natural"),
    ("policy", "emergency", "handle", 240, "natural"),
    ("manhole", "emergency", "handle", 240, "natural"),
    ("noise", "emergency", "verify", 120, "natural"),
]


def test_rule_for_picks_the_most_specific_limit(state: AppState) -> None:
    ref = state.reference.get()
    wrong = []
    for category, urgency, step, minutes, clock in LIMITS:
        rule = state.sla.rule_for(ref, ref.category_by_code[category].id, urgency, step)
        if (rule.minutes, rule.clock) != (minutes, clock):
            wrong.append(f"{category}/{urgency}/{step}: {rule.minutes} {rule.clock}, not {minutes}")
    assert not wrong, "\n".join(wrong)


def test_normal_complaint_through_every_step(desk: Desk) -> None:
    # Mon 2025-11-10, an ordinary week.
    case = desk.create(sh(2025, 11, 10, 9, 0))
    # accept 60: due 09:00 + 60 = 10:00; warn at 48 min = 09:48.
    assert_clock(case, step="accept", warn_at=sh(2025, 11, 10, 9, 48), due_at=sh(2025, 11, 10, 10))
    assert case.sla_epoch == 1 and case.color == "green"

    case = desk.act(case.id, "register", sh(2025, 11, 10, 9, 30))
    # dispatch 120 from 09:30: due 11:30; warn at 96 min = 11:06.
    assert_clock(
        case, step="dispatch", warn_at=sh(2025, 11, 10, 11, 6), due_at=sh(2025, 11, 10, 11, 30)
    )

    case = desk.act(case.id, "dispatch", sh(2025, 11, 10, 10, 0), department="ecology")
    # sign 450 from Mon 10:00: 120 to 12:00 + 240 in the afternoon = 360 (the warn share)
    # lands exactly at 17:30, the end of a period; the last 90 go to Tue 08:30-10:00.
    assert_clock(
        case, step="sign", warn_at=sh(2025, 11, 10, 17, 30), due_at=sh(2025, 11, 11, 10, 0)
    )

    case = desk.act(case.id, "sign", sh(2025, 11, 10, 14, 0))
    # handle 13 working days counted from the dispatch (Mon 10:00), not from signing:
    # Mon 10:00 + 1 day = Tue 10:00, ... 13 days = Thu 11-27 10:00 (11,12,13,14,17,18,19,20,
    # 21,24,25,26,27). warn 0.8 x 5850 = 4680 = 10 days (Mon 11-24 10:00) + 180 min:
    # 120 to 12:00, 60 after 13:30 = 14:30.
    assert_clock(
        case,
        step="handle",
        warn_at=sh(2025, 11, 24, 14, 30),
        due_at=sh(2025, 11, 27, 10, 0),
        limit=13 * DAY,
    )
    assert case.started_at == sh(2025, 11, 10, 10, 0), "handle must count from the dispatch"

    case = desk.act(case.id, "resolve", sh(2025, 11, 11, 9, 0))
    # verify 450 from Tue 09:00: due Wed 09:00; warn 360: 180 to 12:00, 180 after 13:30 = 16:30.
    assert_clock(
        case, step="verify", warn_at=sh(2025, 11, 11, 16, 30), due_at=sh(2025, 11, 12, 9, 0)
    )

    case = desk.act(case.id, "verify_pass", sh(2025, 11, 11, 11, 0))
    assert case.state == "closed"
    assert (case.sla_step, case.warn_at, case.due_at, case.color) == (None, None, None, None)


def test_urgent_case_through_every_step(desk: Desk) -> None:
    case = desk.create(sh(2025, 11, 10, 9, 0), urgency="urgent")
    # accept 30: due 09:30, warn 24 min = 09:24.
    assert_clock(
        case, step="accept", warn_at=sh(2025, 11, 10, 9, 24), due_at=sh(2025, 11, 10, 9, 30)
    )
    case = desk.act(case.id, "register", sh(2025, 11, 10, 9, 10))
    # dispatch 60 from 09:10: due 10:10, warn 48 = 09:58.
    assert_clock(
        case, step="dispatch", warn_at=sh(2025, 11, 10, 9, 58), due_at=sh(2025, 11, 10, 10, 10)
    )
    case = desk.act(case.id, "dispatch", sh(2025, 11, 10, 9, 20), department="ecology")
    # sign 120 from 09:20: due 11:20, warn 96 = 10:56.
    assert_clock(
        case, step="sign", warn_at=sh(2025, 11, 10, 10, 56), due_at=sh(2025, 11, 10, 11, 20)
    )
    case = desk.act(case.id, "sign", sh(2025, 11, 10, 9, 40))
    # handle 450 from the dispatch at 09:20: due Tue 09:20; warn 360: 160 to 12:00, 200 after
    # 13:30 = 16:50.
    assert_clock(
        case, step="handle", warn_at=sh(2025, 11, 10, 16, 50), due_at=sh(2025, 11, 11, 9, 20)
    )
    case = desk.act(case.id, "resolve", sh(2025, 11, 10, 15, 0))
    # verify 240 from 15:00: 150 to 17:30, 90 on Tue = 10:00; warn 192 = 150 + 42 = Tue 09:12.
    assert_clock(
        case, step="verify", warn_at=sh(2025, 11, 11, 9, 12), due_at=sh(2025, 11, 11, 10, 0)
    )


def test_emergency_counts_natural_time_around_the_clock(desk: Desk) -> None:
    # Saturday night: no working time at all, yet the emergency clock runs.
    case = desk.create(sh(2025, 11, 15, 22, 0), category="gas_leak", urgency="emergency")
    # accept 15 natural: due 22:15, warn 12 = 22:12.
    assert_clock(
        case,
        step="accept",
        clock="natural",
        warn_at=sh(2025, 11, 15, 22, 12),
        due_at=sh(2025, 11, 15, 22, 15),
    )
    case = desk.act(case.id, "register", sh(2025, 11, 15, 22, 5))
    # dispatch 30: due 22:35, warn 24 = 22:29.
    assert_clock(
        case,
        step="dispatch",
        clock="natural",
        warn_at=sh(2025, 11, 15, 22, 29),
        due_at=sh(2025, 11, 15, 22, 35),
    )
    case = desk.act(case.id, "dispatch", sh(2025, 11, 15, 22, 10), department="emergency")
    # sign 30: due 22:40, warn 24 = 22:34.
    assert_clock(
        case,
        step="sign",
        clock="natural",
        warn_at=sh(2025, 11, 15, 22, 34),
        due_at=sh(2025, 11, 15, 22, 40),
    )
    case = desk.act(case.id, "sign", sh(2025, 11, 15, 22, 20))
    # handle 240 from the dispatch at 22:10, across midnight: due Sun 02:10; warn 192 = 01:22.
    assert_clock(
        case,
        step="handle",
        clock="natural",
        warn_at=sh(2025, 11, 16, 1, 22),
        due_at=sh(2025, 11, 16, 2, 10),
    )
    case = desk.act(case.id, "resolve", sh(2025, 11, 16, 1, 0))
    # verify 120 from Sun 01:00: due 03:00, warn 96 = 02:36.
    assert_clock(
        case,
        step="verify",
        clock="natural",
        warn_at=sh(2025, 11, 16, 2, 36),
        due_at=sh(2025, 11, 16, 3, 0),
    )


# --- working time: weekend, lunch break, holidays, make-up days ------------------------------


def test_dispatch_clock_skips_the_weekend(desk: Desk) -> None:
    case = desk.create(sh(2025, 11, 14, 16, 0))
    case = desk.act(case.id, "register", sh(2025, 11, 14, 16, 30))
    # dispatch 120 from Fri 16:30: 60 to 17:30, Sat/Sun off, 60 from Mon 08:30 = Mon 09:30;
    # warn 96 = 60 + 36 = Mon 09:06.
    assert_clock(
        case, step="dispatch", warn_at=sh(2025, 11, 17, 9, 6), due_at=sh(2025, 11, 17, 9, 30)
    )


def test_a_case_reported_on_saturday_starts_counting_on_monday(desk: Desk) -> None:
    case = desk.create(sh(2025, 11, 15, 10, 0))
    # accept 60 from the next working instant, Mon 08:30: due 09:30, warn 09:18.
    assert_clock(
        case, step="accept", warn_at=sh(2025, 11, 17, 9, 18), due_at=sh(2025, 11, 17, 9, 30)
    )


def test_the_lunch_break_does_not_count(desk: Desk) -> None:
    case = desk.create(sh(2025, 11, 10, 11, 50), urgency="urgent")
    # accept 30 from 11:50: 10 to 12:00, then 20 from 13:30 = 13:50; warn 24 = 10 + 14 = 13:44.
    assert_clock(
        case, step="accept", warn_at=sh(2025, 11, 10, 13, 44), due_at=sh(2025, 11, 10, 13, 50)
    )
    during_lunch = desk.create(sh(2025, 11, 10, 12, 30))
    # accept 60 counted from 13:30: due 14:30, warn 48 = 14:18.
    assert_clock(
        during_lunch,
        step="accept",
        warn_at=sh(2025, 11, 10, 14, 18),
        due_at=sh(2025, 11, 10, 14, 30),
    )


def test_manhole_is_handled_within_one_working_day(desk: Desk) -> None:
    case = desk.to_handle(
        category="manhole",
        created=sh(2025, 11, 12, 9, 0),
        dispatched=sh(2025, 11, 12, 10, 0),
        signed=sh(2025, 11, 12, 10, 30),
    )
    # handle 450 from Wed 10:00: 120 + 240 = 360 (warn) ends exactly at 17:30 Wed; the last 90
    # go to Thu 08:30-10:00.
    assert_clock(
        case,
        step="handle",
        warn_at=sh(2025, 11, 12, 17, 30),
        due_at=sh(2025, 11, 13, 10, 0),
        limit=DAY,
    )


def test_national_day_holiday_and_make_up_days_2025(desk: Desk) -> None:
    # A make-up Sunday: reported Sat 09-27, counting starts Sun 09-28 08:30 (a working day).
    early = desk.create(sh(2025, 9, 27, 10, 0))
    assert_clock(
        early, step="accept", warn_at=sh(2025, 9, 28, 9, 18), due_at=sh(2025, 9, 28, 9, 30)
    )

    case = desk.create(sh(2025, 9, 30, 14, 0), category="policy")
    desk.act(case.id, "register", sh(2025, 9, 30, 15, 0))
    case = desk.act(case.id, "dispatch", sh(2025, 9, 30, 15, 30), department="civil")
    # sign 450 from Tue 09-30 15:30: 120 to 17:30; 10-01..10-08 off; on Thu 10-09: 210 to
    # 12:00 and 120 after 13:30 = 15:30. warn 360 = 120 + 210 + 30 = Thu 10-09 14:00.
    assert_clock(case, step="sign", warn_at=sh(2025, 10, 9, 14, 0), due_at=sh(2025, 10, 9, 15, 30))

    case = desk.act(case.id, "sign", sh(2025, 10, 9, 9, 0))
    # consultation: 3 working days (1350) from the dispatch: 120 on 09-30, 450 on Thu 10-09,
    # 450 on Fri 10-10 (1020), then the make-up Saturday 10-11: 330 = 210 to 12:00 and 120
    # after 13:30 = 15:30. warn 1080 = 1020 + 60 = Sat 10-11 09:30.
    assert_clock(
        case,
        step="handle",
        warn_at=sh(2025, 10, 11, 9, 30),
        due_at=sh(2025, 10, 11, 15, 30),
        limit=3 * DAY,
    )


def test_spring_festival_2026_and_its_make_up_saturdays(desk: Desk) -> None:
    # Reported on the make-up Saturday 02-14 at 17:00: 30 min that day, 02-15..02-23 off,
    # 30 more on Tue 02-24 = 09:00; warn 48 = 30 + 18 = 02-24 08:48.
    late = desk.create(sh(2026, 2, 14, 17, 0))
    assert_clock(late, step="accept", warn_at=sh(2026, 2, 24, 8, 48), due_at=sh(2026, 2, 24, 9, 0))

    case = desk.create(sh(2026, 2, 13, 8, 30))
    desk.act(case.id, "register", sh(2026, 2, 13, 8, 45))
    case = desk.act(case.id, "dispatch", sh(2026, 2, 13, 9, 0), department="ecology")
    # sign 450 from Fri 02-13 09:00: 180 + 240 = 420 that day, 30 on the make-up Saturday
    # 02-14 = 09:00; warn 360 = 180 + 180 = Fri 16:30.
    assert_clock(case, step="sign", warn_at=sh(2026, 2, 13, 16, 30), due_at=sh(2026, 2, 14, 9, 0))

    case = desk.act(case.id, "sign", sh(2026, 2, 13, 10, 0))
    # handle 5850 from Fri 02-13 09:00, cumulative working minutes at each day's end:
    # Fri13 420, Sat14 870, (15..23 off), Tue24 1320, Wed25 1770, Thu26 2220, Fri27 2670,
    # Sat28 (make-up) 3120, (Sun 03-01 off), Mon02 3570, Tue03 4020, Wed04 4470, Thu05 4920,
    # Fri06 5370, Mon09 5820 -> due Tue 03-10 08:30 + 30 = 09:00.
    # warn 4680 = 4470 + 210 -> Thu 03-05 08:30 + 210 = 12:00 (a period end, not 13:30).
    assert_clock(case, step="handle", warn_at=sh(2026, 3, 5, 12, 0), due_at=sh(2026, 3, 10, 9, 0))


# --- colors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("urgency", "created", "at_79", "at_80", "at_99", "at_100"),
    [
        # normal accept, 60 work min from Mon 09:00: 47.4, 48, 59.4, 60 minutes.
        (
            "normal",
            sh(2025, 11, 10, 9, 0),
            sh(2025, 11, 10, 9, 47, 24),
            sh(2025, 11, 10, 9, 48),
            sh(2025, 11, 10, 9, 59, 24),
            sh(2025, 11, 10, 10, 0),
        ),
        # urgent accept, 30 work min from 11:50 across lunch: 23.7 = 10 + 13.7 -> 13:43:42;
        # 24 -> 13:44; 29.7 -> 13:49:42; 30 -> 13:50.
        (
            "urgent",
            sh(2025, 11, 10, 11, 50),
            sh(2025, 11, 10, 13, 43, 42),
            sh(2025, 11, 10, 13, 44),
            sh(2025, 11, 10, 13, 49, 42),
            sh(2025, 11, 10, 13, 50),
        ),
        # emergency accept, 15 natural min from Sat 23:50: 11.85 -> 00:01:51; 12 -> 00:02;
        # 14.85 -> 00:04:51; 15 -> 00:05.
        (
            "emergency",
            sh(2025, 11, 15, 23, 50),
            sh(2025, 11, 16, 0, 1, 51),
            sh(2025, 11, 16, 0, 2),
            sh(2025, 11, 16, 0, 4, 51),
            sh(2025, 11, 16, 0, 5),
        ),
    ],
)
def test_three_colors_at_79_80_99_100_percent(
    desk: Desk,
    urgency: str,
    created: datetime,
    at_79: datetime,
    at_80: datetime,
    at_99: datetime,
    at_100: datetime,
) -> None:
    case = desk.create(created, urgency=urgency)
    assert case.warn_at == at_80 and case.due_at == at_100
    expected = {at_79: "green", at_80: "yellow", at_99: "yellow", at_100: "red"}
    for moment, color in expected.items():
        assert desk.color(case.id, moment) == color, f"{urgency} at {moment}: expected {color}"
        assert color_at(at_80, at_100, moment) == color


def test_the_warn_threshold_is_configurable(state: AppState) -> None:
    with state.db.write() as session:  # as an administrator's new rule version would
        session.execute(update(SlaRuleSet).values(warn_ratio=0.7))
    state.reference.invalidate()
    desk = Desk(state)
    case = desk.create(sh(2025, 11, 10, 9, 0))
    # accept 60 from 09:00, yellow from 70 % = 42 min = 09:42; due stays 10:00.
    assert case.warn_at == sh(2025, 11, 10, 9, 42)
    assert case.due_at == sh(2025, 11, 10, 10, 0)
    assert desk.color(case.id, sh(2025, 11, 10, 9, 41, 24)) == "green"  # 69 %
    assert desk.color(case.id, sh(2025, 11, 10, 9, 42)) == "yellow"  # 70 %
    assert desk.color(case.id, sh(2025, 11, 10, 9, 45)) == "yellow"  # 75 %
    # The clock keeps its threshold when the rules change; a step started after counts on 80 %.
    with state.db.write() as session:
        session.execute(update(SlaRuleSet).values(warn_ratio=0.8))
    state.reference.invalidate()
    assert desk.color(case.id, sh(2025, 11, 10, 9, 45)) == "yellow"
    later = desk.create(sh(2025, 11, 10, 9, 0))
    assert later.warn_at == sh(2025, 11, 10, 9, 48)


def test_a_new_case_is_green(desk: Desk) -> None:
    case = desk.create(sh(2025, 11, 10, 9, 0))
    assert case.color == "green"


# --- pause, extension, new step clocks, no clock -----------------------------------------------


def _complaint_in_handle(desk: Desk) -> Clocked:
    # Dispatched Mon 2025-11-03 08:30: 13 working days (11-03..07, 10..14, 17, 18, 19) end
    # Wed 11-19 17:30; warn 4680 = 10 days (to Fri 11-14 17:30) + 180 = Mon 11-17 11:30.
    case = desk.to_handle(
        created=sh(2025, 11, 3, 8, 30),
        dispatched=sh(2025, 11, 3, 8, 30),
        signed=sh(2025, 11, 3, 9, 0),
    )
    assert_clock(
        case, step="handle", warn_at=sh(2025, 11, 17, 11, 30), due_at=sh(2025, 11, 19, 17, 30)
    )
    return case


def test_park_pauses_the_clock_and_unpark_moves_due_by_the_paused_working_time(
    desk: Desk, state: AppState
) -> None:
    case = _complaint_in_handle(desk)
    epoch = case.sla_epoch

    parked = desk.act(case.id, "park", sh(2025, 11, 4, 10, 0), note="等待管线单位协调")
    assert parked.state == "parked" and parked.paused
    assert (parked.warn_at, parked.due_at) == (None, None), "a parked case has no deadline"
    assert parked.color == "green", "parking keeps the color"
    with state.db.read() as session:
        snapshot = case_snapshot(session.get(Case, case.id), state.reference.get())  # type: ignore[arg-type]
    assert snapshot["sla_paused"] is True and snapshot["due_at"] is None

    resumed = desk.act(case.id, "unpark", sh(2025, 11, 5, 10, 0))
    # Paused Tue 10:00 .. Wed 10:00 = 120 + 240 + 90 = 450 working minutes, one working day:
    # due Wed 11-19 17:30 -> Thu 11-20 17:30, warn Mon 11-17 11:30 -> Tue 11-18 11:30.
    assert resumed.state == "in_progress" and not resumed.paused
    assert resumed.due_at == sh(2025, 11, 20, 17, 30)
    assert resumed.warn_at == sh(2025, 11, 18, 11, 30)
    assert state.sla.work.minutes_between(case.due_at, resumed.due_at) == 450  # type: ignore[arg-type]
    assert resumed.sla_epoch == epoch, "unpark continues the same step clock"
    assert resumed.sla_limit_min == case.sla_limit_min

    desk.act(case.id, "park", sh(2025, 11, 7, 17, 0), note="周末停工")
    again = desk.act(case.id, "unpark", sh(2025, 11, 10, 9, 0))
    # Fri 17:00 .. Mon 09:00 holds 30 + 30 = 60 working minutes (the weekend does not count):
    # Thu 11-20 17:30 + 60 = Fri 11-21 09:30.
    assert again.due_at == sh(2025, 11, 21, 9, 30)


def test_an_approved_extension_moves_due_by_the_requested_minutes(desk: Desk) -> None:
    case = _complaint_in_handle(desk)
    requested = desk.act(
        case.id,
        "request_extension",
        sh(2025, 11, 10, 9, 0),
        extension_minutes=2 * DAY,
        note="需协调多个部门",
    )
    assert requested.extension_pending_min == 2 * DAY
    assert requested.due_at == case.due_at, "a pending request moves nothing"

    approved = desk.act(case.id, "approve_extension", sh(2025, 11, 10, 10, 0))
    # due Wed 11-19 17:30 + 2 working days = Fri 11-21 17:30; warn is 80 % of the new limit
    # 6750 = 5400 = 12 days from Mon 11-03 08:30 = Tue 11-18 17:30.
    assert approved.due_at == sh(2025, 11, 21, 17, 30)
    assert approved.warn_at == sh(2025, 11, 18, 17, 30)
    assert approved.sla_limit_min == 13 * DAY + 2 * DAY
    assert approved.extension_pending_min is None


def test_a_rejected_extension_moves_nothing(desk: Desk) -> None:
    case = _complaint_in_handle(desk)
    desk.act(
        case.id,
        "request_extension",
        sh(2025, 11, 10, 9, 0),
        extension_minutes=2 * DAY,
        note="需协调多个部门",
    )
    rejected = desk.act(
        case.id, "reject_extension", sh(2025, 11, 10, 10, 0), note="理由不充分，按期办结"
    )
    assert rejected.due_at == case.due_at and rejected.warn_at == case.warn_at
    assert rejected.sla_limit_min == case.sla_limit_min
    assert rejected.extension_pending_min is None


def test_sign_keeps_the_handle_clock_counting_from_dispatch(desk: Desk) -> None:
    case = desk.to_handle(
        created=sh(2025, 11, 10, 8, 30),
        dispatched=sh(2025, 11, 10, 9, 0),
        signed=sh(2025, 11, 11, 15, 0),  # signed more than a working day later
    )
    assert case.started_at == sh(2025, 11, 10, 9, 0)
    # 13 working days from Mon 11-10 09:00 = Thu 11-27 09:00.
    assert case.due_at == sh(2025, 11, 27, 9, 0)


def test_a_return_and_re_dispatch_start_fresh_clocks(desk: Desk) -> None:
    case = desk.create(sh(2025, 11, 10, 8, 30))
    desk.act(case.id, "register", sh(2025, 11, 10, 8, 40))
    desk.act(case.id, "dispatch", sh(2025, 11, 10, 9, 0), department="urban")
    returned = desk.act(case.id, "return", sh(2025, 11, 10, 10, 0), note="不属于本部门职责")
    # dispatch 120 again from 10:00: due 12:00, warn 96 = 11:36.
    assert_clock(
        returned, step="dispatch", warn_at=sh(2025, 11, 10, 11, 36), due_at=sh(2025, 11, 10, 12)
    )
    desk.act(case.id, "dispatch", sh(2025, 11, 10, 14, 0), department="ecology")
    signed = desk.act(case.id, "sign", sh(2025, 11, 10, 15, 0))
    # handle from the re-dispatch Mon 14:00: 13 working days = Thu 11-27 14:00.
    assert signed.started_at == sh(2025, 11, 10, 14, 0)
    assert signed.due_at == sh(2025, 11, 27, 14, 0)


def test_verify_fail_and_reopen_start_a_fresh_handle_clock(desk: Desk) -> None:
    case = desk.to_handle(
        created=sh(2025, 11, 10, 9, 0),
        dispatched=sh(2025, 11, 10, 10, 0),
        signed=sh(2025, 11, 10, 14, 0),
    )
    handle_epoch = case.sla_epoch
    desk.act(case.id, "resolve", sh(2025, 11, 11, 9, 0))
    rework = desk.act(case.id, "verify_fail", sh(2025, 11, 11, 10, 0), note="现场仍有噪声")
    # A fresh 13-day handle clock from Tue 11-11 10:00: Wed12 (1) .. Fri 11-28 (13) 10:00.
    assert rework.state == "in_progress"
    assert rework.started_at == sh(2025, 11, 11, 10, 0)
    assert_clock(
        rework,
        step="handle",
        warn_at=sh(2025, 11, 25, 14, 30),  # 10 days = Tue 11-25 10:00, + 180 = 14:30
        due_at=sh(2025, 11, 28, 10, 0),
        limit=13 * DAY,
    )
    assert rework.sla_epoch == handle_epoch + 2, "verify and the rework are new step clocks"

    desk.act(case.id, "resolve", sh(2025, 11, 12, 9, 0))
    closed = desk.act(case.id, "verify_pass", sh(2025, 11, 12, 9, 30))
    assert closed.sla_step is None and closed.due_at is None
    desk.act(case.id, "callback", sh(2025, 11, 12, 10, 0), result="unsatisfied", note="仍扰民")
    reopened = desk.act(case.id, "reopen", sh(2025, 11, 13, 8, 30), note="回访不满意，返工")
    # A fresh handle clock from Thu 11-13 08:30: 13 working days (13,14,17..21,24..28, Mon
    # 12-01) end Mon 12-01 17:30.
    assert reopened.state == "in_progress"
    assert reopened.started_at == sh(2025, 11, 13, 8, 30)
    assert reopened.due_at == sh(2025, 12, 1, 17, 30)
    assert reopened.sla_epoch > rework.sla_epoch


def test_closed_voided_and_merged_cases_have_no_clock(desk: Desk, state: AppState) -> None:
    monday = sh(2025, 11, 10, 9, 0)
    voided = desk.act(desk.create(monday).id, "void", monday, note="重复来电，无实际诉求")
    parent = desk.create(monday)
    merged = desk.act(desk.create(monday).id, "merge", monday, parent_id=parent.id)
    done = desk.to_handle(created=monday, dispatched=monday, signed=monday)
    desk.act(done.id, "resolve", sh(2025, 11, 10, 10, 0))
    closed = desk.act(done.id, "verify_pass", sh(2025, 11, 10, 11, 0))
    for case in (voided, merged, closed):
        assert case.state in ("voided", "merged", "closed")
        assert case.sla_step is None, f"{case.state} case still runs {case.sla_step}"
        assert (case.warn_at, case.due_at, case.notice_at, case.color) == (None, None, None, None)
    with state.db.read() as session:
        history = session.scalars(
            select(CaseAction.action).where(CaseAction.case_id == merged.id)
        ).all()
    assert history == ["create", "merge"]

"""The escalation ladder: yellow → 催办 (auto_remind), red → 督办 (auto_supervise), red for 5
more working days → 通报 (auto_notice); once per step clock, logged and in the feed.

`escalation.tick(session, ref, now)` is driven with explicit Asia/Shanghai instants; the
scheduler thread of server/background.py is run once for real at the end.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from server.background import Scheduler
from server.db import utcnow
from server.models import Case, CaseAction, Escalation, Event
from server.schemas.case import ActionRequest, CaseCreate
from server.services import cases, escalation, feed
from server.services.lifecycle import Actor
from server.services.workcalendar import SHANGHAI
from server.state import AppState

OFFICER = Actor(user_id=None, name="值班员(测试)", role="duty_officer")
SUPERVISOR = Actor(user_id=None, name="值班长(测试)", role="supervisor")
TRAINER = Actor(user_id=None, name="培训员(测试)", role="trainer")
RUNG_ACTIONS = ("auto_remind", "auto_supervise", "auto_notice")
DEADLINE_SECONDS = 30.0


def sh(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """An aware Asia/Shanghai instant."""
    return datetime(year, month, day, hour, minute, tzinfo=SHANGHAI)


# A normal noise complaint reported Mon 2025-11-10 09:00: accept 60 working minutes, so
# warn_at 09:48 (80 %), due_at 10:00, and notice_at = due + 5 working days = Mon 11-17 10:00.
MONDAY_0900 = sh(2025, 11, 10, 9, 0)
WARN = sh(2025, 11, 10, 9, 48)
DUE = sh(2025, 11, 10, 10, 0)
NOTICE = sh(2025, 11, 17, 10, 0)


@dataclass(frozen=True)
class Ladder:
    """What the ladder has left on a case."""

    level: int
    color: str | None
    version: int
    rungs: list[tuple[int, str, str]]  # (epoch, kind, status) in order
    actions: list[str]  # the auto_* audit records in order
    events: list[tuple[str, int | None, str]]  # (type, version, action) of the case's events
    deadlines: tuple[datetime | None, datetime | None, datetime | None]  # warn, due, notice


class Room:
    """A duty room at the service level: cases, actions and ticks at explicit instants."""

    def __init__(self, state: AppState) -> None:
        self.state = state

    def create(
        self,
        now: datetime = MONDAY_0900,
        *,
        category: str = "noise",
        actor: Actor = OFFICER,
    ) -> int:
        data = CaseCreate(channel="grid", category=category, title="夜间施工噪声扰民")
        with self.state.db.write() as session:
            ref = self.state.reference.get()
            return cases.create_case(
                session, data=data, actor=actor, ref=ref, sla=self.state.sla, now=now
            ).id

    def act(
        self, case_id: int, action: str, now: datetime, actor: Actor = OFFICER, **fields: object
    ) -> None:
        with self.state.db.write() as session:
            current = session.get(Case, case_id)
            assert current is not None
            if action in ("sign", "resolve"):
                actor = Actor(None, "承办人(测试)", "department", current.department_id)
            request = ActionRequest(action=action, **fields)  # type: ignore[arg-type]
            cases.apply_action(
                session,
                case_id=case_id,
                request=request,
                version=current.version,
                actor=actor,
                ref=self.state.reference.get(),
                sla=self.state.sla,
                now=now,
            )

    def tick(self, now: datetime) -> int:
        with self.state.db.write() as session:
            return escalation.tick(session, ref=self.state.reference.get(), now=now)

    def ladder(self, case_id: int) -> Ladder:
        with self.state.db.read() as session:
            case = session.get(Case, case_id)
            assert case is not None
            rungs = session.execute(
                select(Escalation.epoch, Escalation.kind, Escalation.status)
                .where(Escalation.case_id == case_id)
                .order_by(Escalation.id)
            ).all()
            actions = session.scalars(
                select(CaseAction.action)
                .where(CaseAction.case_id == case_id, CaseAction.action.in_(RUNG_ACTIONS))
                .order_by(CaseAction.id)
            ).all()
            events = session.scalars(
                select(Event).where(Event.case_id == case_id).order_by(Event.seq)
            ).all()
            return Ladder(
                level=case.escalation_level,
                color=case.color,
                version=case.version,
                rungs=[tuple(row) for row in rungs],  # type: ignore[misc]
                actions=list(actions),
                events=[(e.type, e.version, e.payload["action"]["action"]) for e in events],
                deadlines=(case.warn_at, case.due_at, case.notice_at),
            )

    def head(self) -> int:
        with self.state.db.read() as session:
            return feed.head(session)[0]


@pytest.fixture
def room(state: AppState) -> Room:
    return Room(state)


def escalated(ladder: Ladder) -> list[str]:
    """The actions of the case's case.escalated events, in feed order."""
    return [action for type_, _, action in ladder.events if type_ == "case.escalated"]


def test_the_ladder_climbs_once_per_rung(room: Room) -> None:
    case_id = room.create()
    start = room.ladder(case_id)
    assert (start.level, start.color, start.rungs) == (0, "green", [])
    assert start.deadlines == (WARN, DUE, NOTICE), "the deadlines worked out by hand"

    assert room.tick(sh(2025, 11, 10, 9, 47)) == 0, "still green at 09:47"
    assert room.ladder(case_id).rungs == []

    # Yellow at 09:48: one 催办.
    assert room.tick(WARN) == 1
    yellow = room.ladder(case_id)
    assert yellow.color == "yellow" and yellow.level == 1
    assert yellow.rungs == [(1, "remind", "closed")]
    assert yellow.actions == ["auto_remind"]
    assert escalated(yellow) == ["auto_remind"], "one event in the feed for the reminder"
    assert yellow.version == start.version + 1
    assert yellow.events[-1][1] == yellow.version, "the event carries the new version"

    for later in (sh(2025, 11, 10, 9, 50), sh(2025, 11, 10, 9, 59)):
        assert room.tick(later) == 0, f"nothing new at {later}"
    assert room.ladder(case_id) == yellow

    # Red at 10:00: one 督办, open.
    assert room.tick(DUE) == 1
    red = room.ladder(case_id)
    assert red.color == "red" and red.level == 2
    assert red.rungs == [(1, "remind", "closed"), (1, "supervise", "open")]
    assert red.actions == ["auto_remind", "auto_supervise"]
    assert escalated(red) == ["auto_remind", "auto_supervise"]

    for later in (sh(2025, 11, 10, 10, 1), sh(2025, 11, 14, 17, 0), sh(2025, 11, 17, 9, 59)):
        assert room.tick(later) == 0, f"nothing new at {later}"
    assert room.ladder(case_id) == red

    # Red for 5 more working days (Mon 11-17 10:00): 通报.
    assert room.tick(NOTICE) == 1
    notice = room.ladder(case_id)
    assert notice.level == 3
    assert [kind for _, kind, _ in notice.rungs] == ["remind", "supervise", "notice"]
    assert notice.actions == list(RUNG_ACTIONS)
    assert escalated(notice) == list(RUNG_ACTIONS)

    for later in (NOTICE, sh(2025, 11, 18, 9, 0), sh(2026, 1, 5, 9, 0)):
        assert room.tick(later) == 0, f"nothing new at {later}"
    assert room.ladder(case_id) == notice


def test_the_supervisor_screen_lists_the_open_supervision_item(
    room: Room, client: TestClient, headers: Callable[[str], dict[str, str]]
) -> None:
    case_id = room.create()
    other = room.create()
    room.tick(DUE)
    response = client.get("/api/v1/supervision", headers=headers("supervisor"))
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert sorted(item["case"]["id"] for item in items) == sorted([case_id, other])
    item = next(item for item in items if item["case"]["id"] == case_id)
    assert item["status"] == "open" and item["step"] == "accept"
    assert item["case"]["color"] == "red" and item["case"]["escalation_level"] == 2


def test_green_straight_to_red_gets_both_rungs_once(room: Room) -> None:
    case_id = room.create()
    start = room.ladder(case_id)
    assert room.tick(sh(2025, 11, 10, 10, 5)) == 1
    red = room.ladder(case_id)
    assert red.rungs == [(1, "remind", "closed"), (1, "supervise", "open")]
    assert red.actions == ["auto_remind", "auto_supervise"]
    assert escalated(red) == ["auto_remind", "auto_supervise"], "one event per rung"
    assert red.version == start.version + 2 and red.level == 2
    assert room.tick(sh(2025, 11, 10, 10, 6)) == 0
    assert room.ladder(case_id) == red


def test_straight_past_the_notice_time_gets_every_rung_once(room: Room) -> None:
    case_id = room.create()
    room.tick(sh(2025, 11, 20, 9, 0))
    ladder = room.ladder(case_id)
    assert ladder.actions == list(RUNG_ACTIONS) and ladder.level == 3
    room.tick(sh(2025, 11, 21, 9, 0))
    assert room.ladder(case_id) == ladder


def test_a_new_step_clock_climbs_again_and_closes_the_supervision_item(
    room: Room, client: TestClient, headers: Callable[[str], dict[str, str]]
) -> None:
    case_id = room.create()
    room.tick(DUE)
    assert room.ladder(case_id).rungs == [(1, "remind", "closed"), (1, "supervise", "open")]

    # Registered at 10:10: the dispatch clock (epoch 2), 120 working minutes: due 12:00 - 10:10
    # = 110 + 10 after 13:30 = 13:40; warn 96 = 11:46.
    room.act(case_id, "register", sh(2025, 11, 10, 10, 10))
    moved = room.ladder(case_id)
    assert moved.color == "green"
    assert moved.rungs == [(1, "remind", "closed"), (1, "supervise", "closed")]
    open_items = client.get("/api/v1/supervision", headers=headers("supervisor")).json()["items"]
    assert open_items == [], "the 督办 item closes when the case leaves the step"
    closed = client.get(
        "/api/v1/supervision", params={"status": "closed"}, headers=headers("supervisor")
    ).json()["items"]
    assert [item["case"]["id"] for item in closed] == [case_id]
    assert closed[0]["closed_at"] is not None

    assert room.tick(sh(2025, 11, 10, 11, 45)) == 0
    assert room.tick(sh(2025, 11, 10, 11, 46)) == 1
    assert room.tick(sh(2025, 11, 10, 13, 40)) == 1
    again = room.ladder(case_id)
    assert again.rungs == [
        (1, "remind", "closed"),
        (1, "supervise", "closed"),
        (2, "remind", "closed"),
        (2, "supervise", "open"),
    ]
    assert again.actions == ["auto_remind", "auto_supervise"] * 2
    assert again.level == 2
    assert room.tick(sh(2025, 11, 10, 14, 0)) == 0
    open_items = client.get("/api/v1/supervision", headers=headers("supervisor")).json()["items"]
    assert [item["case"]["id"] for item in open_items] == [case_id]
    assert open_items[0]["step"] == "dispatch"


def test_a_new_step_clock_reaches_notice_again(room: Room) -> None:
    case_id = room.create()
    room.tick(DUE)
    room.tick(NOTICE)
    assert room.ladder(case_id).level == 3
    # Registered Mon 11-17 10:30: the dispatch clock (120 working minutes) warns at 12:06 -
    # 96 = 90 to 12:00 + 6 = 13:36, is due at 90 + 30 = 14:00, and reaches 通报 5 working
    # days later, Mon 11-24 14:00. The scheduler ticks all along, so it sees each color.
    room.act(case_id, "register", sh(2025, 11, 17, 10, 30))
    for moment in (sh(2025, 11, 17, 13, 36), sh(2025, 11, 17, 14, 0), sh(2025, 11, 20, 9, 0)):
        room.tick(moment)
    assert room.ladder(case_id).rungs[-2:] == [(2, "remind", "closed"), (2, "supervise", "open")]
    room.tick(sh(2025, 11, 24, 14, 0))
    ladder = room.ladder(case_id)
    assert ladder.rungs[-1][:2] == (2, "notice"), f"no 通报 for the dispatch clock: {ladder.rungs}"
    assert ladder.actions == list(RUNG_ACTIONS) * 2


def test_a_tick_on_a_case_no_longer_due_changes_nothing(room: Room) -> None:
    case_id = room.create()
    # The scheduler found the case due (red at 10:05) ...
    with room.state.db.read() as session:
        ids = escalation.due_ids(session, sh(2025, 11, 10, 10, 5))
    assert ids == [case_id]
    # ... but before its write transaction an officer registered it: a new green clock.
    room.act(case_id, "register", sh(2025, 11, 10, 10, 4))
    before = room.ladder(case_id)
    with room.state.db.write() as session:
        changed = escalation.tick(
            session, ref=room.state.reference.get(), now=sh(2025, 11, 10, 10, 5), ids=ids
        )
    after = room.ladder(case_id)
    assert (changed, after) == (0, before), "nothing to do: no record, no version, no event"


def test_parked_cases_do_not_climb(room: Room) -> None:
    case_id = room.create(category="noise")
    room.act(case_id, "register", sh(2025, 11, 10, 9, 5))
    room.act(case_id, "dispatch", sh(2025, 11, 10, 9, 10), department="ecology")
    room.act(case_id, "sign", sh(2025, 11, 10, 9, 20))
    room.act(case_id, "park", sh(2025, 11, 10, 9, 30), actor=SUPERVISOR, note="等待法院裁定")
    before = room.ladder(case_id)
    head = room.head()
    # Far beyond the 13-day handle limit and its notice time.
    for later in (sh(2025, 12, 15, 9, 0), sh(2026, 3, 2, 9, 0)):
        assert room.tick(later) == 0
    assert room.ladder(case_id) == before
    assert room.head() == head, "nothing was written to the feed"


def test_drill_cases_climb_but_stay_out_of_the_live_feed(
    room: Room, state: AppState, client: TestClient, headers: Callable[[str], dict[str, str]]
) -> None:
    live = room.create()
    drill = room.create(actor=TRAINER)
    after = room.head()
    room.tick(DUE)
    ladder = room.ladder(drill)
    assert ladder.actions == ["auto_remind", "auto_supervise"] and ladder.level == 2
    head = room.head()
    assert head == after + 4, "two rungs for each of the two cases"

    state.hub.notify()
    seen = client.get(
        "/api/v1/events",
        params={"after": after, "wait": 10},
        headers=headers("duty_officer"),
    ).json()
    assert {event["case_id"] for event in seen["events"]} == {live}
    assert seen["last_seq"] == head, "the follower moves past the drill events"
    trainer = client.get(
        "/api/v1/events", params={"after": after, "wait": 10}, headers=headers("trainer")
    ).json()
    assert {event["case_id"] for event in trainer["events"]} == {drill}
    items = client.get("/api/v1/supervision", headers=headers("supervisor")).json()["items"]
    assert [item["case"]["id"] for item in items] == [live], "no drill case on the 督办 screen"


def test_a_handle_clock_already_yellow_at_sign_gets_its_reminder(room: Room) -> None:
    # Manhole: sign within 1 working day, handle within 1 working day counted from dispatch.
    # Dispatched Mon 09:00, signed Mon 17:00: the handle clock has used 180 + 210 = 390 of
    # its 450 minutes (87 %): it starts yellow (warn 360 = 16:30, due Tue 09:00).
    case_id = room.create(sh(2025, 11, 10, 8, 30), category="manhole")
    room.act(case_id, "register", sh(2025, 11, 10, 8, 40))
    room.act(case_id, "dispatch", sh(2025, 11, 10, 9, 0), department="housing")
    room.act(case_id, "sign", sh(2025, 11, 10, 17, 0))
    signed = room.ladder(case_id)
    assert signed.color == "yellow"
    room.tick(sh(2025, 11, 10, 17, 1))
    ladder = room.ladder(case_id)
    assert [kind for _, kind, _ in ladder.rungs].count("remind") == 1, (
        f"no 催办 for a yellow handle clock: {ladder.rungs}"
    )


def test_a_handle_clock_already_red_at_sign_opens_supervision_at_once(room: Room) -> None:
    # Dispatched Mon 09:00, signed Tue 09:30: the handle clock (due Tue 09:00) starts red.
    case_id = room.create(sh(2025, 11, 10, 8, 30), category="manhole")
    room.act(case_id, "register", sh(2025, 11, 10, 8, 40))
    room.act(case_id, "dispatch", sh(2025, 11, 10, 9, 0), department="housing")
    room.act(case_id, "sign", sh(2025, 11, 11, 9, 30))
    assert room.ladder(case_id).color == "red"
    room.tick(sh(2025, 11, 11, 9, 31))
    ladder = room.ladder(case_id)
    assert ladder.actions == ["auto_remind", "auto_supervise"], (
        f"an overdue handle clock must reach the 督办 screen now, got {ladder.actions}"
    )


def test_the_scheduler_thread_turns_an_overdue_case_red(state: AppState, room: Room) -> None:
    now = utcnow()
    created = now - timedelta(days=10)
    # Ten calendar days always hold more than the 60 working minutes of the accept step.
    assert state.sla.work.minutes_between(created, now) > 60
    case_id = room.create(created)
    assert room.ladder(case_id).color == "green", "green until the scheduler looks"

    state.settings = state.settings.model_copy(update={"sla_tick_seconds": 0.05})
    scheduler = Scheduler(state)
    scheduler.start()
    try:
        deadline = time.monotonic() + DEADLINE_SECONDS
        ladder = room.ladder(case_id)
        while ladder.color != "red" and time.monotonic() < deadline:
            time.sleep(0.05)
            ladder = room.ladder(case_id)
    finally:
        scheduler.stop()
    assert ladder.color == "red", f"the scheduler did not recolor the case: {ladder}"
    assert "auto_supervise" in ladder.actions
    assert ladder.actions.count("auto_supervise") == 1

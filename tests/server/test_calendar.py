"""The holiday calendar the center enters itself, and every running clock following it.

The central case of issue #12: a one-working-day step started 2026-12-31 16:00 is due
2027-01-01 16:00 while the library knows nothing of 2027, and 2027-01-04 16:00 once 元旦 is
entered; deleting the entry moves it back. Cases are made at explicit instants through the
services; the calendar is changed through the API as an administrator would.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from server.background import Scheduler
from server.config import Settings
from server.models import AdminRecord, Case, CaseAction, Event
from server.schemas.case import ActionRequest, CaseCreate
from server.services import cases, holidays
from server.services.lifecycle import Actor
from server.services.sla import SlaClock
from server.services.workcalendar import SHANGHAI, NaturalClock, WorkCalendar
from server.state import AppState

Headers = Callable[[str], dict[str, str]]
OFFICER = Actor(user_id=None, name="值班员(测试)", role="duty_officer")


def sh(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=SHANGHAI)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """The app on SQLite and on PostgreSQL, without the demo backlog."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'cc.db'}"
    else:
        url = str(request.getfixturevalue("postgres_url"))
    return Settings(database_url=url, demo=True, simulator_rate=0)


class Desk:
    """Cases started at explicit instants, as a duty officer and a department would."""

    def __init__(self, state: AppState) -> None:
        self.state = state

    def dispatched(self, at: datetime, *, category: str = "noise", urgency: str = "normal") -> int:
        """A case registered and dispatched at `at`: its sign clock (1 working day) runs."""
        data = CaseCreate(
            channel="hotline_12345", category=category, urgency=urgency, title="噪声扰民"
        )
        with self.state.db.write() as session:
            ref = self.state.reference.get()
            case_id = cases.create_case(
                session, data=data, actor=OFFICER, ref=ref, sla=self.state.sla, now=at
            ).id
        self.act(case_id, "register", at)
        self.act(case_id, "dispatch", at, department="urban")
        return case_id

    def act(self, case_id: int, action: str, at: datetime, **fields: object) -> None:
        with self.state.db.write() as session:
            current = session.get(Case, case_id)
            assert current is not None
            request = ActionRequest(action=action, **fields)  # type: ignore[arg-type]
            cases.apply_action(
                session,
                case_id=case_id,
                request=request,
                version=current.version,
                actor=OFFICER,
                ref=self.state.reference.get(),
                sla=self.state.sla,
                now=at,
            )

    def case(self, case_id: int) -> Case:
        with self.state.db.read() as session:
            found = session.get(Case, case_id)
            assert found is not None
            return found

    def due(self, case_id: int) -> datetime | None:
        due = self.case(case_id).due_at
        return None if due is None else due.astimezone(SHANGHAI)

    def trail(self, case_id: int, action: str) -> list[CaseAction]:
        with self.state.db.read() as session:
            return list(
                session.scalars(
                    select(CaseAction)
                    .where(CaseAction.case_id == case_id, CaseAction.action == action)
                    .order_by(CaseAction.id)
                )
            )

    def events(self, case_id: int, type_: str) -> list[Event]:
        with self.state.db.read() as session:
            return list(
                session.scalars(select(Event).where(Event.case_id == case_id, Event.type == type_))
            )


@pytest.fixture
def desk(state: AppState) -> Desk:
    return Desk(state)


def put_day(
    client: TestClient, headers: Headers, day: str, kind: str, name: str, user: str = "admin"
) -> Any:
    return client.put(
        f"/api/v1/calendar/days/{day}", json={"kind": kind, "name": name}, headers=headers(user)
    )


def test_new_year_2027_moves_a_one_day_clock_and_deleting_moves_it_back(
    client: TestClient, headers: Headers, desk: Desk
) -> None:
    case_id = desk.dispatched(sh(2026, 12, 31, 16, 0))
    assert desk.due(case_id) == sh(2027, 1, 1, 16, 0)  # the library knows no 2027
    version = desk.case(case_id).version

    response = put_day(client, headers, "2027-01-01", "holiday", "元旦")
    assert response.status_code == 200, response.text
    assert response.json()["moved"] >= 1
    assert desk.due(case_id) == sh(2027, 1, 4, 16, 0)
    assert desk.case(case_id).version == version + 1
    [record] = desk.trail(case_id, "calendar_changed")
    assert record.payload["old_due_at"] == "2027-01-01T16:00:00+08:00"
    assert record.payload["new_due_at"] == "2027-01-04T16:00:00+08:00"
    assert record.payload["dates"] == ["2027-01-01"]
    [event] = desk.events(case_id, "case.updated")
    assert event.version == version + 1
    assert event.payload["case"]["due_at"] == "2027-01-04T16:00:00+08:00"

    response = client.delete("/api/v1/calendar/days/2027-01-01", headers=headers("admin"))
    assert response.status_code == 200, response.text
    assert desk.due(case_id) == sh(2027, 1, 1, 16, 0)
    assert len(desk.trail(case_id, "calendar_changed")) == 2
    assert len(desk.events(case_id, "case.updated")) == 2
    # Nothing entered any more: a second delete is 404 and moves nothing.
    assert (
        client.delete("/api/v1/calendar/days/2027-01-01", headers=headers("admin")).status_code
        == 404
    )


def test_a_step_started_after_the_entry_counts_the_holiday(
    client: TestClient, headers: Headers, desk: Desk
) -> None:
    assert put_day(client, headers, "2027-01-01", "holiday", "元旦").status_code == 200
    case_id = desk.dispatched(sh(2026, 12, 31, 16, 0))
    assert desk.due(case_id) == sh(2027, 1, 4, 16, 0)


def test_a_spring_festival_import_moves_every_clock_that_crosses_it(
    client: TestClient, headers: Headers, desk: Desk
) -> None:
    # Sign clocks (1 working day) started on the Friday before, and one far from the festival.
    crossing = [desk.dispatched(sh(2027, 2, 5, hour, 0)) for hour in (9, 14, 16)]
    before = {case_id: desk.due(case_id) for case_id in crossing}
    assert all(due is not None and due.date() == date(2027, 2, 8) for due in before.values())
    far = desk.dispatched(sh(2027, 3, 10, 9, 0))
    far_due = desk.due(far)
    notice = (
        "date,kind,name\n2027-02-06..2027-02-14,holiday,春节\n2027-02-20,workday,春节\n"
    ).encode()
    response = client.post(
        "/api/v1/calendar/import",
        content=notice,
        headers={**headers("admin"), "Content-Type": "text/csv"},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["stored"] == 10 and body["years"] == [2027]
    assert body["moved"] >= len(crossing)
    for case_id in crossing:
        due = desk.due(case_id)
        assert due is not None and due.date() == date(2027, 2, 15), case_id
        assert due.time() == before[case_id].time()  # type: ignore[union-attr]
        assert len(desk.trail(case_id, "calendar_changed")) == 1
        assert len(desk.events(case_id, "case.updated")) == 1
    assert desk.due(far) == far_due and desk.trail(far, "calendar_changed") == []

    year = client.get("/api/v1/calendar", params={"year": 2027}, headers=headers("duty_officer"))
    assert year.status_code == 200
    view = year.json()
    assert view["source"] == "entered"
    listed = {d["date"]: d for d in view["days"]}
    assert listed["2027-02-06"] == {
        "date": "2027-02-06",
        "kind": "holiday",
        "name": "春节",
        "source": "entered",
    }
    assert listed["2027-02-20"]["kind"] == "workday"


def test_an_import_with_one_bad_line_stores_nothing(
    client: TestClient, headers: Headers, desk: Desk
) -> None:
    case_id = desk.dispatched(sh(2026, 12, 31, 16, 0))
    notice = "2027-01-01,holiday,元旦\n2027-02-30,holiday,春节\n2027-03-03,workday,补班\n"
    response = client.post(
        "/api/v1/calendar/import",
        content=notice.encode(),
        headers={**headers("admin"), "Content-Type": "text/csv"},
    )
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert [e["line"] for e in errors] == [2, 3]
    assert errors[0]["field"] == "date" and errors[1]["field"] == "kind"
    assert desk.due(case_id) == sh(2027, 1, 1, 16, 0)
    year = client.get("/api/v1/calendar", params={"year": 2027}, headers=headers("admin")).json()
    assert year == {"year": 2027, "source": "missing", "days": []}


def test_the_library_years_and_the_status(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    view = client.get(
        "/api/v1/calendar", params={"year": 2026}, headers=headers("supervisor")
    ).json()
    assert view["source"] == "library"
    listed = {d["date"]: d for d in view["days"]}
    assert listed["2026-01-01"] == {
        "date": "2026-01-01",
        "kind": "holiday",
        "name": "元旦",
        "source": "library",
    }
    assert all(
        date.fromisoformat(d["date"]).weekday() < 5 for d in view["days"] if d["kind"] == "holiday"
    )
    assert all(
        date.fromisoformat(d["date"]).weekday() >= 5 for d in view["days"] if d["kind"] == "workday"
    )
    with state.db.read() as session:
        autumn = holidays.status(session, date(2026, 10, 31))
        winter = holidays.status(session, date(2026, 12, 6))
    assert autumn["missing"] == [2027] and autumn["warn_missing_next"] is False
    assert winter["warn_missing_next"] is True
    assert winter["years"] == [
        {"year": 2026, "source": "library"},
        {"year": 2027, "source": "missing"},
    ]
    assert put_day(client, headers, "2027-01-01", "holiday", "元旦").status_code == 200
    with state.db.read() as session:
        assert holidays.status(session, date(2026, 12, 6))["warn_missing_next"] is False
    status = client.get("/api/v1/calendar/status", headers=headers("duty_officer"))
    assert status.status_code == 200 and "warn_missing_next" in status.json()


def test_only_admins_write_and_every_role_reads(client: TestClient, headers: Headers) -> None:
    for user in ("duty_officer", "supervisor", "trainer", "dept_urban"):
        assert put_day(client, headers, "2027-01-01", "holiday", "元旦", user).status_code == 403
        assert (
            client.delete("/api/v1/calendar/days/2027-01-01", headers=headers(user)).status_code
            == 403
        )
        read = client.get("/api/v1/calendar", params={"year": 2027}, headers=headers(user))
        assert read.status_code == 200
    assert client.get("/api/v1/calendar", params={"year": 2027}).status_code == 401


@pytest.mark.parametrize(
    ("day", "body", "field"),
    [
        ("1999-12-31", {"kind": "holiday", "name": "元旦"}, "date"),
        ("2101-01-01", {"kind": "holiday", "name": "元旦"}, "date"),
        ("2027-13-01", {"kind": "holiday", "name": "元旦"}, "date"),
        ("tomorrow", {"kind": "holiday", "name": "元旦"}, "date"),
        ("2027-01-01", {"kind": "vacation", "name": "元旦"}, "kind"),
        ("2027-03-03", {"kind": "workday", "name": "补班"}, "kind"),  # a Wednesday
        ("2026-10-12", {"kind": "workday", "name": "补班"}, "kind"),  # a Monday, a working day
        ("2027-01-01", {"kind": "holiday", "name": ""}, "name"),
        ("2027-01-01", {"kind": "holiday", "name": "元" * 21}, "name"),
    ],
)
def test_bad_days_are_refused_naming_the_field(
    client: TestClient, headers: Headers, day: str, body: dict[str, str], field: str
) -> None:
    response = client.put(f"/api/v1/calendar/days/{day}", json=body, headers=headers("admin"))
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["field"] == field


def test_malformed_bodies_get_clear_errors(client: TestClient, headers: Headers) -> None:
    admin = {**headers("admin"), "Content-Type": "application/json"}
    broken = client.put("/api/v1/calendar/days/2027-01-01", content=b"{kind", headers=admin)
    assert broken.status_code == 400
    wrong = client.put("/api/v1/calendar/days/2027-01-01", json={"kind": 3}, headers=admin)
    assert wrong.status_code == 422
    year = client.get("/api/v1/calendar", params={"year": 1800}, headers=admin)
    assert year.status_code == 422
    binary = client.post(
        "/api/v1/calendar/import",
        content=b"\xff\xfe\x00\x81",
        headers={**admin, "Content-Type": "text/csv"},
    )
    assert binary.status_code == 422


def test_a_make_up_saturday_and_a_weekend_holiday_are_fine(
    client: TestClient, headers: Headers, desk: Desk
) -> None:
    # Friday 2027-02-19 16:00 + 1 working day: Monday 02-22, or Saturday 02-20 once entered.
    case_id = desk.dispatched(sh(2027, 2, 19, 16, 0))
    assert desk.due(case_id) == sh(2027, 2, 22, 16, 0)
    assert put_day(client, headers, "2027-02-20", "workday", "春节").status_code == 200
    assert desk.due(case_id) == sh(2027, 2, 20, 16, 0)
    assert put_day(client, headers, "2027-02-21", "holiday", "春节").status_code == 200


def test_every_calendar_change_is_in_the_admin_log(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    put_day(client, headers, "2027-01-01", "holiday", "元旦")
    put_day(client, headers, "2027-01-01", "holiday", "元旦节")
    client.delete("/api/v1/calendar/days/2027-01-01", headers=headers("admin"))
    with state.db.read() as session:
        rows = list(session.scalars(select(AdminRecord).where(AdminRecord.kind == "calendar")))
    assert [(r.action, r.target, r.before, r.after) for r in rows] == [
        ("set", "2027-01-01", None, {"kind": "holiday", "name": "元旦"}),
        (
            "set",
            "2027-01-01",
            {"kind": "holiday", "name": "元旦"},
            {"kind": "holiday", "name": "元旦节"},
        ),
        ("delete", "2027-01-01", {"kind": "holiday", "name": "元旦节"}, None),
    ]
    assert all(r.actor_username == "admin" and r.actor_role == "admin" for r in rows)


def test_the_scheduler_sweeps_a_step_started_on_the_calendar_before(
    client: TestClient,
    headers: Headers,
    state: AppState,
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another process, still on the calendar before the change, starts a step in the same
    instant: the scheduler's second sweep of the changed days moves it."""
    import server.background as background

    monkeypatch.setattr(background, "SWEEP_DELAY", timedelta(0))
    scheduler = Scheduler(state)
    scheduler.tick()  # takes the calendar's revision as swept
    assert put_day(client, headers, "2027-01-01", "holiday", "元旦").status_code == 200
    stale = state.sla
    state.sla = SlaClock(WorkCalendar(), NaturalClock(), stale.warn_ratio)  # the process before
    try:
        case_id = desk.dispatched(sh(2026, 12, 31, 16, 0))
    finally:
        state.sla = stale
    assert desk.due(case_id) == sh(2027, 1, 1, 16, 0)
    scheduler.tick()
    assert desk.due(case_id) == sh(2027, 1, 4, 16, 0)
    [record] = desk.trail(case_id, "calendar_changed")
    assert record.actor_role == "system"

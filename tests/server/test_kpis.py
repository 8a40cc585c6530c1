"""Case KPIs on a hand-built day of cases, with the expected figures worked out here.

Every case is an emergency noise complaint (natural-time limits: accept 15 min, dispatch
30 min, sign 30 min, handle 4 h, verify 2 h), built through the case services at explicit
Asia/Shanghai instants on Monday 2025-11-10; the SLA ladder is ticked at 09:40 and 13:20.

    A  xuetian  grid     registered 09:05, dispatched to ecology 09:10, signed 09:15,
                         resolved 10:00, closed 10:30, callback satisfied.
    B  xuetian  grid     dispatch late (red at the 09:40 tick), dispatched to ecology 09:50,
                         resolved 10:30, verify_fail 10:45 (rework), resolved 11:00,
                         closed 11:10, callback unsatisfied.
    C  hongqiao hotline  dispatched to ecology 09:10, returned 09:20, dispatched to urban
                         09:30, signed 09:35, extension of 60 min approved 09:45 (due
                         14:30); still in progress.
    D  hongqiao video    dispatched to urban 09:10, handle late (red at the 13:20 tick),
                         resolved 13:50, closed 14:00, callback basically satisfied.
    E  xuetian  hotline  created 08:58, voided 09:02 (counts in intake only).
    F  chengdong grid    registered 09:05, never dispatched: red at the 09:40 tick.
    G  a drill case (trainer) in xuetian, red too: never counted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, select

from server.config import Settings
from server.models import Case, CaseAction
from server.schemas.case import ActionRequest, CaseCreate
from server.services import cases, escalation, kpi_timeline
from server.services.kpis import kpi_table, overdue_open, volume_tier
from server.services.lifecycle import Actor
from server.services.workcalendar import SHANGHAI
from server.state import AppState
from tests.support.clock import SettableClock

Headers = Callable[[str], dict[str, str]]
OFFICER = Actor(user_id=None, name="值班员(测试)", role="duty_officer")
SUPERVISOR = Actor(user_id=None, name="值班长(测试)", role="supervisor")
TRAINER = Actor(user_id=None, name="培训员(测试)", role="trainer")
DAY = {"from": "2025-11-10T00:00:00+08:00", "to": "2025-11-11T00:00:00+08:00"}


def at(hour: int, minute: int) -> datetime:
    return datetime(2025, 11, 10, hour, minute, tzinfo=SHANGHAI)


class Day:
    """The scenario, applied through the case services in time order."""

    def __init__(self, state: AppState) -> None:
        self.state = state
        self.ref = state.reference.get()
        self.ids: dict[str, int] = {}

    def dept(self, code: str) -> Actor:
        return Actor(None, f"{code}(测试)", "department", self.ref.department_by_code[code].id)

    def create(
        self, name: str, when: datetime, street: str, channel: str, actor: Actor = OFFICER
    ) -> None:
        data = CaseCreate(channel=channel, category="noise", urgency="emergency",
                          title="夜间施工噪声扰民", street=street)  # fmt: skip
        with self.state.db.write() as session:
            case = cases.create_case(
                session, data=data, actor=actor, ref=self.ref, sla=self.state.sla, now=when
            )
            self.ids[name] = case.id

    def act(
        self, name: str, action: str, when: datetime, actor: Actor = OFFICER, **fields: Any
    ) -> None:
        with self.state.db.write() as session:
            case = session.get(Case, self.ids[name])
            assert case is not None
            request = ActionRequest(action=action, **fields)
            cases.apply_action(
                session,
                case_id=case.id,
                request=request,
                version=case.version,
                actor=actor,
                ref=self.ref,
                sla=self.state.sla,
                now=when,
            )

    def tick(self, when: datetime) -> None:
        with self.state.db.write() as session:
            escalation.tick(session, ref=self.ref, now=when)

    def build(self) -> None:
        eco, urban = self.dept("ecology"), self.dept("urban")
        self.create("E", at(8, 58), "xuetian", "hotline_12345")
        for name, street, channel in (
            ("A", "xuetian", "grid"),
            ("B", "xuetian", "grid"),
            ("C", "hongqiao", "hotline_12345"),
            ("D", "hongqiao", "video"),
            ("F", "chengdong", "grid"),
        ):
            self.create(name, at(9, 0), street, channel)  # fmt: skip
        self.create("G", at(9, 0), "xuetian", "grid", actor=TRAINER)
        self.act("E", "void", at(9, 2), note="重复来电")
        for name in "ABCDF":
            self.act(name, "register", at(9, 5))
        self.act("A", "dispatch", at(9, 10), department="ecology")
        self.act("C", "dispatch", at(9, 10), department="ecology")
        self.act("D", "dispatch", at(9, 10), department="urban")
        self.act("A", "sign", at(9, 15), eco)
        self.act("D", "sign", at(9, 15), urban)
        self.act("C", "return", at(9, 20), eco, note="不属于本部门职责")
        self.act("C", "dispatch", at(9, 30), department="urban")
        self.act("C", "sign", at(9, 35), urban)
        self.tick(at(9, 40))  # B and F: dispatch due 09:35 passed; G's accept step too
        self.act("C", "request_extension", at(9, 40), urban, note="需协调施工方",
                 extension_minutes=60)  # fmt: skip
        self.act("C", "approve_extension", at(9, 45), SUPERVISOR)
        self.act("B", "dispatch", at(9, 50), department="ecology")
        self.act("B", "sign", at(9, 55), eco)
        self.act("A", "resolve", at(10, 0), eco)
        self.act("A", "verify_pass", at(10, 30))
        self.act("B", "resolve", at(10, 30), eco)
        self.act("A", "callback", at(10, 40), result="satisfied")
        self.act("B", "verify_fail", at(10, 45), note="现场仍有噪声")
        self.act("B", "resolve", at(11, 0), eco)
        self.act("B", "verify_pass", at(11, 10))
        self.act("B", "callback", at(11, 20), result="unsatisfied", note="夜间仍施工")
        self.tick(at(13, 20))  # D: handle due 13:10 passed; C (due 14:30) still green
        self.act("D", "resolve", at(13, 50), urban)
        self.act("D", "verify_pass", at(14, 0))
        self.act("D", "callback", at(14, 10), result="basically_satisfied")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """The app on SQLite and on PostgreSQL (the JSON field extraction differs)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'cc.db'}"
    else:
        url = str(request.getfixturevalue("postgres_url"))
    return Settings(database_url=url, demo=True, simulator_rate=0)


@pytest.fixture
def day(state: AppState) -> Day:
    scenario = Day(state)
    scenario.build()
    return scenario


def kpis(client: TestClient, headers: Headers, by: str) -> dict[str, Any]:
    response = client.get("/api/v1/kpis", params={"by": by, **DAY}, headers=headers("supervisor"))
    assert response.status_code == 200, response.text
    return response.json()


def row(table: dict[str, Any], key: str) -> dict[str, Any]:
    """A row's figures (without the counts behind them, tested in test_kpis_period)."""
    found = next(r for r in table["rows"] if r["key"] == key)
    return {k: v for k, v in found.items() if k != "counts"}


def figures(**values: Any) -> dict[str, Any]:
    return values


EMPTY = figures(intake=0, on_time_dispatch_rate=None, closure_rate=None,
                on_time_closure_rate=None, rework_rate=None, return_rate=None,
                extension_rate=None, satisfaction_rate=None, mean_handling_hours=None,
                open=0, overdue_open=0, score=None)  # fmt: skip


def test_totals(client: TestClient, headers: Headers, day: Day) -> None:
    totals = kpis(client, headers, "department")["totals"]
    assert totals.pop("counts")["countable"] == 5
    assert totals == {
        "key": "all",
        "name": "全部",
        "intake": 6,  # A–F; G is a drill
        "on_time_dispatch_rate": 60.0,  # A, C, D of A, B, C, D dispatched + F late
        "closure_rate": 60.0,  # A, B, D of the five countable (E voided)
        "on_time_closure_rate": 40.0,  # A, B (B was late to dispatch, not to handle)
        "rework_rate": 33.3,  # B of A, B, D resolved
        "return_rate": 20.0,  # 1 return of 5 dispatches
        "extension_rate": 25.0,  # C of the four dispatched
        "satisfaction_rate": 66.7,  # satisfied + basically of 3 callbacks
        # dispatch → closure: A 09:10–10:30, B 09:50–11:10, D 09:10–14:00 = (4/3 + 4/3 + 29/6) / 3
        "mean_handling_hours": 2.5,
        "open": 2,  # C and F, of the period's countable cases
        "overdue_open": 2,  # C (due 14:30, long past) and F; not the drill G
        "score": 60.0,  # 10 + 0.3 × 60 + 0.3 × 40 + 0.3 × (100 − 33.3) = 60.01
    }


def test_by_department(client: TestClient, headers: Headers, day: Day) -> None:
    table = kpis(client, headers, "department")
    assert table["by"] == "department" and table["from"] == DAY["from"]
    assert row(table, "ecology") == {
        "key": "ecology", "name": "区生态环境局", "intake": 2,  # A, B
        "on_time_dispatch_rate": 50.0, "closure_rate": 100.0, "on_time_closure_rate": 100.0,
        "rework_rate": 50.0,
        "return_rate": 33.3,  # dispatched A, B and C first; C returned
        "extension_rate": 0.0, "satisfaction_rate": 50.0, "mean_handling_hours": 1.3,
        "open": 0, "overdue_open": 0,
        "score": 85.0,  # 10 + 30 + 30 + 0.3 × 50
    }  # fmt: skip
    assert row(table, "urban") == {
        "key": "urban", "name": "区城市管理局", "intake": 2,  # C, D
        "on_time_dispatch_rate": 100.0, "closure_rate": 50.0, "on_time_closure_rate": 0.0,
        "rework_rate": 0.0, "return_rate": 0.0, "extension_rate": 50.0,
        "satisfaction_rate": 100.0, "mean_handling_hours": 4.8, "open": 1, "overdue_open": 1,
        "score": 55.0,  # 10 + 15 + 0 + 30
    }  # fmt: skip
    assert {k: v for k, v in row(table, "police").items() if k not in ("key", "name")} == EMPTY
    assert "grid_center" not in {r["key"] for r in table["rows"]}  # handles no cases
    # F, never dispatched: its own row, so the rows add up to the totals (no score).
    undispatched = row(table, "undispatched")
    assert undispatched["name"] == "未派遣"
    assert (undispatched["intake"], undispatched["overdue_open"], undispatched["score"]) == (
        2,  # E (voided at intake) and F
        1,
        None,
    )


def test_by_street(client: TestClient, headers: Headers, day: Day) -> None:
    table = kpis(client, headers, "street")
    xuetian, hongqiao, chengdong = (row(table, k) for k in ("xuetian", "hongqiao", "chengdong"))
    assert (xuetian["intake"], xuetian["closure_rate"], xuetian["return_rate"]) == (3, 100.0, 0.0)
    assert xuetian["score"] == 85.0
    assert (hongqiao["return_rate"], hongqiao["extension_rate"]) == (33.3, 50.0)
    assert (hongqiao["overdue_open"], hongqiao["score"]) == (1, 55.0)
    assert chengdong == {
        "key": "chengdong", "name": "城东", "intake": 1, "on_time_dispatch_rate": 0.0,
        "closure_rate": 0.0, "on_time_closure_rate": 0.0, "rework_rate": None,
        "return_rate": None, "extension_rate": None, "satisfaction_rate": None,
        "mean_handling_hours": None, "open": 1, "overdue_open": 1,
        "score": 37.0,  # volume tier 7 (a third of xuetian's 3) + 0.3 × (100 − 0)
    }  # fmt: skip
    assert sum(r["intake"] for r in table["rows"]) == 6


def test_outside_the_period_nothing_counts(client: TestClient, headers: Headers, day: Day) -> None:
    params = {"from": "2025-11-11T00:00:00+08:00", "to": "2025-11-12T00:00:00+08:00"}
    response = client.get("/api/v1/kpis", params=params, headers=headers("duty_officer"))
    totals = response.json()["totals"]
    assert totals["intake"] == 0 and totals["closure_rate"] is None
    assert totals["overdue_open"] == 2  # overdue now, whenever created


def test_volume_tiers() -> None:
    assert [volume_tier(n, 30) for n in (0, 1, 9, 10, 19, 20, 30)] == [0, 4, 4, 7, 7, 10, 10]
    assert volume_tier(5, 0) == 0


def test_intake_per_hour(client: TestClient, headers: Headers, day: Day) -> None:
    params = {"from": "2025-11-10T08:00:00+08:00", "to": "2025-11-10T10:00:00+08:00"}
    body = client.get("/api/v1/kpis/intake", params=params, headers=headers("admin")).json()
    assert body["bucket_minutes"] == 60 and "grid" in body["channels"]
    starts = [b["start"] for b in body["buckets"]]
    assert starts == ["2025-11-10T08:00:00+08:00", "2025-11-10T09:00:00+08:00"]
    first, second = (b["counts"] for b in body["buckets"])
    assert {k: v for k, v in first.items() if v} == {"hotline_12345": 1}  # E
    assert {k: v for k, v in second.items() if v} == {"grid": 3, "hotline_12345": 1, "video": 1}


def test_overdue_over_time(client: TestClient, headers: Headers, day: Day) -> None:
    params = {"from": "2025-11-10T09:00:00+08:00", "to": "2025-11-10T15:00:00+08:00"}
    body = client.get("/api/v1/kpis/overdue", params=params, headers=headers("admin")).json()
    assert body["step_minutes"] == 15
    counts = {p["at"][11:16]: p["overdue"] for p in body["points"]}
    assert len(counts) == 25 and min(counts) == "09:00" and max(counts) == "15:00"
    expected = {
        "09:00": 0, "09:15": 0, "09:30": 0,
        "09:45": 2,  # B (red at the tick, dispatched 09:50) and F (due 09:35)
        "10:00": 1, "13:15": 1,  # F only
        "13:30": 2, "13:45": 2,  # F and D (red at the 13:20 tick, resolved 13:50)
        "14:00": 1, "14:15": 1,  # F
        "14:30": 2, "15:00": 2,  # F and C, past its extended due 14:30
    }  # fmt: skip
    assert {k: counts[k] for k in expected} == expected


def test_a_case_parked_while_red_stays_overdue_and_one_parked_green_does_not(
    client: TestClient, headers: Headers, day: Day
) -> None:
    """Parking stops the clock and keeps the color: C (red past 14:30) parked stays in the
    overdue count, H parked while green does not — as the queue's red filter shows them."""
    urban = day.dept("urban")
    day.tick(at(14, 40))  # C: due 14:30 (extended) passed
    day.act("C", "park", at(14, 45), SUPERVISOR, note="等待施工方整改")
    day.create("H", at(15, 0), "hongqiao", "grid")
    day.act("H", "register", at(15, 1))
    day.act("H", "dispatch", at(15, 2), department="urban")
    day.act("H", "sign", at(15, 3), urban)
    day.act("H", "park", at(15, 4), SUPERVISOR, note="等待施工方整改")
    assert row(kpis(client, headers, "department"), "urban")["overdue_open"] == 1  # C
    assert row(kpis(client, headers, "street"), "hongqiao")["overdue_open"] == 1
    listed = client.get(
        "/api/v1/cases",
        params={"department": "urban", "color": "red"},
        headers=headers("supervisor"),
    ).json()["items"]
    assert [(c["id"], c["state"]) for c in listed] == [(day.ids["C"], "parked")]


def test_a_red_case_extended_out_of_red_stops_counting(
    client: TestClient, headers: Headers, day: Day
) -> None:
    """H goes red, then an approved extension moves its due time past the next points."""
    urban = day.dept("urban")
    day.create("H", at(15, 0), "hongqiao", "grid")
    day.act("H", "register", at(15, 1))
    day.act("H", "dispatch", at(15, 2), department="urban")
    day.tick(at(15, 40))  # the sign step (30 min from 15:02) is overdue
    day.act("H", "request_extension", at(15, 50), urban, note="人手不足", extension_minutes=120)
    day.act("H", "approve_extension", at(15, 55), SUPERVISOR)  # sign due 17:32
    day.act("H", "sign", at(16, 0), urban)  # the handle step, from 15:02: due 19:02
    params = {"from": "2025-11-10T15:30:00+08:00", "to": "2025-11-10T16:30:00+08:00"}
    body = client.get("/api/v1/kpis/overdue", params=params, headers=headers("admin")).json()
    counts = [p["overdue"] for p in body["points"]]
    # F and C throughout; H only at 15:45 (red at 15:40, out of red at 15:55).
    assert counts == [2, 3, 2, 2, 2]


def overdue_from_every_trail(session: Any, since: datetime, end: datetime) -> list[int]:
    """The overdue curve the slow way: every case's whole trail (the reference for the
    shortcut that reads only the cases changed since the period began)."""
    cases = session.execute(
        select(
            Case.id, Case.state, Case.created_at, Case.due_at, Case.sla_paused_at, Case.color
        ).where(Case.drill.is_(False), Case.created_at < end)
    ).all()
    trails: dict[int, list[Any]] = {c.id: [] for c in cases}
    for action in session.execute(
        select(CaseAction.case_id, CaseAction.action, CaseAction.from_state,
               CaseAction.to_state, CaseAction.created_at,
               CaseAction.payload["color"].as_string().label("color"))
        .where(CaseAction.created_at <= end).order_by(CaseAction.id)
    ):  # fmt: skip
        if action.case_id in trails:
            trails[action.case_id].append(action)
    points, moment = [], since
    while moment <= end:
        points.append(moment)
        moment += timedelta(minutes=15)
    spans = [
        span
        for c in cases
        for span in kpi_timeline.overdue_intervals(c, trails[c.id], end + timedelta(hours=1))
    ]
    return [sum(1 for start, stop in spans if start <= p < stop) for p in points]


@pytest.mark.parametrize(
    ("since", "end"),
    [
        (at(9, 0), at(17, 0)),  # every case changed during the period
        (at(11, 30), at(17, 0)),  # some changed before it began
        (at(16, 0), at(23, 45)),  # nothing changed during it
    ],
)
def test_the_overdue_curve_equals_the_one_from_every_trail(
    day: Day, since: datetime, end: datetime
) -> None:
    urban = day.dept("urban")
    day.tick(at(14, 40))  # C red (due 14:30)
    day.act("C", "park", at(14, 45), SUPERVISOR, note="等待施工方整改")  # parked red
    day.create("H", at(15, 0), "hongqiao", "grid")
    day.act("H", "register", at(15, 1))
    day.act("H", "dispatch", at(15, 2), department="urban")
    day.act("H", "sign", at(15, 3), urban)  # handle due 19:03, turns red unchanged
    day.create("J", at(15, 0), "xuetian", "grid")
    day.act("J", "register", at(15, 1))
    day.act("J", "dispatch", at(15, 2), department="urban")
    day.act("J", "sign", at(15, 3), urban)
    day.act("J", "park", at(15, 4), SUPERVISOR, note="等待施工方整改")  # parked green
    with day.state.db.read() as session:
        fast = kpi_timeline.overdue_over_time(session, since=since, until=end, now=end)
        expected = overdue_from_every_trail(session, since, end)
    assert [p["overdue"] for p in fast["points"]] == expected
    if since == at(16, 0):
        # F and C (parked red) throughout, H from its due 19:03; never J.
        assert expected[0] == 2 and expected[-1] == 3


def query_plans(day: Day, read: Callable[[Any], object]) -> list[list[str]]:
    """SQLite's plan of each statement `read(session)` runs (skips on PostgreSQL, which
    plans by its statistics)."""
    statements: list[tuple[str, Any]] = []
    with day.state.db.read() as session:
        connection = session.connection()
        if connection.dialect.name != "sqlite":
            pytest.skip("SQLite's query plan (PostgreSQL plans by its statistics)")

        def seen(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
            statements.append((statement, params))

        event.listen(connection, "before_cursor_execute", seen)
        try:
            read(session)
        finally:
            event.remove(connection, "before_cursor_execute", seen)
        return [
            [row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)]
            for sql, params in statements
        ]


def test_the_unchanged_cases_are_read_from_the_overdue_index(day: Day) -> None:
    """The curve's cases unchanged since the period began (most of them at district scale)
    are counted and read from ix_cases_overdue, one range per color: an OR over colors made
    SQLite walk every case unchanged since then (95,000 of 100,000 open: 244 → 17 ms)."""
    plans = query_plans(
        day,
        lambda session: kpi_timeline._unchanged_cases(session, at(12, 0), at(17, 0)),  # noqa: SLF001
    )
    assert len(plans) == 2
    for plan in plans:
        reads = [step for step in plan if " cases " in f"{step} "]
        assert reads and all("INDEX ix_cases_overdue " in step for step in reads), plan


def test_the_kpi_tables_facts_read_only_the_periods_cases(day: Day) -> None:
    """The per-case facts of the KPI table come from the period's range of
    ix_cases_drill_created: grouped by case id alone, SQLite walked every case in id order
    (144,000 cases for a day's 338: 42 → 1 ms)."""

    def read(session: Any) -> object:
        return kpi_table(session, ref=day.ref, by="department", since=at(0, 0),
                         until=at(17, 0), now=at(17, 0))  # fmt: skip

    plans = query_plans(day, read)
    facts = next(plan for plan in plans if "CO-ROUTINE facts" in plan)
    reads = [step for step in facts if " cases " in f"{step} "]
    assert reads and all("INDEX ix_cases_drill_created " in step for step in reads), facts


@pytest.mark.parametrize(
    ("path", "params", "user", "status"),
    [
        ("/api/v1/kpis", {}, "dept_urban", 403),
        ("/api/v1/kpis", {}, "trainer", 403),
        ("/api/v1/kpis/intake", {}, "dept_urban", 403),
        ("/api/v1/kpis/overdue", {}, "trainer", 403),
        ("/api/v1/kpis", {"by": "grid"}, "supervisor", 422),
        ("/api/v1/kpis", {"from": "2025-11-10T00:00:00"}, "supervisor", 422),  # no offset
        ("/api/v1/kpis", {"from": DAY["to"], "to": DAY["from"]}, "supervisor", 422),
        ("/api/v1/kpis", {"from": "2023-01-01T00:00:00Z", "to": DAY["to"]}, "supervisor", 422),
        ("/api/v1/kpis/intake", {"from": "2025-09-01T00:00:00Z", "to": DAY["to"]}, "admin", 422),
        ("/api/v1/kpis/overdue", {"from": "0001-01-01T00:00:00Z"}, "admin", 422),
    ],
)
def test_refusals(
    client: TestClient, headers: Headers, path: str, params: dict[str, str], user: str,
    status: int,
) -> None:  # fmt: skip
    response = client.get(path, params=params, headers=headers(user))
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize("hour", [0, 14])
def test_defaults_are_today(
    client: TestClient, headers: Headers, state: AppState, hour: int
) -> None:
    now = datetime(2026, 5, 6, hour, 10, tzinfo=SHANGHAI)
    state.clock = SettableClock(now)
    body = client.get("/api/v1/kpis", headers=headers("duty_officer")).json()
    assert datetime.fromisoformat(body["from"]) == datetime(2026, 5, 6, tzinfo=SHANGHAI)
    assert datetime.fromisoformat(body["to"]) == now
    assert client.get("/api/v1/kpis").status_code == 401


def test_a_to_at_midnight_alone_means_the_day_before_it(
    client: TestClient, headers: Headers
) -> None:
    params = {"to": "2026-05-01T00:00:00+08:00"}
    body = client.get("/api/v1/kpis", params=params, headers=headers("supervisor")).json()
    assert datetime.fromisoformat(body["from"]) == datetime(2026, 4, 30, tzinfo=SHANGHAI)


def test_intake_buckets_are_on_shanghais_hours_whatever_the_offset_asked_with(
    client: TestClient, headers: Headers
) -> None:
    params = {"from": "2026-05-01T10:07:00+05:45", "to": "2026-05-01T16:00:00+05:45"}
    body = client.get("/api/v1/kpis/intake", params=params, headers=headers("admin")).json()
    starts = [datetime.fromisoformat(b["start"]).astimezone(SHANGHAI) for b in body["buckets"]]
    assert starts and all(s.minute == 0 and s.second == 0 for s in starts)


@pytest.mark.parametrize("column", ["department_id", "street_id"])
def test_the_open_and_overdue_count_reads_only_its_index(day: Day, column: str) -> None:
    """The KPI table's count of open past-due cases reads nearly every open case at district
    scale (94,000 of 100,663 here); from ix_cases_open_overdue alone, without the table, it
    took 39 ms instead of 133 by department (a test cannot time it: the plan says it)."""
    plans = query_plans(
        day,
        lambda session: overdue_open(session, getattr(Case, column), at(17, 0)),
    )
    assert len(plans) == 1
    reads = [step for step in plans[0] if " cases " in f"{step} "]
    assert reads and all("COVERING INDEX ix_cases_open_overdue " in s for s in reads), plans

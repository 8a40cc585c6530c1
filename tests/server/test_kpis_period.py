"""督考 over any period: named periods by the server's clock, rows that add up to the totals,
the cases behind every figure, and the score's weights (admins, versions, the admin log).

The day of cases is test_kpis.py's (Monday 2025-11-10, Asia/Shanghai).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, cast

import pytest
from fastapi.testclient import TestClient

from server.routes.kpis import KpiCasesOut
from server.services.kpis import FIGURE_COUNT
from server.services.workcalendar import SHANGHAI
from server.state import AppState
from tests.server.test_kpis import DAY, SUPERVISOR, Day, at
from tests.server.test_kpis import settings as settings  # SQLite, and PostgreSQL (-m postgres)
from tests.support.clock import SettableClock

Headers = Callable[[str], dict[str, str]]
DEFAULT_WEIGHTS = {"tier_high": 10.0, "tier_middle": 7.0, "tier_low": 4.0,
                   "closure": 0.3, "on_time_closure": 0.3, "no_rework": 0.3}  # fmt: skip


@pytest.fixture
def day(state: AppState) -> Day:
    scenario = Day(state)
    scenario.build()
    return scenario


def table(client: TestClient, headers: Headers, **params: str) -> dict[str, Any]:
    response = client.get("/api/v1/kpis", params=params, headers=headers("supervisor"))
    assert response.status_code == 200, response.text
    return cast(dict[str, Any], response.json())


def behind(client: TestClient, headers: Headers, **params: str) -> dict[str, Any]:
    response = client.get("/api/v1/kpis/cases", params=params, headers=headers("supervisor"))
    assert response.status_code == 200, response.text
    return cast(dict[str, Any], response.json())


# -- named periods -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "period", "start"),
    [
        # Monday 00:05, Shanghai (Sunday 16:05 UTC): this week began five minutes ago.
        (datetime(2025, 11, 17, 0, 5), "week", datetime(2025, 11, 17)),
        (datetime(2025, 11, 17, 0, 5), "today", datetime(2025, 11, 17)),
        (datetime(2025, 11, 16, 23, 55), "week", datetime(2025, 11, 10)),  # Sunday night
        (datetime(2025, 11, 17, 0, 5), "month", datetime(2025, 11, 1)),
        (datetime(2025, 11, 17, 0, 5), "quarter", datetime(2025, 10, 1)),
        (datetime(2026, 1, 1, 0, 30), "quarter", datetime(2026, 1, 1)),
        (datetime(2026, 3, 31, 23, 59), "quarter", datetime(2026, 1, 1)),
    ],
)
def test_a_named_period_runs_from_its_start_in_shanghai_to_now(
    client: TestClient, headers: Headers, state: AppState, now: datetime, period: str,
    start: datetime,
) -> None:  # fmt: skip
    state.clock = SettableClock(now.replace(tzinfo=SHANGHAI))
    body = table(client, headers, period=period)
    assert body["period"] == period
    assert datetime.fromisoformat(body["from"]) == start.replace(tzinfo=SHANGHAI)
    assert datetime.fromisoformat(body["to"]) == now.replace(tzinfo=SHANGHAI)


@pytest.mark.parametrize("period", ["today", "week", "month"])
def test_at_the_first_instant_of_a_period_the_table_is_empty_not_refused(
    client: TestClient, headers: Headers, day: Day, period: str
) -> None:
    """Monday 2025-12-01 00:00:00 sharp starts a day, a week and a month at once."""
    day.state.clock = SettableClock(datetime(2025, 12, 1, tzinfo=SHANGHAI))
    body = table(client, headers, period=period, by="street")
    assert body["from"] == body["to"] == "2025-12-01T00:00:00+08:00"
    assert body["totals"]["intake"] == 0 and body["totals"]["overdue_open"] == 2  # C and F
    cases = behind(client, headers, period=period, key="all", figure="intake")
    assert cases["count"] == 0 and cases["cases"] == []


def test_the_week_counts_the_cases_of_monday_and_not_those_of_the_sunday_before(
    client: TestClient, headers: Headers, day: Day
) -> None:
    day.create("S", datetime(2025, 11, 9, 23, 58, tzinfo=SHANGHAI), "xuetian", "grid")
    day.state.clock = SettableClock(at(23, 0))
    assert table(client, headers, period="week")["totals"]["intake"] == 6  # A–F, not S
    assert table(client, headers, period="month")["totals"]["intake"] == 7
    listed = behind(client, headers, period="week", key="all", figure="intake")["case_ids"]
    assert day.ids["S"] not in listed and len(listed) == 6


def test_a_period_and_from_to_together_are_refused(client: TestClient, headers: Headers) -> None:
    response = client.get(
        "/api/v1/kpis", params={"period": "week", **DAY}, headers=headers("supervisor")
    )
    assert response.status_code == 422
    assert "either a period or from/to" in response.json()["detail"]


# -- the rows add up to the totals ---------------------------------------------------------

ADDITIVE = ("intake", "open", "overdue_open")


@pytest.mark.parametrize("by", ["department", "street"])
def test_the_rows_add_up_to_the_header(
    client: TestClient, headers: Headers, day: Day, by: str
) -> None:
    """The page's header is the totals row: overdue (and intake) summed over the rows equal
    it, cases never dispatched included in their own row."""
    body = table(client, headers, by=by, **DAY)
    for name in ADDITIVE:
        assert sum(r[name] for r in body["rows"]) == body["totals"][name], name
    for name in ("countable", "closed", "resolved", "callbacks", "handled"):
        assert sum(r["counts"][name] for r in body["rows"]) == body["totals"]["counts"][name]


def test_overdue_of_a_case_not_yet_dispatched_is_under_undispatched(
    client: TestClient, headers: Headers, day: Day
) -> None:
    body = table(client, headers, **DAY)
    rows = {r["key"]: r for r in body["rows"]}
    assert body["totals"]["overdue_open"] == 2
    assert (rows["urban"]["overdue_open"], rows["undispatched"]["overdue_open"]) == (1, 1)
    cases = behind(client, headers, key="undispatched", figure="overdue_open", **DAY)
    assert cases["case_ids"] == [day.ids["F"]]
    assert cases["cases"][0]["department"] is None and cases["cases"][0]["color"] == "red"


# -- the cases behind every figure ---------------------------------------------------------


@pytest.mark.parametrize("by", ["department", "street"])
def test_the_cases_behind_each_figure_are_as_many_as_it_counts(
    client: TestClient, headers: Headers, day: Day, by: str
) -> None:
    body = table(client, headers, by=by, **DAY)
    for row in [*body["rows"], body["totals"]]:
        for figure, count in FIGURE_COUNT.items():
            answer = behind(client, headers, by=by, key=row["key"], figure=figure, **DAY)
            expected = row["counts"][count]
            assert answer["count"] == len(answer["case_ids"]) == expected, (row["key"], figure)
            assert [c["id"] for c in answer["cases"]] == answer["case_ids"]


def test_the_cases_behind_some_figures_by_name(
    client: TestClient, headers: Headers, day: Day
) -> None:
    def ids(key: str, figure: str) -> set[int]:
        return set(behind(client, headers, key=key, figure=figure, **DAY)["case_ids"])

    case = day.ids
    answer = behind(client, headers, key="all", figure="intake", **DAY)
    KpiCasesOut.model_validate(answer)  # as declared in OpenAPI (CaseOut forbids extras)
    assert ids("ecology", "return_rate") == {case["C"]}  # returned by ecology, now urban's
    assert ids("urban", "return_rate") == set()
    assert ids("ecology", "rework_rate") == {case["B"]}
    assert ids("urban", "extension_rate") == {case["C"]}
    assert ids("all", "satisfaction_rate") == {case["A"], case["D"]}
    assert ids("all", "on_time_closure_rate") == {case["A"], case["B"]}
    assert ids("all", "score") == {case[n] for n in "ABCDF"}  # E voided: intake only
    assert ids("undispatched", "intake") == {case["E"], case["F"]}


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"key": "nowhere", "figure": "intake"}, 404),
        ({"key": "urban", "figure": "shoe_size"}, 422),
        ({"key": "urban", "figure": "intake", "by": "grid"}, 422),
        ({"figure": "intake"}, 422),
    ],
)
def test_refusals_of_the_cases_behind(
    client: TestClient, headers: Headers, params: dict[str, str], status: int
) -> None:
    response = client.get("/api/v1/kpis/cases", params=params, headers=headers("supervisor"))
    assert response.status_code == status, response.text
    denied = client.get("/api/v1/kpis/cases", params={"key": "all", "figure": "intake"},
                        headers=headers("dept_urban"))  # fmt: skip
    assert denied.status_code == 403


def test_the_cases_route_is_declared_with_case_out(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    answer = spec["paths"]["/api/v1/kpis/cases"]["get"]["responses"]["200"]
    ref = answer["content"]["application/json"]["schema"]["$ref"]
    model = spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
    assert model["properties"]["cases"]["items"]["$ref"].endswith("/CaseOut")
    names = {p["name"] for p in spec["paths"]["/api/v1/kpis/cases"]["get"]["parameters"]}
    assert {"by", "key", "figure", "period", "from", "to"} <= names


# -- the score's weights -------------------------------------------------------------------


def put(client: TestClient, headers: Headers, user: str, **body: Any) -> Any:
    return client.put("/api/v1/kpis/weights", json=body, headers=headers(user))


def test_the_default_weights_are_the_domains_formula(client: TestClient, headers: Headers) -> None:
    body = client.get("/api/v1/kpis/weights", headers=headers("duty_officer")).json()
    assert {k: body[k] for k in DEFAULT_WEIGHTS} == DEFAULT_WEIGHTS
    assert (body["version"], body["default"], body["best_score"]) == (0, True, 100.0)


def test_an_admin_changes_the_weights_and_the_score_follows(
    client: TestClient, headers: Headers, day: Day
) -> None:
    before = table(client, headers, **DAY)
    assert next(r for r in before["rows"] if r["key"] == "urban")["score"] == 55.0
    # Closure only: 10 + 0.9 × closure (urban: 50 %) → 55; ecology (100 %) → 100.
    weights = {**DEFAULT_WEIGHTS, "closure": 0.9, "on_time_closure": 0.0, "no_rework": 0.0}
    saved = put(client, headers, "admin", version=0, note="只看结案率", **weights)
    assert saved.status_code == 200, saved.text
    assert saved.json()["version"] == 1 and saved.json()["updated_by"]
    after = table(client, headers, **DAY)
    scores = {r["key"]: r["score"] for r in after["rows"]}
    assert (scores["ecology"], scores["urban"]) == (100.0, 55.0)
    assert after["weights"]["version"] == 1 and after["weights"]["closure"] == 0.9
    log = client.get("/api/v1/admin-log", headers=headers("admin")).json()["items"]
    entry = next(e for e in log if e["action"] == "kpi_weights")
    assert entry["after"]["closure"] == 0.9 and entry["before"]["version"] == 0
    assert entry["note"] == "只看结案率"


def test_a_stale_version_is_a_conflict_with_the_weights_in_force(
    client: TestClient, headers: Headers
) -> None:
    assert put(client, headers, "admin", version=0, **DEFAULT_WEIGHTS).status_code == 200
    stale = put(client, headers, "admin", version=0, **DEFAULT_WEIGHTS)
    assert stale.status_code == 409
    assert stale.json()["code"] == "rules_changed" and stale.json()["current"]["version"] == 1


@pytest.mark.parametrize("user", ["supervisor", "duty_officer", "dept_urban"])
def test_only_admins_change_the_weights(client: TestClient, headers: Headers, user: str) -> None:
    assert put(client, headers, user, version=0, **DEFAULT_WEIGHTS).status_code == 403


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"closure": -0.1, "on_time_closure": 0.7}, "closure"),  # negative
        ({"closure": 0.5}, "closure"),  # best score 120
        ({"tier_high": 4.0, "tier_low": 10.0, "closure": 0.32}, "tier_middle"),
    ],
)
def test_invalid_weights_are_refused_saying_why(
    client: TestClient, headers: Headers, change: dict[str, float], field: str
) -> None:
    response = put(client, headers, "admin", version=0, **{**DEFAULT_WEIGHTS, **change})
    assert response.status_code == 422, response.text
    assert field in {e["field"] for e in response.json()["errors"]}
    current = client.get("/api/v1/kpis/weights", headers=headers("admin")).json()
    assert current["version"] == 0


def test_the_sum_is_explained(client: TestClient, headers: Headers) -> None:
    response = put(client, headers, "admin", version=0, **{**DEFAULT_WEIGHTS, "closure": 0.5})
    assert "makes 120" in response.json()["detail"]


def test_parked_red_case_stays_behind_overdue(
    client: TestClient, headers: Headers, day: Day
) -> None:
    day.tick(at(14, 40))
    day.act("C", "park", at(14, 45), SUPERVISOR, note="等待施工方整改")
    cases = behind(client, headers, key="urban", figure="overdue_open", **DAY)
    assert cases["case_ids"] == [day.ids["C"]] and cases["cases"][0]["state"] == "parked"

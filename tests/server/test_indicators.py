"""Economic indicators: rank, tier and color rules, the demo data and the read endpoints."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from server.demo.indicators import demo_periods, demo_values
from server.services.indicators import (
    AREAS,
    INDICATORS,
    color_of,
    competition_ranks,
    period_problem,
    tier_of,
)

Headers = Callable[[str], dict[str, str]]
PACE = {"kind": "pace", "pace": 0.0}


@pytest.mark.parametrize(
    ("growth", "target", "color"),
    [
        (5.0, 5.0, "green"),  # on the pace
        (7.2, 5.0, "green"),
        (4.9, 5.0, "yellow"),  # growing, behind the pace
        (0.0, 5.0, "yellow"),
        (-0.1, 5.0, "red"),  # the wrong way
        (-3.0, -5.0, "red"),  # a falling target does not make a fall green
        (0.0, None, "green"),  # no target: the rule's pace (0)
        (-0.5, None, "red"),
    ],
)
def test_default_color_rule(growth: float, target: float | None, color: str) -> None:
    assert color_of(PACE, growth, target) == color


def test_configured_color_rules() -> None:
    assert color_of({"kind": "pace", "pace": 3.0}, 2.0, None) == "yellow"
    assert color_of({"kind": "pace", "pace": 3.0}, 3.0, None) == "green"
    threshold = {"kind": "threshold", "green": 8.0, "red_below": 2.0}
    assert color_of(threshold, 9.0, 20.0) == "green"  # the target does not count
    assert color_of(threshold, 5.0, 1.0) == "yellow"
    assert color_of(threshold, 1.9, 1.0) == "red"


def test_tiers_by_growth_rank() -> None:
    assert [tier_of(rank) for rank in range(1, 11)] == ["advantage"] * 3 + ["middle"] * 4 + [
        "lagging"
    ] * 3


def test_competition_ranks_share_ties() -> None:
    ranks = competition_ranks({"a": 3.0, "b": 7.5, "c": 3.0, "d": -1.0, "e": 9.0})
    assert ranks == {"e": 1, "b": 2, "a": 3, "c": 3, "d": 5}


@pytest.mark.parametrize(
    ("period", "fine"),
    [("2026-02", True), ("2026-12", True), ("2026-01", False), ("2026-13", False),
     ("2026-2", False), ("26-02", False), ("1999-05", False)],
)  # fmt: skip
def test_periods(period: str, fine: bool) -> None:
    assert (period_problem(period) is None) is fine


def test_demo_data_is_consistent() -> None:
    now = datetime(2026, 11, 26, 7, 0, tzinfo=UTC)
    periods = demo_periods(now)
    assert periods[-1] == (2026, 10) and periods[0] == (2024, 11)
    assert len(periods) == 22 and all(month != 1 for _, month in periods)
    rows = demo_values(now)
    assert len(rows) == 22 * len(AREAS) * len(INDICATORS)
    by_key = {(r.indicator, r.area, r.period): r for r in rows}
    for code, _, _ in INDICATORS:
        for area, _ in AREAS:
            values = [by_key[(code, area, f"{y}-{m:02d}")].value for y, m in periods]
            # Cumulative within a year: rising month by month, restarting in February.
            steps = zip(periods[:-1], periods[1:], values[:-1], values[1:], strict=True)
            for (y0, _m0), (y1, m1), v0, v1 in steps:
                assert v1 > v0 if y1 == y0 else m1 == 2 and v1 < v0
    revenue = by_key[("budget_revenue", "chongchuan", "2025-12")].value
    assert 40 < revenue < 120  # 崇川区: tens of 亿元 a year
    retail = {a: by_key[("retail_sales", a, "2025-12")].value for a, _ in AREAS}
    assert max(retail, key=retail.__getitem__) == "chongchuan"  # the urban district
    assert retail["tzw"] < retail["chongchuan"] / 10  # the areas differ in size


def test_catalogue(client: TestClient, headers: Headers) -> None:
    body = client.get("/api/v1/indicators", headers=headers("duty_officer")).json()
    assert [i["code"] for i in body["indicators"]] == [code for code, _, _ in INDICATORS]
    assert body["indicators"][0]["color_rule"] == PACE
    assert [a["code"] for a in body["areas"]] == [code for code, _ in AREAS]
    assert [a["home"] for a in body["areas"]] == [True] + [False] * 9
    assert len(body["periods"]) == 22 and "2026-01" not in body["periods"]
    assert client.get("/api/v1/indicators").status_code == 401


def test_ranking_orders_by_value_and_ranks_growth(client: TestClient, headers: Headers) -> None:
    body = client.get(
        "/api/v1/indicators/retail_sales/ranking", headers=headers("supervisor")
    ).json()
    rows = body["rows"]
    assert body["period"] == max(
        client.get("/api/v1/indicators", headers=headers("supervisor")).json()["periods"]
    )
    assert len(rows) == 10 and [r["rank_value"] for r in rows] == list(range(1, 11))
    assert [r["value"] for r in rows] == sorted((r["value"] for r in rows), reverse=True)
    by_growth = sorted(rows, key=lambda r: -r["growth"])
    for row in rows:
        assert row["rank_growth"] == 1 + sum(r["growth"] > row["growth"] for r in rows)
        assert row["tier"] == tier_of(row["rank_growth"])
        assert row["color"] == color_of(PACE, row["growth"], row["target"])
        assert row["unit"] == "亿元" and row["indicator"] == "retail_sales"
    assert by_growth[0]["tier"] == "advantage" and by_growth[-1]["tier"] == "lagging"


def test_series_and_scorecard(client: TestClient, headers: Headers) -> None:
    auth = headers("duty_officer")
    series = client.get(
        "/api/v1/indicators/power_use/series",
        params={"areas": "tongzhou,chongchuan", "from": "2025-02", "to": "2025-12"},
        headers=auth,
    ).json()
    assert series["indicator"]["unit"] == "亿千瓦时"
    assert [(s["area"], s["home"]) for s in series["series"]] == [
        ("tongzhou", False), ("chongchuan", True)
    ]  # fmt: skip
    points = series["series"][1]["points"]
    assert [p["period"] for p in points] == [f"2025-{m:02d}" for m in range(2, 13)]
    card = client.get(
        "/api/v1/indicators/scorecard", params={"area": "haimen"}, headers=auth
    ).json()
    assert card["area_name"] == "海门区"
    assert [t["indicator"] for t in card["tiles"]] == [code for code, _, _ in INDICATORS]
    ranking = client.get(
        "/api/v1/indicators/fixed_investment/ranking",
        params={"period": card["period"]},
        headers=auth,
    ).json()
    haimen = next(r for r in ranking["rows"] if r["area"] == "haimen")
    assert card["tiles"][-1] == haimen


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/api/v1/indicators/nope/ranking", {}, 404),
        ("/api/v1/indicators/budget_revenue/ranking", {"period": "2026-01"}, 422),
        ("/api/v1/indicators/budget_revenue/series", {"areas": "chongchuan,mars"}, 422),
        ("/api/v1/indicators/budget_revenue/series", {"areas": ","}, 422),
        ("/api/v1/indicators/budget_revenue/series", {"from": "2026-05", "to": "2026-03"}, 422),
        ("/api/v1/indicators/scorecard", {"area": "shanghai"}, 422),
    ],
)
def test_bad_reads(
    client: TestClient, headers: Headers, path: str, params: dict[str, str], status: int
) -> None:
    response = client.get(path, params=params, headers=headers("duty_officer"))
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")


def test_the_admin_sets_an_indicators_color_rule(client: TestClient, headers: Headers) -> None:
    url = "/api/v1/indicators/foreign_trade"
    rule = {"kind": "threshold", "green": 10.0, "red_below": 2.0}
    response = client.patch(url, json={"color_rule": rule}, headers=headers("admin"))
    assert response.status_code == 200, response.text
    assert response.json()["color_rule"] == rule
    rows = client.get(f"{url}/ranking", headers=headers("duty_officer")).json()["rows"]
    assert [r["color"] for r in rows] == [color_of(rule, r["growth"], r["target"]) for r in rows]
    # On the pace of its target, but under the fixed threshold: green before, yellow now.
    sheet = "period,area,indicator,value,growth,target\n2099-11,haimen,foreign_trade,400,5,4\n"
    imported = client.post(
        "/api/v1/indicators/import",
        content=sheet.encode(),
        headers={**headers("admin"), "Content-Type": "text/csv"},
    )
    assert imported.status_code == 200, imported.text
    row = client.get(f"{url}/ranking", params={"period": "2099-11"}, headers=headers("admin"))
    assert color_of(PACE, 5.0, 4.0) == "green"
    assert row.json()["rows"][0]["color"] == "yellow"
    catalogue = client.get("/api/v1/indicators", headers=headers("admin")).json()
    assert (
        next(i for i in catalogue["indicators"] if i["code"] == "foreign_trade")["color_rule"]
        == rule
    )
    pace = {"kind": "pace", "pace": 3.0, "red_below": 0.0}
    assert (
        client.patch(url, json={"color_rule": pace}, headers=headers("admin")).json()["color_rule"]
        == pace
    )


@pytest.mark.parametrize(
    ("user", "body", "status"),
    [
        ("supervisor", {"color_rule": PACE}, 403),
        ("admin", {"color_rule": {"kind": "stars"}}, 422),
        ("admin", {"color_rule": {"kind": "threshold"}}, 422),  # no green
        ("admin", {"color_rule": {"kind": "pace", "pace": 1e308}}, 422),
        ("admin", {"color_rule": {"kind": "threshold", "green": 1, "red_below": 5}}, 422),
        ("admin", {"color_rule": PACE, "unit": "万元"}, 422),
    ],
)
def test_bad_color_rules(
    client: TestClient, headers: Headers, user: str, body: dict[str, object], status: int
) -> None:
    response = client.patch("/api/v1/indicators/tax_revenue", json=body, headers=headers(user))
    assert response.status_code == status, response.text
    after = client.get("/api/v1/indicators", headers=headers("admin")).json()["indicators"]
    assert after[1]["color_rule"] == PACE

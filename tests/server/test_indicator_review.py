"""The economy as the meeting reads it (issue #22): quarters from monthly cumulatives, the
previous year-end, gaps to the leader and the next area above, the year's target against the
time gone by, 首季开门红, the tiers lagging first, and a demo true to the bureau's report."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.demo.indicators import FIRST_BY_VALUE, GROWING, demo_periods
from server.problems import Problem
from server.services.indicator_review import parse_review_period
from server.state import AppState

Headers = Callable[[str], dict[str, str]]
IMPORT = "/api/v1/indicators/import"
REVIEW = "/api/v1/indicators/review"
HEADER = "期间,地区,指标,本期累计,同比增长,目标增速,年度目标\n"

# 一般公共预算收入 in the year 2098 (no demo data there) for three areas, by hand:
#              2097-12 (year-end)   2098-02 (1–2月)     2098-03 (1–3月, Q1)
# 崇川区        100.0  +4.0 (#3)     20.0  +6.0 (#2)      30.0  +8.0 (#1)   target 5.0, year 120
# 通州区        150.0  +6.0 (#1)     25.0  +7.0 (#1)      36.0  +5.0 (#2)
# 海门区        120.0  +5.0 (#2)     18.0  +1.0 (#3)      33.0  +2.0 (#3)
SHEET = HEADER + "".join(
    f"{period},{area},一般公共预算收入,{value},{growth},{target},{year_target}\n"
    for period, area, value, growth, target, year_target in (
        ("2097-12", "崇川区", 100.0, 4.0, 5.0, ""),
        ("2097-12", "通州区", 150.0, 6.0, 5.0, ""),
        ("2097-12", "海门区", 120.0, 5.0, 5.0, ""),
        ("2098-02", "崇川区", 20.0, 6.0, 5.0, 120),
        ("2098-02", "通州区", 25.0, 7.0, 5.0, ""),
        ("2098-02", "海门区", 18.0, 1.0, 5.0, ""),
        ("2098-03", "崇川区", 30.0, 8.0, 5.0, 120),
        ("2098-03", "通州区", 36.0, 5.0, 5.0, ""),
        ("2098-03", "海门区", 33.0, 2.0, 5.0, ""),
    )
)


def _import(client: TestClient, headers: Headers, sheet: str) -> Any:
    return client.post(
        IMPORT, content=sheet.encode(), headers={**headers("admin"), "Content-Type": "text/csv"}
    )


def _review(client: TestClient, headers: Headers, **params: str) -> Any:
    return client.get(REVIEW, params=params, headers=headers("supervisor"))


def _budget(body: dict[str, Any]) -> dict[str, Any]:
    return next(i for i in body["indicators"] if i["indicator"] == "budget_revenue")


@pytest.fixture
def imported(client: TestClient, headers: Headers) -> None:
    response = _import(client, headers, SHEET)
    assert response.status_code == 200, response.text
    assert response.json()["targets"] == 1  # one area's year target, given on two lines


@pytest.mark.parametrize(
    ("text", "kind", "month"),
    [
        ("2026-02", "month", 2),
        ("2026-10", "month", 10),
        ("2026-Q1", "quarter", 3),
        ("2026-Q4", "quarter", 12),
        ("2026", "year", 12),
    ],  # fmt: skip
)
def test_periods_are_months_quarters_or_years(text: str, kind: str, month: int) -> None:
    period = parse_review_period(text)
    assert (period.kind, period.month, period.month_period[:4]) == (kind, month, "2026")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("2026-01", "February"),
        ("2026-13", "does not exist"),
        ("2026-Q5", "not a period"),
        ("26-Q1", "not a period"),
        ("1999", "out of range"),
        ("2026Q1", "not a period"),
    ],  # fmt: skip
)
def test_bad_periods_say_how_to_write_them(text: str, says: str) -> None:
    with pytest.raises(Problem) as caught:
        parse_review_period(text)
    assert caught.value.status == 422
    assert says in caught.value.detail


@pytest.mark.usefixtures("imported")
def test_the_first_quarter_is_read_from_march_and_compared_by_hand(
    client: TestClient, headers: Headers
) -> None:
    response = _review(client, headers, area="chongchuan", period="2098-Q1")
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["kind"], body["month_period"], body["year_end_period"]) == (
        "quarter", "2098-03", "2097-12")  # fmt: skip
    assert body["before_period"] == "2098-02"
    assert body["first_quarter"] is True and body["time_progress"] == 0.25
    budget = _budget(body)
    assert (budget["value"], budget["growth"], budget["rank_growth"]) == (30.0, 8.0, 1)
    assert budget["name"] == "一般公共预算收入"
    # Against the previous year-end: growth +4 points, growth rank 3 → 1, value rank 3 → 3.
    assert budget["year_end"]["growth_change"] == 4.0
    assert budget["year_end"]["rank_growth_change"] == 2
    assert budget["year_end"]["rank_value_change"] == 0
    # Gaps by value: the leader 通州区 36 (6.0 ahead), the next above 海门区 33 (3.0 ahead).
    assert budget["gap_value"]["leader"] == {
        "area": "tongzhou", "area_name": "通州区", "value": 36.0, "gap": 6.0}  # fmt: skip
    assert budget["gap_value"]["next_above"]["area"] == "haimen"
    assert budget["gap_value"]["next_above"]["gap"] == 3.0
    # By growth it leads: nobody to catch up.
    assert budget["gap_growth"] == {"rank": 1, "leader": None, "next_above": None}
    # 30 of the year's 120 after a quarter: 25 % done, 25 % of the year gone: on pace.
    assert budget["target_progress"] == {
        "target": 120.0, "progress": 0.25, "time_progress": 0.25, "ahead_by": 0.0,
        "on_pace": True}  # fmt: skip
    # 开门红: 8 % ≥ the 5 % target and growth rank 1 (was 3 at the year-end).
    assert budget["good_start"] == {"answer": True, "growth_met": True, "rank_held": True}
    assert body["good_start_count"] == 1


@pytest.mark.usefixtures("imported")
def test_a_bad_start_and_the_tiers_lagging_first(client: TestClient, headers: Headers) -> None:
    body = _review(client, headers, area="haimen", period="2098-Q1").json()
    budget = _budget(body)
    # 2 % < 5 % target, growth rank 3 (was 2): no good start on either count.
    assert budget["good_start"] == {"answer": False, "growth_met": False, "rank_held": False}
    assert budget["target_progress"] is None  # 海门区 has no year target
    assert budget["gap_growth"]["leader"]["area"] == "chongchuan"
    assert budget["gap_growth"]["next_above"] == {
        "area": "tongzhou", "area_name": "通州区", "growth": 5.0, "gap": 3.0}  # fmt: skip
    assert [tier["tier"] for tier in body["tiers"]] == ["lagging", "middle", "advantage"]
    advantage = body["tiers"][2]["indicators"]  # growth rank 3 of the three areas stored
    assert [i["indicator"] for i in advantage] == ["budget_revenue"]
    assert advantage[0]["changed"] == {
        "since": "2098-02", "tier_before": "advantage", "rank_growth_change": 0,
        "growth_change": 1.0}  # fmt: skip


@pytest.mark.usefixtures("imported")
def test_january_february_compares_with_the_previous_year_end(
    client: TestClient, headers: Headers
) -> None:
    body = _review(client, headers, area="chongchuan", period="2098-02").json()
    assert body["before_period"] == "2097-12"
    assert "good_start" not in _budget(body)  # a month is not the first quarter
    progress = _budget(body)["target_progress"]
    # 20 of 120 (16.7 %) against 2 of 12 months (16.7 %): just on pace.
    assert progress["progress"] == round(20 / 120, 4) and progress["time_progress"] == round(
        2 / 12, 4
    )


def test_periods_without_values_and_bad_areas_are_refused(
    client: TestClient, headers: Headers
) -> None:
    missing = _review(client, headers, area="chongchuan", period="2099-Q2")
    assert missing.status_code == 404
    assert "2099-06" in missing.json()["detail"]
    assert _review(client, headers, area="mars", period="2026-02").status_code == 422
    assert _review(client, headers, period="2026-Q7").status_code == 422


def test_conflicting_year_targets_in_one_sheet_are_refused_with_their_line(
    client: TestClient, headers: Headers
) -> None:
    sheet = HEADER + (
        "2098-02,崇川区,一般公共预算收入,20,6,5,120\n2098-03,崇川区,一般公共预算收入,30,8,5,125\n"
    )
    response = _import(client, headers, sheet)
    assert response.status_code == 422
    error = response.json()["errors"][0]
    assert (error["line"], error["column"]) == (3, "year_target")
    assert "120" in error["message"]


def test_the_old_tax_name_is_still_read(client: TestClient, headers: Headers) -> None:
    response = _import(client, headers, HEADER + "2098-02,崇川区,税收收入,9.9,3,5,\n")
    assert response.status_code == 200, response.text
    names = {i["code"]: i["name"] for i in client.get(
        "/api/v1/indicators", headers=headers("supervisor")).json()["indicators"]}  # fmt: skip
    assert names["tax_revenue"] == "地方税收收入"


def test_the_catalogue_lists_quarters_derived_from_months(
    client: TestClient, headers: Headers
) -> None:
    body = client.get("/api/v1/indicators", headers=headers("supervisor")).json()
    months = body["periods"]
    assert body["quarters"] == [f"{m[:4]}-Q{int(m[5:]) // 3}" for m in months if m[5:] in (
        "03", "06", "09", "12")]  # fmt: skip
    assert body["quarters"]


def test_the_demo_is_true_to_the_bureaus_report(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    year = demo_periods(state.clock())[-1][0]  # the demo was seeded on the server's clock
    body = _review(client, headers, area="chongchuan", period=f"{year}-02").json()
    by_code = {item["indicator"]: item for item in body["indicators"]}
    assert by_code["tax_revenue"]["name"] == "地方税收收入"
    for code in FIRST_BY_VALUE:  # 崇川 first in the city by value in January–February
        assert by_code[code]["rank_value"] == 1, code
    for code in GROWING:  # growing markedly, near the top, above the previous year-end
        item = by_code[code]
        assert item["growth"] > 5.0 and item["rank_growth"] <= 2, code
        assert item["year_end"]["growth_change"] > 0, code


def test_the_brief_renders_with_the_period_and_the_first_places_on_page_one(
    client: TestClient, headers: Headers, state: AppState, tmp_path: Path
) -> None:
    year = demo_periods(state.clock())[-1][0]
    response = client.get(
        "/api/v1/indicators/brief", params={"period": f"{year}-02"}, headers=headers("supervisor")
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(response.content)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    assert sorted(p.name for p in tmp_path.glob("page*.png"))  # it renders
    first_page = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf), "-"],
        check=True, capture_output=True, text=True,
    ).stdout.replace(" ", "")  # fmt: skip
    assert "崇川区经济运行分析" in first_page and f"{year}年1-2月" in first_page
    for name in ("一般公共预算收入", "地方税收收入", "社会消费品零售总额", "进出口总额"):
        assert name in first_page.split("总量居全市第一")[0], name


def test_the_brief_as_text_for_a_first_quarter_answers_the_good_start(
    client: TestClient, headers: Headers, imported: None
) -> None:
    response = client.get(
        "/api/v1/indicators/brief",
        params={"period": "2098-Q1", "format": "txt"},
        headers=headers("supervisor"),
    )
    assert response.status_code == 200, response.text
    text = response.text
    assert "2098年一季度（1-3月）" in text
    assert "【首季开门红】" in text and "一般公共预算收入：是" in text
    # The tiers as the meeting says them, lagging first.
    assert text.index("落后指标奋力赶超") < text.index("中游指标紧盯先进") < text.index(
        "优势指标更加明显")  # fmt: skip
    assert "完成年度目标120亿元的25.0%，快于时序进度" in text


def test_street_lines_are_ranked_within_the_district(client: TestClient, headers: Headers) -> None:
    sheet = HEADER + (
        "2098-02,城东街道,一般公共预算收入,5.0,3.0,,\n"
        "2098-02,chongchuan,一般公共预算收入,20,6,5,\n"
        "2098-02,观音山,一般公共预算收入,4.0,9.5,,\n"
        "2098-02,狼山镇,一般公共预算收入,6.0,-1.0,,\n"
    )
    response = _import(client, headers, sheet)
    assert response.status_code == 200, response.text
    assert (response.json()["imported"], response.json()["street_rows"]) == (4, 3)
    body = client.get(
        "/api/v1/indicators/budget_revenue/streets",
        params={"period": "2098-02"},
        headers=headers("supervisor"),
    ).json()
    rows = {row["street"]: row for row in body["rows"]}
    assert set(rows) == {"chengdong", "guanyinshan", "langshan"}
    # Ranked among the streets only (the district's own line is not one of them).
    assert [row["street"] for row in body["rows"]] == ["guanyinshan", "chengdong", "langshan"]
    assert rows["langshan"]["rank_value"] == 1 and rows["langshan"]["rank_growth"] == 3
    assert rows["chengdong"]["share"] == round(5 / 15, 4)
    assert rows["chengdong"]["street_name"] == "城东"


def test_a_target_on_a_street_line_is_refused(client: TestClient, headers: Headers) -> None:
    response = _import(client, headers, HEADER + "2098-02,城东街道,一般公共预算收入,5,3,5,\n")
    assert response.status_code == 422
    error = response.json()["errors"][0]
    assert (error["line"], error["column"]) == (2, "target")
    assert "板块" in error["message"]


def test_the_demo_streets_add_up_to_the_district(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    period = "{}-{:02d}".format(*demo_periods(state.clock())[-1])
    by_street = client.get(
        "/api/v1/indicators/retail_sales/streets", params={"period": period},
        headers=headers("supervisor"),
    ).json()["rows"]  # fmt: skip
    district = client.get(
        "/api/v1/indicators/retail_sales/ranking", params={"period": period},
        headers=headers("supervisor"),
    ).json()["rows"]  # fmt: skip
    home = next(row for row in district if row["area"] == "chongchuan")
    assert len(by_street) == 15
    assert abs(sum(row["value"] for row in by_street) - home["value"]) < 0.2
    assert len({row["growth"] for row in by_street}) > 5  # each street its own pace

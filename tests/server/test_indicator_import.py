"""The CSV import: whole-file checks, all or nothing, an error per bad line, admin only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from server.models import IndicatorValue
from server.services.indicators import AREAS
from server.state import AppState

Headers = Callable[[str], dict[str, str]]
from server.services.indicator_import import MAX_ERRORS  # noqa: E402

URL = "/api/v1/indicators/import"
HEADER = "期间,地区,指标,本期累计,同比增长(%),目标增速(%)\n"
SAMPLE = Path(__file__).parents[2] / "docs" / "indicators-sample.csv"
# November 2099: a period the demo data does not have. Growth falls from 9 % to -2 %.
GROWTHS = [9.0, 7.5, 7.5, 6.0, 5.0, 4.0, 3.0, 1.0, 0.0, -2.0]


def post(client: TestClient, headers: Headers, body: bytes, user: str = "admin") -> Any:
    return client.post(URL, content=body, headers={**headers(user), "Content-Type": "text/csv"})


def stored(state: AppState) -> dict[tuple[str, str, str], tuple[float, float, float | None]]:
    with state.db.read() as session:
        return {
            (v.indicator, v.period, v.area): (v.value, v.growth, v.target)
            for v in session.scalars(select(IndicatorValue))
        }


def november_sheet(values: list[float]) -> str:
    lines = [
        f"2099-11,{name},一般公共预算收入,{value},{growth},5.0\n"
        for (_, name), value, growth in zip(AREAS, values, GROWTHS, strict=True)
    ]
    return HEADER + "".join(lines)


def test_a_good_file_is_stored_and_ranked(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    before = len(stored(state))
    values = [80.0 - 5 * i for i in range(10)]
    response = post(client, headers, november_sheet(values).encode())
    assert response.status_code == 200, response.text
    assert response.json() == {
        "imported": 10,
        "replaced": 0,
        "periods": ["2099-11"],
        "targets": 0,
        "street_rows": 0,
    }
    assert len(stored(state)) == before + 10
    rows = client.get(
        "/api/v1/indicators/budget_revenue/ranking",
        params={"period": "2099-11"},
        headers=headers("duty_officer"),
    ).json()["rows"]
    assert [r["area"] for r in rows] == [code for code, _ in AREAS]
    assert [r["rank_growth"] for r in rows] == [1, 2, 2, 4, 5, 6, 7, 8, 9, 10]
    assert [r["tier"] for r in rows] == ["advantage"] * 3 + ["middle"] * 4 + ["lagging"] * 3
    assert [r["color"] for r in rows] == ["green"] * 5 + ["yellow"] * 4 + ["red"]
    assert "2099-11" in client.get("/api/v1/indicators", headers=headers("admin")).json()["periods"]


def test_an_import_replaces_stored_rows_and_the_ranks_follow(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    assert post(client, headers, november_sheet([50.0] * 10).encode()).status_code == 200
    values = [10.0 + i for i in range(10)]  # now the last area is the largest
    response = post(client, headers, november_sheet(values).encode())
    assert response.json() == {
        "imported": 10,
        "replaced": 10,
        "periods": ["2099-11"],
        "targets": 0,
        "street_rows": 0,
    }
    assert stored(state)[("budget_revenue", "2099-11", "tzw")] == (19.0, -2.0, 5.0)
    rows = client.get(
        "/api/v1/indicators/budget_revenue/ranking",
        params={"period": "2099-11"},
        headers=headers("duty_officer"),
    ).json()["rows"]
    assert rows[0]["area"] == "tzw" and rows[0]["rank_value"] == 1
    # The latest demo period replaced in part: its other rows stay, ranks use the new value.
    periods = client.get("/api/v1/indicators", headers=headers("admin")).json()["periods"]
    latest = max(p for p in periods if p < "2099")
    sheet = HEADER + f"{latest},通州湾示范区,一般公共预算收入,999,50,\n"
    assert post(client, headers, sheet.encode()).json()["replaced"] == 1
    top = client.get(
        "/api/v1/indicators/budget_revenue/ranking",
        params={"period": latest},
        headers=headers("duty_officer"),
    ).json()["rows"]
    assert len(top) == 10 and top[0]["area"] == "tzw" and top[0]["target"] is None
    assert top[0]["rank_growth"] == 1 and top[0]["color"] == "green"


def test_bad_lines_get_one_error_each_and_nothing_is_stored(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    before = stored(state)
    sheet = (
        "period,area,indicator,value,growth,target\n"
        "2026-11,chongchuan,budget_revenue,61.3,4.2,5\n"  # line 2: fine
        "\n"  # line 3: empty, skipped but counted
        "2026-01,chongchuan,tax_revenue,9.1,2.0,\n"  # line 4: January alone
        '"2026-11",火星,budget_revenue,"1,234.5",3.0,\n'  # line 5: unknown area
        "2026-11,tongzhou,电影票房,12,3,\n"  # line 6: unknown indicator
        "2026-11,haimen,budget_revenue,lots,3,\n"  # line 7: value not a number
        "2026-11,rugao,budget_revenue,12,,\n"  # line 8: growth missing
        "2026-11,haian,budget_revenue,-5,3,x\n"  # line 9: value and target
        "2026-11,chongchuan,budget_revenue,61.3,4.2,5\n"  # line 10: repeats line 2
    )
    response = post(client, headers, sheet.encode())
    assert response.status_code == 422, response.text
    body = response.json()
    assert response.headers["content-type"].startswith("application/problem+json")
    found = [(e["line"], e["column"]) for e in body["errors"]]
    assert found == [
        (4, "period"),
        (5, "area"),
        (6, "indicator"),
        (7, "value"),
        (8, "growth"),
        (9, "value"),
        (9, "target"),
        (10, None),
    ]
    assert "January" in body["errors"][0]["message"]
    assert "repeats line 2" in body["errors"][-1]["message"]
    assert body["error_count"] == 8 and body["detail"].startswith("Nothing was imported")
    assert stored(state) == before


def test_duplicates_within_a_file_are_refused(client: TestClient, headers: Headers) -> None:
    sheet = HEADER + "2026-11,崇川区,税收收入,40,3,\n2026年11月,chongchuan,tax_revenue,41,3,\n"
    body = post(client, headers, sheet.encode()).json()
    assert body["errors"] == [
        {
            "line": 3,
            "column": None,
            "message": "repeats line 2: the same period, area and indicator may appear only once",
        }
    ]


def test_gbk_and_bom_files_and_multipart(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    gbk = text.encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        gbk.decode("utf-8")  # a real GBK file, not UTF-8 by accident
    response = post(client, headers, gbk)
    assert response.status_code == 200, response.text
    assert response.json()["imported"] == 4  # replacing demo rows or not, as the date has it
    assert response.json()["periods"] == ["2026-02", "2026-10"]
    assert stored(state)[("tax_revenue", "2026-02", "chongchuan")] == (9.87, -2.4, None)
    assert stored(state)[("budget_revenue", "2026-10", "chongchuan")] == (61.3, 4.2, 5.0)
    again = post(client, headers, b"\xef\xbb\xbf" + text.encode())
    assert again.json() == {
        "imported": 4,
        "replaced": 4,
        "periods": ["2026-02", "2026-10"],
        "targets": 0,
        "street_rows": 0,
    }
    files = {"file": ("指标.csv", gbk, "text/csv")}
    response = client.post(URL, files=files, headers=headers("admin"))
    assert response.status_code == 200, response.text


def test_line_numbers_follow_the_spreadsheet(client: TestClient, headers: Headers) -> None:
    sheet = (
        "period,area,indicator,value,growth,note\n"
        '2026-11,chongchuan,budget_revenue,61.3,4.2,"two\nlines"\n'  # one spreadsheet row
        "2026-11,chongchuan,power_use,x,4.2,\n"
    )
    body = post(client, headers, sheet.encode()).json()
    assert [(e["line"], e["column"]) for e in body["errors"]] == [(3, "value")]


def test_a_header_without_required_columns(client: TestClient, headers: Headers) -> None:
    body = post(client, headers, "地区,指标,本期累计\n崇川区,税收收入,1\n".encode()).json()
    assert [(e["line"], e["column"]) for e in body["errors"]] == [(1, "period"), (1, "growth")]


def test_only_the_admin_imports(client: TestClient, headers: Headers, state: AppState) -> None:
    before = stored(state)
    body = november_sheet([1.0] * 10).encode()
    for user in ("duty_officer", "supervisor", "trainer"):
        response = post(client, headers, body, user=user)
        assert response.status_code == 403, response.text
    response = client.post(URL, content=body, headers={"Content-Type": "text/csv"})
    assert response.status_code == 401
    assert stored(state) == before


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        (b"a" * 2_000_000, "text/csv", 413),  # over the body limit
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "text/csv", 422),  # binary
        (b"\xff\xfe\xfa\x80\x81", "text/csv", 422),  # neither UTF-8 nor GBK
        (b"", "text/csv", 422),
        (b"period,area,indicator,value,growth\n", "text/csv", 422),  # no data lines
        (b'{"period": "2026-10"}', "application/json", 415),
        (b'period,area\n"unterminated', "text/csv", 422),
    ],
)
def test_unusable_bodies_get_a_clear_4xx(
    client: TestClient, headers: Headers, state: AppState, body: bytes, content_type: str,
    status: int,
) -> None:  # fmt: skip
    before = stored(state)
    response = client.post(
        URL, content=body, headers={**headers("admin"), "Content-Type": content_type}
    )
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["detail"]
    assert stored(state) == before


def test_the_demo_rows_are_counted(state: AppState) -> None:
    with state.db.read() as session:
        assert session.scalar(select(func.count()).select_from(IndicatorValue)) == 22 * 10 * 9


CELLS = st.sampled_from(
    ["2026-11", "2026-01", "2026年1-10月", "崇川区", "chongchuan", "火星", "税收收入", "power_use",
     "12.5", "-3", "1e400", "nan", "4.2%", "", '"', "\r", "\x00", "；", "—"]
)  # fmt: skip


@settings(max_examples=80, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))  # fmt: skip
@given(
    lines=st.lists(st.lists(CELLS | st.text(max_size=8), max_size=8), max_size=6),
    encoding=st.sampled_from(["utf-8", "gbk", "utf-16"]),
)
def test_no_sheet_causes_a_server_error(
    client: TestClient, headers: Headers, lines: list[list[str]], encoding: str
) -> None:
    text = HEADER + "\n".join(",".join(cells) for cells in lines)
    body = text.encode(encoding, errors="replace")
    response = post(client, headers, body)
    assert response.status_code in (200, 422), response.text
    if response.status_code == 422:
        assert response.json()["detail"]


def test_a_sheet_in_the_bureaus_own_words(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    sheet = (
        "地区,指标,报告期,本年累计（亿元）,同比增长%,目标增速(%),单位\n"
        "崇川,一般公共预算收入,2026年1-10月,61.3,4.2%,5,亿元\n"
        "开发区,工业用电量,2026.10,12,3,,万元\n"
    )
    body = post(client, headers, sheet.encode("gbk")).json()
    assert body["errors"] == [
        {"line": 3, "column": "unit", "message": "power_use is counted in 亿千瓦时, not '万元'"}
    ]
    fixed = sheet.replace("万元", "亿千瓦时").encode("gbk")
    assert post(client, headers, fixed).json()["imported"] == 2
    assert stored(state)[("budget_revenue", "2026-10", "chongchuan")] == (61.3, 4.2, 5.0)
    assert stored(state)[("power_use", "2026-10", "etdz")] == (12.0, 3.0, None)


def test_a_garbage_file_counts_every_error_and_lists_the_first_ones(
    client: TestClient, headers: Headers
) -> None:
    sheet = HEADER + "x\n" * 5_000  # every line wrong in several columns
    response = post(client, headers, sheet.encode())
    assert response.status_code == 422, response.text
    body = response.json()
    assert len(body["errors"]) == MAX_ERRORS < body["error_count"]
    assert body["errors"][0]["line"] == 2

"""Finding a caller's cases by phone and filtering by several states (issue #13).

On SQLite and PostgreSQL: the phone search is a query of its own (digits of the stored
number, whatever separators it was written with), and one cached statement serves every
caller searched for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.config import Settings
from server.services import case_query
from tests.support.factories import demo_settings

Headers = Callable[[str], dict[str, str]]
Json = dict[str, Any]
PROBLEM = "application/problem+json"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """The app on SQLite and on PostgreSQL (demo users, no backlog)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'cc.db'}"
    else:
        url = str(request.getfixturevalue("postgres_url"))
    return demo_settings(tmp_path, database_url=url)


@pytest.fixture
def callers(new_case: Callable[..., Json]) -> dict[str, int]:
    """Cases of four callers, their numbers stored as they were typed."""
    return {
        "plain": new_case(reporter_phone="13812345678")["id"],
        "dashes": new_case(reporter_phone="139-8765-4321")["id"],
        "country": new_case(reporter_phone="+86 138 0000 1111")["id"],
        "none": new_case()["id"],
    }


def search(client: TestClient, headers: Headers, user: str = "duty_officer", **params: Any):  # type: ignore[no-untyped-def]
    return client.get("/api/v1/cases", params=params, headers=headers(user))


def ids(response: Any) -> list[int]:
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


def test_partial_digits_find_the_callers_cases(
    client: TestClient, headers: Headers, callers: dict[str, int]
) -> None:
    assert ids(search(client, headers, phone="138")) == [callers["country"], callers["plain"]]
    assert ids(search(client, headers, phone="98765")) == [callers["dashes"]]
    assert ids(search(client, headers, phone="87654321")) == [callers["dashes"]]
    assert ids(search(client, headers, phone="8613800")) == [callers["country"]]
    assert ids(search(client, headers, phone="555")) == []
    # as people write numbers: spaces and dashes in the search are ignored
    assert ids(search(client, headers, phone="138-1234 5")) == [callers["plain"]]


def test_one_statement_serves_every_number(
    client: TestClient, headers: Headers, callers: dict[str, int]
) -> None:
    """The digits are a parameter: a cached statement never answers for the previous caller."""
    case_query._STATEMENTS.clear()
    assert ids(search(client, headers, phone="1234")) == [callers["plain"]]
    cached = len(case_query._STATEMENTS)
    assert ids(search(client, headers, phone="4321")) == [callers["dashes"]]
    assert ids(search(client, headers, phone="1111")) == [callers["country"]]
    assert len(case_query._STATEMENTS) == cached


def test_the_phone_stays_masked_and_pages_follow(
    client: TestClient, headers: Headers, callers: dict[str, int], act: Callable[..., Any]
) -> None:
    first = search(client, headers, phone="138", limit=1).json()
    assert [c["reporter_phone"] for c in first["items"]] == ["+86" + "*" * 10 + "1111"]
    second = search(client, headers, phone="138", limit=1, cursor=first["next_cursor"]).json()
    assert [c["id"] for c in second["items"]] == [callers["plain"]]
    assert second["items"][0]["reporter_phone"] == "138****5678"
    assert second["next_cursor"] is None
    plain = client.get(f"/api/v1/cases/{callers['plain']}", headers=headers("duty_officer"))
    act("duty_officer", plain.json(), "register")
    registered = search(client, headers, phone="138", state="registered")
    assert ids(registered) == [callers["plain"]], "the phone combines with other filters"


@pytest.mark.parametrize("phone", ["12", "13a8", "１３８", "+86138", "1" * 21])
def test_a_search_needs_three_digits_or_more(
    client: TestClient, headers: Headers, phone: str
) -> None:
    response = search(client, headers, phone=phone)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    error = response.json()["errors"][0]
    assert error["field"] == "phone" and "digits" in error["message"]


def test_only_those_who_see_phones_search_by_them(
    client: TestClient, headers: Headers, callers: dict[str, int], act: Callable[..., Any]
) -> None:
    case = client.get(f"/api/v1/cases/{callers['plain']}", headers=headers("duty_officer")).json()
    case = act("duty_officer", case, "register").json()
    act("duty_officer", case, "dispatch", department="ecology")
    assert ids(search(client, headers, "supervisor", phone="1234")) == [callers["plain"]]
    for user in ("dept_ecology", "admin"):
        refused = search(client, headers, user, phone="1234")
        assert refused.status_code == 403, refused.text
        assert refused.json()["type"].endswith("/forbidden")
    assert ids(search(client, headers, "dept_ecology")) == [callers["plain"]]


def test_drill_cases_stay_apart(
    client: TestClient, headers: Headers, callers: dict[str, int]
) -> None:
    body = {
        "channel": "hotline_12345",
        "category": "noise",
        "title": "演练",
        "reporter_phone": "13812349999",
    }
    drill = client.post("/api/v1/cases", json=body, headers=headers("trainer")).json()
    assert ids(search(client, headers, "trainer", phone="1381234")) == [drill["id"]]
    assert ids(search(client, headers, phone="1381234")) == [callers["plain"]]


def test_state_takes_several_values(
    client: TestClient, headers: Headers, new_case: Callable[..., Json], act: Callable[..., Any]
) -> None:
    reported = new_case()
    registered = act("duty_officer", new_case(), "register").json()
    dispatched = act("duty_officer", new_case(), "register").json()
    dispatched = act("duty_officer", dispatched, "dispatch", department="ecology").json()
    voided = act("duty_officer", new_case(), "void", note="重复").json()
    both = client.get(
        "/api/v1/cases?state=reported&state=registered", headers=headers("duty_officer")
    )
    assert ids(both) == [registered["id"], reported["id"]]
    three = client.get(
        "/api/v1/cases?state=voided&state=dispatched&state=reported&sort=id",
        headers=headers("duty_officer"),
    )
    assert ids(three) == [reported["id"], dispatched["id"], voided["id"]]
    one = client.get("/api/v1/cases?state=registered", headers=headers("duty_officer"))
    assert ids(one) == [registered["id"]]
    bad = client.get("/api/v1/cases?state=reported&state=nowhere", headers=headers("duty_officer"))
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"].startswith("state")

"""List pages spliced from cached case JSON read exactly as freshly built views would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from server.config import Settings
from server.models import Case, Department
from server.services.case_json import CaseJsonCache
from server.services.lifecycle import Actor
from server.services.views import case_view
from server.state import AppState

ROLES = {
    "duty_officer": Actor(None, "", "duty_officer"),
    "supervisor": Actor(None, "", "supervisor"),
}


def fresh_views(state: AppState, ids: list[int], actor: Actor) -> list[dict[str, Any]]:
    """What the list used to build for these cases: case_view of each, in this order."""
    ref = state.reference.get()
    with state.db.read() as session:
        cases = {c.id: c for c in session.scalars(select(Case).where(Case.id.in_(ids)))}
        return [case_view(cases[i], ref, actor) for i in ids]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """The suite's settings with the cache warm-up off: these tests count what is cached."""
    return Settings(
        database_url=f"sqlite:///{tmp_path / 'cc.db'}",
        demo=True,
        simulator_rate=0,
        case_cache_warm=False,
    )


@pytest.fixture
def some_cases(new_case: Callable[..., dict[str, Any]], act: Callable[..., Any]) -> None:
    """Twelve cases, every third one registered, every sixth dispatched too."""
    for n in range(12):
        case = new_case(title=f"缓存测试{n}", urgency="urgent" if n % 4 == 0 else "normal")
        if n % 3 == 0:
            case = act("duty_officer", case, "register").json()
        if n % 6 == 0:
            act("duty_officer", case, "dispatch", department="urban")


@pytest.mark.usefixtures("some_cases")
@pytest.mark.parametrize("user", list(ROLES))
@pytest.mark.parametrize(
    "query", ["", "open=true", "state=registered", "sort=due_at", "sort=-updated_at&color=green"]
)
def test_a_page_is_what_fresh_views_would_say(
    client: TestClient,
    headers: Callable[[str], dict[str, str]],
    state: AppState,
    user: str,
    query: str,
) -> None:
    url = f"/api/v1/cases?limit=40&{query}"
    first = client.get(url, headers=headers(user))
    again = client.get(url, headers=headers(user))  # now from the cache
    assert first.status_code == again.status_code == 200
    assert first.content == again.content
    body = orjson.loads(again.content)
    ids = [item["id"] for item in body["items"]]
    assert ids and body["items"] == fresh_views(state, ids, ROLES[user])
    assert set(body) == {"items", "next_cursor", "feed_seq"}
    assert state.case_json.hits > 0


def test_an_action_shows_at_once_in_the_next_page(
    client: TestClient,
    headers: Callable[[str], dict[str, str]],
    new_case: Callable[..., dict[str, Any]],
    act: Callable[..., Any],
) -> None:
    case = new_case(title="缓存后立即可见")
    url = "/api/v1/cases?limit=5"
    listed = client.get(url, headers=headers("duty_officer")).json()["items"][0]
    assert (listed["id"], listed["state"]) == (case["id"], "reported")
    registered = act("duty_officer", case, "register").json()
    listed = client.get(url, headers=headers("duty_officer")).json()["items"][0]
    assert (listed["version"], listed["state"]) == (registered["version"], "registered")
    assert listed["allowed_actions"] == registered["allowed_actions"]


def test_each_reader_gets_their_own_actions_from_one_cached_case(
    client: TestClient, headers: Callable[[str], dict[str, str]], new_case: Callable[..., Any]
) -> None:
    case = new_case(title="同一案件不同角色")
    url = f"/api/v1/cases?limit=1&q={case['title']}"
    officer = client.get(url, headers=headers("duty_officer")).json()["items"][0]
    supervisor = client.get(url, headers=headers("supervisor")).json()["items"][0]
    assert officer["id"] == supervisor["id"] == case["id"]
    assert "register" in officer["allowed_actions"]
    assert {k: v for k, v in officer.items() if k != "allowed_actions"} == {
        k: v for k, v in supervisor.items() if k != "allowed_actions"
    }


def test_a_renamed_department_is_not_shown_under_its_old_name(
    client: TestClient,
    headers: Callable[[str], dict[str, str]],
    state: AppState,
    new_case: Callable[..., Any],
    act: Callable[..., Any],
) -> None:
    case = new_case(title="部门改名")
    registered = act("duty_officer", case, "register").json()
    act("duty_officer", registered, "dispatch", department="urban")
    url = f"/api/v1/cases?limit=1&q={case['title']}"
    before = client.get(url, headers=headers("duty_officer")).json()["items"][0]
    assert before["department_name"] == "区城市管理局"
    with state.db.write() as session:
        urban = session.scalars(select(Department).where(Department.code == "urban")).one()
        urban.name = "区城市管理和综合执法局"
    state.reference.invalidate()
    after = client.get(url, headers=headers("duty_officer")).json()["items"][0]
    assert after["version"] == before["version"]
    assert after["department_name"] == "区城市管理和综合执法局"


@pytest.mark.usefixtures("some_cases")
def test_the_cache_stays_within_its_size(
    client: TestClient, headers: Callable[[str], dict[str, str]], state: AppState
) -> None:
    """Pages of 5 through a cache of 8: it evicts, and every page is still whole."""
    state.case_json = CaseJsonCache(size=8)
    cursor = None
    for _ in range(2):
        params = {"limit": 5, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/v1/cases", params=params, headers=headers("supervisor")).json()
        assert len(body["items"]) == 5
        cursor = body["next_cursor"]
        assert len(state.case_json) <= 8

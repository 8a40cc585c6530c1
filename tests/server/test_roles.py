"""Who may call what: 401 without a valid token, 403 by role, and what each role may see."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import jwt
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from server.app import create_app
from server.config import Settings
from server.models import User
from server.seed.reference import DEPARTMENTS
from server.seed.users import DEMO_USERS
from server.services import feed
from server.state import AppState
from tests.server.conftest import new_key
from tests.support.clock import SettableClock

Headers = Callable[[str], dict[str, str]]
Json = dict[str, Any]

PROBLEM = "application/problem+json"
ROLES_USERS = ("duty_officer", "supervisor", "trainer", "admin", "dept_ecology")
DEMO_USERNAMES = [name for name, _display, _role in DEMO_USERS] + [
    f"dept_{code}" for code, _name, handles in DEPARTMENTS if handles
]
PHONE = "13812345678"
MASKED = "138****5678"
CASE_BODY = {"channel": "hotline_12345", "category": "noise", "title": "夜间施工噪声扰民"}


def assert_problem(response: Any, status: int) -> Json:
    assert response.status_code == status, f"expected {status}: {response.text}"
    assert response.headers["content-type"].startswith(PROBLEM), response.headers
    body = response.json()
    for member in ("type", "title", "status", "detail"):
        assert body.get(member), f"problem without {member}: {body}"
    assert body["status"] == status
    return body


class Api:
    def __init__(self, client: TestClient, headers: Headers, state: AppState) -> None:
        self.client = client
        self.headers = headers
        self.state = state

    def create(self, user: str = "duty_officer", **fields: Any) -> Json:
        body = {**CASE_BODY, "reporter_phone": PHONE, **fields}
        response = self.client.post("/api/v1/cases", json=body, headers=self.headers(user))
        assert response.status_code == 201, response.text
        return response.json()

    def act(self, user: str, case: Json, action: str, **fields: Any) -> Json:
        response = self.client.post(
            f"/api/v1/cases/{case['id']}/actions",
            json={"action": action, "version": case["version"], **fields},
            headers={**self.headers(user), "Idempotency-Key": new_key()},
        )
        assert response.status_code == 200, f"{user} {action}: {response.text}"
        return response.json()

    def dispatched(self, department: str, **fields: Any) -> Json:
        case = self.act("duty_officer", self.create(**fields), "register")
        return self.act("duty_officer", case, "dispatch", department=department)

    def get(self, user: str, path: str, **params: Any) -> Any:
        return self.client.get(path, params=params, headers=self.headers(user))

    def listed_ids(self, user: str, **params: Any) -> set[int]:
        response = self.get(user, "/api/v1/cases", limit=500, **params)
        assert response.status_code == 200, response.text
        return {item["id"] for item in response.json()["items"]}

    def feed(self, user: str) -> list[Json]:
        """Every event this user may see, followed until the committed head."""
        with self.state.db.read() as session:
            head, _ = feed.head(session)
        events: list[Json] = []
        position = 0
        deadline = time.monotonic() + 10
        while position < head:
            assert time.monotonic() < deadline, f"the feed stalled at {position} of {head}"
            response = self.get(user, "/api/v1/events", after=position, wait=1)
            assert response.status_code == 200, response.text
            body = response.json()
            events += body["events"]
            position = body["last_seq"]
        return events


@pytest.fixture
def api(client: TestClient, headers: Headers, state: AppState) -> Api:
    return Api(client, headers, state)


# --- 401 ------------------------------------------------------------------------------

ROUTES: list[tuple[str, str, Json | None]] = [
    ("GET", "/api/v1/auth/me", None),
    ("GET", "/api/v1/reference", None),
    ("GET", "/api/v1/cases", None),
    ("POST", "/api/v1/cases", CASE_BODY),
    ("GET", "/api/v1/cases/summary", None),
    ("GET", "/api/v1/cases/1", None),
    ("POST", "/api/v1/cases/1/actions", {"action": "register", "version": 1}),
    ("GET", "/api/v1/events", None),
    ("GET", "/api/v1/events/stream", None),
    ("GET", "/api/v1/supervision", None),
]


def forged(key: str, **claims: Any) -> str:
    now = datetime.now(UTC)
    base = {
        "sub": "1",
        "name": "duty_officer",
        "display": "值班员(演示)",
        "role": "duty_officer",
        "dept": None,
        "iat": int(now.timestamp()),
        "exp": int((now + timedelta(hours=1)).timestamp()),
    }
    base.update(claims)
    return jwt.encode({k: v for k, v in base.items() if v is not ...}, key, algorithm="HS256")


def bad_authorizations(key: str) -> dict[str, dict[str, str]]:
    past = int((datetime.now(UTC) - timedelta(minutes=1)).timestamp())
    ten_years = int((datetime.now(UTC) + timedelta(days=3650)).timestamp())
    unsigned = jwt.encode({"sub": "1", "name": "x", "role": "supervisor"}, None, algorithm="none")
    return {
        "none": {},
        "garbage": {"Authorization": "Bearer not.a.token"},
        "empty-bearer": {"Authorization": "Bearer "},
        "basic": {"Authorization": "Basic ZHV0eV9vZmZpY2VyOmRlbW8="},
        "expired": {"Authorization": f"Bearer {forged(key, exp=past)}"},
        "no-expiry": {"Authorization": f"Bearer {forged(key, exp=...)}"},
        "ten-years": {"Authorization": f"Bearer {forged(key, exp=ten_years)}"},
        "no-issued-at": {"Authorization": f"Bearer {forged(key, iat=...)}"},
        "other-key": {"Authorization": f"Bearer {forged('x' * 48, role='supervisor')}"},
        "alg-none": {"Authorization": f"Bearer {unsigned}"},
    }


@pytest.mark.parametrize(
    "kind",
    [
        "none",
        "garbage",
        "empty-bearer",
        "basic",
        "expired",
        "no-expiry",
        "ten-years",
        "no-issued-at",
        "other-key",
        "alg-none",
    ],
)
def test_every_route_needs_a_valid_token(api: Api, kind: str) -> None:
    case = api.create()
    assert case["id"] == 1
    authorization = bad_authorizations(api.state.signing_key)[kind]
    for method, path, body in ROUTES:
        response = api.client.request(method, path, json=body, headers=authorization)
        problem = assert_problem(response, 401)
        assert response.headers.get("www-authenticate") == "Bearer", (method, path)
        if kind == "expired":
            assert "expired" in problem["detail"], problem
    assert api.get("duty_officer", "/api/v1/cases/1").json()["version"] == 1


def test_a_forged_token_with_the_real_key_is_accepted(api: Api) -> None:
    """The signing key is the only secret: this proves the forged tokens above are well made."""
    token = forged(api.state.signing_key)
    response = api.client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert response.json()["username"] == "duty_officer"


def test_a_token_expires_by_the_servers_clock(api: Api) -> None:
    """Issued and checked on the app's clock: a test's "now" signs in and runs out alike."""
    clock = SettableClock(datetime(2027, 3, 1, 9, 0, tzinfo=UTC))  # not the wall clock
    api.state.clock = clock
    sign_in = {"username": "duty_officer", "password": "demo"}
    answer = api.client.post("/api/v1/auth/token", data=sign_in).json()
    assert answer["expires_at"] == "2027-03-02T05:00:00+08:00"  # 09:00 UTC + 12 h
    who = {"Authorization": f"Bearer {answer['access_token']}"}
    assert api.client.get("/api/v1/auth/me", headers=who).status_code == 200
    clock.advance(timedelta(hours=12))
    problem = assert_problem(api.client.get("/api/v1/auth/me", headers=who), 401)
    assert "expired" in problem["detail"]


def test_health_and_openapi_need_no_token(client: TestClient) -> None:
    assert client.get("/healthz").status_code == 200
    assert client.get("/openapi.json").status_code == 200


def test_wrong_password_and_unknown_user(client: TestClient) -> None:
    for username, password in (("duty_officer", "wrong"), ("nobody", "demo"), ("", "")):
        response = client.post(
            "/api/v1/auth/token", data={"username": username, "password": password}
        )
        assert response.status_code in (401, 422), response.text
        assert response.headers["content-type"].startswith(PROBLEM)


# --- 403 by role ------------------------------------------------------------------------

# route -> the roles that may use it (everyone else gets 403).
ROLE_ROUTES: list[tuple[str, str, Json, set[str]]] = [
    ("GET", "/api/v1/auth/me", {}, set(ROLES_USERS)),
    ("GET", "/api/v1/reference", {}, set(ROLES_USERS)),
    ("GET", "/api/v1/cases", {}, set(ROLES_USERS)),
    ("GET", "/api/v1/cases", {"drill": "true"}, {"trainer"}),
    ("GET", "/api/v1/cases/summary", {}, set(ROLES_USERS)),
    ("GET", "/api/v1/cases/summary", {"drill": "true"}, {"trainer"}),
    ("GET", "/api/v1/events", {}, set(ROLES_USERS)),
    ("GET", "/api/v1/supervision", {}, {"duty_officer", "supervisor"}),
    ("POST", "/api/v1/cases", {}, {"duty_officer", "supervisor", "trainer"}),
]


@pytest.mark.parametrize("user", ROLES_USERS)
def test_role_matrix_over_the_routes(api: Api, user: str) -> None:
    errors = []
    for method, path, params, allowed in ROLE_ROUTES:
        body = CASE_BODY if method == "POST" else None
        response = api.client.request(
            method, path, params=params, json=body, headers=api.headers(user)
        )
        expected = (201 if method == "POST" else 200) if user in allowed else 403
        if response.status_code != expected:
            errors.append(f"{method} {path} {params}: {response.status_code}, not {expected}")
        elif expected == 403 and not response.headers["content-type"].startswith(PROBLEM):
            errors.append(f"{method} {path}: 403 is not problem+json")
    assert not errors, f"{user}:\n" + "\n".join(errors)


@pytest.mark.parametrize("user", ["duty_officer", "supervisor"])
def test_only_trainers_create_drill_cases(api: Api, user: str) -> None:
    response = api.client.post(
        "/api/v1/cases", json={**CASE_BODY, "drill": True}, headers=api.headers(user)
    )
    assert_problem(response, 403)
    assert api.listed_ids(user) == set()


def test_me_tells_the_role_and_department(api: Api) -> None:
    for user in ROLES_USERS:
        me = api.get(user, "/api/v1/auth/me").json()
        assert me["username"] == user
        assert me["role"] == ("department" if user.startswith("dept_") else user)
        assert me["department"] == ("ecology" if user == "dept_ecology" else None)


# --- departments see their own cases ----------------------------------------------------


def test_a_department_sees_only_its_own_cases(api: Api) -> None:
    ecology = api.dispatched("ecology")
    urban = api.dispatched("urban")
    undispatched = api.create()
    assert api.listed_ids("dept_ecology") == {ecology["id"]}
    assert api.listed_ids("dept_urban") == {urban["id"]}
    assert api.listed_ids("dept_ecology", department="urban") == set()
    assert api.listed_ids("duty_officer") == {ecology["id"], urban["id"], undispatched["id"]}
    assert api.get("dept_ecology", f"/api/v1/cases/{ecology['id']}").status_code == 200
    missing = assert_problem(api.get("dept_ecology", "/api/v1/cases/999999"), 404)
    for hidden in (urban, undispatched):
        body = assert_problem(api.get("dept_ecology", f"/api/v1/cases/{hidden['id']}"), 404)
        assert body["title"] == missing["title"], "a hidden case looks like a missing one"
    summary = api.get("dept_ecology", "/api/v1/cases/summary").json()
    assert sum(summary["state"].values()) == 1 and summary["state"] == {"dispatched": 1}
    # The feed: only the events of the ecology case once it was dispatched there.
    events = api.feed("dept_ecology")
    assert events, "the department saw none of its events"
    assert {e["case_id"] for e in events} == {ecology["id"]}
    assert [e["case"]["state"] for e in events] == ["dispatched"]
    assert events[0]["case"]["allowed_actions"][:2] == ["sign", "return"]
    everything = api.feed("duty_officer")
    assert {e["case_id"] for e in everything} == {ecology["id"], urban["id"], undispatched["id"]}


def test_a_department_loses_sight_of_a_case_sent_elsewhere(api: Api) -> None:
    case = api.dispatched("ecology")
    case = api.act("dept_ecology", case, "return", note="不属于我局")
    assert api.listed_ids("dept_ecology") == {case["id"]}, "a returned case stays visible"
    case = api.act("duty_officer", case, "dispatch", department="urban")
    assert api.listed_ids("dept_ecology") == set()
    assert_problem(api.get("dept_ecology", f"/api/v1/cases/{case['id']}"), 404)
    assert api.listed_ids("dept_urban") == {case["id"]}


# --- drills are for trainers only -------------------------------------------------------


def test_drill_cases_stay_with_trainers(api: Api) -> None:
    live = api.create(title="真实事件")
    drill = api.create("trainer", title="演练:燃气泄漏")
    assert drill["drill"] is True
    assert drill["allowed_actions"][:3] == ["register", "void", "merge"]
    for user in ("duty_officer", "supervisor", "admin"):
        assert api.listed_ids(user) == {live["id"]}, f"{user} sees a drill case"
        assert api.listed_ids(user, open="true") == {live["id"]}
        assert_problem(api.get(user, f"/api/v1/cases/{drill['id']}"), 404)
        assert_problem(api.get(user, "/api/v1/cases", drill="true"), 403)
        summary = api.get(user, "/api/v1/cases/summary").json()
        assert sum(summary["state"].values()) == 1
        assert {e["case_id"] for e in api.feed(user)} == {live["id"]}, f"{user} feed"
    assert api.listed_ids("trainer") == {drill["id"]}
    assert api.listed_ids("trainer", drill="true") == {drill["id"]}
    assert api.listed_ids("trainer", drill="false") == {drill["id"]}, "trainers see drills only"
    assert_problem(api.get("trainer", f"/api/v1/cases/{live['id']}"), 404)
    assert {e["case_id"] for e in api.feed("trainer")} == {drill["id"]}
    # The trainer runs the drill case as a duty officer would, and it stays out of sight.
    registered = api.act("trainer", drill, "register")
    assert registered["state"] == "registered" and registered["drill"] is True
    dispatched = api.act("trainer", registered, "dispatch", department="ecology")
    assert api.listed_ids("dept_ecology") == set(), "a drill reached a department's queue"
    assert {e["case_id"] for e in api.feed("dept_ecology")} == set()
    assert {e["case_id"] for e in api.feed("duty_officer")} == {live["id"]}
    assert dispatched["department"] == "ecology"


def test_a_trainer_cannot_act_on_live_cases(api: Api) -> None:
    live = api.create()
    response = api.client.post(
        f"/api/v1/cases/{live['id']}/actions",
        json={"action": "register", "version": 1},
        headers={**api.headers("trainer"), "Idempotency-Key": new_key()},
    )
    assert_problem(response, 404)
    assert api.get("duty_officer", f"/api/v1/cases/{live['id']}").json()["version"] == 1


# --- the reporter's phone ---------------------------------------------------------------


def test_phone_is_masked_except_in_the_detail_for_the_duty_room(api: Api) -> None:
    case = api.dispatched("ecology")
    assert case["reporter_phone"] == MASKED, "action responses mask the phone"
    for user in ("duty_officer", "supervisor", "admin", "dept_ecology"):
        listed = api.get(user, "/api/v1/cases").json()["items"]
        assert [item["reporter_phone"] for item in listed] == [MASKED], f"{user} list"
        events = api.feed(user)
        assert events and {e["case"]["reporter_phone"] for e in events} == {MASKED}, user
    expected_detail = {
        "duty_officer": PHONE,
        "supervisor": PHONE,
        "admin": MASKED,
        "dept_ecology": MASKED,
    }
    for user, phone in expected_detail.items():
        detail = api.get(user, f"/api/v1/cases/{case['id']}").json()
        assert detail["reporter_phone"] == phone, user
    # Nowhere but the detail: not in the history or its payloads either.
    detail_text = api.get("dept_ecology", f"/api/v1/cases/{case['id']}").text
    assert PHONE not in detail_text


# --- outside demo mode ------------------------------------------------------------------


@pytest.fixture
def demo_then_live(tmp_path: Path) -> Iterator[tuple[dict[str, str], TestClient]]:
    """A demo run signs in the duty officer; then a non-demo server opens the same file."""
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    with TestClient(create_app(Settings(database_url=url, demo=True), background=False)) as demo:
        response = demo.post(
            "/api/v1/auth/token", data={"username": "duty_officer", "password": "demo"}
        )
        assert response.status_code == 200
        demo_headers = {"Authorization": f"Bearer {response.json()['access_token']}"}
        assert demo.get("/api/v1/auth/me", headers=demo_headers).status_code == 200
    live_app = create_app(Settings(database_url=url, demo=False), background=False)
    with TestClient(live_app) as live:
        yield demo_headers, live


def test_no_demo_user_signs_in_outside_demo_mode(
    demo_then_live: tuple[dict[str, str], TestClient],
) -> None:
    _, live = demo_then_live
    assert live.get("/healthz").json()["demo"] is False
    state: AppState = live.app.state.cc  # type: ignore[attr-defined]
    with state.db.read() as session:
        demo_users = set(session.scalars(select(User.username).where(User.demo.is_(True))))
    assert demo_users == set(DEMO_USERNAMES)
    for username in DEMO_USERNAMES:
        response = live.post("/api/v1/auth/token", data={"username": username, "password": "demo"})
        assert_problem(response, 401)


def test_a_demo_token_stops_working_outside_demo_mode(
    demo_then_live: tuple[dict[str, str], TestClient],
) -> None:
    demo_headers, live = demo_then_live
    assert_problem(live.get("/api/v1/auth/me", headers=demo_headers), 401)
    response = live.post("/api/v1/cases", json=CASE_BODY, headers=demo_headers)
    assert_problem(response, 401)

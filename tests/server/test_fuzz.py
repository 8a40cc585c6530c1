"""Schemathesis against the app's own OpenAPI: no generated input may cause a 5xx.

Each operation is fuzzed with schema-conforming and schema-violating input, signed in as the
duty officer, and every 4xx must be problem+json. Generation is derandomized so that a
result is reproducible (and an xfail for a known bug is stable). The SSE stream and the
demo cameras' live streams are left out: a valid request streams forever; their error paths
are in test_bad_input.py and test_media.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from server.app import create_app
from server.config import Settings

pytestmark = pytest.mark.slow

PROBLEM = "application/problem+json"
NOT_FUZZED = {
    ("GET", "/api/v1/events/stream"),
    ("GET", "/media/live/{code}"),
}
# Fuzzed by tests/server/test_drills_fuzz.py, on a running drill.
DRILL_PREFIX = "/api/v1/drills/"
# Nothing to violate: no parameter, no body, no security.
NO_NEGATIVE_INPUT = {
    ("GET", "/healthz", GenerationMode.NEGATIVE),
    ("GET", "/media/demo.mp4", GenerationMode.NEGATIVE),
}
FUZZ_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,  # the same inputs on every run
    database=None,  # no .hypothesis directory in the repository
    phases=[Phase.explicit, Phase.generate],  # a found 5xx is reported, not shrunk at length
    suppress_health_check=list(HealthCheck),
)


ROUTES = [
    ("GET", "/healthz"),
    ("POST", "/api/v1/auth/token"),
    ("GET", "/api/v1/auth/me"),
    ("GET", "/api/v1/reference"),
    ("GET", "/api/v1/cases"),
    ("POST", "/api/v1/cases"),
    ("GET", "/api/v1/cases/summary"),
    ("GET", "/api/v1/cases/snapshot"),
    ("GET", "/api/v1/cases/{case_id}"),
    ("POST", "/api/v1/cases/{case_id}/actions"),
    ("GET", "/api/v1/cases/{case_id}/routing"),
    ("GET", "/api/v1/cases/{case_id}/duplicates"),
    ("GET", "/api/v1/cases/{case_id}/deadline"),
    ("GET", "/api/v1/duplicates"),
    ("POST", "/api/v1/cases/{case_id}/attachments"),
    ("GET", "/api/v1/attachments/{attachment_id}"),
    ("GET", "/api/v1/attachments/{attachment_id}/thumbnail"),
    ("POST", "/api/v1/field-reports"),
    ("GET", "/api/v1/patrols"),
    ("POST", "/api/v1/patrols"),
    ("GET", "/api/v1/patrols/{patrol_id}"),
    ("GET", "/api/v1/rivers"),
    ("GET", "/api/v1/river-stats"),
    ("GET", "/api/v1/events"),
    ("GET", "/api/v1/supervision"),
    ("GET", "/api/v1/supervision/color-trend"),
    ("POST", "/api/v1/supervision/{item_id}/bulletin"),
    ("GET", "/api/v1/handovers"),
    ("GET", "/api/v1/handovers/draft"),
    ("GET", "/api/v1/handovers/{handover_id}"),
    ("POST", "/api/v1/handovers"),
    ("POST", "/api/v1/handovers/{handover_id}/sign"),
    ("GET", "/api/v1/field-reports"),
    ("GET", "/api/v1/field-reports/{case_id}"),
    ("GET", "/api/v1/field/me"),
    ("GET", "/api/v1/volunteers/categories"),
    ("POST", "/api/v1/volunteers/categories"),
    ("PATCH", "/api/v1/volunteers/categories/{code}"),
    ("GET", "/api/v1/volunteers/teams"),
    ("POST", "/api/v1/volunteers/teams"),
    ("PATCH", "/api/v1/volunteers/teams/{code}"),
    ("GET", "/api/v1/volunteers/requests"),
    ("POST", "/api/v1/volunteers/requests"),
    ("GET", "/api/v1/volunteers/requests/{request_id}"),
    ("POST", "/api/v1/volunteers/requests/{request_id}/actions"),
    ("POST", "/api/v1/volunteers/requests/{request_id}/done"),
    ("GET", "/api/v1/volunteers/requests/{request_id}/suggest"),
    ("GET", "/api/v1/volunteers/requests/{request_id}/photos/{photo_id}"),
    ("GET", "/api/v1/volunteers/requests/{request_id}/photos/{photo_id}/thumbnail"),
    ("GET", "/api/v1/volunteers/stats"),
    ("GET", "/api/v1/map/layers"),
    ("GET", "/api/v1/map/layers/{name}"),
    ("PUT", "/api/v1/map/layers/{name}"),
    ("GET", "/api/v1/map/tiles/{z}/{x}/{y}.png"),
    ("GET", "/api/v1/map/heat"),
    ("POST", "/api/v1/map/locate"),
    ("GET", "/api/v1/indicators"),
    ("GET", "/api/v1/indicators/scorecard"),
    ("GET", "/api/v1/indicators/review"),
    ("GET", "/api/v1/indicators/brief"),
    ("GET", "/api/v1/indicators/{code}/streets"),
    ("GET", "/api/v1/indicators/{code}/series"),
    ("GET", "/api/v1/indicators/{code}/ranking"),
    ("POST", "/api/v1/indicators/import"),
    ("PATCH", "/api/v1/indicators/{code}"),
    ("GET", "/api/v1/kpis"),
    ("GET", "/api/v1/kpis/intake"),
    ("GET", "/api/v1/kpis/overdue"),
    ("GET", "/api/v1/kpis/cases"),
    ("GET", "/api/v1/kpis/weights"),
    ("PUT", "/api/v1/kpis/weights"),
    ("GET", "/api/v1/cameras"),
    ("POST", "/api/v1/cameras"),
    ("GET", "/api/v1/cameras/nearest"),
    ("PATCH", "/api/v1/cameras/{camera_id}"),
    ("DELETE", "/api/v1/cameras/{camera_id}"),
    ("GET", "/api/v1/calendar"),
    ("GET", "/api/v1/calendar/status"),
    ("PUT", "/api/v1/calendar/days/{day}"),
    ("DELETE", "/api/v1/calendar/days/{day}"),
    ("POST", "/api/v1/calendar/import"),
    ("GET", "/api/v1/sla-rules"),
    ("PUT", "/api/v1/sla-rules"),
    ("GET", "/api/v1/sla-rules/versions"),
    ("GET", "/api/v1/users"),
    ("POST", "/api/v1/users"),
    ("PATCH", "/api/v1/users/{user_id}"),
    ("POST", "/api/v1/users/{user_id}/password"),
    ("POST", "/api/v1/users/{user_id}/unlock"),
    ("POST", "/api/v1/auth/password"),
    ("GET", "/api/v1/admin-log"),
    ("GET", "/media/demo.mp4"),
]
# Sent with an administrator's token (the duty officer's would stop at 403).
AS_ADMIN = {
    "/api/v1/calendar/days/{day}",
    "/api/v1/calendar/import",
    "/api/v1/sla-rules",
    "/api/v1/users",
    "/api/v1/users/{user_id}",
    "/api/v1/users/{user_id}/password",
    "/api/v1/users/{user_id}/unlock",
    "/api/v1/admin-log",
    "/api/v1/kpis/weights",
    "/api/v1/volunteers/categories",
    "/api/v1/volunteers/categories/{code}",
    "/api/v1/volunteers/teams",
    "/api/v1/volunteers/teams/{code}",
    "/api/v1/map/layers/{name}",
}
MODES = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
# 5xx that the (derandomized) generation finds today; each is a server bug to fix.
KNOWN_BUGS: dict[tuple[str, str, GenerationMode], str] = {}


def _cases() -> list[object]:
    cases = []
    for method, path in ROUTES:
        for mode in MODES:
            if (method, path, mode) in NO_NEGATIVE_INPUT:
                continue
            bug = KNOWN_BUGS.get((method, path, mode))
            marks = [pytest.mark.xfail(reason=f"BUG: {bug}", strict=True)] if bug else []
            label = f"{method} {path.removeprefix('/api/v1')}-{mode.value}"
            cases.append(pytest.param(method, path, mode, id=label, marks=marks))
    return cases


@dataclass
class Target:
    schema: schemathesis.BaseSchema
    auth: dict[str, str]
    admin: dict[str, str]


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    """The app on its own database with a few cases, its schema, and a duty officer's token."""
    path: Path = tmp_path_factory.mktemp("fuzz") / "cc.db"
    app = create_app(
        Settings(database_url=f"sqlite:///{path}", demo=True, simulator_rate=0), background=False
    )
    with TestClient(app) as client:
        response = client.post(
            "/api/v1/auth/token", data={"username": "duty_officer", "password": "demo"}
        )
        assert response.status_code == 200
        auth = {"Authorization": f"Bearer {response.json()['access_token']}"}
        response = client.post("/api/v1/auth/token", data={"username": "admin", "password": "demo"})
        admin = {"Authorization": f"Bearer {response.json()['access_token']}"}
        for title in ("噪声扰民", "垃圾堆放", "路灯不亮"):
            body = {"channel": "grid", "category": "noise", "title": title}
            assert client.post("/api/v1/cases", json=body, headers=auth).status_code == 201
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    try:
        yield Target(schema, auth, admin)
    finally:
        from schemathesis.python import asgi

        asgi.shutdown_lifespans()  # the transport started the app's lifespan; end it


def test_every_operation_is_fuzzed(target: Target) -> None:
    listed = set(ROUTES)
    in_schema = {
        (method.upper(), path)
        for path, operations in target.schema.raw_schema["paths"].items()
        for method in operations
    }
    in_schema = {(m, p) for m, p in in_schema if not p.startswith(DRILL_PREFIX)}
    assert in_schema - NOT_FUZZED == listed, "a new route needs a line in OPERATIONS"


@pytest.mark.parametrize(("method", "path", "mode"), _cases())
def test_no_input_causes_a_server_error(
    target: Target, method: str, path: str, mode: GenerationMode
) -> None:
    operation = target.schema[path][method]

    @FUZZ_SETTINGS
    @given(case=operation.as_strategy(generation_mode=mode))
    def fuzz(case: schemathesis.Case) -> None:
        wait = (case.query or {}).get("wait")
        if isinstance(wait, int | float) and 0 < wait <= 60:
            case.query["wait"] = 0  # a valid long-poll would only sit out its wait
        headers = dict(target.admin if path in AS_ADMIN else target.auth)
        sent = {name.lower() for name in case.headers or {}}
        if method == "POST" and "idempotency-key" not in sent:
            headers["Idempotency-Key"] = str(uuid.uuid4())  # writes need one to get anywhere
        response = case.call(headers=headers)
        case.validate_response(response, checks=[not_a_server_error])
        if 400 <= response.status_code < 500:
            content_type = str(response.headers.get("content-type", ""))
            assert PROBLEM in content_type, (
                f"{response.status_code} is not problem+json: {case.as_curl_command()}"
            )
            body = response.json()
            assert {"type", "title", "status", "detail"} <= set(body), body

    fuzz()


def test_the_schema_says_actions_need_an_idempotency_key(target: Target) -> None:
    operation = target.schema.raw_schema["paths"]["/api/v1/cases/{case_id}/actions"]["post"]
    header = next(
        p
        for p in operation["parameters"]
        if p["in"] == "header" and p["name"].lower() == "idempotency-key"
    )
    assert header.get("required") is True, header

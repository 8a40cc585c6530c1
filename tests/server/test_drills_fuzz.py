"""No input to the drill routes causes a server error: schemathesis fuzzes each drill
operation as a trainer (the role that gets past 403), with a run under way, on the same
settings as tests/server/test_fuzz.py (which fuzzes them as a duty officer once they are
listed there)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import given
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from server.app import create_app
from server.config import Settings
from tests.server.test_drills_run import include_drills
from tests.server.test_fuzz import FUZZ_SETTINGS, PROBLEM, Target

DRILL_OPERATIONS = [
    ("GET", "/api/v1/drills/scenarios"),
    ("GET", "/api/v1/drills/scenarios/{scenario_id}"),
    ("POST", "/api/v1/drills/scenarios/check"),
    ("POST", "/api/v1/drills/scenarios/validate"),
    ("GET", "/api/v1/drills/scenarios/{scenario_id}/text"),
    ("PUT", "/api/v1/drills/scenarios/{scenario_id}"),
    ("GET", "/api/v1/drills/trainees"),
    ("POST", "/api/v1/drills/runs"),
    ("GET", "/api/v1/drills/runs"),
    ("GET", "/api/v1/drills/runs/{run_id}"),
    ("POST", "/api/v1/drills/runs/{run_id}/pause"),
    ("POST", "/api/v1/drills/runs/{run_id}/resume"),
    ("POST", "/api/v1/drills/runs/{run_id}/speed"),
    ("POST", "/api/v1/drills/runs/{run_id}/stop"),
    ("POST", "/api/v1/drills/runs/{run_id}/reset"),
    ("GET", "/api/v1/drills/runs/{run_id}/scoreboard"),
    ("GET", "/api/v1/drills/runs/{run_id}/report"),
    ("POST", "/api/v1/drills/runs/{run_id}/input-stats"),
    ("POST", "/api/v1/drills/cases/{case_id}/actions"),
]
# The PDF is rendered with a CJK font: slow, and its answer is no JSON to check.
SLOW = {("GET", "/api/v1/drills/runs/{run_id}/report.pdf")}


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    """The app with the drills router, a run of the haohe scenario, and a trainer's token."""
    path: Path = tmp_path_factory.mktemp("drill-fuzz") / "cc.db"
    app = create_app(
        Settings(database_url=f"sqlite:///{path}", demo=True, simulator_rate=0), background=False
    )
    with TestClient(app) as client:
        include_drills(client)
        response = client.post(
            "/api/v1/auth/token", data={"username": "trainer", "password": "demo"}
        )
        auth = {"Authorization": f"Bearer {response.json()['access_token']}"}
        body = {"scenario": "haohe_morning", "trainees": ["trainer"], "speed": 5}
        assert client.post("/api/v1/drills/runs", json=body, headers=auth).status_code == 201
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    try:
        yield Target(schema, auth, auth)
    finally:
        from schemathesis.python import asgi

        asgi.shutdown_lifespans()


def test_every_drill_operation_is_fuzzed(target: Target) -> None:
    in_schema = {
        (method.upper(), path)
        for path, operations in target.schema.raw_schema["paths"].items()
        for method in operations
        if path.startswith("/api/v1/drills")
    }
    assert in_schema - SLOW == set(DRILL_OPERATIONS)


@pytest.mark.parametrize(("method", "path"), DRILL_OPERATIONS)
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_input_causes_a_server_error(
    target: Target, method: str, path: str, mode: GenerationMode
) -> None:
    operation = target.schema[path][method]

    @FUZZ_SETTINGS
    @given(case=operation.as_strategy(generation_mode=mode))
    def fuzz(case: schemathesis.Case) -> None:
        headers = dict(target.auth)
        sent = {name.lower() for name in case.headers or {}}
        if method == "POST" and "idempotency-key" not in sent:
            headers["Idempotency-Key"] = str(uuid.uuid4())
        response = case.call(headers=headers)
        case.validate_response(response, checks=[not_a_server_error])
        if 400 <= response.status_code < 500:
            assert PROBLEM in str(response.headers.get("content-type", "")), response.text

    fuzz()

"""Error mapping and the retry policy (a stub HTTP endpoint stands in for a failing proxy)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from console.api import (
    ApiClient,
    ApiError,
    Conflict,
    Forbidden,
    Gone,
    IllegalAction,
    Invalid,
    ServerUnavailable,
    error_from_problem,
    error_from_response,
)
from console.contract import Case


def response(status: int, body: object | bytes, reason: str = "") -> requests.Response:
    """A response as requests would build it from the wire."""
    made = requests.Response()
    made.status_code = status
    made.reason = reason
    made._content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return made


def problem(status: int, kind: str, detail: str, **extra: object) -> dict[str, object]:
    """A problem+json body as cc-server writes it."""
    base = "https://cc.chongchuan.gov.cn/problems/"
    return {"type": base + kind, "title": kind, "status": status, "detail": detail, **extra}


def test_problem_kinds_map_to_typed_errors() -> None:
    case = {"id": 7, "state": "registered", "version": 4}
    conflict = error_from_response(response(409, problem(409, "conflict", "moved on", case=case)))
    assert isinstance(conflict, Conflict) and conflict.last_change is None
    assert conflict.case == Case.from_json(case)
    illegal = error_from_response(
        response(422, problem(422, "illegal-action", "no", state="closed", allowed_actions=["x"]))
    )
    assert isinstance(illegal, IllegalAction) and illegal.allowed_actions == ["x"]
    assert illegal.kind == "illegal-action"
    for status in (400, 413, 422, 428):
        invalid = error_from_response(response(status, problem(status, "invalid", "fix it")))
        assert isinstance(invalid, Invalid) and invalid.errors == [] and str(invalid) == "fix it"
    assert isinstance(error_from_response(response(410, problem(410, "feed-gone", "x"))), Gone)
    teapot = error_from_response(response(418, problem(418, "teapot", "I am a teapot")))
    assert type(teapot) is ApiError and teapot.status == 418


def test_the_code_of_a_problem_is_exposed_and_kept() -> None:
    body = problem(403, "forbidden", "reworded by the server", code="not_your_department")
    error = error_from_response(response(403, body))
    assert isinstance(error, Forbidden) and error.code == "not_your_department"
    assert str(error) == "reworded by the server"
    again = error_from_problem(error.problem)  # as the outbox keeps it
    assert (type(again), again.code, again.status, again.detail) == (
        Forbidden,
        "not_your_department",
        403,
        "reworded by the server",
    )
    illegal = error_from_problem({**problem(422, "illegal-action", "no"), "code": "x"})
    assert isinstance(illegal, IllegalAction) and illegal.code == "x"
    assert error_from_response(response(502, b"<html>Bad Gateway</html>")).code == ""


def test_a_proxy_page_still_gives_a_readable_sentence() -> None:
    error = error_from_response(response(502, b"<html>Bad Gateway</html>", "Bad Gateway"))
    assert isinstance(error, ServerUnavailable) and error.status == 502
    assert "<html>" not in str(error) and "Try again" in str(error)
    fastapi_style = error_from_response(response(404, {"detail": [{"msg": "x"}]}, "Not Found"))
    assert str(fastapi_style) == "This no longer exists, or you may not see it."


class _Flaky(BaseHTTPRequestHandler):
    """Answers 503 to every request, counting them by method and path."""

    counts: dict[str, int] = {}

    def _fail(self) -> None:
        key = f"{self.command} {self.path.split('?')[0]} {self.headers.get('Idempotency-Key')}"
        self.counts[key] = self.counts.get(key, 0) + 1
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        body = json.dumps(problem(503, "busy", "The server is busy.")).encode()
        self.send_response(503)
        self.send_header("Content-Type", "application/problem+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _fail

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def flaky() -> Iterator[str]:
    """The URL of an endpoint that always answers 503."""
    _Flaky.counts = {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Flaky)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_only_safe_requests_are_retried(flaky: str) -> None:
    with ApiClient(flaky, timeout=2, retries=2) as client:
        with pytest.raises(ServerUnavailable, match="busy"):
            client.health()
        with pytest.raises(ServerUnavailable):
            client.act(1, "register", 1, idempotency_key="k1")
        with pytest.raises(ServerUnavailable):
            client.login("duty_officer", "demo")
        with pytest.raises(ServerUnavailable):
            client.events(0, wait=0)
    assert _Flaky.counts == {
        "GET /healthz None": 3,
        "POST /api/v1/cases/1/actions k1": 3,
        "POST /api/v1/auth/token None": 1,
        "GET /api/v1/events None": 1,
    }

"""Every error of the app as problem+json (RFC 9457), in one place at the HTTP edge.

Services raise `Problem` (server/problems.py, no FastAPI there); this module renders it, and
FastAPI's request-validation errors, Starlette's own refusals (no such route, a method the
route lacks, a body too large) and any unexpected exception, as problem+json with a `code`.
"""

from __future__ import annotations

import logging
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.problem_codes import Code
from server.problems import Problem, missing_idempotency_key
from server.storage import RETRY_AFTER_SECONDS, StorageHealth, classify

__all__ = ["install", "problem_response"]

log = logging.getLogger(__name__)


def problem_response(problem: Problem) -> Response:
    """The HTTP response for a problem."""
    return Response(
        orjson.dumps(problem.body()),
        status_code=problem.status,
        media_type="application/problem+json",
        headers=problem.headers,
    )


def _field_path(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc[1:] if part != "body") or str(loc[0])


def _on_validation_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    if any(err.get("type") == "json_invalid" for err in errors):
        ctx = next(err for err in errors if err.get("type") == "json_invalid").get("ctx", {})
        return problem_response(
            Problem(
                400,
                "Malformed JSON",
                f"The request body is not valid JSON ({ctx.get('error', 'parse error')}).",
                code=Code.MALFORMED_JSON,
                kind="malformed-json",
            )
        )
    if any(
        err.get("type") == "missing"
        and tuple(err.get("loc", ()))[-2:] == ("header", "idempotency-key")
        for err in errors
    ):
        return problem_response(missing_idempotency_key())
    fields = [
        {"field": _field_path(tuple(err["loc"])), "message": err["msg"], "type": err["type"]}
        for err in errors
    ]
    summary = "; ".join(f"{f['field']}: {f['message']}" for f in fields[:5])
    return problem_response(
        Problem(
            422,
            "Invalid request",
            f"Fix these fields: {summary}",
            code=Code.INVALID,
            kind="invalid",
            errors=fields,
        )
    )


# Starlette's own refusals: a body it cannot parse, no such route, a method the route lacks.
_HTTP_CODES = {
    400: Code.MALFORMED_BODY,
    401: Code.UNAUTHORIZED,
    404: Code.UNKNOWN_ROUTE,
    405: Code.METHOD_NOT_ALLOWED,
    413: Code.TOO_LARGE,
}


def _on_http_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    titles = {
        401: "Not signed in",
        403: "Forbidden",
        404: "Not found",
        405: "Method not allowed",
        413: "Request too large",
    }
    problem = Problem(
        exc.status_code,
        titles.get(exc.status_code, "HTTP error"),
        str(exc.detail),
        code=_HTTP_CODES.get(exc.status_code, Code.HTTP_ERROR),
    )
    if exc.headers:
        problem.headers.update(exc.headers)
    return problem_response(problem)


def _on_problem(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Problem)
    return problem_response(exc)


def _on_unexpected(request: Request, exc: Exception) -> Response:
    # Only what escapes UnexpectedErrorMiddleware (an error in a middleware outside it).
    # Handlers run outside the except block, so the exception must be passed explicitly.
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return _server_error()


class UnexpectedErrorMiddleware:
    """Errors no handler took: a storage failure is 503 (`storage_unavailable`, one log line,
    the health flag set), anything else 500 with its traceback logged once.

    Answered here, inside Starlette's outermost error middleware, because that one re-raises
    after answering: uvicorn then logged a second traceback and dropped the connection, so
    that the client's next request on it failed as well.
    """

    def __init__(self, app: ASGIApp, health: StorageHealth) -> None:
        self.app = app
        self.health = health

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            if started:
                raise  # too late for an answer of our own
            await self._answer(scope, exc)(scope, receive, send)

    def _answer(self, scope: Scope, exc: Exception) -> Response:
        failure = classify(exc)
        where = f"{scope['method']} {scope['path']}"
        if failure is None:
            log.error("unhandled error on %s", where, exc_info=exc)
            return _server_error()
        self.health.failed(failure)
        log.error("storage failure on %s: %s (%s: %s)", where, failure.reason,
                  type(exc).__name__, _first_line(exc))  # fmt: skip
        problem = Problem(
            503,
            "Storage unavailable",
            f"Nothing was changed: {failure.reason} ({failure.storage}). Try again later; "
            "the administrator has to free space or repair the storage.",
            code=Code.STORAGE_UNAVAILABLE,
            kind="storage-unavailable",
            storage=failure.storage,
        )
        problem.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return problem_response(problem)


def _first_line(exc: Exception) -> str:
    """The error's own first line, without the statement or its parameters."""
    original = getattr(exc, "orig", None) or exc
    return str(original).splitlines()[0][:200] if str(original) else ""


def _server_error() -> Response:
    return problem_response(
        Problem(
            500,
            "Server error",
            "The server failed to handle this request; nothing was changed. "
            "Try again, and tell the administrator if it persists.",
            code=Code.SERVER_ERROR,
            kind="server-error",
        )
    )


def install(app: FastAPI) -> None:
    """Render every error of the app as problem+json."""
    app.add_exception_handler(Problem, _on_problem)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(Exception, _on_unexpected)

"""Typed errors from problem+json responses, each with a sentence an officer can read.

`ApiError.code` is the problem's stable code (docs/api-errors.md): what a client words its
own messages by; `detail` is the server's English, shown as it is when the code is unknown.
"""

from __future__ import annotations

from typing import Any

import requests

from console.contract import Case

__all__ = [
    "ApiError",
    "Conflict",
    "Forbidden",
    "Gone",
    "IllegalAction",
    "Invalid",
    "NotFound",
    "ServerUnavailable",
    "Unauthorized",
    "error_from_exception",
    "error_from_problem",
    "error_from_response",
]

_FALLBACK = {
    400: "The server refused the request as malformed.",
    401: "You are not signed in, or your session has expired: sign in again.",
    403: "You may not do this with your role.",
    404: "This no longer exists, or you may not see it.",
    409: "Someone else changed this meanwhile: review the current state and act again.",
    410: "The change feed has moved on: the cases will be reloaded.",
    413: "The request is too large for the server.",
    422: "The server refused the request as invalid.",
    428: "The server needs the version you acted on.",
}


class ApiError(Exception):
    """A refusal or failure of the server; str() is the problem's detail, readable as is."""

    def __init__(
        self, status: int, title: str, detail: str, problem: dict[str, Any] | None = None
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail
        self.problem: dict[str, Any] = problem if problem is not None else {}

    @property
    def code(self) -> str:
        """The problem's stable code (e.g. "stale_version", "not_your_department"); "" if none."""
        code = self.problem.get("code")
        return code if isinstance(code, str) else ""

    @property
    def kind(self) -> str:
        """The last part of the problem type (e.g. "conflict", "feed-gone"); "" if none."""
        return str(self.problem.get("type", "")).rstrip("/").rsplit("/", 1)[-1]

    def __str__(self) -> str:
        return self.detail

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.status}, {self.title!r}, {self.detail!r})"


# 401 codes after which the same user's password brings a working session again: the token
# expired, was revoked (a password changed elsewhere, a role changed) or is not valid (the
# server's signing key changed). Not a wrong password, not a disabled account.
RENEWABLE = frozenset({"unauthorized", "session_expired", "session_revoked", ""})


class Unauthorized(ApiError):
    """401: wrong credentials, or the session expired."""

    @property
    def renewable(self) -> bool:
        """Whether signing in again (same user, password) may cure it."""
        return self.code in RENEWABLE


class Forbidden(ApiError):
    """403: the role may not do this."""


class NotFound(ApiError):
    """404: no such thing, or not visible to this user."""


class Conflict(ApiError):
    """409: the case moved on; `.case` is the current case, `.last_change` who moved it."""

    @property
    def case(self) -> Case | None:
        """The case as it is now."""
        case = self.problem.get("case")
        try:
            return Case.from_json(case) if isinstance(case, dict) else None
        except TypeError:  # not a whole case (a server that sent less): none to show
            return None

    @property
    def last_change(self) -> dict[str, Any] | None:
        """The audit record of the change that made the version stale, if known."""
        return self.problem.get("last_change")


class IllegalAction(ApiError):
    """422 illegal-action: the action does not fit the case's state or the user's role."""

    @property
    def state(self) -> str | None:
        """The case's state now."""
        return self.problem.get("state")

    @property
    def allowed_actions(self) -> list[str]:
        """What this user may do with the case now."""
        return list(self.problem.get("allowed_actions") or [])


class Invalid(ApiError):
    """400/413/422/428: the request needs fixing; `.errors` names the fields."""

    @property
    def errors(self) -> list[dict[str, str]]:
        """[{field, message}] as the server listed them (may be empty)."""
        return [
            {"field": str(e.get("field", "")), "message": str(e.get("message", ""))}
            for e in self.problem.get("errors") or []
            if isinstance(e, dict)
        ]


class Gone(ApiError):
    """410: the feed position expired or is unknown; reload and follow from a new position."""


class ServerUnavailable(ApiError):
    """The server cannot be reached or failed (5xx); status 0 for network errors."""


def _class_for(status: int, kind: str) -> type[ApiError]:
    if status == 401:
        return Unauthorized
    if status == 403:
        return Forbidden
    if status == 404:
        return NotFound
    if status == 409:
        return Conflict
    if status == 410:
        return Gone
    if status == 422 and kind == "illegal-action":
        return IllegalAction
    if status in (400, 413, 422, 428):
        return Invalid
    if status >= 500:
        return ServerUnavailable
    return ApiError


def error_from_response(response: requests.Response) -> ApiError:
    """The typed error for a non-2xx response, problem+json or not (e.g. a proxy's page)."""
    status = response.status_code
    problem: dict[str, Any] = {}
    try:
        body = response.json()
        if isinstance(body, dict):
            problem = body
    except ValueError:
        pass  # not JSON: a proxy or gateway answered; fall back on the status
    title = str(problem.get("title") or response.reason or f"HTTP {status}")
    detail = problem.get("detail")
    if not isinstance(detail, str) or not detail.strip():
        # FastAPI-style {"detail": [...]} or no body: still give a sentence.
        detail = _FALLBACK.get(status) or (
            f"The server failed to handle the request ({status} {response.reason or ''}). "
            "Try again in a moment; tell the administrator if it persists."
            if status >= 500
            else f"The server refused the request ({status} {response.reason or ''})."
        )
    problem.setdefault("status", status)
    problem.setdefault("title", title)
    return _typed(status, title, detail.strip(), problem)


def error_from_problem(problem: dict[str, Any]) -> ApiError:
    """The typed error again from a problem kept earlier (the outbox keeps refusals' problems)."""
    status = problem.get("status")
    status = status if isinstance(status, int) and not isinstance(status, bool) else 0
    title = str(problem.get("title") or f"HTTP {status}")
    detail = problem.get("detail")
    return _typed(status, title, detail if isinstance(detail, str) else "", dict(problem))


def _typed(status: int, title: str, detail: str, problem: dict[str, Any]) -> ApiError:
    kind = str(problem.get("type", "")).rstrip("/").rsplit("/", 1)[-1]
    return _class_for(status, kind)(status, title, detail, problem)


def error_from_exception(exc: requests.RequestException, base_url: str) -> ServerUnavailable:
    """A ServerUnavailable (status 0) for a network failure, saying what to check."""
    if isinstance(exc, requests.Timeout):
        detail = (
            f"The server at {base_url} did not answer in time. Check the network and try "
            "again; an action sent meanwhile is safe to repeat."
        )
        title = "Server not answering"
    else:
        detail = (
            f"Cannot reach the server at {base_url}. Check the network connection, or that "
            "the server is running, and try again."
        )
        title = "Server unreachable"
    error = ServerUnavailable(0, title, detail, {"title": title, "status": 0, "detail": detail})
    error.__cause__ = exc
    return error

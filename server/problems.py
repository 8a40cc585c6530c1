"""The errors services and routes raise: every refusal says what happened and what to fix.

A `Problem` is a domain error with the HTTP status and the catalogued `code` (from `Code`,
server/problem_codes.py) that clients act on; `type`, `title` and `detail` stay as they were
for clients that read them. This module imports no FastAPI: the one place that turns a
Problem (and every other error) into problem+json (RFC 9457) is server/problem_responses.py.
"""

from __future__ import annotations

from typing import Any

from server.problem_codes import Code

__all__ = [
    "Code",
    "Problem",
    "invalid_field",
    "missing_idempotency_key",
    "not_found",
]

PROBLEM_TYPE_BASE = "https://cc.chongchuan.gov.cn/problems/"


class Problem(Exception):
    """An error the client can act on, rendered as problem+json with its catalogued `code`."""

    def __init__(
        self, status: int, title: str, detail: str, *, code: Code, kind: str = "", **extra: Any
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail
        self.code = Code(code)
        self.kind = kind or title.lower().replace(" ", "-")
        self.extra = extra
        self.headers: dict[str, str] = {}

    def body(self) -> dict[str, Any]:
        """The problem+json members, in the order they are sent."""
        return {
            "type": PROBLEM_TYPE_BASE + self.kind,
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
            "code": self.code.value,
            **self.extra,
        }


def missing_idempotency_key() -> Problem:
    """A write that must be idempotent came without its key."""
    return Problem(
        400,
        "Idempotency-Key required",
        "Send an Idempotency-Key header (a fresh UUID per intended action) so that a retried "
        "request is not applied twice.",
        code=Code.IDEMPOTENCY_KEY_REQUIRED,
        kind="idempotency-key-required",
    )


def not_found(what: str) -> Problem:
    """The thing asked for does not exist (or is not visible to the caller)."""
    return Problem(
        404, "Not found", f"{what} does not exist", code=Code.NOT_FOUND, kind="not-found"
    )


def invalid_field(
    field: str, message: str, choices: list[str] | None = None, *, code: Code = Code.INVALID
) -> Problem:
    """422 naming the one field that is wrong and why (and what it may be, if a short list);
    `code` says more where the client words it its own way (e.g. reason_required)."""
    extra: dict[str, Any] = {"errors": [{"field": field, "message": message}]}
    if choices is not None:
        extra["choices"] = choices
    return Problem(422, "Invalid request", message, code=code, kind="invalid", **extra)

"""Control characters are refused in every text a client sends, before any route sees it.

A NUL in a query parameter made PostgreSQL fail (500) where SQLite did not; U+FFFE in a
description made the Open311 XML list unreadable for every consumer. So, on every database
alike, a query parameter, a path, a JSON body or a form field holding C0 control characters,
DEL, U+FFFE or U+FFFF is answered 422 naming the field. JSON and form bodies may keep tab,
line feed and carriage return (a description has lines); query parameters and paths may not.
Multipart uploads are left to their own checks (file names and captions, server.uploads).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.problem_responses import problem_response
from server.problems import Code, Problem
from server.schemas.case import CONTROL_CHARACTERS

# Characters no text of ours holds (XML 1.0 forbids them too): control characters but tab,
# line feed and carriage return, which are whitespace to every reader; in a path, none.
FORBIDDEN = CONTROL_CHARACTERS
FORBIDDEN_IN_PATH = re.compile("[\x00-\x1f\x7f\ufffe\uffff]")
# The same in JSON text: an escape with an odd number of backslashes before it, or the raw
# UTF-8 of U+FFFE/U+FFFF (raw control bytes are not valid JSON and fail parsing anyway).
JSON_FORBIDDEN = re.compile(
    rb"(?<!\\)(?:\\\\)*\\u(?:00(?:0[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF])|[fF]{3}[eEfF])"
    rb"|\xef\xbf[\xbe\xbf]"
)
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


MESSAGE = "contains a control character or a character that is not allowed in text"


def bad_query_field(query_string: bytes) -> str | None:
    """The first query parameter (name or value) holding a forbidden character."""
    for name, value in _pairs(query_string):
        if FORBIDDEN.search(name) or FORBIDDEN.search(value):
            return FORBIDDEN.sub("?", name)[:80]
    return None


def _pairs(encoded: bytes) -> list[tuple[str, str]]:
    """Names and values of a url-encoded query or form, percent-escapes decoded as UTF-8."""
    return parse_qsl(encoded.decode("utf-8", "replace"), keep_blank_values=True, errors="replace")


def bad_json_field(body: bytes) -> str | None:
    """The dotted path of the first JSON string holding a forbidden character, if any."""
    if JSON_FORBIDDEN.search(body) is None:
        return None
    try:
        document = json.loads(body)
    except ValueError:
        return None  # not JSON: the route says so in its own words
    return next(_bad_strings(document, ""), None)


def _bad_strings(value: Any, path: str) -> Iterator[str]:
    if isinstance(value, str):
        if FORBIDDEN.search(value):
            yield path or "body"
    elif isinstance(value, dict):
        for key, item in value.items():
            if FORBIDDEN.search(key):
                yield f"{path}.{FORBIDDEN.sub('?', key)}".lstrip(".")
            yield from _bad_strings(item, f"{path}.{key}".lstrip("."))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _bad_strings(item, f"{path}[{index}]")


def bad_form_field(body: bytes) -> str | None:
    """The first form field (url-encoded) holding a forbidden character."""
    for name, value in _pairs(body):
        if FORBIDDEN.search(name) or FORBIDDEN.search(value):
            return FORBIDDEN.sub("?", name)[:80]
    return None


# An API of another standard under a path prefix answers refusals in its own format:
# (path, message) -> response (Open311 GeoReport v2: a 400 in its errors list).
Dialect = Callable[[str, str], Response]


class TextGuardMiddleware:
    """422 for a request whose path, query or JSON/form body holds a forbidden character."""

    def __init__(self, app: ASGIApp, dialects: dict[str, Dialect] | None = None) -> None:
        self.app = app
        self.dialects = dialects or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        field = None
        if FORBIDDEN_IN_PATH.search(scope["path"]):
            field = "path"
        elif scope.get("query_string"):
            field = bad_query_field(scope["query_string"])
        if field is None and scope["method"] in BODY_METHODS:
            checker = _body_checker(scope)
            if checker is not None:
                body, more = await _read_body(receive)
                field = checker(body)
                receive = _replay(body, more, receive)
        if field is not None:
            await self._refusal(scope["path"], field)(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _refusal(self, path: str, field: str) -> Response:
        for prefix, dialect in self.dialects.items():
            if path.startswith(prefix):
                return dialect(path, f"{field} {MESSAGE}")
        problem = Problem(
            422,
            "Invalid request",
            f"Fix these fields: {field}: {MESSAGE}.",
            code=Code.INVALID,
            kind="invalid",
            errors=[{"field": field, "message": MESSAGE}],
        )
        return problem_response(problem)


def _body_checker(scope: Scope) -> Any:
    content_type = dict(scope.get("headers") or []).get(b"content-type", b"").lower()
    if content_type.startswith(b"application/json"):
        return bad_json_field
    if content_type.startswith(b"application/x-www-form-urlencoded"):
        return bad_form_field
    return None


async def _read_body(receive: Receive) -> tuple[bytes, Message | None]:
    """The whole body (the body limit middleware around this one bounds it), and a
    disconnect message if one came instead of more body."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks), message
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks), None


def _replay(body: bytes, after: Message | None, original: Receive) -> Receive:
    """The body read in one message, then what the client sends next (a disconnect)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return after if after is not None else await original()

    return receive

"""A cap on request bodies, enforced while they stream in (Content-Length may lie or be absent)."""

from __future__ import annotations

import re

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.problem_responses import problem_response
from server.problems import Code, Problem


class BodyTooLarge(HTTPException):
    """The body passed the limit (an HTTPException, so that body parsing passes it on)."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, f"The request body is larger than {max_bytes} bytes.")


UPLOAD_PATHS = re.compile(
    r"^/api/v1/(field-reports|patrols|cases/[0-9]+/attachments|volunteers/requests/[0-9]+/done)$"
)
# A map layer (thousands of polygons, or a zipped Shapefile) is large too: PUT, same limit.
LAYER_PATHS = re.compile(r"^/api/v1/map/layers/[a-z]+$")


class BodyLimitMiddleware:
    """Answer 413 for bodies over the limit; nothing of such a request is handled.

    Photo uploads get their own, larger limit; every other body stays small.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, upload_bytes: int) -> None:
        self.app = app
        self.body_bytes = max_bytes
        self.upload_bytes = upload_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        uploading = (
            scope["method"] == "POST" and UPLOAD_PATHS.match(scope["path"]) is not None
        ) or (scope["method"] == "PUT" and LAYER_PATHS.match(scope["path"]) is not None)
        max_bytes = self.upload_bytes if uploading else self.body_bytes
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > max_bytes:
            await self._refuse(scope, receive, send, max_bytes)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > max_bytes:
                    raise BodyTooLarge(max_bytes)
            return message

        try:
            await self.app(scope, counting_receive, send)
        except BodyTooLarge:
            await self._refuse(scope, receive, send, max_bytes)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, max_bytes: int) -> None:
        response = problem_response(
            Problem(
                413,
                "Request too large",
                f"The request body is larger than {max_bytes} bytes.",
                code=Code.TOO_LARGE,
                kind="too-large",
            )
        )
        await response(scope, receive, send)

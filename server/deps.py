"""The FastAPI dependencies that hand routes the app's state (server/state.py), the signed-in
actor and the current instant, and the role check."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from server.problems import Code, Problem
from server.services.auth import unauthorized
from server.services.field_roles import may_reach
from server.services.lifecycle import Actor
from server.state import AppState


# The dependencies below are `async def` because they do no I/O (but a user's re-read every
# few seconds, sent to a thread): a sync dependency costs each request a trip to the pool.
async def get_state(request: Request) -> AppState:
    """The AppState of the running app."""
    state: AppState = request.app.state.cc  # set by create_app
    return state


AUTH_PREFIX = "/api/v1/auth/"
_bearer = HTTPBearer(auto_error=False, description="token from POST /api/v1/auth/token")


async def get_actor(
    request: Request,
    state: Annotated[AppState, Depends(get_state)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Actor:
    """The signed-in actor; 401 without a valid bearer token, 403 while the user must
    change the password (but on the sign-in routes), and 403 for a field account (river
    chief, grid member, team lead) outside the routes of its role (field_roles.FIELD_PATHS)."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise unauthorized(Code.UNAUTHORIZED, "Sign in first: send Authorization: Bearer <token>.")
    claims = state.tokens.claims(credentials.credentials, state.signing_key, state.clock())
    actor = claims.actor
    assert actor.user_id is not None
    if state.users.stale(actor.user_id):
        await run_in_threadpool(state.users.refresh, actor.user_id)
    state.users.verify(claims, changing_password=request.url.path.startswith(AUTH_PREFIX))
    if not may_reach(actor.role, request.url.path):
        raise Problem(
            403,
            "Forbidden",
            f"A {actor.role} account reaches only its own field routes, not {request.url.path}.",
            code=Code.FORBIDDEN_ROLE,
            kind="forbidden",
        )
    return actor


async def current_time(state: Annotated[AppState, Depends(get_state)]) -> datetime:
    """The current instant by the app's clock (`now: Now` in a route). A write dated once it
    holds the write lock reads `state.clock()` there instead (see routes.cases)."""
    return state.clock()


StateDep = Annotated[AppState, Depends(get_state)]
CurrentActor = Annotated[Actor, Depends(get_actor)]
Now = Annotated[datetime, Depends(current_time)]


def require_roles(*roles: str) -> Callable[[Actor], Awaitable[Actor]]:
    """A dependency that lets only these roles through (403 for the others)."""

    async def check(actor: CurrentActor) -> Actor:
        if actor.role not in roles:
            raise Problem(
                403,
                "Forbidden",
                f"This needs the role {' or '.join(roles)}; you are signed in as {actor.role}.",
                code=Code.FORBIDDEN_ROLE,
                kind="forbidden",
            )
        return actor

    return check

"""The application's shared state and the FastAPI dependencies that hand it to routes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from server.config import Settings
from server.db import Database, utcnow
from server.problems import Code, Problem
from server.services.auth import TokenCache, UserCheck, unauthorized
from server.services.calendar_admin import CalendarSync
from server.services.case_json import CaseJsonCache
from server.services.feedhub import FeedHub
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceCache
from server.services.sla import SlaClock

# What tells the server the time: a callable returning the current instant, aware, in UTC.
Clock = Callable[[], datetime]


@dataclass
class AppState:
    """Everything a request needs: settings, database, caches, clocks and feed hub.

    `clock` is the one source of the current instant for routes and background jobs (the
    wall clock; tests replace it to choose "now").
    """

    settings: Settings
    db: Database
    reference: ReferenceCache
    sla: SlaClock
    hub: FeedHub
    users: UserCheck
    calendar: CalendarSync
    signing_key: str = ""
    case_json: CaseJsonCache = field(default_factory=CaseJsonCache)
    tokens: TokenCache = field(default_factory=TokenCache)
    clock: Clock = utcnow


# The dependencies below are `async def` because they do no I/O (but a user's re-read every
# few seconds, sent to a thread): a sync dependency costs each request a trip to the pool.
async def get_state(request: Request) -> AppState:
    """The AppState of the running app."""
    return request.app.state.cc


AUTH_PREFIX = "/api/v1/auth/"
_bearer = HTTPBearer(auto_error=False, description="token from POST /api/v1/auth/token")


async def get_actor(
    request: Request,
    state: Annotated[AppState, Depends(get_state)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Actor:
    """The signed-in actor; 401 without a valid bearer token, 403 while the user must
    change the password (but on the sign-in routes)."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise unauthorized(Code.UNAUTHORIZED, "Sign in first: send Authorization: Bearer <token>.")
    claims = state.tokens.claims(credentials.credentials, state.signing_key, state.clock())
    actor = claims.actor
    assert actor.user_id is not None
    if state.users.stale(actor.user_id):
        await run_in_threadpool(state.users.refresh, actor.user_id)
    state.users.verify(claims, changing_password=request.url.path.startswith(AUTH_PREFIX))
    return actor


async def current_time(state: Annotated[AppState, Depends(get_state)]) -> datetime:
    """The current instant by the app's clock (`now: Now` in a route). A write dated once it
    holds the write lock reads `state.clock()` there instead (see routes.cases)."""
    return state.clock()


StateDep = Annotated[AppState, Depends(get_state)]
CurrentActor = Annotated[Actor, Depends(get_actor)]
Now = Annotated[datetime, Depends(current_time)]


def require_roles(*roles: str) -> Callable[[Actor], Actor]:
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

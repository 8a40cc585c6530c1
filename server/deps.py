"""The application's shared state and the FastAPI dependencies that hand it to routes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from server.config import Settings
from server.db import Database
from server.problems import Problem
from server.services.auth import UserCheck, actor_from_token, unauthorized
from server.services.case_json import CaseJsonCache
from server.services.feedhub import FeedHub
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceCache
from server.services.sla import SlaClock


@dataclass
class AppState:
    """Everything a request needs: settings, database, caches, clock and feed hub."""

    settings: Settings
    db: Database
    reference: ReferenceCache
    sla: SlaClock
    hub: FeedHub
    users: UserCheck
    signing_key: str = ""
    case_json: CaseJsonCache = field(default_factory=CaseJsonCache)


def get_state(request: Request) -> AppState:
    """The AppState of the running app."""
    return request.app.state.cc


_bearer = HTTPBearer(auto_error=False, description="token from POST /api/v1/auth/token")


def get_actor(
    state: Annotated[AppState, Depends(get_state)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Actor:
    """The signed-in actor; 401 without a valid bearer token."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise unauthorized("Sign in first: send Authorization: Bearer <token>.")
    actor = actor_from_token(credentials.credentials, state.signing_key)
    state.users.verify(actor)
    return actor


StateDep = Annotated[AppState, Depends(get_state)]
CurrentActor = Annotated[Actor, Depends(get_actor)]


def require_roles(*roles: str) -> Callable[[Actor], Actor]:
    """A dependency that lets only these roles through (403 for the others)."""

    def check(actor: CurrentActor) -> Actor:
        if actor.role not in roles:
            raise Problem(
                403,
                "Forbidden",
                f"This needs the role {' or '.join(roles)}; you are signed in as {actor.role}.",
                kind="forbidden",
            )
        return actor

    return check

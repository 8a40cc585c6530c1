"""Sign-in: the OAuth2 password flow, who am I, and the user's own password change."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import BaseModel, Field

from server.deps import CurrentActor, Now, StateDep
from server.models import User
from server.problems import Code
from server.services import users
from server.services.auth import authenticate, issue_token, unauthorized
from server.services.views import iso
from server.state import AppState

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


class PasswordChange(BaseModel):
    """The current password and the new one (8–128 characters)."""

    old_password: str = Field(max_length=200)
    new_password: str = Field(max_length=200)


@router.post("/token")
def sign_in(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    request: Request,
    state: StateDep,
    now: Now,
) -> dict[str, Any]:
    """Exchange username and password for a bearer token; every attempt is recorded."""
    if len(form.username) > 80 or len(form.password) > 200:
        raise unauthorized(Code.WRONG_CREDENTIALS, "Wrong username or password.")
    client = request.client.host if request.client else ""
    with state.db.write() as session:
        user = authenticate(session, form.username, form.password)
        users.record_sign_in(session, username=form.username, user=user, client=client, now=now)
        answer = _token_answer(state, user, now) if user is not None else None
    if answer is None:
        raise unauthorized(Code.WRONG_CREDENTIALS, "Wrong username or password.")
    return answer


@router.post("/password")
def change_password(
    body: PasswordChange, actor: CurrentActor, state: StateDep, now: Now
) -> dict[str, Any]:
    """Choose a new password: a fresh token comes back, every other token of yours stops."""
    with state.db.write() as session:
        user = users.change_password(
            session, actor=actor, old=body.old_password, new=body.new_password, now=now
        )
        answer = _token_answer(state, user, now)
    assert actor.user_id is not None
    state.users.refresh(actor.user_id)
    return answer


@router.get("/me")
def who_am_i(actor: CurrentActor, state: StateDep) -> dict[str, Any]:
    """The signed-in user as the token says."""
    department = state.reference.get().departments.get(actor.department_id or 0)
    return {
        "username": actor.username,
        "display_name": actor.name,
        "role": actor.role,
        "department": department.code if department else None,
    }


def _token_answer(state: AppState, user: User, now: datetime) -> dict[str, Any]:
    department = state.reference.get().departments.get(user.department_id or 0)
    token, expires = issue_token(
        user, key=state.signing_key, now=now, minutes=state.settings.token_minutes
    )
    return {
        "access_token": token,
        "token_type": "bearer",
        "expires_at": iso(expires),
        "must_change_password": user.must_change_password,
        "user": {
            "username": user.username,
            "display_name": user.display_name,
            "role": user.role,
            "department": department.code if department else None,
        },
    }

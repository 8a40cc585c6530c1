"""Sign-in: the OAuth2 password flow, and who am I."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.security import OAuth2PasswordRequestForm

from server.db import utcnow
from server.deps import CurrentActor, StateDep
from server.services.auth import authenticate, issue_token, unauthorized
from server.services.views import iso

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


@router.post("/token")
def sign_in(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], state: StateDep
) -> dict[str, Any]:
    """Exchange username and password for a bearer token."""
    if len(form.username) > 80 or len(form.password) > 200:
        raise unauthorized("Wrong username or password.")
    with state.db.read() as session:
        user = authenticate(session, form.username, form.password)
        if user is None:
            raise unauthorized("Wrong username or password.")
        department = state.reference.get().departments.get(user.department_id or 0)
        token, expires = issue_token(
            user, state.signing_key, utcnow(), state.settings.token_minutes
        )
        return {
            "access_token": token,
            "token_type": "bearer",
            "expires_at": iso(expires),
            "user": {
                "username": user.username,
                "display_name": user.display_name,
                "role": user.role,
                "department": department.code if department else None,
            },
        }


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

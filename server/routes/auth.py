"""Sign-in: the OAuth2 password flow, who am I, and the user's own password change."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import BaseModel, Field

from server.deps import CurrentActor, Now, StateDep
from server.models import User
from server.problems import Code, Problem
from server.services import sign_in_limits, users
from server.services.auth import issue_token, stored_account, unauthorized
from server.services.views import iso
from server.state import AppState

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


class PasswordChange(BaseModel):
    """The current password and the new one (8–128 characters)."""

    old_password: str = Field(max_length=200)
    new_password: str = Field(max_length=200)


@router.post("/token")
async def sign_in(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    request: Request,
    state: StateDep,
    now: Now,
) -> dict[str, Any]:
    """Exchange username and password for a bearer token; every attempt is recorded.

    Wrong passwords are limited per account and per client address (429 with Retry-After,
    server/services/sign_in_limits.py); the check runs on threads of its own.
    """
    if len(form.username) > 80 or len(form.password) > 200:
        raise unauthorized(Code.WRONG_CREDENTIALS, "Wrong username or password.")
    client = request.client.host if request.client else ""
    try:
        state.sign_in_addresses.check(client)
        answer = await state.password_checks.run(
            lambda: _check_password(state, form.username, form.password, client, now)
        )
    except Problem as refused:
        if refused.status == 429:
            # A refusal costs the server nothing, so a guesser would loop on it flat out:
            # it waits instead (a sleeping request costs no thread).
            await asyncio.sleep(state.settings.sign_in_tarpit_seconds)
        raise
    if answer is None:
        state.sign_in_addresses.failed(client)
        raise unauthorized(Code.WRONG_CREDENTIALS, "Wrong username or password.")
    return answer


def _check_password(
    state: AppState, username: str, password: str, client: str, now: datetime
) -> dict[str, Any] | None:
    """The token answer for the right password, None for a wrong one, 429 while locked.

    The hash is checked outside any transaction (it takes ~0.2 s); the attempt is then
    recorded, which also makes or ends the account's row of failures.
    """
    guard = state.sign_in_addresses
    with state.db.read() as session:
        locked_until = sign_in_limits.account_locked_until(session, username, now, guard.limits)
        account = stored_account(session, username)
    if locked_until is not None:
        guard.note_refusal(f"account {username!r}")
        raise sign_in_limits.too_many(
            "This account is locked after too many wrong passwords; try again later "
            "or ask the administrator to unlock it.",
            retry_after=(locked_until - now).total_seconds(),
        )
    user_id = account.user_id if account.matches(password) else None
    with state.db.write() as session:
        user = session.get(User, user_id) if user_id is not None else None
        users.record_sign_in(session, username=username, user=user, client=client, now=now)
        if user is not None:
            return _token_answer(state, user, now)
        if sign_in_limits.account_locked_until(session, username, now, guard.limits):
            guard.note_refusal(f"account {username!r}")
        return None


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

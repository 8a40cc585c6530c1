"""Users: administrators list, add, change, disable and reset them."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path
from pydantic import BaseModel, Field

from server.deps import Now, StateDep, require_roles
from server.schemas import MAX_INT
from server.services import users
from server.services.lifecycle import Actor

router = APIRouter(prefix="/api/v1/users", tags=["users"])
Admin = Annotated[Actor, Depends(require_roles("admin"))]
UserId = Annotated[int, Path(ge=1, le=MAX_INT, description="the user id")]


class UserCreate(BaseModel):
    """A new user; the password is temporary (changed at the first sign-in)."""

    username: str = Field(max_length=80)
    display_name: str = Field(max_length=80)
    role: str = Field(max_length=20)
    department: str | None = Field(default=None, max_length=40)
    password: str = Field(max_length=200)
    segments: list[Annotated[str, Field(max_length=40)]] | None = Field(
        default=None, max_length=20, description="a river chief's river segment codes"
    )
    grid: str | None = Field(default=None, max_length=40, description="a grid member's grid code")
    team: str | None = Field(
        default=None, max_length=40, description="a volunteer team lead's team code"
    )


class UserUpdate(BaseModel):
    """The fields to change; those not sent stay as they are."""

    display_name: str | None = Field(default=None, max_length=80)
    role: str | None = Field(default=None, max_length=20)
    department: str | None = Field(default=None, max_length=40)
    active: bool | None = None
    segments: list[Annotated[str, Field(max_length=40)]] | None = Field(
        default=None, max_length=20, description="a river chief's segments (replaces them)"
    )
    grid: str | None = Field(default=None, max_length=40)
    team: str | None = Field(default=None, max_length=40)


class PasswordReset(BaseModel):
    """A temporary password the user must change at the next sign-in."""

    password: str = Field(max_length=200)


@router.get("")
def list_users(_admin: Admin, state: StateDep) -> dict[str, Any]:
    """Every user, by username."""
    with state.db.read() as session:
        return {"items": users.list_users(session, state.reference.get())}


@router.post("", status_code=201)
def create_user(body: UserCreate, admin: Admin, state: StateDep, now: Now) -> dict[str, Any]:
    """Add a user (409 for a username in use); a field account with its tie: `segments`
    (river_chief), `grid` (grid_member) or `team` (volunteer_lead)."""
    ref = state.reference.get()
    with state.db.write() as session:
        user = users.create_user(session, ref=ref, fields=body.model_dump(), actor=admin, now=now)
        return users.view_of(session, user, ref)


@router.patch("/{user_id}")
def update_user(
    user_id: UserId, body: UserUpdate, admin: Admin, state: StateDep, now: Now
) -> dict[str, Any]:
    """Change a user; disabling or a new role revokes the user's tokens at once."""
    ref = state.reference.get()
    fields = body.model_dump(exclude_unset=True)
    fields = {k: v for k, v in fields.items() if v is not None or k == "department"}
    with state.db.write() as session:
        user = users.update_user(
            session, ref=ref, user_id=user_id, fields=fields, actor=admin, now=now
        )
        view = users.view_of(session, user, ref)
    state.users.refresh(user_id)
    return view


@router.post("/{user_id}/password")
def reset_password(
    user_id: UserId, body: PasswordReset, admin: Admin, state: StateDep, now: Now
) -> dict[str, Any]:
    """Set a temporary password: the user's tokens stop, the next sign-in must change it."""
    with state.db.write() as session:
        user = users.reset_password(
            session, user_id=user_id, password=body.password, actor=admin, now=now
        )
        view = users.view_of(session, user, state.reference.get())
    state.users.refresh(user_id)
    return view


@router.post("/{user_id}/unlock")
def unlock_user(user_id: UserId, admin: Admin, state: StateDep, now: Now) -> dict[str, Any]:
    """End a sign-in lock after too many wrong passwords (recorded in the admin log)."""
    with state.db.write() as session:
        user = users.unlock(session, user_id=user_id, actor=admin, now=now)
        return users.view_of(session, user, state.reference.get())

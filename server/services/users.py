"""Users as the administrator manages them; every change is in the admin log, and one that
takes rights away (disable, role, password) revokes the user's tokens."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.models import User
from server.models.field import FIELD_ROLES
from server.problems import Code, Problem, invalid_field, not_found
from server.services import admin_log, field_roles, resolve
from server.services.auth import Account, authenticate, hash_password
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.views import iso

ALL_ROLES = field_roles.ALL_ROLES  # staff roles and field roles
TIE_FIELDS = ("segments", "grid", "team")
USERNAME = re.compile(r"[A-Za-z0-9_.\-]{2,40}")
PASSWORD_MIN, PASSWORD_MAX = 8, 128


def account_of(user: User) -> Account:
    """What the token check needs of a user."""
    return Account(
        user.active, user.role, user.department_id, user.token_generation, user.must_change_password
    )


def view(user: User, ref: ReferenceData, ties: field_roles.Ties | None = None) -> dict[str, Any]:
    """A user as the API shows it (never the hash); a field account with what it is tied to
    (segments, grid or team)."""
    department = ref.departments.get(user.department_id or 0)
    return {
        "id": user.id,
        "username": user.username,
        "display_name": user.display_name,
        "role": user.role,
        "department": department.code if department else None,
        "department_name": department.name if department else None,
        "active": user.active,
        "must_change_password": user.must_change_password,
        "demo": user.demo,
        "created_at": iso(user.created_at),
        "last_sign_in_at": iso(user.last_sign_in_at),
        **(ties or field_roles.Ties()).view(),
    }


def view_of(session: Session, user: User, ref: ReferenceData) -> dict[str, Any]:
    """The user's view with its ties read from the database."""
    ties = field_roles.ties_of(session, user.id) if user.role in FIELD_ROLES else None
    return view(user, ref, ties)


def _audit(session: Session, user: User, ref: ReferenceData) -> dict[str, Any]:
    """The fields the admin log keeps of a user."""
    found = view_of(session, user, ref)
    kept = ("display_name", "role", "department", "active", *TIE_FIELDS)
    return {key: found[key] for key in kept}


def list_users(session: Session, ref: ReferenceData) -> list[dict[str, Any]]:
    """Every user, by username."""
    return [view_of(session, u, ref) for u in session.scalars(select(User).order_by(User.username))]


def invalid(field: str, message: str) -> Problem:
    """422 naming the field."""
    return Problem(
        422,
        "Invalid request",
        message,
        code=Code.INVALID,
        kind="invalid",
        errors=[{"field": field, "message": message}],
    )


def check_password(password: str, field: str = "password") -> None:
    """422 unless the password is 8–128 characters."""
    if not PASSWORD_MIN <= len(password) <= PASSWORD_MAX:
        raise invalid_field(field, f"a password has {PASSWORD_MIN}–{PASSWORD_MAX} characters")


def _department_id(ref: ReferenceData, role: str, department: str | None) -> int | None:
    if role not in ALL_ROLES:
        raise invalid_field("role", f"role must be one of {', '.join(ALL_ROLES)}")
    if role != "department":
        if department:
            raise invalid_field("department", "only department users belong to a department")
        return None
    return resolve.department(ref, department, handling=True).id


def create_user(
    session: Session, *, ref: ReferenceData, fields: dict[str, Any], actor: Actor, now: datetime
) -> User:
    """A new user, who must change the password at the first sign-in; 409 for a name in use."""
    username = fields["username"]
    if not USERNAME.fullmatch(username):
        raise invalid_field("username", "a username is 2–40 letters, digits, _ . or -")
    display = fields["display_name"].strip()
    if not display:
        raise invalid_field("display_name", "a display name is needed (as the case trail shows it)")
    department_id = _department_id(ref, fields["role"], fields.get("department"))
    field_roles.check_ties(fields["role"], fields)
    check_password(fields["password"])
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise Problem(
            409,
            "Username taken",
            f"The username {username} is in use; choose another.",
            code=Code.DUPLICATE_USERNAME,
            kind="duplicate-username",
        )
    user = User(
        username=username,
        display_name=display,
        password_hash=hash_password(fields["password"]),
        role=fields["role"],
        department_id=department_id,
        active=True,
        demo=False,
        must_change_password=True,
        token_generation=0,
        created_at=now,
    )
    session.add(user)
    session.flush()
    if user.role in FIELD_ROLES:
        field_roles.assign(session, user, user.role, fields)
    admin_log.record(
        session,
        kind="user",
        action="create",
        actor=actor,
        now=now,
        target=username,
        after=_audit(session, user, ref),
    )
    return user


def get_user(session: Session, user_id: int) -> User:
    """The user, locked for the change; 404 if there is none."""
    user = session.get(User, user_id, with_for_update=True)
    if user is None:
        raise not_found(f"User {user_id}")
    return user


def update_user(
    session: Session,
    *,
    ref: ReferenceData,
    user_id: int,
    fields: dict[str, Any],
    actor: Actor,
    now: datetime,
) -> User:
    """Change name, role, department, ties or active; taking rights away revokes the tokens.

    A field account's ties are replaced whole when any is sent (or the role changes)."""
    user = get_user(session, user_id)
    before = _audit(session, user, ref)
    role = fields.get("role", user.role)
    if "role" in fields or "department" in fields:
        current = ref.departments.get(user.department_id or 0)
        department = fields.get("department", current.code if current else None)
        if "role" in fields and role != "department" and "department" not in fields:
            department = None
        department_id = _department_id(ref, role, department)
    else:
        department_id = user.department_id
    active = fields.get("active", user.active)
    if "display_name" in fields:
        if not fields["display_name"].strip():
            raise invalid_field("display_name", "a display name is needed")
        user.display_name = fields["display_name"].strip()
    if user.role == "admin" and (role != "admin" or not active):
        _keep_an_admin(session, user, actor)
    retie = "role" in fields or any(name in fields for name in TIE_FIELDS)
    if retie:
        field_roles.check_ties(role, fields)
    revoke = (role, department_id) != (user.role, user.department_id) or (
        user.active and not active
    )
    user.role, user.department_id, user.active = role, department_id, active
    if retie:
        if role in FIELD_ROLES:
            field_roles.assign(session, user, role, fields)
        else:
            field_roles.clear(session, user.id)  # ties are read per request: at once
    if revoke:
        user.token_generation += 1
    session.flush()
    after = _audit(session, user, ref)
    if after != before:
        action = "update"
        if before["active"] != after["active"]:
            action = "enable" if active else "disable"
        admin_log.record(
            session,
            kind="user",
            action=action,
            actor=actor,
            now=now,
            target=user.username,
            before=before,
            after=after,
        )
    return user


def _keep_an_admin(session: Session, user: User, actor: Actor) -> None:
    if user.id == actor.user_id:
        raise Problem(
            409,
            "Not yourself",
            "You cannot disable or demote your own account; ask another administrator.",
            code=Code.OWN_ACCOUNT,
            kind="conflict",
        )
    others = session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.role == "admin", User.active.is_(True), User.id != user.id)
    )
    if not others:
        raise Problem(
            409,
            "Last administrator",
            "This is the last active administrator; make another user an administrator first.",
            code=Code.LAST_ADMIN,
            kind="conflict",
        )


def reset_password(
    session: Session, *, user_id: int, password: str, actor: Actor, now: datetime
) -> User:
    """An administrator's reset: the user must choose a new password, old tokens stop."""
    check_password(password)
    user = get_user(session, user_id)
    user.password_hash = hash_password(password)
    user.must_change_password = True
    user.token_generation += 1
    session.flush()
    admin_log.record(
        session, kind="user", action="reset_password", actor=actor, now=now, target=user.username
    )
    return user


def unlock(session: Session, *, user_id: int, actor: Actor, now: datetime) -> User:
    """An administrator ends the user's row of wrong passwords (and so a sign-in lock)."""
    user = get_user(session, user_id)
    admin_log.record(
        session,
        kind="sign_in",
        action="unlock",
        actor=actor,
        now=now,
        username=user.username,
        target=user.username,
        note=f"unlocked by {actor.username}",
    )
    return user


def change_password(session: Session, *, actor: Actor, old: str, new: str, now: datetime) -> User:
    """The user's own change: the old password proves it; every other token stops."""
    assert actor.user_id is not None
    check_password(new, "new_password")
    user = get_user(session, actor.user_id)
    if authenticate(session, user.username, old) is None:
        raise Problem(
            403,
            "Wrong password",
            "The current password is wrong.",
            code=Code.WRONG_PASSWORD,
            kind="wrong-password",
        )
    if old == new:
        raise invalid_field("new_password", "choose a password other than the current one")
    user.password_hash = hash_password(new)
    user.must_change_password = False
    user.token_generation += 1
    session.flush()
    admin_log.record(
        session, kind="user", action="change_password", actor=actor, now=now, target=user.username
    )
    return user


def record_sign_in(
    session: Session, *, username: str, user: User | None, client: str, now: datetime
) -> None:
    """A sign-in, successful (`user`) or not, in the admin log."""
    if user is not None:
        user.last_sign_in_at = now
        actor = Actor(user.id, user.display_name, user.role, user.department_id, user.username)
    else:
        actor = None
    admin_log.record(
        session,
        kind="sign_in",
        action="success" if user else "failure",
        actor=actor,
        now=now,
        username=username[:80],
        note=client,
    )

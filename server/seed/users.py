"""Demo users (one per role, password `demo`), present only while the server runs in demo mode."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from server.models import Department, User
from server.services import field_roles
from server.services.auth import hash_password

DEMO_PASSWORD = "demo"
DEMO_USERS = [
    ("duty_officer", "值班员(演示)", "duty_officer"),
    ("supervisor", "值班长(演示)", "supervisor"),
    ("trainer", "培训员(演示)", "trainer"),
    ("admin", "管理员(演示)", "admin"),
    ("river_chief", "唐闸段河长(演示)", "river_chief"),
    ("grid_member", "朝晖社区网格员(演示)", "grid_member"),
    ("volunteer_lead", "飞牛小匠队长(演示)", "volunteer_lead"),
]
# What the demo field accounts are tied to (seeded segments, grid and team).
DEMO_TIES: dict[str, dict[str, object]] = {
    "river_chief": {"segments": ["jintong-tangzha", "jiuweigang-tangzha"]},
    "grid_member": {"grid": "xinchengqiao-01-01"},
    "volunteer_lead": {"team": "feiniu"},
}


def department_username(code: str) -> str:
    """The demo user of a department: dept_<code>, e.g. dept_urban."""
    return f"dept_{code}"


def ensure_demo_users(session: Session) -> None:
    """Create (or re-enable) the demo users: one per role and one per handling department."""
    password_hash = hash_password(DEMO_PASSWORD)
    wanted: list[tuple[str, str, str, int | None]] = [(u, n, r, None) for u, n, r in DEMO_USERS]
    for dept in session.scalars(select(Department).where(Department.handles_cases)):
        wanted.append((department_username(dept.code), f"{dept.name}(演示)", "department", dept.id))
    existing = {u.username: u for u in session.scalars(select(User))}
    for username, display, role, department_id in wanted:
        user = existing.get(username)
        if user is None:
            session.add(
                User(
                    username=username,
                    display_name=display,
                    password_hash=password_hash,
                    role=role,
                    department_id=department_id,
                    active=True,
                    demo=True,
                )
            )
        elif user.demo:
            user.active = True
            user.password_hash = password_hash
    session.flush()
    _tie_demo_field_users(session)


def _tie_demo_field_users(session: Session) -> None:
    """Tie each demo field account that has no tie yet to its demo segment, grid or team."""
    for user in session.scalars(select(User).where(User.username.in_(list(DEMO_TIES)))):
        if not user.demo or user.role != user.username:
            continue  # an account an administrator took over or changed keeps its ties
        if field_roles.ties_of(session, user.id) == field_roles.Ties():
            field_roles.assign(session, user, user.role, DEMO_TIES[user.username])


def disable_demo_users(session: Session) -> int:
    """Outside demo mode no demo user may sign in; returns how many were still enabled."""
    result = cast(
        CursorResult[Any],  # a DML statement's result (Session.execute is typed as any Result)
        session.execute(
            update(User).where(User.demo.is_(True), User.active.is_(True)).values(active=False)
        ),
    )
    return int(result.rowcount or 0)

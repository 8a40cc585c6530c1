"""Demo users (one per role, password `demo`), present only while the server runs in demo mode."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from server.models import Department, User
from server.services.auth import hash_password

DEMO_PASSWORD = "demo"
DEMO_USERS = [
    ("duty_officer", "值班员(演示)", "duty_officer"),
    ("supervisor", "值班长(演示)", "supervisor"),
    ("trainer", "培训员(演示)", "trainer"),
    ("admin", "管理员(演示)", "admin"),
]


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


def disable_demo_users(session: Session) -> int:
    """Outside demo mode no demo user may sign in; returns how many were still enabled."""
    result = cast(
        CursorResult[Any],  # a DML statement's result (Session.execute is typed as any Result)
        session.execute(
            update(User).where(User.demo.is_(True), User.active.is_(True)).values(active=False)
        ),
    )
    return int(result.rowcount or 0)

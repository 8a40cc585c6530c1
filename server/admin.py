"""`cc-server adduser`: create or update a user outside demo mode (no demo users exist there)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from sqlalchemy import select

from server.config import Settings
from server.db import Database
from server.migrate import upgrade
from server.models import ROLES, Department, User
from server.seed.reference import seed_reference
from server.services.auth import hash_password

MIN_PASSWORD = 8


def add_user(argv: list[str]) -> int:
    """Create the user (or reset its password and role); returns an exit code."""
    parser = argparse.ArgumentParser(prog="cc-server adduser")
    parser.add_argument("username")
    parser.add_argument("--role", required=True, choices=ROLES)
    parser.add_argument("--department", help="department code (role department only)")
    parser.add_argument("--display-name", default=None)
    parser.add_argument("--database", help="SQLAlchemy URL (CC_DATABASE_URL)")
    args = parser.parse_args(argv)
    if (args.role == "department") != (args.department is not None):
        parser.error("--department is required for, and only for, the role department")
    password = os.environ.get("CC_NEW_PASSWORD") or getpass.getpass(
        f"password for {args.username}: "
    )
    if len(password) < MIN_PASSWORD:
        parser.error(f"the password needs at least {MIN_PASSWORD} characters")
    settings = Settings(**({"database_url": args.database} if args.database else {}))
    db = Database(settings.database_url)
    upgrade(db.engine)
    with db.write() as session:
        seed_reference(session)
        department_id = None
        if args.department:
            department_id = session.scalar(
                select(Department.id).where(Department.code == args.department)
            )
            if department_id is None:
                parser.error(f"unknown department {args.department}")
        user = session.scalar(select(User).where(User.username == args.username))
        if user is None:
            user = User(username=args.username, demo=False)
            session.add(user)
        elif user.demo:
            parser.error(f"{args.username} is a demo user name; choose another")
        user.display_name = args.display_name or args.username
        user.password_hash = hash_password(password)
        user.role = args.role
        user.department_id = department_id
        user.active = True
    db.dispose()
    print(f"user {args.username} ({args.role}) saved", file=sys.stderr)
    return 0

"""A case read and saved with SQLAlchemy Core inside a writer's transaction.

An action reads one case, changes a few of its columns and appends an audit record and a feed
event. Through the ORM's unit of work that took about 2 ms of Python per action, all of it
while holding SQLite's single write lock. Here the case is read as one row into a `Case` that
no session tracks, so the lifecycle, SLA and view code work on it unchanged, and written back
as one UPDATE of just the columns that changed, guarded by the version it was read at.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Table, Update, bindparam, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from server.models import Case

CASES = cast(Table, Case.__table__)
COLUMNS = tuple(column.key for column in CASES.columns)
_SELECT = select(CASES).where(CASES.c.id == bindparam("case_id"))
_SELECT_FOR_UPDATE = _SELECT.with_for_update()


@lru_cache(maxsize=512)
def _update_of(keys: tuple[str, ...]) -> Update:
    """One UPDATE statement per set of changed columns, built and compiled once."""
    return (
        update(CASES)
        .where(CASES.c.id == bindparam("case_id"), CASES.c.version == bindparam("read_version"))
        .values({key: bindparam(f"new_{key}") for key in keys})
    )


@dataclass
class LoadedCase:
    """A detached case and the row it was read from (to tell what changed)."""

    case: Case
    row: dict[str, Any]


def load(session: Session, case_id: int, *, lock: bool) -> LoadedCase | None:
    """The case as stored now, locked until commit where the database locks rows.

    Changes still pending in the session are flushed first, as an ORM query would.
    """
    session.flush()
    statement = _SELECT_FOR_UPDATE if lock else _SELECT
    found = session.connection().execute(statement, {"case_id": case_id}).mappings().first()
    if found is None:
        return None
    row = dict(found)
    return LoadedCase(Case(**row), row)


def save(session: Session, loaded: LoadedCase) -> None:
    """Write the columns that changed, if the stored case is still the version that was read."""
    case, row = loaded.case, loaded.row
    changed = {key: value for key in COLUMNS if (value := getattr(case, key)) != row[key]}
    if not changed:
        return
    params = {f"new_{key}": value for key, value in changed.items()}
    params["case_id"], params["read_version"] = row["id"], row["version"]
    result = session.connection().execute(_update_of(tuple(changed)), params)
    if result.rowcount != 1:
        # Only reachable if the row was not locked as it was read: a bug, never a 409.
        raise RuntimeError(f"case {row['id']} changed under a writer that held its lock")
    loaded.row = {**row, **changed}
    # A copy the session tracks (a caller that mixes ORM reads in) must not stay stale.
    tracked = session.identity_map.get(identity_key(Case, row["id"]))
    if tracked is not None:
        session.expire(tracked)

"""The outbox file: its table, its pragmas, and the checks made before anything is written."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import CheckConstraint, Engine, Index, String, Text, create_engine, event
from sqlalchemy.engine import URL, Connection
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "STATUSES",
    "OutboxError",
    "OutboxRow",
    "check_action",
    "dump_json",
    "load_json",
    "open_engine",
]

# "CCOB" in the SQLite header: tells our file from any other SQLite database.
APPLICATION_ID = 0x43434F42
# 1: the first outbox; 2: adds last_change (who changed the case, for a conflict);
# 3: adds problem (the server's refusal, so that it is worded by its code after a restart).
SCHEMA_VERSION = 3
STATUSES = ("pending", "done", "conflict", "refused")
BUSY_TIMEOUT_MS = 30_000
# ApiClient.act takes these as its own parameters: as fields they would break every replay.
RESERVED_FIELDS = frozenset({"case_id", "action", "version", "idempotency_key"})


class OutboxError(Exception):
    """The outbox file cannot be used as it is; it is left untouched for the officer's sake."""


class _Base(DeclarativeBase):
    pass


class OutboxRow(_Base):
    """One officer action, written before it is sent and kept after it is settled."""

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(f"status IN {STATUSES!r}", name="ck_outbox_status"),
        Index("ix_outbox_status_id", "status", "id"),
        Index("ix_outbox_case_id", "case_id", "id"),
        # AUTOINCREMENT: ids are never reused, so id order is enqueue order for good.
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    case_id: Mapped[int]
    action: Mapped[str] = mapped_column(String(40))
    base_version: Mapped[int]
    fields: Mapped[str] = mapped_column(Text)  # JSON object
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))
    owner: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(10), default="pending")
    detail: Mapped[str] = mapped_column(Text, default="")
    chained: Mapped[bool] = mapped_column(default=False)
    depends_on: Mapped[int | None]
    acknowledged: Mapped[bool] = mapped_column(default=False)
    attempts: Mapped[int] = mapped_column(default=0)
    result_version: Mapped[int | None]
    result: Mapped[str | None] = mapped_column(Text)  # JSON: the case after, or the current one
    # JSON: the audit record of the change a conflict ran into (who changed the case, how).
    last_change: Mapped[str | None] = mapped_column(Text)
    # JSON: the problem+json of a refusal or conflict (without the case and last change).
    problem: Mapped[str | None] = mapped_column(Text)


def dump_json(value: Mapping[str, object]) -> str:
    """An object as stored: JSON, keys sorted, no NaN (the server could not read it)."""
    return json.dumps(dict(value), ensure_ascii=False, sort_keys=True, allow_nan=False)


def load_json(text: str | None, row_id: int) -> dict[str, Any] | None:
    """A stored JSON object back; a damaged one is an OutboxError naming the item."""
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise OutboxError(f"Outbox item {row_id} is damaged: {exc}") from exc
    if not isinstance(value, dict):
        raise OutboxError(f"Outbox item {row_id} is damaged: its data is not an object")
    return value


def check_action(case_id: int, action: str, version: int, fields: Mapping[str, object]) -> str:
    """The fields as JSON; refuse now what could never be sent, rather than at replay."""
    for name, value in (("case_id", case_id), ("version", version)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"{name} must be a positive integer, not {value!r}")
    if not isinstance(action, str) or not action:
        raise ValueError(f"action must be a non-empty string, not {action!r}")
    bad = [name for name in fields if not isinstance(name, str) or name in RESERVED_FIELDS]
    if bad:
        raise ValueError(f"these names cannot be action fields: {bad!r}")
    try:
        return dump_json(fields)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"the fields of {action} cannot be stored as JSON: {exc}") from exc


def _unusable(path: Path, why: str) -> OutboxError:
    return OutboxError(
        f"The outbox file {path} {why}. It may hold actions not yet sent, so it was left "
        "untouched: move it aside (or open it with a newer console) and start again."
    )


def _inspect(path: Path) -> None:
    """Refuse a file that is not a readable outbox of a schema this code knows."""
    if not path.exists():
        return
    # Plain sqlite3 in read-only mode, so that a refused file is not modified in any way.
    try:
        raw = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=30)
        try:
            app_id = raw.execute("PRAGMA application_id").fetchone()[0]
            version = raw.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
            check = [row[0] for row in raw.execute("PRAGMA quick_check")]
        finally:
            raw.close()
    except sqlite3.DatabaseError as exc:
        raise _unusable(path, f"cannot be read ({exc})") from exc
    if check != ["ok"]:
        raise _unusable(path, f"is damaged ({'; '.join(check[:3])})")
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables):
        raise _unusable(path, "is not a console outbox")
    if version >= 1 and "outbox" not in tables:
        raise _unusable(path, "is damaged (its outbox table is missing)")
    if version > SCHEMA_VERSION:
        raise _unusable(
            path,
            f"was written by a newer console (schema {version}, this one knows {SCHEMA_VERSION})",
        )


def open_engine(path: Path) -> Engine:
    """An engine on the outbox file at `path`, created if missing; WAL and full fsync."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _inspect(path)
    engine = create_engine(URL.create("sqlite", database=str(path)), pool_pre_ping=False)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # We issue BEGIN ourselves (below), so that writers take the lock up front.
        dbapi_connection.isolation_level = None
        dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # WAL alone may lose the last commits on power loss; FULL syncs each commit.
        dbapi_connection.execute("PRAGMA synchronous = FULL")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # IMMEDIATE: a read-then-write transaction never meets SQLITE_BUSY half-way,
        # even with another process writing the same file.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA journal_mode = WAL")
        with engine.begin() as conn:
            version = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
            if version == 0:
                _Base.metadata.create_all(conn)
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            else:
                # In the same transaction as the version, so that it happens once or not at all.
                if version < 2:
                    conn.exec_driver_sql("ALTER TABLE outbox ADD COLUMN last_change TEXT")
                if version < 3:
                    conn.exec_driver_sql("ALTER TABLE outbox ADD COLUMN problem TEXT")
            if version < SCHEMA_VERSION:
                conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except Exception:
        engine.dispose()
        raise
    return engine

"""The outbox file: its table, its pragmas, and the checks made before anything is written."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = [
    "APPLICATION_ID",
    "COLUMNS",
    "SCHEMA_VERSION",
    "STATUSES",
    "OutboxError",
    "check_action",
    "dump_json",
    "load_json",
    "open_connection",
    "transaction",
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

# One row per officer action, written before it is sent and kept after it is settled.
# The text is the one SQLAlchemy wrote for the earlier outbox, byte for byte, so that files
# of either are alike. AUTOINCREMENT: ids are never reused, so id order is enqueue order.
# fields, result, last_change and problem hold JSON objects; the booleans are 0 or 1.
_DDL = (
    "CREATE TABLE outbox (\n"
    "\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    '\t"key" VARCHAR(64) NOT NULL, \n'
    "\tcase_id INTEGER NOT NULL, \n"
    "\taction VARCHAR(40) NOT NULL, \n"
    "\tbase_version INTEGER NOT NULL, \n"
    "\tfields TEXT NOT NULL, \n"
    "\tcreated_at VARCHAR(40) NOT NULL, \n"
    "\tupdated_at VARCHAR(40) NOT NULL, \n"
    "\towner VARCHAR(100) NOT NULL, \n"
    "\tstatus VARCHAR(10) NOT NULL, \n"
    "\tdetail TEXT NOT NULL, \n"
    "\tchained BOOLEAN NOT NULL, \n"
    "\tdepends_on INTEGER, \n"
    "\tacknowledged BOOLEAN NOT NULL, \n"
    "\tattempts INTEGER NOT NULL, \n"
    "\tresult_version INTEGER, \n"
    "\tresult TEXT, \n"
    "\tlast_change TEXT, \n"
    "\tproblem TEXT, \n"
    f"\tCONSTRAINT ck_outbox_status CHECK (status IN {STATUSES!r}), \n"
    '\tUNIQUE ("key")\n'
    ")",
    "CREATE INDEX ix_outbox_status_id ON outbox (status, id)",
    "CREATE INDEX ix_outbox_case_id ON outbox (case_id, id)",
)
COLUMNS = (
    "id", "key", "case_id", "action", "base_version", "fields", "created_at", "updated_at",
    "owner", "status", "detail", "chained", "depends_on", "acknowledged", "attempts",
    "result_version", "result", "last_change", "problem",
)  # fmt: skip


class OutboxError(Exception):
    """The outbox file cannot be used as it is; it is left untouched for the officer's sake."""


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
    # Read-only mode, so that a refused file is not modified in any way.
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


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One transaction: committed if the block ends normally, rolled back if it raises."""
    # IMMEDIATE: a read-then-write transaction never meets SQLITE_BUSY half-way,
    # even with another process writing the same file.
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise


def open_connection(path: Path) -> sqlite3.Connection:
    """A connection to the outbox file at `path`, created if missing; WAL and full fsync.

    Any thread may use it (one at a time: the caller holds a lock around each use).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    _inspect(path)
    # isolation_level None: we issue BEGIN ourselves (transaction()), so that writers take
    # the lock up front; sqlite3 would otherwise begin a deferred transaction on its own.
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # WAL alone may lose the last commits on power loss; FULL syncs each commit.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA journal_mode = WAL")
        with transaction(conn):
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                if not _has_table(conn):
                    for statement in _DDL:
                        conn.execute(statement)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            else:
                # In the same transaction as the version, so that it happens once or not at all.
                if version < 2:
                    conn.execute("ALTER TABLE outbox ADD COLUMN last_change TEXT")
                if version < 3:
                    conn.execute("ALTER TABLE outbox ADD COLUMN problem TEXT")
            if version < SCHEMA_VERSION:
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        conn.close()
        raise
    return conn


def _has_table(conn: sqlite3.Connection) -> bool:
    # As SQLAlchemy's create_all did: an outbox table already there is left as it is.
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox'")
    return found.fetchone() is not None

"""The durable outbox: every officer action is written here first, then sent (rule 6)."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from console.store._schema import (
    COLUMNS,
    STATUSES,
    OutboxError,
    check_action,
    dump_json,
    load_json,
    open_connection,
    transaction,
)

__all__ = ["PROBLEM_STATUSES", "STATUSES", "Outbox", "OutboxError", "OutboxItem"]

PROBLEM_STATUSES = ("conflict", "refused")


@dataclass(frozen=True)
class OutboxItem:
    """One queued action as stored; `key` is its Idempotency-Key for every send."""

    id: int
    key: str
    case_id: int
    action: str
    base_version: int
    fields: dict[str, object] = field(hash=False)
    created_at: str
    status: str
    detail: str
    chained: bool
    acknowledged: bool
    # Additions to the agreed contract:
    depends_on: int | None = None  # the item of the same case this one was chained after
    owner: str = ""  # the username that took the action ("" = whoever is signed in)
    result_version: int | None = None  # the case version after this action (done only)
    result: dict[str, Any] | None = field(default=None, hash=False, compare=False)
    attempts: int = 0  # how often it was handed to the network (0: surely never sent)
    updated_at: str = ""
    # A conflict's last change on the server (who changed the case, how), if it said.
    last_change: dict[str, Any] | None = field(default=None, hash=False, compare=False)
    # The server's problem+json of a refusal or conflict (its `code` words it), if any.
    problem: dict[str, Any] | None = field(default=None, hash=False, compare=False)


@dataclass
class _FileLocks:
    write: threading.RLock = field(default_factory=threading.RLock)
    replay: threading.Lock = field(default_factory=threading.Lock)


# Shared by every Outbox on the same file in this process (a reopen while the old one is
# still around, as tests do): one writer at a time, one replay at a time.
_LOCKS: dict[Path, _FileLocks] = {}
_LOCKS_GUARD = threading.Lock()


def _locks_for(path: Path) -> _FileLocks:
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(path, _FileLocks())


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="milliseconds")


_SELECT = "SELECT {} FROM outbox".format(", ".join(f'"{name}"' for name in COLUMNS))


def _item(row: sqlite3.Row) -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        key=row["key"],
        case_id=row["case_id"],
        action=row["action"],
        base_version=row["base_version"],
        fields=load_json(row["fields"], row["id"]) or {},
        created_at=row["created_at"],
        status=row["status"],
        detail=row["detail"],
        chained=bool(row["chained"]),
        acknowledged=bool(row["acknowledged"]),
        depends_on=row["depends_on"],
        owner=row["owner"],
        result_version=row["result_version"],
        result=load_json(row["result"], row["id"]),
        attempts=row["attempts"],
        updated_at=row["updated_at"],
        last_change=load_json(row["last_change"], row["id"]),
        problem=load_json(row["problem"], row["id"]),
    )


class Outbox:
    """A write-ahead log of officer actions in a local SQLite file; safe across threads."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path).expanduser().resolve()
        self._locks = _locks_for(self.path)
        with self._locks.write:
            # One connection, used by whichever thread holds the write lock (the serial
            # write worker, a replay, a test's threads): never by two at once.
            self._db = open_connection(self.path)
        self._db.row_factory = sqlite3.Row
        self._closed = False

    @property
    def replay_lock(self) -> threading.Lock:
        """Held by replay() for this file, so that two replays never interleave."""
        return self._locks.replay

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._locks.write:
            if self._closed:
                raise OutboxError(f"The outbox {self.path} is closed.")
            with transaction(self._db) as db:
                yield db

    @staticmethod
    def _row(db: sqlite3.Connection, item_id: int) -> sqlite3.Row:
        row: sqlite3.Row | None = db.execute(f"{_SELECT} WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise KeyError(f"no outbox item {item_id}")
        return row

    @classmethod
    def _update(cls, db: sqlite3.Connection, item_id: int, **values: object) -> OutboxItem:
        """Set these columns of the item and return it as stored now."""
        assignments = ", ".join(f'"{name}" = ?' for name in values)  # names are ours, not input
        db.execute(f"UPDATE outbox SET {assignments} WHERE id = ?", (*values.values(), item_id))
        return _item(cls._row(db, item_id))

    def enqueue(
        self,
        case_id: int,
        action: str,
        version: int,
        fields: Mapping[str, object],
        *,
        owner: str = "",
    ) -> OutboxItem:
        """Write the action durably (committed with a full sync) before anything is sent."""
        body = check_action(case_id, action, version, fields)
        now = _now()
        with self._transaction() as db:
            # Chain after the last pending item of the case: it is sent with that one's
            # resulting version, since the officer acted on the state it would produce.
            (before,) = db.execute(
                "SELECT max(id) FROM outbox WHERE case_id = ? AND status = 'pending'", (case_id,)
            ).fetchone()
            row = {
                "key": str(uuid.uuid4()),
                "case_id": case_id,
                "action": action,
                "base_version": version,
                "fields": body,
                "created_at": now,
                "updated_at": now,
                "owner": owner,
                "status": "pending",
                "detail": "",
                "chained": before is not None,
                "depends_on": before,
                "acknowledged": False,
                "attempts": 0,
            }
            names = ", ".join(f'"{name}"' for name in row)
            inserted = db.execute(
                f"INSERT INTO outbox ({names}) VALUES ({', '.join('?' * len(row))})",
                tuple(row.values()),
            )
            assert inserted.lastrowid is not None  # set by a successful INSERT
            return _item(self._row(db, inserted.lastrowid))

    def _select(self, where: str = "", *params: object) -> list[OutboxItem]:
        with self._transaction() as db:
            rows = db.execute(f"{_SELECT} {where} ORDER BY id", params).fetchall()
            return [_item(row) for row in rows]

    def pending(self, *, after: int = 0) -> list[OutboxItem]:
        """Items still to be sent, in enqueue order (only those with id > `after`)."""
        return self._select("WHERE status = 'pending' AND id > ?", after)

    def pending_case_ids(self) -> set[int]:
        """The cases with an action still to be sent."""
        with self._transaction() as db:
            rows = db.execute("SELECT DISTINCT case_id FROM outbox WHERE status = 'pending'")
            return {row[0] for row in rows}

    def items(self, case_id: int | None = None) -> list[OutboxItem]:
        """Every item kept (any status), in enqueue order; only one case's if given."""
        return self._select() if case_id is None else self._select("WHERE case_id = ?", case_id)

    def get(self, item_id: int) -> OutboxItem:
        """The item with this id (KeyError if there is none)."""
        with self._transaction() as db:
            return _item(self._row(db, item_id))

    def mark(
        self,
        item_id: int,
        status: str,
        detail: str = "",
        result: Mapping[str, object] | None = None,
        last_change: Mapping[str, object] | None = None,
        problem: Mapping[str, object] | None = None,
    ) -> OutboxItem:
        """Record how the item ended; `result` is the server's case (after it, or current),
        `last_change` the change a conflict ran into, `problem` the server's refusal."""
        if status not in STATUSES:
            raise ValueError(f"unknown outbox status {status!r}; one of {STATUSES}")
        stored = None if result is None else dump_json(result)
        with self._transaction() as db:
            if self._row(db, item_id)["status"] == "done" and status != "done":
                # The server applied it: nothing the console learns later can undo that.
                raise ValueError(f"outbox item {item_id} was applied; it cannot become {status}")
            values: dict[str, object] = {"status": status, "detail": detail, "updated_at": _now()}
            if stored is not None:
                values["result"] = stored
            if last_change is not None:
                values["last_change"] = dump_json(last_change)
            if problem is not None:
                values["problem"] = dump_json(problem)
            version = None if result is None else result.get("version")
            if status == "done" and isinstance(version, int) and not isinstance(version, bool):
                values["result_version"] = version
            if status not in PROBLEM_STATUSES:
                values["acknowledged"] = False
            return self._update(db, item_id, **values)

    def rebase(self, item_id: int, version: int) -> OutboxItem:
        """Send a still pending item on `version` from now on (for actions any version fits).

        Only after a 409, which the server does not remember under the key: the next send
        with the same key and the new version is a first attempt, not a reused key.
        """
        with self._transaction() as db:
            row = self._row(db, item_id)
            if row["status"] != "pending":
                raise ValueError(f"outbox item {item_id} is {row['status']}; only pending rebases")
            # depends_on: the version now comes from the server, not the chain.
            return self._update(
                db, item_id, base_version=version, depends_on=None, updated_at=_now()
            )

    def record_attempt(self, item_id: int) -> OutboxItem:
        """Count a send about to happen (written first: attempts > 0 means maybe applied)."""
        with self._transaction() as db:
            attempts = self._row(db, item_id)["attempts"] + 1
            return self._update(db, item_id, attempts=attempts, updated_at=_now())

    def problems(self) -> list[OutboxItem]:
        """Conflicts and refusals the officer has not acknowledged yet, in order."""
        return self._select("WHERE status IN (?, ?) AND acknowledged IS 0", *PROBLEM_STATUSES)

    def acknowledge(self, item_id: int) -> None:
        """The officer has seen this conflict or refusal; it leaves problems()."""
        with self._transaction() as db:
            self._row(db, item_id)
            db.execute("UPDATE outbox SET acknowledged = 1 WHERE id = ?", (item_id,))

    def prune(self, older_than: timedelta = timedelta(days=7)) -> int:
        """Forget settled items (done, or acknowledged) last changed before now - older_than."""
        cutoff = datetime.now().astimezone() - older_than
        with self._transaction() as db:
            # A pending chained item still needs its predecessor's resulting version.
            rows = db.execute(
                "SELECT id, updated_at FROM outbox "
                "WHERE (status = 'done' OR acknowledged IS 1) AND status != 'pending' "
                "AND id NOT IN (SELECT depends_on FROM outbox "
                "WHERE status = 'pending' AND depends_on IS NOT NULL)"
            ).fetchall()
            old = [
                (row["id"],) for row in rows if datetime.fromisoformat(row["updated_at"]) < cutoff
            ]
            db.executemany("DELETE FROM outbox WHERE id = ?", old)
            return len(old)

    def close(self) -> None:
        """Release the file; the data stays (a later Outbox on the path picks it up)."""
        with self._locks.write:  # not while another thread is half-way through a write
            if not self._closed:
                self._closed = True
                self._db.close()

    @property
    def closed(self) -> bool:
        """Whether close() was called."""
        return self._closed

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Outbox({str(self.path)!r})"

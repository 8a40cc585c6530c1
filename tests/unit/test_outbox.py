"""The durable outbox on its own (no server): order, chaining, persistence, marking, damage."""

from __future__ import annotations

import ast
import json
import sqlite3
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from console.store import Outbox, OutboxError, outbox_path
from console.store._schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "outbox.db"


@pytest.fixture
def outbox(path: Path) -> Iterator[Outbox]:
    box = Outbox(path)
    yield box
    box.close()


def test_enqueue_keeps_everything_and_pending_is_in_order(outbox: Outbox) -> None:
    first = outbox.enqueue(7, "register", 1, {"note": "受理"})
    second = outbox.enqueue(3, "comment", 4, {"note": "已电话联系"})
    third = outbox.enqueue(9, "urge", 2, {})
    assert (first.case_id, first.action, first.base_version) == (7, "register", 1)
    assert first.fields == {"note": "受理"}
    assert first.status == "pending" and first.detail == "" and not first.acknowledged
    assert first.created_at.startswith("20") and "T" in first.created_at
    assert first.attempts == 0 and first.result is None and first.result_version is None
    assert first.id < second.id < third.id
    assert outbox.pending() == [first, second, third]
    assert outbox.pending_case_ids() == {3, 7, 9}
    assert outbox.get(second.id) == second
    assert outbox.items(case_id=3) == [second]
    assert outbox.pending(after=first.id) == [second, third]


def test_keys_are_unique_uuids_fixed_at_enqueue(outbox: Outbox) -> None:
    items = [outbox.enqueue(1, "comment", 1, {"note": str(n)}) for n in range(50)]
    keys = [item.key for item in items]
    assert len(set(keys)) == 50
    assert all(uuid.UUID(key).version == 4 for key in keys)
    outbox.record_attempt(items[0].id)
    outbox.mark(items[0].id, "done", result={"version": 2})
    assert [item.key for item in outbox.items()] == keys


def test_an_action_behind_a_pending_one_of_the_same_case_is_chained(outbox: Outbox) -> None:
    register = outbox.enqueue(5, "register", 1, {})
    other = outbox.enqueue(6, "comment", 3, {"note": "x"})
    dispatch = outbox.enqueue(5, "dispatch", 1, {"department": "urban"})
    urge = outbox.enqueue(5, "urge", 1, {})
    assert not register.chained and register.depends_on is None
    assert not other.chained
    assert dispatch.chained and dispatch.depends_on == register.id
    assert urge.chained and urge.depends_on == dispatch.id  # behind the last one of the case

    for item in (register, dispatch, urge):
        outbox.mark(item.id, "done", result={"version": 9})
    later = outbox.enqueue(5, "comment", 9, {"note": "y"})
    assert not later.chained and later.depends_on is None  # nothing of the case was pending


def test_pending_items_survive_a_reopen_in_order(path: Path) -> None:
    box = Outbox(path)
    items = [
        box.enqueue(1, "register", 1, {"note": "受理 ✓", "nested": {"a": [1, 2]}}),
        box.enqueue(1, "dispatch", 1, {"department": "urban"}),
        box.enqueue(2, "comment", 3, {"note": "说明"}),
        box.enqueue(3, "urge", 2, {}),
    ]
    box.mark(items[2].id, "done", result={"id": 2, "version": 4})
    box.close()
    with pytest.raises(OutboxError):
        box.pending()

    again = Outbox(path)
    try:
        assert again.pending() == [items[0], items[1], items[3]]
        assert again.pending()[0].fields == {"note": "受理 ✓", "nested": {"a": [1, 2]}}
        done = again.get(items[2].id)
        assert (done.status, done.result_version, done.result) == (
            "done",
            4,
            {"id": 2, "version": 4},
        )
        new = again.enqueue(1, "urge", 1, {})
        assert new.id > items[-1].id and new.chained and new.depends_on == items[1].id
    finally:
        again.close()


def test_two_outboxes_on_one_file_see_each_other(path: Path) -> None:
    one, two = Outbox(path), Outbox(path)
    try:
        item = one.enqueue(4, "register", 1, {})
        assert two.pending() == [item]
        two.mark(item.id, "refused", "the role x may not register")
        assert one.problems()[0].detail == "the role x may not register"
        assert two.enqueue(4, "urge", 2, {}).id == item.id + 1
        assert one.replay_lock is two.replay_lock
    finally:
        one.close()
        two.close()


def test_concurrent_enqueues_from_threads_lose_nothing(path: Path) -> None:
    boxes = [Outbox(path), Outbox(path)]
    errors: list[BaseException] = []

    def work(box: Outbox, n: int) -> None:
        try:
            for i in range(25):
                box.enqueue(n, "comment", 1, {"note": f"{n}-{i}"})
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(boxes[n % 2], n + 1)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    try:
        assert not errors
        pending = boxes[0].pending()
        assert len(pending) == 100 and len({item.key for item in pending}) == 100
        for case_id in range(1, 5):  # each case's own order is kept, and each is one chain
            mine = [item for item in pending if item.case_id == case_id]
            assert [item.fields["note"] for item in mine] == [f"{case_id}-{i}" for i in range(25)]
            assert [item.chained for item in mine] == [False] + [True] * 24
    finally:
        for box in boxes:
            box.close()


def test_an_item_enqueued_by_a_killed_process_is_there_after_restart(path: Path) -> None:
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from console.store import Outbox\n"
        "box = Outbox(Path(sys.argv[1]))\n"
        "box.enqueue(11, 'register', 1, {'note': 'before the crash'})\n"
        "box.enqueue(11, 'dispatch', 1, {'department': 'urban'})\n"
        "os._exit(9)  # no close, no cleanup: as a crash\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], cwd=ROOT, timeout=120, capture_output=True
    )
    assert done.returncode == 9, done.stderr
    box = Outbox(path)
    try:
        assert [(i.action, i.chained) for i in box.pending()] == [
            ("register", False),
            ("dispatch", True),
        ]
    finally:
        box.close()


def test_mark_records_the_outcome(outbox: Outbox) -> None:
    item = outbox.enqueue(1, "register", 1, {})
    assert outbox.record_attempt(item.id).attempts == 1
    done = outbox.mark(item.id, "done", result={"id": 1, "version": 2, "state": "registered"})
    assert (done.status, done.result_version, done.result["state"]) == ("done", 2, "registered")
    assert outbox.pending() == []
    assert outbox.mark(item.id, "done", result={"version": 2}).status == "done"  # repeatable
    with pytest.raises(ValueError, match="applied"):
        outbox.mark(item.id, "conflict", "too late")

    other = outbox.enqueue(2, "register", 1, {})
    conflict = outbox.mark(other.id, "conflict", "changed", result={"version": 5})
    assert conflict.result == {"version": 5}
    assert conflict.result_version is None  # the current case's version, not this action's
    with pytest.raises(ValueError, match="unknown outbox status"):
        outbox.mark(other.id, "sent")
    with pytest.raises(KeyError):
        outbox.mark(999, "done")
    with pytest.raises(KeyError):
        outbox.get(999)


def test_problems_until_acknowledged(path: Path) -> None:
    box = Outbox(path)
    a, b, c, d = (box.enqueue(n, "register", 1, {}) for n in range(1, 5))
    box.mark(c.id, "refused", "the role duty_officer may not sign")
    box.mark(a.id, "conflict", "Case changed", result={"version": 3})
    box.mark(b.id, "done", result={"version": 2})
    assert [(p.id, p.status) for p in box.problems()] == [(a.id, "conflict"), (c.id, "refused")]
    box.acknowledge(a.id)
    assert [p.id for p in box.problems()] == [c.id]
    assert box.get(a.id).acknowledged and box.get(a.id).status == "conflict"
    with pytest.raises(KeyError):
        box.acknowledge(999)
    box.close()
    again = Outbox(path)
    try:
        assert [p.id for p in again.problems()] == [c.id]
        assert [p.id for p in again.pending()] == [d.id]
    finally:
        again.close()


def test_prune_forgets_settled_items_but_keeps_what_a_chain_needs(outbox: Outbox) -> None:
    first = outbox.enqueue(1, "register", 1, {})
    chained = outbox.enqueue(1, "dispatch", 1, {"department": "urban"})
    other = outbox.enqueue(2, "register", 1, {})
    refused = outbox.enqueue(3, "register", 1, {})
    outbox.mark(first.id, "done", result={"version": 2})
    outbox.mark(other.id, "done", result={"version": 2})
    outbox.mark(refused.id, "refused", "no")
    assert outbox.prune(timedelta(days=1)) == 0  # all too recent
    assert outbox.prune(timedelta(seconds=-1)) == 1  # `other`; `refused` is unacknowledged
    outbox.acknowledge(refused.id)
    assert outbox.prune(timedelta(seconds=-1)) == 1
    assert [i.id for i in outbox.items()] == [first.id, chained.id]


def test_fields_that_cannot_be_sent_are_refused_at_enqueue(outbox: Outbox) -> None:
    with pytest.raises(ValueError, match="JSON"):
        outbox.enqueue(1, "comment", 1, {"note": object()})
    with pytest.raises(ValueError, match="JSON"):
        outbox.enqueue(1, "comment", 1, {"x": float("nan")})
    with pytest.raises(ValueError, match="cannot be action fields"):
        outbox.enqueue(1, "comment", 1, {"version": 3})
    with pytest.raises(ValueError, match="case_id"):
        outbox.enqueue(0, "comment", 1, {})
    with pytest.raises(ValueError, match="version"):
        outbox.enqueue(1, "comment", True, {})
    with pytest.raises(ValueError, match="action"):
        outbox.enqueue(1, "", 1, {})
    assert outbox.items() == []  # nothing half-written


def test_the_file_is_in_wal_mode(outbox: Outbox, path: Path) -> None:
    outbox.enqueue(1, "urge", 1, {})
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


CHANGE = {"actor": "值班长", "action": "dispatch", "from_state": "registered", "at": "x"}


def test_a_conflict_keeps_who_changed_the_case_across_a_restart(path: Path) -> None:
    box = Outbox(path)
    item = box.enqueue(7, "dispatch", 2, {"department": "urban"})
    box.mark(item.id, "conflict", "Case changed", result={"version": 3}, last_change=CHANGE)
    box.close()
    again = Outbox(path)
    try:
        (left,) = again.problems()
        assert (left.result, left.last_change) == ({"version": 3}, CHANGE)
    finally:
        again.close()


def test_a_refusal_keeps_the_servers_problem_across_a_restart(path: Path) -> None:
    """The results pane words a refusal by its code, also after the console restarted."""
    box = Outbox(path)
    item = box.enqueue(7, "sign", 2, {})
    problem = {"status": 403, "code": "not_your_department", "detail": "not yours"}
    box.mark(item.id, "refused", "not yours", problem=problem)
    box.close()
    again = Outbox(path)
    try:
        (left,) = again.problems()
        assert (left.status, left.problem) == ("refused", problem)
    finally:
        again.close()


def test_a_first_version_outbox_is_upgraded_keeping_its_items(path: Path) -> None:
    """A file written before conflicts kept their last change (schema 1) opens as schema 3."""
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as raw:
        raw.execute(
            "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, key VARCHAR(64) UNIQUE, "
            "case_id INTEGER NOT NULL, action VARCHAR(40) NOT NULL, base_version INTEGER NOT "
            "NULL, fields TEXT NOT NULL, created_at VARCHAR(40) NOT NULL, updated_at VARCHAR(40) "
            "NOT NULL, owner VARCHAR(100) NOT NULL, status VARCHAR(10) NOT NULL, detail TEXT NOT "
            "NULL, chained BOOLEAN NOT NULL, depends_on INTEGER, acknowledged BOOLEAN NOT NULL, "
            "attempts INTEGER NOT NULL, result_version INTEGER, result TEXT)"
        )
        raw.execute(
            "INSERT INTO outbox VALUES (1, 'k1', 5, 'register', 1, '{}', 't', 't', '', "
            "'pending', '', 0, NULL, 0, 0, NULL, NULL)"
        )
        raw.execute("PRAGMA application_id = 1128484674")
        raw.execute("PRAGMA user_version = 1")
    raw.close()
    box = Outbox(path)
    try:
        (pending,) = box.pending()
        assert (pending.key, pending.case_id, pending.last_change) == ("k1", 5, None)
        box.mark(pending.id, "conflict", "Case changed", last_change=CHANGE, problem={"a": 1})
        assert box.get(pending.id).last_change == CHANGE
        assert box.get(pending.id).problem == {"a": 1}
    finally:
        box.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    raw.close()


def test_a_damaged_file_is_refused_and_left_alone(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database, but it is the officer's file" * 100)
    before = path.read_bytes()
    with pytest.raises(OutboxError, match="cannot be read.*left untouched"):
        Outbox(path)
    assert path.read_bytes() == before


def test_a_newer_schema_is_refused_and_left_alone(path: Path) -> None:
    Outbox(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(OutboxError, match="newer console"):
        Outbox(path)
    assert path.read_bytes() == before


def test_another_database_is_not_taken_for_an_outbox(path: Path) -> None:
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE cases (id INTEGER PRIMARY KEY)")
    raw.close()
    with pytest.raises(OutboxError, match="not a console outbox"):
        Outbox(path)


def test_each_server_has_its_own_outbox_file(tmp_path: Path) -> None:
    embedded = outbox_path(tmp_path, None)
    central = outbox_path(tmp_path, "https://cc.district.example:8443/")
    assert embedded == tmp_path / "outbox" / "embedded.sqlite3"
    assert central.parent == embedded.parent and central.name.startswith(
        "cc.district.example-8443-"
    )
    assert outbox_path(tmp_path, "https://CC.district.example:8443") == central
    assert outbox_path(tmp_path, "https://cc.district.example:9443") != central
    box = Outbox(central)  # the folder is made on first use
    box.close()
    assert central.exists()


def test_the_store_imports_no_qt() -> None:
    for source in (ROOT / "console" / "store").rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert not {n for n in names if n.startswith(("PySide6", "shiboken6", "console.panes"))}


# The outbox file of the SQLAlchemy console (schema 2, commit 769f100), as `sqlite3 FILE .schema`
# showed it, with its pragmas: consoles in service keep their unsent actions in such files.
SQLALCHEMY_SCHEMA_2 = (
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
    "\tCONSTRAINT ck_outbox_status CHECK (status IN ('pending', 'done', 'conflict', 'refused')), \n"
    '\tUNIQUE ("key")\n'
    ");\n"
    "CREATE INDEX ix_outbox_status_id ON outbox (status, id);\n"
    "CREATE INDEX ix_outbox_case_id ON outbox (case_id, id);\n"
    "PRAGMA application_id = 1128484674;\n"
    "PRAGMA user_version = 2;\n"
)
# What SQLAlchemy's create_all wrote for schema 3 (the same, with the problem column).
SQLALCHEMY_SCHEMA_3_TABLE = SQLALCHEMY_SCHEMA_2.split(";")[0].replace(
    "\tlast_change TEXT, \n", "\tlast_change TEXT, \n\tproblem TEXT, \n"
)


def write_sqlalchemy_outbox(path: Path, rows: list[tuple[object, ...]]) -> None:
    """An outbox file as the SQLAlchemy console left it: WAL, schema 2, these rows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("PRAGMA journal_mode = WAL")
        raw.executescript(SQLALCHEMY_SCHEMA_2)
        for row in rows:
            raw.execute(f"INSERT INTO outbox VALUES ({', '.join('?' * 18)})", row)
    finally:
        raw.close()


def old_row(item_id: int, case_id: int, action: str, **values: object) -> tuple[object, ...]:
    """One row as the SQLAlchemy console wrote it (booleans as 0 and 1)."""
    row: dict[str, object] = {
        "id": item_id, "key": str(uuid.uuid4()), "case_id": case_id, "action": action,
        "base_version": 1, "fields": "{}", "created_at": "2026-11-27T05:00:00.000+08:00",
        "updated_at": "2026-11-27T05:00:00.000+08:00", "owner": "", "status": "pending",
        "detail": "", "chained": 0, "depends_on": None, "acknowledged": 0, "attempts": 0,
        "result_version": None, "result": None, "last_change": None,
    }  # fmt: skip
    row.update(values)
    return tuple(row.values())


def test_a_new_file_is_the_one_the_sqlalchemy_console_wrote(outbox: Outbox, path: Path) -> None:
    """Same table, indexes and pragmas: either console can open the other's file."""
    with sqlite3.connect(path) as raw:
        schema = raw.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        names = ("application_id", "user_version", "journal_mode")
        pragmas = [raw.execute(f"PRAGMA {name}").fetchone()[0] for name in names]
    raw.close()
    assert schema == [
        ("index", "ix_outbox_case_id", "CREATE INDEX ix_outbox_case_id ON outbox (case_id, id)"),
        ("index", "ix_outbox_status_id", "CREATE INDEX ix_outbox_status_id ON outbox (status, id)"),
        ("table", "outbox", SQLALCHEMY_SCHEMA_3_TABLE),
        ("index", "sqlite_autoindex_outbox_1", None),
        ("table", "sqlite_sequence", "CREATE TABLE sqlite_sequence(name,seq)"),
    ]
    assert pragmas == [0x43434F42, SCHEMA_VERSION, "wal"]
    # Set on each connection, as before: the officer's actions survive a power cut.
    assert outbox._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert outbox._db.execute("PRAGMA busy_timeout").fetchone()[0] == 30_000


def test_a_file_of_the_sqlalchemy_console_opens_with_its_items(path: Path) -> None:
    conflict = {"actor": "值班长", "action": "dispatch"}
    rows = [
        old_row(1, 5, "register", status="done", result_version=2, result='{"version": 2}'),
        old_row(2, 6, "dispatch", fields='{"department": "urban"}', attempts=1),
        old_row(3, 6, "urge", chained=1, depends_on=2),
        old_row(4, 7, "sign", status="conflict", detail="x", last_change=json.dumps(conflict)),
        old_row(5, 8, "comment", status="refused", detail="no", acknowledged=1),
    ]  # fmt: skip
    write_sqlalchemy_outbox(path, rows)
    box = Outbox(path)
    try:
        first, second, third, fourth, fifth = box.items()
        assert (first.status, first.result_version, first.result) == ("done", 2, {"version": 2})
        assert box.pending() == [second, third]
        assert (second.fields, second.attempts, second.chained) == (
            {"department": "urban"},
            1,
            False,
        )
        assert third.chained is True and third.depends_on == 2 and third.acknowledged is False
        assert (fourth.last_change, fourth.problem) == (conflict, None)
        assert fifth.acknowledged is True and box.problems() == [fourth]
        assert [i.key for i in box.items()] == [row[1] for row in rows]
        new = box.enqueue(6, "comment", 1, {"note": "x"})
        assert (new.id, new.depends_on) == (6, 3)  # after the old ones, chained to them
        box.mark(new.id, "refused", "no", problem={"code": "x"})
        assert box.get(new.id).problem == {"code": "x"}
    finally:
        box.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert raw.execute("PRAGMA application_id").fetchone()[0] == 0x43434F42
        with pytest.raises(sqlite3.IntegrityError, match="ck_outbox_status"):  # still checked
            raw.execute("UPDATE outbox SET status = 'sent' WHERE id = 1")
    raw.close()


def test_the_store_does_not_import_sqlalchemy() -> None:
    """The console's memory: SQLAlchemy alone costs it about 30 MB (issue #14)."""
    script = "import sys, console.store, console.store.spool; print('sqlalchemy' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, timeout=120, capture_output=True, text=True
    )
    assert (done.returncode, done.stdout.strip()) == (0, "False"), done.stderr

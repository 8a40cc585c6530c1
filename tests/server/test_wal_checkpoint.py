"""SQLite's write-ahead log is checkpointed in the background, not inside writers' commits."""

from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import text

from server.background import Checkpointer
from server.db import WAL_BACKSTOP_PAGES, Database
from server.storage import StorageHealth


def _fill(db: Database, rows: int) -> None:
    with db.write() as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, b BLOB)"))
        for _ in range(rows):
            session.execute(text("INSERT INTO filler (b) VALUES (randomblob(4000))"))


def test_commits_checkpoint_only_as_a_backstop(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'cc.db'}")
    try:
        with db.engine.connect() as connection:
            pages = connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
        assert pages == WAL_BACKSTOP_PAGES
        _fill(db, 1500)  # about 1,500 pages: SQLite's default would have checkpointed
        wal = Path(str(tmp_path / "cc.db") + "-wal")
        assert wal.stat().st_size > 1000 * 4096
    finally:
        db.dispose()


def test_the_checkpointer_keeps_the_log_short_while_writers_go_on(tmp_path: Path) -> None:
    path = tmp_path / "cc.db"
    wal = Path(str(path) + "-wal")
    db = Database(f"sqlite:///{path}")
    checkpointer = Checkpointer(SimpleNamespace(db=db, storage=StorageHealth()))  # type: ignore[arg-type]
    checkpointer.EVERY_SECONDS = 0.02
    largest = 0
    try:
        checkpointer.start()
        for _ in range(60):  # about 3,000 pages in all
            _fill(db, 50)
            largest = max(largest, wal.stat().st_size)
            time.sleep(0.01)
    finally:
        checkpointer.stop()
        db.dispose()
    # Checkpointed, the log starts again from its beginning instead of growing.
    assert largest < 1000 * 4096


def test_the_checkpointer_does_nothing_on_other_databases() -> None:
    class NotSqlite:
        is_sqlite = False

        def checkpoint(self) -> None:
            raise AssertionError("checkpointed a database that is not SQLite")

    checkpointer = Checkpointer(SimpleNamespace(db=NotSqlite(), storage=StorageHealth()))  # type: ignore[arg-type]
    checkpointer.EVERY_SECONDS = 0.01
    checkpointer.start()
    time.sleep(0.05)
    checkpointer.stop()

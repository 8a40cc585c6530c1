"""Engine, sessions and the single-writer discipline for SQLite."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import Connection, DateTime, Engine, create_engine, event, make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

try:
    import fcntl
except ImportError:  # Windows: other processes wait in SQLite's busy handler instead
    fcntl = None  # type: ignore[assignment]


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored as UTC; SQLite keeps no offset, so restore it on load."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use aware datetimes")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


# Pages (4 KiB) the write-ahead log may reach before a commit checkpoints it itself.
WAL_BACKSTOP_PAGES = 20_000


class Base(DeclarativeBase):
    """Declarative base of every table."""


# The database holds the token signing key, password hashes and citizens' data: its files
# are the server user's alone. SQLite gives the -wal and -shm files the main file's mode.
PRIVATE_SUFFIXES = ("", "-wal", "-shm", "-journal", ".writer")


def sqlite_file(database: str | None) -> str | None:
    """The file of a SQLite URL's database (a `file:` URI's path too); None in memory."""
    if not database or database == ":memory:":
        return None
    if database.startswith("file:"):
        path, _, query = database.removeprefix("file:").partition("?")
        return None if path in ("", ":memory:") or "mode=memory" in query else path
    return database


def _private_sqlite_files(database: str | None) -> None:
    """Create the SQLite file 0600 if it is new, and take group and other access away from
    it and its companions if they exist (a `file:` URI's file is left as it is)."""
    path = sqlite_file(database)
    if path is None or path != database:
        return
    try:
        os.close(os.open(path, os.O_RDONLY | os.O_CREAT, 0o600))
    except OSError:
        return  # a missing folder or a read-only disk: SQLite says so in its own words
    for suffix in PRIVATE_SUFFIXES:
        try:
            mode = os.stat(path + suffix).st_mode
            if mode & 0o077:
                os.chmod(path + suffix, 0o600)
        except OSError:
            continue


class Database:
    """One engine and its session factories; writes on SQLite go through one lock."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        # hide_parameters: an error's message never quotes the statement's values (a failed
        # insert of the demo users once logged their password hashes).
        kwargs: dict[str, object] = {"echo": echo, "future": True, "hide_parameters": True}
        if self.is_sqlite:
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
            _private_sqlite_files(make_url(url).database)
        else:
            kwargs.update(pool_size=10, max_overflow=20, pool_pre_ping=True)
        self.engine: Engine = create_engine(url, **kwargs)
        if self.is_sqlite:
            _tune_sqlite(self.engine)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        # SQLite allows one writer; many threads contending for it pushed p99 from
        # ~30 ms to ~800 ms, so writers queue on this lock instead of on busy retries;
        # other processes on the same file (worker processes) queue on the file lock.
        self._write_lock = threading.Lock() if self.is_sqlite else None
        path = sqlite_file(self.engine.url.database) if self.is_sqlite else None
        self._file_lock: WriterFileLock | None = None
        if fcntl is not None and path:
            self._file_lock = WriterFileLock(path + ".writer")
        # Called after every commit of write(): the server clears its "writes fail" flag.
        self.after_commit: Callable[[], None] | None = None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reads; closed at the end (which rolls its transaction back)."""
        session = self._factory()
        try:
            yield session
        finally:
            session.close()  # ends the transaction: nothing read is ever written

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A Core connection in one read transaction (one consistent view), rolled back at
        the end: for hot read paths that want plain rows and none of a Session's machinery."""
        with self.engine.connect() as connection, connection.begin() as transaction:
            try:
                yield connection
            finally:
                transaction.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work commits as one transaction, or not at all."""
        lock, file_lock = self._write_lock, self._file_lock
        if lock is not None:
            lock.acquire()
        if file_lock is not None:
            try:
                file_lock.acquire()
            except BaseException:
                if lock is not None:
                    lock.release()
                raise
        session = self._factory()
        try:
            if self.is_sqlite:
                session.connection(execution_options={"sqlite_immediate": True})
            yield session
            session.commit()
            if self.after_commit is not None:
                self.after_commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
            if file_lock is not None:
                file_lock.release()
            if lock is not None:
                lock.release()

    def checkpoint(self) -> None:
        """Copy the SQLite write-ahead log into the database file, without waiting for (or
        blocking) readers and writers; nothing to do on other databases."""
        if not self.is_sqlite:
            return
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def dispose(self) -> None:
        """Close every pooled connection (and the writers' lock file)."""
        self.engine.dispose()
        if self._file_lock is not None:
            self._file_lock.close()


class WriterFileLock:
    """An exclusive lock on a file beside the database, for writers in other processes.

    Waiting on it wakes the next writer as soon as the lock is free, where SQLite's own busy
    handler sleeps in growing steps. Held inside the process's thread lock, so that only one
    thread per process waits here.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        """Wait for the lock (opening the file on first use)."""
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(self._fd, fcntl.LOCK_EX)

    def release(self) -> None:
        """Let the next writer in."""
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        """Close the file (opened again on the next acquire)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        # Let SQLAlchemy, not pysqlite, decide when transactions begin (BEGIN IMMEDIATE above).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        # A commit that crosses the threshold checkpoints, fsync included, while it holds the
        # write lock: 10-80 ms in which every writer waits. The background checkpointer
        # (server.background) keeps the log short instead; this is only the backstop.
        cur.execute(f"PRAGMA wal_autocheckpoint={WAL_BACKSTOP_PAGES}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        # Writers take the write lock at BEGIN, so that a read-then-write transaction can
        # never fail to upgrade; readers begin deferred and see one consistent snapshot.
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def utcnow() -> datetime:
    """The current instant, timezone-aware."""
    return datetime.now(UTC)

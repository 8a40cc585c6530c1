"""Self-test of the throwaway PostgreSQL harness used by the postgres-marked tests."""

# The fixtures are imported so this module also runs without tests/conftest.py registering
# tests.support.pytest_postgres; test parameters then "redefine" those imported names.
# ruff: noqa: F811

from __future__ import annotations

import os
import threading

import pytest
from sqlalchemy import create_engine, inspect, text

from tests.support.postgres import TemporaryPostgres
from tests.support.pytest_postgres import postgres_server, postgres_url  # noqa: F401

pytestmark = pytest.mark.postgres


def test_connects_with_sqlalchemy_to_postgres_15_or_later(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version_num")).scalar_one()
            database = conn.execute(text("SELECT current_database()")).scalar_one()
            encoding = conn.execute(text("SHOW server_encoding")).scalar_one()
    finally:
        engine.dispose()
    assert int(version) >= 150000
    assert postgres_url.endswith(f"/{database}")
    assert encoding == "UTF8"


def test_server_runs_as_an_unprivileged_user(postgres_server: TemporaryPostgres) -> None:
    # PostgreSQL refuses root; as root the harness must hand the cluster to another account.
    owner = os.stat(postgres_server.data_dir).st_uid
    assert owner != 0
    if os.geteuid() != 0:
        assert owner == os.geteuid()


def test_fresh_databases_are_independent(postgres_server: TemporaryPostgres) -> None:
    first = create_engine(postgres_server.new_database("harness_first"))
    second = create_engine(postgres_server.new_database("harness_second"))
    try:
        with first.begin() as conn:
            conn.execute(text("CREATE TABLE marker (id integer PRIMARY KEY)"))
            conn.execute(text("INSERT INTO marker VALUES (1)"))
        assert inspect(first).get_table_names() == ["marker"]
        assert inspect(second).get_table_names() == []
    finally:
        first.dispose()
        second.dispose()
        postgres_server.drop_database("harness_first")
        postgres_server.drop_database("harness_second")


def test_each_test_gets_an_empty_database(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()


def test_two_threads_write_in_overlapping_transactions(postgres_url: str) -> None:
    engine = create_engine(postgres_url, pool_size=2)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE hits (writer text PRIMARY KEY, backend integer)"))
    # Both writers must hold an open, written-to transaction at the same moment; a
    # single-writer database would block the second INSERT and break the barrier.
    both_written = threading.Barrier(2, timeout=15)
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            with engine.begin() as conn:
                conn.execute(
                    text("INSERT INTO hits VALUES (:name, pg_backend_pid())"), {"name": name}
                )
                both_written.wait()
        except BaseException as error:  # reported by the main thread's assert
            errors.append(error)
            both_written.abort()

    threads = [threading.Thread(target=writer, args=(name,)) for name in ("a", "b")]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert not errors, errors
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT writer, backend FROM hits ORDER BY writer")).all()
    finally:
        engine.dispose()
    assert [writer for writer, _ in rows] == ["a", "b"]
    assert rows[0].backend != rows[1].backend


def test_context_manager_stops_the_server_and_removes_its_directory() -> None:
    with TemporaryPostgres() as server:
        root = server.root
        assert root is not None
        pid_file = server.data_dir / "postmaster.pid"
        pid = int(pid_file.read_text().splitlines()[0])
        os.kill(pid, 0)  # running
    assert not root.exists()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_a_drop_that_waits_fails_in_time_and_names_the_sessions(
    postgres_server: TemporaryPostgres, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A session elsewhere holds a lock on the database (an uncommitted COMMENT ON DATABASE),
    # which FORCE does not end: the drop must fail within its bound, not hang the run.
    monkeypatch.setattr("tests.support.postgres.DROP_TIMEOUT_MS", 500)
    postgres_server.new_database("held")
    holder = postgres_server.connect()
    try:
        holder.autocommit = False
        holder.execute("COMMENT ON DATABASE held IS 'held by an open transaction'")
        with pytest.raises(RuntimeError, match="DROP DATABASE held took over") as raised:
            postgres_server.drop_database("held")
        assert "COMMENT ON DATABASE held" in str(raised.value)
    finally:
        holder.rollback()
        holder.close()
    postgres_server.drop_database("held")
    with postgres_server.connect() as conn:
        assert conn.execute("SELECT 1 FROM pg_database WHERE datname = 'held'").fetchone() is None

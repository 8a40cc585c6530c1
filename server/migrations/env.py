"""Alembic environment: migrations run on the connection cc-server hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import server.map.tables  # noqa: F401  (the map's layers, outside server.models)
import server.models  # noqa: F401  (registers every table)
from server.db import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    """Run on the caller's connection, or on a new one for the configured URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as conn:
        _run(conn)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()

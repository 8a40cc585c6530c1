"""Migrated, seeded template databases, copied for each test instead of migrating again.

Migrating and seeding a fresh database took about 0.6 s of every server test. A template is
made once per session for each set of settings the seed depends on, and each test gets a
copy: a file copy on SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL.
"""

from __future__ import annotations

import hashlib
import shutil
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from server.app import prepare_database
from server.config import Settings
from server.db import Database
from server.services.workcalendar import SHANGHAI
from tests.support.postgres import TemporaryPostgres


def seed_key(settings: Settings, backend: str) -> str:
    """What the seeded rows depend on: the settings prepare_database reads, and the hour in
    Shanghai (the demo patrols and indicators are laid out around "now"; a template older
    than the hour is made again, so that a test sees the seed of its own day)."""
    hour = datetime.now(SHANGHAI).strftime("%Y%m%d%H")
    parts = (backend, settings.demo, settings.demo_patrols, settings.warn_ratio, hour)
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:12]


class Templates:
    """The session's templates; `fill(settings)` puts a copy where the settings point."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._made: set[str] = set()

    def fill(self, settings: Settings, postgres: TemporaryPostgres | None = None) -> bool:
        """Copy the template into the database of `settings` if that is a SQLite file not made
        yet or an empty database of `postgres`; False (nothing done) for anything else,
        which the app then migrates and seeds itself."""
        url = make_url(settings.database_url)
        if url.get_backend_name() == "sqlite":
            return self._fill_sqlite(settings, url.database)
        if url.get_backend_name() == "postgresql" and postgres is not None:
            return self._fill_postgres(settings, url.database, postgres)
        return False

    # -- SQLite -----------------------------------------------------------------------------

    def _fill_sqlite(self, settings: Settings, database: str | None) -> bool:
        if not database or database == ":memory:" or database.startswith("file:"):
            return False
        target = Path(database)
        siblings = [target, *(Path(f"{target}{end}") for end in ("-wal", "-shm", ".writer"))]
        if any(path.exists() for path in siblings) or not target.parent.is_dir():
            return False
        key = seed_key(settings, "sqlite")
        template = self.folder / f"{key}.db"
        if key not in self._made:
            self._prepare(settings, f"sqlite:///{template}", key)
            self._made.add(key)
        shutil.copyfile(template, target)
        return True

    # -- PostgreSQL -------------------------------------------------------------------------

    def _fill_postgres(
        self, settings: Settings, database: str | None, server: TemporaryPostgres
    ) -> bool:
        if not database or make_url(settings.database_url).port != server.port:
            return False
        with server.connect(database) as conn:
            tables = conn.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN "
                "('pg_catalog', 'information_schema')"
            ).fetchone()
        if tables is None or tables[0] != 0:
            return False
        key = seed_key(settings, "postgresql")
        template = f"template_{key}"
        if key not in self._made:
            server.new_database(template)
            self._prepare(settings, server.url_for(template), key)
            self._made.add(key)
        # The test's own database, empty and unused so far, becomes a copy of the template.
        server.drop_database(database)
        server.new_database(database, template=template)
        return True

    # -- both -------------------------------------------------------------------------------

    def _prepare(self, settings: Settings, url: str, key: str) -> None:
        """Migrate and seed the template (its photo folder apart from any test's)."""
        db = Database(url)
        try:
            prepare_database(
                db,
                settings.model_copy(
                    update={"database_url": url, "data_dir": str(self.folder / f"data-{key}")}
                ),
            )
            if db.is_sqlite:
                with db.engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.dispose()

"""The cc-server commands that do not serve (server/cli.py hands them over): `migrate` brings
the schema up to date, `backup DIR` and `restore DIR` copy the database and the data folder
out and back (server.backup)."""

from __future__ import annotations

import argparse
import logging.config
import sys
from pathlib import Path

from sqlalchemy import Engine

from server.cli_options import settings_from, storage_arguments
from server.cli_serving import storage_refusal_stops_the_start
from server.log_format import logging_config


def migrate_command(argv: list[str]) -> int:
    """`cc-server migrate`: bring the database's schema up to date, then exit (before a new
    release is started, or from a deployment step that must know the schema is ready)."""
    parser = argparse.ArgumentParser(
        prog="cc-server migrate", description="Apply the schema migrations, without serving."
    )
    parser.add_argument("--database", help="SQLAlchemy URL (CC_DATABASE_URL)")
    args = parser.parse_args(argv)
    args.data_dir = None
    settings = settings_from(args)
    logging.config.dictConfig(logging_config("warning", "text"))
    from server.db import Database
    from server.migrate import upgrade

    with storage_refusal_stops_the_start(settings):
        db = Database(settings.database_url)
        try:
            before = current_revision(db.engine)
            upgrade(db.engine)
            after = current_revision(db.engine)
        finally:
            db.engine.dispose()
    if before == after:
        print(f"cc-server migrate: the schema is up to date ({after})")
    else:
        print(f"cc-server migrate: schema {before or 'none'} → {after}")
    return 0


def current_revision(engine: Engine) -> str | None:
    """The schema revision a database is at (None: not migrated yet)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_command(command: str, argv: list[str]) -> int:
    """`cc-server backup DIR` / `cc-server restore DIR [--force]` (server.backup)."""
    from server.backup import BackupRefused, backup, restore

    parser = argparse.ArgumentParser(
        prog=f"cc-server {command}",
        description=(
            "Copy the SQLite database (consistent while the server runs) and the data folder "
            "into the new folder DIR."
            if command == "backup"
            else "Put the backup in DIR in place of the database and data folder (stop the "
            "server first); refused over a database that holds data unless --force."
        ),
    )
    parser.add_argument("folder", metavar="DIR", type=Path)
    storage_arguments(parser)
    if command == "restore":
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace a database that holds data (the old files are kept, renamed)",
        )
    args = parser.parse_args(argv)
    settings = settings_from(args)
    try:
        if command == "backup":
            summary = backup(settings, args.folder)
            verb = "backed up"
        else:
            summary = restore(settings, args.folder, force=args.force)
            verb = "restored"
    except BackupRefused as exc:
        print(f"cc-server {command}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # a full disk, a folder the user may not write: one sentence
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"cc-server {command}: failed: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
    rows = summary.rows
    print(
        f"cc-server {command}: {verb} {rows.get('cases', 0)} cases, "
        f"{rows.get('attachments', 0)} attachments, {summary.files} files "
        f"({summary.bytes / 1e6:.1f} MB), schema {summary.schema}, made {summary.made_at}"
        + (f" → {summary.folder}" if command == "backup" else f" from {summary.folder}")
    )
    return 0

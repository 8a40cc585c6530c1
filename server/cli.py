"""`cc-server`: run the central backend.

cc-server [--host H] [--port P] [--database URL] [--data-dir D] [--demo] [--rate R]
          [--workers N] [--now T] [--access-log] [--log-format text|json]
cc-server --version
cc-server migrate [--database URL]                 (the schema brought up to date, no serving)
cc-server backup DIR [--database URL] [--data-dir D]   (SQLite and the data folder, while serving)
cc-server restore DIR [--database URL] [--data-dir D] [--force]
cc-server adduser NAME --role ROLE [--department CODE]   (password from CC_NEW_PASSWORD or a prompt)

With --now 2026-12-31T23:50+08:00 the server runs as if the wall clock read that instant when
it started (and runs on from there): the demo backlog is laid out around it, and every route,
the SLA scheduler and the simulator read that clock. For demos and tests of awkward moments.

With --port 0 a free port is bound and `http://HOST:PORT` is printed on one line of stdout,
so that a parent process (the console's embedded default) can read where to connect.
"""

from __future__ import annotations

import argparse
import logging
import logging.config
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import uvicorn
from sqlalchemy import Engine, make_url

from server import reuseport
from server.config import Settings
from server.log_format import FORMATS, logging_config
from server.services.feedhub import FeedHub
from server.version import package_version, schema_head

COMMANDS = ("adduser", "migrate", "backup", "restore")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line; each option overrides its CC_* environment variable."""
    parser = argparse.ArgumentParser(
        prog="cc-server",
        description=__doc__.splitlines()[0],
        epilog="Other commands: cc-server migrate | backup DIR | restore DIR | adduser NAME "
        "(each with --help).",
    )
    parser.add_argument(
        "--version", action=_VersionAction, help="print the version and the schema, and exit"
    )
    parser.add_argument("--host", help="address to bind (CC_HOST; default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port; 0 picks a free one (CC_PORT; 8700)")
    _storage_arguments(parser)
    parser.add_argument("--demo", action="store_true", default=None, help="demo data and users")
    parser.add_argument("--rate", type=float, help="demo: simulated new cases per minute")
    parser.add_argument("--log-level", default=None, help="debug, info, warning, error")
    parser.add_argument(
        "--log-format",
        choices=FORMATS,
        default=os.environ.get("CC_LOG_FORMAT", "text"),
        help="text lines, or one JSON object a line for a log collector (CC_LOG_FORMAT)",
    )
    parser.add_argument(
        "--access-log",
        action="store_true",
        default=os.environ.get("CC_ACCESS_LOG", "").lower() in ("1", "true", "yes", "on"),
        help="log every request: client, method, path, status (CC_ACCESS_LOG)",
    )
    parser.add_argument(
        "--workers", type=int, help="HTTP worker processes, e.g. one per core (CC_WORKERS; 1)"
    )
    parser.add_argument(
        "--tls-cert", help="serve HTTPS with this certificate chain, PEM (CC_TLS_CERTFILE)"
    )
    parser.add_argument("--tls-key", help="its private key, PEM (CC_TLS_KEYFILE)")
    parser.add_argument(
        "--now",
        type=_instant,
        help="run as if it were this instant (ISO 8601 with offset, e.g. 2026-12-14T00:10+08:00)",
    )
    return parser.parse_args(argv)


def _storage_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database", help="SQLAlchemy URL (CC_DATABASE_URL)")
    parser.add_argument(
        "--data-dir",
        help="attachments and other files (CC_DATA_DIR; default: cc-data beside the SQLite file)",
    )


class _VersionAction(argparse.Action):
    """--version, worked out only when asked (it reads the migrations)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        print(version_text())
        parser.exit()


def version_text() -> str:
    """What `--version` prints: the release and the schema it migrates to."""
    return f"cc-server {package_version()} (database schema {schema_head()})"


def _instant(text: str) -> datetime:
    from server.demo.clock import parse_instant

    try:
        return parse_instant(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def settings_from(args: argparse.Namespace) -> Settings:
    """Settings from the environment, overridden by the command line."""
    now = getattr(args, "now", None)
    shift = None if now is None else (now - datetime.now(UTC)).total_seconds()
    overrides = {
        "host": getattr(args, "host", None),
        "port": getattr(args, "port", None),
        "database_url": args.database,
        "data_dir": args.data_dir,
        "demo": getattr(args, "demo", None),
        "simulator_rate": getattr(args, "rate", None),
        "log_level": getattr(args, "log_level", None),
        "workers": getattr(args, "workers", None),
        "clock_offset_seconds": shift,
        "tls_certfile": getattr(args, "tls_cert", None),
        "tls_keyfile": getattr(args, "tls_key", None),
    }
    return Settings(**{k: v for k, v in overrides.items() if v is not None})


def main(argv: list[str] | None = None) -> None:
    """Migrate, seed (demo), bind, announce the address and serve until stopped."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["adduser"]:
        from server.admin import add_user

        sys.exit(add_user(argv[1:]))
    if argv[:1] == ["migrate"]:
        sys.exit(migrate_command(argv[1:]))
    if argv[:1] in (["backup"], ["restore"]):
        sys.exit(backup_command(argv[0], argv[1:]))
    args = parse_args(argv)
    settings = settings_from(args)
    logs = logging_config(settings.log_level, args.log_format, access_log=args.access_log)
    logging.config.dictConfig(logs)
    if settings.workers > 1:
        serve_workers(settings, logs=logs, access_log=args.access_log)
        return
    from server.app import create_app

    with storage_refusal_stops_the_start(settings):
        app = create_app(settings)
        if settings.demo:
            from server.demo.backlog import seed_backlog

            seed_backlog(app.state.cc, count=settings.demo_backlog)
    sock = bind_and_announce(settings.host, settings.port, tls=bool(settings.tls_certfile))
    config = uvicorn_config(app, settings, log_config=logs, access_log=args.access_log)
    FeedReleasingServer(config, app.state.cc.hub).run(sockets=[sock])


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
    _storage_arguments(parser)
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


@contextmanager
def storage_refusal_stops_the_start(settings: Settings) -> Iterator[None]:
    """A full disk, a read-only database or an I/O error while starting: one sentence and
    exit status 1, not a traceback."""
    from server.storage import classify

    try:
        yield
    except Exception as exc:
        failure = classify(exc)
        if failure is None:
            raise
        url = make_url(settings.database_url)
        where = url.database if url.get_backend_name() == "sqlite" else url.render_as_string()
        if failure.storage == "files":
            where = f"{getattr(exc, 'filename', '') or settings.data_dir or 'the data folder'}"
        sys.exit(
            f"cc-server: cannot start: {failure.reason} ({where}); free space or make it "
            "writable, then start again."
        )


def bind_and_announce(
    host: str, port: int, *, per_worker: bool = False, tls: bool = False
) -> socket.socket:
    """Bind (port 0: a free one) and print `http://HOST:PORT` (`https://` with `tls`) on one
    line of stdout.

    `per_worker`: reserve the port for worker processes that each listen on it themselves
    (server.reuseport), where the system allows it.
    """
    if per_worker and reuseport.AVAILABLE:
        sock: socket.socket = reuseport.reserve(host, port)
    else:
        sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    print(f"{'https' if tls else 'http'}://{shown}:{bound_port}", flush=True)
    return sock


class FeedReleasingServer(uvicorn.Server):
    """uvicorn's server, which on shutdown first ends the followers' long waits: a long poll
    held open would otherwise keep the shutdown waiting until its grace period ran out (and
    log an error), so every console exit would take 3 s longer."""

    def __init__(self, config: uvicorn.Config, hub: FeedHub) -> None:
        super().__init__(config)
        self._hub = hub

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self._hub.release()
        await super().shutdown(sockets)


def uvicorn_config(app: object, settings: Settings, **options: object) -> uvicorn.Config:
    """How every cc-server process serves HTTP: headers bounded in size and in time."""
    from server.http_guard import GuardedHttpToolsProtocol

    options.setdefault("access_log", False)
    if settings.tls_certfile:
        options.setdefault("ssl_certfile", settings.tls_certfile)
        options.setdefault("ssl_keyfile", settings.tls_keyfile)
    # With a logging configuration of ours (server.log_format) the levels are set there.
    level = None if "log_config" in options else settings.log_level.lower()
    return uvicorn.Config(
        app,  # type: ignore[arg-type]
        log_level=level,
        timeout_graceful_shutdown=3,
        http=GuardedHttpToolsProtocol.configure(
            settings.header_max_bytes, settings.header_timeout_seconds
        ),
        **options,  # type: ignore[arg-type]
    )


def serve_workers(
    settings: Settings,
    factory: str = "server.app:worker_app",
    *,
    logs: dict[str, Any] | None = None,
    access_log: bool = False,
) -> None:
    """Several HTTP worker processes on one socket, under uvicorn's supervisor.

    This process prepares the database once, then runs what must run once (the SLA
    scheduler, the demo simulator) beside the supervisor; the workers only serve requests.
    Every commit wakes every worker's feed (server.services.wakeup).
    """
    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        sys.exit(
            "cc-server: --workers needs a database file or server; an in-memory SQLite "
            "database is private to one process"
        )
    from uvicorn.supervisors import Multiprocess

    from server.app import build_state
    from server.background import Checkpointer, Scheduler

    with storage_refusal_stops_the_start(settings):
        state = build_state(settings)
    background: list[Any] = [Scheduler(state), Checkpointer(state)]
    if settings.demo:
        from server.demo.backlog import seed_backlog
        from server.demo.simulator import Simulator

        with storage_refusal_stops_the_start(settings):
            seed_backlog(state, count=settings.demo_backlog)
        if settings.simulator_rate > 0:
            background.append(Simulator(state, settings.simulator_rate))
    # The workers build their settings from the environment: hand on the command line's.
    os.environ.update(
        CC_DATABASE_URL=settings.database_url,
        CC_DEMO="true" if settings.demo else "false",
        CC_LOG_LEVEL=settings.log_level,
        CC_WORKERS=str(settings.workers),
        CC_CLOCK_OFFSET_SECONDS=str(settings.clock_offset_seconds),
        CC_SUPERVISOR_PID=str(os.getpid()),
    )
    sock = bind_and_announce(
        settings.host, settings.port, per_worker=True, tls=bool(settings.tls_certfile)
    )
    logging_options: dict[str, Any] = {} if logs is None else {"log_config": logs}
    config = uvicorn_config(
        factory,
        settings,
        factory=True,
        workers=settings.workers,
        access_log=access_log,
        **logging_options,
    )
    for work in background:
        work.start()
    try:
        Multiprocess(config, sockets=[sock]).run()
    finally:
        for work in reversed(background):
            work.stop()
        state.db.dispose()


if __name__ == "__main__":
    main()

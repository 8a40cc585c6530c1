"""`cc-server`: run the central backend.

cc-server [--host H] [--port P] [--database URL] [--demo] [--rate R] [--workers N] [--now T]
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
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import uvicorn
from sqlalchemy import make_url

from server import reuseport
from server.config import Settings


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line; each option overrides its CC_* environment variable."""
    parser = argparse.ArgumentParser(prog="cc-server", description=__doc__.splitlines()[0])
    parser.add_argument("--host", help="address to bind (CC_HOST; default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port; 0 picks a free one (CC_PORT; 8700)")
    parser.add_argument("--database", help="SQLAlchemy URL (CC_DATABASE_URL)")
    parser.add_argument("--demo", action="store_true", default=None, help="demo data and users")
    parser.add_argument("--rate", type=float, help="demo: simulated new cases per minute")
    parser.add_argument("--log-level", default=None, help="debug, info, warning, error")
    parser.add_argument(
        "--workers", type=int, help="HTTP worker processes, e.g. one per core (CC_WORKERS; 1)"
    )
    parser.add_argument(
        "--now",
        type=_instant,
        help="run as if it were this instant (ISO 8601 with offset, e.g. 2026-12-14T00:10+08:00)",
    )
    return parser.parse_args(argv)


def _instant(text: str) -> datetime:
    from server.demo.clock import parse_instant

    try:
        return parse_instant(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def settings_from(args: argparse.Namespace) -> Settings:
    """Settings from the environment, overridden by the command line."""
    shift = None if args.now is None else (args.now - datetime.now(UTC)).total_seconds()
    overrides = {
        "host": args.host,
        "port": args.port,
        "database_url": args.database,
        "demo": args.demo,
        "simulator_rate": args.rate,
        "log_level": args.log_level,
        "workers": args.workers,
        "clock_offset_seconds": shift,
    }
    return Settings(**{k: v for k, v in overrides.items() if v is not None})


def main(argv: list[str] | None = None) -> None:
    """Migrate, seed (demo), bind, announce the address and serve until stopped."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["adduser"]:
        from server.admin import add_user

        sys.exit(add_user(argv[1:]))
    args = parse_args(argv)
    settings = settings_from(args)
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if settings.workers > 1:
        serve_workers(settings)
        return
    from server.app import create_app

    with storage_refusal_stops_the_start(settings):
        app = create_app(settings)
        if settings.demo:
            from server.demo.backlog import seed_backlog

            seed_backlog(app.state.cc, count=settings.demo_backlog)
    sock = bind_and_announce(settings.host, settings.port)
    uvicorn.Server(uvicorn_config(app, settings)).run(sockets=[sock])


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


def bind_and_announce(host: str, port: int, *, per_worker: bool = False) -> socket.socket:
    """Bind (port 0: a free one) and print `http://HOST:PORT` on one line of stdout.

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
    print(f"http://{shown}:{bound_port}", flush=True)
    return sock


def uvicorn_config(app: object, settings: Settings, **options: object) -> uvicorn.Config:
    """How every cc-server process serves HTTP: headers bounded in size and in time."""
    from server.http_guard import GuardedHttpToolsProtocol

    return uvicorn.Config(
        app,  # type: ignore[arg-type]
        log_level=settings.log_level.lower(),
        access_log=False,
        timeout_graceful_shutdown=3,
        http=GuardedHttpToolsProtocol.configure(
            settings.header_max_bytes, settings.header_timeout_seconds
        ),
        **options,  # type: ignore[arg-type]
    )


def serve_workers(settings: Settings, factory: str = "server.app:worker_app") -> None:
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
    sock = bind_and_announce(settings.host, settings.port, per_worker=True)
    config = uvicorn_config(factory, settings, factory=True, workers=settings.workers)
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

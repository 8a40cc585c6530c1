"""How cc-server serves (server/cli.py starts it): a storage failure at the start said in one
sentence, the socket bound and its address announced, uvicorn configured the same way for
every process, the feed's long waits released on shutdown, and several worker processes on
one socket under uvicorn's supervisor."""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from sqlalchemy import make_url

from server import reuseport
from server.config import Settings
from server.services.feedhub import FeedHub


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

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
import sys

from server.cli_maintenance import backup_command, migrate_command
from server.cli_options import VersionAction, instant, settings_from, storage_arguments
from server.cli_serving import (
    FeedReleasingServer,
    bind_and_announce,
    serve_workers,
    storage_refusal_stops_the_start,
    uvicorn_config,
)
from server.log_format import FORMATS, logging_config

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
        "--version", action=VersionAction, help="print the version and the schema, and exit"
    )
    parser.add_argument("--host", help="address to bind (CC_HOST; default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port; 0 picks a free one (CC_PORT; 8700)")
    storage_arguments(parser)
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
        type=instant,
        help="run as if it were this instant (ISO 8601 with offset, e.g. 2026-12-14T00:10+08:00)",
    )
    return parser.parse_args(argv)


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


if __name__ == "__main__":
    main()

"""`cc-server`: run the central backend.

cc-server [--host H] [--port P] [--database URL] [--demo] [--rate R]
cc-server adduser NAME --role ROLE [--department CODE]   (password from CC_NEW_PASSWORD or a prompt)

With --port 0 a free port is bound and `http://HOST:PORT` is printed on one line of stdout,
so that a parent process (the console's embedded default) can read where to connect.
"""

from __future__ import annotations

import argparse
import logging
import socket
import sys

import uvicorn

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
    return parser.parse_args(argv)


def settings_from(args: argparse.Namespace) -> Settings:
    """Settings from the environment, overridden by the command line."""
    overrides = {
        "host": args.host,
        "port": args.port,
        "database_url": args.database,
        "demo": args.demo,
        "simulator_rate": args.rate,
        "log_level": args.log_level,
    }
    return Settings(**{k: v for k, v in overrides.items() if v is not None})


def main(argv: list[str] | None = None) -> None:
    """Migrate, seed (demo), bind, announce the address and serve until stopped."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["adduser"]:
        from server.admin import add_user

        sys.exit(add_user(argv[1:]))
    settings = settings_from(parse_args(argv))
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    from server.app import create_app

    app = create_app(settings)
    if settings.demo:
        from server.demo.backlog import seed_backlog

        seed_backlog(app.state.cc, count=settings.demo_backlog)
    sock = socket.socket(socket.AF_INET6 if ":" in settings.host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((settings.host, settings.port))
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"http://{shown}:{port}", flush=True)
    config = uvicorn.Config(
        app,
        log_level=settings.log_level.lower(),
        access_log=False,
        timeout_graceful_shutdown=3,
    )
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()

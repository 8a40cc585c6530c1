"""The framework's ceiling: cc-server's stack around one endpoint that does no work.

    python -m benchmarks.ceiling_app --port 0 --database URL --page PAGE_FILE

`GET /api/v1/cases` here returns pre-encoded bytes of a real list page (taken once from the
server), through everything the real list endpoint passes through except its own work: it
is the server's own application (same middleware, exception handlers, lifespan and thread
pool of CC_WORKER_THREADS), served with the same uvicorn settings as `server.cli.main`, with
one sync route put in front of the real list route, behind the same bearer-token dependency
(`server.deps.get_actor`: HTTPBearer, JWT verification, user check). Left out is the list
endpoint's own cost: query-parameter validation, the database read, building and encoding
the page. Run it on the server's database after the server has stopped, so that the
server's tokens are valid. Like cc-server, the first stdout line is the URL.
"""

from __future__ import annotations

import argparse
import socket
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from fastapi.responses import Response

from server.app import create_app
from server.config import Settings
from server.deps import CurrentActor


def create_ceiling_app(page: bytes, settings: Settings) -> FastAPI:
    """The server's own app (`server.app.create_app`, scheduler off) with one route in front.

    GET /api/v1/cases answers `page` to any valid bearer token; being first in the route
    table, it shadows the real list endpoint. Middleware, exception handlers, lifespan
    (thread pool size, feed hub) and the bearer dependency are the server's.
    """
    app = create_app(settings, background=False)

    def static_page(actor: CurrentActor) -> Response:
        """The same page every time."""
        return Response(page, media_type="application/json")

    app.add_api_route("/api/v1/cases", static_page, methods=["GET"], name="ceiling")
    routes = app.router.routes
    routes.insert(0, routes.pop())
    return app


def main(argv: list[str] | None = None) -> None:
    """Bind, print the URL and serve with cc-server's uvicorn configuration."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--database", required=True, help="the server's database URL")
    parser.add_argument("--page", type=Path, required=True, help="the bytes to serve")
    parser.add_argument("--log-level", default="warning")
    args = parser.parse_args(argv)
    # CC_* variables apply as for the server (CC_WORKER_THREADS, CC_MAX_BODY_BYTES); demo
    # mode as the server ran, or the demo users would be disabled.
    settings = Settings(
        database_url=args.database, host=args.host, port=args.port, demo=True, simulator_rate=0
    )
    app = create_ceiling_app(args.page.read_bytes(), settings)
    sock = socket.socket(socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    host, port = sock.getsockname()[:2]
    print(f"http://{host}:{port}", flush=True)
    config = uvicorn.Config(
        app, log_level=args.log_level, access_log=False, timeout_graceful_shutdown=3
    )
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()

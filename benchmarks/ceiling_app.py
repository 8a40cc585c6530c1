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
import os
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from fastapi.responses import Response
from uvicorn.supervisors import Multiprocess

from server.app import create_app
from server.cli_serving import bind_and_announce, uvicorn_config
from server.config import Settings
from server.deps import CurrentActor


def create_ceiling_app(page: bytes, settings: Settings, *, prepare: bool = True) -> FastAPI:
    """The server's own app (`server.app.create_app`, scheduler off) with one route in front.

    GET /api/v1/cases answers `page` to any valid bearer token; being first in the route
    table, it shadows the real list endpoint. Middleware, exception handlers, lifespan
    (thread pool size, feed hub) and the bearer dependency are the server's.
    """
    app = create_app(settings, background=False, prepare=prepare)

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
    if settings.workers > 1:  # as many processes as the server had (CC_WORKERS)
        os.environ.update(
            CC_DATABASE_URL=args.database, CC_DEMO="true", CC_CEILING_PAGE=str(args.page)
        )
        sock = bind_and_announce(args.host, args.port, per_worker=True)
        factory = "benchmarks.ceiling_app:worker_app"
        config = uvicorn_config(factory, settings, factory=True, workers=settings.workers)
        Multiprocess(config, sockets=[sock]).run()
        return
    app = create_ceiling_app(args.page.read_bytes(), settings)
    sock = bind_and_announce(args.host, args.port)
    uvicorn.Server(uvicorn_config(app, settings)).run(sockets=[sock])


def worker_app() -> FastAPI:
    """One worker process of the ceiling (settings and page from the environment)."""
    page = Path(os.environ["CC_CEILING_PAGE"]).read_bytes()
    return create_ceiling_app(page, Settings(), prepare=False)


if __name__ == "__main__":
    main()

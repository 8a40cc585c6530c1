"""The field app (`/field/`, issue #21): a mobile web app for river chiefs, grid members,
department staff and volunteer team leads, served by cc-server from files shipped with the
package (plain HTML, CSS and JavaScript modules: no build step, no CDN, nothing fetched from
the internet).

It speaks the same REST API as the console, with the same accounts, lifecycle rules,
versions and Idempotency-Keys; writes go through an offline queue on the phone (IndexedDB)
that replays them, exactly once, when the network returns. Browsers give GPS (and service
workers) only to secure pages: on plain HTTP from another machine the app says so instead of
recording an empty track (serve it over HTTPS: docs/deploy.md).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

URL = "/field"


def static_dir() -> Path:
    """The app's files."""
    return Path(__file__).resolve().parent / "static"


def install(app: FastAPI) -> None:
    """Serve the app at /field/ (index.html for the folder)."""
    app.mount(URL, StaticFiles(directory=static_dir(), html=True), name="field-app")

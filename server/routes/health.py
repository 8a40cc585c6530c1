"""Liveness and readiness."""

from __future__ import annotations

import os
from typing import Any

from fastapi import APIRouter
from sqlalchemy import text

from server.deps import StateDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
def health(state: StateDep) -> dict[str, Any]:
    """ok when the database answers; the feed head tells a client how current it is."""
    with state.db.read() as session:
        session.execute(text("SELECT 1"))
    return {
        "status": "ok",
        "database": state.db.engine.dialect.name,
        "demo": state.settings.demo,
        "feed_seq": state.hub.head,
        "process": os.getpid(),  # which worker answered (cc-server --workers N)
    }

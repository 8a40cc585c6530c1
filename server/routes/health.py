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
    """ok when the database answers; `degraded` (with the reason) while writes fail; the feed
    head tells a client how current it is."""
    with state.db.read() as session:
        session.execute(text("SELECT 1"))
    failing = state.storage.state()
    degraded: dict[str, Any] = {}
    if failing is not None:
        failure, seconds = failing
        degraded = {
            "reason": f"writes fail: {failure.reason}",
            "storage": failure.storage,
            "failing_seconds": round(seconds),
        }
    return {
        "status": "degraded" if degraded else "ok",
        **degraded,
        "database": state.db.engine.dialect.name,
        "demo": state.settings.demo,
        "feed_seq": state.hub.head,
        "process": os.getpid(),  # which worker answered (cc-server --workers N)
    }

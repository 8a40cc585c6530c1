"""The drill driver: a daemon thread that brings every running run up to its clock.

The routes bring a run up to date as well whenever they touch it (reading its state among
them), so a run moves on even where this thread is not started (tests drive it by hand).
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.drills.injector import advance
from server.drills.runs import get_run
from server.models import DrillRun
from server.state import AppState

log = logging.getLogger(__name__)


class DrillDriver:
    """Advances running drill runs every `EVERY_SECONDS` (inject lateness ≤ that)."""

    EVERY_SECONDS = 0.5

    def __init__(self, state: AppState) -> None:
        self._state = state
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="drill-driver", daemon=True)

    def start(self) -> None:
        """Begin advancing runs."""
        self._thread.start()

    def stop(self) -> None:
        """Stop after the current pass."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.wait(self.EVERY_SECONDS):
            try:
                self.tick()
            except Exception:  # the next pass retries
                log.exception("drill pass failed")

    def tick(self) -> int:
        """One pass over the running runs; returns how many things happened."""
        state = self._state
        with state.db.read() as session:
            ids = list(session.scalars(select(DrillRun.id).where(DrillRun.status == "running")))
        happened = 0
        for run_id in ids:
            if self._stop.is_set():
                break
            with state.db.write() as session:
                happened += catch_up(state, session, run_id)
        if happened:
            state.hub.notify()
        return happened


def catch_up(state: AppState, session: Session, run_id: int) -> int:
    """Bring one run up to its clock in this write transaction (the run row locked)."""
    run = get_run(session, run_id, lock=True)
    return advance(
        session,
        run,
        ref=state.reference.get(),
        sla=state.sla,
        real_now=state.clock(),
        settings=state.settings,
    )

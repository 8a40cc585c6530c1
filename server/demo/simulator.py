"""The demo simulator: new reports from every channel, and departments that sign and resolve.

The duty room is played by the people at the consoles; the simulator plays everyone else.
Each unit of work is its own short transaction, and a refusal (a person acted first, the
case moved on) is simply skipped.
"""

from __future__ import annotations

import logging
import math
import random
import threading
import time
from collections import Counter
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from server.demo import texts, texts_data
from server.models import Case
from server.problems import Problem
from server.schemas.case import ActionRequest
from server.services.cases import apply_action, create_case
from server.services.lifecycle import Actor
from server.state import AppState

log = logging.getLogger(__name__)


class Simulator:
    """A daemon thread that brings cases in at a rate and plays the departments' part."""

    # Longest pause between department rounds; busier demos act more often.
    ROUND_SECONDS = 5.0
    # A department signs a case this long after it last changed at the earliest, and works on
    # it at least MIN_HANDLING before it reports the result.
    SIGN_AFTER = timedelta(seconds=10)
    MIN_HANDLING = timedelta(seconds=60)
    # Results come in at half the pace of signing: handling takes a while.
    RESOLVE_PACE = 0.5
    MAX_PICKS = 8
    RETURN_SHARE = 0.08
    EXTENSION_SHARE = 0.05

    def __init__(self, state: AppState, rate_per_minute: float, seed: int | None = None) -> None:
        """Prepare (not start) a simulator of `rate_per_minute` new cases on average."""
        self._state = state
        self._rate = max(0.0, rate_per_minute)
        # Separate streams, so that a seeded run reports the same cases however it is timed.
        self._reports = random.Random(seed)
        self._rng = random.Random(None if seed is None else seed + 1)
        self._round = min(self.ROUND_SECONDS, max(0.5, 120.0 / self._rate)) if self._rate else 5.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="demo-simulator", daemon=True)
        self.created = 0
        self.actions: Counter[str] = Counter()

    def start(self) -> None:
        """Start the thread."""
        self._thread.start()

    @property
    def running(self) -> bool:
        """Whether the simulator's thread is alive."""
        return self._thread.is_alive()

    def stop(self) -> None:
        """Ask the thread to stop and wait for it (a few seconds at most)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        log.info("demo simulator: %.1f new cases per minute", self._rate)
        next_case = time.monotonic() + self._arrival()
        next_round = time.monotonic() + min(1.0, self._round)
        while not self._stop.is_set():
            wait = min(next_case, next_round) - time.monotonic()
            if wait > 0 and self._stop.wait(wait):
                break
            try:
                if time.monotonic() >= next_case:
                    # After a stall, catch up by one second at most instead of a burst.
                    next_case = max(next_case, time.monotonic() - 1.0) + self._arrival()
                    self.new_case()
                if time.monotonic() >= next_round:
                    next_round = time.monotonic() + self._round * self._rng.uniform(0.5, 1.5)
                    self.department_round()
            except Exception:  # the demo must never take the server down
                log.exception("demo simulator: iteration failed")
                self._stop.wait(1.0)
        log.info("demo simulator stopped (%d cases, %s)", self.created, dict(self.actions))

    def _arrival(self) -> float:
        """Seconds to the next report (exponential inter-arrival times)."""
        return self._reports.expovariate(self._rate / 60.0) if self._rate else math.inf

    def new_case(self) -> None:
        """One new report from some channel, as its intake system would file it."""
        state = self._state
        ref = state.reference.get()
        report = texts.make_report(self._reports, ref)
        actor = Actor(None, texts_data.CHANNEL_ACTORS[report.channel], "system")
        with state.db.write() as session:
            case = create_case(
                session, data=report, actor=actor, ref=ref, sla=state.sla, now=state.clock()
            )
            number = case.ref
        state.hub.notify()
        self.created += 1
        log.info("demo simulator: %s reported %s %s", actor.name, number, report.title)

    def department_round(self) -> None:
        """Departments sign or return what was dispatched to them, and resolve what is done."""
        rng = self._rng
        now = self._state.clock()
        with self._state.db.read() as session:
            dispatched = self._pick(
                session, 1.0, Case.state == "dispatched", Case.updated_at <= now - self.SIGN_AFTER
            )
            handling = self._pick(
                session,
                self.RESOLVE_PACE,
                Case.state == "in_progress",
                Case.updated_at <= now - self.MIN_HANDLING,
            )
        ref = self._state.reference.get()
        for case in dispatched:
            right = ref.categories[case.category_id].department_id
            if case.department_id != right and rng.random() < 0.8:
                reason = texts.note(rng, texts_data.RETURN_WRONG, dept=ref.departments[right].name)
                self._act(case, action="return", note=reason)
            elif rng.random() < self.RETURN_SHARE:
                self._act(case, action="return", note=rng.choice(texts_data.RETURN_OTHER))
            else:
                self._act(case, action="sign", note=rng.choice(texts_data.SIGN_NOTES))
        for case in handling:
            roll = rng.random()
            if roll < self.EXTENSION_SHARE and case.extension_pending_min is None:
                minutes = 120 if case.urgency == "emergency" else 450 * rng.choice((1, 3, 5))
                note = rng.choice(texts_data.EXTENSION)
                self._act(case, action="request_extension", extension_minutes=minutes, note=note)
            else:
                code = ref.departments[case.department_id].code
                notes = texts_data.RESOLVE_NOTES.get(code, ["已按要求办理完毕。"])
                self._act(case, action="resolve", note=texts.note(rng, notes))

    def _pick(self, session: Any, pace: float, *where: Any) -> list[Any]:
        """A few random live cases matching `where`, as (id, version, ...) rows.

        About `pace` times as many per minute as new cases come in, so that at any rate the
        departments keep up with the flow without draining the board at once.
        """
        mean = self._rate * self._round / 60.0 * pace
        count = min(self.MAX_PICKS, int(mean) + (self._rng.random() < mean - int(mean)))
        if count == 0:
            return []
        stmt = (
            select(
                Case.id,
                Case.version,
                Case.department_id,
                Case.category_id,
                Case.urgency,
                Case.extension_pending_min,
            )
            .where(Case.drill.is_(False), Case.department_id.is_not(None), *where)
            .order_by(func.random())
            .limit(count)
        )
        return list(session.execute(stmt))

    def _act(self, case: Any, **request: Any) -> None:
        """One department action on the version seen; a refusal means someone was quicker."""
        state = self._state
        ref = state.reference.get()
        department = ref.departments[case.department_id]
        actor = Actor(None, department.name, "department", department.id)
        action = ActionRequest(**request)
        try:
            with state.db.write() as session:
                changed = apply_action(
                    session,
                    case_id=case.id,
                    request=action,
                    version=case.version,
                    actor=actor,
                    ref=ref,
                    sla=state.sla,
                    now=state.clock(),
                )
                number = changed.ref
        except Problem as problem:
            log.debug("demo simulator: %s on case %s skipped: %s", action.action, case.id, problem)
            return
        state.hub.notify()
        self.actions[action.action] += 1
        log.info("demo simulator: %s %s %s", department.name, action.action, number)

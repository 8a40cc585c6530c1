"""How often one may guess a password: per account (shared by every server process, kept in
the admin log) and per client address (in each process's memory).

- An account is locked after `failures` wrong passwords in a row (a success or an
  administrator's unlock ends the row) for `lock_minutes` after the last of them; while
  locked, even the right password is refused with 429 and no hashing is done at all. Each
  wrong password after the lock has passed locks it again. An administrator unlocks at once
  (`POST /api/v1/users/{id}/unlock`, an `unlock` record in the admin log).
- One client address gets `address_failures` wrong passwords (over any accounts) in a sliding
  window of `lock_minutes`; further attempts get 429 until the oldest leaves the window. The
  counts live in each worker process; with N workers an address may try up to N times as
  many (documented in docs/security.md).

Refused attempts are logged (one line per account or address a minute at most), never with
the password tried.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.config import Settings
from server.models import AdminRecord
from server.problems import Code, Problem

log = logging.getLogger(__name__)

# The sign-in records that make or end a row of failures.
ROW_ACTIONS = ("failure", "success", "unlock")
MAX_ADDRESSES = 10_000  # remembered at once; the least recently failing are forgotten first
LOG_EVERY_SECONDS = 60.0


@dataclass(frozen=True)
class Limits:
    """The thresholds (server settings `sign_in_*`)."""

    failures: int = 5
    address_failures: int = 30
    lock_minutes: float = 15.0

    @classmethod
    def of(cls, settings: Settings) -> Limits:
        return cls(
            settings.sign_in_failures,
            settings.sign_in_address_failures,
            settings.sign_in_lock_minutes,
        )


def too_many(detail: str, retry_after: float) -> Problem:
    """429 with Retry-After (whole seconds, at least 1)."""
    problem = Problem(
        429, "Too many sign-in attempts", detail, code=Code.TOO_MANY_ATTEMPTS, kind="throttled"
    )
    problem.headers["Retry-After"] = str(max(1, math.ceil(retry_after)))
    return problem


def account_locked_until(
    session: Session, username: str, now: datetime, limits: Limits
) -> datetime | None:
    """When the account's lock ends, if it is locked at `now`; None if it is not."""
    rows = session.execute(
        select(AdminRecord.action, AdminRecord.created_at)
        .where(
            AdminRecord.actor_username == username[:80],
            AdminRecord.kind == "sign_in",
            AdminRecord.action.in_(ROW_ACTIONS),
        )
        .order_by(AdminRecord.id.desc())
        .limit(limits.failures)
    ).all()
    if len(rows) < limits.failures or any(action != "failure" for action, _ in rows):
        return None
    until: datetime = rows[0][1] + timedelta(minutes=limits.lock_minutes)
    return until if until > now else None


class AddressLimiter:
    """Wrong passwords per client address in a sliding window, in this process."""

    def __init__(self, limits: Limits, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self._clock = clock
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()
        self._logged: dict[str, float] = {}

    @property
    def _window(self) -> float:
        return self.limits.lock_minutes * 60.0

    def note_refusal(self, who: str) -> None:
        """Log a refused attempt: one line per account or address a minute at most, however
        hard it is hammered."""
        now = self._clock()
        with self._lock:
            if now - self._logged.get(who, -LOG_EVERY_SECONDS) < LOG_EVERY_SECONDS:
                return
            if len(self._logged) > MAX_ADDRESSES:
                self._logged.clear()
            self._logged[who] = now
        log.warning("sign-in refused: too many wrong passwords for %s", who)

    def check(self, address: str) -> None:
        """429 while the address has used up its failures."""
        with self._lock:
            times = self._recent(address)
            if times is None or len(times) < self.limits.address_failures:
                return
            wait = times[0] + self._window - self._clock()
        self.note_refusal(f"address {address}")
        raise too_many(
            "Too many wrong passwords from this address; try again later.", retry_after=wait
        )

    def failed(self, address: str) -> None:
        """Count a wrong password from the address."""
        with self._lock:
            times = self._recent(address)
            if times is None:
                times = self._failures[address] = deque()
            times.append(self._clock())
            self._failures.move_to_end(address)
            while len(self._failures) > MAX_ADDRESSES:
                self._failures.popitem(last=False)

    def _recent(self, address: str) -> deque[float] | None:
        times = self._failures.get(address)
        if times is None:
            return None
        oldest = self._clock() - self._window
        while times and times[0] <= oldest:
            times.popleft()
        return times

"""The application's shared state: what every request and background job works with.

One `AppState` per process, built by `server.app.build_state` and kept on the FastAPI app
(`app.state.cc`); routes receive it through `server.deps.StateDep`, background jobs and the
demo are handed it. Imports no FastAPI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from server.config import Settings
from server.db import Database, utcnow
from server.services.auth import TokenCache, UserCheck
from server.services.bounded_pool import BoundedPool, password_checks, photo_checks
from server.services.calendar_admin import CalendarSync
from server.services.case_json import CaseJsonCache
from server.services.feedhub import FeedHub
from server.services.imagecheck import DecodeBudget
from server.services.kpi_timeline import OverdueCurves
from server.services.refdata import ReferenceCache
from server.services.sign_in_limits import AddressLimiter, Limits
from server.services.sla import SlaClock
from server.storage import StorageHealth

# What tells the server the time: a callable returning the current instant, aware, in UTC.
Clock = Callable[[], datetime]


@dataclass
class AppState:
    """Everything a request needs: settings, database, caches, clocks and feed hub.

    `clock` is the one source of the current instant for routes and background jobs (the
    wall clock; tests replace it to choose "now").
    """

    settings: Settings
    db: Database
    reference: ReferenceCache
    sla: SlaClock
    hub: FeedHub
    users: UserCheck
    calendar: CalendarSync
    signing_key: str = ""
    case_json: CaseJsonCache = field(default_factory=CaseJsonCache)
    overdue_curves: OverdueCurves = field(default_factory=OverdueCurves)
    tokens: TokenCache = field(default_factory=TokenCache)
    clock: Clock = utcnow
    # Wrong passwords per client address in this process (per account: in the database).
    sign_in_addresses: AddressLimiter = field(default_factory=lambda: AddressLimiter(Limits()))
    # Whether writes fail now (disk full, read-only, I/O error): /healthz says so.
    storage: StorageHealth = field(default_factory=StorageHealth)
    # Memory for decoding uploaded photos (server.app.build_state sizes it from the settings).
    decoding: DecodeBudget = field(default_factory=lambda: DecodeBudget(256_000_000))
    # Where password checks and photo checks run, apart from the shared pool (sized from the
    # settings by server.app.build_state).
    password_checks: BoundedPool = field(default_factory=lambda: password_checks(1, 32))
    photo_checks: BoundedPool = field(default_factory=lambda: photo_checks(1, 16))

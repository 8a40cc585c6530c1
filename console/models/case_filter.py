"""What the officer filters the queue by, and the per-case facts it needs; no Qt here."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from console.api import rules as server_rules
from console.contract import Case, open_states, set_open_states

log = logging.getLogger(__name__)

# The state codes the console names (console/models/labels.py) and the case store encodes, in
# the lifecycle's order. Which of them are open is the server's rule (below).
STATES = (
    "reported",
    "registered",
    "dispatched",
    "in_progress",
    "returned",
    "resolved",
    "parked",
    "closed",
    "voided",
    "merged",
)
# The open states are the server's rule (`rules.open_states` of GET /api/v1/reference), kept in
# one place: console.contract's `open_states()`, which `Case.is_open`, the case store's open
# ranks and `live_color` read when they run (never a copy made at import). Installed here
# whenever the reference data is loaded; the lifecycle's first seven states until then.


def _on_rules_installed(rules: server_rules.Rules) -> None:
    unknown = set(rules.states) - set(STATES)
    if unknown:
        log.warning("the server has states the console cannot show: %s", sorted(unknown))
    set_open_states(rules.open_states)


def __getattr__(name: str) -> frozenset[str]:
    # OPEN (read by labels.OPEN_STATES, tests, benchmarks): the open states as they are now.
    if name == "OPEN":
        return open_states()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


server_rules.subscribe(_on_rules_installed)
SEARCHED = (
    "ref",
    "title",
    "address",
    "description",
    "category_name",
    "street_name",
    "community",
    "department_name",
    "reporter_name",
)


def timestamp(value: str | None) -> float | None:
    """Seconds since the epoch of an ISO 8601 time with offset (None stays None)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).timestamp()
    except ValueError:
        return None


COLOR_RANK = {"green": 0, "yellow": 1, "red": 2}


def live_color(case: Case, now: float) -> str | None:
    """A case's color now: the clock's between events, the server's when paused.

    (The queue computes the same over all its cases at once: `CaseStore.colors`.)

    Within one version of a case its color only worsens, so the worse of the clock's and the
    server's color holds: a console whose clock lags still shows red once the server says so.
    """
    server = case.color
    due = timestamp(case.due_at)
    if due is None or case.sla_paused or not case.is_open:
        return server
    warn = timestamp(case.warn_at)
    clock = "red" if now >= due else "yellow" if warn is not None and now >= warn else "green"
    return server if COLOR_RANK.get(server, -1) > COLOR_RANK[clock] else clock  # type: ignore[arg-type]


@dataclass(frozen=True)
class CaseFilter:
    """The queue's filter: empty sets mean 'any'; text matches several fields, any case."""

    states: frozenset[str] = frozenset()
    open_only: bool = True
    colors: frozenset[str] = frozenset()
    channels: frozenset[str] = frozenset()
    streets: frozenset[str] = frozenset()
    departments: frozenset[str] = frozenset()
    text: str = ""
    # A trainee's window in a drill run shows that run's cases only (set from outside the
    # filter bar: QueuePane.set_drill_run); empty: cases of any run, and live ones.
    drill_runs: frozenset[int] = frozenset()
    _needle: str = field(default="", init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_needle", self.text.strip().casefold())

    @property
    def needle(self) -> str:
        """The search text as matched: trimmed and casefolded."""
        return self._needle

    @property
    def uses_clock(self) -> bool:
        """Whether membership can change with time alone (a color filter)."""
        return bool(self.colors)

"""What the officer filters the queue by, and the per-case facts it needs; no Qt here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

OPEN = frozenset(
    {"reported", "registered", "dispatched", "in_progress", "returned", "resolved", "parked"}
)
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


def prepare(case: dict[str, Any]) -> dict[str, Any]:
    """Add the derived fields the queue reads on every paint (parsed times, search text)."""
    case["_warn"] = timestamp(case.get("warn_at"))
    case["_due"] = timestamp(case.get("due_at"))
    case["_created"] = timestamp(case.get("created_at")) or 0.0
    case["_hay"] = " ".join(str(case.get(name) or "") for name in SEARCHED).casefold()
    return case


_RANK = {"green": 0, "yellow": 1, "red": 2}


def live_color(case: dict[str, Any], now: float) -> str | None:
    """Green, yellow or red from the clock between events (the server's color when paused).

    Within one version of a case its color only worsens, so the worse of the clock's and the
    server's color holds: a console whose clock lags still shows red once the server says so.
    """
    server = case.get("color")
    due = case.get("_due")
    if due is None or case.get("sla_paused") or case.get("state") not in OPEN:
        return server
    warn = case.get("_warn")
    clock = "red" if now >= due else "yellow" if warn is not None and now >= warn else "green"
    return server if _RANK.get(server, -1) > _RANK[clock] else clock  # type: ignore[arg-type]


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
    _needle: str = field(default="", init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_needle", self.text.strip().casefold())

    @property
    def uses_clock(self) -> bool:
        """Whether membership can change with time alone (a color filter)."""
        return bool(self.colors)

    def matches(self, case: dict[str, Any], now: float) -> bool:
        """Whether the case belongs in the filtered queue at this moment."""
        state = case.get("state")
        if self.open_only and state not in OPEN:
            return False
        if self.states and state not in self.states:
            return False
        if self.channels and case.get("channel") not in self.channels:
            return False
        if self.streets and case.get("street") not in self.streets:
            return False
        if self.departments and case.get("department") not in self.departments:
            return False
        if self.colors and live_color(case, now) not in self.colors:
            return False
        return not self._needle or self._needle in case.get("_hay", "")

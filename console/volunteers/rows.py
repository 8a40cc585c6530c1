"""The order of the requests in the list and what their deadlines say; no Qt widgets.

Open requests come first, the ones the center must act on soonest at the top (by state, then
by deadline, then newest); ended ones (rated, cancelled) follow, newest first.
"""

from __future__ import annotations

from typing import Any

from console.models import center_time
from console.volunteers.texts import OPEN, STATE_ORDER

FAR = 1e18  # a request without a deadline sorts after those with one


def due_epoch(request: dict[str, Any]) -> float | None:
    """The deadline as a timestamp, None when the state has none."""
    moment = center_time.parse(request.get("due_at"))
    return moment.timestamp() if moment is not None else None


def sort_key(request: dict[str, Any]) -> tuple[int, int, float, int]:
    """Open first; among open ones by state, then the nearest deadline; then newest."""
    state = str(request.get("state") or "")
    is_open = state in OPEN
    due = due_epoch(request) if is_open else None
    return (
        0 if is_open else 1,
        STATE_ORDER.get(state, 9) if is_open else 0,
        due if due is not None else FAR,
        -int(request.get("id") or 0),
    )


def ordered(requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The requests in the list's order."""
    return sorted(requests, key=sort_key)


def overdue(request: dict[str, Any], now: float) -> bool:
    """Whether its deadline has passed (the server's flag, or our clock since)."""
    if request.get("state") not in OPEN:
        return False
    due = due_epoch(request)
    return bool(request.get("overdue")) or (due is not None and due <= now)


def newer(old: dict[str, Any] | None, new: dict[str, Any]) -> bool:
    """Whether `new` is at least as recent as `old` (same version: the fuller one wins)."""
    if old is None:
        return True
    return int(new.get("version") or 0) >= int(old.get("version") or 0)


# Yellow (due soon) in the last half hour: a quarter of the 2 hours an offer or an answer has.
WARN_SECONDS = 30 * 60


def color(request: dict[str, Any], now: float) -> str | None:
    """The deadline's color as the cases have theirs (red past it, yellow in its last half
    hour, green before); None for a request without a deadline (accepted, done, ended)."""
    due = due_epoch(request)
    if request.get("state") not in OPEN or due is None:
        return None
    if overdue(request, now):
        return "red"
    return "yellow" if due - now <= WARN_SECONDS else "green"

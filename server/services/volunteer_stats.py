"""Figures of the volunteer service for the charts: requests and hours per street and per
team, average rating, acceptance time (from the offer to 接单).

The period `[since, until)` selects the requests by when they arrived; every figure of a
request (its offers, declines, acceptance, hours, rating) counts with it, whenever it happened.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from statistics import median
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models.field import ServiceRequest, ServiceRequestStep, VolunteerTeam
from server.services.refdata import ReferenceData

DONE_STATES = frozenset({"done", "rated"})
NO_STREET = "未定街道"


class _Row:
    """Counters of one street or team."""

    def __init__(self) -> None:
        self.requests = 0
        self.offered = 0
        self.declined = 0
        self.accepted = 0
        self.done = 0
        self.hours = 0.0
        self.ratings: list[int] = []
        self.accept_minutes: list[float] = []
        self.request_ids: set[int] = set()

    def shown(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "offered": self.offered,
            "declined": self.declined,
            "accepted": self.accepted,
            "done": self.done,
            "hours": round(self.hours, 2),
            "rated": len(self.ratings),
            "average_rating": _mean(self.ratings),
            "median_accept_minutes": _median(self.accept_minutes),
        }


def stats(
    session: Session, ref: ReferenceData, *, since: datetime | None, until: datetime | None
) -> dict[str, Any]:
    """Per street (of the request) and per team (offered to, declined by, done by), and the
    totals; a request counts once per street, and once for every team it was offered to."""
    stmt = select(ServiceRequest).order_by(ServiceRequest.id)
    if since is not None:
        stmt = stmt.where(ServiceRequest.created_at >= since)
    if until is not None:
        stmt = stmt.where(ServiceRequest.created_at < until)
    requests = {r.id: r for r in session.scalars(stmt)}
    streets: dict[str, _Row] = defaultdict(_Row)
    teams: dict[int, _Row] = defaultdict(_Row)
    total = _Row()
    for request in requests.values():
        street = ref.streets.get(request.street_id or 0)
        row = streets[street.code if street else ""]
        for counted in (row, total):
            counted.requests += 1
            if request.state in DONE_STATES:
                counted.done += 1
                counted.hours += request.hours or 0.0
            if request.rating is not None:
                counted.ratings.append(request.rating)
    offered_at: dict[int, datetime] = {}
    for step in session.scalars(
        select(ServiceRequestStep)
        .where(ServiceRequestStep.request_id.in_(list(requests)))
        .order_by(ServiceRequestStep.id)
    ):
        request = requests[step.request_id]
        team = teams[step.team_id] if step.team_id is not None else None
        if step.action == "offer" and team is not None:
            offered_at[request.id] = step.created_at
            team.offered += 1
            team.request_ids.add(request.id)
            team.requests = len(team.request_ids)
            total.offered += 1
        elif step.action == "decline" and team is not None:
            team.declined += 1
            total.declined += 1
        elif step.action == "accept" and team is not None:
            team.accepted += 1
            total.accepted += 1
            if request.id in offered_at:
                minutes = (step.created_at - offered_at[request.id]).total_seconds() / 60
                team.accept_minutes.append(minutes)
                total.accept_minutes.append(minutes)
        elif step.action == "done" and team is not None:
            team.done += 1
            team.hours += request.hours or 0.0
            if request.rating is not None:
                team.ratings.append(request.rating)
    names = {t.id: t for t in session.scalars(select(VolunteerTeam).order_by(VolunteerTeam.id))}
    return {
        "streets": [
            {
                "street": code or None,
                "name": ref.street_by_code[code].name if code else NO_STREET,
                **_street_figures(row),
            }
            for code, row in sorted(streets.items(), key=lambda item: (not item[0], item[0]))
        ],
        "teams": [
            {"team": names[team_id].code, "name": names[team_id].name, **teams[team_id].shown()}
            for team_id in names
            if team_id in teams
        ],
        "totals": total.shown(),
    }


def _street_figures(row: _Row) -> dict[str, Any]:
    shown = row.shown()
    return {key: shown[key] for key in ("requests", "done", "hours", "rated", "average_rating")}


def _mean(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def _median(values: list[float]) -> float | None:
    return round(median(values), 1) if values else None

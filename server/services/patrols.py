"""River patrols: records with their tracks, problems found as cases, and river statistics."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.map.areas import Areas, current_areas
from server.models import Case, Patrol, PatrolProblem, River, RiverSegment
from server.problems import Code, Problem
from server.schemas.case import CaseCreate
from server.schemas.intake import PatrolCreate
from server.services import feed, resolve
from server.services.attachments import StagedPhoto, add_rows
from server.services.cases import create_case
from server.services.dispatch import distance_m
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.sla import SlaClock
from server.services.views import iso
from server.services.workcalendar import SHANGHAI

# What the app reports → our category, and how the case title names it.
PROBLEM_CATEGORIES = {
    "pollution": "water_pollution",
    "weeds": "river_debris",
    "debris": "river_debris",
    "bank_dumping": "garbage",
}
PROBLEM_LABELS = {
    "pollution": "水体污染",
    "weeds": "水草蔓延",
    "debris": "河面漂浮物",
    "bank_dumping": "岸边倾倒垃圾",
}
# Phone GPS wanders: a reported distance within 20 % (or 0.3 km) of the track agrees with it.
DISTANCE_TOLERANCE, MIN_TOLERANCE_KM = 0.2, 0.3
FUTURE_SLACK = timedelta(minutes=10)


def locate_street(
    ref: ReferenceData,
    *,
    address: str,
    lat: float | None,
    lon: float | None,
    areas: Areas | None = None,
) -> str | None:
    """The street of a report that names none: the street polygon holding its point, else
    the street its address names, else the nearest street centre (the rule is resolve's)."""
    found = resolve.street_of_report(ref, address=address, lat=lat, lon=lon, areas=areas)
    return found.code if found else None


def track_km(track: list[tuple[float, float, datetime]]) -> float:
    """The length of a track in km (great-circle between consecutive points)."""
    meters = sum(distance_m(a[0], a[1], b[0], b[1]) for a, b in zip(track, track[1:], strict=False))
    return round(meters / 1000, 3)


def distance_agrees(computed_km: float, reported_km: float | None) -> bool | None:
    """Whether the app's distance agrees with the track (None when it gave none)."""
    if reported_km is None:
        return None
    tolerance = max(MIN_TOLERANCE_KM, DISTANCE_TOLERANCE * computed_km)
    return abs(reported_km - computed_km) <= tolerance


def find_river(session: Session, name: str) -> River:
    """The river by code or name; 422 with the choices otherwise."""
    river = session.scalar(select(River).where((River.code == name) | (River.name == name)))
    if river is None:
        choices = list(session.scalars(select(River.name).order_by(River.id)))
        raise _invalid("river", f"unknown river '{name}'", choices)
    return river


def find_segment(session: Session, river: River, code: str | None) -> RiverSegment | None:
    """The segment of this river with this code (422 if it is not one of the river's)."""
    if code is None:
        return None
    segment = session.scalar(
        select(RiverSegment).where(RiverSegment.code == code, RiverSegment.river_id == river.id)
    )
    if segment is None:
        choices = list(
            session.scalars(select(RiverSegment.code).where(RiverSegment.river_id == river.id))
        )
        raise _invalid("segment", f"{river.name} has no segment '{code}'", choices)
    return segment


def check_photo_references(data: PatrolCreate, count: int) -> None:
    """Every problem's photo index points at a sent photo, and every photo is used."""
    used: set[int] = set()
    for number, problem in enumerate(data.problems):
        for index in problem.photo_indexes():
            if index >= count:
                sent = f"photos 0–{count - 1} were sent" if count else "no photos were sent"
                raise _invalid(f"problems[{number}].photos", f"there is no photo {index} ({sent})")
            used.add(index)
    unused = sorted(set(range(count)) - used)
    if unused:
        raise _invalid("photos", f"photo {unused[0]} belongs to no problem; say which one it shows")


def create_patrol(
    session: Session,
    *,
    data: PatrolCreate,
    staged: list[StagedPhoto],
    creator: Actor,
    ref: ReferenceData,
    sla: SlaClock,
    now: datetime,
) -> tuple[Patrol, list[Case]]:
    """Record a patrol; each problem becomes a `river_patrol` case with its photos."""
    if data.ended_at > now + FUTURE_SLACK:
        raise _invalid("ended_at", "ended_at lies in the future")
    river = find_river(session, data.river)
    segment = find_segment(session, river, data.segment)
    computed = track_km(data.track)
    patrol = Patrol(
        river_id=river.id,
        segment_id=segment.id if segment else None,
        patroller=data.patroller,
        started_at=data.started_at,
        ended_at=data.ended_at,
        distance_km=computed,
        reported_km=data.reported_km,
        debris_tons=data.debris_tons,
        note=data.note,
        track=[[lat, lon, at.isoformat()] for lat, lon, at in data.track],
        created_by=creator.name[:80],
        created_at=now,
    )
    session.add(patrol)
    session.flush()
    place = river.name + (segment.name if segment else "")
    segment_street = ref.streets.get(segment.street_id) if segment and segment.street_id else None
    created: list[Case] = []
    for problem in data.problems:
        street = segment_street.code if segment_street else None
        case = create_case(
            session,
            data=CaseCreate(
                channel="river_patrol",
                category=PROBLEM_CATEGORIES[problem.category],
                urgency=problem.urgency,
                title=f"{place}巡河发现{PROBLEM_LABELS[problem.category]}",
                description=problem.description,
                address=place,
                street=street
                or locate_street(
                    ref, address="", lat=problem.lat, lon=problem.lon, areas=current_areas(session)
                ),
                lat=problem.lat,
                lon=problem.lon,
                reporter_name=data.patroller,
            ),
            actor=creator,
            ref=ref,
            sla=sla,
            now=now,
        )
        session.add(PatrolProblem(patrol_id=patrol.id, case_id=case.id, kind=problem.category))
        add_rows(
            session,
            case=case,
            staged=[staged[i] for i in problem.photo_indexes()],
            created_by=data.patroller,
            now=now,
        )
        created.append(case)
    summary = patrol_summary(patrol, river=river, segment=segment, problems=len(created))
    feed.append(session, "patrol.created", payload={"patrol": summary}, now=now)
    return patrol, created


def patrol_summary(
    patrol: Patrol, *, river: River, segment: RiverSegment | None, problems: int
) -> dict[str, Any]:
    """A patrol as lists show it (without its track)."""
    return {
        "id": patrol.id,
        "river": river.code,
        "river_name": river.name,
        "segment": segment.code if segment else None,
        "segment_name": segment.name if segment else None,
        "patroller": patrol.patroller,
        "started_at": iso(patrol.started_at),
        "ended_at": iso(patrol.ended_at),
        "duration_min": round((patrol.ended_at - patrol.started_at).total_seconds() / 60, 1),
        "distance_km": patrol.distance_km,
        "reported_km": patrol.reported_km,
        "distance_agrees": distance_agrees(patrol.distance_km, patrol.reported_km),
        "debris_tons": patrol.debris_tons,
        "problems": problems,
        "note": patrol.note,
        "created_by": patrol.created_by,
        "created_at": iso(patrol.created_at),
    }


def list_patrols(
    session: Session,
    *,
    river: str | None,
    since: datetime | None,
    until: datetime | None,
    cursor: int | None,
    limit: int,
) -> tuple[list[dict[str, Any]], int | None]:
    """Patrols newest first, filtered by river and start time; and the next page's cursor."""
    stmt = select(Patrol).order_by(Patrol.id.desc()).limit(limit + 1)
    if river:
        stmt = stmt.where(Patrol.river_id == find_river(session, river).id)
    if since is not None:
        stmt = stmt.where(Patrol.started_at >= since)
    if until is not None:
        stmt = stmt.where(Patrol.started_at < until)
    if cursor is not None:
        stmt = stmt.where(Patrol.id < cursor)
    rows = list(session.scalars(stmt))
    page = rows[:limit]
    ids = [p.id for p in page]
    counts = dict(
        session.execute(
            select(PatrolProblem.patrol_id, func.count())
            .where(PatrolProblem.patrol_id.in_(ids))
            .group_by(PatrolProblem.patrol_id)
        ).all()
    )
    rivers = {r.id: r for r in session.scalars(select(River))}
    segments = {s.id: s for s in session.scalars(select(RiverSegment))}
    items = [
        patrol_summary(
            p,
            river=rivers[p.river_id],
            segment=segments.get(p.segment_id) if p.segment_id else None,
            problems=int(counts.get(p.id, 0)),
        )
        for p in page
    ]
    return items, (page[-1].id if len(rows) > limit else None)


def rivers_view(session: Session, ref: ReferenceData) -> list[dict[str, Any]]:
    """Every river with its chief and its segments with theirs."""
    segments: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for s in session.scalars(select(RiverSegment).order_by(RiverSegment.id)):
        street = ref.streets.get(s.street_id) if s.street_id else None
        segments[s.river_id].append(
            {
                "code": s.code,
                "name": s.name,
                "street": street.code if street else None,
                "street_name": street.name if street else None,
                "chief_name": s.chief_name,
                "lat": s.lat,
                "lon": s.lon,
            }
        )
    return [
        {
            "code": r.code,
            "name": r.name,
            "chief_name": r.chief_name,
            "length_km": r.length_km,
            "segments": segments[r.id],
        }
        for r in session.scalars(select(River).order_by(River.id))
    ]


def river_stats(session: Session, weeks: int, now: datetime) -> dict[str, Any]:
    """Per river and per week (Monday first, Asia/Shanghai): patrols, km, problems, debris.

    A problem counts as resolved once its case is closed (verified, 结案).
    """
    today = now.astimezone(SHANGHAI).date()
    first = today - timedelta(days=today.weekday(), weeks=weeks - 1)
    start = datetime.combine(first, time(0), SHANGHAI)
    mondays = [first + timedelta(weeks=n) for n in range(weeks)]
    blank = {"patrols": 0, "km": 0.0, "problems_found": 0, "problems_resolved": 0, "tons": 0.0}
    cells: dict[tuple[int, int], dict[str, float]] = defaultdict(lambda: dict(blank))
    week_of: dict[int, tuple[int, int]] = {}
    for pid, river_id, started_at, km, tons in session.execute(
        select(
            Patrol.id, Patrol.river_id, Patrol.started_at, Patrol.distance_km, Patrol.debris_tons
        ).where(Patrol.started_at >= start)
    ):
        week = (started_at.astimezone(SHANGHAI).date() - first).days // 7
        if week >= weeks:
            continue  # a patrol dated ahead of today's week
        cell = cells[(river_id, week)]
        cell["patrols"] += 1
        cell["km"] += km
        cell["tons"] += tons
        week_of[pid] = (river_id, week)
    for pid, state in session.execute(
        select(PatrolProblem.patrol_id, Case.state)
        .join(Case, Case.id == PatrolProblem.case_id)
        .join(Patrol, Patrol.id == PatrolProblem.patrol_id)
        .where(Patrol.started_at >= start)
    ):
        if pid in week_of:
            cell = cells[week_of[pid]]
            cell["problems_found"] += 1
            cell["problems_resolved"] += state == "closed"
    rivers = list(session.scalars(select(River).order_by(River.id)))
    result = [
        {"river": r.code, "name": r.name, **_series([cells.get((r.id, w)) for w in range(weeks)])}
        for r in rivers
    ]
    overall = [_add([cells.get((r.id, w)) for r in rivers]) for w in range(weeks)]
    return {
        "weeks": [{"week": m.strftime("%G-W%V"), "start": m.isoformat()} for m in mondays],
        "rivers": result,
        "all": _series(overall),
    }


def _add(cells: list[dict[str, float] | None]) -> dict[str, float] | None:
    present = [c for c in cells if c]
    if not present:
        return None
    return {key: sum(c[key] for c in present) for key in present[0]}


def _series(cells: list[dict[str, float] | None]) -> dict[str, Any]:
    def shown(cell: dict[str, float] | None) -> dict[str, Any]:
        cell = cell or {}
        return {
            "patrols": int(cell.get("patrols", 0)),
            "km": round(cell.get("km", 0.0), 2),
            "problems_found": int(cell.get("problems_found", 0)),
            "problems_resolved": int(cell.get("problems_resolved", 0)),
            "debris_tons": round(cell.get("tons", 0.0), 2),
        }

    return {"per_week": [shown(c) for c in cells], "totals": shown(_add(cells))}


def _invalid(field: str, message: str, choices: list[str] | None = None) -> Problem:
    extra: dict[str, Any] = {"errors": [{"field": field, "message": message}]}
    if choices is not None:
        extra["choices"] = choices
    return Problem(422, "Invalid request", message, code=Code.INVALID, kind="invalid", **extra)

"""The river-chief action week (河长行动日: Monday) and who has not patrolled in it.

Pure functions over the server's JSON (GET /rivers, GET /patrols), no Qt, no I/O: the pane
reads, this decides. A segment is patrolled when a patrol of the week names it; a river is
patrolled when any patrol of the week was on it (its river chief's own, segment or not).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from console.models import center_time

__all__ = ["RiverWeek", "SegmentWeek", "compliance", "missing_count", "week_of", "week_start"]


def week_start(moment: datetime) -> datetime:
    """Monday 00:00 (center time) of the week holding this moment: the action day."""
    local = moment.astimezone(center_time.CENTER)
    monday = local.date() - timedelta(days=local.weekday())
    return datetime(monday.year, monday.month, monday.day, tzinfo=center_time.CENTER)


def week_of(moment: datetime) -> tuple[datetime, datetime]:
    """[Monday 00:00, next Monday 00:00) of the week holding this moment."""
    start = week_start(moment)
    return start, week_start(start + timedelta(days=7, hours=12))


@dataclass
class SegmentWeek:
    """A river segment and its patrols of the week."""

    code: str
    name: str
    chief: str
    street_name: str
    patrols: list[dict[str, Any]] = field(default_factory=list)

    @property
    def patrolled(self) -> bool:
        """Whether the segment was patrolled this week."""
        return bool(self.patrols)

    @property
    def last(self) -> str:
        """When its latest patrol of the week started (ISO), or ''."""
        return max((str(p.get("started_at") or "") for p in self.patrols), default="")


@dataclass
class RiverWeek:
    """A river, its chief, its segments and every patrol on it this week."""

    code: str
    name: str
    chief: str
    segments: list[SegmentWeek]
    patrols: list[dict[str, Any]] = field(default_factory=list)

    @property
    def patrolled(self) -> bool:
        """Whether anyone patrolled the river this week."""
        return bool(self.patrols)

    @property
    def missing(self) -> list[SegmentWeek]:
        """Its segments nobody patrolled this week."""
        return [s for s in self.segments if not s.patrolled]


def compliance(
    rivers: Iterable[dict[str, Any]], patrols: Iterable[dict[str, Any]]
) -> list[RiverWeek]:
    """Each river (in the server's order) with its segments and the week's patrols on them.

    `patrols` are the week's patrols (GET /patrols?since=Monday&until=next Monday); a patrol
    of a river or segment that /rivers does not list (retired since) is left out.
    """
    found: list[RiverWeek] = []
    by_code: dict[str, RiverWeek] = {}
    segments: dict[tuple[str, str], SegmentWeek] = {}
    for river in rivers:
        week = RiverWeek(
            code=str(river.get("code") or ""),
            name=str(river.get("name") or ""),
            chief=str(river.get("chief_name") or ""),
            segments=[
                SegmentWeek(
                    code=str(s.get("code") or ""),
                    name=str(s.get("name") or ""),
                    chief=str(s.get("chief_name") or ""),
                    street_name=str(s.get("street_name") or ""),
                )
                for s in river.get("segments") or []
            ],
        )
        found.append(week)
        by_code[week.code] = week
        for segment in week.segments:
            segments[(week.code, segment.code)] = segment
    for patrol in patrols:
        river_week = by_code.get(str(patrol.get("river") or ""))
        if river_week is None:
            continue
        river_week.patrols.append(patrol)
        patrolled = segments.get((river_week.code, str(patrol.get("segment") or "")))
        if patrolled is not None:
            patrolled.patrols.append(patrol)
    return found


def missing_count(weeks: Iterable[RiverWeek]) -> tuple[int, int]:
    """(segments not patrolled, segments in all); a river without segments counts as one."""
    missing = total = 0
    for river in weeks:
        if river.segments:
            total += len(river.segments)
            missing += len(river.missing)
        else:
            total += 1
            missing += not river.patrolled
    return missing, total

"""What field apps send: field reports with photos, evidence captions, river patrol records."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Literal

from pydantic import Field, model_validator

from server.schemas import Instant
from server.schemas.case import CaseCreate, Strict, Urgency

MAX_TRACK_POINTS = 5000
MAX_PROBLEMS = 20
MAX_PATROL_HOURS = 24
# GPS clocks and app clocks disagree a little; points this far outside the patrol still count.
TRACK_SLACK = timedelta(minutes=10)

Latitude = Annotated[float, Field(ge=-90, le=90)]
Longitude = Annotated[float, Field(ge=-180, le=180)]
PhotoIndex = Annotated[int, Field(ge=0, le=49)]
ProblemKind = Literal["pollution", "weeds", "debris", "bank_dumping"]


class FieldReport(Strict):
    """A grid member's (网格员) or river chief's (河长) report; its photos come as files."""

    channel: Literal["grid", "river_patrol"]
    category: str = Field(min_length=1, max_length=40, description="category code")
    urgency: Urgency | None = Field(
        default=None, description="default: the category's default_urgency"
    )
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=5000)
    address: str = Field(default="", max_length=200)
    street: str | None = Field(default=None, max_length=80, description="street code or name")
    community: str | None = Field(default=None, max_length=80)
    grid: str | None = Field(default=None, max_length=40, description="grid code")
    lat: Latitude | None = None
    lon: Longitude | None = None
    reporter_name: str = Field(default="", max_length=80)
    reporter_phone: str = Field(default="", max_length=40, pattern=r"^[0-9+\- ]*$")

    def to_case(self, street: str | None, reporter_name: str) -> CaseCreate:
        """The case to create (never a drill: field apps report real matters)."""
        fields = self.model_dump()
        fields.update(street=street, reporter_name=self.reporter_name or reporter_name)
        return CaseCreate(**fields, drill=False)


class EvidenceForm(Strict):
    """The caption that comes with a photo kept as evidence."""

    caption: str = Field(default="", max_length=200)


class PatrolProblemIn(Strict):
    """A problem found on a patrol: becomes a `river_patrol` case with its photos."""

    category: ProblemKind = Field(
        description="pollution (水体污染), weeds (水草), debris (漂浮物), bank_dumping (岸边倾倒)"
    )
    description: str = Field(min_length=1, max_length=2000)
    lat: Latitude
    lon: Longitude
    urgency: Urgency = "normal"
    photos: list[PhotoIndex] = Field(
        default_factory=list, max_length=6, description="indexes into the uploaded photos"
    )
    photo: PhotoIndex | None = Field(default=None, description="one index, if only one")

    def photo_indexes(self) -> list[int]:
        """Every photo index given, in order, without repeats."""
        indexes = [*self.photos, *([self.photo] if self.photo is not None else [])]
        return list(dict.fromkeys(indexes))


TrackPoint = tuple[Latitude, Longitude, Instant]


class PatrolCreate(Strict):
    """A river patrol (巡河) record as the river-chief app sends it."""

    patroller: str = Field(min_length=1, max_length=80)
    river: str = Field(min_length=1, max_length=80, description="river code or name, e.g. 金通河")
    segment: str | None = Field(default=None, max_length=40, description="segment code")
    started_at: Instant
    ended_at: Instant
    track: list[TrackPoint] = Field(
        min_length=2, max_length=MAX_TRACK_POINTS, description="[[lat, lon, ISO time], …]"
    )
    reported_km: float | None = Field(
        default=None, ge=0, le=500, description="the app's own distance, compared with the track"
    )
    debris_tons: float = Field(default=0, ge=0, le=10_000, description="debris cleared")
    note: str = Field(default="", max_length=2000)
    problems: list[PatrolProblemIn] = Field(default_factory=list, max_length=MAX_PROBLEMS)

    @model_validator(mode="after")
    def _times_agree(self) -> PatrolCreate:
        if self.ended_at <= self.started_at:
            raise ValueError("ended_at must be after started_at")
        if self.ended_at - self.started_at > timedelta(hours=MAX_PATROL_HOURS):
            raise ValueError(f"a patrol lasts at most {MAX_PATROL_HOURS} hours")
        earliest, latest = self.started_at - TRACK_SLACK, self.ended_at + TRACK_SLACK
        previous = None
        for index, (_lat, _lon, at) in enumerate(self.track):
            if not earliest <= at <= latest:
                raise ValueError(f"track[{index}] lies outside the patrol's start and end")
            if previous is not None and at < previous:
                raise ValueError(f"track[{index}] is earlier than the point before it")
            previous = at
        return self

"""The drill runs' feed event, declared for OpenAPI like the others (server/schemas/event_out.py
includes it in `AnyEventOut` and `EVENT_MODELS`).

`drill.run` is appended in the write of every change of a run (start, pause, resume, speed,
stop, reset: the old run stopped and the new one), so that a trainee's console enters,
follows and leaves the run at once instead of at its next poll. It is a drill event: only
trainers' feeds carry it (feedhub.visible_to), and every trainer's does, trainees of other
runs included; a console picks out the runs that name its user (`run.trainees`).

The fields every event carries (`EventOut`'s) are repeated here rather than inherited:
event_out.py imports this module to list the model, so this one cannot import it back.
"""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, Field

from server.schemas.case_out import Answer
from server.schemas.drill_out import RunSummaryOut


class DrillRunEventOut(Answer):
    """A drill run changed: the run as `GET /drills/runs` lists it, just after the change."""

    seq: int = Field(ge=1, description="the event's number: follow from it (`after`)")
    at: AwareDatetime = Field(description="when the change was committed")
    type: Literal["drill.run"]
    case_id: None
    version: None
    run: RunSummaryOut

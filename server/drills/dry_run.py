"""A scenario's dry run for the editor: every inject and every scripted department step at
its drill-clock minute, in order, without making a case.

A department's steps are counted from the dispatch, which the trainee makes; the dry run
assumes it at the inject's dispatch target (the latest on-time moment) and says so on the
step's row (`assumed_dispatch_min`). Steps that wait for a state (resolve before sign) are
shown where their minutes put them.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from server.drills.scenario import CHANNEL_OF_KIND, Inject, Scenario

INJECT, DISPATCH_DUE, STEP = "inject", "dispatch_due", "step"


def dry_run(scenario: Scenario, start: datetime | None = None) -> list[dict[str, Any]]:
    """The rows of the dry run, by drill minute (an inject before what follows from it)."""
    begin = start or scenario.start_at
    rows: list[dict[str, Any]] = []
    for position, inject in enumerate(scenario.injects):
        rows.append(_row(begin, inject, inject.at_min, INJECT, position, 0))
        if inject.kind == "duplicate":
            continue
        due = inject.at_min + scenario.targets_of(inject).dispatch_min
        rows.append(_row(begin, inject, due, DISPATCH_DUE, position, 1))
        at = due
        for index, step in enumerate(inject.department_script):
            at += step.after_min
            row = _row(begin, inject, at, STEP, position, 2 + index)
            row.update(
                action=step.do,
                note=step.note,
                photo=step.photo,
                extension_minutes=step.minutes,
                assumed_dispatch_min=due,
            )
            rows.append(row)
    rows.sort(key=lambda row: (row["at_min"], row["_order"]))
    for row in rows:
        del row["_order"]
    return rows


def _row(
    begin: datetime, inject: Inject, at_min: float, kind: str, position: int, index: int
) -> dict[str, Any]:
    return {
        "at_min": at_min,
        "at": (begin + timedelta(minutes=at_min)).isoformat(),
        "kind": kind,
        "inject": inject.id,
        "inject_kind": inject.kind,
        "channel": inject.channel or CHANNEL_OF_KIND.get(inject.kind),
        "title": inject.title,
        "department": inject.expect.department,
        "expect_state": inject.expect.state,
        "duplicate_of": inject.duplicate_of,
        "action": None,
        "note": "",
        "photo": None,
        "extension_minutes": None,
        "assumed_dispatch_min": None,
        "_order": (position, index),
    }

"""The feed's pacing on the GUI thread: a few events a second apply as they come while what
they cost (applies and paints) stays within their share of the last second; past it they
rest, so that a slow paint never lets the feed take the GUI thread over."""

from __future__ import annotations

import random
from typing import Any, cast

from console.controllers.live import LiveQueue
from console.models.case_table import CaseTableModel
from tests.console.test_case_model import make_case
from tests.console.test_queue_scale import Clock


def paced_queue(paint_seconds: float) -> tuple[LiveQueue, CaseTableModel]:
    """A live queue fed by hand (no server: only the feed's batches), whose paints take
    `paint_seconds` each."""
    model = CaseTableModel(clock=Clock())
    live = LiveQueue(cast(Any, None), cast(Any, None), model)
    live.set_paint_meter(lambda: paint_seconds)
    return live, model


def event(case_id: int, version: int) -> dict[str, Any]:
    case = make_case(case_id, random.Random(case_id), version=version, state="registered")
    return {"type": "case.updated", "case": case}


def feed(live: LiveQueue, *events: dict[str, Any]) -> None:
    """A batch from the feed's follower, as its signal hands it over."""
    live._on_feed_batch(list(events), 0)  # noqa: SLF001 - the follower's entry point


def test_a_few_events_apply_as_they_come_after_a_slow_paint(qtbot: Any) -> None:
    """30 ms a paint (the queue on X): the next event does not wait for a rest."""
    live, model = paced_queue(0.03)
    for version in (1, 2, 3):
        feed(live, event(7, version))
        assert model.case(7) is not None and model.case(7).version == version


def test_past_their_share_of_the_second_events_rest_then_apply(qtbot: Any) -> None:
    """0.4 s a paint: after two applies the last second is past its share (0.5 s); the next
    event waits for its turn, then applies."""
    live, model = paced_queue(0.4)
    feed(live, event(7, 1))
    feed(live, event(7, 2))
    assert model.case(7).version == 2
    feed(live, event(7, 3))
    assert model.case(7).version == 2  # resting
    qtbot.waitUntil(lambda: model.case(7).version == 3, timeout=2000)

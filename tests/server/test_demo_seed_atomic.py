"""The demo backlog is seeded whole or not at all: a start killed half-way through seeding
leaves no case behind, and the next start seeds the whole backlog (issue #18)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from server.demo import backlog
from server.models import Case, Event
from server.state import AppState


class Killed(BaseException):
    """What a kill -9 does to the seeding code: it stops, whatever it was doing."""


def count(state: AppState, model: Any) -> int:
    with state.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_seed_killed_half_way_leaves_nothing_and_the_next_seeds_it_all(
    state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert count(state, Case) == 0  # the test database has reference data, no backlog
    events_before = count(state, Event)
    real_apply = backlog._apply
    applied = 0

    def dies_half_way(*args: Any) -> None:
        nonlocal applied
        applied += 1
        if applied == 400:
            raise Killed
        real_apply(*args)

    monkeypatch.setattr(backlog, "_apply", dies_half_way)
    with pytest.raises(Killed):
        backlog.seed_backlog(state, count=120)
    assert applied == 400
    assert count(state, Case) == 0
    assert count(state, Event) == events_before

    monkeypatch.setattr(backlog, "_apply", real_apply)
    assert backlog.seed_backlog(state, count=120) == 120
    assert count(state, Case) == 120

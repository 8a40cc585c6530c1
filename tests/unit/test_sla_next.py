"""`next_check_at` finds exactly the cases the escalation ladder's five old queries found."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from server.services.sla import next_check_at

NOW = datetime(2026, 11, 27, 4, 0, tzinfo=UTC)
WARN, DUE, NOTICE = (NOW + timedelta(hours=h) for h in (-1, 1, 3))


def owed_by_the_old_queries(case: SimpleNamespace, now: datetime) -> bool:
    """The five index ranges the scheduler used before `sla_next_at` (migration 0006)."""
    if case.sla_paused_at is not None:
        return False
    return (
        (case.sla_rung == 0 and case.warn_at is not None and case.warn_at <= now)
        or (case.sla_rung in (0, 1) and case.due_at is not None and case.due_at <= now)
        or (case.sla_rung in (0, 1, 2) and case.notice_at is not None and case.notice_at <= now)
        or (case.color == "green" and case.warn_at is not None and case.warn_at <= now)
        or (case.color == "yellow" and case.due_at is not None and case.due_at <= now)
    )


def test_the_same_cases_are_due_at_every_moment() -> None:
    moments = [NOW + timedelta(hours=h) for h in (-2, -1, 0, 1, 2, 3, 4)]
    for rung, color, paused in itertools.product(
        range(4), (None, "green", "yellow", "red"), (False, True)
    ):
        case = SimpleNamespace(
            sla_rung=rung,
            color=color,
            sla_paused_at=NOW if paused else None,
            warn_at=WARN,
            due_at=DUE,
            notice_at=NOTICE,
        )
        after = next_check_at(case)  # type: ignore[arg-type]
        for now in moments:
            due_now = after is not None and after <= now
            assert due_now == owed_by_the_old_queries(case, now), (rung, color, paused, now)


def test_no_clock_no_check() -> None:
    stopped = SimpleNamespace(
        sla_rung=0, color=None, sla_paused_at=None, warn_at=None, due_at=None, notice_at=None
    )
    assert next_check_at(stopped) is None  # type: ignore[arg-type]

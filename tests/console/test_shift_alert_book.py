"""The alert book on its own: which changes alert, once, and what it costs (no server)."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from console.models import labels
from console.models.alert_book import Alert, AlertBook
from console.models.case_table import CaseTableModel
from tests.console.test_case_model import NOW, make_case

ME = "值班员(演示)"


def book_with(cases: list[dict[str, Any]], clock: list[float]) -> tuple[AlertBook, list[Alert]]:
    model = CaseTableModel(clock=lambda: clock[0])
    model.replace_all(cases)
    book = AlertBook(model, ME)
    raised: list[Alert] = []
    book.raised.connect(raised.append)
    return book, raised


def supervise(case: dict[str, Any]) -> dict[str, Any]:
    """The feed event of the ladder's 督办 rung on this case (a new version, red)."""
    new = {**case, "version": case["version"] + 1, "color": "red", "escalation_level": 2}
    return {
        "type": "case.escalated",
        "case_id": case["id"],
        "case": new,
        "action": {"action": "auto_supervise", "actor": "系统"},
    }


def test_a_supervision_on_a_held_case_alerts_once_and_merges_with_its_red(qapp: Any) -> None:
    rng = random.Random(5)
    overdue = (NOW - timedelta(hours=1)).isoformat()
    held = make_case(1, rng, state="registered", due_at=overdue, color="red",
                     allowed_actions=["dispatch", "comment"])  # fmt: skip
    watched = make_case(2, rng, state="dispatched", due_at=overdue, color="red",
                        allowed_actions=["urge", "comment"])  # fmt: skip
    clock = [NOW.timestamp()]
    book, raised = book_with([held, watched], clock)
    assert not raised  # red already when loaded: nothing turned red
    for case in (held, watched):
        event = supervise(case)
        book._model.apply_events([event])  # noqa: SLF001
        book.note_events([event])
    assert [(a.case_id, a.kind) for a in raised] == [(1, "supervision")]  # held only
    book.note_events([supervise(held)])  # the same 督办 again (a replay): nothing new
    assert len(raised) == 1
    # A case that turns red by the clock alerts; its 督办 then joins that alert.
    soon = make_case(3, rng, state="registered", allowed_actions=["dispatch"],
                     due_at=(NOW + timedelta(seconds=30)).isoformat(),
                     warn_at=(NOW - timedelta(minutes=5)).isoformat())  # fmt: skip
    book._model.apply_events([{"type": "case.action", "case": soon}])  # noqa: SLF001
    clock[0] += 60
    book._model.tick(0, -1)  # noqa: SLF001
    assert [(a.case_id, a.kind) for a in raised][-1] == (3, "overdue")
    held_now = book._model.case(3)  # noqa: SLF001
    assert held_now is not None
    event = supervise(held_now.to_json())
    book._model.apply_events([event])  # noqa: SLF001
    book.note_events([event])
    assert [a.case_id for a in raised].count(3) == 1
    assert book.alert_for(3) is not None and book.alert_for(3).supervised  # type: ignore[union-attr]


def test_an_urgent_arrival_alerts_but_not_the_officers_own(qapp: Any) -> None:
    rng = random.Random(6)
    clock = [NOW.timestamp()]
    book, raised = book_with([], clock)
    later = {"due_at": (NOW + timedelta(hours=3)).isoformat(), "state": "reported"}
    later["warn_at"] = (NOW + timedelta(hours=2)).isoformat()
    theirs = make_case(10, rng, urgency="emergency", **later)
    mine = make_case(11, rng, urgency="emergency", **later)
    usual = make_case(12, rng, urgency="normal", **later)
    book._model.apply_events(  # noqa: SLF001
        [
            {"type": "case.created", "case": theirs, "action": {"actor": "市民热线"}},
            {"type": "case.created", "case": mine, "action": {"actor": ME}},
            {"type": "case.created", "case": usual, "action": {"actor": "市民热线"}},
        ]
    )
    assert [(a.case_id, a.kind, a.urgency) for a in raised] == [(10, "urgent", "emergency")]
    assert book._model.case_at(0).id == 10  # noqa: SLF001 - alerts first
    assert book.acknowledge(10) and not book.acknowledge(10)
    assert book.count() == 0 and not book._model.alerted()  # noqa: SLF001


def test_durations_read_the_same_everywhere(qapp: Any, zh_cn: Any) -> None:
    assert labels.limit_text(2250, "work") == "5个工作日"
    assert labels.limit_text(600, "work") == "1个工作日2.5工作小时"
    assert labels.limit_text(90, "work") == "1.5工作小时"
    assert labels.limit_text(1560, "natural") == "1天2小时"
    assert labels.escalation_label(1) == "催办" and labels.escalation_label(2) == "督办"
    assert labels.escalation_label(3) == "通报" and labels.escalation_label(0) == ""
    assert labels.action_label("urge") == "催办" and labels.action_label("attach") == "添加附件"

"""The queue model at 100,000 rows: incremental inserts, moves, removals, clock repaints."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import Qt

from console.contract import Case
from console.models.case_filter import CaseFilter
from console.models.case_table import CaseTableModel
from console.models.columns import CLOCK_COLUMNS, COLUMN_INDEX

CST = timezone(timedelta(hours=8))
NOW = datetime(2025, 3, 4, 10, 0, tzinfo=CST)
STATES = ("reported", "registered", "dispatched", "in_progress", "closed")


def make_case(i: int, rng: random.Random, **fields: Any) -> dict[str, Any]:
    due = NOW + timedelta(minutes=rng.randint(-600, 3000))
    return {
        "id": i,
        "ref": f"CC{i:09d}",
        "channel": rng.choice(("grid", "hotline_12345", "video")),
        "category_name": "噪声扰民",
        "title": f"案件 {i}",
        "street": rng.choice(("hongqiao", "xuetian")),
        "street_name": "虹桥",
        "department": "urban",
        "department_name": "区城市管理局",
        "state": rng.choice(STATES),
        "version": 1,
        "escalation_level": 0,
        "created_at": (NOW - timedelta(hours=5)).isoformat(),
        "warn_at": (due - timedelta(minutes=60)).isoformat(),
        "due_at": due.isoformat(),
        "sla_paused": False,
        "color": "green",
        **fields,
    }


def full_sort(model: CaseTableModel) -> list[int]:
    """The rows a fresh model shows for the same cases, filter and sort: the oracle."""
    fresh = CaseTableModel(clock=model.now)
    fresh.sort(model.sort_column(), model.sort_order())
    fresh.set_filter(model.filter)
    for case_id in model.alerted():
        fresh.set_alerted(case_id, True)
    fresh.replace_all([model.case(case_id) for case_id in model.known_ids()])
    return fresh.shown_ids()


def check_sorted(model: CaseTableModel) -> None:
    assert model.shown_ids() == full_sort(model)


class Recorder:
    def __init__(self, model: CaseTableModel) -> None:
        self.signals: list[tuple[Any, ...]] = []
        model.modelReset.connect(lambda: self.signals.append(("reset",)))
        model.rowsInserted.connect(lambda _p, a, b: self.signals.append(("insert", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.signals.append(("remove", a, b)))
        model.rowsMoved.connect(lambda *args: self.signals.append(("move",)))
        model.dataChanged.connect(
            lambda a, b, _roles=(): self.signals.append(
                ("changed", a.row(), b.row(), a.column(), b.column())
            )
        )


def test_hundred_thousand_rows_stay_incremental(qapp: Any) -> None:
    rng = random.Random(7)
    model = CaseTableModel(clock=lambda: NOW.timestamp())
    model.replace_all(make_case(i, rng) for i in range(1, 100_001))
    open_count = model.rowCount()
    assert 70_000 < open_count < 90_000
    check_sorted(model)
    recorder = Recorder(model)
    events = []
    for _n in range(300):
        case_id = rng.randint(1, 110_000)
        old = model.case(case_id)
        version = (old.version if old else 0) + 1
        case = make_case(case_id, rng, version=version)
        kind = "case.action" if old else "case.created"
        events.append({"type": kind, "case_id": case_id, "version": version, "case": case})
    events.append(dict(events[0]))  # a repeat: ignored
    model.apply_events(events)
    kinds = {s[0] for s in recorder.signals}
    assert "reset" not in kinds
    assert kinds <= {"insert", "remove", "move", "changed"}
    check_sorted(model)
    # Descending by ref, then more events: still in order.
    model.sort(COLUMN_INDEX["ref"], Qt.SortOrder.DescendingOrder)
    model.apply_events(
        [{"type": "case.created", "case": make_case(200_000 + i, rng)} for i in range(50)]
    )
    check_sorted(model)


def test_the_clock_repaints_only_the_visible_clock_cells(qapp: Any) -> None:
    rng = random.Random(1)
    model = CaseTableModel(clock=lambda: NOW.timestamp())
    model.replace_all(make_case(i, rng, state="in_progress") for i in range(1, 1001))
    recorder = Recorder(model)
    model.tick(10, 40)
    assert recorder.signals == [("changed", 10, 40, c, c) for c in CLOCK_COLUMNS]


def test_countdown_badge_and_overdue_text(qapp: Any, zh_cn: Any) -> None:
    now = NOW.timestamp()
    model = CaseTableModel(clock=lambda: now)
    late = make_case(
        1,
        random.Random(),
        state="in_progress",
        due_at=(NOW - timedelta(hours=2, minutes=3)).isoformat(),
    )
    soon = make_case(
        2,
        random.Random(),
        state="in_progress",
        due_at=(NOW + timedelta(minutes=30)).isoformat(),
        warn_at=(NOW - timedelta(minutes=10)).isoformat(),
    )
    model.replace_all([late, soon])
    assert model.index(0, 0).data() == "-02:03:00"
    assert model.index(0, 0).data(CaseTableModel.ColorRole) == "red"
    assert model.index(1, 0).data() == "00:30:00"
    assert model.index(1, 0).data(CaseTableModel.ColorRole) == "yellow"
    assert model.counts() == {"red": 1, "yellow": 1, "green": 0}


def test_a_new_red_case_alerts_and_flashes(qapp: Any) -> None:
    now = NOW.timestamp()
    model = CaseTableModel(clock=lambda: now)
    alerts: list[Case] = []
    model.red_alert.connect(alerts.append)
    red = make_case(
        5, random.Random(), state="reported", due_at=(NOW - timedelta(minutes=1)).isoformat()
    )
    model.apply_events([{"type": "case.created", "case": red}])
    assert [a.id for a in alerts] == [5]
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    model.apply_events([{"type": "case.created", "case": red}])  # the repeat does not alert again
    assert len(alerts) == 1


def test_filter_by_text_and_color(qapp: Any) -> None:
    rng = random.Random(3)
    now = NOW.timestamp()
    model = CaseTableModel(clock=lambda: now)
    model.replace_all(make_case(i, rng) for i in range(1, 501))
    model.set_filter(CaseFilter(text="cc000000042"))
    assert [model.case_at(r).id for r in range(model.rowCount())] in ([42], [])
    model.set_filter(CaseFilter(colors=frozenset({"red"})))
    assert all(
        model.index(r, 0).data(CaseTableModel.ColorRole) == "red" for r in range(model.rowCount())
    )

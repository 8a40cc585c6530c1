"""Which states are open is the server's rule, read from its reference data by every reader:
`Case.is_open`, the case filter, the case store's filters and live colors, the SLA watch's
counts. None keeps the copy it made when it was imported.

The reference is a real cc-server's, with its open states changed (parked no longer open,
closed open), so that a reader still on the defaults fails.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests

from console.api import rules
from console.contract import Case, open_states, set_open_states
from console.models import case_filter, case_store, labels
from console.models.case_filter import CaseFilter, live_color
from console.models.case_records import STATE_RANK, prepare_batch
from console.models.case_store import OPEN_RANKS, CaseStore
from console.models.sla_watch import SlaWatch

NOW = datetime(2026, 12, 9, 10, 0, tzinfo=UTC)  # an instant of the test's, not the wall clock
DEFAULT_OPEN = frozenset(case_filter.STATES[:7])


@pytest.fixture
def restored() -> Iterator[None]:
    """The console's rules and open states as they were before the test (module globals)."""
    before, before_open = rules.current(), open_states()
    yield
    if before is not None:
        rules.install(before)
    set_open_states(before_open)


def changed_reference(server: Any) -> tuple[dict[str, Any], frozenset[str]]:
    """The server's reference data, with parked no longer open and closed open."""
    response = requests.get(
        f"{server.url}/api/v1/reference", headers=server.headers("duty_officer"), timeout=30
    )
    assert response.status_code == 200, response.text
    reference = copy.deepcopy(response.json())
    for state in reference["rules"]["states"]:
        if state["code"] in ("parked", "closed"):
            state["open"] = state["code"] == "closed"
    declared = frozenset(s["code"] for s in reference["rules"]["states"] if s["open"])
    assert declared != DEFAULT_OPEN and {"closed"} <= declared and "parked" not in declared
    return reference, declared


def overdue_case(case_id: int, state: str) -> dict[str, Any]:
    """A case in `state` whose clock ran out an hour ago (red wherever the clock runs); the
    server last colored it green."""
    return {
        "id": case_id,
        "ref": f"CC{case_id:09d}",
        "channel": "hotline_12345",
        "title": f"案件 {case_id}",
        "state": state,
        "version": 1,
        "created_at": (NOW - timedelta(hours=5)).isoformat(),
        "warn_at": (NOW - timedelta(hours=2)).isoformat(),
        "due_at": (NOW - timedelta(hours=1)).isoformat(),
        "sla_paused": False,
        "color": "green",
    }


def test_every_reader_takes_the_open_states_the_server_declares(
    server: Any, restored: None
) -> None:
    reference, declared = changed_reference(server)
    cases = [overdue_case(i + 1, state) for i, state in enumerate(case_filter.STATES)]
    store = CaseStore()
    slots = store.put_batch(prepare_batch(cases), frozenset())  # stored before the rules came
    now = NOW.timestamp()

    assert rules.install_from_reference(reference) is not None

    assert case_filter.OPEN == declared
    assert labels.OPEN_STATES == declared
    assert set(OPEN_RANKS) == {STATE_RANK[s] for s in declared}
    assert case_store.OPEN_RANKS.array.tolist() == sorted(STATE_RANK[s] for s in declared)
    by_slot = {int(slot): case["state"] for slot, case in zip(slots, cases, strict=True)}

    # The queue's "open cases" filter, over all cases at once and one by one.
    shown = {by_slot[int(slot)] for slot in store.matches(CaseFilter(), now)}
    assert shown == declared
    assert {by_slot[s] for s in by_slot if store.matches_one(CaseFilter(), s, now)} == declared

    # Live colors: red where the clock runs (open states), the server's green elsewhere.
    colors = store.colors(slots, now)
    red = {by_slot[int(slot)] for slot, rank in zip(slots, colors, strict=True) if rank == 2}
    assert red == declared
    assert {by_slot[s] for s in by_slot if store.color_of(s, now) == 2} == declared
    for case in cases:
        typed = Case.from_json(case)
        assert typed.is_open is (case["state"] in declared)
        assert live_color(typed, now) == ("red" if case["state"] in declared else "green")

    # The SLA watch counts the open cases only.
    watch = SlaWatch()
    watch.decide_many(store, slots, now)
    assert watch.counts() == {"red": len(declared), "yellow": 0, "green": 0}
    assert watch.recount() == watch.counts()
    parked = next(s for s, state in by_slot.items() if state == "parked")
    closed = next(s for s, state in by_slot.items() if state == "closed")
    assert watch.color(parked) is None and watch.color(closed) == "red"
    assert watch.update(store, closed, now)[2] == "red"

    # Back to the defaults: the same readers follow at once.
    set_open_states(DEFAULT_OPEN)
    shown = {by_slot[int(slot)] for slot in store.matches(CaseFilter(), now)}
    assert shown == DEFAULT_OPEN
    assert STATE_RANK["closed"] not in OPEN_RANKS
    assert STATE_RANK["closed"] not in case_store.OPEN_RANKS.array.tolist()


def test_the_open_cases_preset_of_the_queue_takes_them_when_used(
    server: Any, restored: None, qtbot: Any
) -> None:
    from console.panes.queue_filters import QueueFilters
    from widgets.check_combo import PRESET

    filters = QueueFilters()  # built before the rules came, as at start-up
    qtbot.addWidget(filters)
    reference, declared = changed_reference(server)
    assert rules.install_from_reference(reference) is not None
    combo = filters.state_filter
    items = combo.model()
    open_preset = next(r for r in range(items.rowCount()) if items.index(r, 0).data(PRESET) == 0)
    combo.set_checked(())
    combo._toggle(open_preset)  # what a click or Enter on the preset does
    assert combo.checked() == declared
    assert combo.summary() == combo.itemText(open_preset)

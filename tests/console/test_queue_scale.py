"""The queue at scale, by behaviour: counts kept incrementally equal a recount, rows placed by
bisection sit where a full sort puts them, and nothing after the first load resets the model."""

from __future__ import annotations

import gc
import random
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelectionModel, Qt

from console.models.case_filter import CaseFilter
from console.models.case_records import prepare_batch
from console.models.case_table import BULK, CaseTableModel
from console.models.columns import COLUMN_INDEX, COLUMNS
from tests.console.test_case_model import NOW, check_sorted, make_case

STATES = ("reported", "registered", "dispatched", "in_progress", "parked", "closed", "voided")
STREETS = ("hongqiao", "xuetian", "chengdong")


def varied_case(case_id: int, rng: random.Random, version: int = 1) -> dict[str, Any]:
    """A case whose every sorted and filtered field varies."""
    due = NOW + timedelta(minutes=rng.randint(-300, 600))
    return make_case(
        case_id,
        rng,
        version=version,
        state=rng.choice(STATES),
        street=rng.choice(STREETS),
        street_name=rng.choice(("虹桥", "学田", "城东")),
        department=rng.choice(("urban", "water", None)),
        department_name=rng.choice(("区城市管理局", "区水利局", None)),
        title=rng.choice(("占道经营", "噪声扰民", "河道漂浮物", "路灯不亮")) + str(case_id % 7),
        urgency=rng.choice(("normal", "urgent", "emergency")),
        escalation_level=rng.randint(0, 3),
        sla_paused=rng.random() < 0.1,
        color=rng.choice(("green", "yellow", "red", None)),
        due_at=due.isoformat() if rng.random() < 0.9 else None,
        warn_at=(due - timedelta(minutes=rng.randint(10, 120))).isoformat(),
        created_at=(NOW - timedelta(minutes=rng.randint(1, 5000))).isoformat(),
    )


class Clock:
    def __init__(self) -> None:
        self.now = NOW.timestamp()

    def __call__(self) -> float:
        return self.now


def spy(model: CaseTableModel) -> list[str]:
    resets: list[str] = []
    model.modelAboutToBeReset.connect(lambda: resets.append("reset"))
    return resets


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seed=st.integers(0, 2**32 - 1),
    column=st.integers(0, len(COLUMNS) - 1),
    descending=st.booleans(),
    color=st.sampled_from([None, "red", "yellow", "green"]),
    text=st.sampled_from(["", "占道", "cc0000000"]),
)
def test_counts_and_rows_after_random_events_equal_a_recount_and_a_full_sort(
    qapp: Any, seed: int, column: int, descending: bool, color: str | None, text: str
) -> None:
    rng = random.Random(seed)
    clock = Clock()
    model = CaseTableModel(clock=clock)
    resets = spy(model)
    model.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    model.set_filter(CaseFilter(colors=frozenset({color}) if color else frozenset(), text=text))
    # A load in batches (a reload drops what it no longer brings), then the feed and the clock.
    model.begin_load()
    for start in range(1, 301, 60):
        model.add_records(prepare_batch(varied_case(i, rng) for i in range(start, start + 60)))
    model.end_load()
    # A view's current row and selection follow their cases through moves (real moves when
    # they lie among the rows that shift, quiet ones otherwise).
    # The view loses its current case only when the case leaves the rows (an event or the
    # clock filters it out), even if it comes back before the step ends. (Connected before
    # the selection model is made: its own handler moves the current off a removed row.)
    left = False

    def removing(_parent: Any, first: int, last: int) -> None:
        nonlocal left
        left = left or first <= selection.currentIndex().row() <= last

    def laid_out() -> None:
        nonlocal left
        left = left or (current is not None and model.row_of(current.id) < 0)

    model.rowsAboutToBeRemoved.connect(removing)
    model.layoutChanged.connect(laid_out)
    selection = QItemSelectionModel(model)
    current = model.case_at(model.rowCount() // 2) if model.rowCount() else None
    if current:
        flags = QItemSelectionModel.SelectionFlag
        selection.setCurrentIndex(
            model.index(model.rowCount() // 2, 0), flags.SelectCurrent | flags.Rows
        )
    versions = {case_id: 1 for case_id in range(1, 301)}
    for _step in range(12):
        events = []
        # A few events change rows one by one; a flood (64 or more) is merged at once.
        for _n in range(rng.choice((rng.randint(1, 25), rng.randint(64, 150)))):
            case_id = rng.randint(1, 340)
            versions[case_id] = versions.get(case_id, 0) + rng.choice((0, 1, 1, 2))
            kind = "case.created" if versions[case_id] == 1 else "case.updated"
            case = varied_case(case_id, rng, version=versions[case_id])
            events.append({"type": kind, "case": case})
        model.apply_events(events)
        if rng.random() < 0.3:
            model.set_alerted(rng.randint(1, 340), rng.random() < 0.7)
        clock.now += rng.randint(0, 3600)
        model.tick(0, 20)
        assert model.counts() == model.recount()
        check_sorted(model)
        if current and not left:
            assert model.row_of(current.id) >= 0
            assert model.case_at(selection.currentIndex().row()).id == current.id
            assert [model.case_at(i.row()).id for i in selection.selectedRows()] == [current.id]
        else:
            current = None  # filtered out: the view lost it, rightly
    assert resets == []


def test_a_reload_drops_what_it_no_longer_brings_and_keeps_the_selection_model_whole(
    qapp: Any,
) -> None:
    rng = random.Random(5)
    model = CaseTableModel(clock=Clock())
    resets = spy(model)
    model.replace_all(varied_case(i, rng) for i in range(1, 2001))
    kept = [model.case(i) for i in range(1, 1001)]
    model.replace_all(kept)  # a reload after the feed was lost: half the cases are gone
    assert sorted(model.known_ids()) == list(range(1, 1001))
    assert all(model.case(i) is None for i in range(1001, 2001))
    assert model.counts() == model.recount()
    check_sorted(model)
    # A case dropped and brought back by a later event is shown again.
    back = varied_case(1500, rng, version=1)
    back["state"] = "registered"
    model.apply_events([{"type": "case.created", "case": back}])
    assert model.case(1500) is not None
    check_sorted(model)
    assert resets == []


def test_filters_and_sorts_keep_the_current_case_without_a_reset(qapp: Any) -> None:
    rng = random.Random(11)
    model = CaseTableModel(clock=Clock())
    model.replace_all(varied_case(i, rng) for i in range(1, 5001))
    resets = spy(model)
    selection = QItemSelectionModel(model)
    case_id = model.case_at(100).id
    selection.setCurrentIndex(model.index(100, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    for column in range(len(COLUMNS)):
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            model.sort(column, order)
            assert model.case_at(selection.currentIndex().row()).id == case_id
            check_sorted(model)
    model.set_filter(CaseFilter(open_only=False))  # more rows
    assert model.case_at(selection.currentIndex().row()).id == case_id
    model.set_filter(CaseFilter(states=frozenset({model.case(case_id).state})))  # fewer
    assert model.case_at(selection.currentIndex().row()).id == case_id
    model.set_filter(CaseFilter(text="no such case"))
    assert model.rowCount() == 0 and not selection.currentIndex().isValid()
    assert resets == []


def test_times_read_many_at_once_equal_those_read_one_by_one() -> None:
    from console.models.case_records import NUMBER_COLUMNS
    from console.models.case_times import timestamp

    texts = [
        "2026-12-06T08:30:00+08:00",
        "2026-12-06T08:30:00.250000+08:00",
        "2026-12-06T00:30:00-05:30",
        "2026-12-06T00:30:00+00:00",
        "2026-12-06T00:30:00Z",
        None,
        "",
        "not a time",
        "1999-02-28T23:59:59+08:00",
    ]
    cases = [{"id": i + 1, "version": 1, "due_at": text} for i, text in enumerate(texts)]
    batch = prepare_batch(cases)
    due = batch.numbers[:, NUMBER_COLUMNS.index("due")].tolist()
    for got, text in zip(due, texts, strict=True):
        want = timestamp(text)
        assert (got != got and want != want) or abs(got - want) < 1e-6, text


AWARE_TIMES = st.datetimes(
    min_value=datetime(1990, 1, 1),
    max_value=datetime(2090, 12, 31),
    timezones=st.sampled_from(
        [timezone(timedelta(hours=8)), UTC, timezone(timedelta(hours=-5, minutes=-30))]
    ),
)


@settings(max_examples=300, deadline=None)
@given(
    moments=st.lists(AWARE_TIMES, min_size=1, max_size=40),
    whole=st.lists(st.booleans(), min_size=40, max_size=40),
)
def test_times_kept_as_numbers_come_back_exactly_as_the_server_wrote_them(
    moments: list[datetime], whole: list[bool]
) -> None:
    """A case's times are kept as numbers when they can be written again exactly; the case
    read back (whole, or one field) has every time exactly as it came, in any form."""
    from console.models.case_store import CaseStore
    from console.models.case_times import COMPACT, TIME_FIELDS

    texts = []
    for k, moment in enumerate(moments):
        if whole[k]:
            moment = moment.replace(microsecond=0)
        texts.append(moment.isoformat())
    # Forms the server does not write stay text (and come back as they came).
    texts += ["2026-12-06T08:30:00.000000+08:00", "2026-12-06 08:30:00+08:00", "2026-12-06T08:30Z"]
    cases = [
        {
            "id": k + 1,
            "version": 1,
            "created_at": text,
            "updated_at": text,
            "due_at": text,
            "warn_at": None,
            "state": "registered",
        }
        for k, text in enumerate(texts)
    ]
    store = CaseStore()
    batch = prepare_batch(cases)
    slots = store.put_batch(batch, frozenset())
    for k, (text, record) in enumerate(zip(texts, batch.records, strict=True)):
        case = store.case(int(slots[k]))
        for name in ("created_at", "updated_at", "due_at"):
            assert getattr(case, name) == text
            assert store.get(int(slots[k]), name) == text
            assert record.get(name) == text
        assert case.warn_at is None
        compact = record.values[record.fields["due_at"]] is COMPACT
        assert compact == (text.endswith("+08:00") and text == moments_text(text)), text
    assert set(TIME_FIELDS) == {"created_at", "updated_at", "due_at", "warn_at"}


def moments_text(text: str) -> str:
    """What isoformat() writes for the instant of `text` in Shanghai time."""
    return datetime.fromisoformat(text).astimezone(timezone(timedelta(hours=8))).isoformat()


class Screen:
    """Stands for a view: the rows it shows."""

    def __init__(self, first: int, last: int) -> None:
        self.range = (first, last)

    def visible_rows(self) -> tuple[int, int]:
        return self.range


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_a_flood_that_stays_repaints_only_the_rows_on_screen(qapp: Any, order: Any) -> None:
    """A view says which rows it shows: a flood of rows that stay announces only those (the
    others are not on screen); once the view is gone, every changed row again."""
    rng = random.Random(5)
    model = CaseTableModel(clock=Clock())
    model.sort(0, order)
    cases = {i: varied_case(i, rng) for i in range(1, 401)}
    model.replace_all(list(cases.values()))
    screen = Screen(40, 56)
    model.set_visible_rows(screen.visible_rows)
    changed_rows: list[int] = []
    model.dataChanged.connect(lambda top, *_: changed_rows.append(top.row()))
    shown = [case_id for case_id in cases if model.row_of(case_id) >= 0]
    events = [
        {"type": "case.updated", "case": dict(cases[i], version=2, description="补充")}
        for i in shown
    ]
    assert model.apply_events(events) == len(shown)
    on_screen = [model.row_of(i) for i in shown if 40 <= model.row_of(i) <= 56]
    assert sorted(changed_rows) == sorted(on_screen) and len(on_screen) == 17
    del screen
    gc.collect()
    changed_rows.clear()
    events = [{"type": "case.updated", "case": dict(cases[i], version=3)} for i in shown[:80]]
    assert model.apply_events(events) == 80
    assert sorted(changed_rows) == sorted(model.row_of(i) for i in shown[:80])


def screen_ids(model: CaseTableModel, first: int, last: int) -> list[int]:
    return [model.case_at(row).id for row in range(first, last + 1)]


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_a_flood_that_moves_rows_announces_only_the_screens_rows_that_changed(
    qapp: Any, order: Any
) -> None:
    """Rows moved by a flood (a dispatch's new due time) are announced where the view shows
    them, as one range over the rows that now hold other cases; a flood that moves rows
    only off the screen announces nothing (a long range would repaint the whole viewport).
    Once the view is gone, every row that changed again. Always where a full sort puts it."""
    rng = random.Random(11)
    model = CaseTableModel(clock=Clock())
    model.sort(COLUMN_INDEX["sla"], order)
    cases = {i: varied_case(i, rng) for i in range(1, 401)}
    model.replace_all(list(cases.values()))
    rows = model.rowCount()
    screen = Screen(0, 19) if order == Qt.SortOrder.AscendingOrder else Screen(rows - 20, rows - 1)
    model.set_visible_rows(screen.visible_rows)
    first, last = screen.range
    announced: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, *_: announced.append((top.row(), bottom.row())))
    layouts: list[int] = []
    model.layoutChanged.connect(lambda *_: layouts.append(1))

    def flood(case_ids: list[int], version: int, minutes: int) -> None:
        assert len(case_ids) in (1, *range(BULK, 400))
        due = NOW + timedelta(minutes=minutes)
        events = [
            {"type": "case.updated", "case": dict(
                cases[i], version=version, sla_paused=False, color="green",
                due_at=due.isoformat(), warn_at=(due - timedelta(minutes=30)).isoformat())}
            for i in case_ids
        ]  # fmt: skip
        assert model.apply_events(events) == len(case_ids)

    # Rows far from the screen move among themselves, further from it: nothing on screen.
    ranked = [model.case_at(row).id for row in range(rows)]
    away = ranked[100:180] if order == Qt.SortOrder.AscendingOrder else ranked[-180:-100]
    before = screen_ids(model, first, last)
    flood(away, 2, 2000)
    check_sorted(model)
    assert screen_ids(model, first, last) == before
    assert announced == [] and layouts == []
    # One case becomes the most overdue of all: it comes on screen and the rows after it
    # on screen shift; one range, exactly over the rows that show another case now.
    ranked = [model.case_at(row).id for row in range(model.rowCount())]
    far = ranked[200:290]
    flood(far, 3, 3000)
    flood([far[0]], 4, -2000)  # alone it is not a flood: moved by itself
    announced.clear()
    before = screen_ids(model, first, last)
    flood(far[1:], 5, -1000)
    check_sorted(model)
    after = screen_ids(model, first, last)
    changed = [first + k for k, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert changed and layouts == []
    # (Rows whose color changed are announced one by one, wherever they are.)
    assert [(a, b) for a, b in announced if b > a] == [(min(changed), max(changed))]
    assert all(a in changed for a, b in announced if a == b and first <= a <= last)
    # No view: every row that holds another case is announced.
    del screen
    gc.collect()
    announced.clear()
    ranked = [model.case_at(row).id for row in range(model.rowCount())]
    middle = len(ranked) // 2
    flood(ranked[middle - 40 : middle + 40], 6, -3000)
    check_sorted(model)
    assert any(a <= first and last <= b for a, b in announced)


@pytest.mark.parametrize("column", [0, 2, 5])
def test_a_flood_whose_rows_stay_repaints_them_without_a_layout_change(
    qapp: Any, column: int
) -> None:
    """A flood (BULK events or more) that changes what rows show but not where they sort:
    no layout change, the rows' data changes, and the order is still a full sort's; a flood
    in which some rows move is laid out once and lands where a full sort puts it."""
    rng = random.Random(column)
    model = CaseTableModel(clock=Clock())
    model.sort(column, Qt.SortOrder.AscendingOrder)
    cases = {i: varied_case(i, rng) for i in range(1, 301)}
    model.replace_all(list(cases.values()))
    layouts: list[int] = []
    changed_rows: list[int] = []
    model.layoutChanged.connect(lambda *_: layouts.append(1))
    model.dataChanged.connect(lambda top, *_: changed_rows.append(top.row()))
    shown = [case_id for case_id in cases if model.row_of(case_id) >= 0]
    events = []
    for case_id in shown[:100]:
        case = dict(cases[case_id], version=2, description=f"补充说明 {case_id}")
        events.append({"type": "case.updated", "case": case})
    assert model.apply_events(events) == 100
    assert layouts == []
    assert len(changed_rows) == 100
    assert all(model.case(i).description == f"补充说明 {i}" for i in shown[:100])
    check_sorted(model)
    # Some stay, some move (a new version with new fields everywhere).
    events = [{"type": "case.updated", "case": dict(cases[i], version=3)} for i in shown[:50]] + [
        {"type": "case.updated", "case": varied_case(i, rng, version=3)} for i in shown[50:120]
    ]
    assert model.apply_events(events) == 120
    assert len(layouts) <= 1
    check_sorted(model)
    assert model.counts() == model.recount()


@pytest.mark.parametrize("shared_dues", [3, 40])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_floods_and_loads_among_equal_keys_land_where_a_full_sort_puts_them(
    qapp: Any, shared_dues: int, order: Any
) -> None:
    """Rows merged in by binary search keep the (key, case id) order when many keys are equal
    (a search among the case ids of each shared key, however many share it)."""
    rng = random.Random(shared_dues)
    dues = [(NOW + timedelta(minutes=m)).isoformat() for m in range(shared_dues)]

    def tied(case_id: int, version: int = 1) -> dict[str, Any]:
        case = varied_case(case_id, rng, version=version)
        return {**case, "state": "registered", "due_at": rng.choice(dues), "sla_paused": False}

    model = CaseTableModel(clock=Clock())
    model.sort(COLUMN_INDEX["sla"], order)
    ids = list(range(1, 1201))
    rng.shuffle(ids)
    model.replace_all([tied(i) for i in ids[:600]])
    check_sorted(model)
    model.add_page([tied(i) for i in ids[600:]])  # a load's next chunk, among the same keys
    check_sorted(model)
    for version, count in ((2, 100), (3, 400)):  # few and many ties
        moved = rng.sample(range(1, 1201), count)  # a flood of rows that move to shared keys
        model.apply_events([{"type": "case.updated", "case": tied(i, version)} for i in moved])
        check_sorted(model)


RUNS = (None, 1, 2, 3)  # None: a live case (some without the field at all)


def run_case(case_id: int, rng: random.Random, version: int = 1) -> dict[str, Any]:
    """A varied case of a drill run, or a live one (with `drill_run_id: null`, or none)."""
    case = varied_case(case_id, rng, version=version)
    run = rng.choice(RUNS)
    if run is not None:
        case.update(drill=True, drill_run_id=run)
    elif rng.random() < 0.5:
        case["drill_run_id"] = None
    return case


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seed=st.integers(0, 2**32 - 1),
    runs=st.frozensets(st.integers(1, 4), max_size=3),
    color=st.sampled_from([None, "red"]),
    text=st.sampled_from(["", "占道"]),
)
def test_the_drill_run_filter_agrees_with_a_plain_recount(
    qapp: Any, seed: int, runs: frozenset[int], color: str | None, text: str
) -> None:
    """A trainee's queue (`CaseFilter.drill_runs`) shows exactly the cases of its run that the
    rest of the filter lets through, through loads, floods, single events and the clock, and
    `matches_one` (one case at a time) agrees with `matches` (the columns at once)."""
    rng = random.Random(seed)
    clock = Clock()
    model = CaseTableModel(clock=clock)
    colors = frozenset({color}) if color else frozenset()
    model.set_filter(CaseFilter(colors=colors, text=text, drill_runs=runs))
    model.begin_load()
    for start in range(1, 241, 60):
        model.add_records(prepare_batch(run_case(i, rng) for i in range(start, start + 60)))
    model.end_load()
    versions = {case_id: 1 for case_id in range(1, 241)}
    rest = CaseFilter(colors=colors, text=text)  # the filter without the run
    for _step in range(8):
        events = []
        for _n in range(rng.choice((rng.randint(1, 20), rng.randint(64, 120)))):
            case_id = rng.randint(1, 280)
            versions[case_id] = versions.get(case_id, 0) + rng.choice((0, 1, 1))
            kind = "case.created" if versions[case_id] == 1 else "case.updated"
            events.append({"type": kind, "case": run_case(case_id, rng, versions[case_id])})
        model.apply_events(events)
        clock.now += rng.randint(0, 3600)
        model.tick(0, 20)
        store, now = model._store, clock()  # noqa: SLF001 (the recount reads the store)
        expected = {
            store.case(slot).id
            for slot in range(len(store))
            if store.matches_one(rest, slot, now)
            and (not runs or store.case(slot).drill_run_id in runs)
        }
        shown = {model.case_at(row).id for row in range(model.rowCount())}  # type: ignore[union-attr]
        assert shown == expected
        flt = CaseFilter(colors=colors, text=text, drill_runs=runs)
        at_once = set(store.matches(flt, now).tolist())
        one_by_one = {s for s in range(len(store)) if store.matches_one(flt, s, now)}
        assert at_once == one_by_one
        assert model.counts() == model.recount()

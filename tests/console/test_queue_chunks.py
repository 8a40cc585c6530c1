"""A load's chunks, which come in the queue's order: each is one insertion after the rows shown
before (no layout change), and a view whose screen they do not reach repaints nothing; chunks
that do not make one run are still laid out where a full sort puts them; a scroll repaints
only the rows it brings in."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPaintEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from console.i18n import THEME
from console.models.case_records import prepare_batch
from console.models.case_table import CaseTableModel
from console.models.columns import COLUMN_INDEX
from console.panes.case_table_view import CaseTableView
from tests.console.test_case_model import NOW, Recorder, check_sorted, make_case
from tests.console.test_queue_scale import Clock

SLA = COLUMN_INDEX["sla"]


def queue_ordered(count: int, start: int = 1, minutes: int = 0) -> list[dict[str, Any]]:
    """Open cases due one minute apart (ids ascending with their due time): the order of a
    queue sorted by time left, as the server's snapshot sends it."""
    rng = random.Random(start)
    cases = []
    for k in range(count):
        due = NOW + timedelta(minutes=minutes + k)
        cases.append(
            make_case(
                start + k,
                rng,
                state="registered",
                due_at=due.isoformat(),
                warn_at=(due - timedelta(minutes=30)).isoformat(),
            )
        )
    return cases


def loaded_model(order: Qt.SortOrder) -> tuple[CaseTableModel, Recorder, list[str]]:
    model = CaseTableModel(clock=Clock())
    model.sort(SLA, order)
    model.begin_load()
    recorder = Recorder(model)
    layouts: list[str] = []
    model.layoutChanged.connect(lambda *_: layouts.append("layout"))
    return model, recorder, layouts


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_chunks_in_the_queues_order_are_each_one_insertion(qapp: Any, order: Any) -> None:
    model, recorder, layouts = loaded_model(order)
    cases = queue_ordered(600)
    for first in range(0, 600, 200):
        assert model.add_records(prepare_batch(cases[first : first + 200])) == 200
    # Ascending, each chunk goes after the rows before; descending, before them.
    if order == Qt.SortOrder.AscendingOrder:
        assert recorder.signals == [("insert", 0, 199), ("insert", 200, 399), ("insert", 400, 599)]
    else:
        assert recorder.signals == [("insert", 0, 199), ("insert", 0, 199), ("insert", 0, 199)]
    assert layouts == []
    check_sorted(model)
    model.end_load()
    assert model.counts() == model.recount()


def test_a_chunk_in_one_run_among_the_rows_is_inserted_there(qapp: Any) -> None:
    """Cases that all sort between two shown rows (or before all) are one insertion there."""
    model, recorder, layouts = loaded_model(Qt.SortOrder.AscendingOrder)
    model.add_records(prepare_batch(queue_ordered(100, start=1, minutes=0)))
    model.add_records(prepare_batch(queue_ordered(100, start=101, minutes=200)))
    # Due between the two runs (minutes 100-149), then before all (minutes -50..-1).
    model.add_records(prepare_batch(queue_ordered(50, start=201, minutes=100)))
    model.add_records(prepare_batch(queue_ordered(50, start=251, minutes=-50)))
    assert recorder.signals[2:] == [("insert", 100, 149), ("insert", 0, 49)]
    assert layouts == []
    check_sorted(model)


def test_a_chunk_that_falls_among_the_rows_is_laid_out_as_a_full_sort_puts_it(
    qapp: Any,
) -> None:
    model, recorder, layouts = loaded_model(Qt.SortOrder.AscendingOrder)
    model.add_records(prepare_batch(queue_ordered(100, start=1, minutes=0)))
    # Every other minute of the rows shown: not one run.
    rng = random.Random(7)
    scattered = [
        make_case(
            1000 + k,
            rng,
            state="registered",
            due_at=(NOW + timedelta(minutes=2 * k, seconds=30)).isoformat(),
            warn_at=NOW.isoformat(),
        )
        for k in range(40)
    ]
    model.add_records(prepare_batch(scattered))
    assert layouts == ["layout"]
    assert model.rowCount() == 140
    check_sorted(model)


def shown_view(qtbot: Any, model: CaseTableModel) -> CaseTableView:
    view = CaseTableView()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setModel(model)
    view.resize(900, 400)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    qtbot.waitUntil(lambda: view.painted > 0)
    return view


def settle(qtbot: Any, view: CaseTableView) -> int:
    """Let every pending layout and paint run; the paints so far."""
    qtbot.wait(50)  # the view lays out on a zero-time timer, then paints
    return view.painted


def test_rows_loaded_below_the_screen_repaint_nothing_on_it(qtbot: Any) -> None:
    model, _recorder, _layouts = loaded_model(Qt.SortOrder.AscendingOrder)
    model.add_records(prepare_batch(queue_ordered(200)))
    view = shown_view(qtbot, model)
    shown = view.visible_rows()
    assert 0 < shown[1] < 199
    scroll = view.verticalScrollBar()
    painted, maximum = settle(qtbot, view), scroll.maximum()
    model.add_records(prepare_batch(queue_ordered(300, start=201, minutes=200)))
    assert settle(qtbot, view) == painted  # the same rows on screen: not repainted
    assert scroll.maximum() > maximum  # ... but the scroll bar knows the new rows
    assert view.visible_rows() == shown
    # Rows that land on the screen (due before all) repaint it, and show.
    model.add_records(prepare_batch(queue_ordered(5, start=501, minutes=-10)))
    qtbot.waitUntil(lambda: view.painted > painted)
    assert model.case_at(0).id == 501
    # A removal, then an insertion below, in one layout: repainted (not only rows below).
    painted = settle(qtbot, view)
    model.end_load()  # keeps all: nothing removed
    rows = model.rowCount()
    model.begin_load()
    model.add_records(prepare_batch(queue_ordered(10, start=601, minutes=900)))
    model.end_load()  # drops all but the last chunk: rows removed on screen
    assert model.rowCount() == 10 < rows
    qtbot.waitUntil(lambda: view.painted > painted)
    assert model.case_at(0).id == 601


def test_a_scroll_repaints_only_the_rows_it_brings_in(qtbot: Any) -> None:
    """With the console's theme (whose background for QTableView made the viewport
    transparent, and every scroll a repaint of the whole screen of rows), a scroll of three
    rows paints about three rows, and the screen is what a full repaint draws."""
    model, _recorder, _layouts = loaded_model(Qt.SortOrder.AscendingOrder)
    model.add_records(prepare_batch(queue_ordered(300)))
    view = shown_view(qtbot, model)
    view.setStyleSheet(THEME.read_text(encoding="utf-8"))
    view.setAlternatingRowColors(True)
    settle(qtbot, view)
    painted: list[int] = []
    watch = PaintAreas(view.viewport(), painted)
    view.viewport().installEventFilter(watch)
    first, last = view.visible_rows()
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 3)
    qtbot.waitUntil(lambda: bool(painted))
    settle(qtbot, view)
    assert view.visible_rows()[0] == first + 3
    viewport = view.viewport().rect()
    assert 0 < sum(painted) < viewport.width() * viewport.height() / 2
    scrolled = window_pixels(view)
    view.viewport().repaint()
    assert window_pixels(view) == scrolled, "the moved rows look as a full repaint draws them"


class PaintAreas(QObject):
    """Notes the area (px²) of every paint of a widget."""

    def __init__(self, watched: QWidget, areas: list[int]) -> None:
        super().__init__(watched)
        self.watched, self.areas = watched, areas

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.watched and isinstance(event, QPaintEvent):
            self.areas.append(sum(r.width() * r.height() for r in event.region()))
        return False


def window_pixels(view: CaseTableView) -> QImage:
    """What the window shows (its backing store), not a fresh render of the widget."""
    screen = QGuiApplication.primaryScreen()
    return screen.grabWindow(view.window().winId()).toImage()

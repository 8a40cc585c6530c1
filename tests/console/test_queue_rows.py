"""The queue paints its rows itself (console/panes/queue_rows.py), a row at a time: what it
paints is, pixel for pixel, what Qt's own cell-by-cell painting with the badge and tag
delegates paints (alternate rows, selection, tints, pending italics, badges, tags, elided
text, hidden and moved columns, a scroll by pixels, the current cell's focus frame), and it
never asks the model cell by cell."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTableView

from console.i18n import THEME
from console.models.case_records import prepare_batch
from console.models.case_table import CaseTableModel
from console.models.columns import COLUMN_INDEX, COLUMNS
from console.panes.case_table_view import CaseTableView, arrange_rows
from tests.console.test_case_model import make_case
from tests.console.test_queue_scale import Clock
from widgets.badge_delegate import BadgeDelegate
from widgets.tag_delegate import URGENCY_TAGS, TagDelegate

ROW_HEIGHT = 28
LONG_TITLE = "城东菜市场门口占道经营严重影响通行并且夜间噪声扰民多次反映未见处理"


class CountingModel(CaseTableModel):
    """Counts the model's cell-by-cell reads (Qt's painting asks several roles per cell)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.reads = 0

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        self.reads += 1
        return super().data(index, role)


def queue_model() -> CountingModel:
    """Cases of every look: colors, paused, closed, urgent and emergency, long titles."""
    rng = random.Random(7)
    cases = []
    for i in range(1, 61):
        fields: dict[str, Any] = {"urgency": rng.choice(("normal", "urgent", "emergency"))}
        if i % 7 == 0:
            fields["title"] = LONG_TITLE
        if i % 11 == 0:
            fields["sla_paused"] = True
        cases.append(make_case(i, rng, **fields))
    model = CountingModel(clock=Clock())
    model.add_records(prepare_batch(cases))
    model.sort(COLUMN_INDEX["sla"], Qt.SortOrder.AscendingOrder)
    shown = [model.case_at(row).id for row in range(model.rowCount())]
    model.set_alerted(shown[5], True)
    model.flash(shown[5])
    model.set_alerted(shown[9], True)
    model.set_pending({shown[3], shown[12]})
    fresh = make_case(500, rng, title=LONG_TITLE, urgency="emergency")
    model.apply_events([{"type": "case.created", "case": fresh}])
    return model


def configured(qtbot: Any, view: QTableView, model: CaseTableModel) -> QTableView:
    """The queue pane's rows (`arrange_rows`) and the console's theme."""
    qtbot.addWidget(view)
    view.setStyleSheet(THEME.read_text(encoding="utf-8"))
    view.setModel(model)
    arrange_rows(view, ROW_HEIGHT)
    for column, spec in enumerate(COLUMNS):
        view.setColumnWidth(column, spec.width)
    view.resize(1100, 420)
    return view


def qt_painted(qtbot: Any, model: CaseTableModel) -> QTableView:
    """The oracle: Qt's cell-by-cell painting with the queue's former delegates."""
    view = configured(qtbot, QTableView(), model)
    badges = BadgeDelegate(CaseTableModel.ColorRole, view)
    view.setItemDelegateForColumn(COLUMN_INDEX["sla"], badges)
    tags = TagDelegate(CaseTableModel.TagRole, URGENCY_TAGS, view)
    view.setItemDelegateForColumn(COLUMN_INDEX["urgency"], tags)
    return view


def shot(qtbot: Any, view: QTableView, arrange: Callable[[QTableView], None]) -> QImage:
    view.show()
    with qtbot.waitExposed(view):
        pass
    arrange(view)
    qtbot.wait(20)
    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    view.hide()
    return image


def differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()

    def pixels(image: QImage) -> np.ndarray:
        data = np.frombuffer(image.constBits(), dtype=np.uint32)
        rows = data.reshape(image.height(), image.bytesPerLine() // 4)
        return rows[:, : image.width()]

    return int((pixels(a) != pixels(b)).sum())


def select_rows(view: QTableView) -> None:
    view.selectRow(2)
    flags = view.selectionModel().SelectionFlag
    view.selectionModel().select(
        view.model().index(4, 0), flags.Select | flags.Rows
    )  # a pending row among them


def scrolled_with_columns_moved(view: QTableView) -> None:
    header = view.horizontalHeader()
    header.setSectionsMovable(True)
    view.setColumnHidden(COLUMN_INDEX["street"], True)
    header.moveSection(header.visualIndex(COLUMN_INDEX["ref"]), 0)
    view.verticalScrollBar().setValue(ROW_HEIGHT * 3 + 13)  # a row cut at the top
    view.selectRow(6)


def focused_cell(view: QTableView) -> None:
    view.activateWindow()
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, COLUMN_INDEX["title"]))


@pytest.mark.parametrize(
    "arrange",
    [select_rows, scrolled_with_columns_moved, focused_cell],
    ids=["selection-tints-pending", "scrolled-hidden-moved", "focused-cell"],
)
def test_the_queue_paints_what_qts_cell_painting_paints(
    qtbot: Any, arrange: Callable[[QTableView], None]
) -> None:
    model = queue_model()
    expected = shot(qtbot, qt_painted(qtbot, model), arrange)
    painted = shot(qtbot, configured(qtbot, CaseTableView(), model), arrange)
    assert differing_pixels(painted, expected) == 0


def test_the_oracle_sees_what_the_arrangements_make(qtbot: Any) -> None:
    """The comparisons above compare something: a selected row, a tinted row, an italic
    pending row and both tags change the painting."""
    model = queue_model()
    view = qt_painted(qtbot, model)
    plain = shot(qtbot, view, lambda v: None)
    assert differing_pixels(plain, shot(qtbot, view, select_rows)) > 0
    view.clearSelection()
    model.set_pending(set())
    assert differing_pixels(plain, shot(qtbot, view, lambda v: None)) > 0


def reads_in_a_repaint(qtbot: Any, view: QTableView, model: CountingModel) -> int:
    view.show()
    with qtbot.waitExposed(view):
        pass
    select_rows(view)
    qtbot.wait(20)
    model.reads = 0
    view.viewport().repaint()
    reads = model.reads
    view.hide()
    return reads


def test_a_repaint_reads_rows_not_cells(qtbot: Any) -> None:
    model = queue_model()
    view = configured(qtbot, CaseTableView(), model)
    assert reads_in_a_repaint(qtbot, view, model) == 0
    assert view.painted > 0
    # Qt's own painting asks several roles of every cell.
    assert reads_in_a_repaint(qtbot, qt_painted(qtbot, model), model) > 5 * 11 * 10

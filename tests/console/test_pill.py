"""The queue's pills (SLA badge, urgency tag) are drawn once per look and copied after."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QTableView
from pytestqt.qtbot import QtBot

from widgets import pill
from widgets.badge_delegate import BADGE_COLORS, BadgeDelegate
from widgets.pill import PillLook, draw_pill
from widgets.tag_delegate import URGENCY_TAGS, TagDelegate

COLOR_ROLE = Qt.ItemDataRole.UserRole + 2


def _drawn(text: str, look: PillLook) -> QImage:
    image = QImage(120, 30, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw_pill(painter, QRectF(0, 0, 120, 30), text, look, QFont())
    painter.end()
    return image


def test_a_look_is_drawn_once_and_copied_the_same(qapp: QApplication) -> None:
    pill._cache.clear()
    look = PillLook(ink=QColor("#ffffff"), fill=QColor("#c62828"))
    first, second = _drawn("2时13分", look), _drawn("2时13分", look)
    assert first == second
    assert pill.cached_pills() == 1
    assert first.pixelColor(8, 15).name() == "#c62828"  # the fill, left of the text
    assert first.pixelColor(0, 0).name() == "#ffffff"  # a round end: the corner stays clear
    _drawn("2时12分", look)
    assert pill.cached_pills() == 2


def test_the_cache_is_bounded(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    pill._cache.clear()
    monkeypatch.setattr(pill, "CACHED", 5)
    look = PillLook(ink=QColor("black"), fill=QColor("#2e7d32"))
    for minute in range(12):
        _drawn(f"{minute}分", look)
    assert pill.cached_pills() == 5


def _table(
    qtbot: QtBot, column_delegate: Callable[[QTableView], QStyledItemDelegate]
) -> QTableView:
    model = QStandardItemModel(2, 1)
    for row, (text, color, kind) in enumerate((("1时05分", "red", "emergency"), ("—", None, None))):
        item = QStandardItem(text)
        item.setData(color, COLOR_ROLE)
        item.setData(kind, COLOR_ROLE + 2)
        model.setItem(row, 0, item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegateForColumn(0, column_delegate(view))
    view.setColumnWidth(0, 110)
    view.resize(200, 120)
    view.show()
    return view


def test_the_badge_paints_the_palette_fill(qtbot: QtBot) -> None:
    view = _table(qtbot, lambda v: BadgeDelegate(COLOR_ROLE, v))
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(0, 0))
    fill = BADGE_COLORS["red"][0].name()
    assert image.pixelColor(rect.left() + 12, rect.center().y()).name() == fill


def test_the_emergency_tag_is_filled_and_a_plain_cell_is_not(qtbot: QtBot) -> None:
    view = _table(qtbot, lambda v: TagDelegate(COLOR_ROLE + 2, URGENCY_TAGS, v))
    image = view.viewport().grab().toImage()
    tagged = view.visualRect(view.model().index(0, 0))
    plain = view.visualRect(view.model().index(1, 0))
    fill = URGENCY_TAGS["emergency"].fill
    assert fill is not None
    assert image.pixelColor(tagged.left() + 12, tagged.center().y()).name() == fill.name()
    assert image.pixelColor(plain.left() + 12, plain.center().y()).name() != fill.name()

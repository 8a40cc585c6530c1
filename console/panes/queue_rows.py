"""Paints the queue's rows: a screenful of cases read one row at a time, not one cell and role
at a time.

Qt paints a table cell by cell: for each of a screenful's ~400 cells its delegate asks the
model for seven roles and the style (the theme's style sheet over Fusion) draws the item, and
the SLA badge and urgency tag delegates do that and then draw their pill. At 1920x1080 that
was 16-29 ms per repaint of the queue, which the feed's events wait behind while it runs.
This painter reads each row once (`CaseTableModel.row_look`) and draws what Qt's path draws
(the alternate rows, the selection, the row tints, the badges and tags, elided text, the
pending rows' italics, the current cell's focus frame) with the same pixels:
tests/console/test_queue_rows.py compares the two.

It paints whole rows as selected: the queue selects rows (`SelectRows`), never single cells.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import QItemSelectionRange, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect, QStyleOptionViewItem, QTableView

from console.models.case_table import CENTERED_COLUMNS, CaseTableModel, RowLook
from console.models.columns import COLUMN_INDEX, COLUMNS
from console.models.pending import pending_data
from widgets.badge_delegate import BADGE_INSET, badge_look
from widgets.pill import PillLook, draw_pill
from widgets.tag_delegate import TAG_INSET, URGENCY_TAGS, tag_looks

_BADGE_COLUMN = COLUMN_INDEX["sla"]
_TAG_COLUMN = COLUMN_INDEX["urgency"]
_TAGS = tag_looks(URGENCY_TAGS)
# Qt's text margin in a cell (the style's focus frame margin + 1) and its default alignment.
_MARGIN = 3
_ALIGNMENTS = tuple(
    int(Qt.AlignmentFlag.AlignCenter)
    if column in CENTERED_COLUMNS
    else int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column in range(len(COLUMNS))
)
_ELIDED_KEPT = 4096  # elided texts remembered; the countdowns bring new ones every second
_SELECTED = QStyle.StateFlag.State_Selected
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus


class QueueRowPainter:
    """Paints the rows of the queue's table (a `QTableView` over a `CaseTableModel`)."""

    def __init__(self) -> None:
        self._elided: dict[tuple[str, int, bool], str] = {}

    def paint(self, view: QTableView, painter: QPainter, area: QRect) -> None:
        """Paint the rows and columns that meet `area` (viewport coordinates)."""
        model = cast(CaseTableModel, view.model())
        first = view.rowAt(area.top())
        if first < 0:
            return
        last = view.rowAt(area.bottom())
        if last < 0:
            last = model.rowCount() - 1
        columns = _columns_in(view, area)
        if not columns:
            return
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        group = _color_group(option)
        palette = option.palette
        inks = Inks(
            palette.color(group, QPalette.ColorRole.Text),
            palette.color(group, QPalette.ColorRole.HighlightedText),
            pending_data(Qt.ItemDataRole.ForegroundRole),
        )
        fonts = (option.font, QFont(pending_data(Qt.ItemDataRole.FontRole)).resolve(option.font))
        alternate = palette.brush(group, QPalette.ColorRole.AlternateBase)
        highlight = palette.brush(group, QPalette.ColorRole.Highlight)
        alternating = view.alternatingRowColors()
        selected = _selected_rows(view, first, last)
        focus_row, focus_column = _focus_cell(view, first, last)
        left = columns[0][1]
        width = columns[-1][1] + columns[-1][2] - left
        height = view.rowHeight(first)
        y = view.rowViewportPosition(first)
        for row in range(first, last + 1):
            look: RowLook = model.row_look(row)
            chosen = row in selected
            if chosen:
                painter.fillRect(left, y, width, height, highlight)
            else:
                if alternating and row & 1:
                    painter.fillRect(left, y, width, height, alternate)
                if look.background is not None:
                    painter.fillRect(left, y, width, height, look.background)
            font = fonts[look.pending]
            painter.setFont(font)
            painter.setPen(inks.of(chosen, look.pending))
            cells = Cells(painter, look, y, height, font)
            if row == focus_row:
                cells.focus = Focus(view, option, chosen, focus_column)
            self._paint_cells(cells, columns, fonts[0])
            y += height

    def _paint_cells(self, cells: Cells, columns: list[tuple[int, int, int]], plain: QFont) -> None:
        """A row's cells; the badge and tag are in the view's plain font (the pending rows'
        italics are for text), and drawn over the current cell's focus frame, as Qt does."""
        painter, look, y, height = cells.painter, cells.look, cells.y, cells.height
        texts = look.texts
        focus = cells.focus
        for column, x, width in columns:
            text = texts[column]
            framed = focus is not None and column == focus.column
            pill = _pill_look(column, look, text)
            if pill is not None:
                if framed:
                    cells.frame(x, width)
                dx, dy = BADGE_INSET if column == _BADGE_COLUMN else TAG_INSET
                rect = QRectF(x + dx, y + dy, width - 2 * dx, height - 2 * dy)
                draw_pill(painter, rect, text, pill, plain)
                continue
            if text:
                room = width - 2 * _MARGIN
                shown = self._elide(text, room, cells.font, look.pending)
                painter.drawText(x + _MARGIN, y, room, height, _ALIGNMENTS[column], shown)
            if framed:
                cells.frame(x, width)

    def _elide(self, text: str, room: int, font: QFont, pending: bool) -> str:
        key = (text, room, pending)
        shown = self._elided.get(key)
        if shown is None:
            if len(self._elided) >= _ELIDED_KEPT:
                self._elided.clear()
            shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, room)
            self._elided[key] = shown
        return shown

    def forget_fonts(self) -> None:
        """The view's font changed: texts elided for the old one no longer fit."""
        self._elided.clear()


class Inks:
    """The text colors of a paint: plain, selected, pending."""

    __slots__ = ("plain", "selected", "pending")

    def __init__(self, plain: QColor, selected: QColor, pending: QColor) -> None:
        self.plain, self.selected, self.pending = plain, selected, pending

    def of(self, selected: bool, pending: bool) -> QColor:
        if selected:
            return self.selected
        return self.pending if pending else self.plain


class Focus:
    """The current cell's focus frame, drawn as Qt's item painting draws it."""

    __slots__ = ("view", "option", "selected", "column")

    def __init__(
        self, view: QTableView, option: QStyleOptionViewItem, selected: bool, column: int
    ) -> None:
        self.view, self.option, self.selected, self.column = view, option, selected, column

    def draw(self, painter: QPainter, cell: QRect) -> None:
        item = QStyleOptionViewItem(self.option)
        item.rect = cell
        item.state |= _HAS_FOCUS
        if self.selected:
            item.state |= _SELECTED
        style = self.view.style()
        frame = QStyleOptionFocusRect()
        frame.state = item.state | QStyle.StateFlag.State_KeyboardFocusChange
        frame.state |= QStyle.StateFlag.State_Item
        frame.palette = item.palette
        frame.direction = item.direction
        frame.fontMetrics = item.fontMetrics
        frame.rect = style.subElementRect(
            QStyle.SubElement.SE_ItemViewItemFocusRect, item, self.view
        )
        role = QPalette.ColorRole.Highlight if self.selected else QPalette.ColorRole.Window
        frame.backgroundColor = item.palette.color(_color_group(item), role)
        painter.save()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, self.view)
        painter.restore()


class Cells:
    """One row being painted: where, with what, and the focus frame if the current cell is
    on it."""

    __slots__ = ("painter", "look", "y", "height", "font", "focus")

    def __init__(self, painter: QPainter, look: RowLook, y: int, height: int, font: QFont) -> None:
        self.painter, self.look, self.y, self.height, self.font = painter, look, y, height, font
        self.focus: Focus | None = None

    def frame(self, x: int, width: int) -> None:
        if self.focus is not None:
            self.focus.draw(self.painter, QRect(x, self.y, width, self.height))


def _pill_look(column: int, look: RowLook, text: str) -> PillLook | None:
    """The pill a cell is drawn as: the badge always, the tag for the urgencies that have one."""
    if column == _BADGE_COLUMN:
        return badge_look(look.color)
    if column == _TAG_COLUMN and text:
        return _TAGS.get(str(look.urgency))
    return None


def _focus_cell(view: QTableView, first: int, last: int) -> tuple[int, int]:
    """The current cell's row and column when the view has the focus, else (-1, -1)."""
    current = view.currentIndex()
    focused = view.hasFocus() or view.viewport().hasFocus()
    if not focused or not current.isValid() or not first <= current.row() <= last:
        return -1, -1
    return current.row(), current.column()


def _columns_in(view: QTableView, area: QRect) -> list[tuple[int, int, int]]:
    """(column, x, width) of the shown columns meeting `area`, left to right on screen."""
    header = view.horizontalHeader()
    start = header.visualIndexAt(area.left())
    columns = []
    for visual in range(max(start, 0), header.count()):
        column = header.logicalIndex(visual)
        if header.isSectionHidden(column):
            continue
        x = header.sectionViewportPosition(column)
        if x > area.right():
            break
        columns.append((column, x, header.sectionSize(column)))
    return columns


def _selected_rows(view: QTableView, first: int, last: int) -> set[int]:
    rows: set[int] = set()
    selection = view.selectionModel()
    if selection is None:
        return rows
    ranges = cast(Iterable[QItemSelectionRange], selection.selection())  # iterable (no stub)
    for part in ranges:
        rows.update(range(max(part.top(), first), min(part.bottom(), last) + 1))
    return rows


def _color_group(option: QStyleOptionViewItem) -> QPalette.ColorGroup:
    """The palette group Qt's style paints an item with."""
    if not option.state & QStyle.StateFlag.State_Enabled:
        return QPalette.ColorGroup.Disabled
    if not option.state & QStyle.StateFlag.State_Active:
        return QPalette.ColorGroup.Inactive
    return QPalette.ColorGroup.Normal

"""The scenario's YAML as the trainer edits it: line numbers in a gutter, the lines the
server found errors on tinted, and a jump to any line."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

ERROR_LINE = QColor("#5c1f24")
ERROR_NUMBER = QColor("#ff8a80")
CURRENT_LINE = QColor("#1f2a36")


class _Gutter(QWidget):
    """The line numbers beside the text (drawn by the editor)."""

    def __init__(self, editor: ScenarioText) -> None:
        super().__init__(editor)
        self._editor = editor

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self._editor.paint_gutter(event)


class ScenarioText(QPlainTextEdit):
    """A plain-text YAML editor that marks error lines (1-based) and jumps to them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioText")
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabChangesFocus(False)
        self._gutter = _Gutter(self)
        self.error_lines: frozenset[int] = frozenset()
        self.blockCountChanged.connect(lambda _count: self._fit_gutter())
        self.updateRequest.connect(self._on_text_update_request)
        self.cursorPositionChanged.connect(self._mark)
        self._fit_gutter()

    # -- what the dialog asks ------------------------------------------------------------

    def mark_errors(self, lines: set[int] | frozenset[int]) -> None:
        """Tint these lines (1-based) until the next check; an empty set clears them."""
        self.error_lines = frozenset(line for line in lines if line >= 1)
        self._mark()
        self._gutter.update()

    def go_to_line(self, line: int) -> None:
        """Put the cursor at the start of a line (1-based), scrolled into view, focused."""
        block = self.document().findBlockByNumber(max(line, 1) - 1)
        if not block.isValid():
            block = self.document().lastBlock()
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_line(self) -> int:
        """The cursor's line, 1-based."""
        return self.textCursor().blockNumber() + 1

    # -- the gutter and the tints -------------------------------------------------------

    def gutter_width(self) -> int:
        """Room for the largest line number and a margin."""
        digits = len(str(max(1, self.blockCount())))
        return 12 + self.fontMetrics().horizontalAdvance("9") * max(digits, 3)

    def _fit_gutter(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _on_text_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())
        if rect.contains(self.viewport().rect()):
            self._fit_gutter()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        area = self.contentsRect()
        self._gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(), area.height()))

    def paint_gutter(self, event: QPaintEvent) -> None:
        """Draw the numbers of the visible lines; error lines in red."""
        painter = QPainter(self._gutter)
        painter.fillRect(event.rect(), QColor("#141a21"))
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                line = number + 1
                painter.setPen(ERROR_NUMBER if line in self.error_lines else QColor("#6b7785"))
                painter.drawText(
                    0,
                    top,
                    self._gutter.width() - 6,
                    height,
                    int(Qt.AlignmentFlag.AlignRight),
                    str(line),
                )
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1
        painter.end()

    def _mark(self) -> None:
        selections = []
        current = QTextEdit.ExtraSelection()
        current.format.setBackground(CURRENT_LINE)
        current.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        current.cursor = self.textCursor()
        current.cursor.clearSelection()
        selections.append(current)
        for line in sorted(self.error_lines):
            block = self.document().findBlockByNumber(line - 1)
            if not block.isValid():
                continue
            mark = QTextEdit.ExtraSelection()
            mark.format.setBackground(ERROR_LINE)
            mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            mark.cursor = QTextCursor(block)
            selections.append(mark)
        self.setExtraSelections(selections)

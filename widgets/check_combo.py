"""A drop-down of checkable options with presets: a multi-select filter in a combo box's space.

Click or Space toggles an option and keeps the list open; a preset (e.g. "open cases") sets
the whole choice at once. The box reads the choice: a preset's name, the one option, or the
options joined. Nothing checked means "any".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPaintEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

OPENING_MS = 300
VALUE = Qt.ItemDataRole.UserRole + 1
PRESET = Qt.ItemDataRole.UserRole + 2


class CheckCombo(QComboBox):
    """Options with check boxes, presets above them; `selection_changed` after every change."""

    selection_changed = Signal()

    def __init__(self, any_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._any_text = any_text
        self._items = QStandardItemModel(self)
        self.setModel(self._items)
        self._presets: list[tuple[str, Callable[[], Iterable[str]]]] = []
        self._opened = QElapsedTimer()
        self.view().viewport().installEventFilter(self)
        self.view().installEventFilter(self)
        self.activated.connect(self._on_activated)

    # -- building ---------------------------------------------------------------------------

    def add_preset(self, text: str, values: Iterable[str] | Callable[[], Iterable[str]]) -> None:
        """A line that sets the choice to exactly these values (empty: any); a callable gives
        them when the preset is used (values that may change, such as the server's rules)."""
        item = QStandardItem(text)
        item.setData(len(self._presets), PRESET)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self._items.appendRow(item)
        if callable(values):
            self._presets.append((text, values))
        else:
            fixed = frozenset(values)
            self._presets.append((text, lambda: fixed))

    def add_option(self, text: str, value: str) -> None:
        """A checkable option."""
        item = QStandardItem(text)
        item.setData(value, VALUE)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setData(Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
        self._items.appendRow(item)

    # -- the choice -------------------------------------------------------------------------

    def checked(self) -> frozenset[str]:
        """The values checked (empty: any)."""
        return frozenset(
            item.data(VALUE)
            for item in self._options()
            if item.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        )

    def set_checked(self, values: Iterable[str], *, quiet: bool = False) -> None:
        """Check exactly these values; `selection_changed` unless quiet or nothing changed."""
        wanted = frozenset(values)
        before = self.checked()
        for item in self._options():
            state = Qt.CheckState.Checked if item.data(VALUE) in wanted else Qt.CheckState.Unchecked
            item.setData(state, Qt.ItemDataRole.CheckStateRole)
        self.setToolTip(self.summary())
        self.update()
        if not quiet and self.checked() != before:
            self.selection_changed.emit()

    def summary(self) -> str:
        """What the box shows: a preset's name, the option checked, or the options joined."""
        chosen = self.checked()
        for text, values in self._presets:
            if frozenset(values()) == chosen:
                return text
        if not chosen:
            return self._any_text
        names = [item.text() for item in self._options() if item.data(VALUE) in chosen]
        return "、".join(names) if len(names) <= 2 else f"{names[0]} +{len(names) - 1}"

    # -- Qt ---------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        room = (
            self.style()
            .subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                self,
            )
            .width()
        )
        option.currentText = metrics.elidedText(self.summary(), Qt.TextElideMode.ElideRight, room)
        option.currentIcon = QIcon()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def showPopup(self) -> None:  # noqa: N802
        self._opened.start()
        super().showPopup()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        view = self.view()
        # The release of the click that opened the list is not a choice.
        just_opened = self._opened.isValid() and self._opened.elapsed() < OPENING_MS
        if (
            watched is view.viewport()
            and event.type() == QEvent.Type.MouseButtonRelease
            and not just_opened
        ):
            index = view.indexAt(event.position().toPoint())  # type: ignore[attr-defined]
            if index.isValid():
                self._toggle(index.row())
                return True
        if watched is view and isinstance(event, QKeyEvent):
            if event.type() != QEvent.Type.KeyPress:
                return super().eventFilter(watched, event)
            if event.key() == Qt.Key.Key_Space and view.currentIndex().isValid():
                self._toggle(view.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

    # -- internals --------------------------------------------------------------------------

    def _options(self) -> list[QStandardItem]:
        items = (self._items.item(row) for row in range(self._items.rowCount()))
        return [item for item in items if item.data(VALUE) is not None]

    def _toggle(self, row: int) -> None:
        item = self._items.item(row)
        preset = item.data(PRESET)
        if preset is not None:
            self.set_checked(self._presets[preset][1]())
            self.hidePopup()
            return
        chosen = set(self.checked())
        chosen ^= {item.data(VALUE)}
        self.set_checked(chosen)

    def _on_activated(self, row: int) -> None:
        # Enter on a line of the open list: a preset applies; an option toggles.
        self._toggle(row)

"""Input widgets of the intake form: category type-ahead, urgency choice, field with its error."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from console.models import labels
from console.panes.call_intake_logic import Category, match_categories, resolve_category
from widgets.plain_text import PlainLabel
from widgets.present import present

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
URGENCIES = ("normal", "urgent", "emergency")


class _NameCompleter(QCompleter):
    """Puts the category's name (not the whole popup line) into the line edit."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        return str(index.data(NAME_ROLE) or "")


class CategoryPicker(QLineEdit):
    """Type-ahead over category names, codes and departments; the popup shows the department."""

    category_changed = Signal(str)  # the category code, "" when the text names none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._categories: list[Category] = []
        self._code = ""
        self._model = QStandardItemModel(self)
        completer = _NameCompleter(self._model, self)
        # Filtering is ours (match_categories): the popup shows the model as it is.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        # PySide6 stub: an overloaded signal's [type] selector is not typed.
        completer.activated[QModelIndex].connect(self._on_completer_activated)  # type: ignore[index]
        self.setCompleter(completer)
        self.textEdited.connect(self._on_text_edited)
        self.textChanged.connect(self._on_text_changed)

    def set_categories(self, categories: Sequence[Category]) -> None:
        """The categories to choose from (from the reference data)."""
        self._categories = list(categories)
        self._fill(self._categories)
        self._on_text_changed(self.text())

    def category(self) -> Category | None:
        """The category the text names: an exact name or code, or the only match."""
        return resolve_category(self._categories, self.text())

    def code(self) -> str:
        """The chosen category's code ("" for none)."""
        return self._code

    def matches(self) -> list[Category]:
        """The categories the popup offers for the text typed."""
        return match_categories(self._categories, self.text())

    def _fill(self, categories: Sequence[Category]) -> None:
        self._model.clear()
        for category in categories:
            item = QStandardItem(f"{category.name}    — {category.department}")
            item.setData(category.code, CODE_ROLE)
            item.setData(category.name, NAME_ROLE)
            item.setToolTip(f"{category.name} ({category.code}) → {category.department}")
            self._model.appendRow(item)

    def _popup(self) -> None:
        self._fill(self.matches())
        if self._model.rowCount():
            self.completer().complete()
        else:
            present(self.completer().popup()).hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        popup = present(self.completer().popup(), "the completer's popup")
        if event.key() == Qt.Key.Key_Down and not popup.isVisible():
            self._popup()  # Down on a closed picker lists what fits (everything when empty)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        # Leaving with a unique partial match: show the full name of what was picked.
        found = self.category()
        if found is not None and self.text() != found.name:
            self.setText(found.name)
        super().focusOutEvent(event)

    def _on_text_edited(self, _text: str) -> None:
        self._popup()

    def _on_text_changed(self, _text: str) -> None:
        found = self.category()
        code = found.code if found else ""
        if code != self._code:
            self._code = code
            self.category_changed.emit(code)

    def _on_completer_activated(self, index: QModelIndex) -> None:
        self.setText(str(index.data(NAME_ROLE) or ""))


class UrgencyChoice(QWidget):
    """Normal / urgent / emergency as radio buttons; arrow keys move, emergency shows red."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urgencyBox")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for code in URGENCIES:
            button = QRadioButton(labels.urgency_label(code), self)
            button.setObjectName(f"urgency_{code}")
            self._group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
            button.toggled.connect(self._on_button_toggled)
        layout.addStretch(1)
        self.buttons["normal"].setChecked(True)

    def value(self) -> str:
        """The urgency code chosen."""
        return next(code for code, button in self.buttons.items() if button.isChecked())

    def set_value(self, code: str) -> None:
        """Choose an urgency by code."""
        self.buttons[code].setChecked(True)

    def focus_proxy(self) -> QRadioButton:
        """The button that keyboard focus lands on (the checked one)."""
        return self.buttons[self.value()]

    def _on_button_toggled(self, checked: bool) -> None:
        if not checked:
            return
        value = self.value()
        self.setProperty("urgency", value)
        for widget in (self, *self.buttons.values()):  # descendant rules need a re-polish too
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.changed.emit(value)


class WithError(QWidget):
    """A field with the line that says what is wrong with it, hidden while all is well."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = PlainLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)

    def set_error(self, text: str) -> None:
        """Show the problem, or hide the line with ""."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

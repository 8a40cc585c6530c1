"""Editors of the SLA rules table: a list to choose from, or a number for the limit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from console.admin.sla_rules_model import CHOICES_ROLE, LIMIT

Index = QModelIndex | QPersistentModelIndex


class RuleDelegate(QStyledItemDelegate):
    """A combo for scope, urgency, step, unit and clock; a spin box with two decimals for
    the limit. A choice made with Enter or a click is committed at once."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        if index.column() == LIMIT:
            spin = QDoubleSpinBox(parent)
            spin.setObjectName("slaLimitEditor")
            spin.setDecimals(2)
            spin.setRange(0, 99_999)
            spin.setFrame(False)
            return spin
        combo = QComboBox(parent)
        combo.setObjectName("slaChoiceEditor")
        for value, label in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, value)
        combo.setMaxVisibleItems(16)
        combo.activated.connect(lambda _i, c=combo: self._on_combo_activated(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value: Any = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value or 0))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        if isinstance(editor, QDoubleSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _on_combo_activated(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

"""The drill screens' building blocks: a read-only table as they are all set up, and a label
whose Alt+letter reaches its field."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from console.drills.tables import RowsModel
from widgets.plain_text import PlainLabel


def make_table(parent: QWidget, name: str, model: RowsModel) -> QTableView:
    """A single-row-selection table of text over `model`, columns fitted to their contents."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def buddy(text: str, widget: QWidget, parent: QWidget) -> PlainLabel:
    """A label for `widget`; its mnemonic (&x) moves the keyboard there."""
    label = PlainLabel(text, parent)
    label.setBuddy(widget)
    return label

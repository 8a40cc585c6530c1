"""Typed access to a QTreeWidget's rows: the PySide6 stubs make every item Optional."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def top_item(tree: QTreeWidget, row: int) -> QTreeWidgetItem:
    """The item of a top-level row the tree has (IndexError for one it has not)."""
    item = tree.topLevelItem(row)
    if item is None:
        raise IndexError(f"no top-level row {row}")
    return item


def child_item(parent: QTreeWidgetItem, row: int) -> QTreeWidgetItem:
    """The child item of a row the parent has (IndexError for one it has not)."""
    item = parent.child(row)
    if item is None:
        raise IndexError(f"no child row {row}")
    return item

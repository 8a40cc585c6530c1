"""Text that came from people shown as text, never as markup (issue #18).

A QLabel, a tooltip and a message box decide by themselves whether a text "looks like" rich
text (Qt::AutoText): a caller's complaint typed as `<h1 style=…>` would have been rendered
as a heading, and an `<img src=…>` would have been fetched. Every label of the console is a
`PlainLabel`; the few that show markup of our own set `Qt.TextFormat.RichText` and escape
what they put in it (`escaped`). Tooltips with people's text go through `plain_tip`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from widgets.plain_tip import escaped, plain_tip

__all__ = ["PlainLabel", "escaped", "plain_box", "plain_tip", "rich_labels_of"]


class PlainLabel(QLabel):
    """A QLabel that shows its text as plain text, whatever the text contains."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[call-overload]
        self.setTextFormat(Qt.TextFormat.PlainText)


def plain_box(box: QMessageBox) -> QMessageBox:
    """The message box with its text shown as plain text; returned for chaining."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def rich_labels_of(root: QWidget) -> list[QLabel]:
    """The labels under `root` that would render their text as markup (for tests)."""
    return [
        label
        for label in root.findChildren(QLabel)
        if label.textFormat() == Qt.TextFormat.AutoText and QtGui.mightBeRichText(label.text())
    ]

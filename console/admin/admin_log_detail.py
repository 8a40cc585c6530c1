"""One admin record in full: who, what, when, and before → after side by side."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QTextBrowser, QVBoxLayout, QWidget

from console.admin.admin_log_diff import changed_keys, side_html
from console.admin.admin_log_labels import action_label, kind_label
from console.admin.admin_log_model import actor_text, when_text
from widgets.plain_text import PlainLabel

BEFORE_COLOR = "#7a2a2a"  # a removed or changed value, on the theme's dark background
AFTER_COLOR = "#1f5a32"  # an added or changed value


class AdminLogDetail(QWidget):
    """The chosen record: a summary line, the changed keys, before and after as JSON."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminLogDetail")
        self.summary = PlainLabel(self)
        self.summary.setObjectName("sectionTitle")
        self.summary.setWordWrap(True)
        self.changes = PlainLabel(self)
        self.changes.setObjectName("adminLogChanges")
        self.changes.setWordWrap(True)
        self.only_changed = QCheckBox(self.tr("&Only what changed"), self)
        self.only_changed.setObjectName("adminLogOnlyChanged")
        self.only_changed.setToolTip(self.tr("Leave out what is the same on both sides"))
        self.record: dict[str, Any] | None = None
        self.before = QTextBrowser(self)
        self.before.setObjectName("adminLogBefore")
        self.after = QTextBrowser(self)
        self.after.setObjectName("adminLogAfter")
        sides = QHBoxLayout()
        for title, browser in ((self.tr("Before"), self.before), (self.tr("After"), self.after)):
            column = QVBoxLayout()
            column.addWidget(PlainLabel(title, self))
            column.addWidget(browser, 1)
            sides.addLayout(column, 1)
        changes_row = QHBoxLayout()
        changes_row.addWidget(self.changes, 1)
        changes_row.addWidget(self.only_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(changes_row)
        layout.addLayout(sides, 1)
        # The two sides scroll together: the same keys stay side by side.
        bars = (self.before.verticalScrollBar(), self.after.verticalScrollBar())
        bars[0].valueChanged.connect(bars[1].setValue)
        bars[1].valueChanged.connect(bars[0].setValue)
        self.only_changed.toggled.connect(lambda _on: self.show_record(self.record))
        self.show_record(None)

    def show_record(self, record: dict[str, Any] | None) -> None:
        """Show a record (None: nothing chosen)."""
        self.record = record
        if record is None:
            self.summary.setText(self.tr("Choose a record to see what it changed."))
            self.changes.clear()
            self.before.clear()
            self.after.clear()
            return
        parts = [
            when_text(record.get("created_at")),
            kind_label(record.get("kind")),
            action_label(record.get("kind"), record.get("action")),
            str(record.get("target") or ""),
            actor_text(record),
        ]
        text = " · ".join(p for p in parts if p)
        if record.get("note"):
            text += " — " + str(record["note"])
        self.summary.setText(text)
        before, after = record.get("before"), record.get("after")
        keys = changed_keys(before, after)
        self.changes.setText(self.tr("Changed: %1").replace("%1", ", ".join(keys)) if keys else "")
        only, skipped = self.only_changed.isChecked(), self.tr("… %1 unchanged")
        nothing = self.tr("(nothing)")
        for browser, mine, theirs, color in (
            (self.before, before, after, BEFORE_COLOR),
            (self.after, after, before, AFTER_COLOR),
        ):
            browser.setHtml(
                side_html(mine, theirs, color, nothing, only_changed=only, skipped_text=skipped)
            )

    def texts(self) -> tuple[str, str]:
        """What the before and after sides show, as plain text."""
        return self.before.toPlainText(), self.after.toPlainText()

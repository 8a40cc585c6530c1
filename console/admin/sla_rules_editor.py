"""The SLA rules editor: the table of rules, add and remove, the warn ratio, a note, and the
list of what must be fixed before publishing."""

from __future__ import annotations

from dataclasses import astuple, replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.admin.sla_rules_delegate import RuleDelegate
from console.admin.sla_rules_model import SCOPE, SlaRulesModel
from console.admin.sla_rules_rows import (
    Problem,
    SlaRow,
    amount_text,
    check,
    order_key,
    server_message,
)
from widgets.plain_text import PlainLabel

ROW_ROLE = Qt.ItemDataRole.UserRole
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_ROW = SlaRow("", "normal", "handle", 1, "work_days")


class SlaRulesEditor(QWidget):
    """Edits one rule set; knows whether it differs from the version it was loaded from."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slaEditor")
        self.model = SlaRulesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("slaRulesTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(RuleDelegate(self.table))
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 80, 80, 70, 130)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.add_button = QPushButton(self.tr("&Add rule"), self)
        self.add_button.setObjectName("slaAddRule")
        self.add_button.setToolTip(self.tr("Ctrl+Insert: a copy of the chosen rule below it"))
        self.remove_button = QPushButton(self.tr("&Remove rule"), self)
        self.remove_button.setObjectName("slaRemoveRule")
        self.remove_button.setToolTip(self.tr("Ctrl+Delete"))
        self.warn_ratio = QDoubleSpinBox(self)
        self.warn_ratio.setObjectName("slaWarnRatio")
        self.warn_ratio.setRange(0.0, 1.0)
        self.warn_ratio.setSingleStep(0.05)
        self.warn_ratio.setDecimals(2)
        self.ratio_text = PlainLabel(self)
        self.ratio_text.setObjectName("keysHint")
        self.note = QLineEdit(self)
        self.note.setObjectName("slaNote")
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("What changes and why (shown in the history)"))
        self.problems = QListWidget(self)
        self.problems.setObjectName("slaProblems")
        self.problems.setMaximumHeight(110)
        self.problems.hide()
        ratio_label = PlainLabel(self.tr("&Warn ratio"), self)
        ratio_label.setBuddy(self.warn_ratio)
        note_label = PlainLabel(self.tr("&Note"), self)
        note_label.setBuddy(self.note)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addSpacing(16)
        row.addWidget(ratio_label)
        row.addWidget(self.warn_ratio)
        row.addWidget(self.ratio_text)
        row.addSpacing(16)
        row.addWidget(note_label)
        row.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        self._loaded: tuple[list[tuple[Any, ...]], float, str] = ([], 0.0, "")
        self.add_button.clicked.connect(self.add_rule)
        self.remove_button.clicked.connect(self.remove_rule)
        self.warn_ratio.valueChanged.connect(self._on_warn_ratio_value_changed)
        self.note.textEdited.connect(lambda _t: self.edited.emit())
        self.model.edited.connect(self.edited)
        self.problems.itemActivated.connect(self._on_problems_item_activated)

    # -- content ----------------------------------------------------------------------------

    def load(self, body: dict[str, Any], *, as_loaded: bool = True) -> None:
        """Edit this rule set; as_loaded=False keeps it marked as a change (copied in)."""
        self.model.set_catalog(list(body.get("categories") or []), list(body.get("kinds") or []))
        rows = sorted((SlaRow.from_rule(r) for r in body.get("rules") or []), key=order_key)
        self.model.set_rows(rows)
        self.warn_ratio.blockSignals(True)
        self.warn_ratio.setValue(float(body.get("warn_ratio") or 0.8))
        self.warn_ratio.blockSignals(False)
        self._on_warn_ratio_value_changed(self.warn_ratio.value(), quiet=True)
        if as_loaded:
            self.note.clear()
            self._loaded = (self._snapshot(), self.warn_ratio.value(), "")
        self.show_problems([])
        self.edited.emit()

    def rules(self) -> list[dict[str, Any]]:
        """The rules as the server takes them, in the table's order."""
        return [row.rule() for row in self.model.rows]

    def is_dirty(self) -> bool:
        """Whether anything differs from the version loaded."""
        now = (self._snapshot(), self.warn_ratio.value(), self.note.text().strip())
        return now != self._loaded

    def add_rule(self) -> None:
        """A copy of the chosen rule (or a default one) below it; its scope is edited next."""
        current = self.table.currentIndex()
        at = current.row() + 1 if current.isValid() else len(self.model.rows)
        rows = self.model.rows
        template = (
            rows[at - 1] if rows and at > 0 else SlaRow("", "normal", "handle", 1, "work_days")
        )
        self.model.insert_row(at, replace(template))
        index = self.model.index(at, SCOPE)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        self.table.edit(index)

    def remove_rule(self) -> None:
        """Remove the chosen rule."""
        current = self.table.currentIndex()
        if not current.isValid():
            return
        self.model.remove_row(current.row())
        if self.model.rows:
            row = min(current.row(), len(self.model.rows) - 1)
            self.table.setCurrentIndex(self.model.index(row, current.column()))
        self.table.setFocus()

    # -- problems ---------------------------------------------------------------------------

    def check(self) -> list[Problem]:
        """Find what the server would refuse; mark and list it."""
        problems = check(self.model.rows, self.warn_ratio.value())
        self.show_problems(problems)
        return problems

    def show_server_errors(self, errors: list[dict[str, Any]]) -> list[Problem]:
        """The server's 422 `errors` (index = row sent) on their rows and in the list."""
        problems = []
        for error in errors:
            index = error.get("index")
            row = int(index) if isinstance(index, int) else None
            field = str(error.get("field") or "")
            message = server_message(field, str(error.get("message") or ""))
            problems.append(Problem(row, field, message))
        self.show_problems(problems)
        return problems

    def show_problems(self, problems: list[Problem]) -> None:
        """Mark the rows and list every problem (Enter on one goes to its row)."""
        self.model.set_problems(problems)
        self.problems.clear()
        listed: set[str] = set()
        for problem in problems:
            if problem.message in listed:  # a duplicate is one problem of two rows
                continue
            listed.add(problem.message)
            text = problem.message
            if problem.row is not None and problem.field != "duplicate":
                text = self.tr("Row %1: %2").replace("%1", str(problem.row + 1)).replace("%2", text)
            item = QListWidgetItem(text)
            item.setData(ROW_ROLE, problem.row)
            item.setData(FIELD_ROLE, problem.field)
            self.problems.addItem(item)
        self.problems.setVisible(bool(problems))

    def problem_texts(self) -> list[str]:
        """What the list of problems says."""
        return [self.problems.item(i).text() for i in range(self.problems.count())]

    # -- handlers ---------------------------------------------------------------------------

    def _on_warn_ratio_value_changed(self, value: float, quiet: bool = False) -> None:
        self.ratio_text.setText(
            self.tr("yellow at %1 % of the limit").replace("%1", amount_text(value * 100))
        )
        if not quiet:
            self.edited.emit()

    def _on_problems_item_activated(self, item: QListWidgetItem) -> None:
        row = item.data(ROW_ROLE)
        if isinstance(row, int):
            index = self.model.index(row, SCOPE)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
            self.table.setFocus()
        elif item.data(FIELD_ROLE) == "warn_ratio":
            self.warn_ratio.setFocus()

    def _snapshot(self) -> list[tuple[Any, ...]]:
        return [astuple(row) for row in self.model.rows]

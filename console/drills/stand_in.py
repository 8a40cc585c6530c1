"""The trainer acting by hand as a department (or the 值班长) on a drill case: which actions the
stand-in may take in the case's state (the server's rules, GET /reference), and the panel
that takes one (department, action, note, its field) and sends it off the GUI thread.

What the panel offers is the server's rules for the role stood in for; the server decides
(POST /drills/cases/{id}/actions), and a refusal is shown in its words (problem_text).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from console.api import ApiError
from console.api import drills as drills_api
from console.api import rules as server_rules
from console.contract import Case
from console.controllers.context import PaneContext
from console.drills.texts import tr
from console.models import labels, problem_text
from console.translatable import QT_TRANSLATE_NOOP
from widgets.plain_text import PlainLabel

SUPERVISOR = "__supervisor__"  # the department combo's entry for standing in as 值班长


def stand_in_actions(rules: server_rules.Rules | None, role: str, state: str) -> list[str]:
    """The lifecycle actions `role` (department or supervisor) takes from `state`, in the
    rules' order; none before the rules arrive."""
    if rules is None:
        return []
    return [
        name
        for name, rule in rules.actions.items()
        if role in rule.roles and state in rule.transitions
    ]


class StandInPanel(QWidget):
    """Act as a department or the supervisor on the chosen drill case."""

    said = Signal(str, str)  # a sentence and its level (info, ok, warning, error)
    acted = Signal(object)  # the Case as the server answered
    # Rules installed on a worker thread (ApiClient.reference), applied on the GUI thread.
    _rules_installed = Signal()

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drillStandIn")
        self._ctx = ctx
        self.case: Case | None = None
        self._busy = False
        self.case_label = PlainLabel(
            QCoreApplication.translate("Drills", "Choose an arrived inject above."), self
        )
        self.case_label.setObjectName("drillStandInCase")
        self.case_label.setWordWrap(True)
        self.who = QComboBox(self)
        self.who.setObjectName("drillStandInWho")
        self.action = QComboBox(self)
        self.action.setObjectName("drillStandInAction")
        self.note = QLineEdit(self)
        self.note.setObjectName("drillStandInNote")
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("drillStandInMinutes")
        self.minutes.setRange(10, 7 * 24 * 60)
        self.minutes.setSingleStep(30)
        self.minutes.setValue(240)
        self.minutes.setSuffix(QCoreApplication.translate("Drills", " min"))
        self.send = QPushButton(QCoreApplication.translate("Drills", "Act as t&hem"), self)
        self.send.setObjectName("drillStandInSend")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.case_label)
        form.addRow(self._label(QT_TRANSLATE_NOOP("Drills", "A&ct as"), self.who), self.who)
        form.addRow(self._label(QT_TRANSLATE_NOOP("Drills", "Ac&tion"), self.action), self.action)
        form.addRow(self._label(QT_TRANSLATE_NOOP("Drills", "Note"), self.note), self.note)
        row = QHBoxLayout()
        row.addWidget(self.minutes)
        row.addStretch(1)
        row.addWidget(self.send)
        form.addRow(self._label(QT_TRANSLATE_NOOP("Drills", "E&xtension"), self.minutes), row)
        self.who.currentIndexChanged.connect(lambda _i: self._fill_actions())
        self.action.currentIndexChanged.connect(lambda _i: self._refresh())
        self.note.textChanged.connect(lambda _t: self._refresh())
        self.note.returnPressed.connect(self.take)
        self.send.clicked.connect(self.take)
        ctx.reference.loaded.connect(self._on_reference_loaded)
        self._rules_installed.connect(self._fill_actions)
        server_rules.subscribe(self._on_rules_installed, now=False)
        self._on_reference_loaded(ctx.reference.data)

    def _label(self, text: str, buddy: QWidget) -> PlainLabel:
        label = PlainLabel(tr(text), self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setBuddy(buddy)  # Alt+letter reaches the field
        return label

    # -- public -----------------------------------------------------------------------------

    def set_case(self, case: Case | None) -> None:
        """The drill case acted on (None: nothing chosen)."""
        self.case = case
        if case is None:
            self.case_label.setText(
                QCoreApplication.translate("Drills", "Choose an arrived inject above.")
            )
        else:
            state = labels.state_label(case.state)
            department = case.department_name or QCoreApplication.translate(
                "Drills", "no department yet"
            )
            self.case_label.setText(f"{case.label}  {case.title}  ·  {state}  ·  {department}")
            index = self.who.findData(case.department) if case.department else -1
            if index >= 0:
                self.who.setCurrentIndex(index)
        self._fill_actions()

    def chosen(self) -> tuple[str | None, bool, str]:
        """(department code or None, as supervisor, action) chosen now."""
        who = self.who.currentData()
        supervisor = who == SUPERVISOR
        return (None if supervisor else who), supervisor, self.action.currentData() or ""

    def take(self) -> None:
        """Send the chosen action as the chosen stand-in, on the case version shown."""
        case = self.case
        department, supervisor, action = self.chosen()
        why = self._missing()
        if why:
            self.said.emit(why, "warning")
            return
        assert case is not None
        fields: dict[str, object] = {"note": self.note.text().strip()}
        field = self._field(action)
        if field == "extension_minutes":
            fields["extension_minutes"] = self.minutes.value()
        client = self._ctx.client
        self._busy = True
        self._refresh()
        self._ctx.runner.run(
            lambda: drills_api.act_as(
                client,
                case.id,
                action,
                case.version,
                department=department,
                supervisor=supervisor,
                fields=fields,
            ),
            self._on_acted,
            on_error=self._on_failed,
            what=QCoreApplication.translate("Drills", "Acting for a department"),
            write=True,
        )

    # -- internals --------------------------------------------------------------------------

    def _on_reference_loaded(self, data: Mapping[str, Any]) -> None:
        chosen = self.who.currentData()
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(
            QCoreApplication.translate("Drills", "The shift supervisor (值班长)"), SUPERVISOR
        )
        for department in data.get("departments") or []:
            if department.get("handles_cases", True):
                self.who.addItem(str(department.get("name")), department.get("code"))
        index = self.who.findData(chosen) if chosen else -1
        self.who.setCurrentIndex(index if index >= 0 else min(1, self.who.count() - 1))
        self.who.blockSignals(False)
        self._fill_actions()

    def _on_rules_installed(self, _rules: server_rules.Rules) -> None:
        try:
            self._rules_installed.emit()  # queued to the GUI thread
        except RuntimeError:  # the panel is gone
            pass

    def _fill_actions(self) -> None:
        case = self.case
        _department, supervisor, chosen = self.chosen()
        role = "supervisor" if supervisor else "department"
        names = stand_in_actions(server_rules.current(), role, case.state) if case else []
        self.action.blockSignals(True)
        self.action.clear()
        for name in names:
            self.action.addItem(labels.action_label(name), name)
        index = self.action.findData(chosen)
        self.action.setCurrentIndex(index if index >= 0 else 0)
        self.action.blockSignals(False)
        self._refresh()

    def _field(self, action: str) -> str | None:
        rules = server_rules.current()
        return rules.field_of(action) if rules is not None and action else None

    def _missing(self) -> str:
        if self.case is None:
            return QCoreApplication.translate("Drills", "Choose an arrived inject above.")
        _department, _supervisor, action = self.chosen()
        if not action:
            return QCoreApplication.translate("Drills", "Nothing to do as them in this state.")
        rules = server_rules.current()
        if rules is not None and rules.needs_reason(action) and not self.note.text().strip():
            return QCoreApplication.translate(
                "Drills", "This action needs a reason: say why in the note."
            )
        return ""

    def _refresh(self) -> None:
        _department, _supervisor, action = self.chosen()
        self.minutes.setEnabled(self._field(action) == "extension_minutes")
        self.send.setEnabled(not self._busy and not self._missing())
        self.send.setToolTip(self._missing())

    def _on_acted(self, case: Case) -> None:
        self._busy = False
        self.note.clear()
        _department, _supervisor, action = self.chosen()
        who = self.who.currentText()
        text = QCoreApplication.translate("Drills", "Done as %1: %2 %3.").replace("%1", who)
        self.said.emit(
            text.replace("%2", labels.action_label(action)).replace("%3", case.label), "ok"
        )
        self.set_case(case)
        self.acted.emit(case)

    def _on_failed(self, error: object) -> None:
        self._busy = False
        self._refresh()
        why = problem_text.explain(error, str(error)) if isinstance(error, ApiError) else str(error)
        self.said.emit(
            QCoreApplication.translate("Drills", "Not done: %1").replace("%1", why), "error"
        )

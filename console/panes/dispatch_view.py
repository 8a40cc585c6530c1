"""The dispatch pane's widgets and how they read; the pane itself (dispatch_pane.py) acts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.models import labels
from console.panes import dispatch_form as form
from console.panes import problem_text
from console.panes.context import PaneContext
from console.panes.dispatch_fields import DepartmentPicker, DuplicateList, titled
from widgets.countdown import Countdown

NOTE_HEIGHT = 50


class DispatchView(QWidget):
    """Header, action list, the fields of every action, the send row and the duplicates."""

    attention_requested = Signal()  # the pane has something for the officer: show it

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispatchPane")
        self._ctx = ctx
        self.title = QLabel(self.tr("No case selected"), self)
        self.title.setObjectName("dispatchTitle")
        self.meta = QLabel(self)
        self.meta.setObjectName("dispatchMeta")
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("pendingNotice")
        self.pending_label.hide()
        self.notice = QLabel(self)
        self.notice.setObjectName("dispatchNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.action_list = QListWidget(self)
        self.action_list.setObjectName("actionList")
        self.action_list.setMinimumWidth(120)
        self.action_list.setMaximumWidth(150)
        self._build_fields()
        self.duplicates = DuplicateList(self)
        duplicates_box, self.duplicates_title = titled(
            self.tr("Likely duplicates (500 m, 72 h)"), self.duplicates, self
        )
        actions_box, _ = titled(self.tr("Actions allowed now"), self.action_list, self)
        keys = QLabel(self.tr("↑↓ choose · Enter: to the form\nCtrl+Enter: send"), actions_box)
        keys.setObjectName("keysHint")
        actions_box.layout().addWidget(keys)
        body = QHBoxLayout()
        body.addWidget(actions_box, 0)
        body.addWidget(self._form_host, 5)
        body.addWidget(duplicates_box, 3)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.pending_label, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(3)
        layout.addLayout(heading)
        layout.addWidget(self.meta)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)

    def _build_fields(self) -> None:
        host = self._form_host = QWidget(self)
        self.departments = DepartmentPicker(host)
        self.parent_label = QLabel(host)
        self.parent_label.setObjectName("mergeTarget")
        self.parent_label.setWordWrap(True)
        self.extension = QDoubleSpinBox(host)
        self.extension.setObjectName("extensionHours")
        self.extension.setRange(0.5, 450.0)
        self.extension.setSingleStep(0.5)
        self.extension.setDecimals(1)
        self.extension.setValue(7.5)
        self.extension.setSuffix(self.tr(" h (clock hours of the step)"))
        self.result_combo = QComboBox(host)
        self.result_combo.setObjectName("callbackResult")
        self.result_combo.addItem(self.tr("— choose —"), None)
        for code in labels.CALLBACK_RESULTS:
            self.result_combo.addItem(labels.callback_label(code), code)
        self.target_combo = QComboBox(host)
        self.target_combo.setObjectName("escalateTarget")
        self.target_combo.addItem(self.tr("— choose —"), None)
        for code in labels.ESCALATE_TARGETS:
            self.target_combo.addItem(labels.target_label(code), code)
        self.note = QPlainTextEdit(host)
        self.note.setObjectName("actionNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(NOTE_HEIGHT)
        self.deadline = Countdown(host, duration=labels.duration_text)
        self.send_button = QPushButton(host)
        self.send_button.setObjectName("sendAction")
        self.send_button.setDefault(True)
        self.send_button.setToolTip(self.tr("Ctrl+Enter with the keyboard in this pane"))
        self.blocker_label = QLabel(host)
        self.blocker_label.setObjectName("sendBlocker")
        self.blocker_label.setWordWrap(True)
        # The deadline the action will set, and what is missing, right beside the button.
        said = QVBoxLayout()
        said.setSpacing(0)
        said.addWidget(self.deadline)
        said.addWidget(self.blocker_label)
        send_row = QHBoxLayout()
        send_row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignTop)
        send_row.addLayout(said, 1)
        self._form = QFormLayout(host)
        self._form.setContentsMargins(4, 0, 4, 0)
        self._form.setVerticalSpacing(4)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.note_caption = QLabel(host)
        for caption, widget in (
            (self.tr("Department"), self.departments),
            (self.tr("Merge into"), self.parent_label),
            (self.tr("Extension"), self.extension),
            (self.tr("Callback result"), self.result_combo),
            (self.tr("Escalate to"), self.target_combo),
            (self.note_caption, self.note),
        ):
            self._form.addRow(caption, widget)
        self._form.addRow("", send_row)
        self.show_fields("", None)

    def focus_actions(self) -> None:
        """Show the pane and put the keyboard in the action list."""
        self.attention_requested.emit()
        self.action_list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_first_field(self) -> None:
        """Put the keyboard in the first field the chosen action needs."""
        fields = (
            self.departments.list,
            self.duplicates,
            self.extension,
            self.result_combo,
            self.target_combo,
            self.note,
        )
        for widget in fields:
            if self.form_row_visible(widget):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    # -- how things read --------------------------------------------------------------------

    def form_row_visible(self, widget: QWidget) -> bool:
        """Whether the field is part of the chosen action's form."""
        if widget is self.duplicates:
            return self.chosen_action() == "merge"
        if widget is self.departments.list:
            widget = self.departments
        return self._form.isRowVisible(widget)

    def offered_actions(self) -> list[str]:
        """The actions listed, in order: exactly the case's allowed_actions."""
        items = (self.action_list.item(i) for i in range(self.action_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items]

    def chosen_action(self) -> str:
        """The action whose form is shown ('' for none)."""
        item = self.action_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def choose(self, action: str) -> bool:
        """Show this action's form, if the case allows it."""
        for i in range(self.action_list.count()):
            if self.action_list.item(i).data(Qt.ItemDataRole.UserRole) == action:
                self.action_list.setCurrentRow(i)
                return True
        return False

    def show_fields(self, action: str, result: str | None) -> None:
        """Show the rows the action needs; label the note as a reason where one is required."""
        extra = form.EXTRA_FIELD.get(action)
        for name, widget in (
            ("department", self.departments),
            ("parent", self.parent_label),
            ("extension", self.extension),
            ("result", self.result_combo),
            ("target", self.target_combo),
        ):
            self._form.setRowVisible(widget, extra == name)
        self._form.setRowVisible(self.note, bool(action))
        self.deadline.setVisible(bool(action))
        self.note_caption.setText(form.note_label(action, result) if action else "")
        kind = form.note_kind(action, result)
        self.note_caption.setProperty("required", kind in ("reason", "comment"))
        self.note_caption.style().unpolish(self.note_caption)
        self.note_caption.style().polish(self.note_caption)
        if action == "merge":
            self.show_parent(self.duplicates.chosen())

    def show_header(self, case: dict[str, Any] | None) -> None:
        """Ref, title, and the facts a dispatcher looks at first."""
        if not case:
            self.title.setText(self.tr("No case selected"))
            self.meta.clear()
            return
        self.title.setText(f"{case.get('ref', '')}  {case.get('title', '')}")
        facts = [
            labels.state_label(case.get("state")),
            case.get("category_name") or "",
            labels.urgency_label(case.get("urgency")),
            case.get("street_name") or "",
            case.get("address") or "",
        ]
        if case.get("department_name"):
            facts.append(self.tr("at %1").replace("%1", case["department_name"]))
        if case.get("return_count"):
            facts.append(self.tr("returned %1×").replace("%1", str(case["return_count"])))
        self.meta.setText(" · ".join(str(f) for f in facts if f))

    def show_parent(self, parent: dict[str, Any] | None) -> None:
        """The merge target, or how to choose one."""
        if parent is None:
            self.parent_label.setText(self.tr("Choose a case in the list of likely duplicates →"))
            return
        text = self.tr(
            "Merge this case into %1 %2. Both histories are kept; this case closes as merged."
        )
        self.parent_label.setText(
            text.replace("%1", str(parent.get("ref"))).replace("%2", str(parent.get("title")))
        )

    def show_duplicate_count(self, count: int) -> None:
        """The duplicates' section title with how many were found."""
        self.duplicates_title.setText(
            self.tr("Likely duplicates (500 m, 72 h): %1").replace("%1", str(count))
        )

    def send_text(self, values: form.FormValues | None, department_name: str) -> str:
        """'派遣 → 区生态环境局', '合并到 CC…', or just the action."""
        if values is None or not values.action:
            return self.tr("Send")
        text = labels.action_label(values.action)
        if values.action == "dispatch" and department_name:
            text += f" → {department_name}"
        if values.action == "merge" and self.duplicates.chosen():
            text += f" → {self.duplicates.chosen().get('ref')}"
        return text

    def say(self, text: str, level: str) -> None:
        """A message above the form: info, ok, warning or error ('' hides it)."""
        self.notice.setVisible(bool(text))
        self.notice.setText(text)
        self.notice.setProperty("level", level)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)

    def say_change(self, change: dict[str, Any]) -> None:
        """Someone else just changed the case: say who and how."""
        text = self.tr("Just now: %1. The pane shows the case as it is now.")
        self.say(text.replace("%1", problem_text.change_text(change)), "info")

    def say_outcome(self, result: Any) -> None:
        """How the officer's own action on this case ended."""
        what = labels.action_label(result.item.action)
        if result.status == "done":
            self.say(self.tr("Done: %1.").replace("%1", what), "ok")
            return
        why = problem_text.outcome_text(result.item, result.status, result.error)
        level = "warning" if result.status == "conflict" else "error"
        self.say(f"{what}：{why}", level)

    def deadline_lead(self, action: str, body: dict[str, Any], case: dict[str, Any]) -> str:
        """What the deadline preview says before the due time."""
        if body.get("paused"):
            return self.tr("After this the clock is paused.")
        if not body.get("step") or not body.get("due_at"):
            return self.tr("After this no clock runs.")
        step = labels.step_label(body.get("step"))
        limit = labels.limit_text(body.get("limit_min"), body.get("clock"))
        if action == "request_extension":
            text = self.tr("If approved: %1 step, limit %2; due")
        elif body.get("due_at") == case.get("due_at"):
            text = self.tr("Clock unchanged: %1 step, limit %2; due")
        else:
            text = self.tr("After this: %1 step, limit %2; due")
        return text.replace("%1", step).replace("%2", limit)

    @staticmethod
    def when(at: Any) -> str:
        """'11-27 10:30' from ISO 8601."""
        text = str(at or "")
        return text[5:16].replace("T", " ") if len(text) >= 16 else text

    def handling_departments(self) -> list[dict[str, Any]]:
        """Departments that take cases, from the reference data."""
        data = self._ctx.reference.data
        return [d for d in data.get("departments", []) if d.get("handles_cases", True)]

"""What the dispatch pane says: the case's header, the merge target, the send button's text,
messages about outcomes and others' changes, the deadline preview's lead (center time)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from console.contract import Case
from console.controllers.context import PaneContext
from console.models import center_time, labels, problem_text
from console.panes import dispatch_form as form
from console.panes.dispatch_fields import DuplicateList


class DispatchTexts(QWidget):
    """The texts of the dispatch pane, written into the widgets the view builds."""

    _ctx: PaneContext
    title: QLabel
    meta: QLabel
    notice: QLabel
    parent_label: QLabel
    duplicates: DuplicateList
    duplicates_title: QLabel

    def show_header(self, case: Case | None) -> None:
        """Ref, title, and the facts a dispatcher looks at first."""
        if not case:
            self.title.setText(self.tr("No case selected"))
            self.meta.clear()
            return
        self.title.setText(f"{case.ref}  {case.title}")
        facts = [
            labels.state_label(case.state),
            case.category_name or "",
            labels.urgency_label(case.urgency),
            case.street_name or "",
            case.address or "",
        ]
        if case.department_name:
            facts.append(self.tr("at %1").replace("%1", case.department_name))
        if case.return_count:
            facts.append(self.tr("returned %1×").replace("%1", str(case.return_count)))
        self.meta.setText(" · ".join(str(f) for f in facts if f))
        self.meta.setToolTip(self.meta.text())

    def show_parent(self, parent: Case | None) -> None:
        """The merge target, or how to choose one."""
        if parent is None:
            self.parent_label.setText(self.tr("Choose a case in the list of likely duplicates →"))
            return
        text = self.tr(
            "Merge this case into %1 %2. Both histories are kept; this case closes as merged."
        )
        self.parent_label.setText(text.replace("%1", str(parent.ref)).replace("%2", parent.title))

    def show_duplicate_count(self, count: int) -> None:
        """The duplicates' section title with how many were found."""
        self.duplicates_title.setText(
            self.tr("Likely duplicates (500 m, 72 h): %1").replace("%1", str(count))
        )

    def send_text(
        self, values: form.FormValues | None, department_name: str, *, then_dispatch: bool = False
    ) -> str:
        """'派遣 → 区生态环境局', '受理并派遣 → …', '合并到 CC…', or just the action."""
        if values is None or not values.action:
            return self.tr("Send")
        text = labels.action_label(values.action)
        if then_dispatch:
            text = self.tr("Register + dispatch")
            return f"{text} → {department_name}" if department_name else text
        if values.action == "dispatch" and department_name:
            text += f" → {department_name}"
        merged_into = self.duplicates.chosen() if values.action == "merge" else None
        if merged_into:
            text += f" → {merged_into.ref}"
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
        self.say(self.tr("%1: %2").replace("%1", what).replace("%2", why), level)

    def deadline_lead(self, action: str, body: dict[str, Any], case: Case | None) -> str:
        """What the deadline preview says before the due time."""
        if body.get("paused"):
            return self.tr("After this the clock is paused.")
        if not body.get("step") or not body.get("due_at"):
            return self.tr("After this no clock runs.")
        step = labels.step_label(body.get("step"))
        limit = labels.limit_text(body.get("limit_min"), body.get("clock"))
        if action == "request_extension":
            text = self.tr("If approved: %1 step, limit %2; due")
        elif body.get("due_at") == (case.due_at if case else None):
            text = self.tr("Clock unchanged: %1 step, limit %2; due")
        else:
            text = self.tr("After this: %1 step, limit %2; due")
        return text.replace("%1", step).replace("%2", limit)

    @staticmethod
    def when(at: Any) -> str:
        """'11-27 10:30' from ISO 8601, in center time."""
        return center_time.when_text(at)

    def extension_text(self, hours: float, case: Case | None) -> str:
        """The extension asked, the way the history and the preview say it: '= 1个工作日'."""
        clock = (case.sla_clock if case else None) or "work"
        return "= " + labels.limit_text(round(hours * 60), clock)

    def handling_departments(self) -> list[dict[str, Any]]:
        """Departments that take cases, from the reference data."""
        data = self._ctx.reference.data
        return [d for d in data.get("departments", []) if d.get("handles_cases", True)]

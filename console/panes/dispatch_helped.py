"""The dispatch pane's aids, as they arrive: the routing suggestions (or the category rule),
the likely duplicates and the deadline preview of the chosen action."""

from __future__ import annotations

from typing import Any

from console.contract import Case
from console.controllers.dispatch_aids import rule_department
from console.models.case_filter import timestamp
from console.panes.dispatch_view import DispatchView


class DispatchAidsView(DispatchView):
    """Shows what the background reads of dispatch_aids bring, for the case in the pane."""

    _case_id: int
    _allowed: list[str]
    _routing_failed: bool

    def case(self) -> Case | None:
        """The case the pane works on (the pane knows it)."""
        raise NotImplementedError

    def then_dispatch(self) -> bool:
        """Whether sending registers and dispatches at once (the pane knows)."""
        raise NotImplementedError

    def _update_send(self) -> None:
        raise NotImplementedError

    def _show_departments(self, *, keep: bool = True) -> None:
        case = self.case()
        routing = self._ctx.aids.cached_routing(case) if case else None
        rule = rule_department(self._ctx.reference.data, case) if case else None
        why = (
            self.tr("Category rule (routing suggestions could not be read)")
            if self._routing_failed
            else self.tr("Category rule; reading the routing suggestions…")
        )
        self.departments.set_choices(
            self.handling_departments(), routing, rule, keep=keep, fallback_reason=why
        )

    def _on_fetch_timeout(self) -> None:
        case = self.case()
        if not case:
            return
        if "dispatch" in self._allowed or self.then_dispatch():
            self._ctx.aids.load_routing(case)
        if case.is_open and self._ctx.session.role != "department":
            self._ctx.aids.load_duplicates(case.id)

    def _on_preview_timeout(self) -> None:
        action = self.chosen_action()
        if not action or not self._case_id:
            return
        if self.then_dispatch():  # two steps at once: the department's clock starts on sending
            text = self.tr("The handling clock starts when this is sent.")
            self.deadline.set_deadline(text, None)
            return
        minutes = None
        if action == "request_extension":  # what the deadline becomes if it is approved
            action, minutes = "approve_extension", round(self.extension.value() * 60)
        self._ctx.aids.load_deadline(self._case_id, action, minutes)

    def _on_aids_routing_loaded(self, case_id: int, _routing: dict[str, Any]) -> None:
        if case_id == self._case_id:
            self._show_departments()

    def _on_aids_duplicates_loaded(self, case_id: int, items: list[dict[str, Any]]) -> None:
        if case_id == self._case_id:
            keep = self.duplicates.chosen()
            self.duplicates.set_items(items)
            if keep:
                self.duplicates.choose(keep.id)
            self.show_duplicate_count(len(items))

    def _on_aids_deadline_loaded(self, case_id: int, action: str, body: dict[str, Any]) -> None:
        chosen = self.chosen_action()
        expected = "approve_extension" if chosen == "request_extension" else chosen
        if case_id != self._case_id or action != expected:
            return
        lead = self.deadline_lead(chosen, body, self.case())
        due = timestamp(body.get("due_at")) if not body.get("paused") else None
        warn = timestamp(body.get("warn_at"))
        self.deadline.set_deadline(lead, due, warn, self.when(body.get("due_at")))

    def _on_aids_unavailable(self, case_id: int, what: str, why: str) -> None:
        if case_id != self._case_id:
            return
        if what == "deadline":
            text = self.tr("Deadline preview unavailable: %1").replace("%1", why)
            self.deadline.set_deadline(text, None)
        elif what == "routing":
            self._routing_failed = True
            self._show_departments()
            text = self.tr("Routing suggestions unavailable; the category rule is shown.")
            self.say(text, "warning")

    def _on_duplicate_chosen(self) -> None:
        self.show_parent(self.duplicates.chosen())
        self._update_send()

    def _on_duplicate_activated(self) -> None:
        if self.choose("merge"):
            self.note.setFocus()

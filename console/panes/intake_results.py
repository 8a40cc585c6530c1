"""What the call form says when its work ends: created, attached, refused and why."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from console.api import Forbidden, Invalid, ServerUnavailable, Unauthorized
from console.contract import Case
from console.panes import call_intake_logic as logic
from console.panes.call_intake_form import FIELDS, IntakeForm
from console.panes.call_intake_work import IntakeWork
from widgets.banner import Banner


class IntakeResults(QWidget):
    """The call form's outcomes, in its banner and fields; the pane builds the widgets."""

    case_created = Signal(object)  # the new Case
    call_attached = Signal(object)  # the Case the call was added to

    banner: Banner
    form: IntakeForm
    work: IntakeWork
    last_created: QLabel

    def _reset(self) -> None:
        raise NotImplementedError

    def _note(self) -> str:
        """The comment an attached call leaves on the case (the phone masked)."""
        body = self.form.body()
        # A note is read by everyone who sees the case, departments too: the phone is masked
        # as the server masks it for them (the full number is for duty officers only).
        body["reporter_phone"] = logic.mask_phone(body["reporter_phone"])
        parts = [self.tr("12345 call about the same matter.")]
        for field, template in (
            ("reporter_name", self.tr("Caller: %1")),
            ("reporter_phone", self.tr("Phone: %1")),
            ("address", self.tr("Address: %1")),
            ("description", self.tr("Said: %1")),
        ):
            if body.get(field):
                parts.append(template.replace("%1", str(body[field])))
        return " ".join(parts)

    def say_dispatching(self, ref: str) -> None:
        """Created with Ctrl+Shift+Enter: registering and dispatching; ready for the next call."""
        text = self.tr(
            "Case %1 created; registering and dispatching it to the suggested department "
            "(Action results, F4). Ready for the next call."
        )
        self.banner.show_message(text.replace("%1", ref), "info")

    def say_dispatched(self, ref: str, department: str) -> None:
        """The case of the last call is registered and dispatched: ready for the next call."""
        text = self.tr("Case %1 registered and dispatched to %2. Ready for the next call.")
        self.banner.show_message(text.replace("%1", ref).replace("%2", department), "info")

    def _on_work_created(self, case: Case) -> None:
        ref = case.ref or ""
        self._reset()
        text = self.tr("Case %1 created: %2. Ready for the next call.")
        self.banner.show_message(text.replace("%1", ref).replace("%2", case.title), "info")
        self.last_created.setText(self.tr("Last created: %1").replace("%1", ref))
        self.case_created.emit(case)

    def _on_work_attach_saved(self, case: Case, online: bool) -> None:
        self._reset()
        ref = case.ref or ""
        if online:
            text = self.tr("Adding the call to case %1; no new case was created.")
        else:
            text = self.tr(
                "Offline: the call is saved and will be added to case %1 when the connection "
                "returns; no new case was created."
            )
        self.banner.show_message(text.replace("%1", ref), "info" if online else "warning")

    def _on_work_attached(self, case: Case) -> None:
        text = self.tr("Call attached to case %1 (%2); no new case was created.")
        ref, title = case.ref or "", case.title
        self.banner.show_message(text.replace("%1", ref).replace("%2", title), "info")
        self.call_attached.emit(case)

    def _on_work_failed(self, what: str, exc: object) -> None:
        errors = exc.errors if isinstance(exc, Invalid) else []
        fields = {e["field"].split(".")[0] for e in errors}
        if fields and fields <= set(FIELDS) | {"lat", "lon"}:
            known = self._field_messages()
            for error in errors:
                field = error["field"].split(".")[0]
                self.form.set_error(field, known.get(field, error["message"]))
            self.banner.show_message(
                self.tr("The server refused the case: correct the marked fields."), "warning"
            )
            return
        if what == "attach":
            # The form was cleared once the outbox had the call; its note stays there.
            text = self.tr(
                "The call could not be added to case %1: %2 Its note is kept under Action "
                "results (F4)."
            )
            why = self._why(exc)
            ref = self.work.attached_ref
            self.banner.show_message(text.replace("%1", ref).replace("%2", why), "error")
            return
        # A create that failed, or an attach the outbox could not save: the form is as it was.
        again = self.tr("Ctrl+Enter") if what == "create" else self.tr("Enter on the case")
        text = self.tr("Not saved: %1 What you typed is kept; press %2 to try again.")
        why = self._why(exc)
        self.banner.show_message(text.replace("%1", why).replace("%2", again), "error")

    def _why(self, exc: object) -> str:
        if isinstance(exc, ServerUnavailable):
            return self.tr("the server cannot be reached or is failing.")
        if isinstance(exc, Unauthorized):
            return self.tr("your session has expired; sign in again.")
        if isinstance(exc, Forbidden):
            return self.tr("your role may not do this.")
        return str(exc)

    def _field_messages(self) -> dict[str, str]:
        return {
            "reporter_phone": self.form.phone_message("chars"),
            "category": self.tr("Unknown category: pick one from the list"),
            "street": self.tr("Unknown street: choose one from the list"),
            "title": self.tr("Give a title of at most 200 characters"),
            "lat": self.tr("Write latitude, longitude, e.g. 32.04, 120.87"),
            "lon": self.tr("Write latitude, longitude, e.g. 32.04, 120.87"),
        }

"""Correct a case (更正): category, street, urgency or address of an open case, with the reason.

Keyboard first: the fields in the order of the form, Ctrl+Enter sends, Esc closes. The
correction is an officer action like any other: written to the outbox, sent on the version
the officer saw, a stale version comes back as a conflict (here and in Action results, F4).
Once applied, the dialog says what changed and what became of the SLA clock (the audit
record's `sla`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.contract import Case, CaseDetail
from console.controllers.context import PaneContext
from console.models import labels, problem_text
from console.panes import call_intake_logic as logic
from console.panes.call_intake_fields import CategoryPicker, UrgencyChoice
from console.panes.call_intake_style import STYLE
from console.panes.correct_text import CorrectionTexts, last_correction
from console.store.outbox import OutboxItem
from console.store.replay import ReplayResult
from widgets.banner import Banner
from widgets.plain_text import PlainLabel

NOTE_MAX = 2000


class CorrectDialog(QDialog):
    """Corrects an open case; shows the conflict, the refusal, or the SLA clock afterwards."""

    def __init__(self, ctx: PaneContext, case: Case, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("correctDialog")
        self.setStyleSheet(STYLE)  # the urgency choice looks as in the call form
        self._ctx = ctx
        self._case = case  # the version the officer corrects
        self._texts = CorrectionTexts(self)
        self._sending: tuple[int, str] | None = None  # (case id, reason) until queued
        self._item = 0  # the outbox item of the correction sent
        self.outcome: dict[str, Any] | None = None  # the audit payload once applied
        self.status = ""  # done, conflict, refused, saved
        self.setWindowTitle(self.tr("Correct case %1").replace("%1", str(case.ref)))
        self.heading = PlainLabel(self)
        self.heading.setObjectName("correctHeading")
        self.heading.setWordWrap(True)
        self.category = CategoryPicker(self)
        self.category.setObjectName("correctCategory")
        self.street = QComboBox(self)
        self.street.setObjectName("correctStreet")
        self.urgency = UrgencyChoice(self)
        self.address = QLineEdit(self)
        self.address.setObjectName("correctAddress")
        self.address.setMaxLength(200)
        self.preview = PlainLabel(self)
        self.preview.setObjectName("correctPreview")
        self.preview.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("correctReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Required: why the case is corrected"))
        self.reason.setFixedHeight(72)
        self.banner = Banner(self)
        self.banner.setObjectName("correctBanner")
        self.sla_label = PlainLabel(self)
        self.sla_label.setObjectName("correctSla")
        self.sla_label.setWordWrap(True)
        self.send_button = QPushButton(self.tr("&Send correction"), self)
        self.send_button.setObjectName("correctSend")
        self.send_button.setToolTip(self.tr("Ctrl+Enter"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self._build()
        self._fill(ctx.reference.data)
        self.category.category_changed.connect(lambda _code: self._update_preview())
        self.street.currentIndexChanged.connect(lambda _i: self._update_preview())
        self.urgency.changed.connect(lambda _u: self._update_preview())
        self.address.textChanged.connect(lambda _t: self._update_preview())
        self.reason.textChanged.connect(self._on_reason_changed)
        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.send)
        ctx.sync.queued.connect(self._on_sync_queued)
        ctx.sync.settled.connect(self._on_sync_settled)
        self.resize(600, 460)
        self.category.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build(self) -> None:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        rows = (
            (self.tr("Cate&gory"), self.category, self.category),
            (self.tr("S&treet"), self.street, self.street),
            (self.tr("&Urgency"), self.urgency, self.urgency.focus_proxy()),
            (self.tr("&Address"), self.address, self.address),
            (self.tr("&Reason"), self.reason, self.reason),
        )
        for text, widget, buddy in rows:
            label = PlainLabel(text, self)
            label.setBuddy(buddy)
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.banner)
        layout.addWidget(self.sla_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        chain = [self.category, self.street, *self.urgency.buttons.values(), self.address]
        chain += [self.reason, self.send_button, self.close_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _fill(self, reference: dict[str, Any]) -> None:
        case = self._case
        self.category.set_categories(logic.categories_of(reference))
        self.category.setText(case.category_name or case.category or "")
        self.street.addItem(self.tr("(none)"), None)
        for street in reference.get("streets", []):
            self.street.addItem(street["name"], street["code"])
        self.street.setCurrentIndex(max(0, self.street.findData(case.street)))
        self.urgency.set_value(case.urgency or "normal")
        self.address.setText(case.address or "")
        self._show_case()

    def _show_case(self) -> None:
        case = self._case
        text = self.tr("%1 %2 — %3, version %4").replace("%1", str(case.ref))
        text = text.replace("%2", case.title)
        text = text.replace("%3", labels.state_label(case.state))
        self.heading.setText(text.replace("%4", str(case.version)))
        self._update_preview()

    # -- what would change --------------------------------------------------------------------

    def changes(self) -> list[tuple[str, object, object]]:
        """(field, shown old, shown new) for every field that differs from the case."""
        case, found = self._case, self.category.category()
        out: list[tuple[str, object, object]] = []
        if found is not None and found.code != case.category:
            out.append(("category", case.category_name, found.name))
        street = self.street.currentData()
        if street and street != case.street:
            out.append(("street", case.street_name, self.street.currentText()))
        if self.urgency.value() != case.urgency:
            out.append(("urgency", case.urgency, self.urgency.value()))
        address = self.address.text().strip()
        if address and address != (case.address or ""):
            out.append(("address", case.address, address))
        return out

    def fields(self) -> dict[str, object]:
        """The action's fields: the changed values and the reason as its note."""
        values: dict[str, object] = {"note": self.reason.toPlainText().strip()[:NOTE_MAX]}
        for field, _old, _new in self.changes():
            if field == "category":
                found = self.category.category()
                values["category"] = found.code if found else None
            elif field == "street":
                values["street"] = self.street.currentData()
            elif field == "urgency":
                values["urgency"] = self.urgency.value()
            else:
                values["address"] = self.address.text().strip()
        return values

    def _update_preview(self) -> None:
        changes = self.changes()
        if self.category.text().strip() and self.category.category() is None:
            text = self._texts.unknown_category()
        elif not changes and self.outcome is not None:
            text = ""  # applied: the outcome below says what changed
        else:
            text = self._texts.preview(changes)
        self.preview.setText(text)
        self.send_button.setEnabled(self._sending is None and not self._item)

    # -- sending ------------------------------------------------------------------------------

    def send(self) -> None:
        """Check, then write the correction to the outbox on the version shown."""
        if self._sending is not None or self._item:
            return
        fields = self.fields()
        if not self.changes() or self.category.category() is None:
            self.banner.show_message(self.preview.text() or self._texts.preview([]), "warning")
            self.category.setFocus()
            return
        if not fields["note"]:
            self.banner.show_message(self.tr("Give the reason for the correction."), "warning")
            self.reason.setFocus()
            return
        self._sending = (self._case.id, str(fields["note"]))
        self.outcome, self.status = None, ""
        self.banner.show_message(self.tr("Sending the correction…"), "info")
        self.sla_label.clear()
        self._update_preview()
        self._ctx.sync.submit([(self._case, "correct", fields)])

    def _on_sync_queued(self, item: OutboxItem) -> None:
        if self._sending is None or item.action != "correct":
            return
        if (item.case_id, item.fields.get("note")) != self._sending:
            return
        self._sending, self._item = None, item.id
        if not self._ctx.sync.online:
            self.status = "saved"
            self.banner.show_message(
                self.tr("Offline: the correction is saved and sent when the connection is back."),
                "warning",
            )

    def _on_sync_settled(self, result: ReplayResult) -> None:
        if not self._item or result.item.id != self._item:
            return
        self._item = 0
        self.status = result.status
        if result.status == "done" and result.case:
            self._case = result.case
            self.banner.show_message(self.tr("Correction applied."), "ok")
            self._show_case()
            self._load_outcome(result.case.id)
            return
        why = problem_text.outcome_text(result.item, result.status, result.error)
        if result.status == "conflict" and result.case:
            # Shown as it is now: the officer checks the fields and sends again.
            self._case = result.case
            self._show_case()
        self.banner.show_message(why, "warning" if result.status == "conflict" else "error")
        self._update_preview()

    def _load_outcome(self, case_id: int) -> None:
        client = self._ctx.client
        self._ctx.runner.run(
            lambda: client.case(case_id),
            self._on_outcome_loaded,
            on_error=lambda exc: self.sla_label.setText(str(exc)),
            what=self.tr("Reading the correction"),
        )

    def _on_outcome_loaded(self, detail: CaseDetail) -> None:
        payload = last_correction(detail)
        if payload is None:
            return
        self.outcome = payload
        self.sla_label.setText(self._texts.changes_done(payload) + "\n" + self._texts.sla(payload))
        self.close_button.setFocus()
        self._update_preview()

    def _on_reason_changed(self) -> None:
        if self.reason.toPlainText().strip() and self.banner.isVisible() and not self.status:
            self.banner.hide()

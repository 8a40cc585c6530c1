"""The case detail dock: every field, the attachments and the full history as a timeline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.contract import Case, CaseDetail
from console.controllers.context import PaneContext
from console.models import center_time, labels
from console.panes.attachment_strip import AttachmentStrip
from console.translatable import QT_TRANSLATE_NOOP
from widgets.plain_text import PlainLabel
from widgets.plain_tip import plain_tip

NOTE_INK = QBrush(QColor("#c9d6e6"))

# (field, label source text, how to show the value)
FIELDS: tuple[tuple[str, str], ...] = (
    ("ref", QT_TRANSLATE_NOOP("CaseDetailPane", "Ref")),
    ("state", QT_TRANSLATE_NOOP("CaseDetailPane", "State")),
    ("channel", QT_TRANSLATE_NOOP("CaseDetailPane", "Channel")),
    ("category_name", QT_TRANSLATE_NOOP("CaseDetailPane", "Category")),
    ("urgency", QT_TRANSLATE_NOOP("CaseDetailPane", "Urgency")),
    ("address", QT_TRANSLATE_NOOP("CaseDetailPane", "Address")),
    ("street_name", QT_TRANSLATE_NOOP("CaseDetailPane", "Street")),
    ("community", QT_TRANSLATE_NOOP("CaseDetailPane", "Community")),
    ("grid", QT_TRANSLATE_NOOP("CaseDetailPane", "Grid")),
    ("coordinates", QT_TRANSLATE_NOOP("CaseDetailPane", "Coordinates")),
    ("reporter_name", QT_TRANSLATE_NOOP("CaseDetailPane", "Reporter")),
    ("reporter_phone", QT_TRANSLATE_NOOP("CaseDetailPane", "Phone")),
    ("department_name", QT_TRANSLATE_NOOP("CaseDetailPane", "Department")),
    ("suggested_department_name", QT_TRANSLATE_NOOP("CaseDetailPane", "Suggested department")),
    ("sla_step", QT_TRANSLATE_NOOP("CaseDetailPane", "SLA step")),
    ("warn_at", QT_TRANSLATE_NOOP("CaseDetailPane", "Warning at")),
    ("due_at", QT_TRANSLATE_NOOP("CaseDetailPane", "Due at")),
    ("sla_paused", QT_TRANSLATE_NOOP("CaseDetailPane", "Clock paused")),
    ("sla_rule_version", QT_TRANSLATE_NOOP("CaseDetailPane", "SLA rules version")),
    ("escalation_level", QT_TRANSLATE_NOOP("CaseDetailPane", "Escalation level")),
    ("return_count", QT_TRANSLATE_NOOP("CaseDetailPane", "Returns")),
    ("extension_pending_min", QT_TRANSLATE_NOOP("CaseDetailPane", "Extension asked (min)")),
    ("last_callback", QT_TRANSLATE_NOOP("CaseDetailPane", "Last callback")),
    ("created_at", QT_TRANSLATE_NOOP("CaseDetailPane", "Created")),
    ("updated_at", QT_TRANSLATE_NOOP("CaseDetailPane", "Updated")),
    ("closed_at", QT_TRANSLATE_NOOP("CaseDetailPane", "Closed")),
    ("version", QT_TRANSLATE_NOOP("CaseDetailPane", "Version")),
    ("id", QT_TRANSLATE_NOOP("CaseDetailPane", "Id")),
)
_LABELS: dict[str, Callable[[Any], str]] = {
    "state": labels.state_label,
    "channel": labels.channel_label,
    "urgency": labels.urgency_label,
    "sla_step": labels.step_label,
    "escalation_level": lambda level: labels.escalation_label(level) or "—",
}


def _when(value: Any) -> str:
    """'2025-03-04 09:12:33' from ISO 8601, in center time (Asia/Shanghai)."""
    return center_time.when_text(value, full=True) if value else ""


class CaseDetailPane(QWidget):
    """Shows the selected case; fetches history in the background and follows the feed."""

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self._ctx = ctx
        self._case_id = 0
        self._detail: CaseDetail | None = None
        self.title = PlainLabel(self.tr("No case selected"), self)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.description = PlainLabel(self)
        self.description.setWordWrap(True)
        self.description.setObjectName("detailDescription")
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._values: dict[str, QLabel] = {}
        form_host = QWidget(self)
        form = QFormLayout(form_host)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setContentsMargins(4, 4, 4, 4)
        form.setVerticalSpacing(3)
        for name, text in FIELDS:
            value = PlainLabel(form_host)
            value.setObjectName(f"field_{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(QCoreApplication.translate("CaseDetailPane", text), value)
            self._values[name] = value
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        self.attachments = AttachmentStrip(ctx.client, ctx.runner, self)
        self.history = QTreeWidget(self)
        self.history.setObjectName("history")
        # Who did what, when; the note (or what the action carried) on its own full-width line.
        self.history.setRootIsDecorated(False)
        self.history.setIndentation(14)
        self.history.setWordWrap(True)
        self.history.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("From → to")]
        )
        for column, width in enumerate((96, 112, 86)):
            self.history.setColumnWidth(column, width)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("detailSplitter")
        splitter.addWidget(scroll)
        splitter.addWidget(self._titled(self.tr("Attachments"), self.attachments))
        splitter.addWidget(self._titled(self.tr("History"), self.history))
        splitter.setSizes([340, 150, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(splitter, 1)
        # Reads run in parallel, so answers can arrive out of order: only the newest counts.
        self._fetches = 0
        self._refetch = QTimer(self, singleShot=True, interval=300)
        self._refetch.timeout.connect(self._fetch)
        ctx.selection.changed.connect(self._on_selection_changed)
        ctx.live.events_applied.connect(self._on_live_events_applied)

    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        label = PlainLabel(title, box)
        label.setObjectName("sectionTitle")
        layout.addWidget(label)
        layout.addWidget(widget, 1)
        return box

    @property
    def case_id(self) -> int:
        """The case shown (0 for none)."""
        return self._case_id

    def detail(self) -> CaseDetail | None:
        """The last full case fetched (with history), None until it arrives."""
        return self._detail

    def _on_selection_changed(self, case_id: int) -> None:
        self._case_id = case_id
        self._detail = None
        case = self._ctx.model.case(case_id) if case_id else None
        self._show(case)
        if case_id:
            self._refetch.start()

    def _on_live_events_applied(self, events: list[dict[str, Any]]) -> None:
        if self._case_id and any(e.get("case_id") == self._case_id for e in events):
            self._show(self._ctx.model.case(self._case_id))
            self._refetch.start()

    def _fetch(self) -> None:
        case_id = self._case_id
        if not case_id:
            return
        client = self._ctx.client
        self._fetches += 1
        fetch = self._fetches
        self._ctx.runner.run(
            lambda: client.case(case_id),
            lambda detail: self._on_fetch_done(case_id, detail, fetch),
            what=self.tr("Loading case %1").replace("%1", str(case_id)),
        )

    def _on_fetch_done(self, case_id: int, detail: CaseDetail, fetch: int) -> None:
        if case_id != self._case_id or fetch != self._fetches:
            return  # the officer has moved on, or a newer answer is on its way
        self._detail = detail
        self._show(detail)

    def _show(self, case: Case | None) -> None:
        if case is None:
            self.title.setText(self.tr("No case selected"))
            self.description.clear()
        else:
            self.title.setText(f"{case.ref}  {case.title}")
            self.description.setText(case.description or "")
        for name, label in self._values.items():
            label.setText(self._value(case, name))
        detail = case if isinstance(case, CaseDetail) else None
        self.attachments.show_attachments(list(detail.attachments) if detail else [])
        self.history.clear()
        for entry in detail.history if detail else ():
            self._add_history(entry)
        self.history.expandAll()

    def _add_history(self, entry: dict[str, Any]) -> None:
        arrow = ""
        if entry.get("from_state") != entry.get("to_state") or entry.get("from_state") is None:
            before = entry.get("from_state")
            arrow = f"{labels.state_label(before)} → " if before else ""
            arrow += labels.state_label(entry.get("to_state"))
        when = center_time.when_text(entry.get("at"))
        actor = str(entry.get("actor") or "")
        row = QTreeWidgetItem([when, actor, labels.action_label(entry.get("action")), arrow])
        row.setToolTip(0, _when(entry.get("at")))
        row.setToolTip(1, plain_tip(f"{actor} · {labels.role_label(entry.get('actor_role'))}"))
        self.history.addTopLevelItem(row)
        text = " ".join(t for t in (self._carried(entry), str(entry.get("note") or "")) if t)
        if text:
            line = QTreeWidgetItem(row, [text])
            line.setFirstColumnSpanned(True)
            line.setForeground(0, NOTE_INK)
            line.setToolTip(0, plain_tip(text))

    def _carried(self, entry: dict[str, Any]) -> str:
        """What the action carried besides its note: the department, parent, result..."""
        payload = entry.get("payload") or {}
        action = entry.get("action")
        if action == "dispatch" and payload.get("department_name"):
            return self.tr("To %1.").replace("%1", str(payload["department_name"]))
        if action == "merge" and payload.get("parent_ref"):
            return self.tr("Merged into %1.").replace("%1", str(payload["parent_ref"]))
        if action == "callback" and payload.get("result"):
            return labels.callback_label(payload["result"]) + "。"
        if action == "escalate" and payload.get("target"):
            return self.tr("To %1.").replace("%1", labels.target_label(payload["target"]))
        if action in ("request_extension", "approve_extension") and payload.get(
            "extension_minutes"
        ):
            # In working days and hours, as the dispatch pane's preview says it.
            case = self._detail or self._ctx.model.case(self._case_id)
            clock = case.sla_clock if case else None
            length = labels.limit_text(int(payload["extension_minutes"]), clock or "work")
            return self.tr("Extension: %1.").replace("%1", length)
        return ""

    def _value(self, case: Case | None, name: str) -> str:
        if case is None:
            return ""
        if name == "coordinates":
            lat, lon = case.lat, case.lon
            return f"{lat:.5f}, {lon:.5f}" if lat is not None and lon is not None else ""
        value = getattr(case, name, None)  # FIELDS names the case's attributes
        if name in _LABELS:
            return _LABELS[name](value)
        if name.endswith("_at"):
            return _when(value)
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        return "" if value is None else str(value)

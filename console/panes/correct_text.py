"""What a correction changes, in words: the fields old → new and what became of the SLA clock."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject

from console.contract import CaseDetail
from console.models import center_time, labels


def last_correction(detail: CaseDetail) -> dict[str, Any] | None:
    """The payload of the case's newest `correct` record ({changes, sla, color}), if any."""
    for entry in reversed(detail.history):
        if entry.get("action") == "correct":
            return dict(entry.get("payload") or {})
    return None


class CorrectionTexts(QObject):
    """Sentences of the correct dialog: the preview of changes and the SLA outcome."""

    def field_name(self, field: str) -> str:
        """The field as the officer knows it."""
        names = {
            "category": self.tr("Category"),
            "street": self.tr("Street"),
            "urgency": self.tr("Urgency"),
            "address": self.tr("Address"),
            "community": self.tr("Community"),
            "grid": self.tr("Grid"),
        }
        return names.get(field, field)

    def change(self, field: str, old: object, new: object) -> str:
        """'类别：噪声扰民 → 油烟污染' (an empty side reads 'none')."""
        if field == "urgency":
            old, new = labels.urgency_label(str(old or "")), labels.urgency_label(str(new or ""))
        before = str(old) if old not in (None, "") else self.tr("none")
        after = str(new) if new not in (None, "") else self.tr("none")
        return (
            self.tr("%1: %2 → %3")
            .replace("%1", self.field_name(field))
            .replace("%2", before)
            .replace("%3", after)
        )

    def preview(self, changes: list[tuple[str, object, object]]) -> str:
        """What sending would change, or that nothing would."""
        if not changes:
            return self.tr("Nothing changed yet: change a field, then give the reason.")
        lines = "；".join(self.change(field, old, new) for field, old, new in changes)
        return self.tr("Will change: %1").replace("%1", lines)

    def unknown_category(self) -> str:
        """The category typed names none (or several): the list has to decide."""
        return self.tr("Category not recognised: pick one from the list (↓ lists them).")

    def changes_done(self, payload: Mapping[str, Any]) -> str:
        """The changes as the audit trail recorded them."""
        parts = []
        for field, change in (payload.get("changes") or {}).items():
            old = change.get("old_name", change.get("old"))
            new = change.get("new_name", change.get("new"))
            parts.append(self.change(field, old, new))
        return self.tr("Corrected: %1.").replace("%1", "；".join(parts) or self.tr("nothing"))

    def sla(self, payload: Mapping[str, Any]) -> str:
        """What the correction did to the SLA clock (payload `sla`, null when untouched)."""
        sla = payload.get("sla")
        if not sla:
            return self.tr("SLA clock: unchanged, it runs on as before.")
        old, new = sla.get("old") or {}, sla.get("new") or {}
        text = self.tr("SLA clock of the %1 step: limit %2 → %3; due %4 → %5.")
        text = text.replace("%1", labels.step_label(sla.get("step")))
        text = text.replace("%2", labels.limit_text(old.get("limit_min"), old.get("clock")))
        text = text.replace("%3", labels.limit_text(new.get("limit_min"), new.get("clock")))
        text = text.replace("%4", center_time.when_text(old.get("due_at")))
        text = text.replace("%5", center_time.when_text(new.get("due_at")))
        if old.get("clock") != new.get("clock"):
            text += " " + self.clock_change(new.get("clock"))
        if payload.get("color"):
            text += " " + self.tr("Now: %1.").replace("%1", labels.color_label(payload["color"]))
        return text

    def clock_change(self, clock: object) -> str:
        """The kind of minutes the clock counts now."""
        if clock == "natural":
            return self.tr("It now counts natural time, nights and holidays included.")
        return self.tr("It now counts working time only.")

"""Readable queue columns in either language: widths from the texts a column can hold (its
labels, the reference names), the title taking what is left but never less than a headline,
and a header menu to hide the columns an officer can do without on a small screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from console.models import labels
from console.models.columns import COLUMN_INDEX, COLUMNS

TITLE = COLUMN_INDEX["title"]
TITLE_MIN = 220  # a headline stays readable; beyond that the queue scrolls sideways
COMPACT_TITLE_MIN = 190
PADDING = 18
CAPS = {"category": 150, "street": 96, "department": 150}  # longer names are elided
COMPACT_CAPS = {"category": 120, "street": 80, "department": 120}
COMPACT_HIDDEN = ("street", "age", "channel")  # hidden by default when the screen is small


def _samples(name: str, reference: dict[str, Any]) -> list[str]:
    """Texts the column shows at its widest."""
    if name == "sla":
        return [labels.duration_text(-(99 * 86400 + 23 * 3600 + 59 * 60 + 59))]
    if name == "urgency":
        return [labels.urgency_label(u) for u in ("urgent", "emergency")]
    if name == "ref":
        return ["CC000000000000"]
    if name == "channel":
        return [labels.channel_label(c) for c in labels.CHANNELS]
    if name == "state":
        return [labels.state_label(s) for s in labels.STATES]
    if name == "age":
        return [labels.age_text(29 * 86400 + 23 * 3600)]
    if name == "escalation":
        return [labels.escalation_label(level) for level in (1, 2, 3)]
    key = {"category": "categories", "street": "streets", "department": "departments"}.get(name)
    return [str(item.get("name") or "") for item in reference.get(key or "", [])]


class ColumnFitter(QObject):
    """Sizes the queue's columns to their contents' kind and keeps the title filling the rest."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._fitting = False
        self._reference: dict[str, Any] = {}
        self.restored = False  # the officer's own widths came back from the saved layout
        self._caps = CAPS
        self._title_min = TITLE_MIN
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)
        header.sectionResized.connect(self._on_header_section_resized)
        view.viewport().installEventFilter(self)

    def fit(self, reference: dict[str, Any] | None = None) -> None:
        """Widths from the header and the texts each column holds (capped for names)."""
        if reference is not None:
            self._reference = reference
        header = self._view.horizontalHeader()
        heading = header.fontMetrics()
        cells = self._view.fontMetrics()
        self._fitting = True
        for i, column in enumerate(COLUMNS):
            if i == TITLE:
                continue
            samples = _samples(column.name, self._reference)
            widths = [heading.horizontalAdvance(column.title()) + PADDING + 12]
            widths += [cells.horizontalAdvance(text) + PADDING for text in samples]
            width = max(widths) + (12 if column.name == "sla" else 0)  # the pill's ends
            if column.name in self._caps:
                width = min(width, self._caps[column.name]) if samples else column.width
            header.resizeSection(i, width)
        self._fitting = False
        self.fit_title()

    def hide_for_small_screens(self) -> None:
        """The default of a small screen: the columns an officer misses least are hidden (the
        header's menu shows them again), names elided a little earlier."""
        self._caps = COMPACT_CAPS
        self._title_min = COMPACT_TITLE_MIN
        for name in COMPACT_HIDDEN:
            self._view.setColumnHidden(COLUMN_INDEX[name], True)
        self.fit()

    def fit_title(self) -> None:
        """The title takes the width the other columns leave, at least TITLE_MIN."""
        header = self._view.horizontalHeader()
        others = sum(
            header.sectionSize(i)
            for i in range(header.count())
            if i != TITLE and not header.isSectionHidden(i)
        )
        width = max(self._title_min, self._view.viewport().width() - others)
        if header.sectionSize(TITLE) != width:
            self._fitting = True
            header.resizeSection(TITLE, width)
            self._fitting = False

    def reference_loaded(self, reference: dict[str, Any]) -> None:
        """Names known: fit the name columns to them, unless the officer's widths came back."""
        self._reference = reference
        if not self.restored:
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit_title()
        return super().eventFilter(watched, event)

    def _on_header_section_resized(self, index: int, _old: int, _new: int) -> None:
        if not self._fitting and index != TITLE:
            self.fit_title()

    def _on_header_menu_requested(self, at: QPoint) -> None:
        header = self._view.horizontalHeader()
        menu = QMenu(header)
        menu.setObjectName("columnMenu")
        for i, column in enumerate(COLUMNS):
            action = menu.addAction(column.title())
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(i != TITLE)
            action.toggled.connect(lambda on, i=i: self._on_column_toggled(i, on))
        menu.addSeparator()
        menu.addAction(self.tr("Fit the columns")).triggered.connect(lambda: self.fit())
        menu.popup(header.mapToGlobal(at))

    def _on_column_toggled(self, index: int, shown: bool) -> None:
        self._view.setColumnHidden(index, not shown)
        self.fit_title()

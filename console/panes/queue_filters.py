"""The queue's filter bar: search, states (several at once), color, channel, street, department;
and the drill run a trainee's window is in, set from outside the bar (no control of its own:
the trainee does not choose it, and clearing the filters keeps it). For the center's roles it
starts with what the queue shows (Alt+Q): the cases, or the volunteer service requests (志愿服务),
whose view has no case filters (they stay as they were, hidden, until the cases are back)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from console.models import labels
from console.models.case_filter import CaseFilter
from widgets.check_combo import PRESET, CheckCombo
from widgets.plain_text import PlainLabel

SEARCH_DELAY_MS = 250
CASES, VOLUNTEERS = "cases", "volunteers"  # what the queue shows


def whole_texts(combo: QComboBox, hint: QSize, texts: Iterable[str]) -> QSize:
    """The combo's size hint widened to show each of these texts whole."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    widest = max((combo.fontMetrics().horizontalAdvance(text) for text in texts), default=0)
    style = combo.style()
    whole = style.sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, option, QSize(widest, hint.height()), combo
    )
    return QSize(max(hint.width(), whole.width()), hint.height())


class FilterCombo(QComboBox):
    """A single-choice filter: as wide as its first entry's text ("All channels") where the bar
    has the room, narrower (that text elided) only where it has not; a long entry chosen (a
    department's name) is elided rather than widening the bar."""

    def sizeHint(self) -> QSize:  # noqa: N802
        return whole_texts(self, super().sizeHint(), [self.itemText(0)])


class StateFilter(CheckCombo):
    """The states' filter: as wide as its presets' names ("Open cases") where there is room."""

    def sizeHint(self) -> QSize:  # noqa: N802
        model = self.model()
        presets = (model.index(row, 0) for row in range(model.rowCount()))
        texts = [str(index.data()) for index in presets if index.data(PRESET) is not None]
        return whole_texts(self, super().sizeHint(), texts)


class QueueFilters(QWidget):
    """The controls that describe the queue's filter; `changed` when the officer changes one."""

    changed = Signal()
    kind_changed = Signal(str)  # CASES or VOLUNTEERS: the officer chose what the queue shows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueFilters")
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search ref, title, address, reporter…"))
        self.state_filter = StateFilter(self.tr("All states"), self)
        self.state_filter.setObjectName("stateFilter")
        # The server's open states when the preset is used (GET /api/v1/reference), not a copy.
        self.state_filter.add_preset(self.tr("Open cases"), lambda: labels.OPEN_STATES)
        self.state_filter.add_preset(self.tr("All states"), ())
        for code in labels.STATES:
            self.state_filter.add_option(labels.state_label(code), code)
        self.state_filter.set_checked(labels.OPEN_STATES, quiet=True)
        self.state_filter.setToolTip(
            self.tr("Click or Space ticks a state; several states can be shown at once")
        )
        self.color_combo = self._combo("colorFilter", self.tr("All colors"))
        for code in labels.COLORS:
            self.color_combo.addItem(labels.color_label(code), code)
        self.channel_combo = self._combo("channelFilter", self.tr("All channels"))
        for code in labels.CHANNELS:
            self.channel_combo.addItem(labels.channel_label(code), code)
        self.street_combo = self._combo("streetFilter", self.tr("All streets"))
        self.department_combo = self._combo("departmentFilter", self.tr("All departments"))
        self._drill_runs: frozenset[int] = frozenset()
        self.kind_combo: QComboBox | None = None  # only where volunteer requests are shown
        layout = self._layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The lists as wide as their "All …" texts, the search box the rest: a stretch factor
        # would share the bar by proportion and cut those texts short on a small screen.
        layout.addWidget(self.search, 1)
        layout.addWidget(self.state_filter)
        for combo in self.combos():
            layout.addWidget(combo)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.state_filter.selection_changed.connect(self.changed)
        for combo in self.combos():
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def _combo(self, name: str, any_text: str) -> QComboBox:
        combo = FilterCombo(self)
        combo.setObjectName(name)
        combo.addItem(any_text, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        return combo

    def add_kinds(self) -> None:
        """Put the choice of what the queue shows at the bar's start: the cases or the volunteer
        service requests; Alt+Q (its label's mnemonic) takes the keyboard there, and the label
        names it to screen readers. Short words (Cases | Volunteers, 案件 | 志愿服务): the
        bar's room is the case filters'."""
        combo = self.kind_combo = QComboBox(self)
        combo.setObjectName("queueKind")
        combo.addItem(self.tr("Cases"), CASES)
        combo.addItem(self.tr("Volunteers"), VOLUNTEERS)
        combo.setToolTip(self.tr("What the queue shows (Alt+Q; then ↑↓)"))
        label = PlainLabel(self.tr("&Queue:"), self)
        label.setObjectName("queueKindLabel")
        label.setBuddy(combo)
        self._layout.insertWidget(0, label)
        self._layout.insertWidget(1, combo)
        self._layout.addStretch(0)  # takes the room the hidden case filters leave
        QWidget.setTabOrder(combo, self.search)
        combo.currentIndexChanged.connect(lambda _i: self.kind_changed.emit(self.kind()))

    def kind(self) -> str:
        """What the queue shows: CASES or VOLUNTEERS."""
        combo = self.kind_combo
        return str(combo.currentData()) if combo is not None else CASES

    def set_kind(self, kind: str) -> None:
        """Show the cases or the volunteer requests (`kind_changed` if it moved)."""
        if self.kind_combo is not None:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

    def show_case_controls(self, shown: bool) -> None:
        """Show or hide the case filters (hidden, they keep what they were set to)."""
        for widget in (self.search, self.state_filter, *self.combos()):
            widget.setVisible(shown)

    def set_compact(self) -> None:
        """Narrower lists for a small screen (the chosen entry is elided, the list is not)."""
        self.state_filter.setMinimumContentsLength(4)
        self.state_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for combo in self.combos():
            combo.setMinimumContentsLength(4)

    def combos(self) -> tuple[QComboBox, ...]:
        """The single-choice combos: color, channel, street, department."""
        return (self.color_combo, self.channel_combo, self.street_combo, self.department_combo)

    # -- reading ----------------------------------------------------------------------------

    def current_filter(self) -> CaseFilter:
        """The filter the controls describe."""

        def chosen(combo: QComboBox) -> frozenset[str]:
            value = combo.currentData()
            return frozenset({value}) if value else frozenset()

        return CaseFilter(
            states=self.state_filter.checked(),
            open_only=False,
            colors=chosen(self.color_combo),
            channels=chosen(self.channel_combo),
            streets=chosen(self.street_combo),
            departments=chosen(self.department_combo),
            text=self.search.text(),
            drill_runs=self._drill_runs,
        )

    @property
    def drill_run(self) -> int | None:
        """The drill run whose cases alone are shown (None: no such limit)."""
        return next(iter(self._drill_runs), None)

    # -- changing ---------------------------------------------------------------------------

    def set_drill_run(self, run_id: int | None) -> None:
        """Show only this drill run's cases (None: every case again); `changed` if it moved."""
        wanted = frozenset({run_id}) if run_id is not None else frozenset()
        if wanted != self._drill_runs:
            self._drill_runs = wanted
            self.changed.emit()

    def set_color(self, color: str | None) -> None:
        """Show only this color (None: all colors)."""
        index = self.color_combo.findData(color) if color else 0
        self.color_combo.setCurrentIndex(max(0, index))

    def show_only(
        self,
        *,
        department: str | None = None,
        street: str | None = None,
        color: str | None = None,
        name: str = "",
    ) -> None:
        """The open cases of one department or street, of one color (a chart's drill-down)."""
        for combo, code in (
            (self.department_combo, department),
            (self.street_combo, street),
            (self.channel_combo, None),
            (self.color_combo, color),
        ):
            combo.blockSignals(True)
            index = combo.findData(code) if code else 0
            if index < 0:  # not in the list (reference data not loaded yet): add it
                combo.addItem(name or str(code), code)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self.state_filter.set_checked(labels.OPEN_STATES, quiet=True)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.color_combo.currentIndexChanged.emit(self.color_combo.currentIndex())  # one filter

    def clear(self) -> None:
        """Back to the default view: open cases, every color, channel, street and department."""
        for combo in self.combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.state_filter.set_checked(labels.OPEN_STATES, quiet=True)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._search_timer.stop()
        self.color_combo.currentIndexChanged.emit(0)  # one filter, and the toolbar follows

    def focus_search(self) -> None:
        """Put the cursor in the search box, text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_reference(self, data: dict[str, Any]) -> None:
        """Fill the street and department lists (the choice made so far stays)."""
        for combo, items in (
            (self.street_combo, data.get("streets", [])),
            (
                self.department_combo,
                [d for d in data.get("departments", []) if d.get("handles_cases", True)],
            ),
        ):
            combo.blockSignals(True)
            # A stand-in show_only() added before the list came is replaced by the real entry.
            chosen, chosen_text = combo.currentData(), combo.currentText()
            while combo.count() > 1:  # the first entry is "any"
                combo.removeItem(combo.count() - 1)
            for item in items:
                combo.addItem(item["name"], item["code"])
            if chosen and combo.findData(chosen) < 0:  # not in the list after all: keep it
                combo.addItem(chosen_text, chosen)
            combo.setCurrentIndex(combo.findData(chosen) if chosen else 0)
            combo.blockSignals(False)

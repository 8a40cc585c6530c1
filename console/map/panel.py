"""The map pane's controls: the bar above the map and the list beside it (heat, patrols)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QListWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.api.map import LayerInfo
from console.models import center_time
from console.translatable import QT_TRANSLATE_NOOP
from widgets.plain_text import PlainLabel

HEAT_PERIODS = (
    (0, QT_TRANSLATE_NOOP("MapBar", "No heat")),
    (1, QT_TRANSLATE_NOOP("MapBar", "Today")),
    (7, QT_TRANSLATE_NOOP("MapBar", "Last 7 days")),
    (30, QT_TRANSLATE_NOOP("MapBar", "Last 30 days")),
)
TOP_ROWS = 8


def top_categories(body: dict[str, Any]) -> list[tuple[str, int]]:
    """The categories with most cases: the answer's own list if it has one, else the sum of
    each area's leading categories (a lower bound for categories that lead nowhere)."""
    listed = body.get("top_categories")
    if listed:
        return [(str(c.get("name") or c.get("code")), int(c.get("count") or 0)) for c in listed]
    summed: dict[str, int] = {}
    for area in body.get("areas") or []:
        for category in area.get("top_categories") or []:
            name = str(category.get("name") or category.get("code"))
            summed[name] = summed.get(name, 0) + int(category.get("count") or 0)
    return sorted(summed.items(), key=lambda item: (-item[1], item[0]))


class MapBar(QWidget):
    """Layer switches, the heat period, the patrol day, the area tool and bulk buttons."""

    layer_toggled = Signal(str, bool)  # layer name, hidden
    cameras_toggled = Signal(bool)
    heat_period_changed = Signal(int)  # days, 0 for none
    heat_cell_changed = Signal(str)  # street | grid
    tracks_day_changed = Signal(object)  # QDate or None
    area_toggled = Signal(bool)
    pick_toggled = Signal(bool)
    fit_requested = Signal()
    bulk_requested = Signal(str)  # dispatch | urge

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapBar")
        # Two rows (what is drawn; what to do): in one the bar alone made the pane, and with
        # it the window, wider than a 1920-pixel screen.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(6)
        tools = QHBoxLayout()
        tools.setSpacing(6)
        rows.addLayout(row)
        rows.addLayout(tools)
        self._layers = QHBoxLayout()
        self._layers.setSpacing(6)
        row.addLayout(self._layers)
        self.layer_boxes: dict[str, QCheckBox] = {}
        self.cameras = QCheckBox(self.tr("Cameras"), self)
        self.cameras.setObjectName("mapCameras")
        self.cameras.setChecked(True)
        self.cameras.toggled.connect(self.cameras_toggled)
        row.addWidget(self.cameras)
        self.heat = QComboBox(self)
        self.heat.setObjectName("mapHeat")
        self.heat.setToolTip(self.tr("Intake by area over a period (the hot spots)"))
        for days, text in HEAT_PERIODS:
            self.heat.addItem(self.tr(text), days)
        self.heat.currentIndexChanged.connect(
            lambda _i: self.heat_period_changed.emit(int(self.heat.currentData()))
        )
        row.addWidget(self.heat)
        self.heat_cell = QComboBox(self)
        self.heat_cell.setObjectName("mapHeatCell")
        self.heat_cell.addItem(self.tr("by street"), "street")
        self.heat_cell.addItem(self.tr("by grid"), "grid")
        self.heat_cell.currentIndexChanged.connect(
            lambda _i: self.heat_cell_changed.emit(str(self.heat_cell.currentData()))
        )
        row.addWidget(self.heat_cell)
        self.tracks = QCheckBox(self.tr("Patrol tracks of"), self)
        self.tracks.setObjectName("mapTracks")
        self.day = QDateEdit(self)
        self.day.setObjectName("mapTracksDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.tracks.toggled.connect(lambda _on: self._emit_day())
        self.day.dateChanged.connect(lambda _d: self._emit_day())
        row.addWidget(self.tracks)
        row.addWidget(self.day)
        row.addStretch(1)
        tools.addStretch(1)
        self.area = self._button(self.tr("Select area"), "mapArea", checkable=True)
        self.area.setToolTip(self.tr("Drag a rectangle to mark cases (Shift+drag does it too)"))
        self.area.toggled.connect(self.area_toggled)
        self.marked = PlainLabel(self)
        self.marked.setObjectName("mapMarked")
        self.dispatch = self._button(self.tr("Dispatch marked…"), "mapBulkDispatch")
        self.dispatch.clicked.connect(lambda: self.bulk_requested.emit("dispatch"))
        self.urge = self._button(self.tr("Urge marked…"), "mapBulkUrge")
        self.urge.clicked.connect(lambda: self.bulk_requested.emit("urge"))
        self.pick = self._button(self.tr("Set call point"), "mapPick", checkable=True)
        self.pick.setToolTip(self.tr("Click on the map to set the point of the call being taken"))
        self.pick.toggled.connect(self.pick_toggled)
        self.fit = self._button(self.tr("Whole district"), "mapFit")
        self.fit.clicked.connect(self.fit_requested)
        for widget in (self.area, self.marked, self.dispatch, self.urge, self.pick, self.fit):
            tools.addWidget(widget)
        self.set_marked(0)

    def _button(self, text: str, name: str, *, checkable: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setCheckable(checkable)
        return button

    def set_today(self, moment: float) -> None:
        """The patrol day starts at today's date (center time, the console's clock)."""
        today = center_time.at(moment).date()
        self.day.blockSignals(True)
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.blockSignals(False)

    def _emit_day(self) -> None:
        self.tracks_day_changed.emit(self.day.date() if self.tracks.isChecked() else None)

    def set_layers(self, layers: list[LayerInfo]) -> None:
        """One switch per layer the server offers (kept as they were when offered again)."""
        for info in layers:
            if info.name in self.layer_boxes:
                continue
            box = QCheckBox(info.title, self)
            box.setObjectName(f"mapLayer_{info.name}")
            box.setChecked(True)
            box.toggled.connect(lambda on, n=info.name: self.layer_toggled.emit(n, not on))
            self.layer_boxes[info.name] = box
            self._layers.addWidget(box)

    def heat_days(self) -> int:
        """The heat's period in days (0: no heat)."""
        return int(self.heat.currentData())

    def heat_cell_value(self) -> str:
        """Whether the heat counts by street or by grid."""
        return str(self.heat_cell.currentData())

    def cameras_shown(self) -> bool:
        """Whether the cameras are switched on."""
        return self.cameras.isChecked()

    def set_marked(self, count: int) -> None:
        """How many cases the rubber band marked (the bulk buttons need some)."""
        self.marked.setText(self.tr("%1 marked").replace("%1", str(count)) if count else "")
        self.dispatch.setEnabled(count > 0)
        self.urge.setEnabled(count > 0)

    def set_pick_checked(self, on: bool) -> None:
        """Show whether pick mode is on (without asking for it again)."""
        self.pick.blockSignals(True)
        self.pick.setChecked(on)
        self.pick.blockSignals(False)


class SidePanel(QWidget):
    """Beside the map: the heat's top areas and categories, the day's patrols, notices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapSide")
        self.setFixedWidth(230)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice = PlainLabel(self)
        self.notice.setObjectName("mapNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.heat_title = PlainLabel(self)
        self.heat_title.setObjectName("paneTitle")
        self.heat_scale = PlainLabel(self)
        self.heat_scale.setObjectName("mapHeatScale")
        self.heat_scale.setWordWrap(True)
        self.top_areas = QListWidget(self)
        self.top_areas.setObjectName("mapTopAreas")
        self.top_categories = QListWidget(self)
        self.top_categories.setObjectName("mapTopCategories")
        self.tracks_title = PlainLabel(self.tr("Patrols of the day"), self)
        self.tracks_list = QListWidget(self)
        self.tracks_list.setObjectName("mapPatrols")
        for widget in (self.notice, self.heat_title, self.heat_scale, self.top_areas,
                       self.top_categories,
                       self.tracks_title, self.tracks_list):  # fmt: skip
            layout.addWidget(widget)
        layout.addStretch(1)
        self.show_heat(None)
        self.show_tracks(None)
        self.setVisible(False)

    def say(self, text: str) -> None:
        """A notice for the officer (a load that failed)."""
        self.notice.setText(text)
        self.notice.show()
        self.setVisible(True)

    def show_heat(self, body: dict[str, Any] | None) -> None:
        """The heat's top areas (with each one's leading categories) and the top categories
        over the district (None: hide them)."""
        shown = body is not None
        for widget in (self.heat_title, self.heat_scale, self.top_areas, self.top_categories):
            widget.setVisible(shown)
        if body is None:
            self._update_visibility()
            return
        areas = [a for a in body.get("areas") or [] if int(a.get("count") or 0) > 0]
        total = int(body.get("total") or sum(int(a.get("count") or 0) for a in areas))
        self.heat_title.setText(self.tr("Intake: %1 cases").replace("%1", str(total)))
        largest = max((int(a.get("count") or 0) for a in areas), default=0)
        self.heat_scale.setText(
            self.tr("Area colour: dark few … bright %1 cases").replace("%1", str(largest))
        )
        rows = []
        for area in sorted(areas, key=lambda a: -int(a.get("count") or 0))[:TOP_ROWS]:
            leading = (area.get("top_categories") or [{}])[0].get("name")
            text = f"{area.get('name') or area.get('code')}  {int(area.get('count') or 0)}"
            rows.append(text + (f"  · {leading}" if leading else ""))
        self._fill(self.top_areas, self.tr("Top areas"), rows)
        categories = top_categories(body)
        self._fill(
            self.top_categories,
            self.tr("Top categories"),
            [f"{name}  {count}" for name, count in categories[:TOP_ROWS]],
        )
        self._update_visibility()

    def _fill(self, widget: QListWidget, title: str, rows: list[str]) -> None:
        widget.clear()
        widget.addItem(title)
        head = widget.item(0)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        head.setFlags(Qt.ItemFlag.NoItemFlags)
        for rank, text in enumerate(rows, 1):
            widget.addItem(f"{rank}. {text}")
        if not rows:
            widget.addItem(self.tr("No cases in the period"))

    def show_tracks(self, patrols: list[dict[str, Any]] | None) -> None:
        """The day's patrols (None: hide the list)."""
        self.tracks_title.setVisible(patrols is not None)
        self.tracks_list.setVisible(patrols is not None)
        self.tracks_list.clear()
        for patrol in patrols or []:
            where = str(patrol.get("river_name") or "") + str(patrol.get("segment_name") or "")
            when = center_time.when_text(patrol.get("started_at"))
            self.tracks_list.addItem(f"{when} {where} {patrol.get('patroller') or ''}")
        if patrols is not None and not patrols:
            self.tracks_list.addItem(self.tr("No patrol that day"))
        self._update_visibility()

    def _update_visibility(self) -> None:
        self.setVisible(
            self.top_areas.isVisibleTo(self)
            or self.tracks_list.isVisibleTo(self)
            or self.notice.isVisibleTo(self)
        )

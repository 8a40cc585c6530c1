"""The nine indicators of 崇川区 as tiles: value, growth, rank and the indicator's color."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.charts import fmt
from console.charts.export import Table
from console.charts.frame import ChartFrame
from console.tasks import TaskRunner
from widgets.plain_text import PlainLabel, escaped

COLUMNS = 3


def _restyle(widget: QWidget, name: str, value: object) -> None:
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class IndicatorTile(QFrame):
    """One indicator: its name, this period's value and unit, growth, rank; framed in its color."""

    clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorTile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.code = ""
        self.row: dict[str, Any] = {}
        self.name = self._label("tileName")
        self.value = self._label("tileValue")
        self.value.setTextFormat(Qt.TextFormat.RichText)  # the unit small; escaped
        self.growth = self._label("tileGrowth")
        self.rank = self._label("tileRank")
        self.rank.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.name.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.setSpacing(4)
        bottom.addWidget(self.growth)
        bottom.addWidget(self.rank, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 3, 6, 3)
        layout.setSpacing(0)
        layout.addWidget(self.name)
        layout.addWidget(self.value)
        layout.addLayout(bottom)

    def _label(self, name: str) -> QLabel:
        label = PlainLabel(self)
        label.setObjectName(name)
        return label

    def show_row(self, row: dict[str, Any], name: str) -> None:
        """Fill the tile from a scorecard row."""
        self.code, self.row = str(row["indicator"]), row
        color = row.get("color") or "none"
        self.name.setText(name)
        unit = row.get("unit") or ""
        self.value.setText(
            f"{escaped(fmt.number(row.get('value')))} <small>{escaped(unit)}</small>"
        )
        target = row.get("target")
        self.growth.setText(fmt.signed_percent(row.get("growth")))
        self.rank.setText(
            self.tr("%1 · %2")
            .replace("%1", fmt.rank_text(row.get("rank_value")))
            .replace("%2", fmt.tier_label(row.get("tier")))
        )
        self.setToolTip(
            self.tr("%1, %2: %3 %4\nGrowth %5 (target %6)\nRank by value %7, by growth %8, %9")
            .replace("%1", name)
            .replace("%2", str(row.get("period", "")))
            .replace("%3", fmt.number(row.get("value")))
            .replace("%4", unit)
            .replace("%5", fmt.signed_percent(row.get("growth")))
            .replace("%6", fmt.percent(target))
            .replace("%7", fmt.rank_text(row.get("rank_value")))
            .replace("%8", fmt.rank_text(row.get("rank_growth")))
            .replace("%9", fmt.tier_label(row.get("tier")))
        )
        _restyle(self, "color", color)
        _restyle(self.growth, "color", color)

    def set_selected(self, selected: bool) -> None:
        """Outline the tile whose trend and ranking are shown."""
        _restyle(self, "selected", selected)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.code:
            self.clicked.emit(self.code)
        super().mouseReleaseEvent(event)


class TilesChart(ChartFrame):
    """The scorecard: one tile per indicator in the bureau's order; a click picks the indicator."""

    indicator_chosen = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Economic indicators"), "indicators", parent)
        self.tiles: list[IndicatorTile] = []
        self.rows: list[dict[str, Any]] = []
        self.period = ""
        self.area_name = ""
        self._names: dict[str, str] = {}
        self._grid = QGridLayout()
        self._grid.setSpacing(6)
        self.body.addLayout(self._grid, 1)

    def set_names(self, indicators: list[dict[str, Any]]) -> None:
        """Indicator names from GET /indicators (the scorecard rows carry codes)."""
        self._names = {str(i["code"]): str(i["name"]) for i in indicators}
        for tile in self.tiles:
            if tile.code:
                tile.show_row(tile.row, self._names.get(tile.code, tile.code))

    def show_scorecard(self, body: dict[str, Any]) -> None:
        """Fill the tiles from GET /indicators/scorecard."""
        rows = self.rows = list(body.get("tiles") or [])
        self.period = str(body.get("period") or "")
        self.area_name = str(body.get("area_name") or "")
        self.set_title(self.tr("%1 %2").replace("%1", self.area_name).replace("%2", self.period))
        while len(self.tiles) < len(rows):
            tile = IndicatorTile(self)
            tile.clicked.connect(self.indicator_chosen)
            n = len(self.tiles)
            self._grid.addWidget(tile, n // COLUMNS, n % COLUMNS)
            self.tiles.append(tile)
        for tile, row in zip(self.tiles, rows, strict=False):
            code = str(row["indicator"])
            tile.show_row(row, self._names.get(code, code))
            tile.show()
        for tile in self.tiles[len(rows) :]:
            tile.hide()
        self.show_notice("" if rows else self.tr("No indicator data for this period yet."))

    def select(self, code: str) -> None:
        """Outline the chosen indicator's tile."""
        for tile in self.tiles:
            tile.set_selected(tile.code == code)

    def table(self) -> Table:
        header = [
            self.tr("Period"),
            self.tr("Area"),
            self.tr("Indicator"),
            self.tr("Value"),
            self.tr("Unit"),
            self.tr("Growth %"),
            self.tr("Target %"),
            self.tr("Rank by value"),
            self.tr("Rank by growth"),
            self.tr("Tier"),
            self.tr("Color"),
        ]
        rows = [
            [
                r.get("period"),
                r.get("area_name"),
                self._names.get(str(r["indicator"]), str(r["indicator"])),
                r.get("value"),
                r.get("unit"),
                r.get("growth"),
                r.get("target"),
                r.get("rank_value"),
                r.get("rank_growth"),
                fmt.tier_label(r.get("tier")),
                fmt.color_label(r.get("color")),
            ]
            for r in self.rows
        ]
        return header, rows

"""The map pane's widgets, made when the pane is first shown (a hidden map costs nothing).

The canvas (centred on the district's home until the layers say where the district is), its
basemap tiles, the bar above it and the side panel beside it, laid out in the pane.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from console.api.map import MapApi
from console.controllers.context import PaneContext
from console.map.canvas import MapCanvas
from console.map.panel import MapBar, SidePanel
from console.map.projection import point_xy
from console.map.tiles import TileCache
from console.map.view import HOME, HOME_ZOOM


@dataclass
class PaneParts:
    """The pane's widgets."""

    canvas: MapCanvas
    bar: MapBar
    side: SidePanel


def make_parts(pane: QWidget, layout: QVBoxLayout, ctx: PaneContext, api: MapApi) -> PaneParts:
    """Make the pane's widgets into its layout (shown at once if the pane is shown)."""
    canvas = MapCanvas(pane)
    canvas.view.width, canvas.view.height = 800, 600
    canvas.center_on(*point_xy(*HOME), zoom=HOME_ZOOM)
    canvas.tiles = TileCache(ctx.runner, api.tile, pane)
    canvas.tiles.arrived.connect(canvas.update)
    bar = MapBar(pane)
    bar.set_today(ctx.model.now())
    side = SidePanel(pane)
    body = QWidget(pane)
    row = QHBoxLayout(body)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(canvas, 1)
    row.addWidget(side)
    layout.addWidget(bar)
    layout.addWidget(body, 1)
    if pane.isVisible():  # made while shown: the new widgets show now, not a turn later
        bar.show()
        body.show()
    return PaneParts(canvas, bar, side)

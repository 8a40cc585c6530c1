"""The map's links to the rest of the window: the queue, the video wall, bulk work, the call.

The map pane only says what the officer wants (a case, a camera, cases marked, a point);
this module, installed by the window once its panes exist (`install_map(window)`), does it
with the other parts through what they offer everyone: the queue's `select_case`, the video
pane's `show_camera`, the docks' `show_pane`, the registry's actions and the call form's
fields. Without a map pane it does nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject

from console.map.pane import MapPane
from console.video.camera import Camera


def install_map(window: Any) -> MapLinks | None:
    """Link the window's map pane to its queue, video wall, bulk commands and call form."""
    pane = window.panes.get("map")
    if not isinstance(pane, MapPane):
        return None
    links = MapLinks(window, pane)
    window.map_links = links
    return links


def row_runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as runs of consecutive rows, (first, last) each: one selection range a
    run, not one a row."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class MapLinks(QObject):
    """What the map asks of the window's other panes, done."""

    def __init__(self, window: Any, pane: MapPane) -> None:
        super().__init__(window)
        self._window = window
        self._pane = pane
        pane.case_requested.connect(self._on_map_case_requested)
        pane.case_open_requested.connect(self._on_map_case_open_requested)
        pane.camera_requested.connect(self._on_map_camera_requested)
        pane.cases_marked.connect(self._on_map_cases_marked)
        intake = window.panes.get("call_intake")
        form = getattr(intake, "form", None)
        self._form = form
        if form is not None:
            form.coordinates.textChanged.connect(lambda _t: self._on_form_point_changed())
            form.address.textChanged.connect(lambda _t: self._on_form_street_changed())
            form.street.currentIndexChanged.connect(lambda _i: self._on_form_street_changed())
            pane.point_located.connect(self._on_map_point_located)
            asked = getattr(form, "map_pick_requested", None)  # the form's "Pick on map"
            if asked is not None:
                asked.connect(self._on_form_map_pick_requested)

    # -- map → queue ------------------------------------------------------------------------

    def _on_map_case_requested(self, case_id: int) -> None:
        queue = self._window.queue
        if not queue.select_case(case_id):
            queue.clear_filters()  # the queue's filter hid it: the officer asked for this case
            if not queue.select_case(case_id):
                self._window.ctx.selection.set(case_id)

    def _on_map_case_open_requested(self, _case_id: int) -> None:
        command = self._window.registry.get("open_detail")
        if command is not None:
            command.trigger()

    def _on_map_cases_marked(self, case_ids: list[int]) -> None:
        """The rubber band's cases become the queue's selected rows: the bulk commands (and
        the officer) see them there, as if picked with Ctrl+click."""
        queue, model = self._window.queue, self._window.ctx.model
        select_many = getattr(queue, "select_cases", None)
        if select_many is not None:
            select_many(case_ids)
            return
        rows = sorted(r for r in (model.row_of(i) for i in case_ids) if r >= 0)
        if len(rows) < len(case_ids) and case_ids:
            queue.clear_filters()
            rows = sorted(r for r in (model.row_of(i) for i in case_ids) if r >= 0)
        selection = QItemSelection()
        last = model.columnCount() - 1
        for first, final in row_runs(rows):
            selection.select(model.index(first, 0), model.index(final, last))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        queue.view.selectionModel().select(selection, flags)

    # -- map → video ------------------------------------------------------------------------

    def _on_map_camera_requested(self, body: dict[str, Any]) -> None:
        video = self._window.panes.get("video")
        if video is None:
            return
        if "video" in self._window.pane_docks.docks:
            self._window.pane_docks.show_pane("video", focus=False)  # shown: its wall plays
        video.show_camera(Camera.from_json(body))

    # -- map ↔ call form --------------------------------------------------------------------

    def _on_form_point_changed(self) -> None:
        form = self._form
        place = form.coordinates_value() if form is not None else None
        if isinstance(place, tuple):
            self._pane.show_call_point(*place)
        else:
            self._pane.show_call_point(None, None)

    def _on_form_map_pick_requested(self) -> None:
        if "map" in self._window.pane_docks.docks:
            self._window.pane_docks.show_pane("map", focus=False)
        self._pane.set_pick_mode(True)

    def _on_form_street_changed(self) -> None:
        form = self._form
        self._pane.show_call_street(form.street_code() if form is not None else None)

    def _on_map_point_located(self, found: dict[str, Any]) -> None:
        form = self._form
        if form is None:
            return
        # "lat, lon", as the form reads and the officer writes it (six decimals: ~0.1 m).
        form.coordinates.setText(f"{float(found['lat']):.6f}, {float(found['lon']):.6f}")
        street = found.get("street_code")
        if street:  # the street of the polygon the point is in, not of the address text
            index = form.street.findData(street)
            if index >= 0:
                form.street.setCurrentIndex(index)

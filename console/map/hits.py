"""What is under the officer's pointer: a cluster of cases or a camera (numpy over what is
on screen, never a search through every case)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF

from console.map import markers
from console.map.clusters import Clusters
from console.map.view import MapView

NO_CLUSTER = (0, 0, 0.0, 0.0)


def on_screen(view: MapView, xy: np.ndarray, margin_px: float = 12) -> np.ndarray:
    """Indices of the metre points (one row each) within the view and a margin."""
    if not len(xy):
        return np.empty(0, np.int64)
    x0, y0, x1, y1 = view.world_rect(margin_px=margin_px)
    return np.flatnonzero((xy[:, 0] >= x0) & (xy[:, 0] <= x1) & (xy[:, 1] >= y0) & (xy[:, 1] <= y1))


def camera_at(view: MapView, xy: np.ndarray, pos: QPointF) -> int:
    """The camera (row of `xy`) whose glyph is under a screen point, or -1."""
    if view.zoom < markers.CAMERA_MIN_ZOOM:
        return -1
    for i in on_screen(view, xy).tolist():
        at = view.to_screen(float(xy[i, 0]), float(xy[i, 1]))
        if abs(at.x() - pos.x()) <= 9 and abs(at.y() - pos.y()) <= 8:
            return int(i)
    return -1


def cluster_at(view: MapView, clusters: Clusters, pos: QPointF) -> tuple[int, int, float, float]:
    """The cluster drawn under a screen point: (count, case id, x, y); count 0 for none."""
    shown = markers.visible_clusters(clusters, view)
    if not len(shown):
        return NO_CLUSTER
    s = view.scale
    sx = (clusters.x[shown] - view.cx) * s + view.width / 2
    sy = (view.cy - clusters.y[shown]) * s + view.height / 2
    distance = np.hypot(sx - pos.x(), sy - pos.y())
    counts = clusters.count[shown]
    radius = np.where(counts > 1, 10.0 + 4.0 * np.log10(np.maximum(counts, 1)),
                      markers.URGENT_RADIUS) + 2  # fmt: skip
    inside = np.flatnonzero(distance <= radius)
    if not len(inside):
        return NO_CLUSTER
    k = shown[inside[np.argmin(distance[inside])]]
    return (int(clusters.count[k]), int(clusters.case_id[k]),
            float(clusters.x[k]), float(clusters.y[k]))  # fmt: skip

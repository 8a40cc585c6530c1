"""A synthetic district for benchmarks and screenshots: cases and grid polygons around
崇川区's centre (no server needed). Never used by the console itself."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import numpy as np

from console.api.map import LayerInfo
from console.map.layers import VectorLayer, parse_layer
from console.models import center_time

CENTER = (120.8644, 32.0108)  # lon, lat


def cases(count: int, now: float, seed: int = 7, first_id: int = 1) -> list[dict[str, Any]]:
    """Open cases scattered like a city's intake: dense in the centre, thinner outside."""
    rng = np.random.default_rng(seed)
    lon = CENTER[0] + rng.normal(0, 0.035, count)
    lat = CENTER[1] + rng.normal(0, 0.028, count)
    due = rng.uniform(-4, 48, count)
    urgency = rng.choice(["normal", "urgent", "emergency"], count, p=[0.9, 0.08, 0.02])
    base = center_time.at(now)
    rows = []
    for k in range(count):
        due_at = base + timedelta(hours=float(due[k]))
        warn_at = due_at - timedelta(hours=4)
        rows.append(
            {
                "id": first_id + k,
                "ref": f"CC{first_id + k:08d}",
                "channel": "hotline",
                "state": "registered",
                "version": 1,
                "urgency": str(urgency[k]),
                "title": "synthetic",
                "lat": float(lat[k]),
                "lon": float(lon[k]),
                "created_at": _iso(base - timedelta(hours=2)),
                "updated_at": _iso(base - timedelta(hours=1)),
                "due_at": _iso(due_at),
                "warn_at": _iso(warn_at),
                "sla_step": "dispatch",
                "allowed_actions": ["dispatch"],
            }
        )
    return rows


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def grid_layer(count: int) -> VectorLayer:
    """`count` grid cells (slightly irregular hexagons) tiling a square around the centre."""
    side = int(np.ceil(np.sqrt(count)))
    step = 0.16 / side
    rng = np.random.default_rng(3)
    features = []
    for k in range(count):
        i, j = divmod(k, side)
        x0, y0 = CENTER[0] - 0.08 + j * step, CENTER[1] - 0.065 + i * step * 0.82
        ring = []
        for a in range(6):
            angle = np.pi / 3 * a
            r = step * 0.55 * (1 + rng.uniform(-0.08, 0.08))
            ring.append([x0 + r * np.cos(angle), y0 + r * 0.82 * np.sin(angle)])
        ring.append(ring[0])
        features.append(
            {
                "type": "Feature",
                "properties": {"code": f"G{k:05d}", "name": f"网格{k}"},
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            }
        )
    info = LayerInfo("grids", "网格", "polygon", count, True)
    return parse_layer(info, {"type": "FeatureCollection", "features": features})

"""How the layers are colored by what happened: river segments by their latest patrol, areas
by their intake over a period (the heat). Plain rules over the server's answers; the colors
come from the SLA palette (widgets/sla_palette.py)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtGui import QColor

from console.map.layers import VectorLayer
from console.models import center_time
from widgets import sla_palette

# The river chiefs patrol weekly (Monday is 河长行动日): a segment patrolled within a week is
# green, within two weeks yellow, longer ago (or never in the period looked at) red.
FRESH_PATROL = timedelta(days=7)
LATE_PATROL = timedelta(days=14)
PATROL_LOOKBACK = timedelta(days=30)
HEAT_RAMP = ("#2b3a55", "#6a3d7a", "#b5426a", "#e0653f", "#f4a93a")  # few → many cases
HEAT_ALPHA = 170


def latest_patrols(patrols: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """The latest patrol per (river, segment); a patrol without a segment is under ''."""
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for patrol in patrols:
        key = (str(patrol.get("river") or ""), str(patrol.get("segment") or ""))
        kept = latest.get(key)
        if kept is None or str(patrol.get("started_at")) > str(kept.get("started_at")):
            latest[key] = patrol
    return latest


def patrol_color(started_at: object, now: datetime) -> str:
    """The SLA color name of a segment whose latest patrol started then (None: never)."""
    moment = center_time.parse(started_at)
    if moment is None:
        return "red"
    age = now - moment
    if age <= FRESH_PATROL:
        return "green"
    return "yellow" if age <= LATE_PATROL else "red"


def segment_colors(
    rivers: VectorLayer, patrols: list[dict[str, Any]], now: datetime
) -> tuple[dict[int, QColor], dict[int, dict[str, Any] | None]]:
    """Each river feature's line color by its latest patrol, and that patrol (or None)."""
    latest = latest_patrols(patrols)
    colors: dict[int, QColor] = {}
    found: dict[int, dict[str, Any] | None] = {}
    for i, props in enumerate(rivers.properties):
        river = str(props.get("river_code") or props.get("code") or "")
        segment = str(props.get("segment_code") or "")
        candidates = [p for p in (latest.get((river, segment)), latest.get((river, ""))) if p]
        patrol = max(candidates, key=lambda p: str(p.get("started_at")), default=None)
        found[i] = patrol
        name = patrol_color(patrol.get("started_at") if patrol else None, now)
        colors[i] = QColor(sla_palette.FILL[name])
    return colors, found


def heat_fills(layer: VectorLayer, counts: dict[str, int]) -> dict[int, QColor]:
    """Fill colors of the layer's areas by their case counts (a ramp over the largest)."""
    largest = max(counts.values(), default=0)
    fills: dict[int, QColor] = {}
    if largest <= 0:
        return fills
    for code, count in counts.items():
        i = layer.codes.get(code)
        if i is None or count <= 0:
            continue
        step = min(len(HEAT_RAMP) - 1, int(count / largest * (len(HEAT_RAMP) - 1) + 0.5))
        color = QColor(HEAT_RAMP[step])
        color.setAlpha(HEAT_ALPHA)
        fills[i] = color
    return fills


def heat_counts(body: dict[str, Any]) -> dict[str, int]:
    """The count per area code of a heat answer (`areas`: [{code, count}, …])."""
    counts: dict[str, int] = {}
    for area in body.get("areas") or []:
        code = area.get("code")
        if code:
            counts[str(code)] = int(area.get("count") or 0)
    return counts

"""The map's parts that need no server: projection, clustering, case positions, layers, the
rules that color rivers and areas, and the row runs the rubber band selects."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage

from console.api.map import LayerInfo
from console.map import paint_rules
from console.map.canvas import MapCanvas
from console.map.case_points import CasePoints
from console.map.clusters import Clusters, Points, cell_metres, cluster
from console.map.layers import LayerError, parse_layer
from console.map.links import row_runs
from console.map.projection import HALF_WORLD, point_lonlat, point_xy, tiles_covering
from console.map.pyramid import ClusterPyramid
from console.map.tiles import TileCache
from console.models import center_time
from console.models.case_table import CaseTableModel
from console.tasks import TaskRunner
from widgets import sla_palette

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=center_time.CENTER)


def test_web_mercator_of_known_points() -> None:
    assert point_xy(0, 0) == pytest.approx((0.0, 0.0), abs=1e-6)
    assert point_xy(180, 0)[0] == pytest.approx(20_037_508.34, abs=0.01)
    assert point_xy(0, 85.05112878)[1] == pytest.approx(20_037_508.34, abs=1)
    lon, lat = point_lonlat(*point_xy(120.8644, 32.0108))
    assert (lon, lat) == pytest.approx((120.8644, 32.0108))
    assert HALF_WORLD == pytest.approx(20_037_508.34, abs=0.01)
    # Zoom 1 has four tiles; the whole world needs them all, centre ones first.
    assert sorted(tiles_covering(1, -HALF_WORLD, -HALF_WORLD, HALF_WORLD, HALF_WORLD)) == [
        (0, 0), (0, 1), (1, 0), (1, 1),
    ]  # fmt: skip


def points(rows: list[tuple[int, float, float, int, bool]]) -> Points:
    ids, x, y, color, urgent = zip(*rows, strict=True)
    return Points(np.array(ids, np.int64), np.array(x), np.array(y),
                  np.array(color, np.int8), np.array(urgent))  # fmt: skip


def test_clusters_count_their_cases_and_keep_the_worst_colour_and_urgency() -> None:
    cell = cell_metres(14)  # 44 px at zoom 14: about 420 m
    assert cell == pytest.approx(44 / (256 * 2**14 / (2 * HALF_WORLD)))
    base = 1000 * cell  # the corner of a cell
    grid = points(
        [
            (1, base + 0.1 * cell, base + 0.1 * cell, 0, False),  # cell A
            (2, base + 0.3 * cell, base + 0.2 * cell, 2, False),  # cell A, red
            (3, base + 0.6 * cell, base + 0.9 * cell, 1, True),  # cell A, 特急
            (4, base + 1.5 * cell, base + 0.5 * cell, 1, False),  # cell B, alone
            (5, base + 0.5 * cell, base - 0.5 * cell, -1, False),  # cell C, no colour
        ]
    )
    found = cluster(grid, 14)
    by_count = sorted(zip(found.count.tolist(), found.color.tolist(), found.urgent.tolist(),
                          found.case_id.tolist(), strict=True))  # fmt: skip
    assert [(c, col, u) for c, col, u, _i in by_count] == [
        (1, -1, False), (1, 1, False), (3, 2, True),
    ]  # fmt: skip
    assert {i for c, _col, _u, i in by_count if c == 1} == {4, 5}  # a cluster of one: its case
    big = int(np.argmax(found.count))
    assert found.x[big] == pytest.approx(base + cell / 3 * (0.1 + 0.3 + 0.6))
    # A level closer, cells are half as wide: case 3 leaves cases 1 and 2; two levels
    # closer, cases 1 and 2 part too.
    assert sorted(cluster(grid, 15).count.tolist()) == [1, 1, 1, 2]
    assert sorted(cluster(grid, 16).count.tolist()) == [1, 1, 1, 1, 1]
    assert sorted(grid.inside(base, base, base + cell, base + cell).tolist()) == [1, 2, 3]


def case(case_id: int, **fields: Any) -> dict[str, Any]:
    return {"id": case_id, "state": "registered", "version": 1, "urgency": "normal", **fields}


def test_case_positions_follow_the_store(qapp: Any) -> None:
    model = CaseTableModel()
    model.replace_all([
        case(1, lon=120.86, lat=32.01),
        case(2),  # no position: not on the map
        case(3, lon=120.87, lat=32.02, state="closed"),  # closed: not on the map
        case(4, lon=120.88, lat=32.03, urgency="emergency"),
    ])  # fmt: skip
    store = model._store  # noqa: SLF001
    found = CasePoints()
    assert found.sync(store, limit=2) == 2  # two left for the next turn
    assert found.sync(store) == 0
    shown = found.points(store, model.now())
    assert shown.ids.tolist() == [1, 4]
    assert shown.urgent.tolist() == [False, True]
    assert (shown.x[0], shown.y[0]) == pytest.approx(point_xy(120.86, 32.01))
    # A newer version moves the case; an unchanged store reads nothing again.
    model.upsert(case(1, version=2, lon=120.9, lat=32.05))
    assert found.sync(store) == 0
    moved = found.points(store, model.now())
    assert (moved.x[0], moved.y[0]) == pytest.approx(point_xy(120.9, 32.05))


def test_a_layer_is_parsed_feature_by_feature(qapp: Any) -> None:
    square = [[120.80, 32.00], [120.82, 32.00], [120.82, 32.02], [120.80, 32.02], [120.80, 32.00]]
    collection = {
        "type": "FeatureCollection",
        "schematic": True,
        "features": [
            {"type": "Feature", "properties": {"code": "s1", "name": "一"},
             "geometry": {"type": "Polygon", "coordinates": [square]}},
            {"type": "Feature", "properties": {"code": "bad"},
             "geometry": {"type": "Polygon", "coordinates": [[[120.8, 32.0]]]}},
            {"type": "Feature", "properties": {"code": "s2", "name": "二"},
             "geometry": {"type": "Polygon", "coordinates": [
                 [[120.81, 32.005], [120.815, 32.005], [120.815, 32.01], [120.81, 32.005]]]}},
        ],
    }  # fmt: skip
    layer = parse_layer(LayerInfo("streets", "街道", "polygon", 3, False), collection)
    assert len(layer) == 2 and layer.schematic  # the unreadable one is left out
    assert layer.codes == {"s1": 0, "s2": 1}
    assert layer.feature_at(*point_xy(120.805, 32.015)) == 0
    assert layer.feature_at(*point_xy(120.8140, 32.0060)) == 1  # the smaller one holding it
    assert layer.feature_at(*point_xy(120.90, 32.015)) == -1
    assert layer.paths[0].contains(QPointF(*point_xy(120.81, 32.01)))
    with pytest.raises(LayerError):
        parse_layer(LayerInfo("streets", "街道", "polygon", 0, False), {"type": "Feature"})


def test_river_segments_are_coloured_by_their_latest_patrol(qapp: Any) -> None:
    line = {"type": "LineString", "coordinates": [[120.80, 32.0], [120.81, 32.01]]}
    rivers = parse_layer(
        LayerInfo("rivers", "河道", "line", 4, True),
        {"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": line,
             "properties": {"code": "haohe", "segment_code": "haohe-1"}},
            {"type": "Feature", "geometry": line,
             "properties": {"code": "haohe", "segment_code": "haohe-2"}},
            {"type": "Feature", "geometry": line,
             "properties": {"code": "tongqi", "segment_code": "tongqi-1"}},
            {"type": "Feature", "geometry": line,
             "properties": {"code": "yunyan", "segment_code": None}},
        ]},
    )  # fmt: skip

    def ago(days: int) -> str:
        return (NOW - timedelta(days=days)).isoformat()

    patrols: list[dict[str, Any]] = [
        {"river": "haohe", "segment": "haohe-1", "started_at": ago(20)},
        {"river": "haohe", "segment": "haohe-1", "started_at": ago(3)},  # the latest counts
        {"river": "haohe", "segment": "haohe-2", "started_at": ago(10)},
        {"river": "yunyan", "segment": None, "started_at": ago(1)},  # the whole river
    ]
    colors, found = paint_rules.segment_colors(rivers, patrols, NOW)
    names = {i: next(k for k, v in sla_palette.FILL.items()
                     if v == colors[i].name()) for i in colors}  # fmt: skip
    assert names == {0: "green", 1: "yellow", 2: "red", 3: "green"}
    assert found[2] is None and found[0] is not None and found[0]["started_at"] == ago(3)


def test_areas_are_filled_by_their_share_of_the_largest(qapp: Any) -> None:
    ring = [[120.8, 32.0], [120.81, 32.0], [120.81, 32.01], [120.8, 32.0]]
    layer = parse_layer(
        LayerInfo("streets", "街道", "polygon", 3, True),
        {"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"code": code},
             "geometry": {"type": "Polygon", "coordinates": [ring]}}
            for code in ("a", "b", "c")
        ]},
    )  # fmt: skip
    counts = paint_rules.heat_counts(
        {
            "areas": [
                {"code": "a", "count": 40},
                {"code": "b", "count": 10},
                {"code": "c", "count": 0},
            ]
        }
    )
    fills = paint_rules.heat_fills(layer, counts)
    assert set(fills) == {0, 1}  # no cases: no fill
    assert fills[0].name() == paint_rules.HEAT_RAMP[-1]  # the largest: the brightest
    assert fills[1].name() == paint_rules.HEAT_RAMP[1]  # a quarter of it: step 1 of 4
    assert paint_rules.heat_fills(layer, {}) == {}


def test_rows_are_selected_in_runs() -> None:
    assert row_runs([]) == []
    assert row_runs([1, 2, 3, 7, 9, 10]) == [(1, 3), (7, 7), (9, 10)]


def test_keys_pan_and_zoom_the_map(qtbot: Any) -> None:
    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 600)
    canvas.center_on(*point_xy(120.8644, 32.0108), zoom=14)
    x, y, zoom = canvas.view.cx, canvas.view.cy, canvas.view.zoom
    metres = 800 * 0.25 / canvas.view.scale  # an arrow moves a quarter of the width
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.view.cx == pytest.approx(x + metres) and canvas.view.cy == pytest.approx(y)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert canvas.view.cx == pytest.approx(x) and canvas.view.cy > y
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.view.zoom == pytest.approx(zoom + 1)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.view.zoom == pytest.approx(zoom - 1)
    canvas.shut_down()


def test_basemap_tiles_are_fetched_off_the_gui_thread_and_kept(qtbot: Any, tmp_path: Path) -> None:
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(QColor("#336699"))
    image.save(str(tmp_path / "tile.png"))
    png = (tmp_path / "tile.png").read_bytes()
    asked: list[tuple[int, int, int, bool]] = []

    def fetch(z: int, x: int, y: int) -> bytes | None:
        asked.append((z, x, y, threading.current_thread() is threading.main_thread()))
        return png if x == 0 else None  # the package has the first column only

    runner = TaskRunner()
    tiles = TileCache(runner, fetch)
    tiles.want([(3, 0, 1), (3, 1, 1)])
    qtbot.waitUntil(lambda: tiles.get((3, 0, 1)) is not None and tiles.get((3, 1, 1)) is not None)
    got = tiles.get((3, 0, 1))
    assert got is not None and QColor(got.pixel(10, 10)).name() == "#336699"
    missing = tiles.get((3, 1, 1))
    assert missing is not None and missing.isNull()  # remembered as none: not asked again
    tiles.want([(3, 0, 1), (3, 1, 1)])
    assert len(asked) == 2 and not any(on_gui for *_key, on_gui in asked)
    runner.close()
    runner.wait()


def same_clusters(a: Clusters, b: Clusters) -> bool:
    """Equal clusters, whatever their order (positions to a micrometre)."""
    if len(a) != len(b):
        return False
    order_a, order_b = np.lexsort((a.y, a.x)), np.lexsort((b.y, b.x))
    return (
        np.allclose(a.x[order_a], b.x[order_b], rtol=0, atol=1e-6)
        and np.allclose(a.y[order_a], b.y[order_b], rtol=0, atol=1e-6)
        and all(
            np.array_equal(getattr(a, name)[order_a], getattr(b, name)[order_b])
            for name in ("count", "color", "urgent")
        )
        and set(a.case_id[a.count == 1].tolist()) == set(b.case_id[b.count == 1].tolist())
    )


def test_every_level_from_one_order_matches_clustering_level_by_level() -> None:
    rng = np.random.default_rng(5)
    n = 3000
    x, y = point_xy(120.8644, 32.0108)
    # Dense in the middle, a few far out, some exactly on cell edges of zoom 14.
    xs = x + rng.normal(0, 2500, n)
    ys = y + rng.normal(0, 2000, n)
    xs[:50] = np.floor(xs[:50] / cell_metres(14)) * cell_metres(14)
    slots = np.sort(rng.choice(5000, n, replace=False)).astype(np.int64)
    first = Points(np.arange(1, n + 1, dtype=np.int64), xs, ys,
                   rng.integers(-1, 3, n).astype(np.int8), rng.random(n) < 0.05, slots)  # fmt: skip
    pyramid = ClusterPyramid()
    pyramid.set_points(first)
    for level in (-1, 0, 8, 11, 13, 14, 15, 17, 20, 21):
        assert same_clusters(pyramid.at(level), cluster(first, level)), level
    # The cases change: some move, some leave, some arrive, all are recolored. The next order
    # starts from the last one and gives the same clusters as clustering afresh.
    keep = rng.random(n) > 0.1
    moved = xs.copy()
    moved[:200] += rng.normal(0, 300, 200)
    extra = 150
    second = Points(
        np.r_[first.ids[keep], np.arange(n + 1, n + 1 + extra)],
        np.r_[moved[keep], x + rng.normal(0, 900, extra)],
        np.r_[ys[keep], y + rng.normal(0, 900, extra)],
        rng.integers(-1, 3, int(keep.sum()) + extra).astype(np.int8),
        np.r_[first.urgent[keep], np.ones(extra, np.bool_)],
        np.r_[slots[keep], 5000 + np.arange(extra)],
    )
    pyramid.set_points(second)
    assert sorted(pyramid.points.ids.tolist()) == sorted(second.ids.tolist())
    for level in (8, 12, 14, 16, 19):
        assert same_clusters(pyramid.at(level), cluster(second, level)), level
    pyramid.set_points(Points.empty())
    assert len(pyramid.at(14)) == 0


def test_the_levels_next_to_the_one_drawn_are_summed_between_frames(qtbot: Any) -> None:
    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 600)
    canvas.show()
    x, y = point_xy(120.8644, 32.0108)
    canvas.center_on(x, y, zoom=14)
    canvas.set_points(points([(1, x, y, 0, False), (2, x + 300, y, 2, True)]))
    assert canvas.clusters.fresh(14)  # the level on screen: summed with the new cases
    assert not canvas.clusters.fresh(13) and not canvas.clusters.fresh(15)
    canvas.repaint()
    qtbot.waitUntil(lambda: canvas.clusters.fresh(13) and canvas.clusters.fresh(15))
    # A zoom step finds its level ready; the clusters are those of the cases.
    canvas.zoom_by(1)
    assert canvas.view.level == 15 and canvas.clusters.fresh(15)
    assert sorted(canvas.clusters.at(15).count.tolist()) == [1, 1]
    assert canvas.clusters.at(8).count.tolist() == [2]
    canvas.shut_down()

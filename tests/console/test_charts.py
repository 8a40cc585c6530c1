"""The charts pane against a real cc-server: tiles, export, the admin's import, live intake."""

from __future__ import annotations

import csv
import time
from pathlib import Path
from typing import Any

import requests
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QToolTip

from console.charts import fmt
from console.charts.data import KPI_DEBOUNCE_MS
from console.charts.pane import ChartsPane
from console.models.case_filter import live_color
from tests.console.conftest import WAIT_MS, Api


def get(server: Any, path: str, user: str = "duty_officer", **params: Any) -> dict[str, Any]:
    response = requests.get(
        f"{server.url}{path}", params=params, headers=server.headers(user), timeout=30
    )
    assert response.status_code == 200, response.text
    return response.json()


def charts_of(window: Any) -> ChartsPane:
    pane = window.panes["charts"]
    assert isinstance(pane, ChartsPane)
    return pane


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as data:
        return list(csv.reader(data))


def test_tiles_show_the_servers_scorecard(server: Any, open_window: Any, qtbot: Any) -> None:
    window = open_window(server)
    pane = charts_of(window)
    card = get(server, "/api/v1/indicators/scorecard")
    names = {i["code"]: i["name"] for i in get(server, "/api/v1/indicators")["indicators"]}
    assert len(card["tiles"]) == 9
    qtbot.waitUntil(
        lambda: len(pane.tiles.rows) == 9 and pane.tiles.tiles[0].name.text() != "",
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: pane.tiles.tiles[0].name.text() in names.values(), timeout=WAIT_MS)
    assert (
        card["area_name"] in pane.tiles.title.text() and card["period"] in pane.tiles.title.text()
    )
    for tile, row in zip(pane.tiles.tiles, card["tiles"], strict=True):
        assert tile.code == row["indicator"]
        assert tile.name.text() == names[row["indicator"]]
        assert tile.value.text().startswith(fmt.number(row["value"]))
        assert row["unit"] in tile.value.text()
        assert tile.growth.text() == fmt.signed_percent(row["growth"])
        assert f"第{row['rank_value']}名" in tile.rank.text()
        assert tile.property("color") == row["color"]
        assert tile.growth.property("color") == row["color"]
    # A click on a tile shows that indicator's trend and ranking.
    chosen = pane.tiles.tiles[3]
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
    ranking = get(server, f"/api/v1/indicators/{chosen.code}/ranking")
    qtbot.waitUntil(
        lambda: (
            [r["area"] for r in pane.ranking.rows] == [r["area"] for r in ranking["rows"]]
            and pane.ranking.unit == ranking["indicator"]["unit"]
        ),
        timeout=WAIT_MS,
    )
    assert chosen.property("selected") is True
    assert pane.trend.indicator_combo.currentData() == chosen.code
    # Hover: exact value with its unit, the tier in words.
    first = ranking["rows"][0]
    tip = pane.ranking.hover_text(first["value"] / 2, 0.0)
    assert tip is not None
    assert f"{fmt.number(first['value'])} {ranking['indicator']['unit']}" in tip
    assert fmt.tier_label(first["tier"]) in tip
    assert pane.ranking.hover_text(1.0, 42.0) is None


def test_trend_switches_between_value_and_growth(server: Any, open_window: Any, qtbot: Any) -> None:
    window = open_window(server)
    trend = charts_of(window).trend
    code = "budget_revenue"
    body = get(server, f"/api/v1/indicators/{code}/series")
    qtbot.waitUntil(lambda: len(trend.series) == len(body["series"]) > 1, timeout=WAIT_MS)
    home = next(s for s in body["series"] if s["home"])
    curve = trend.curves[home["area"]]
    trend.set_mode("value")
    assert list(curve.getData()[1]) == [p["value"] for p in home["points"]]
    assert trend.mode_buttons["value"].isChecked()
    trend.set_mode("growth")
    assert list(curve.getData()[1]) == [
        p["growth"] for p in home["points"] if p["growth"] is not None
    ]
    last = len(trend.periods) - 1
    tip = trend.hover_text(float(last), 0.0)
    assert tip is not None and home["area_name"] in tip and trend.periods[last] in tip
    assert home["points"][-1]["unit"] in tip


def test_export_writes_the_picture_and_the_shown_data(
    server: Any, open_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = open_window(server)
    pane = charts_of(window)
    ranking = pane.ranking
    qtbot.waitUntil(lambda: len(ranking.rows) == 10, timeout=WAIT_MS)
    expected = get(server, f"/api/v1/indicators/{pane.data.indicator}/ranking")
    with qtbot.waitSignal(ranking.exported, timeout=WAIT_MS):
        ranking.export_csv(tmp_path / "ranking.csv")
    rows = read_csv(tmp_path / "ranking.csv")
    assert rows[0][:3] == ["总量排名", "地区", "总量"]
    assert [(int(r[0]), r[1], float(r[2]), float(r[4])) for r in rows[1:]] == [
        (r["rank_value"], r["area_name"], r["value"], r["growth"]) for r in expected["rows"]
    ]
    with qtbot.waitSignal(ranking.exported, timeout=WAIT_MS):
        shown = (ranking.width(), ranking.height())  # as grabbed (the window may still settle)
        ranking.export_png(tmp_path / "ranking.png")
    image = QImage(str(tmp_path / "ranking.png"))
    assert not image.isNull()
    assert (image.width(), image.height()) == shown
    # Every chart exports; the river's CSV has one line per week shown.
    river = pane.river
    stats = get(server, "/api/v1/river-stats", weeks=8)
    qtbot.waitUntil(lambda: len(river.cells) == 8, timeout=WAIT_MS)
    with qtbot.waitSignal(river.exported, timeout=WAIT_MS):
        river.export_csv(tmp_path / "river.csv")
    lines = read_csv(tmp_path / "river.csv")[1:]
    weeks = zip(stats["weeks"], stats["all"]["per_week"], strict=True)
    assert [(r[0], int(r[2])) for r in lines] == [(w["week"], c["patrols"]) for w, c in weeks]
    for chart in pane.charts():
        assert chart.export_button.menu() is not None


def test_import_is_not_offered_to_a_duty_officer(server: Any, open_window: Any) -> None:
    window = open_window(server)
    pane = charts_of(window)
    assert pane.import_button is None
    assert window.registry.get("import_indicators") is None
    texts = [a.text() for a in window.menuBar().findChildren(type(window.registry["quit"]))]
    assert "导入经济指标数据…" not in texts


def test_admin_import_shows_the_errors_of_each_line(
    server: Any, open_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = open_window(server, "admin")
    pane = charts_of(window)
    assert pane.import_button is not None and pane.import_button.isVisibleTo(window)
    assert window.registry.get("import_indicators") is not None
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "期间,地区,指标,本期累计,同比增长(%),目标增速(%)\n"
        "2026-10,崇川区,一般公共预算收入,61.30,4.2,5.0\n"
        "2026-10,不存在区,一般公共预算收入,61.30,4.2,5.0\n"
        "2026-10,崇川区,税收收入,abc,4.2,5.0\n",
        encoding="utf-8",
    )
    answer = requests.post(
        f"{server.url}/api/v1/indicators/import",
        data=bad.read_bytes(),
        headers={**server.headers("admin"), "Content-Type": "text/csv"},
        timeout=30,
    )
    assert answer.status_code == 422
    expected = [(str(e["line"]), e["message"]) for e in answer.json()["errors"]]
    assert {line for line, _m in expected} >= {"3", "4"}
    dialog = pane.open_import()
    dialog.import_file(bad)
    qtbot.waitUntil(lambda: bool(dialog.error_rows()), timeout=WAIT_MS)
    assert [(line, message) for line, _c, message in dialog.error_rows()] == expected
    columns = {line: column for line, column, _m in dialog.error_rows()}
    assert (columns["3"], columns["4"]) == ("地区", "本期累计")  # the sheet's own words
    assert dialog.errors.isVisible()
    assert "未导入" in dialog.result.text()
    # A good file: imported, and the tiles show the new value.
    card = get(server, "/api/v1/indicators/scorecard")
    good = tmp_path / "good.csv"
    good.write_text(
        "period,area,indicator,value,growth,target\n"
        f"{card['period']},chongchuan,budget_revenue,77.77,9.9,5\n",
        encoding="utf-8",
    )
    dialog.import_file(good)
    qtbot.waitUntil(lambda: "已导入 1 行" in dialog.result.text(), timeout=WAIT_MS)
    assert not dialog.errors.isVisible()
    qtbot.waitUntil(lambda: pane.tiles.tiles[0].value.text().startswith("77.77"), timeout=WAIT_MS)
    assert pane.tiles.tiles[0].growth.text() == "+9.9%"


def test_the_intake_chart_counts_a_case_created_elsewhere(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window = open_window(server)
    intake = charts_of(window).intake
    qtbot.waitUntil(lambda: bool(intake.starts), timeout=WAIT_MS)
    body = get(server, "/api/v1/kpis/intake")
    served = sum(sum(b["counts"].values()) for b in body["buckets"])
    qtbot.waitUntil(lambda: intake.total() == served, timeout=WAIT_MS)
    before = list(intake.counts.get("grid", []))
    created = Api(server).create(channel="grid", title="测试：图表实时受理量")
    qtbot.waitUntil(lambda: intake.total() == served + 1, timeout=WAIT_MS)
    after = intake.counts["grid"]
    changed = [i for i, n in enumerate(after) if n != (before[i] if i < len(before) else 0)]
    assert (
        len(changed) == 1
        and after[changed[0]] == (before[changed[0]] if changed[0] < len(before) else 0) + 1
    )
    start = intake.starts[changed[0]]
    assert start.isoformat()[:13] == created["created_at"][:13]  # the case's own hour
    tip = intake.hover_text(start.hour + 0.5, 0)
    assert tip is not None and "网格上报" in tip


def click_red_bar(qtbot: Any, window: Any, key: str) -> None:
    """Click the middle of a row's red overdue bar, as the officer would."""
    pane = charts_of(window)
    window.docks["charts"].show()
    window.docks["charts"].raise_()
    pane.tabs.setCurrentWidget(pane.kpi_page.parentWidget())
    qtbot.waitUntil(lambda: pane.kpis.overdue.isVisible(), timeout=WAIT_MS)
    point = pane.kpis.bar_position(key)
    assert point is not None, key
    view = pane.kpis.overdue
    scene = view.box.mapViewToScene(QPointF(*point))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(scene))


def test_a_click_on_a_red_kpi_bar_filters_the_queue(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window = open_window(server)
    kpis, model, queue = charts_of(window).kpis, window.ctx.model, window.queue
    served = get(server, "/api/v1/kpis", by="department")
    departments = [r for r in served["rows"] if r["key"] != "undispatched"]
    worst = max(departments, key=lambda r: r["overdue_open"])
    assert worst["overdue_open"] > 0, "the demo data has overdue cases"
    qtbot.waitUntil(lambda: kpis.bar_position(worst["key"]) is not None, timeout=WAIT_MS)
    tip = kpis.overdue_text(0.5, kpis.bar_position(worst["key"])[1])
    assert tip is not None and worst["name"] in tip and str(worst["overdue_open"]) in tip
    with qtbot.waitSignal(kpis.filter_requested, timeout=WAIT_MS) as asked:
        click_red_bar(qtbot, window, worst["key"])
    assert asked.args == [{"department": worst["key"], "color": "red"}]
    assert queue.department_combo.currentData() == worst["key"]
    assert queue.color_combo.currentData() == "red"
    assert window.registry["filter_red"].isChecked()
    qtbot.waitUntil(lambda: model.rowCount() == worst["overdue_open"], timeout=WAIT_MS)
    shown = [model.case_at(r) for r in range(model.rowCount())]
    assert {c.department for c in shown} == {worst["key"]}
    assert {live_color(c, model._now) for c in shown} == {"red"}  # noqa: SLF001
    # By street: the click filters the queue to that street's red cases.
    queue.clear_filters()
    kpis.by_combo.setCurrentIndex(kpis.by_combo.findData("street"))
    streets = get(server, "/api/v1/kpis", by="street")
    street = max(
        (r for r in streets["rows"] if r["key"] != "no_street"), key=lambda r: r["overdue_open"]
    )
    qtbot.waitUntil(
        lambda: kpis.by == "street" and kpis.bar_position(street["key"]) is not None,
        timeout=WAIT_MS,
    )
    click_red_bar(qtbot, window, street["key"])
    assert queue.street_combo.currentData() == street["key"]
    assert queue.department_combo.currentData() is None
    qtbot.waitUntil(lambda: model.rowCount() == street["overdue_open"], timeout=WAIT_MS)
    assert {model.case_at(r).street for r in range(model.rowCount())} == {street["key"]}


def hover_until_tip(qtbot: Any, view: Any, x: float, y: float, text: str) -> None:
    """Point at data point (x, y) of a chart view until the tooltip shows `text`.

    Each try aims from the view's geometry as it is then: a dock just raised may still be
    laid out when its data arrives, and offscreen a QTest move only sets the cursor, whose
    move event comes when events are processed; a point aimed before the layout settled
    would land beside the bar, and no further move would come. The tip itself shows as soon
    as the pointer is on the bar."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QCursor

    tries = 0

    def tip_shown() -> bool:
        nonlocal tries
        if text in QToolTip.text():
            return True
        target = view.mapFromScene(view.box.mapViewToScene(QPointF(x, y)))
        if view.viewport().mapFromGlobal(QCursor.pos()) == target:
            target += QPoint(tries % 2, 0)  # onto the same spot again: Qt sends no event
        qtbot.mouseMove(view.viewport(), target)
        tries += 1
        return False

    qtbot.waitUntil(tip_shown, timeout=WAIT_MS)


def test_hovering_a_bar_shows_its_exact_value_and_unit(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window = open_window(server)
    pane = charts_of(window)
    window.docks["charts"].show()
    window.docks["charts"].raise_()
    ranking = pane.ranking
    qtbot.waitUntil(lambda: len(ranking.rows) == 10 and ranking.isVisible(), timeout=WAIT_MS)
    row = ranking.rows[2]
    expected = f"{fmt.number(row['value'])} {ranking.unit}"
    hover_until_tip(qtbot, ranking.view, float(row["value"]) / 2, 2.0, expected)  # third bar
    assert row["area_name"] in QToolTip.text()


def test_a_trainer_sees_indicators_and_rivers_but_no_case_kpis(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    forbidden = requests.get(
        f"{server.url}/api/v1/kpis", headers=server.headers("trainer"), timeout=30
    )
    assert forbidden.status_code == 403  # the server's rule the pane follows
    window = open_window(server, "trainer")
    pane = charts_of(window)
    titles = [pane.tabs.tabText(i) for i in range(pane.tabs.count())]
    assert titles == ["经济指标", "经济运行", "河长巡河"]
    assert pane.kpis not in pane.charts() and pane.intake not in pane.charts()
    qtbot.waitUntil(lambda: len(pane.tiles.rows) == 9 and bool(pane.river.cells), timeout=WAIT_MS)
    # Every chart it shows loads without a notice (the trend and ranking may come later than
    # the tiles: the charts start once the queue has loaded).
    qtbot.waitUntil(
        lambda: all(not chart.notice.isVisibleTo(pane) for chart in pane.charts()), timeout=WAIT_MS
    )


def test_case_events_refetch_the_kpis_debounced(server: Any, open_window: Any, qtbot: Any) -> None:
    window = open_window(server)
    pane = charts_of(window)
    qtbot.waitUntil(lambda: bool(pane.kpis.totals) and bool(pane.intake.starts), timeout=WAIT_MS)
    fetched: list[dict[str, Any]] = []
    pane.data.kpis_loaded.connect(fetched.append)
    before = pane.intake.total()
    api = Api(server)
    cases = [api.create(channel="grid", title=f"测试：督考去抖 {n}") for n in range(6)]
    qtbot.waitUntil(lambda: pane.intake.total() == before + len(cases), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(fetched), timeout=WAIT_MS)
    qtbot.wait(KPI_DEBOUNCE_MS + 500)
    assert 1 <= len(fetched) < len(cases), "six case events, fewer refetches"
    served = get(server, "/api/v1/kpis", by="department")
    assert fetched[-1]["totals"]["intake"] == served["totals"]["intake"]
    assert pane.kpis.totals == fetched[-1]["totals"]


def test_a_drill_down_before_the_reference_data_leaves_no_stand_in_behind(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window = open_window(server)
    queue, reference = window.queue, window.ctx.reference
    qtbot.waitUntil(lambda: queue.department_combo.count() > 1, timeout=WAIT_MS)
    data = reference.data
    department = next(d for d in data["departments"] if d.get("handles_cases", True))
    combo = queue.department_combo
    while combo.count() > 1:  # as it is before the reference data has come
        combo.removeItem(combo.count() - 1)
    queue.show_only(department=department["code"], color="red", name="图表里的名字")
    assert combo.currentData() == department["code"]  # a stand-in meanwhile
    reference.loaded.emit(data)  # the reference data arrives late
    codes = [combo.itemData(i) for i in range(combo.count())]
    assert codes.count(department["code"]) == 1
    assert combo.currentData() == department["code"]
    assert combo.currentText() == department["name"]  # the real entry, not the stand-in


def test_answers_that_arrive_together_are_handed_on_one_per_turn(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window = open_window(server)
    pane = charts_of(window)
    runner = window.ctx.runner
    qtbot.waitUntil(lambda: bool(pane.kpis.totals) and not runner.busy(), timeout=WAIT_MS)
    handed: list[str] = []
    names = ("indicators_loaded", "scorecard_loaded", "series_loaded", "ranking_loaded",
             "kpis_loaded", "intake_loaded", "overdue_loaded", "river_loaded")  # fmt: skip
    for name in names:
        getattr(pane.data, name).connect(lambda *_args, name=name: handed.append(name))
    # Every answer is in before the GUI thread looks (it is busy elsewhere): a burst.
    pane.data.load_all()
    assert runner.wait(WAIT_MS)
    seen = []
    deadline = time.monotonic() + WAIT_MS / 1000
    while set(handed) != set(names) and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        seen.append(len(handed))
    assert set(handed) == set(names)
    steps = [after - before for before, after in zip([0, *seen], seen, strict=False)]
    assert max(steps) == 1  # one chart redrawn per turn: the keys and paints go between

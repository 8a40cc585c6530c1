"""The economy review page (issue #22) against a real cc-server: the 首季 view and the tier
lists show the server's figures, and the brief is saved as a PDF that renders."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import requests

from console.charts.pane import ChartsPane
from tests.console.conftest import WAIT_MS


def get(server: Any, path: str, **params: Any) -> dict[str, Any]:
    response = requests.get(
        f"{server.url}{path}", params=params, headers=server.headers("duty_officer"), timeout=30
    )
    assert response.status_code == 200, response.text
    return response.json()


def charts_of(window: Any) -> ChartsPane:
    pane = window.panes["charts"]
    assert isinstance(pane, ChartsPane)
    return pane


def test_the_first_quarter_view_and_the_tiers_show_the_servers_figures(
    server: Any, open_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = open_window(server)
    economy = charts_of(window).economy
    quarters = get(server, "/api/v1/indicators")["quarters"]
    first = next(q for q in reversed(quarters) if q.endswith("-Q1"))
    qtbot.waitUntil(lambda: economy.period_combo.findData(first) >= 0, timeout=WAIT_MS)
    economy.period_combo.setCurrentIndex(economy.period_combo.findData(first))
    review = get(server, "/api/v1/indicators/review", period=first)
    qtbot.waitUntil(lambda: economy.body_data.get("period") == first, timeout=WAIT_MS)
    items = review["indicators"]
    assert economy.grid.rowCount() == len(items) == 9
    for row, item in enumerate(items):
        cells = [economy.grid.item(row, c).text() for c in range(economy.grid.columnCount())]
        assert cells[0] == item["name"]
        assert cells[2] == f"{item['growth']:+.1f}%"
        assert (cells[3], cells[4]) == (str(item["rank_value"]), str(item["rank_growth"]))
        assert cells[9] in ("是", "否", "yes", "no")
        assert (cells[9] in ("是", "yes")) == item["good_start"]["answer"]
    headline = economy.headline.text()
    assert str(review["good_start_count"]) in headline
    for item in items:
        if item["rank_value"] == 1:
            assert item["name"] in headline
    # The tier lists: each indicator under its tier, as the server put it.
    for tier in review["tiers"]:
        text = economy.tier_labels[tier["tier"]].text()
        for member in tier["indicators"]:
            assert member["name"] in text
    # The indicator with the worst growth rank is chosen, and its streets (板块) are shown
    # as the server ranks them within the district.
    worst = max(items, key=lambda i: i["rank_growth"])
    streets = get(server, f"/api/v1/indicators/{worst['indicator']}/streets", period=first)
    qtbot.waitUntil(
        lambda: (
            [r["street"] for r in economy.street_rows] == [r["street"] for r in streets["rows"]]
        ),
        timeout=WAIT_MS,
    )
    assert economy.streets_grid.rowCount() == len(streets["rows"]) == 15
    assert worst["name"] in economy.streets_title.text()
    # The brief, saved through the page, is a PDF that renders.
    target = tmp_path / "brief.pdf"
    with qtbot.waitSignal(economy.brief_saved, timeout=WAIT_MS * 2):
        economy.save_brief(first, target)
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(target),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    assert list(tmp_path.glob("page*.png"))

"""The trainer's scenario editor against a real cc-server: a bad scenario gets its errors on
their lines (tinted, and a click jumps there); a good one its dry run by drill minute; the
server's scenarios open as written; saving to the server makes a scenario trainers can pick,
and a refused save keeps the text and says where to fix it; files round-trip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from console.drills.scenario_editor import ScenarioEditor, open_scenario_editor
from console.tasks import TaskRunner
from tests.console.conftest import WAIT_MS, off_gui, signed_in
from tests.support.live_server import LiveServer

GOOD = """\
id: river_check
title: 小演练
start_at: "2026-06-12T10:00:00+08:00"
duration_min: 30
injects:
  - id: a
    at_min: 0
    kind: call
    category: noise
    title: 噪声
    caller: {text: 吵}
    expect: {department: ecology}
    department_script:
      - {after_min: 5, do: sign}
      - {after_min: 10, do: resolve, note: 已处理, photo: outfall_sealed.jpg}
  - id: b
    at_min: 3
    kind: duplicate
    channel: grid
    duplicate_of: a
    category: noise
    title: 又吵
    caller: {text: 还在吵}
"""
SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "scenarios"


@pytest.fixture
def editor(server: LiveServer, qtbot: Any) -> Iterator[ScenarioEditor]:
    client, _session = signed_in(server.url, "trainer")
    runner = TaskRunner()
    reference = SimpleNamespace(data=off_gui(client.reference))
    context = SimpleNamespace(client=client, runner=runner, reference=reference)
    shown = open_scenario_editor(None, context)
    shown.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.server_list.count() >= 3, timeout=WAIT_MS)
    yield shown
    runner.close()
    runner.wait()


def item(editor: ScenarioEditor, row: int) -> QTreeWidgetItem:
    found = editor.errors.topLevelItem(row)
    assert found is not None, f"no error row {row}"
    return found


def checked_text(editor: ScenarioEditor, qtbot: Any, text: str) -> None:
    """Put the text in as typed, and wait for the server's answer to this very text."""
    checks = editor.checks
    editor.text.setPlainText(text)
    qtbot.waitUntil(lambda: editor.checks > checks, timeout=WAIT_MS)


def test_a_bad_scenario_shows_each_error_on_its_line(editor: ScenarioEditor, qtbot: Any) -> None:
    bad = GOOD.replace("kind: call", "kind: telegram").replace("at_min: 3", "at_min: -1")
    checked_text(editor, qtbot, bad)
    rows = [
        (item(editor, i).text(0), item(editor, i).text(1))
        for i in range(editor.errors.topLevelItemCount())
    ]
    assert rows == [("8", "injects.0.kind"), ("17", "injects.1.at_min")]
    assert editor.text.error_lines == {8, 17}
    assert editor.tabs.currentWidget() is editor.errors
    assert editor.timeline.dry_run.rowCount() == 0

    second = item(editor, 1)
    rect = editor.errors.visualItemRect(second)
    qtbot.mouseClick(editor.errors.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.text.current_line() == 17, "a click on the error goes to its line"

    # A YAML slip: the line the parser stopped on.
    checked_text(editor, qtbot, GOOD.replace("    title: 又吵", "    title: [又吵"))
    assert editor.errors.topLevelItemCount() == 1
    assert item(editor, 0).text(0) in ("22", "23")

    # Fixed: the tint goes, the dry run comes.
    checked_text(editor, qtbot, GOOD)
    assert editor.text.error_lines == frozenset() and editor.errors.topLevelItemCount() == 0


def test_a_good_scenario_shows_its_dry_run_by_minute(editor: ScenarioEditor, qtbot: Any) -> None:
    checked_text(editor, qtbot, GOOD)
    assert editor.last is not None and editor.last.valid
    model = editor.timeline.dry_run
    rows = [
        (model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 3).data())
        for r in range(model.rowCount())
    ]
    assert rows == [
        ("+0", "06-12 10:00", "a"),
        ("+3", "06-12 10:03", "b → a"),
        ("+15", "06-12 10:15", "a"),  # dispatch due (the default 15-minute target)
        ("+20", "06-12 10:20", "a"),  # ecology signs 5 minutes after that dispatch
        ("+30", "06-12 10:30", "a"),  # and resolves 10 minutes later, with its photo
    ]
    assert [model.row(r)["kind"] for r in range(5)] == [
        "inject",
        "inject",
        "dispatch_due",
        "step",
        "step",
    ]
    assert "outfall_sealed.jpg" in model.index(4, 7).data()
    assert model.index(0, 5).data() == "区生态环境局", "the department by its name"
    assert editor.tabs.currentWidget() is editor.timeline
    assert editor.id_edit.text() == "river_check"


def test_a_server_scenario_opens_as_written(editor: ScenarioEditor, qtbot: Any) -> None:
    index = editor.server_list.findData("haohe_morning")
    assert index >= 0
    editor.server_list.setCurrentIndex(index)
    checks = editor.checks
    qtbot.mouseClick(editor.open_server_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.checks > checks, timeout=WAIT_MS)
    shipped = (SHIPPED / "haohe_morning.yaml").read_text(encoding="utf-8")
    assert editor.text.toPlainText() == shipped.rstrip("\n") or (
        editor.text.toPlainText() == shipped
    )
    assert editor.last is not None and editor.last.valid
    photos = [row["photo"] for row in editor.last.timeline if row.get("photo")]
    assert photos == ["haohe_river_cleared.jpg", "outfall_sealed.jpg"]
    assert not editor.text.document().isModified()


def test_saving_to_the_server_and_a_refused_save(
    editor: ScenarioEditor, server: LiveServer, qtbot: Any
) -> None:
    checked_text(editor, qtbot, GOOD.replace("river_check", "editor_saved"))
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS) as saved:
        editor.save_to_server("editor_saved")
    assert saved.args[0]["scenario"]["id"] == "editor_saved"
    listed = requests.get(
        f"{server.url}/api/v1/drills/scenarios", headers=server.headers("trainer"), timeout=30
    ).json()["scenarios"]
    assert "editor_saved" in [entry["id"] for entry in listed]
    qtbot.waitUntil(lambda: editor.server_list.findData("editor_saved") >= 0, timeout=WAIT_MS)

    # Under a district scenario's id: refused, the text as it was, the reason shown.
    typed = editor.text.toPlainText()
    editor.save_to_server("haohe_morning")
    qtbot.waitUntil(lambda: "haohe_morning" in editor.status.text(), timeout=WAIT_MS)
    assert editor.text.toPlainText() == typed
    # A bad text: refused with its line.
    checked_text(editor, qtbot, GOOD.replace("kind: call", "kind: telegram"))
    editor.errors.clear()
    editor.save_to_server("river_check")
    qtbot.waitUntil(lambda: editor.errors.topLevelItemCount() == 1, timeout=WAIT_MS)
    assert item(editor, 0).text(0) == "8"
    # In whichever language the session's tests installed.
    assert editor.tr("Not saved: %1").split("%1")[0] in editor.status.text()


def test_a_scenario_round_trips_through_a_file(
    editor: ScenarioEditor, qtbot: Any, tmp_path: Path
) -> None:
    checked_text(editor, qtbot, GOOD)
    path = tmp_path / "mine.yaml"
    editor.save_file(path)
    qtbot.waitUntil(lambda: path.is_file(), timeout=WAIT_MS)
    assert path.read_text(encoding="utf-8") == GOOD
    checked_text(editor, qtbot, "id: [")
    checks = editor.checks
    editor.text.document().setModified(False)
    editor.open_file(path)
    qtbot.waitUntil(lambda: editor.checks > checks, timeout=WAIT_MS)
    assert editor.text.toPlainText() == GOOD and editor.last is not None and editor.last.valid
    assert editor.path == path and editor.id_edit.text() == "mine"

"""The queue's filter bar at 1366×768, in English and in Chinese, against a real cc-server: the
switch of what the queue shows (案件 | 志愿服务, Alt+Q) stays compact, so that the channel,
street, department and color filters show their whole "All …" text; the switch keeps its
shortcut and its accessible name; after sign-in the keyboard is on the queue's rows.

The window is measured in a process of its own on an offscreen screen of that size (as
tests/console/screen_probe.py does), signed in to the test's server and loaded from it:

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json \\
        python -m tests.console.test_queue_switch_compact en URL SETTINGS_DIR
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
)

from console import i18n
from console.api import ApiClient
from console.app import make_application
from console.panes.queue_filters import VOLUNTEERS, QueueFilters
from console.shell.main_window import MainWindow
from console.tasks import TaskRunner
from tests.support.live_server import LiveServer

ROOT = Path(__file__).resolve().parents[2]
SWITCH_MAX = 160  # px: the label and the choice together (180 and more before)


def probe(server: LiveServer, tmp_path: Path, lang: str) -> dict[str, Any]:
    """The filter bar measured on an offscreen 1366×768 screen (this module's main)."""
    screen = {"name": "probe", "x": 0, "y": 0, "width": 1366, "height": 768}
    config = tmp_path / f"screen-{lang}.json"
    config.write_text(
        json.dumps(
            {"windowFrameMargins": False, "screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.console.test_queue_switch_compact", lang, server.url,
         str(tmp_path / f"settings-{lang}")],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_queue_switch_leaves_the_filters_their_text(
    server: LiveServer, tmp_path: Path, lang: str
) -> None:
    bar = probe(server, tmp_path, lang)
    assert bar["window"] <= 1366 and bar["compact"], bar
    assert bar["starts_on_rows"], bar  # after sign-in the keyboard is on the queue's rows
    assert bar["switch"] <= SWITCH_MAX, bar
    assert len(bar["combos"]) == 5
    for name, combo in bar["combos"].items():  # the whole "All channels", not "All chann…"
        assert combo["field"] >= combo["text"], (name, bar)
    assert bar["search"] >= 120, bar  # the search box is left room to type in
    # Alt+Q still takes the keyboard to the switch, which screen readers still name.
    assert bar["alt_q"], bar
    assert bar["name"] == ("Queue" if lang == "en" else "队列(Q)"), bar
    assert bar["kinds"] == (["Cases", "Volunteers"] if lang == "en" else ["案件", "志愿服务"])


# -- the probe (its own process) --------------------------------------------------------------


def _text_fits(combo: QComboBox, text: str) -> dict[str, int]:
    """The room the combo gives the text it shows, and the width of that text."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return {"field": field.width(), "text": combo.fontMetrics().horizontalAdvance(text)}


def _wait(condition: Any, ms: int = 60_000) -> None:
    timer = QElapsedTimer()
    timer.start()
    while not condition():
        if timer.elapsed() > ms:
            raise TimeoutError("the window did not load from the server")
        QTest.qWait(20)


def _accessible_name(combo: QComboBox) -> str:
    """What a screen reader names the combo by: its label (on Linux the combo's own name is
    its current entry, the label a relation; elsewhere the label's text is its name)."""
    face = QAccessible.queryAccessibleInterface(combo)
    if face is None:
        return ""
    labels = [other.text(QAccessible.Text.Name) for other, _ in face.relations(
        QAccessible.RelationFlag.Label)]  # fmt: skip
    return (combo.accessibleName() or next(iter(labels), "")).rstrip(":：")


def measure(window: MainWindow) -> dict[str, Any]:
    filters: QueueFilters = window.queue.filters
    kind = filters.kind_combo
    assert kind is not None
    switch = kind.geometry()
    for label in filters.findChildren(QLabel):  # its label, if it has one (Alt+Q's buddy)
        if label.buddy() is kind and label.isVisible():
            switch = switch.united(label.geometry())
    combos = {
        combo.objectName(): _text_fits(combo, combo.currentText()) for combo in filters.combos()
    }
    combos["stateFilter"] = _text_fits(filters.state_filter, filters.state_filter.summary())
    # Alt+Q from the rows: the keyboard on the switch.
    window.queue.view.setFocus()
    QTest.keyClick(window.queue.view, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    _wait(kind.hasFocus, 5000)
    return {
        "window": window.frameGeometry().width(),
        "compact": window._compact,
        "switch": switch.width(),
        "combos": combos,
        "search": filters.search.width(),
        "alt_q": kind.hasFocus(),
        "name": _accessible_name(kind),
        "kinds": [kind.itemText(i) for i in range(kind.count())],
        "volunteers": kind.findData(VOLUNTEERS) >= 0,
    }


def main(lang: str, url: str, settings: str) -> int:
    app = make_application()
    translators = i18n.setup(app, lang)  # noqa: F841 - kept alive
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    client = ApiClient(url)
    session = client.login("duty_officer", "demo")
    runner = TaskRunner()
    window = MainWindow(session, client, runner, server_url=url, sound=i18n.ALERT_WAV)
    window.show()
    window.activateWindow()
    window.start()
    _wait(lambda: window.ctx.live.status == "online" and bool(window.ctx.reference.data))
    _wait(lambda: window.queue.department_combo.count() > 1)
    for _ in range(30):
        QCoreApplication.processEvents()
    _wait(lambda: QApplication.activeWindow() is window, 5000)
    first_focus = QApplication.focusWidget()
    bar = measure(window) | {"starts_on_rows": first_focus is window.queue.view}
    print(json.dumps(bar, ensure_ascii=False))
    window.close()
    runner.wait(30_000)
    client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

"""People's text is shown as text: a caller's markup never renders as markup in the console's
labels, tooltips or message boxes (issue #18)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel

from console.models.columns import COLUMN_INDEX
from tests.console.conftest import WAIT_MS, Api
from tests.console.dispatch_support import caught_up, select
from widgets.plain_text import PlainLabel, rich_labels_of
from widgets.plain_tip import plain_tip

MARKUP = '<h1 style="color:red">大标题</h1><img src="http://127.0.0.1:9/x.png">'


def test_a_callers_markup_is_shown_as_typed(server: Any, open_window: Any, qtbot: Any) -> None:
    api = Api(server)
    case = api.create(
        title=f"噪声 {MARKUP}",
        description=f"楼下<b>每晚</b>施工 {MARKUP}",
        address=f"虹桥街道<i>新中社区</i>12幢 {MARKUP}",
        reporter_name="<u>王</u>先生",
    )
    window = open_window(server)
    caught_up(window, api, case["id"], qtbot)
    select(window, case["id"], qtbot)
    qtbot.waitUntil(
        lambda: any(MARKUP in label.text() for label in window.findChildren(QLabel)),
        timeout=WAIT_MS,
    )
    assert rich_labels_of(window) == []
    shown = [label for label in window.findChildren(QLabel) if MARKUP in label.text()]
    assert shown and all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)
    # The queue's tooltip of the title shows the description literally.
    model = window.ctx.model
    index = model.index(model.row_of(case["id"]), COLUMN_INDEX["title"])
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("<qt>") and "&lt;h1" in tip and "<h1" not in tip


def test_every_label_of_the_window_decides_its_format_itself(server: Any, open_window: Any) -> None:
    """No label is left to guess whether a text is markup (Qt.AutoText); the labels a form
    layout makes for its rows (our own words, with a buddy) are the only ones."""
    window = open_window(server)
    guessing = [
        f"{_path(label)}: {label.text()[:30]}"
        for label in window.findChildren(QLabel)
        if label.textFormat() == Qt.TextFormat.AutoText and label.buddy() is None
    ]
    assert guessing == []


def test_plain_tip_and_label(qtbot: Any) -> None:
    assert plain_tip("普通文字") == "普通文字"
    assert plain_tip(None) == ""
    tip = plain_tip("a <b>b</b>\nc")
    assert tip == "<qt>a &lt;b&gt;b&lt;/b&gt;<br/>c</qt>" and QtGui.mightBeRichText(tip)
    label = PlainLabel("<h1>x</h1>")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText


def _path(widget: Any) -> str:
    names = []
    while widget is not None:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parent()
    return "/".join(reversed(names))

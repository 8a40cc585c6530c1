"""The panes every window gets; a new pane (dispatch, charts, video) is one more call here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from console.panes.detail_pane import CaseDetailPane
from console.panes.registry import PaneSpec, register_pane

register_pane(
    PaneSpec(
        "detail",
        QT_TRANSLATE_NOOP("Panes", "Case detail"),
        CaseDetailPane,
        Qt.DockWidgetArea.RightDockWidgetArea,
        shortcut="F2",
    )
)

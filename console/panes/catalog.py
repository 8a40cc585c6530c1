"""The panes every window gets; a new pane (dispatch, charts, video, the 督办 board) is one more
call here.

The call form is a tab of the right-hand panes, so that the queue keeps its rows above the
dispatch pane while a call is taken; a small screen gets lower docks (the compact layout).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from console.charts.pane import ChartsPane
from console.controllers.context import PaneContext
from console.map.pane import MapPane
from console.panes.alerts_pane import AlertsPane
from console.panes.call_intake import call_intake_pane
from console.panes.detail_pane import CaseDetailPane
from console.panes.dispatch_pane import DispatchPane
from console.panes.registry import PaneSpec, register_pane
from console.panes.results_pane import ResultsPane
from console.panes.supervision_board import SupervisionBoardPane
from console.patrols.pane import PANE_TITLE as PATROLS_TITLE
from console.patrols.pane import PatrolPane
from console.translatable import QT_TRANSLATE_NOOP
from console.video.pane import VideoPane
from console.volunteers.pane import PANE_TITLE as VOLUNTEERS_TITLE
from console.volunteers.pane import VolunteerPane

# Which panes a role's window has is decided when the window is built, before the server's
# reference data (and with it its rules) has arrived, so these two sets are the console's own.
# tests/console/test_rules_from_reference.py checks them against the server's rules: the roles
# that take lifecycle actions, and the call takers (`answers_calls`). What the panes then offer
# on a case is the server's (`allowed_actions`, console/api/rules.py).
CASE_WORKERS = frozenset({"duty_officer", "supervisor", "trainer", "department"})
CALL_TAKERS = frozenset({"duty_officer", "supervisor", "trainer"})
# The 督办 board: the supervisor's own screen (in front of the bottom panes, window_state.py);
# duty officers see it too, behind the dispatch pane, with the supervisor's actions disabled.
BOARD_READERS = frozenset({"supervisor", "duty_officer"})

register_pane(
    PaneSpec(
        "detail",
        QT_TRANSLATE_NOOP("Panes", "Case detail"),
        CaseDetailPane,
        Qt.DockWidgetArea.RightDockWidgetArea,
        shortcut="F2",
        size=520,
        compact_size=440,
    )
)
register_pane(
    PaneSpec(
        "dispatch",
        QT_TRANSLATE_NOOP("Panes", "Dispatch"),
        DispatchPane,
        Qt.DockWidgetArea.BottomDockWidgetArea,
        shortcut="F3",
        roles=CASE_WORKERS,
        size=350,
        compact_size=200,  # as low as its contents allow
    )
)
register_pane(
    PaneSpec(
        "results",
        QT_TRANSLATE_NOOP("Panes", "Action results"),
        ResultsPane,
        Qt.DockWidgetArea.RightDockWidgetArea,
        shortcut="F4",
        roles=CASE_WORKERS,
        tab_with="detail",
    )
)
register_pane(
    PaneSpec(
        "call_intake",
        QT_TRANSLATE_NOOP("Panes", "New call"),
        call_intake_pane,
        Qt.DockWidgetArea.RightDockWidgetArea,
        shortcut="F6",
        visible=False,
        roles=CALL_TAKERS,
        tab_with="detail",
    )
)
register_pane(
    PaneSpec(
        "supervision",
        QT_TRANSLATE_NOOP("Panes", "Supervision"),
        SupervisionBoardPane,
        Qt.DockWidgetArea.BottomDockWidgetArea,
        shortcut="F10",
        roles=BOARD_READERS,
        tab_with="dispatch",
    )
)
register_pane(
    PaneSpec(
        "charts",
        QT_TRANSLATE_NOOP("Panes", "Charts"),
        ChartsPane,
        Qt.DockWidgetArea.BottomDockWidgetArea,
        shortcut="F7",
        tab_with="dispatch",
        size=380,
    )
)
register_pane(
    PaneSpec(
        "video",
        QT_TRANSLATE_NOOP("Panes", "Video"),
        VideoPane,
        Qt.DockWidgetArea.LeftDockWidgetArea,
        shortcut="F8",
        visible=False,
        size=780,
        compact_size=560,
    )
)
register_pane(
    PaneSpec(
        "alerts",
        QT_TRANSLATE_NOOP("Panes", "Alerts"),
        AlertsPane,
        Qt.DockWidgetArea.RightDockWidgetArea,
        shortcut="F9",
        tab_with="detail",
    )
)


def _drill_control_pane(ctx: PaneContext) -> QWidget:
    """The trainer's pane, its modules imported when a trainer's window makes it (the only
    role that has it: every other console is spared their 2.7 MB)."""
    from console.drills.control import DrillControlPane

    return DrillControlPane(ctx)


register_pane(
    PaneSpec(
        "drills",
        QT_TRANSLATE_NOOP("Panes", "Drill control"),  # as console/drills/control.py names it
        _drill_control_pane,
        Qt.DockWidgetArea.BottomDockWidgetArea,
        shortcut="F11",
        roles=frozenset({"trainer"}),
        tab_with="dispatch",
        size=480,
    )
)
# The map (issue #20): F12, since F9 is the alerts pane, F11 the drills pane and Ctrl+M mutes
# the sound; behind the video wall on the left, where a map has the height it wants.
register_pane(
    PaneSpec(
        "map",
        QT_TRANSLATE_NOOP("Panes", "Map"),
        MapPane,
        Qt.DockWidgetArea.LeftDockWidgetArea,
        shortcut="F12",
        visible=False,
        tab_with="video",
        size=780,
        compact_size=560,
    )
)
# River patrols and the week's 河长行动日 (issue #21), and the volunteer service requests.
register_pane(
    PaneSpec(
        "patrols",
        PATROLS_TITLE,
        PatrolPane,
        Qt.DockWidgetArea.BottomDockWidgetArea,
        shortcut="Ctrl+Shift+T",
        roles=frozenset({"duty_officer", "supervisor", "admin"}),
        tab_with="dispatch",
        size=420,
    )
)
register_pane(
    PaneSpec(
        "volunteers",
        VOLUNTEERS_TITLE,
        VolunteerPane,
        Qt.DockWidgetArea.BottomDockWidgetArea,
        shortcut="Ctrl+Shift+Y",
        roles=frozenset({"duty_officer", "supervisor"}),
        tab_with="dispatch",
        size=420,
    )
)

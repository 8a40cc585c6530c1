"""The bar across the top of a window in a drill run: 【演练】, the run, its drill clock ticking,
its speed and state, how many injects have arrived. Red while the run runs, amber while it
is paused: nobody mistakes a drill for live duty. No I/O here."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QMainWindow, QWidget

from console.contract.drills import Run
from console.drills import texts
from console.drills.texts import tr
from widgets.plain_text import PlainLabel

STYLE = """
QFrame#drillBanner { background: #b42318; border-bottom: 2px solid #7a1a12; }
QFrame#drillBanner[paused="true"] { background: #b54708; border-bottom-color: #7a2e0e; }
QFrame#drillBanner QLabel {
    color: white; background: transparent; font-size: 15pt; font-weight: bold;
}
QFrame#drillBanner QLabel#drillBannerDetail { font-size: 12pt; font-weight: normal; }
"""


class DrillBanner(QFrame):
    """【演练】 run · drill clock · speed · state · injects arrived."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drillBanner")
        self.setStyleSheet(STYLE)
        self.mark = PlainLabel(self)
        self.mark.setObjectName("drillBannerMark")
        self.clock = PlainLabel(self)
        self.clock.setObjectName("drillBannerClock")
        self.detail = PlainLabel(self)
        self.detail.setObjectName("drillBannerDetail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(self.mark)
        layout.addSpacing(24)
        layout.addWidget(self.clock)
        layout.addSpacing(24)
        layout.addWidget(self.detail, 1)
        self.run: Run | None = None
        self.hide()

    def show_run(self, run: Run) -> None:
        """Show this run (and keep ticking its clock: `tick`)."""
        self.run = run
        self.setProperty("paused", run.status == "paused")
        self.style().unpolish(self)
        self.style().polish(self)
        self.mark.setText(f"{tr(texts.DRILL_MARK)} {run.name or run.scenario_id}")
        arrived = sum(1 for inject in run.injects if inject.fired)
        detail = QCoreApplication.translate(
            "Drills", "%1 · %2 · injects arrived %3 of %4 · trainees: %5"
        )
        self.detail.setText(
            detail.replace("%1", texts.speed_label(run.clock.speed))
            .replace("%2", texts.status_label(run.status))
            .replace("%3", str(arrived))
            .replace("%4", str(len(run.injects)))
            .replace("%5", "、".join(run.trainees))
        )
        self.tick()
        self.show()

    def tick(self, local: float | None = None) -> None:
        """The drill clock now."""
        run = self.run
        if run is None:
            return
        now = run.drill_now(time.time() if local is None else local)
        self.clock.setText(
            QCoreApplication.translate("Drills", "Drill clock %1").replace(
                "%1", texts.drill_time_text(now)
            )
        )

    def leave(self) -> None:
        """No run any more: hidden."""
        self.run = None
        self.hide()


def place_banner(window: QMainWindow, banner: DrillBanner) -> bool:
    """Put the banner at the top of the window's central column (above the connection
    banner and the queue); False when the window has no such column."""
    central = window.centralWidget()
    layout = central.layout() if central is not None else None
    if not isinstance(layout, QBoxLayout):
        return False
    banner.setParent(central)
    layout.insertWidget(0, banner)
    return True

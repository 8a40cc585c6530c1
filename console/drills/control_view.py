"""The drill control pane's widgets: starting a run (scenario, trainees, speed, simulated start),
the run's controls and its drill clock, and the tabs below (injects with the stand-in panel,
the live scoreboard, reports and a trainee's progress). No I/O here: the pane
(console/drills/control.py) feeds it. Every control has a mnemonic (Alt+letter)."""

from __future__ import annotations

import time
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.contract.drill_scenarios import ScenarioInfo
from console.contract.drills import SPEEDS, Run, Trainee
from console.controllers.context import PaneContext
from console.drills import tables, texts
from console.drills.parts import buddy, make_table
from console.drills.report_view import ReportView
from console.drills.stand_in import StandInPanel
from console.drills.start_moments import presets
from console.drills.texts import tr
from console.models import center_time
from widgets.banner import Banner
from widgets.plain_text import PlainLabel

STYLE = """
QLabel#drillClock { font-size: 20pt; font-weight: bold; font-family: monospace; }
QLabel#drillRunState { font-size: 13pt; font-weight: bold; }
QLabel#drillRunState[status="running"] { color: #b42318; }
QLabel#drillRunState[status="paused"] { color: #b54708; }
QLabel#drillRunState[status="stopped"] { color: #475467; }
"""


class ControlView(QWidget):
    """The pane's widgets and how they show a run."""

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setStyleSheet(STYLE)
        self.banner = Banner(self)
        self.banner.setObjectName("drillMessage")
        self.banner.hide()
        self._build_setup()
        self._build_run()
        self._build_tabs()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.run_box)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    # -- building ---------------------------------------------------------------------------

    def _build_setup(self) -> None:
        box = self.setup_box = QWidget(self)
        self.scenario_combo = QComboBox(box)
        self.scenario_combo.setObjectName("drillScenario")
        self.scenario_combo.setMinimumContentsLength(16)
        self.scenario_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # The drill accounts, each ticked or not (Space ticks the current one).
        self.trainees_list = QListWidget(box)
        self.trainees_list.setObjectName("drillTrainees")
        self.trainees_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.trainees_list.setMaximumHeight(120)
        self.trainees_list.setToolTip(
            QCoreApplication.translate("Drills", "Tick the trainees of the run (Space ticks)")
        )
        self.speed_combo = QComboBox(box)
        self.speed_combo.setObjectName("drillSpeed")
        for speed in SPEEDS:
            self.speed_combo.addItem(texts.speed_label(speed), speed)
        self.start_combo = QComboBox(box)
        self.start_combo.setObjectName("drillStartMoment")
        self.start_edit = QDateTimeEdit(box)
        self.start_edit.setObjectName("drillStartAt")
        self.start_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.start_edit.setCalendarPopup(True)
        self.start_button = QPushButton(QCoreApplication.translate("Drills", "&Start the run"), box)
        self.start_button.setObjectName("drillStart")
        self.editor_button = QPushButton(
            QCoreApplication.translate("Drills", "Scenario editor…"), box
        )
        self.editor_button.setObjectName("drillScenarioEditor")
        self.fill_moments(center_time.at(time.time()).date())
        grid = QGridLayout(box)
        grid.setContentsMargins(6, 6, 6, 6)
        scenario_label = QCoreApplication.translate("Drills", "Sc&enario")
        grid.addWidget(buddy(scenario_label, self.scenario_combo, box), 0, 0)
        grid.addWidget(self.scenario_combo, 0, 1, 1, 3)
        grid.addWidget(self.editor_button, 0, 4)
        trainees_label = QCoreApplication.translate("Drills", "&Trainees")
        grid.addWidget(buddy(trainees_label, self.trainees_list, box), 1, 0)
        grid.addWidget(self.trainees_list, 1, 1, 1, 3)
        speed_label = QCoreApplication.translate("Drills", "Spee&d")
        grid.addWidget(buddy(speed_label, self.speed_combo, box), 2, 0)
        grid.addWidget(self.speed_combo, 2, 1)
        start_label = QCoreApplication.translate("Drills", "Si&mulated start")
        grid.addWidget(buddy(start_label, self.start_combo, box), 3, 0)
        grid.addWidget(self.start_combo, 3, 1, 1, 2)
        grid.addWidget(self.start_edit, 3, 3)
        grid.addWidget(self.start_button, 3, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(4, 1)

    def _build_run(self) -> None:
        box = self.run_box = QWidget(self)
        self.run_combo = QComboBox(box)
        self.run_combo.setObjectName("drillRun")
        self.run_combo.setMinimumContentsLength(30)
        self.run_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.clock = PlainLabel("—", box)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock.setObjectName("drillClock")
        self.state = PlainLabel("", box)
        self.state.setObjectName("drillRunState")
        self.progress = QProgressBar(box)
        self.progress.setObjectName("drillProgress")
        self.progress.setFormat(QCoreApplication.translate("Drills", "%v of %m drill minutes"))
        self.pause_button = QPushButton(QCoreApplication.translate("Drills", "&Pause"), box)
        self.pause_button.setObjectName("drillPause")
        self.speed_change = QComboBox(box)
        self.speed_change.setObjectName("drillSpeedChange")
        for speed in SPEEDS:
            self.speed_change.addItem(texts.speed_label(speed), speed)
        self.stop_button = QPushButton(QCoreApplication.translate("Drills", "St&op"), box)
        self.stop_button.setObjectName("drillStop")
        self.reset_button = QPushButton(
            QCoreApplication.translate("Drills", "Reset (start a&gain)"), box
        )
        self.reset_button.setObjectName("drillReset")
        self.refresh_button = QPushButton(QCoreApplication.translate("Drills", "Re&load"), box)
        self.refresh_button.setObjectName("drillReload")
        # A trainee of the run sees it (and its reports) but does not steer it.
        self.trainee_note = PlainLabel(
            QCoreApplication.translate(
                "Drills", "You are a trainee in this run: the trainer steers it."
            ),
            box,
        )
        self.trainee_note.setObjectName("drillTraineeNote")
        self.trainee_note.hide()
        # One strip: the run, its clock and state; its progress and controls below.
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(
            buddy(QCoreApplication.translate("Drills", "R&un"), self.run_combo, box), 0, 0
        )
        grid.addWidget(self.run_combo, 0, 1, 1, 2)
        grid.addWidget(self.refresh_button, 0, 3)
        grid.addWidget(self.clock, 0, 4, 2, 1)
        grid.addWidget(self.state, 0, 5, 2, 1)
        grid.addWidget(self.progress, 1, 0, 1, 4)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(
            buddy(QCoreApplication.translate("Drills", "Speed no&w"), self.speed_change, box)
        )
        buttons.addWidget(self.speed_change)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.trainee_note)
        grid.addLayout(buttons, 0, 6, 2, 1)
        grid.setColumnStretch(1, 1)  # the run's name and its progress take the room left
        grid.setHorizontalSpacing(12)

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("drillTabs")
        self.injects_model = tables.RowsModel(tables.INJECT_HEADERS, self)
        self.scores_model = tables.RowsModel(tables.SCORE_HEADERS, self)
        injects_page = self.injects_page = QSplitter(Qt.Orientation.Horizontal, self.tabs)
        self.injects_view = make_table(injects_page, "drillInjects", self.injects_model)
        self.stand_in = StandInPanel(self._ctx, injects_page)
        stand_box = QGroupBox(
            QCoreApplication.translate("Drills", "Act as a department or the supervisor"),
            injects_page,
        )
        QVBoxLayout(stand_box).addWidget(self.stand_in)
        injects_page.addWidget(self.injects_view)
        injects_page.addWidget(stand_box)
        injects_page.setStretchFactor(0, 3)
        injects_page.setStretchFactor(1, 2)
        self.inject_scores_model = tables.RowsModel(tables.INJECT_SCORE_HEADERS, self)
        scores_page = QSplitter(Qt.Orientation.Vertical, self.tabs)
        self.scores_view = make_table(scores_page, "drillScoreboard", self.scores_model)
        self.inject_scores_view = make_table(
            scores_page, "drillInjectScores", self.inject_scores_model
        )
        scores_page.addWidget(self.scores_view)
        scores_page.addWidget(self.inject_scores_view)
        # The trainees' rows whole (up to four without scrolling), the injects below.
        self.scores_view.setMinimumHeight(30 + 4 * 26)
        scores_page.setChildrenCollapsible(False)
        scores_page.setSizes([30 + 4 * 26, 240])
        self.scores_page = scores_page
        self.report = ReportView(self.tabs)
        self.tabs.addTab(self.setup_box, QCoreApplication.translate("Drills", "&New run"))
        self.tabs.addTab(injects_page, QCoreApplication.translate("Drills", "&Injects"))
        self.tabs.addTab(scores_page, QCoreApplication.translate("Drills", "Score&board"))
        self.tabs.addTab(self.report, QCoreApplication.translate("Drills", "Reports &and progress"))

    # -- showing ----------------------------------------------------------------------------

    def fill_moments(self, today: date) -> None:
        """The simulated starts offered (from the center's date today)."""
        self.start_combo.clear()
        for moment in presets(today):
            self.start_combo.addItem(tr(moment.label), moment.key)
            self.start_combo.setItemData(
                self.start_combo.count() - 1, moment.at, Qt.ItemDataRole.UserRole + 1
            )
        self.start_edit.setEnabled(False)

    def chosen_start(self, scenario: ScenarioInfo | None) -> datetime | None:
        """The simulated start chosen (None: the scenario's own)."""
        key = self.start_combo.currentData()
        if key == "custom":
            chosen = self.start_edit.dateTime()
            day, clock = chosen.date(), chosen.time()
            return datetime(
                day.year(),
                day.month(),
                day.day(),
                clock.hour(),
                clock.minute(),
                tzinfo=center_time.CENTER,
            )
        at = self.start_combo.currentData(Qt.ItemDataRole.UserRole + 1)
        return at if isinstance(at, datetime) else None

    def show_start_moment(self, scenario: ScenarioInfo | None) -> None:
        """The date-time field follows the choice (editable for "another moment")."""
        key = self.start_combo.currentData()
        at = self.start_combo.currentData(Qt.ItemDataRole.UserRole + 1)
        if key == "scenario":
            at = scenario.start_at if scenario else None
        if isinstance(at, datetime):
            local = at.astimezone(center_time.CENTER)
            self.start_edit.setDateTime(
                QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
            )
        self.start_edit.setEnabled(key == "custom")

    def show_trainees(self, trainees: tuple[Trainee, ...]) -> None:
        """The drill accounts to tick (those ticked so far stay ticked)."""
        ticked = set(self.checked_trainees())
        current = self.trainees_list.currentRow()
        self.trainees_list.clear()
        for trainee in trainees:
            item = QListWidgetItem(trainee.label, self.trainees_list)
            item.setData(Qt.ItemDataRole.UserRole, trainee.username)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = trainee.username in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.trainees_list.setCurrentRow(min(max(current, 0), len(trainees) - 1))

    def checked_trainees(self) -> list[str]:
        """The usernames ticked, in the list's order."""
        found = []
        for row in range(self.trainees_list.count()):
            item = self.trainees_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def tick_trainees(self, usernames: set[str] | frozenset[str]) -> None:
        """Tick exactly these accounts (the others are unticked)."""
        for row in range(self.trainees_list.count()):
            item = self.trainees_list.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in usernames
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def show_run(self, run: Run | None, local: float) -> None:
        """The run's state, clock, injects and scoreboard (None: no run chosen). A trainee
        of the run finds its controls and stand-ins disabled (the server refuses them)."""
        self.show_clock(run, local)
        trainee = run is not None and run.trains(self._ctx.session.username)
        self.trainee_note.setVisible(trainee)
        self.stand_in.setEnabled(not trainee)
        live = run is not None and run.live and not trainee
        self.pause_button.setEnabled(live)
        self.pause_button.setText(
            QCoreApplication.translate("Drills", "&Resume")
            if run is not None and run.status == "paused"
            else QCoreApplication.translate("Drills", "&Pause")
        )
        self.speed_change.setEnabled(live)
        self.stop_button.setEnabled(live)
        self.reset_button.setEnabled(run is not None and not trainee)
        if run is None:
            self.state.setText("")
            self.injects_model.set_rows([])
            self.scores_model.set_rows([])
            return
        self.state.setProperty("status", run.status)
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
        self.state.setText(
            f"{texts.status_label(run.status)} · {texts.speed_label(run.clock.speed)}"
        )
        index = self.speed_change.findData(int(run.clock.speed))
        self.speed_change.blockSignals(True)
        self.speed_change.setCurrentIndex(max(index, 0))
        self.speed_change.blockSignals(False)
        self.injects_model.set_rows(tables.inject_rows(run))
        self.scores_model.set_rows(tables.score_rows(run.scoreboard))

    def show_clock(self, run: Run | None, local: float) -> None:
        """The drill clock and the run's progress at the console's `local` time."""
        self.progress.setTextVisible(run is not None)
        if run is None:
            self.clock.setText("—")
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            return
        self.clock.setText(texts.drill_time_text(run.drill_now(local)))
        duration = run.clock.duration_min
        elapsed = run.clock.elapsed_at(local, run.running)
        self.progress.setRange(0, int(duration or max(elapsed, 1)))
        self.progress.setValue(int(min(elapsed, duration or elapsed)))

    def say(self, text: str, level: str = "info") -> None:
        """A sentence over the tabs (errors stay until closed)."""
        self.banner.show_message(text, {"ok": "info"}.get(level, level))
        self.banner.show()

"""The drill screens' parts without a server: the run's JSON read and its drill clock ticked on,
the simulated start moments, the trainee field, the stand-in's actions from the server's
rules, a trainee's progress, and the keys and clicks counted once each."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from console.api.rules import ActionRule, Rules
from console.contract.drill_reports import Finding, InjectScore, Report
from console.contract.drills import Run, RunSummary, ScoreRow, trainees_from_json
from console.drills.input_count import InputCounter
from console.drills.stand_in import stand_in_actions
from console.drills.start_moments import presets
from console.drills.tables import inject_score_rows, progress_rows
from console.drills.trainee_mode import live_run_for
from console.models.center_time import CENTER

RUN = {
    "id": 7,
    "name": "濠河早间水体污染与水草漂浮",
    "scenario_id": "haohe_morning",
    "status": "running",
    "created_by": "trainer",
    "created_at": "2026-12-07T09:00:00+08:00",
    "ended_at": None,
    "trainees": ["t1", "t2"],
    "previous_run_id": None,
    "clock": {
        "speed": 5.0,
        "start": "2026-06-12T07:30:00+08:00",
        "now": "2026-06-12T07:43:00+08:00",
        "elapsed_min": 13.0,
        "real_now": "2026-12-07T09:02:36+08:00",
        "duration_min": 120.0,
    },
    "injects": [
        {
            "inject": "call-debris",
            "at_min": 2.0,
            "status": "done",
            "case_id": 41,
            "case_ref": "DR2026061200001",
            "fired_at": "2026-06-12T07:32:00+08:00",
            "state": "dispatched",
            "expected_state": "resolved",
            "script_step": 0,
        },
        {
            "inject": "grid-debris",
            "at_min": 26.0,
            "status": "pending",
            "case_id": None,
            "case_ref": None,
            "fired_at": None,
            "state": None,
            "expected_state": "merged",
            "script_step": 0,
        },
    ],
    "scoreboard": [
        {
            "trainee": "t1",
            "injects": 1,
            "points": 70,
            "max_points": 100,
            "mean_register_min": 1.0,
            "mean_dispatch_min": 2.5,
            "right_department_first": 1,
            "wrong_department_first": 0,
            "duplicates_merged": 0,
            "duplicates_dispatched": 0,
            "sla_kept": 1,
            "escalations": 0,
            "escalations_handled": 0,
            "keystrokes": 9,
            "clicks": None,
        }
    ],
}


def test_a_run_is_read_and_its_drill_clock_ticks_on_at_its_speed() -> None:
    run = Run.from_json(RUN, received=1000.0)
    assert run.running and run.live and run.trainees == ("t1", "t2")
    assert run.case_ids == frozenset({41})
    assert run.inject_of_case(41) is not None and run.inject_of_case(41).inject == "call-debris"  # type: ignore[union-attr]
    assert run.scoreboard[0].keystrokes == 9 and run.scoreboard[0].clicks is None
    # 12 real seconds later at 5×: one drill minute on.
    assert run.drill_now(1012.0) == datetime(2026, 6, 12, 7, 44, tzinfo=CENTER)
    assert run.clock.elapsed_at(1012.0, run.running) == 14.0
    paused = Run.from_json({**RUN, "status": "paused"}, received=1000.0)
    assert paused.drill_now(5000.0) == datetime(2026, 6, 12, 7, 43, tzinfo=CENTER)
    # A server that sends less: what there is, nothing invented.
    bare = Run.from_json({"id": 3}, received=0.0)
    assert bare.status == "stopped" and bare.injects == () and bare.drill_now(10.0) is None


def test_a_report_reads_its_totals_and_findings() -> None:
    body = {
        **{k: v for k, v in RUN.items() if k not in ("injects", "scoreboard")},
        "scenario": {"id": "haohe_morning", "title": "濠河", "description": "…"},
        "injects": [
            {
                "inject": "call-sewage",
                "points": 40,
                "max_points": 100,
                "right_department": False,
                "findings": [{"code": "wrong_department", "text": "首次派遣部门错误"}],
            }
        ],
        "scoreboard": RUN["scoreboard"],
        "totals": {"points": 40, "max_points": 100, "findings": 1},
        "timeline": [{"at": "2026-06-12T07:32:00+08:00", "minute": 2.0, "type": "inject"}],
    }
    report = Report.from_json(body)
    assert report.scenario_title == "濠河" and report.points == 40 and report.findings == 1
    assert report.injects[0].right_department is False
    assert report.injects[0].findings[0].code == "wrong_department"
    assert report.timeline[0].type == "inject" and report.timeline[0].minute == 2.0


def test_the_simulated_starts_are_the_coming_ones() -> None:
    # Monday 7 December 2026: the Friday is the 11th, the eve of National Day next year's.
    moments = {m.key: m.at for m in presets(date(2026, 12, 7))}
    assert moments["scenario"] is None and moments["custom"] is None
    assert moments["friday"] == datetime(2026, 12, 11, 16, 50, tzinfo=CENTER)
    assert moments["national_day"] == datetime(2027, 9, 30, 16, 50, tzinfo=CENTER)
    assert moments["monday"] == datetime(2026, 12, 7, 8, 30, tzinfo=CENTER)
    on_friday = {m.key: m.at for m in presets(date(2026, 9, 25))}
    assert on_friday["friday"] == datetime(2026, 9, 25, 16, 50, tzinfo=CENTER)
    assert on_friday["national_day"] == datetime(2026, 9, 30, 16, 50, tzinfo=CENTER)


def test_the_trainees_list_is_read_leniently() -> None:
    body = {
        "trainees": [
            {"username": "t1", "display_name": "学员一"},
            {"username": "t2", "display_name": ""},
            {"display_name": "no username"},
            "t3",
        ]
    }
    found = trainees_from_json(body)
    assert [t.username for t in found] == ["t1", "t2"]
    assert [t.label for t in found] == ["学员一 (t1)", "t2"]
    assert trainees_from_json({}) == ()


def test_a_trainee_is_named_by_the_run_and_did_not_start_it() -> None:
    run = RunSummary.from_json({"id": 1, "created_by": "trainer", "trainees": ["t1", "trainer"]})
    assert run.trains("t1")
    assert not run.trains("trainer"), "a trainer practising in his own run steers it"
    assert not run.trains("t2") and not run.trains("")


def test_a_trainee_window_follows_the_newest_run_not_ended_that_names_it() -> None:
    def summary(run_id: int, status: str, trainees: list[str]) -> RunSummary:
        return RunSummary.from_json({"id": run_id, "status": status, "trainees": trainees})

    runs = [
        summary(9, "stopped", ["t1"]),
        summary(8, "paused", ["t2"]),
        summary(7, "running", ["t1"]),
    ]
    assert live_run_for(runs, "t1") == runs[2]
    assert live_run_for(runs, "t2") == runs[1]
    assert live_run_for(runs, "t3") is None


def test_the_stand_in_offers_what_the_rules_give_its_role_in_the_state() -> None:
    def rule(name: str, roles: set[str], states: list[str]) -> ActionRule:
        return ActionRule(name, {s: None for s in states}, frozenset(roles))

    actions = {
        "sign": rule("sign", {"department"}, ["dispatched"]),
        "return": rule("return", {"department"}, ["dispatched", "in_progress"]),
        "resolve": rule("resolve", {"department"}, ["in_progress"]),
        "approve_extension": rule("approve_extension", {"supervisor"}, ["in_progress"]),
        "dispatch": rule("dispatch", {"duty_officer", "supervisor"}, ["registered"]),
    }
    rules = Rules(
        states=(), open_states=frozenset(), clock_states=frozenset(), actions=actions, roles={}
    )
    assert stand_in_actions(rules, "department", "dispatched") == ["sign", "return"]
    assert stand_in_actions(rules, "department", "in_progress") == ["return", "resolve"]
    assert stand_in_actions(rules, "supervisor", "in_progress") == ["approve_extension"]
    assert stand_in_actions(None, "department", "dispatched") == []


def test_a_trainees_progress_is_oldest_first_with_the_change_of_share() -> None:
    def pair(run_id: int, points: int) -> tuple[RunSummary, ScoreRow]:
        run = RunSummary.from_json({"id": run_id, "name": "演练", "status": "stopped"})
        return run, ScoreRow(trainee="t1", points=points, max_points=200)

    rows = progress_rows("t1", [pair(12, 150), pair(10, 100), pair(11, 90)])
    assert [r.cells[0] for r in rows] == ["#10", "#11", "#12"]
    assert [r.cells[-1] for r in rows] == ["", "-5%", "+30%"]
    assert [r.tone for r in rows] == ["", "bad", "good"]


def test_keys_and_clicks_are_counted_once_each_for_the_current_case(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    field, button = QLineEdit(window), QPushButton("go", window)
    layout.addWidget(field)
    layout.addWidget(button)
    fired: list[bool] = []
    shortcut = QAction(window)
    shortcut.setShortcut(QKeySequence("Ctrl+Shift+D"))
    shortcut.triggered.connect(lambda: fired.append(True))
    window.addAction(shortcut)
    current = {"case": 41}
    counter = InputCounter(window, lambda: current["case"])
    counter.start()
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClicks(field, "abc")
    QTest.keyClick(
        field, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert fired == [True], "the shortcut took its key"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert counter.of(41) == (4, 1)
    current["case"] = 0  # no case current: nothing counted
    QTest.keyClicks(field, "x")
    assert counter.of(41) == (4, 1) and counter.of(0) == (0, 0)
    counter.stop()
    current["case"] = 41
    QTest.keyClicks(field, "y")
    assert counter.of(41) == (0, 0), "stopped: forgotten and not counting"


def test_each_arrived_injects_score_shows_its_times_against_targets(zh_cn: Any) -> None:
    right = InjectScore(
        inject="call-debris",
        case_ref="DR2026061200001",
        trainee="t1",
        points=100,
        max_points=100,
        registered_after_min=1.0,
        register_target_min=5.0,
        dispatched_after_min=4.5,
        dispatch_target_min=15.0,
        first_department="water",
        expected_department="water",
        right_department=True,
    )
    wrong = InjectScore(
        inject="call-sewage",
        case_ref="DR2026061200004",
        trainee="t2",
        points=40,
        max_points=100,
        first_department="water",
        expected_department="ecology",
        right_department=False,
        findings=(Finding("wrong_department", "首次派遣部门错误"),),
    )
    merged = InjectScore(
        inject="grid-debris", case_ref="DR2026061200002", duplicate=True, merged=True
    )
    pending = InjectScore(inject="city-odor")
    names = {"water": "水利局", "ecology": "生态环境局"}
    rows = inject_score_rows([right, wrong, merged, pending], names)
    assert [r.key for r in rows] == ["call-debris", "call-sewage", "grid-debris"]
    assert rows[0].cells[4] == "1 分 (5 分)" and rows[0].cells[5] == "4.5 分 (15 分)"
    assert rows[0].cells[6] == "水利局" and rows[0].tone == "good"
    assert rows[1].cells[6] == "水利局 ≠ 生态环境局" and rows[1].tone == "bad"
    assert rows[1].cells[-1] == "首次派错部门"
    assert rows[2].cells[5] == "" and rows[2].cells[6] == "重复件：已合并"
    # While the run goes on, what is merely not done yet is no finding.
    late = InjectScore(
        inject="camera-debris",
        case_ref="DR2026061200003",
        findings=(Finding("not_taken_up", ""), Finding("sla_breached", "")),
    )
    live = inject_score_rows([late], names, final=False)
    assert live[0].cells[-1] == "超出时限" and live[0].tone == "bad"
    ended = inject_score_rows([late], names)
    assert ended[0].cells[-1] == "未受理；超出时限"

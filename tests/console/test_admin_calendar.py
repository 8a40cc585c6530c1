"""The holiday calendar screen and the missing-calendar banner, against a real cc-server.

The central case: an administrator enters a holiday from the keyboard, and a duty officer's
window, open meanwhile, sees the affected case's deadline move without reloading.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import requests
from PySide6.QtCore import Qt

from console.admin.calendar_banner import missing_year
from console.admin.calendar_screen import CalendarScreen
from console.admin.calendar_view import SHANGHAI
from console.models.columns import COLUMN_INDEX
from console.models.labels import duration_text
from console.shell.main_window import MainWindow
from tests.console.conftest import WAIT_MS, Api
from tests.support.live_server import LiveServer


def get(server: LiveServer, path: str, **params: Any) -> Any:
    answer = requests.get(
        server.url + path, params=params, headers=server.headers("admin"), timeout=30
    )
    assert answer.ok, answer.text
    return answer.json()


def open_calendar(window: MainWindow, qtbot: Any) -> CalendarScreen:
    window.registry["admin_calendar"].trigger()
    screen = window.admin.screens["admin_calendar"]
    assert isinstance(screen, CalendarScreen)
    qtbot.waitUntil(lambda: screen.loads > 0, timeout=WAIT_MS)
    return screen


def shown_year(screen: CalendarScreen, qtbot: Any, year: int) -> None:
    loads = screen.loads
    if screen.year == year:
        screen.load()
    else:
        screen.year_box.setValue(year)
    qtbot.waitUntil(lambda: screen.loads > loads and screen.year == year, timeout=WAIT_MS)


def walk_to(screen: CalendarScreen, qtbot: Any, day: date) -> None:
    """Move the chosen day with the arrow keys only (a week at a time, then days)."""
    view = screen.view
    view.setFocus()
    while (day - view.chosen).days >= 7:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    while (view.chosen - day).days >= 7:
        qtbot.keyClick(view, Qt.Key.Key_Up)
    while view.chosen < day:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    while view.chosen > day:
        qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.chosen == day


def local_day(instant: str) -> date:
    return datetime.fromisoformat(instant).astimezone(SHANGHAI).date()


def test_a_year_shows_its_days_and_says_where_they_come_from(
    server: LiveServer, open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_window(server, "admin", wait_online=False)
    screen = open_calendar(window, qtbot)
    shown_year(screen, qtbot, 2026)
    expected = get(server, "/api/v1/calendar", year=2026)
    assert screen.source == expected["source"] == "library"
    assert [row[0] for row in screen.panel.list_rows()] == [d["date"] for d in expected["days"]]
    assert screen.view.kind_of(date(2026, 10, 1)) == "holiday"  # 国庆节
    assert screen.view.kind_of(date(2026, 10, 10)) == "workday"  # a Saturday at work
    assert screen.view.kind_of(date(2026, 10, 11)) == "weekend"
    assert screen.source_label.property("source") == "library"
    shown_year(screen, qtbot, 2033)
    assert screen.source == "missing" and not screen.panel.list_rows()
    assert screen.source_label.property("source") == "missing"
    # Leaving the year with the arrow keys shows the next one.
    walk_to(screen, qtbot, date(2033, 12, 31))
    loads = screen.loads
    qtbot.keyClick(screen.view, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: screen.loads > loads and screen.year == 2034, timeout=WAIT_MS)
    assert screen.view.chosen == date(2034, 1, 1)


def test_a_holiday_entered_from_the_keyboard_moves_a_duty_officers_countdown(
    server: LiveServer, open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    officer = open_window(server, "duty_officer")
    case = Api(server).create(title="节假日录入后的时限")
    qtbot.waitUntil(lambda: officer.ctx.model.case(case["id"]) is not None, timeout=WAIT_MS)
    before = officer.ctx.model.case(case["id"])
    assert before is not None and before.due_at
    due_day = local_day(before.due_at)  # a working day: make it a holiday
    admin = open_window(server, "admin", wait_online=False)
    screen = open_calendar(admin, qtbot)
    shown_year(screen, qtbot, due_day.year)
    walk_to(screen, qtbot, due_day)
    # A make-up workday on a working day is refused, and said so; nothing changes.
    qtbot.keyClick(screen.view, Qt.Key.Key_Return)  # Enter: type the name
    assert screen.panel.name_edit.hasFocus() or not screen.isActiveWindow()
    screen.panel.name_edit.setCurrentText("")
    qtbot.keyClicks(screen.panel.name_edit, "Test")
    qtbot.keyClick(screen.panel.name_edit.lineEdit(), Qt.Key.Key_Return)  # back to the year
    screen.view.setFocus()
    qtbot.keyClick(screen.view, Qt.Key.Key_W)
    qtbot.waitUntil(lambda: screen.pending == 0 and screen.notice.level == "error", timeout=WAIT_MS)
    assert officer.ctx.model.case(case["id"]).due_at == before.due_at
    qtbot.keyClick(screen.view, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: screen.pending == 0 and screen.notice.level == "ok", timeout=WAIT_MS)
    assert screen.last_moved is not None and screen.last_moved >= 1
    entered = get(server, "/api/v1/calendar", year=due_day.year)["days"]
    assert {
        "date": due_day.isoformat(),
        "kind": "holiday",
        "name": "Test",
        "source": "entered",
    } in (entered)
    qtbot.waitUntil(lambda: screen.entries.get(due_day, {}).get("source") == "entered")
    # The duty officer's queue: the case is due later, through the feed, without a reload.
    qtbot.waitUntil(
        lambda: officer.ctx.model.case(case["id"]).due_at != before.due_at, timeout=WAIT_MS
    )
    moved = officer.ctx.model.case(case["id"])
    assert moved is not None and moved.due_at is not None
    assert local_day(moved.due_at) > due_day
    # The countdown column counts to the new instant.
    model = officer.ctx.model
    officer.queue.clear_filters()
    row = model.row_of(case["id"])
    model.tick(row, row)
    left = model.index(row, COLUMN_INDEX["sla"]).data()
    seconds = datetime.fromisoformat(moved.due_at).timestamp() - model.now()
    assert left in (duration_text(seconds), duration_text(seconds + 1))
    # Delete: back to the library; the deadline comes back.
    qtbot.keyClick(screen.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: screen.pending == 0 and screen.notice.level == "ok", timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: officer.ctx.model.case(case["id"]).due_at == before.due_at, timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: due_day not in screen.entries, timeout=WAIT_MS)


def test_the_notice_import_lists_bad_lines_and_stores_a_good_one(
    server: LiveServer, open_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path
) -> None:
    window = open_window(server, "admin", wait_online=False)
    screen = open_calendar(window, qtbot)
    dialog = screen.open_import()
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "date,kind,name\n2031-01-01,holiday,元旦\n2031-13-01,holiday,春节\n2031-01-02,nap,x\n",
        encoding="utf-8",
    )
    dialog.import_file(bad)
    qtbot.waitUntil(lambda: bool(dialog.error_rows()), timeout=WAIT_MS)
    assert [line for line, _m in dialog.error_rows()] == ["3", "4"]
    assert "2031-13-01" in dialog.error_rows()[0][1]
    assert get(server, "/api/v1/calendar", year=2031)["source"] == "missing"
    good = tmp_path / "good.csv"
    good.write_text(
        "date,kind,name\n2031-01-01,holiday,元旦\n2031-01-30..2031-02-05,放假,春节\n"
        "2031-01-26,上班,春节\n",
        encoding="gbk",
    )
    dialog.import_file(good)
    qtbot.waitUntil(lambda: dialog.result.level == "ok", timeout=WAIT_MS)
    assert not dialog.errors.isVisible()
    qtbot.waitUntil(lambda: screen.year == 2031 and screen.source == "entered", timeout=WAIT_MS)
    assert screen.view.kind_of(date(2031, 2, 1)) == "holiday"
    assert screen.view.kind_of(date(2031, 1, 26)) == "workday"
    assert screen.last_moved == 0 and screen.notice.level == "ok"


def test_the_missing_year_is_next_year_while_the_server_warns() -> None:
    status = {"today": "2026-12-06", "missing": [2027], "warn_missing_next": True}
    assert missing_year(status) == 2027
    assert missing_year({**status, "warn_missing_next": False}) is None
    assert missing_year({"today": "2026-11-02", "missing": [], "warn_missing_next": True}) == 2027


def test_the_banner_warns_supervisors_and_takes_admins_to_the_calendar(
    own_server: LiveServer, open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    status = get(own_server, "/api/v1/calendar/status")
    officer = open_window(own_server, "duty_officer", wait_online=False)
    supervisor = open_window(own_server, "supervisor", wait_online=False)
    admin = open_window(own_server, "admin", wait_online=False)
    for window in (supervisor, admin):
        banner = window.calendar_banner
        qtbot.waitUntil(lambda b=banner: b.checks > 0, timeout=WAIT_MS)
        assert banner.isVisible() == bool(status["warn_missing_next"])
    assert officer.calendar_banner.checks == 0 and not officer.calendar_banner.isVisible()
    assert not supervisor.calendar_banner.open_button.isVisibleTo(supervisor.calendar_banner)
    assert admin.calendar_banner.open_button.isVisibleTo(admin.calendar_banner)
    # The text and the link, whatever today's date: as the server would say it in December.
    year = date.today().year + 1
    banner = admin.calendar_banner
    banner._on_status_loaded(
        {"today": f"{year - 1}-12-06", "missing": [year], "warn_missing_next": True}
    )
    assert banner.isVisible() and str(year) in banner.text()
    qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
    screen = admin.admin.screens["admin_calendar"]
    assert isinstance(screen, CalendarScreen) and screen.isVisible() and screen.year == year
    if not status["warn_missing_next"]:
        return
    # Next year's notice entered: the banner goes away by itself (calendar.changed).
    missing = int(status["missing"][-1])
    answer = requests.put(
        f"{own_server.url}/api/v1/calendar/days/{missing}-01-01",
        json={"kind": "holiday", "name": "元旦"},
        headers=own_server.headers("admin"),
        timeout=30,
    )
    assert answer.ok, answer.text
    qtbot.waitUntil(lambda: not supervisor.calendar_banner.isVisible(), timeout=WAIT_MS)

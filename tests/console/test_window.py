"""The window without a server: language, role-based actions, drill watermark, saved layout."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from console import i18n
from console.api import ApiClient, UserSession
from console.models.case_table import CaseTableModel
from console.models.columns import COLUMN_INDEX
from console.shell.main_window import MainWindow
from console.tasks import TaskRunner


def session(role: str, department: str | None = None) -> UserSession:
    return UserSession("token", role, f"{role} (test)", role, department, "")


@pytest.fixture
def make_window(qtbot: Any, zh_cn: Any) -> Iterator[Any]:
    """make_window(role) → a window that is never started (no network at all)."""
    made: list[MainWindow] = []

    def make(role: str = "duty_officer") -> MainWindow:
        client = ApiClient("http://127.0.0.1:9")  # never called: start() is not run
        window = MainWindow(
            session(role), client, TaskRunner(), server_url=client.base_url, sound=i18n.ALERT_WAV
        )
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


def headers() -> list[str]:
    model = CaseTableModel()
    return [
        model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for i in range(model.columnCount())
    ]


def test_language_switch_changes_the_header_texts(qapp: QApplication, zh_cn: Any) -> None:
    chinese = headers()
    assert chinese[COLUMN_INDEX["sla"]] == "剩余时限"
    assert chinese[COLUMN_INDEX["state"]] == "状态"
    for translator in zh_cn:
        qapp.removeTranslator(translator)
    english_translators = i18n.install_translators(qapp, "en")
    try:
        english = headers()
        assert english[COLUMN_INDEX["sla"]] == "Time left"
        assert english != chinese
        assert QCoreApplication.translate("Labels", "Reported") == "Reported"
    finally:
        for translator in english_translators:
            qapp.removeTranslator(translator)
        for translator in zh_cn:
            qapp.installTranslator(translator)
    assert headers() == chinese


def test_role_decides_the_actions(make_window: Any) -> None:
    """Console-only commands by role here; the lifecycle commands are shown as the server's
    rules say (tests/console/test_rules_from_reference.py)."""
    officer = make_window("duty_officer")
    assert "值班员" in officer.status.user.text()
    assert officer.registry.get("admin_users") is None
    assert make_window("admin").registry.get("admin_users") is not None
    for role in ("duty_officer", "department", "supervisor"):
        assert make_window(role).registry.get("case_dispatch") is not None, role
    # Menus hold the same QAction objects as the registry (one registry, one truth).
    menu_actions = {a for m in officer.menuBar().actions() if m.menu() for a in m.menu().actions()}
    assert officer.registry["refresh"] in menu_actions
    assert officer.registry["case_dispatch"] in officer.toolbar.actions()


def test_frequent_commands_have_shortcuts(make_window: Any) -> None:
    window = make_window()
    expected = {
        "refresh": "F5",
        "find": "Ctrl+F",
        "filter_red": "Ctrl+R",
        "next_case": "Alt+Down",
        "previous_case": "Alt+Up",
        "open_detail": "Ctrl+O",
        "mute": "Ctrl+M",
        "pane_detail": "F2",
    }
    for action_id, keys in expected.items():
        assert window.registry[action_id].shortcut().toString() == keys, action_id
    shortcuts = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), "two commands share a shortcut"


def test_trainer_sees_the_drill_watermark(make_window: Any) -> None:
    window = make_window("trainer")
    assert window.windowTitle().startswith("【演练】")
    assert window.queue.findChild(type(window.queue._watermark)) is not None  # noqa: SLF001


def test_layout_and_columns_are_saved_and_restored(make_window: Any) -> None:
    first = make_window()
    dock = first.docks["detail"]
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    header = first.queue.view.horizontalHeader()
    header.resizeSection(COLUMN_INDEX["ref"], 222)
    first.queue.view.sortByColumn(COLUMN_INDEX["age"], Qt.SortOrder.DescendingOrder)
    first.registry["mute"].setChecked(True)
    first.close()
    second = make_window()
    assert second.dockWidgetArea(second.docks["detail"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    header = second.queue.view.horizontalHeader()
    assert header.sectionSize(COLUMN_INDEX["ref"]) == 222
    assert header.sortIndicatorSection() == COLUMN_INDEX["age"]
    assert second.registry["mute"].isChecked()
    assert second.sound.muted


def test_hiding_a_pane_is_a_registered_action(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    dock = window.docks["detail"]
    assert dock.isVisible()
    # Since issue #13 the F-key brings a pane forward; hiding is the View menu's toggle.
    window.registry["show_detail"].trigger()
    qtbot.waitUntil(lambda: not dock.isVisible())
    window.registry["open_detail"].trigger()
    qtbot.waitUntil(dock.isVisible)

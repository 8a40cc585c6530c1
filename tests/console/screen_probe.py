"""Measure the window on a screen of a given size (run in its own process, offscreen).

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python -m tests.console.screen_probe en

Builds the duty officer's window without a server, fills the queue with 400 cases, opens the
call form (F6) and selects a registered case (the dispatch pane shows its department list),
then prints, as JSON: the screen and window geometry, the queue's visible rows, the docks
shown in front and whether any of them (or the queue) overlap, and the narrowest column.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSettings

from console import i18n
from console.api import ApiClient, UserSession
from console.api import rules as server_rules
from console.app import make_application
from console.models.columns import COLUMNS
from console.shell.main_window import MainWindow
from console.tasks import TaskRunner
from server.schemas.case import ActionRequest
from server.services import reference_rules

DEPARTMENTS = [
    {"code": "ecology", "name": "区生态环境局", "handles_cases": True},
    {"code": "urban", "name": "区城市管理局", "handles_cases": True},
    {"code": "water", "name": "区农业农村和水利局(河长办)", "handles_cases": True},
]


def cases(count: int) -> list[dict[str, Any]]:
    now = datetime.now(UTC)
    made = []
    for i in range(1, count + 1):
        state = ("reported", "registered", "dispatched", "in_progress")[i % 4]
        made.append(
            {
                "id": i,
                "ref": f"CC2612070{i:05d}",
                "channel": "hotline_12345",
                "category": "noise",
                "category_name": "噪声扰民",
                "urgency": ("normal", "urgent", "emergency")[i % 3],
                "title": f"夜间施工噪声扰民 {i}",
                "street_name": "虹桥",
                "department": "urban" if state != "registered" else None,
                "department_name": "区城市管理局" if state != "registered" else None,
                "state": state,
                "version": 1,
                "escalation_level": i % 4,
                "created_at": (now - timedelta(hours=5)).isoformat(),
                "warn_at": (now + timedelta(minutes=i - 60)).isoformat(),
                "due_at": (now + timedelta(minutes=i)).isoformat(),
                "sla_paused": False,
                "color": "green",
                "allowed_actions": ["dispatch", "void", "comment"]
                if state == "registered"
                else ["comment"],
            }
        )
    return made


def measure(window: MainWindow) -> dict[str, Any]:
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    view = window.queue.view
    shown = {
        pane_id: dock.geometry()
        for pane_id, dock in window.docks.items()
        if dock.isVisible() and not dock.visibleRegion().isEmpty()
    }
    central = window.centralWidget().geometry()
    rects: list[tuple[str, QRect]] = [("queue", central), *shown.items()]
    overlaps = [
        f"{a}/{b}"
        for n, (a, ra) in enumerate(rects)
        for b, rb in rects[n + 1 :]
        if ra.intersects(rb)
    ]
    header = view.horizontalHeader()
    widths = {
        COLUMNS[i].name: header.sectionSize(i)
        for i in range(header.count())
        if not header.isSectionHidden(i)
    }
    return {
        "screen": [screen.width(), screen.height()],
        "window": [frame.x(), frame.y(), frame.width(), frame.height()],
        "inside": screen.contains(frame),
        "rows": view.viewport().height() / view.verticalHeader().defaultSectionSize(),
        "shown": sorted(shown),
        "overlaps": overlaps,
        "widths": widths,
        "heights": {k: r.height() for k, r in rects},
        "dispatch_min": window.panes["dispatch"].minimumSizeHint().height(),
        "filters": window.queue.filters.height(),
        # The color counters (and the shown / total count) in full sight, not in an overflow.
        "counts_visible": window.queue.counts.isVisible()
        and window.queue.counts.visibleRegion().boundingRect().width()
        >= window.queue.counts.sizeHint().width(),
    }


def settle() -> None:
    """Let the window lay itself out (sizes are applied after the first show)."""
    for _ in range(30):
        QCoreApplication.processEvents()


def main(lang: str) -> int:
    app = make_application()
    translators = i18n.setup(app, lang)  # noqa: F841 - kept alive
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
    client = ApiClient("http://127.0.0.1:9")  # never called: the window is not started
    session = UserSession("token", "duty_officer", "值班员", "duty_officer", None, "")
    window = MainWindow(session, client, TaskRunner(), server_url="-", sound=i18n.ALERT_WAV)
    window.show()
    window.activateWindow()
    settle()
    # The server's rules, as its GET /reference gives them: the toolbar shows the officer's
    # lifecycle commands (hidden until the rules arrive), so they are measured too.
    request_fields = ActionRequest.model_json_schema()["properties"]
    reference = {
        "departments": DEPARTMENTS,
        "streets": [],
        "categories": [],
        "rules": reference_rules.rules(request_fields=request_fields),
    }
    assert server_rules.install_from_reference(reference) is not None
    window.ctx.reference.set(reference)
    settle()
    assert window.registry["case_dispatch"].isVisible(), "the rules did not reach the toolbar"
    window.ctx.model.replace_all(cases(400))
    window.pane_docks.go_to("call_intake")  # F6: a call comes in
    settle()
    registered = next(c for c in cases(400) if c["state"] == "registered")
    window.queue.select_case(registered["id"])  # as after 新建案件: its dispatch is offered
    settle()
    print(json.dumps(measure(window), ensure_ascii=False))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

"""Helpers of the everyday-work tests: this work's zh_CN compiled until the lead merges it
into the console's .qm, and a window with the everyday commands installed."""

from __future__ import annotations

import importlib.util
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTranslator

from console.i18n import TRANSLATIONS
from console.shell.everyday import Everyday, everyday_of
from console.shell.main_window import MainWindow
from tests.console.conftest import WAIT_MS
from tests.support.live_server import LiveServer

ROOT = Path(__file__).resolve().parents[2]
CONSOLE = ROOT / "console"
SOURCES = [
    str(CONSOLE / f"{name}.py")
    for name in (
        "shell/everyday",
        "panes/correct_dialog",
        "panes/correct_text",
        "panes/caller_search",
        "controllers/attach_file",
        "panes/queue_export",
        "panes/assignment_sheet",
        "panes/callback_form",
        "panes/callback_worklist",
        "panes/intake_channel",
        "panes/intake_direct",
        "shell/intake_extras",
        "panes/intake_hints",
        "panes/call_intake_texts",
        "panes/call_intake_form",
        "panes/call_intake_work",
        "panes/call_intake_similar",
        "panes/attachment_strip",
    )
]

_spec = importlib.util.spec_from_file_location(
    "cc_translations_update_ev", TRANSLATIONS / "update.py"
)
assert _spec is not None and _spec.loader is not None
update = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update)  # merges every zh_*.py, zh_everyday.py among them


def compile_qm(folder: Path) -> tuple[Path, list[str]]:
    """This work's strings as a zh_CN .qm; and the strings no table translates."""
    ts = folder / "everyday.ts"
    subprocess.run(
        [update._tool("pyside6-lupdate"), *SOURCES, "-ts", str(ts)], check=True, capture_output=True
    )
    missing = update.fill(ts, "zh_CN")
    qm = ts.with_suffix(".qm")
    subprocess.run(
        [update._tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    return qm, missing


def install_qm(qm: Path) -> QTranslator:
    """Install the translator (kept by the caller; removed with remove_qm)."""
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    return translator


def everyday_window(
    open_window: Callable[..., MainWindow], qtbot: Any, live: LiveServer, user: str = "duty_officer"
) -> tuple[MainWindow, Everyday]:
    """A live window with the everyday commands, its reference data and cases loaded."""
    window = open_window(live, user)
    qtbot.waitUntil(lambda: bool(window.ctx.reference.data), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.ctx.model.rowCount() > 0, timeout=WAIT_MS)
    return window, everyday_of(window)

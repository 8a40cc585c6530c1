"""An uncaught exception's report, the About box, and the one-console-per-folder lock."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from console.shell.about_dialog import AboutDialog
from console.shell.crash_report import CrashReporter, install_crash_reporter
from console.single_instance import SingleInstance
from console.versions import app_version
from tests.console.conftest import WAIT_MS


def _raise(text: str) -> None:
    raise RuntimeError(text)


def _caught(text: str) -> tuple[Any, Any, Any]:
    try:
        _raise(text)
    except RuntimeError:
        return sys.exc_info()
    raise AssertionError("not raised")


def test_an_uncaught_exception_is_logged_and_shown_once_with_copy_and_folder(
    tmp_path: Path, qtbot: Any, caplog: pytest.LogCaptureFixture, zh_cn: Any
) -> None:
    reporter = CrashReporter(tmp_path)
    with caplog.at_level(logging.ERROR, logger="cc-console.crash"):
        reporter.excepthook(*_caught("the first failure"))
        reporter.excepthook(*_caught("the second failure"))
    dialog = reporter.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and not dialog.isModal()  # shown, never blocking
    assert dialog.count == 2
    report = dialog.report.toPlainText()
    assert "the first failure" in report and "the second failure" in report
    assert "cc-console " + app_version() in report and "Qt 6." in report
    assert "in _raise" in report  # the traceback
    assert sum("the first failure" in r.getMessage() for r in caplog.records) == 1
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report
    assert dialog.folder_button.isEnabled()
    assert (
        dialog.copy_button.text() == "复制报告" and dialog.folder_button.text() == "打开日志文件夹"
    )


def test_a_wall_logs_and_goes_on(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    reporter = CrashReporter(tmp_path, wall=True)
    with caplog.at_level(logging.ERROR, logger="cc-console.crash"):
        reporter.excepthook(*_caught("on the wall"))
    assert reporter.dialog is None
    assert any("on the wall" in r.getMessage() for r in caplog.records)


def test_a_thread_s_exception_reaches_the_dialog(
    tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    reporter = install_crash_reporter(tmp_path)
    worker = threading.Thread(target=_raise, args=("in a worker",), name="worker-7")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=WAIT_MS)
    assert reporter.dialog is not None
    qtbot.addWidget(reporter.dialog)
    assert "in thread worker-7" in reporter.dialog.report.toPlainText()
    assert "in a worker" in reporter.dialog.report.toPlainText()


def test_about_names_the_versions_and_the_lgpl(tmp_path: Path, qtbot: Any, zh_cn: Any) -> None:
    import PySide6
    from PySide6.QtCore import qVersion

    licence = tmp_path / "LGPL-3.0.txt"
    licence.write_text("GNU LESSER GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n")
    dialog = AboutDialog(licence=licence)
    qtbot.addWidget(dialog)
    labels = dialog.version_labels
    assert labels["Qt"].text() == qVersion()
    assert labels["PySide6"].text() == PySide6.__version__
    assert labels["Python"].text().startswith(f"{sys.version_info.major}.")
    assert labels["cc-console"].text().startswith(app_version())
    assert "LGPLv3" in dialog.licences.text() and str(licence) in dialog.licences.text()
    assert dialog.licence_url().toLocalFile() == str(licence)
    # Without a shipped text, the GNU site's.
    assert AboutDialog().licence_url().toString().startswith("https://www.gnu.org/licenses/lgpl")


def test_one_holder_per_folder_and_the_second_raises_the_first(tmp_path: Path, qtbot: Any) -> None:
    first = SingleInstance(tmp_path / "data")
    second = SingleInstance(tmp_path / "data")
    other = SingleInstance(tmp_path / "other")
    try:
        assert first.claim()
        with qtbot.waitSignal(first.activation_requested, timeout=WAIT_MS):
            assert not second.claim()
        assert other.claim()  # another data folder is another console's
        first.release()
        assert second.claim()  # released: the next start may have it
    finally:
        for holder in (first, second, other):
            holder.release()

"""Dependencies point one way: widgets know nothing of the console; models make no calls.

The import contracts in `.importlinter` (run below) hold the layers between packages and the
absence of cycles; the tests on the source here hold what import-linter cannot say (no
QtWidgets below the views, module by module), so a broken rule names the file that broke it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT = ("PySide6", "shiboken6", "pyqtgraph")


def imports(folder: str) -> dict[str, set[str]]:
    """Per file of the folder: every module it imports, and `module.name` for `from … import`."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / folder).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
                if not node.level:  # `from PySide6 import QtWidgets` names the module too
                    names.update(f"{node.module}.{alias.name}" for alias in node.names)
        found[str(path.relative_to(ROOT))] = names
    return found


def test_widgets_import_only_qt() -> None:
    for path, names in imports("widgets").items():
        assert not {n for n in names if n.startswith(("console", "server", "requests"))}, path


def test_models_make_no_network_calls_and_know_no_panes() -> None:
    views = ("console.panes", "console.shell", "console.controllers", "console.charts")
    views += ("console.video", "console.admin")
    for path, names in imports("console/models").items():
        bad = {n for n in names if n.startswith((*views, "requests", "server"))}
        assert not bad, (path, bad)


def test_the_api_layer_imports_no_qt() -> None:
    for path, names in imports("console/api").items():
        assert not {n for n in names if n.startswith(QT)}, path


def test_the_store_imports_no_qt() -> None:
    for path, names in imports("console/store").items():
        assert not {n for n in names if n.startswith(QT)}, path


def test_the_contract_imports_nothing_of_ours_and_no_qt() -> None:
    """console.contract is the lowest layer: the standard library only."""
    for path, names in imports("console/contract").items():
        bad = {n for n in names if n.split(".")[0] in {"console", "server", "widgets", *QT}}
        bad -= {n for n in bad if n.startswith("console.contract")}
        assert not bad, (path, bad)


def test_models_api_and_store_import_no_qt_widgets() -> None:
    for folder in ("console/models", "console/api", "console/store"):
        for path, names in imports(folder).items():
            bad = {n for n in names if n.startswith(("PySide6.QtWidgets", "pyqtgraph"))}
            assert not bad, (path, bad)


def test_the_server_imports_no_console_widgets_or_qt() -> None:
    for path, names in imports("server").items():
        bad = {n for n in names if n.split(".")[0] in {"console", "widgets", *QT}}
        assert not bad, (path, bad)


def test_every_import_contract_is_kept() -> None:
    """`lint-imports` with the repository's .importlinter: every contract KEPT."""
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports; "
            "sys.exit(lint_imports(config_filename='.importlinter', no_cache=True, no_logo=True))",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout, run.stdout


def test_the_panes_keep_the_pane_contract() -> None:
    """The hooks the shell calls (console/panes/contract.py) are on the panes that have them."""
    from console.charts.pane import ChartsPane
    from console.panes import contract
    from console.panes.alerts_pane import AlertsPane
    from console.panes.call_intake import CallIntakePane
    from console.panes.dispatch_pane import DispatchPane
    from console.panes.results_pane import ResultsPane
    from console.video.pane import VideoPane

    assert issubclass(VideoPane, contract.KeepsSettings)
    assert issubclass(VideoPane, contract.ShutsDown)
    assert issubclass(ChartsPane, contract.ShutsDown)
    assert issubclass(AlertsPane, contract.TakesFocus)
    assert issubclass(CallIntakePane, contract.TakesFocus)
    assert issubclass(DispatchPane, contract.HasCompactLayout)
    assert not issubclass(ResultsPane, contract.HasCompactLayout)
    for pane in (DispatchPane, ResultsPane):  # a signal: a class attribute, not a method
        assert hasattr(pane, "attention_requested"), pane

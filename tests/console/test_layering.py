"""Dependencies point one way: widgets know nothing of the console; models make no calls."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imports(folder: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / folder).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        found[str(path.relative_to(ROOT))] = names
    return found


def test_widgets_import_only_qt() -> None:
    for path, names in imports("widgets").items():
        assert not {n for n in names if n.startswith(("console", "server", "requests"))}, path


def test_models_make_no_network_calls_and_know_no_panes() -> None:
    for path, names in imports("console/models").items():
        bad = {n for n in names if n.startswith(("console.panes", "requests", "server"))}
        assert not bad, (path, bad)


def test_the_api_layer_imports_no_qt() -> None:
    for path, names in imports("console/api").items():
        assert not {n for n in names if n.startswith(("PySide6", "shiboken6"))}, path
